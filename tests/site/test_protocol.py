"""The names the browser code shares (docs/assets/builder/protocol.js) are the ones the Python side
uses: the ids the form hook writes, the page template's meta name, and the copies that scripts and
tests keep of the storage key, the stage labels and the cache names."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROTOCOL = ROOT / "docs" / "assets" / "builder" / "protocol.js"

# Every name protocol.js exports, as JSON; `fieldId` applied to the paths given on standard input.
_DUMP = """
import * as p from %s;
let paths = "";
for await (const chunk of process.stdin) paths += chunk;
const ids = Object.fromEntries(JSON.parse(paths).map((path) => [path, p.fieldId(path)]));
const { fieldId, ...names } = p;
console.log(JSON.stringify({ names, ids }));
"""


def _node(paths: list[str]) -> dict[str, Any]:
    node = shutil.which("node")
    assert node, "Node.js is needed (scripts/setup checks for it)"
    done = subprocess.run(
        [node, "--input-type=module", "-e", _DUMP % json.dumps(PROTOCOL.as_uri())],
        input=json.dumps(paths), capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def names() -> dict[str, Any]:
    return _node([])["names"]


def _constant(path: Path, name: str) -> Any:
    """The literal value of a module-level `name = ...` in a Python file (read, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{path.relative_to(ROOT)} has no {name}")


class _Controls(HTMLParser):
    """(data-path, id) of every form control, the row template's included."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("data-path"):
            self.controls.append((a["data-path"] or "", a.get("id") or ""))


def test_the_form_hook_writes_the_ids_the_page_computes(site_dir: Path, names: dict[str, Any]) -> None:
    """builder_form.field_id (Python, at build time) and fieldId (the page) agree on every control."""
    parser = _Controls()
    parser.feed((site_dir / "builder" / "index.html").read_text(encoding="utf-8"))
    paths = [path for path, _ in parser.controls]
    assert len(paths) > 20 and any("." in p for p in paths)
    ids = _node(paths)["ids"]
    assert [(path, ids[path]) for path in paths] == parser.controls
    # The row <template>'s paths carry the row token the page replaces with row numbers.
    assert any(f".{names['ROW_INDEX_TOKEN']}." in path for path in paths)


def test_the_page_template_names_the_metas_the_composer_and_the_data_saver_read(names: dict[str, Any]) -> None:
    template = (ROOT / "overrides" / "builder.html").read_text(encoding="utf-8")
    assert re.search(rf'<meta name="{re.escape(names["SNAPSHOT_META"])}" content=', template)
    assert re.search(rf'<meta name="{re.escape(names["DOWNLOAD_META"])}" content=', template)


@pytest.mark.parametrize(
    ("file", "constant", "expected"),
    [
        ("scripts/sitebuild/bench/pages.py", "DRAFT_KEY", lambda n: n["DRAFT_KEY"]),
        ("tests/e2e/test_drafts.py", "DRAFT_KEY", lambda n: n["DRAFT_KEY"]),
        ("tests/e2e/test_applications_page.py", "DRAFT_KEY", lambda n: n["DRAFT_KEY"]),
        ("tests/e2e/builder_page.py", "APPLICATIONS_DB_NAME", lambda n: n["APPLICATIONS_DB"]["name"]),
        ("tests/e2e/builder_page.py", "APPLICATIONS_STORE", lambda n: n["APPLICATIONS_DB"]["store"]),
        ("tests/e2e/test_builder.py", "STAGES", lambda n: tuple(n["STAGE_LABEL"][s] for s in n["STAGE"].values())),
        ("tests/e2e/test_offline.py", "RUNTIME_PREFIX", lambda n: n["CACHES"]["runtimePrefix"]),
        ("tests/e2e/test_snapshot.py", "LEGACY_CACHE", lambda n: n["CACHES"]["legacySnapshots"]),
    ],
)
def test_python_copies_of_the_names_are_equal(names: dict[str, Any], file: str, constant: str, expected: Any) -> None:
    assert _constant(ROOT / file, constant) == expected(names)


def test_the_applications_file_version_is_pythons(names: dict[str, Any]) -> None:
    """The page writes the applications file that `followup plan` reads: the same version."""
    from followup.applications.model import APPLICATIONS_VERSION

    assert names["APPLICATIONS_VERSION"] == APPLICATIONS_VERSION


def test_every_request_is_answered_with_a_message_of_the_protocol(names: dict[str, Any]) -> None:
    assert set(names["REPLY"]) <= set(names["MESSAGE"].values())
    assert set(names["REPLY"].values()) <= set(names["MESSAGE"].values())


def test_the_stages_are_ids_on_the_wire_and_labels_on_the_page(names: dict[str, Any]) -> None:
    """A stage's label is wording, free to change; the worker and the page agree on ids."""
    assert set(names["STAGE_LABEL"]) == set(names["STAGE"].values())
    assert not set(names["STAGE"].values()) & set(names["STAGE_LABEL"].values())
