"""Build the browser runtime bundle: Pyodide's core files, three wheels and a trimmed lockfile.

Why this exists: the builder page runs the `followup` composer on Pyodide in the visitor's browser,
and no byte may come from anywhere but the site itself. The npm package `pyodide` has the core
only (its lockfile points every package at a CDN), so this step assembles everything the browser
needs into one folder that the MkDocs hook (scripts/hooks/runtime.py) publishes at
`assets/pyodide/`:

- `pyodide.mjs`, `pyodide.asm.mjs`, `pyodide.asm.wasm`, `python_stdlib.zip` from node_modules/pyodide;
- `followup-*.whl` (the project, templates included), `jinja2-*.whl` from PyPI, and a pure-Python
  `markupsafe-*.whl` (PyPI has no Pyodide build; its setup.py falls back to pure Python when the
  C compiler fails, see shared runtime notes); each carries bytecode compiled by Pyodide's own
  Python (scripts/compile_wheels.mjs), so the browser imports them without compiling sources;
- `pyodide-lock.json` listing only those three packages, made by `pyodide lockfile add-wheels` from
  the npm lockfile reduced to its `info` (so `abi_version` matches the runtime), so that the browser
  checks every wheel's sha256;
- `snapshot-<stamp>.bin.gz`: the memory of an interpreter with the wheels installed and the
  composer imported (scripts/make_snapshot.mjs), which the browser restores instead of starting
  Python: its name carries the `stamp`, so it belongs to this Pyodide build and these wheels only;
- `runtime.json`: versions, sizes and hashes of every file, and a `stamp` naming the whole bundle.

Incremental, because MkDocs runs it on every build and `mkdocs serve` on every change:
third-party wheels are cached under `.cache/runtime/wheels/` by pinned version (the only time the
network is used is a cache miss, and then only pip's configured index, PyPI by default); the
project wheel by a hash of its sources; a compiled wheel by its input's hash and the Pyodide
version; the snapshot by the `stamp`; the output folder is left alone when the `stamp` of its
inputs matches. Concurrent builds (several `mkdocs build` at once) are serialised by a file lock,
and a new output folder is assembled aside and swapped in, so no reader ever sees half a bundle
written in place.

Usage: python scripts/build_runtime.py [--out DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
LOCK_NAME = "pyodide-lock.json"
MANIFEST_NAME = "runtime.json"
PACKAGES = ("followup", "jinja2", "markupsafe")
# Bump when the bundle's layout or recipes change, so existing outputs and cached wheels rebuild.
RECIPE = "4"
# 1980-01-01, the earliest time a zip file can hold: wheel builds honour it, so the same sources
# give a byte-identical wheel (and so the same sha256 in the lockfile) on every machine.
SOURCE_DATE_EPOCH = "315532800"
# What makes the project wheel: its metadata and every file of its packages.
PROJECT_FILES = ("pyproject.toml", "README.md", "setup.cfg", "setup.py", "MANIFEST.in", "LICENSE")
PROJECT_DIRS = ("builder", "templates")
_JUNK_DIRS = {"__pycache__", "build", "dist"}
_JUNK_SUFFIXES = (".pyc", ".pyo", ".swp", "~")


class RuntimeBuildError(RuntimeError):
    """A build failure with a message that says what to do; the CLI prints it without a traceback."""


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
    node: str = "node"  # runs Pyodide: the wheels' bytecode, the snapshot (scripts/*.mjs)


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


# ---------------------------------------------------------------------------------------------
# Small pure helpers


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def normalize_name(name: str) -> str:
    """PEP 503 project name normalisation (`Jinja2` == `jinja2`, `Markup_Safe` == `markup-safe`)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(requirements_text: str) -> dict[str, str]:
    """Exact `name==version` pins from a requirements file, by normalised name."""
    pins: dict[str, str] = {}
    for raw in requirements_text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*==\s*([^\s;]+)", line)
        if match:
            pins[normalize_name(match.group(1))] = match.group(2)
    return pins


def project_files(project: Path) -> list[Path]:
    """The files the project wheel is made from, sorted, without caches and editor droppings."""
    found = [project / name for name in PROJECT_FILES if (project / name).is_file()]
    for top in PROJECT_DIRS:
        base = project / top
        if not base.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(
                d for d in dirnames if d not in _JUNK_DIRS and not d.startswith(".") and not d.endswith(".egg-info")
            )
            for name in filenames:
                if name.startswith(".") or name.endswith(_JUNK_SUFFIXES):
                    continue
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(project).as_posix())


