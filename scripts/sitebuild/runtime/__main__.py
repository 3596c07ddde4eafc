"""Command line: build the runtime bundle (python -m sitebuild.runtime [--out DIR])."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitebuild.runtime import RuntimeBuildError, build, default_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild.runtime", description="Build the browser runtime bundle.")
    parser.add_argument("--out", type=Path, help="output folder (default: .cache/runtime/out)")
    args = parser.parse_args(argv)
    config = default_config(out_dir=args.out.resolve() if args.out else None)
    try:
        result = build(config)
    except RuntimeBuildError as exc:
        print(f"sitebuild.runtime: {exc}", file=sys.stderr)
        return 1
    print(f"sitebuild.runtime: {result.summary()} ({result.seconds:.2f} s) -> {result.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
