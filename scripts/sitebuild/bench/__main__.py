"""Command line: scripts/bench [--runs 5] [--edits 200] [--quick] [--json FILE] [--site DIR] [--compare DIR]."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitebuild import chromium
from sitebuild.bench import run, table
from sitebuild.built_site import SITE_DIR, ensure_built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/bench", description="Benchmark the builder against bare Pyodide in headless Chromium."
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of every scenario (default 5)")
    parser.add_argument("--edits", type=int, default=200, help="keystrokes per run, at each of the two moments (default 200)")
    parser.add_argument("--quick", action="store_true", help="1 run, 20 keystrokes (CI smoke run)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--site", type=Path, default=SITE_DIR,
                        help="the built site (built here when missing)")
    parser.add_argument("--compare", type=Path,
                        help="another built site (for example an earlier commit's) measured in the same run")
    args = parser.parse_args(argv)
    if args.compare and not (args.compare / "builder" / "index.html").is_file():
        parser.error(f"--compare: {args.compare} is not a built site (no builder/index.html)")
    runs, edits = (1, 20) if args.quick else (args.runs, args.edits)
    if runs < 1 or edits < 2:
        parser.error("--runs must be >= 1 and --edits >= 2")
    if not chromium.available():
        parser.error(chromium.MISSING)
    result = run(ensure_built(args.site), runs, edits, log=lambda line: print(line, file=sys.stderr, flush=True),
                 compare=args.compare)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