def project_source_hash(project: Path, setuptools_pin: str) -> str:
    """Hash of everything that decides the project wheel's bytes (content, exec bit, build backend)."""
    digest = hashlib.sha256(f"recipe {RECIPE}\nsetuptools {setuptools_pin}\n".encode())
    for path in project_files(project):
        rel = path.relative_to(project).as_posix()
        executable = os.access(path, os.X_OK)
        digest.update(f"{rel}\0{int(executable)}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def wheel_tag_ok(filename: str) -> bool:
    """Only pure wheels run unchanged in Pyodide; a platform wheel here is a packaging mistake."""
    return filename.endswith("-py3-none-any.whl")


def trimmed_base_lock(npm_lock: dict) -> dict:
    """The npm lockfile with no packages: keeps `info` (abi_version, python, platform) as it is."""
    return {"info": npm_lock["info"], "packages": {}, **({"tool": npm_lock["tool"]} if "tool" in npm_lock else {})}


def check_lock(lock: dict, wheels: dict[str, Path], abi_version: str) -> None:
    """Refuse a lockfile that lists anything else, disagrees on a hash, or targets another ABI."""
    got_abi = lock.get("info", {}).get("abi_version")
    if got_abi != abi_version:
        raise RuntimeBuildError(f"trimmed lockfile has abi_version {got_abi!r}, Pyodide needs {abi_version!r}")
    names = sorted(lock.get("packages", {}))
    if names != sorted(wheels):
        raise RuntimeBuildError(f"trimmed lockfile lists {names}, expected exactly {sorted(wheels)}")
    for name, wheel in wheels.items():
        entry = lock["packages"][name]
        if entry.get("file_name") != wheel.name:
            raise RuntimeBuildError(f"lockfile names {entry.get('file_name')!r} for {name}, expected {wheel.name!r}")
        if entry.get("sha256") != sha256_file(wheel):
            raise RuntimeBuildError(f"lockfile sha256 for {name} does not match {wheel.name}")


# ---------------------------------------------------------------------------------------------
# File system plumbing: one lock; folders assembled aside and renamed into place (atomic)


@contextlib.contextmanager
def exclusive(lock_path: Path) -> Iterator[None]:
    """Serialise builds that share a cache (several `mkdocs build`/`serve` at once)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no concurrent builds expected
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, what: str) -> None:
    """Run a tool; on failure, raise with its output (the interesting part is at the end)."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise RuntimeBuildError(f"{what}: {exc.filename} not found (run scripts/setup)") from None
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr).strip().splitlines()
        tail = "\n".join(output[-25:])
        raise RuntimeBuildError(f"{what} failed (exit {proc.returncode}):\n  $ {' '.join(cmd)}\n{tail}")


def _single_wheel(folder: Path, what: str) -> Path:
    wheels = sorted(folder.glob("*.whl"))
    if len(wheels) != 1:
        raise RuntimeBuildError(f"{what}: expected one wheel in {folder}, found {[w.name for w in wheels]}")
    if not wheel_tag_ok(wheels[0].name):
        raise RuntimeBuildError(f"{what}: {wheels[0].name} is not a pure (py3-none-any) wheel")
    return wheels[0]


def _cached_wheel(cache: Path, key: str, make: Callable[[Path, Path], None], what: str) -> tuple[Path, bool]:
    """The wheel cached under `key`, made by `make(tmp_dir)` on a miss; returns (wheel, was_built)."""
    final = cache / "wheels" / key
    if final.is_dir():
        with contextlib.suppress(RuntimeBuildError):
            return _single_wheel(final, what), False
        shutil.rmtree(final)  # a broken entry (interrupted by hand?): make it again
    final.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{key}.", dir=final.parent) as tmp:
        work = Path(tmp)
        dist = work / "dist"
        dist.mkdir()
        make(work, dist)
        _single_wheel(dist, what)
        os.rename(dist, final)
    return _single_wheel(final, what), True


def _forget_others(wheels_dir: Path, pattern: str, keep: str) -> None:
    """Remove the cached wheels matching `pattern` except `keep`: superseded builds only take space."""
    for old in wheels_dir.glob(pattern):
        if old.name != keep and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def _pip_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    env.update(extra or {})
    return env


def _copy_project(project: Path, dest: Path) -> None:
    """Copy the wheel's sources with normalised permissions, so umask cannot change the wheel's bytes."""
    for path in project_files(project):
        target = dest / path.relative_to(project)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        target.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


# ---------------------------------------------------------------------------------------------
# The three wheels


