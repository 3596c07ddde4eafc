"""Build the browser runtime bundle: Pyodide's core files, three wheels and a trimmed lockfile.

Why this exists: the builder page runs the `followup` composer on Pyodide in the visitor's browser,
and no byte may come from anywhere but the site itself. The npm package `pyodide` has the core
only (its lockfile points every package at a CDN), so this step assembles everything the browser
needs into one folder that the MkDocs hook (publish.py) publishes at `assets/pyodide/`:

- `pyodide.mjs`, `pyodide.asm.mjs`, `pyodide.asm.wasm`, `python_stdlib.zip` from node_modules/pyodide;
- `followup-*.whl` (the project, templates included), `jinja2-*.whl` from PyPI, and a pure-Python
  `markupsafe-*.whl` (PyPI has no Pyodide build; its setup.py falls back to pure Python when the
  C compiler fails); each carries bytecode compiled by Pyodide's own
  Python (compile_wheels.mjs), so the browser imports them without compiling sources;
- `pyodide-lock.json` listing only those three packages, made by `pyodide lockfile add-wheels` from
  the npm lockfile reduced to its `info` (so `abi_version` matches the runtime), so that the browser
  checks every wheel's sha256;
- `snapshot-<stamp>.bin.gz`: the memory of an interpreter with the wheels installed and the
  composer imported (make_snapshot.mjs), which the browser restores instead of starting
  Python: its name carries the `stamp`, so it belongs to this Pyodide build and these wheels only;
- `runtime.json`: versions, sizes and hashes of every file, and a `stamp` naming the whole bundle.

Incremental, because MkDocs runs it on every build and `mkdocs serve` on every change:
third-party wheels are cached under `.cache/runtime/wheels/` by pinned version (the only time the
network is used is a cache miss, and then only pip's configured index, PyPI by default); the
project wheel by a hash of its sources; a compiled wheel by the hashes of its input and of
compile_wheels.mjs, and the Pyodide version; the snapshot by the `stamp`; the output folder is left alone when the `stamp` of its
inputs matches. Concurrent builds (several `mkdocs build` at once) are serialised by a file lock,
and a new output folder is assembled aside and swapped in, so no reader ever sees half a bundle
written in place.

Modules: config (paths, names, Config/Result), tools (hashes, lock, tools, atomic swap), wheels (the
three wheels and their compiled copies), bundle (lockfile, snapshot, runtime.json, `build`), publish
(the MkDocs events). Usage: python -m sitebuild.runtime [--out DIR]
"""

from sitebuild.runtime.assemble import build, check_lock, snapshot, trimmed_base_lock
from sitebuild.runtime.config import CORE_FILES, LOCK_NAME, MANIFEST_NAME, PROJECT_DIRS, Config, Result, default_config
from sitebuild.runtime.tools import RuntimeBuildError, sha256_file
from sitebuild.runtime.wheels import (
    compiled_key,
    compiled_wheel,
    jinja2_wheel,
    markupsafe_wheel,
    project_source_hash,
    project_wheel,
    read_pins,
)

__all__ = [
    "CORE_FILES", "LOCK_NAME", "MANIFEST_NAME", "PROJECT_DIRS", "Config", "Result", "RuntimeBuildError", "build",
    "check_lock", "compiled_key", "compiled_wheel", "default_config", "jinja2_wheel", "markupsafe_wheel",
    "project_source_hash", "project_wheel", "read_pins", "sha256_file", "snapshot", "trimmed_base_lock",
]
