"""The standard library the site ships: Pyodide's `python_stdlib.zip` cut down to the files the
composer imports in the browser, so a first visit does not download the two thirds it never uses.

What is kept: every file `trace_stdlib.mjs` saw loaded while `exercise.py` took every way the worker
calls the composer (Pyodide's own start-up included), and `SAFETY`. The cut zip is checked by
running the exercise again on it: an import left out fails the build, never a visitor. Entries are
copied byte for byte from Pyodide's zip (same compressed data, same names), in its order, with
its directory entries for the folders kept, so the result depends only on its inputs.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

from sitebuild.runtime.config import Config
from sitebuild.runtime.tools import RuntimeBuildError, run

STDLIB_NAME = "python_stdlib.zip"
TRACER = Path(__file__).resolve().parent / "trace_stdlib.mjs"
EXERCISE = Path(__file__).resolve().parent / "exercise.py"

SAFETY = (
    # Text in other encodings: a file a person loads may be Latin-1 or Windows-1252 (a spreadsheet's
    # CSV), or start with a byte-order mark; decoding it imports the codec on demand.
    "encodings/ascii.py", "encodings/cp1252.py", "encodings/latin_1.py", "encodings/utf_8_sig.py",
    "encodings/utf_16.py", "encodings/utf_16_le.py", "encodings/utf_16_be.py", "encodings/utf_32.py",
    # What the snapshot maker installs the wheels with (make_snapshot.mjs), and the restore's reseed
    # (runtime-loader.js): both run with the cut library, outside the exercise.
    "types.py", "zipfile/", "random.py", "bisect.py",
    # Package metadata (a wheel's version), read by Pyodide's loader and by tools, not the composer.
    "importlib/metadata/",
    # Reading and writing spreadsheets' CSV, and the boundary's report of an unexpected failure.
    "csv.py", "traceback.py", "linecache.py", "tokenize.py", "token.py",
    # Dates and text the composer's paths may reach without the exercise taking them.
    "calendar.py", "locale.py", "string/__init__.py", "textwrap.py", "difflib.py", "unicodedata.py",
)
"""Files (a name ending in "/": a whole package) kept whatever the trace says: modules imported only
on paths that take an unusual input."""


def kept_names(traced: list[str], available: set[str]) -> set[str]:
    """The zip entries to keep: the traced files and `SAFETY` (those the zip has), and the folder
    entries above them. A traced file the zip does not have is a bug in the tracer: refused."""
    missing = sorted(set(traced) - available)
    if missing:
        raise RuntimeBuildError(f"the trace names files {STDLIB_NAME} does not have: {missing[:5]}")
    files = set(traced) | {name for name in available for kept in SAFETY
                           if name == kept or (kept.endswith("/") and name.startswith(kept))}
    folders = {name[: i + 1] for name in files for i, ch in enumerate(name) if ch == "/"}
    return files | (folders & available)


def write_trimmed(source: Path, keep: set[str], out: Path) -> None:
    """`source`'s entries named in `keep`, in `source`'s order, their compressed bytes untouched."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            if info.filename in keep:
                # Copy the stored (already compressed) bytes: no recompression, no new timestamps.
                with zin.open(info) as data:
                    zout.writestr(info, data.read(), compress_type=info.compress_type,
                                  compresslevel=9 if info.compress_type == zipfile.ZIP_DEFLATED else None)


def trace(config: Config, bundle: Path) -> list[str]:
    """The standard library files the exercise loads from `bundle` (see trace_stdlib.mjs)."""
    printed = run([config.node, str(TRACER), str(bundle)], cwd=bundle, what="tracing the standard library in Pyodide")
    return json.loads(printed.strip().splitlines()[-1])["stdlib"]


def trimmed_stdlib(config: Config, stamp: str, bundle: Path) -> tuple[Path, bool]:
    """The cut standard library for the assembled `bundle` (which holds Pyodide's whole one),
    cached under the bundle's stamp; checked by tracing again with the cut one in place."""
    final = config.cache_dir / "stdlib" / f"{stamp}.zip"
    if final.is_file():
        return final, False
    final.parent.mkdir(parents=True, exist_ok=True)
    source = bundle / STDLIB_NAME
    with zipfile.ZipFile(source) as zin:
        available = {info.filename for info in zin.infolist()}
    keep = kept_names(trace(config, bundle), available)
    with tempfile.TemporaryDirectory(prefix=".stdlib.", dir=final.parent) as tmp:
        check = Path(tmp) / "bundle"
        check.mkdir()
        for entry in bundle.iterdir():
            if entry.name != STDLIB_NAME:
                os.symlink(entry, check / entry.name)
        write_trimmed(source, keep, check / STDLIB_NAME)
        again = trace(config, check)
        if not set(again) <= keep:
            raise RuntimeBuildError(f"the cut {STDLIB_NAME} lacks {sorted(set(again) - keep)[:5]}")
        os.rename(check / STDLIB_NAME, final)
    for old in final.parent.glob("*.zip"):
        if old != final:
            old.unlink(missing_ok=True)
    return final, True