def jinja2_wheel(config: Config, version: str) -> tuple[Path, bool]:
    """jinja2 from PyPI as published (pure Python); downloaded once per pinned version."""

    def make(work: Path, dist: Path) -> None:
        _run(
            [config.python, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "--dest", str(dist), f"jinja2=={version}"],
            env=_pip_env(), what=f"downloading jinja2 {version}",
        )

    return _cached_wheel(config.cache_dir, f"jinja2-{version}-r{RECIPE}", make, f"jinja2 {version}")


def markupsafe_wheel(config: Config, version: str, setuptools_pin: str) -> tuple[Path, bool]:
    """MarkupSafe built from its sdist with a compiler that always fails: its setup.py then makes a
    pure-Python wheel (`markupsafe._native`), the one MarkupSafe that runs in Pyodide. Built with
    the .venv's pinned setuptools (no build isolation) so that it is reproducible."""

    def make(work: Path, dist: Path) -> None:
        _run(
            [config.python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
             "--no-build-isolation", "--no-binary", "markupsafe", "--wheel-dir", str(dist),
             f"markupsafe=={version}"],
            cwd=work, env=_pip_env({"CC": "/bin/false", "CXX": "/bin/false"}),
            what=f"building pure-Python markupsafe {version}",
        )
        wheel = _single_wheel(dist, f"markupsafe {version}")
        with zipfile.ZipFile(wheel) as zf:
            native = [n for n in zf.namelist() if n.endswith((".so", ".pyd"))]
        if native:
            raise RuntimeBuildError(f"markupsafe wheel contains compiled code {native}: not usable in Pyodide")

    key = f"markupsafe-{version}-pure-setuptools{setuptools_pin}-r{RECIPE}"
    return _cached_wheel(config.cache_dir, key, make, f"markupsafe {version}")


def project_wheel(config: Config, setuptools_pin: str) -> tuple[Path, bool]:
    """The `followup` wheel (templates inside), from a clean copy of its sources: building in the
    working tree would share setuptools' build/ folder with the editable install and could pick up
    stale files. The copy is hashed (not the tree, which may change meanwhile) and the wheel cached
    under that hash; older cached project wheels are pruned."""
    wheels_dir = config.cache_dir / "wheels"
    wheels_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".followup-src.", dir=wheels_dir) as tmp:
        src = Path(tmp) / "src"
        _copy_project(config.project, src)
        key = f"followup-{project_source_hash(src, setuptools_pin)[:20]}"

        def make(work: Path, dist: Path) -> None:
            _run(
                [config.python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
                 "--no-build-isolation", "--wheel-dir", str(dist), str(src)],
                cwd=work, env=_pip_env(), what="building the followup wheel",
            )

        wheel, built = _cached_wheel(config.cache_dir, key, make, "followup")
    if built:
        _forget_others(wheels_dir, "followup-*", key)
    return wheel, built


def compiled_wheel(config: Config, pyodide_version: str, name: str, wheel: Path) -> tuple[Path, bool]:
    """`wheel` with bytecode for Pyodide's Python added (scripts/compile_wheels.mjs), cached under
    the input's sha256 and the Pyodide version. Why: in the browser, compiling jinja2 and the
    composer from source is ~0.3 s of the builder's first start, on a fast desktop."""
    key = f"{name}-pyc-{sha256_file(wheel)[:20]}-p{pyodide_version}-r{RECIPE}"
    script = Path(__file__).resolve().parent / "compile_wheels.mjs"

    def make(work: Path, dist: Path) -> None:
        _run([config.node, str(script), str(config.pyodide_dir), str(dist), str(wheel)],
             cwd=work, what=f"compiling {name}'s bytecode in Pyodide")

    compiled, built = _cached_wheel(config.cache_dir, key, make, f"{name} with bytecode")
    if built:
        _forget_others(config.cache_dir / "wheels", f"{name}-pyc-*", key)
    return compiled, built


def snapshot(config: Config, stamp: str, bundle: Path) -> tuple[Path, bool]:
    """The start-up snapshot of the assembled `bundle` (scripts/make_snapshot.mjs), cached under
    the bundle's stamp. Why: restoring it skips starting Python and importing jinja2 and the
    composer, which was most of the builder's first start (measured here: 3.2 s became 1.2 s)."""
    final = config.cache_dir / "snapshots" / f"{stamp}.bin.gz"
    if final.is_file():
        return final, False
    final.parent.mkdir(parents=True, exist_ok=True)
    script = Path(__file__).resolve().parent / "make_snapshot.mjs"
    with tempfile.TemporaryDirectory(prefix=".snapshot.", dir=final.parent) as tmp:
        made = Path(tmp) / "snapshot.bin.gz"
        _run([config.node, str(script), str(bundle), str(made)], cwd=Path(tmp),
             what="making the start-up snapshot in Pyodide")
        os.rename(made, final)
    for old in final.parent.glob("*.bin.gz"):
        if old != final:
            old.unlink(missing_ok=True)
    return final, True


