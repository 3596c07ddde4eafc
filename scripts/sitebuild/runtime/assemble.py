"""Assembles the runtime bundle: checks its inputs, asks wheels.py for the wheels, writes the trimmed lockfile,
the start-up snapshot and runtime.json, and leaves an up-to-date output folder alone."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from sitebuild.pages_server import COMPRESSIBLE
from sitebuild.runtime import stdlib
from sitebuild.runtime.config import CORE_FILES, LOCK_NAME, MANIFEST_NAME, RECIPE, Config, Result
from sitebuild.runtime.tools import RuntimeBuildError, exclusive, replace_dir, run, sha256_file
from sitebuild.runtime.wheels import compiled_wheel, jinja2_wheel, markupsafe_wheel, project_wheel, read_pins

SNAPSHOT_MAKER = Path(__file__).resolve().parent / "make_snapshot.mjs"
PROTOCOL = Path(__file__).resolve().parents[3] / "docs" / "assets" / "builder" / "protocol.js"
SNAPSHOT_DELTA = PROTOCOL.with_name("snapshot-delta.js")


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


def snapshot(config: Config, stamp: str, bundle: Path) -> tuple[Path, dict, bool]:
    """The start-up snapshot of the assembled `bundle` (make_snapshot.mjs beside this file) and its
    `delta` for runtime.json (docs/assets/builder/snapshot-delta.js), cached under the bundle's
    stamp, which names every input including those scripts. Restoring it in the browser skips
    starting Python and importing jinja2 and the composer."""
    final = config.cache_dir / "snapshots" / f"{stamp}.bin.gz"
    about = final.with_suffix(".json")  # {stamp}.bin.json: what the maker printed
    if final.is_file() and about.is_file():
        return final, json.loads(about.read_text())["delta"], False
    final.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".snapshot.", dir=final.parent) as tmp:
        made = Path(tmp) / "snapshot.bin.gz"
        printed = run([config.node, str(SNAPSHOT_MAKER), str(bundle), str(made)], cwd=Path(tmp),
                      what="making the start-up snapshot in Pyodide")
        delta = json.loads(printed.strip().splitlines()[-1])["delta"]
        (Path(tmp) / "about.json").write_text(json.dumps({"delta": delta}))
        os.rename(Path(tmp) / "about.json", about)
        os.rename(made, final)
    for old in final.parent.glob("*.bin.*"):
        if old not in (final, about):
            old.unlink(missing_ok=True)
    return final, delta, True


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


FIRST_VISIT_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", MANIFEST_NAME, LOCK_NAME)
"""What a first visit downloads to start the composer, besides the snapshot (runtime-loader.js)."""


def first_visit_bytes(folder: Path, snapshot_file: str) -> int:
    """The bytes a first visit's composer downloads as GitHub Pages serves them: gzipped where Pages
    gzips (sitebuild.pages_server.COMPRESSIBLE), as they are otherwise (the zip, the gzipped
    snapshot). The page states it to a visitor who asks to save data."""
    total = 0
    for name in (*FIRST_VISIT_FILES, snapshot_file):
        data = (folder / name).read_bytes()
        total += len(gzip.compress(data, compresslevel=6, mtime=0)) if Path(name).suffix in COMPRESSIBLE else len(data)
    return total


def _describe_snapshot(path: Path) -> dict:
    """As _describe, plus the unzipped size (gzip's trailer), so the browser unzips into one buffer."""
    with path.open("rb") as f:
        f.seek(-4, os.SEEK_END)
        unzipped = int.from_bytes(f.read(4), "little")
    return {**_describe(path), "unzipped_size": unzipped}


def _stamp(pyodide: str, abi: dict, core: dict, wheels: dict) -> str:
    """Names the bundle: every input, and the scripts that make the snapshot and the cut standard
    library from them (the maker and the names it shares with the browser's loader,
    docs/assets/builder/protocol.js; the tracer, its exercise and what stdlib.py keeps)."""
    maker = [sha256_file(path) for path in (SNAPSHOT_MAKER, PROTOCOL, SNAPSHOT_DELTA, stdlib.TRACER,
                                            stdlib.EXERCISE, Path(stdlib.__file__))]
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
        run(
            [config.pyodide_cli, "lockfile", "add-wheels", "--input", str(base), "--output", LOCK_NAME,
             "--base-path", ".", *(w.name for w in wheels.values())],
            cwd=new, what="pyodide lockfile add-wheels",
        )
        lock_path = new / LOCK_NAME
        check_lock(json.loads(lock_path.read_text()), {n: new / w.name for n, w in wheels.items()},
                   info["abi_version"])
        cut, built = stdlib.trimmed_stdlib(config, stamp, new)
        if built:
            actions.append("cut the standard library to what the composer imports")
        shutil.copyfile(cut, new / stdlib.STDLIB_NAME)
        made, delta, built = snapshot(config, stamp, new)
        if built:
            actions.append("made the start-up snapshot")
        shutil.copyfile(made, new / f"snapshot-{stamp[:16]}.bin.gz")
        manifest = {
            "pyodide": version,
            "abi_version": info["abi_version"],
            "python": info.get("python"),
            "lock_sha256": sha256_file(lock_path),
            "wheels": wheel_entries,
            "core": {**core, stdlib.STDLIB_NAME: _describe(new / stdlib.STDLIB_NAME)},
            "snapshot": {**_describe_snapshot(new / f"snapshot-{stamp[:16]}.bin.gz"), "delta": delta},
            "stamp": stamp,
        }
        # The manifest's own size counts too: written once to measure, then with the figure.
        (new / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        manifest["first_visit_bytes"] = first_visit_bytes(new, manifest["snapshot"]["file"])
        (new / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        replace_dir(new, config.out_dir, MANIFEST_NAME)
    return manifest

