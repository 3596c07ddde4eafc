"""Benchmark the builder's start and typing speed against bare Pyodide, side by side, in Chromium.

Why one script and one table: the machine this runs on is shared and noisy, so every figure is
measured in the same run, interleaved run by run, and reported as a median with its spread;
ratios are taken within each run. Nothing is asserted here: the targets are printed next to the
figures, and tests/sitebuild/test_bench.py only checks that a quick run still works.

What it measures (a copy of the built site served by sitebuild.pages_server like GitHub Pages
serves it: `Cache-Control: max-age=600`, no compression; bytes are counted by the server, so anything a
service worker or the HTTP cache answers costs 0):
- bare: a page whose module worker only calls `loadPyodide()` on the site's own Pyodide files,
  from navigation to resolved; cold (new profile) and warm (second visit, same profile);
- builder cold (new profile) and warm (second visit, after the service worker has kept the
  runtime, start-up snapshot included): from navigation to the first letter in the preview (a
  saved draft is put in place first, as for a returning visitor);
- keystroke to updated preview: `input` event timestamp to the preview's DOM change, one
  keystroke at a time, p50 and p95: first as soon as the warm page shows its letter (Material's
  search worker is still building its index then), then again once the page has settled (search
  ready, one more second);
- main-thread long tasks (> 50 ms) from navigation to the first letter, cold and warm, and how
  many of them the builder's own scripts caused (Long Animation Frames script attribution);
- bytes: a guide page (and its offline precache), the builder cold and warm, Pyodide bytes on
  the guide page;
- applications (bench/applications.py, for a build that keeps them): the builder's warm start to
  the first letter with 1 and with 50 applications kept, and switching between two applications
  until the other's letter shows (p50, p95).

Every scenario starts from a new browser profile on disk, as a visitor's is (bench/profile.py).

Modules: pages (the bare page and the probe), profile (a new browser profile), scenarios (the runs),
report (statistics, table), applications (the applications scenarios), __main__ (the command line).
Usage: scripts/bench [--runs 5] [--edits 200] [--quick] [--json FILE] [--site DIR] [--compare DIR]
"""

from sitebuild.bench.report import ROWS, TARGETS, builder_long_frames, percentile, summary, table
from sitebuild.bench.scenarios import run

__all__ = ["ROWS", "TARGETS", "builder_long_frames", "percentile", "run", "summary", "table"]