# ---------------------------------------------------------------------------------------------
# The bundle


def _pyodide_version(config: Config) -> str:
    if not (config.pyodide_dir / "package.json").is_file():
        raise RuntimeBuildError(f"{config.pyodide_dir} is missing: run scripts/setup (it installs the npm packages)")
    version = json.loads((config.pyodide_dir / "package.json").read_text())["version"]
    if config.package_json and config.package_json.is_file():
        pinned = json.loads(config.package_json.read_text()).get("dependencies", {}).get("pyodide")
        if pinned and pinned != version:
            raise RuntimeBuildError(
                f"{config.pyodide_dir} is pyodide {version} but package.json pins {pinned}: run scripts/setup"
            )
    missing = [name for name in (*CORE_FILES, LOCK_NAME) if not (config.pyodide_dir / name).is_file()]
    if missing:
        raise RuntimeBuildError(f"{config.pyodide_dir} lacks {missing}: run scripts/setup (npm ci)")
    return version


def _pins(config: Config) -> tuple[str, str, str]:
    try:
        pins = read_pins(config.requirements.read_text())
    except FileNotFoundError:
        raise RuntimeBuildError(f"{config.requirements} not found") from None
    missing = [name for name in ("jinja2", "markupsafe", "setuptools") if name not in pins]
    if missing:
        raise RuntimeBuildError(f"{config.requirements} has no exact pin (name==version) for {missing}")
    return pins["jinja2"], pins["markupsafe"], pins["setuptools"]


def _describe(path: Path, sha256: str | None = None) -> dict:
    return {"file": path.name, "sha256": sha256 or sha256_file(path), "size": path.stat().st_size}


def _describe_snapshot(path: Path) -> dict:
    """As _describe, plus the unzipped size (gzip's trailer), so the browser unzips into one buffer."""
    with path.open("rb") as f:
        f.seek(-4, os.SEEK_END)
        unzipped = int.from_bytes(f.read(4), "little")
    return {**_describe(path), "unzipped_size": unzipped}


def _stamp(pyodide: str, abi: dict, core: dict, wheels: dict) -> str:
    """Names the bundle: every input, and the scripts that make the snapshot from them (the
    maker and the names it shares with the browser's loader, docs/assets/builder/protocol.js)."""
    here = Path(__file__).resolve().parent
    maker = [sha256_file(here / "make_snapshot.mjs"),
             sha256_file(here.parent / "docs" / "assets" / "builder" / "protocol.js")]
    material = json.dumps({"recipe": RECIPE, "pyodide": pyodide, "info": abi, "core": core, "wheels": wheels,
                           "snapshot_maker": maker}, sort_keys=True)
    return hashlib.sha256(material.encode()).hexdigest()


def _output_current(out_dir: Path, stamp: str) -> dict | None:
    """The existing manifest when out_dir already holds exactly this bundle, whole; else None."""
    try:
        manifest = json.loads((out_dir / MANIFEST_NAME).read_text())
    except (OSError, ValueError):
        return None
    try:
        if manifest.get("stamp") != stamp:
            return None
        entries = [*manifest["core"].values(), *manifest["wheels"].values(), manifest["snapshot"]]
        expected = {MANIFEST_NAME, LOCK_NAME, *(entry["file"] for entry in entries)}
        if {p.name for p in out_dir.iterdir()} != expected:
            return None
        if any((out_dir / entry["file"]).stat().st_size != entry["size"] for entry in entries):
            return None
        if sha256_file(out_dir / LOCK_NAME) != manifest["lock_sha256"]:
            return None
    except (AttributeError, KeyError, TypeError, OSError):  # a damaged manifest: build again
        return None
    return manifest


