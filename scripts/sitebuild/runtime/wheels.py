"""The bundle's three wheels (followup, jinja2, a pure-Python markupsafe), each cached under a key
made from everything that decides its bytes, and their copies with bytecode for Pyodide's Python."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from sitebuild.runtime.config import PROJECT_DIRS, PROJECT_FILES, RECIPE, SOURCE_DATE_EPOCH, Config
from sitebuild.runtime.tools import RuntimeBuildError, run, sha256_file

_JUNK_DIRS = {"__pycache__", "build", "dist"}
_JUNK_SUFFIXES = (".pyc", ".pyo", ".swp", "~")
COMPILER = Path(__file__).resolve().parent / "compile_wheels.mjs"


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


def jinja2_wheel(config: Config, version: str) -> tuple[Path, bool]:
    """jinja2 from PyPI as published (pure Python); downloaded once per pinned version."""

    def make(work: Path, dist: Path) -> None:
        run(
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
        run(
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
            run(
                [config.python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
                 "--no-build-isolation", "--wheel-dir", str(dist), str(src)],
                cwd=work, env=_pip_env(), what="building the followup wheel",
            )

        wheel, built = _cached_wheel(config.cache_dir, key, make, "followup")
    if built:
        _forget_others(wheels_dir, "followup-*", key)
    return wheel, built


def compiled_key(name: str, wheel_sha256: str, compiler_sha256: str, pyodide_version: str) -> str:
    """The cache key of a compiled wheel: its input wheel, the script that compiles it and the
    Pyodide (so the Python) that compiles it; any change to one of them makes a new entry."""
    material = f"{wheel_sha256}\n{compiler_sha256}\n{pyodide_version}\n".encode()
    return f"{name}-pyc-{hashlib.sha256(material).hexdigest()[:20]}"


def compiled_wheel(config: Config, pyodide_version: str, name: str, wheel: Path) -> tuple[Path, bool]:
    """`wheel` with bytecode for Pyodide's Python added (compile_wheels.mjs beside this file), so
    the browser imports it without compiling sources; cached under compiled_key."""
    key = compiled_key(name, sha256_file(wheel), sha256_file(COMPILER), pyodide_version)

    def make(work: Path, dist: Path) -> None:
        run([config.node, str(COMPILER), str(config.pyodide_dir), str(dist), str(wheel)],
            cwd=work, what=f"compiling {name}'s bytecode in Pyodide")

    compiled, built = _cached_wheel(config.cache_dir, key, make, f"{name} with bytecode")
    if built:
        _forget_others(config.cache_dir / "wheels", f"{name}-pyc-*", key)
    return compiled, built
