"""bundle.document / document_json: what the browser worker calls for "Download .docx/.odt"."""

from __future__ import annotations

import base64
import json
import subprocess
import sys

import pytest
from reading import TODAY, Case, example, expected, read_docx, read_odt

from followup import bundle
from followup.bundle import UNEXPECTED, document, document_json
from followup.documents import to_document
from followup.exports import media_type

DAY = TODAY.isoformat()


@pytest.mark.parametrize("fmt", ("docx", "odt"))
@pytest.mark.parametrize("name", ("thank-you", "check-in", "after-rejection", "panel"))
def test_every_example_as_a_document_is_the_same_file_as_the_command_lines(name, fmt):
    case = Case.of(name)
    result = json.loads(document_json(json.dumps(example(name)), DAY, fmt))
    assert result["ok"] is True
    content = base64.b64decode(result["base64"], validate=True)
    assert content == to_document(case.letters(), fmt, case.author())
    assert (result["format"], result["media_type"], result["size"]) == (fmt, media_type(fmt), len(content))
    assert result["letters"] == len(case.letters())


def test_one_note_of_a_panel_by_its_index():
    letters = Case.of("panel").letters()
    for index, letter in enumerate(letters):
        result = document(example("panel"), DAY, "docx", index)
        assert result["letters"] == 1
        assert read_docx(base64.b64decode(result["base64"])).paragraphs == expected((letter,))
    result = document(example("panel"), DAY, "odt", None)
    assert read_odt(base64.b64decode(result["base64"])).paragraphs == expected(letters)


@pytest.mark.parametrize(("args", "message"), [
    (("pdf", None), "A document can be made as docx or odt, not 'pdf'."),
    (("docx", 3), "There is no letter 3: there are 3."),
    (("docx", -1), "There is no letter -1: there are 3."),
    (("docx", True), "There is no letter True: there are 3."),
    (("docx", "0"), "There is no letter '0': there are 3."),
])
def test_a_wrong_request_is_a_named_problem(args, message):
    result = document(example("panel"), DAY, *args)
    assert result == {"ok": False, "errors": [{"path": "", "label": "Answers", "message": message}],
                      "refused": None, "findings": []}


def test_bad_answers_a_bad_date_and_a_refusal_come_back_as_render_says_them():
    broken = {**example("thank-you"), "company": ""}
    assert document(broken, DAY)["errors"] == bundle.render(broken, DAY)["errors"]
    assert document(example("thank-you"), "28/11/2026")["errors"][0]["path"] == "today"
    third = {**example("check-in"), "check_in_number": 3}
    refused = bundle.render(third, DAY)["refused"]
    assert refused and document(third, DAY)["refused"] == refused
    assert json.loads(document_json("{", DAY))["ok"] is False


def test_it_never_raises(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("followup.documents.to_document", boom)
    assert document(example("thank-you"), DAY)["errors"][0]["message"] == UNEXPECTED
    assert json.loads(document_json(json.dumps(example("thank-you")), DAY))["errors"][0]["message"] == UNEXPECTED


def test_the_builders_start_does_not_import_the_document_code():
    code = """
import json, sys
from importlib import resources
from followup.bundle import render_json
render_json(resources.files("followup").joinpath("examples", "panel.json").read_text("utf-8"), "2026-11-28", True)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("followup"))))
"""
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert "followup.compose" in loaded and "followup.bundle" in loaded
    assert not [name for name in loaded if name.startswith("followup.documents")]
