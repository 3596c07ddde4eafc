"""Tests of sitebuild.runtime (the browser runtime bundle) and its MkDocs hook.

Every build here runs on a copy of the project's sources in a temporary folder, with the real
node_modules/pyodide and .venv, and with a wheel cache seeded once per session from the project's
own .cache/runtime (so the tests do not download jinja2 or rebuild MarkupSafe each time).
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

import sitebuild.runtime as br
from sitebuild.runtime import stdlib
from sitebuild import ROOT
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
CORE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
STDLIB = "python_stdlib.zip"


PINS = br.read_pins((ROOT / "requirements.txt").read_text())
NPM_VERSION = json.loads((NPM_PYODIDE / "package.json").read_text())["version"]
EXPECTED_WHEELS = {
    "followup": "followup-0.1.0-py3-none-any.whl",
    "jinja2": f"jinja2-{PINS['jinja2']}-py3-none-any.whl",
    "markupsafe": f"markupsafe-{PINS['markupsafe']}-py3-none-any.whl",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", "requirements.txt", "package.json"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("builder", "templates"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    return dest


def config_for(project: Path, cache: Path, out: Path) -> object:
    return dataclasses.replace(
        br.default_config(ROOT),
        project=project,
        requirements=project / "requirements.txt",
        package_json=project / "package.json",
        cache_dir=cache,
        out_dir=out,
    )


@pytest.fixture(scope="session")
def seeded_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel cache holding jinja2 and the pure MarkupSafe: copied from the project's cache when it
    has them, else filled by one build (the only time these tests reach the package index)."""
    cache = tmp_path_factory.mktemp("seed-cache")
    wheels = ROOT / ".cache" / "runtime" / "wheels"
    for pattern in ("jinja2-*", "markupsafe-*"):
        for entry in wheels.glob(pattern) if wheels.is_dir() else ():
            shutil.copytree(entry, cache / "wheels" / entry.name)
    project = copy_project(tmp_path_factory.mktemp("seed-project") / "p")
    br.build(config_for(project, cache, tmp_path_factory.mktemp("seed-out") / "out"))
    for entry in (cache / "wheels").glob("followup-*"):
        shutil.rmtree(entry)
    return cache


@pytest.fixture
def workspace(tmp_path: Path, seeded_cache: Path) -> object:
    """A fresh project copy, a cache with the third-party wheels, and an output path, per test."""
    project = copy_project(tmp_path / "project")
    cache = tmp_path / "cache"
    shutil.copytree(seeded_cache, cache)
    return config_for(project, cache, tmp_path / "out")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeded_cache: Path) -> object:
    """One bundle, built once, for the tests that only read it."""
    base = tmp_path_factory.mktemp("built")
    project = copy_project(base / "project")
    cache = base / "cache"
    shutil.copytree(seeded_cache, cache)
    return br.build(config_for(project, cache, base / "out"))


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, sha256(p)) for p in sorted(folder.iterdir())}


# --- the bundle's content --------------------------------------------------------------------


def snapshot_name(result: object) -> str:
    return f"snapshot-{result.manifest['stamp'][:16]}.bin.gz"


def test_build_writes_exactly_the_core_files_three_wheels_lockfile_snapshot_and_manifest(built: object) -> None:
    expected = {*CORE, "pyodide-lock.json", "runtime.json", *EXPECTED_WHEELS.values(), snapshot_name(built)}
    assert {p.name for p in built.out_dir.iterdir()} == expected
    assert set(built.files) == expected