def _remove_leftovers(config: Config) -> None:
    """Temporary folders of a build that was killed (not merely failed: those clean up after
    themselves). Called under the lock, so no other build of this cache is using them."""
    parent = config.out_dir.parent
    for pattern in (f".{config.out_dir.name}.new-*", f".{config.out_dir.name}.old-*"):
        for leftover in parent.glob(pattern) if parent.is_dir() else ():
            shutil.rmtree(leftover, ignore_errors=True)
    wheels = config.cache_dir / "wheels"
    for leftover in wheels.glob(".*") if wheels.is_dir() else ():
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _replace_dir(new: Path, out_dir: Path) -> None:
    """Swap a fully written folder into place: readers see the old bundle or the new, never a mix."""
    if out_dir.exists() and not (out_dir / MANIFEST_NAME).is_file() and any(out_dir.iterdir()):
        raise RuntimeBuildError(f"{out_dir} is not empty and holds no {MANIFEST_NAME}: refusing to replace it")
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    if out_dir.exists():
        os.rename(out_dir, old)
    os.rename(new, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def build(config: Config) -> Result:
    """Make (or confirm) the bundle in config.out_dir; see the module docstring for what and why."""
    started = time.perf_counter()
    version = _pyodide_version(config)
    jinja2_version, markupsafe_version, setuptools_pin = _pins(config)
    npm_lock = json.loads((config.pyodide_dir / LOCK_NAME).read_text())
    info = npm_lock["info"]
    actions: list[str] = []

    with exclusive(config.cache_dir / ".lock"):
        _remove_leftovers(config)
        jinja2, built = jinja2_wheel(config, jinja2_version)
        if built:
            actions.append(f"downloaded jinja2 {jinja2_version}")
        markupsafe, built = markupsafe_wheel(config, markupsafe_version, setuptools_pin)
        if built:
            actions.append(f"built pure-Python markupsafe {markupsafe_version}")
        followup, built = project_wheel(config, setuptools_pin)
        if built:
            actions.append("rebuilt followup wheel")
        wheels = {"followup": followup, "jinja2": jinja2, "markupsafe": markupsafe}
        for name, wheel in list(wheels.items()):
            wheels[name], built = compiled_wheel(config, version, name, wheel)
            if built:
                actions.append(f"compiled {name}'s bytecode")

        core = {name: _describe(config.pyodide_dir / name) for name in CORE_FILES}
        wheel_entries = {name: _describe(path) for name, path in wheels.items()}
        stamp = _stamp(version, info, core, wheel_entries)

        manifest = _output_current(config.out_dir, stamp)
        if manifest is None:
            manifest = _assemble(config, version, info, npm_lock, core, wheels, wheel_entries, stamp, actions)
            actions.append(f"wrote {config.out_dir}")

    files = tuple(sorted([MANIFEST_NAME, LOCK_NAME, *CORE_FILES, *(w["file"] for w in wheel_entries.values()),
                          manifest["snapshot"]["file"]]))
    return Result(config.out_dir, files, tuple(actions), manifest, time.perf_counter() - started)


def _assemble(config: Config, version: str, info: dict, npm_lock: dict, core: dict, wheels: dict[str, Path],
              wheel_entries: dict, stamp: str, actions: list[str]) -> dict:
    config.out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{config.out_dir.name}.new-", dir=config.out_dir.parent) as tmp:
        new = Path(tmp) / "bundle"
        new.mkdir()
        for name in CORE_FILES:
            shutil.copyfile(config.pyodide_dir / name, new / name)
        for wheel in wheels.values():
            shutil.copyfile(wheel, new / wheel.name)
        base = Path(tmp) / "base-lock.json"
        base.write_text(json.dumps(trimmed_base_lock(npm_lock)))
        _run(
            [config.pyodide_cli, "lockfile", "add-wheels", "--input", str(base), "--output", LOCK_NAME,
             "--base-path", ".", *(w.name for w in wheels.values())],
            cwd=new, what="pyodide lockfile add-wheels",
        )
        lock_path = new / LOCK_NAME
        check_lock(json.loads(lock_path.read_text()), {n: new / w.name for n, w in wheels.items()},
                   info["abi_version"])
        made, built = snapshot(config, stamp, new)
        if built:
            actions.append("made the start-up snapshot")
        shutil.copyfile(made, new / f"snapshot-{stamp[:16]}.bin.gz")
        manifest = {
            "pyodide": version,
            "abi_version": info["abi_version"],
            "python": info.get("python"),
            "lock_sha256": sha256_file(lock_path),
            "wheels": wheel_entries,
            "core": core,
            "snapshot": _describe_snapshot(new / f"snapshot-{stamp[:16]}.bin.gz"),
            "stamp": stamp,
        }
        (new / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        _replace_dir(new, config.out_dir)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, help="output folder (default: .cache/runtime/out)")
    args = parser.parse_args(argv)
    config = default_config(out_dir=args.out.resolve() if args.out else None)
    try:
        result = build(config)
    except RuntimeBuildError as exc:
        print(f"build_runtime: {exc}", file=sys.stderr)
        return 1
    print(f"build_runtime: {result.summary()} ({result.seconds:.2f} s) -> {result.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
