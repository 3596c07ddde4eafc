"""Where the runtime bundle's inputs and outputs are, what it is made of, and what a build did."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
LOCK_NAME = "pyodide-lock.json"
MANIFEST_NAME = "runtime.json"
# Bump when the Python recipes of this package change (how a wheel is fetched or built, the bundle's
# layout), so existing outputs and cached wheels rebuild. The Node scripts that make files
# (compile_wheels.mjs, make_snapshot.mjs) need no bump: their hashes are part of their caches' keys.
RECIPE = "4"
# 1980-01-01, the earliest time a zip file can hold: wheel builds honour it, so the same sources
# give a byte-identical wheel (and so the same sha256 in the lockfile) on every machine.
SOURCE_DATE_EPOCH = "315532800"
# What makes the project wheel: its metadata and every file of its packages.
PROJECT_FILES = ("pyproject.toml", "README.md", "setup.cfg", "setup.py", "MANIFEST.in", "LICENSE")
PROJECT_DIRS = ("builder", "templates")


@dataclass(frozen=True)
class Config:
    """Where everything is; every path is explicit so tests can build into a temporary folder."""

    project: Path  # folder with pyproject.toml, builder/ and templates/
    pyodide_dir: Path  # the unpacked npm package (node_modules/pyodide)
    requirements: Path  # requirements.txt with the exact jinja2 and markupsafe pins
    package_json: Path | None  # package.json pinning pyodide (checked against node_modules)
    cache_dir: Path  # .cache/runtime: wheels and the lock file
    out_dir: Path  # the bundle
    python: str  # an interpreter with pip and the pinned setuptools (the project's .venv)
    pyodide_cli: str  # the `pyodide` command from pyodide-build
    node: str = "node"  # runs Pyodide: the wheels' bytecode, the snapshot (*.mjs beside this file)


@dataclass(frozen=True)
class Result:
    """What a build did: `actions` is empty when everything was already up to date."""

    out_dir: Path
    files: tuple[str, ...]
    actions: tuple[str, ...]
    manifest: dict = field(compare=False)
    seconds: float = field(compare=False, default=0.0)

    @property
    def changed(self) -> bool:
        return bool(self.actions)

    def summary(self) -> str:
        if not self.actions:
            return "up to date"
        return "; ".join(self.actions)


def default_config(root: Path = ROOT, out_dir: Path | None = None) -> Config:
    """The project's usual layout: the .venv's Python and `pyodide`, caches under .cache/runtime."""
    venv_bin = root / ".venv" / "bin"
    python = str(venv_bin / "python") if (venv_bin / "python").exists() else sys.executable
    cli = venv_bin / "pyodide"
    if not cli.exists():
        cli = Path(python).parent / "pyodide"
    cache = root / ".cache" / "runtime"
    return Config(
        project=root,
        pyodide_dir=root / "node_modules" / "pyodide",
        requirements=root / "requirements.txt",
        package_json=root / "package.json",
        cache_dir=cache,
        out_dir=out_dir or cache / "out",
        python=python,
        pyodide_cli=str(cli),
    )