def test_core_files_are_the_npm_packages_bytes_and_the_standard_library_a_cut_of_its_entries(built: object) -> None:
    for name in CORE[:3]:
        assert (built.out_dir / name).read_bytes() == (NPM_PYODIDE / name).read_bytes(), name
    with zipfile.ZipFile(built.out_dir / STDLIB) as cut, zipfile.ZipFile(NPM_PYODIDE / STDLIB) as whole:
        theirs = {info.filename: info for info in whole.infolist()}
        names = [info.filename for info in cut.infolist()]
        assert names == [n for n in theirs if n in set(names)], "in Pyodide's order"
        for info in cut.infolist():
            assert cut.read(info) == whole.read(theirs[info.filename]), info.filename
            assert (info.CRC, info.date_time) == (theirs[info.filename].CRC, theirs[info.filename].date_time)
        # What the composer needs, and the safety list; not what it never imports.
        assert {"json/__init__.py", "email/generator.py", "zipfile/__init__.py", "encodings/cp1252.py",
                "csv.py", "pyodide/__init__.py"} <= set(names)
        assert not {"unittest/__init__.py", "tkinter/__init__.py", "pdb.py", "doctest.py"} & set(names)
    assert (built.out_dir / STDLIB).stat().st_size < (NPM_PYODIDE / STDLIB).stat().st_size / 2


def test_kept_names_add_the_safety_list_and_the_folders_and_refuse_an_unknown_file() -> None:
    available = {"a/", "a/b/", "a/b/c.py", "a/d.py", "csv.py", "x.py"}
    assert stdlib.kept_names(["a/b/c.py"], available) == {"a/", "a/b/", "a/b/c.py", "csv.py"}
    with pytest.raises(br.RuntimeBuildError, match="does not have"):
        stdlib.kept_names(["nowhere.py"], available)


def test_the_cut_standard_library_is_byte_reproducible(tmp_path: Path, built: object) -> None:
    keep = {info.filename for info in zipfile.ZipFile(built.out_dir / STDLIB).infolist()}
    stdlib.write_trimmed(NPM_PYODIDE / STDLIB, keep, tmp_path / "again.zip")
    assert (tmp_path / "again.zip").read_bytes() == (built.out_dir / STDLIB).read_bytes()


def test_lockfile_lists_exactly_the_three_wheels_by_file_name_and_sha256(built: object) -> None:
    lock = json.loads((built.out_dir / "pyodide-lock.json").read_text())
    assert sorted(lock["packages"]) == ["followup", "jinja2", "markupsafe"]
    for name, file_name in EXPECTED_WHEELS.items():
        entry = lock["packages"][name]
        assert entry["file_name"] == file_name
        assert entry["sha256"] == sha256(built.out_dir / file_name)
    assert lock["packages"]["followup"]["depends"] == ["jinja2"]
    assert lock["packages"]["jinja2"]["depends"] == ["markupsafe"]
    assert lock["packages"]["markupsafe"]["depends"] == []


def test_lockfile_abi_is_the_npm_runtimes(built: object) -> None:
    lock = json.loads((built.out_dir / "pyodide-lock.json").read_text())
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())
    assert lock["info"] == npm_lock["info"]
    assert lock["info"]["abi_version"] == npm_lock["info"]["abi_version"]


def test_runtime_json_names_version_lock_hash_and_every_wheel(built: object) -> None:
    manifest = json.loads((built.out_dir / "runtime.json").read_text())
    assert manifest["pyodide"] == NPM_VERSION
    assert manifest["lock_sha256"] == sha256(built.out_dir / "pyodide-lock.json")
    assert {name: w["file"] for name, w in manifest["wheels"].items()} == EXPECTED_WHEELS
    for entry in [*manifest["wheels"].values(), *manifest["core"].values(), manifest["snapshot"]]:
        path = built.out_dir / entry["file"]
        assert (entry["sha256"], entry["size"]) == (sha256(path), path.stat().st_size)


def test_snapshot_is_a_gzipped_pyodide_snapshot_of_the_size_runtime_json_gives(built: object) -> None:
    entry = built.manifest["snapshot"]
    assert entry["file"] == snapshot_name(built)
    raw = gzip.decompress((built.out_dir / entry["file"]).read_bytes())
    assert len(raw) == entry["unzipped_size"]
    assert int.from_bytes(raw[:4], "little") == 1886286592  # Pyodide's snapshot header


