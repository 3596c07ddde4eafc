"""Lighthouse (the pinned npm package, on the system Chromium) on representative guide pages:
100 for accessibility, best practices and SEO. Performance is measured by scripts/lighthouse and
reported, not asserted here: on a shared machine it depends on the load, and tests do not time."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from sitebuild import lighthouse as script

ROOT = Path(__file__).resolve().parents[2]
# The home page, the longest text pages (one with rendered letters), the page of example letters and
# the page of letters written as prose blocks.
PAGES = ("", "what-to-write/", "special-cases/", "examples/", "offer/")


def _run(performance: int, seo: int = 100) -> dict[str, object]:
    scores = {"performance": performance, "accessibility": 100, "best-practices": 100, "seo": seo}
    return {"scores": scores, "lost": [f"perf {performance}"], "metrics": {}}


def test_several_runs_count_with_the_median_of_each_score() -> None:
    result = script.median_of([_run(91, seo=92), _run(100), _run(99)])
    assert result["scores"] == {"performance": 99, "accessibility": 100, "best-practices": 100, "seo": 100}
    assert result["lost"] == ["perf 99"]  # the details come from the median run


def test_guide_pages_are_held_to_the_bars_and_the_builder_page_is_only_reported() -> None:
    assert script.misses("why/", _run(98)["scores"]) == []
    assert script.misses("why/", _run(97, seo=92)["scores"]) == ["performance 97 < 98", "seo 92 < 100"]
    assert script.misses("builder/", _run(60, seo=80)["scores"]) == []


@pytest.fixture(scope="module")
def scores(site_dir: Path) -> dict[str, dict[str, int]]:
    run = subprocess.run(
        [str(ROOT / "scripts" / "lighthouse"), "--json", "--site", str(site_dir), *PAGES],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.stdout, run.stderr
    return {page: result["scores"] for page, result in json.loads(run.stdout).items()}


@pytest.mark.parametrize("category", ["accessibility", "best-practices", "seo"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.rstrip("/") or "home")
def test_guide_page_scores_full_marks(scores: dict[str, dict[str, int]], page: str, category: str) -> None:
    assert scores[page][category] == 100
