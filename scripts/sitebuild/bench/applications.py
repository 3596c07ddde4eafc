"""The applications scenarios: the builder's start with 50 applications kept against one, and
switching between two kept applications until the other's letter shows.

Applications are put in place the way a person does it: "Load" with an applications file (the
format "Save all" writes), then a click on one of them, so the scenario depends only on the
page's visible names ("Your applications", "Load", "Company – Role"), not on how it stores them.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sitebuild.bench.pages import OFFLINE_READY, TIMEOUT_MS

REGION = "Your applications"
ROLE = "Data Analyst"
SWITCHES = 20  # per run, alternating between two applications


def company(n: int) -> str:
    return f"Company {n:02d}"


def applications_file(example: dict[str, Any], count: int) -> str:
    """An applications file of `count` copies of the example, one company each (Company 01, ...)."""
    apps = [
        {
            "id": str(uuid.UUID(int=n + 1)),
            "answers": {**example, "company": company(n + 1), "role": ROLE},
            "record": {"sent": [], "outcome": "waiting", "outcome_date": None},
        }
        for n in range(count)
    ]
    return json.dumps({"applications_version": 1, "applications": apps}, indent=2)


def has_applications(site: Path) -> bool:
    """Whether a built site keeps applications (an earlier build compared with --compare may not)."""
    page = site / "builder" / "index.html"
    return page.is_file() and REGION in page.read_text(encoding="utf-8")


def _button(page: Any, n: int) -> Any:
    return page.get_by_role("region", name=REGION).get_by_role("button", name=f"{company(n)} – {ROLE}", exact=True)


def show(page: Any, n: int) -> float:
    """Click application `n` in the list; ms from the click to its letter in the preview."""
    page.evaluate("(name) => { window.__fk.expect = name; }", company(n))
    _button(page, n).click()
    page.wait_for_function("() => window.__fk.expect === null", timeout=TIMEOUT_MS)
    return page.evaluate("() => window.__fk.switches.at(-1)")


def keep(bench: Any, files: Path, example: dict[str, Any], count: int) -> Any:
    """A new profile that keeps `count` applications, the first one open and its runtime kept offline."""
    path = files / f"applications-{count}.json"
    if not path.exists():
        path.write_text(applications_file(example, count), encoding="utf-8")
    context = bench.new_context()
    page = context.new_page()
    page.goto(bench.root + "builder/")
    page.locator("[data-fk-load]").set_input_files(str(path))
    _button(page, count).wait_for(timeout=TIMEOUT_MS)
    show(page, 1)
    page.wait_for_function(OFFLINE_READY, timeout=TIMEOUT_MS)
    page.close()
    return context


def measure(bench: Any, files: Path, example: dict[str, Any]) -> dict[str, Any]:
    """One run: warm start to the first letter with 1 and with 50 applications kept, then
    SWITCHES switches between two of the 50."""
    out: dict[str, Any] = {}
    for count in (1, 50):
        context = keep(bench, files, example, count)
        try:
            page, start = bench.open_builder(context)
            out[f"start_{count}"] = start["ms"]
            if count == 50:
                out["switches"] = [show(page, 2 if i % 2 == 0 else 1) for i in range(SWITCHES)]
        finally:
            context.close()
    return out