def test_snapshot_is_byte_reproducible(tmp_path: Path, built: object) -> None:
    config = dataclasses.replace(br.default_config(ROOT), cache_dir=tmp_path / "cache")
    again, delta, made = br.snapshot(config, built.manifest["stamp"], built.out_dir)
    assert made
    assert again.read_bytes() == (built.out_dir / snapshot_name(built)).read_bytes()
    assert delta == built.manifest["snapshot"]["delta"]


def test_snapshot_stores_the_static_data_as_a_difference_from_the_wasms_data_segments(built: object) -> None:
    """docs/assets/builder/snapshot-delta.js: the memory below the data segments' end is stored XOR
    the segments, so what the wasm already holds costs almost nothing (the Node runtime test undoes it)."""
    delta = built.manifest["snapshot"]["delta"]
    assert 3_000_000 < delta["end"] < 8_000_000 and len(delta["sha256"]) == 64
    raw = gzip.decompress((built.out_dir / snapshot_name(built)).read_bytes())
    static = raw[int.from_bytes(raw[4:8], "little"):][: delta["end"]]
    assert static.count(0) > 0.9 * len(static)  # what is left: refcounts and pointers that moved
    assert len(zlib.compress(static, 9)) < 200_000


def test_snapshot_keeps_no_freed_memory(built: object) -> None:
    """make_snapshot.mjs zeroes malloc's free chunks before the snapshot, so gzip carries no garbage."""
    raw = gzip.decompress((built.out_dir / snapshot_name(built)).read_bytes())
    assert (built.out_dir / snapshot_name(built)).stat().st_size < 0.17 * len(raw)


def test_markupsafe_wheel_is_pure_python(built: object) -> None:
    with zipfile.ZipFile(built.out_dir / EXPECTED_WHEELS["markupsafe"]) as wheel:
        names = wheel.namelist()
    assert "markupsafe/_native.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd"))]


def test_followup_wheel_ships_every_template_and_example_and_no_build_code(built: object) -> None:
    with zipfile.ZipFile(built.out_dir / EXPECTED_WHEELS["followup"]) as wheel:
        names = set(wheel.namelist())
    templates = {f"followup/templates/{p.relative_to(ROOT / 'templates').as_posix()}" for p in (ROOT / "templates").rglob("*.j2")}
    examples = {f"followup/examples/{p.name}" for p in (ROOT / "builder/followup/examples").glob("*.json")}
    modules = {f"followup/{p.relative_to(ROOT / 'builder/followup').as_posix()}" for p in (ROOT / "builder/followup").rglob("*.py") if "__pycache__" not in p.parts}
    assert templates | examples | modules | {"followup/templates/__init__.py"} <= names
    # Only the composer: the site's build code (scripts/sitebuild/) is never shipped to browsers.
    assert {name.split("/")[0] for name in names} == {"followup", "followup-0.1.0.dist-info"}


# --- incremental builds ----------------------------------------------------------------------


def test_first_build_reports_what_it_made(workspace: object) -> None:
    result = br.build(workspace)
    assert result.actions == ("rebuilt followup wheel", "compiled followup's bytecode", f"wrote {workspace.out_dir}")
    assert result.changed


def test_second_build_does_nothing_and_touches_no_file(workspace: object) -> None:
    br.build(workspace)
    before = snapshot(workspace.out_dir)
    again = br.build(workspace)
    assert again.actions == ()
    assert again.summary() == "up to date"
    assert snapshot(workspace.out_dir) == before


