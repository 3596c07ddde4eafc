"""Lighthouse scores of the built site's pages, measured on the system Chromium.

    scripts/lighthouse                    every guide page and the builder page, as a table
    scripts/lighthouse why/ builder/      only these pages (site-relative URLs; "" or / is home)
    scripts/lighthouse --json             the scores as JSON (for tests and tools)
    scripts/lighthouse --site DIR         measure another build (default: site/, built if missing)
    scripts/lighthouse --runs 3           run each page 3 times and keep the median of each score

Serves the site with sitebuild.pages_server as GitHub Pages does where it matters to the scores
(gzip for text, `Cache-Control: max-age=600`, the site's 404 page), runs the pinned npm
`lighthouse` (package-lock.json) once per page with its default mobile settings, and exits 1 when
a guide page misses the project's bars: 100 for accessibility, best practices and SEO, and at
least 98 for performance. The builder page's scores are reported, not held to the bars: it
downloads the Python runtime on purpose. Needs Node and Chromium (sitebuild.chromium).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from sitebuild import ROOT, chromium
from sitebuild.built_site import SITE_DIR, ensure_built
from sitebuild.pages_server import serve

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GUIDE_PAGES = (
    "", "why/", "when/", "what-to-write/", "channels/", "panel/", "check-in/", "rejection/",
    "mistakes/", "examples/", "privacy/", "sources/",
)
BUILDER_PAGE = "builder/"
BARS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}


def audit(url: str) -> dict[str, object]:
    """One Lighthouse run: the four category scores (0-100) and the audits that lost points."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            "node", str(LIGHTHOUSE), url,
            "--output=json", f"--output-path={report}", "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={chromium.LIGHTHOUSE_FLAGS}",
        ]
        env = dict(os.environ, CHROME_PATH=chromium.EXECUTABLE)
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        if run.returncode != 0 or not report.exists():
            raise RuntimeError(f"lighthouse failed for {url}: {run.stderr.strip()[-2000:]}")
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    lost = []
    for category in CATEGORIES:
        for ref in data["categories"][category]["auditRefs"]:
            result = data["audits"][ref["id"]]
            if ref["weight"] > 0 and result["score"] is not None and result["score"] < 1:
                lost.append(f"{category}: {ref['id']} ({result.get('displayValue') or result['score']})")
    metrics = {
        key: data["audits"][key].get("displayValue", "")
        for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                    "cumulative-layout-shift", "speed-index")
    }
    return {"scores": scores, "lost": lost, "metrics": metrics}


def median_of(runs: list[dict[str, object]]) -> dict[str, object]:
    """One result from several runs of a page: each score's median (Lighthouse's advice for noisy
    machines); the lost audits and metrics of the run whose performance is that median."""
    scores = {c: int(statistics.median_low(r["scores"][c] for r in runs)) for c in CATEGORIES}  # type: ignore[index]
    middle = next(r for r in runs if r["scores"]["performance"] == scores["performance"])  # type: ignore[index]
    return {**middle, "scores": scores, "runs": [r["scores"] for r in runs]}


def misses(page: str, scores: dict[str, int]) -> list[str]:
    """The bars a guide page misses (the builder page is measured, not held to them)."""
    if page == BUILDER_PAGE:
        return []
    return [f"{c} {scores[c]} < {bar}" for c, bar in BARS.items() if scores[c] < bar]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/lighthouse", description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="site-relative page URLs (default: every guide page + builder/)")
    parser.add_argument("--site", type=Path, default=SITE_DIR, help="the built site (default: site/)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median score counts (default: 1)")
    args = parser.parse_args(argv)
    pages = [p.strip("/") + "/" if p.strip("/") else "" for p in args.pages] or [*GUIDE_PAGES, BUILDER_PAGE]
    if not LIGHTHOUSE.exists():
        print("scripts/lighthouse: run scripts/setup first (lighthouse is pinned in package-lock.json)", file=sys.stderr)
        return 2
    results: dict[str, dict[str, object]] = {}
    with serve(ensure_built(args.site.resolve()), gzip=True) as origin:
        for page in pages:
            if not args.json:
                print(f"lighthouse: /{page} ...", file=sys.stderr, flush=True)
            results[page] = median_of([audit(f"{origin}/{page}") for _ in range(max(1, args.runs))])
    failed = {page: m for page, r in results.items() if (m := misses(page, r["scores"]))}  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"| page | {' | '.join(CATEGORIES)} |")
        print(f"| --- |{' ---: |' * len(CATEGORIES)}")
        for page, result in results.items():
            scores = result["scores"]
            print(f"| /{page} | {' | '.join(str(scores[c]) for c in CATEGORIES)} |")  # type: ignore[index]
        for page, result in results.items():
            for item in result["lost"]:  # type: ignore[attr-defined]
                print(f"  /{page}: {item}")
    for page, missed in failed.items():
        print(f"scripts/lighthouse: /{page} misses {', '.join(missed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