def test_template_change_rebuilds_only_the_project_wheel(workspace: object) -> None:
    first = br.build(workspace)
    old = snapshot(workspace.out_dir)
    (workspace.project / "templates" / "zz-probe.j2").write_text("Dear {{ name }},\n")

    second = br.build(workspace)

    assert second.actions == ("rebuilt followup wheel", "compiled followup's bytecode",
                              "cut the standard library to what the composer imports", "made the start-up snapshot",
                              f"wrote {workspace.out_dir}")
    assert snapshot_name(second) != snapshot_name(first)
    new = snapshot(workspace.out_dir)
    for name in (EXPECTED_WHEELS["jinja2"], EXPECTED_WHEELS["markupsafe"], *CORE):
        assert new[name][2] == old[name][2], name
    followup = workspace.out_dir / EXPECTED_WHEELS["followup"]
    assert new[followup.name][2] != old[followup.name][2]
    with zipfile.ZipFile(followup) as wheel:
        assert wheel.read("followup/templates/zz-probe.j2") == b"Dear {{ name }},\n"
    lock = json.loads((workspace.out_dir / "pyodide-lock.json").read_text())
    assert lock["packages"]["followup"]["sha256"] == sha256(followup)
    assert first.manifest["stamp"] != second.manifest["stamp"]
    cached = sorted(p.name for p in (workspace.cache_dir / "wheels").glob("followup-*"))
    assert len(cached) == 2  # the new wheel and its compiled copy; the old ones are pruned
    assert cached[0] == f"followup-{br.project_source_hash(workspace.project, PINS['setuptools'])[:20]}"
    assert cached[1].startswith("followup-pyc-")


def test_every_module_ships_with_unchecked_bytecode_for_pyodides_python(built: object) -> None:
    python = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())["info"]["python"]
    tag = "cpython-" + "".join(python.split(".")[:2])
    for name in EXPECTED_WHEELS.values():
        with zipfile.ZipFile(built.out_dir / name) as wheel:
            names = set(wheel.namelist())
            record = wheel.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
            modules = [n for n in names if n.endswith(".py")]
            assert modules, name
            for module in modules:
                folder, _, file = module.rpartition("/")
                pyc = f"{folder}/__pycache__/{file[:-3]}.{tag}.pyc"
                assert pyc in names, pyc
                header = wheel.read(pyc)[:16]
                # PEP 552 flags: hash-based (bit 0), source not checked (bit 1 clear).
                assert int.from_bytes(header[4:8], "little") == 0b01, pyc
                assert f"\n{pyc},sha256=" in record, pyc


def test_compiled_wheels_are_byte_reproducible(tmp_path: Path, built: object) -> None:
    wheel = built.out_dir / EXPECTED_WHEELS["markupsafe"]
    source = tmp_path / "src" / wheel.name
    source.parent.mkdir()
    # The compiled copy's input: the plain wheel, i.e. the compiled one without its bytecode.
    with zipfile.ZipFile(wheel) as zin, zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if "/__pycache__/" not in info.filename:
                zout.writestr(info, zin.read(info))
    config = config_for(ROOT, tmp_path / "c1", tmp_path / "o1")
    one = br.compiled_wheel(config, NPM_VERSION, "markupsafe", source)[0]
    two = br.compiled_wheel(dataclasses.replace(config, cache_dir=tmp_path / "c2"), NPM_VERSION, "markupsafe", source)[0]
    assert one.read_bytes() == two.read_bytes()
    # Bytecode already in the input is replaced, not doubled: compiling twice changes nothing.
    again = br.compiled_wheel(dataclasses.replace(config, cache_dir=tmp_path / "c3"), NPM_VERSION, "markupsafe", one)[0]
    assert again.read_bytes() == one.read_bytes()


def test_a_compiled_wheels_key_changes_with_each_of_its_inputs() -> None:
    key = br.compiled_key("jinja2", "a" * 64, "b" * 64, "0.29.0")
    assert key.startswith("jinja2-pyc-")
    assert key == br.compiled_key("jinja2", "a" * 64, "b" * 64, "0.29.0")
    others = {
        br.compiled_key("jinja2", "c" * 64, "b" * 64, "0.29.0"),  # another input wheel
        br.compiled_key("jinja2", "a" * 64, "c" * 64, "0.29.0"),  # another compile_wheels.mjs
        br.compiled_key("jinja2", "a" * 64, "b" * 64, "0.29.1"),  # another Pyodide
    }
    assert key not in others and len(others) == 3


def test_an_edit_to_the_compiler_script_compiles_again(tmp_path: Path, built: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitebuild.runtime import wheels

    wheel = built.out_dir / EXPECTED_WHEELS["jinja2"]
    config = config_for(ROOT, tmp_path / "cache", tmp_path / "out")
    first, made = br.compiled_wheel(config, NPM_VERSION, "jinja2", wheel)
    assert made and br.compiled_wheel(config, NPM_VERSION, "jinja2", wheel) == (first, False)
    edited = tmp_path / "compile_wheels.mjs"
    edited.write_text(wheels.COMPILER.read_text(encoding="utf-8") + "\n// edited\n", encoding="utf-8")
    monkeypatch.setattr(wheels, "COMPILER", edited)
    second, made = br.compiled_wheel(config, NPM_VERSION, "jinja2", wheel)
    assert made and second.parent != first.parent
    assert not first.parent.exists()  # the superseded entry is pruned


def test_caches_and_editor_files_do_not_count_as_source_changes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    before = br.project_source_hash(project, "84.2.1")
    (project / "builder" / "followup" / "__pycache__").mkdir()
    (project / "builder" / "followup" / "__pycache__" / "schema.cpython-313.pyc").write_bytes(b"\0")
    (project / "templates" / ".thank-you.j2.swp").write_bytes(b"\0")
    (project / "templates" / "notes.txt~").write_text("x")
    assert br.project_source_hash(project, "84.2.1") == before
    (project / "builder" / "followup" / "schema.py").write_text("# changed\n", encoding="utf-8")
    assert br.project_source_hash(project, "84.2.1") != before


def test_project_wheel_is_byte_reproducible(tmp_path: Path, seeded_cache: Path) -> None:
    project = copy_project(tmp_path / "project")
    one = br.project_wheel(config_for(project, tmp_path / "c1", tmp_path / "o1"), PINS["setuptools"])[0]
    for path in project.rglob("*"):  # other mtimes and permissions must not change the bytes
        if path.is_file():
            path.chmod(0o664)
            path.touch()
    two = br.project_wheel(config_for(project, tmp_path / "c2", tmp_path / "o2"), PINS["setuptools"])[0]
    assert one.read_bytes() == two.read_bytes()


def test_damaged_output_is_rebuilt_whole(workspace: object) -> None:
    br.build(workspace)
    (workspace.out_dir / EXPECTED_WHEELS["jinja2"]).unlink()
    (workspace.out_dir / "stray.txt").write_text("x")
    result = br.build(workspace)
    assert result.actions == (f"wrote {workspace.out_dir}",)
    assert {p.name for p in workspace.out_dir.iterdir()} == set(result.files)


def test_leftovers_of_a_killed_build_are_removed(workspace: object) -> None:
    br.build(workspace)
    parent = workspace.out_dir.parent
    leftovers = [parent / ".out.new-abc123", parent / ".out.old-4242", workspace.cache_dir / "wheels" / ".followup-x.tmp"]
    for folder in leftovers:
        folder.mkdir()
        (folder / "half-written.whl").write_bytes(b"PK")
    assert br.build(workspace).actions == ()
    assert [folder for folder in leftovers if folder.exists()] == []


def test_concurrent_builds_of_one_cache_agree(workspace: object) -> None:
    """Several `mkdocs build` at once (a shared machine, serve + test) must not trip over each other."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda _: br.build(workspace), range(3)))
    assert sum("rebuilt followup wheel" in r.actions for r in results) == 1
    assert len({r.manifest["stamp"] for r in results}) == 1
    lock = json.loads((workspace.out_dir / "pyodide-lock.json").read_text())
    br.check_lock(lock, {n: workspace.out_dir / f for n, f in EXPECTED_WHEELS.items()}, lock["info"]["abi_version"])


# --- clear failures --------------------------------------------------------------------------


def test_missing_npm_package_says_to_run_setup(workspace: object, tmp_path: Path) -> None:
    config = dataclasses.replace(workspace, pyodide_dir=tmp_path / "node_modules" / "pyodide")
    with pytest.raises(br.RuntimeBuildError, match="run scripts/setup"):
        br.build(config)


def test_npm_package_other_than_the_pin_says_to_run_setup(workspace: object) -> None:
    package_json = workspace.package_json
    data = json.loads(package_json.read_text())
    data["dependencies"]["pyodide"] = "0.0.1"
    package_json.write_text(json.dumps(data))
    with pytest.raises(br.RuntimeBuildError, match=rf"pyodide {NPM_VERSION} but package.json pins 0.0.1: run scripts/setup"):
        br.build(workspace)


def test_missing_pin_is_named(workspace: object) -> None:
    text = workspace.requirements.read_text()
    workspace.requirements.write_text("\n".join(l for l in text.splitlines() if not l.lower().startswith("markupsafe")))
    with pytest.raises(br.RuntimeBuildError, match="markupsafe"):
        br.build(workspace)


def test_refuses_to_replace_a_folder_it_did_not_make(workspace: object) -> None:
    workspace.out_dir.mkdir()
    (workspace.out_dir / "precious.txt").write_text("keep me")
    with pytest.raises(br.RuntimeBuildError, match="refusing to replace"):
        br.build(workspace)
    assert (workspace.out_dir / "precious.txt").read_text() == "keep me"


# --- pure helpers ----------------------------------------------------------------------------


def test_read_pins_normalises_names_and_skips_comments_and_ranges() -> None:
    text = "# comment\nJinja2==3.1.6\nMarkupSafe == 3.0.3  # pure build\nfoo>=1\nzope.interface==7.0\n"
    assert br.read_pins(text) == {"jinja2": "3.1.6", "markupsafe": "3.0.3", "zope-interface": "7.0"}


def test_trimmed_base_lock_keeps_info_and_drops_every_package() -> None:
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())
    base = br.trimmed_base_lock(npm_lock)
    assert base["info"] == npm_lock["info"]
    assert base["packages"] == {}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda lock: lock["info"].update(abi_version="2025_0"), "abi_version"),
        (lambda lock: lock["packages"].update(numpy={"file_name": "numpy.whl"}), "expected exactly"),
        (lambda lock: lock["packages"]["jinja2"].update(sha256="0" * 64), "sha256 for jinja2"),
        (lambda lock: lock["packages"]["markupsafe"].update(file_name="../markupsafe.whl"), "expected"),
    ],
)
def test_check_lock_refuses_a_wrong_lockfile(built: object, change, message: str) -> None:
    lock = json.loads((built.out_dir / "pyodide-lock.json").read_text())
    change(lock)
    wheels = {name: built.out_dir / file for name, file in EXPECTED_WHEELS.items()}
    with pytest.raises(br.RuntimeBuildError, match=message):
        br.check_lock(lock, wheels, "2026_0")


# --- the MkDocs hook -------------------------------------------------------------------------


def test_hook_adds_every_bundle_file_to_the_site_at_assets_pyodide(tmp_path: Path) -> None:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from sitebuild.runtime import publish as hook

    config = MkDocsConfig(config_file_path=str(ROOT / "mkdocs.yml"))
    config.load_dict({"site_name": "t", "docs_dir": str(ROOT / "docs"), "site_dir": str(tmp_path / "site")})
    errors, _warnings = config.validate()
    assert not errors
    config.plugins._current_plugin = None  # set by MkDocs while it runs an event (File.generated reads it)

    files = hook.on_files(Files([]), config)

    out = ROOT / ".cache" / "runtime" / "out"
    added = {f.dest_uri: Path(f.abs_src_path) for f in files}
    assert added == {f"assets/pyodide/{p.name}": out / p.name for p in out.iterdir()}
    assert len(added) == 10  # 4 core files, 3 wheels, lockfile, runtime.json, snapshot
