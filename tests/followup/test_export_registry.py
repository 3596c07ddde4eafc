"""The registry of formats: every consumer follows it, and the HTML document is one writer for all."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from followup import cli, exports
from followup.cli_example import example
from followup.answers import parse
from followup.compose import compose
from followup.documents import WRITERS
from followup.exports import BY_NAME, DOCUMENTS, FORMATS, LETTER_TEXTS, page_formats
from followup.formats import to_html, to_html_document
from fixed_clock import FIXED_TODAY

from test_formats import EMAIL


def test_names_and_extensions_are_unique_and_every_format_can_be_made():
    assert len(BY_NAME) == len(FORMATS)
    assert len({f.extension for f in FORMATS}) == len(FORMATS)
    for fmt in FORMATS:
        assert (fmt.write is None) == (fmt.scope == "answers"), fmt.name
        assert fmt.media_type.split("/")[0] in {"text", "message", "application"}, fmt.name
        assert not fmt.binary or fmt.on_demand, f"{fmt.name}: a binary format is made on demand"


def test_the_documents_are_the_binary_formats_and_each_has_a_writer():
    assert set(DOCUMENTS) == set(WRITERS) == {"docx", "odt"}


def test_the_cli_offers_every_format():
    parser = cli._parser()
    compose_parser = next(a for a in parser._subparsers._group_actions[0].choices.values()  # noqa: SLF001
                          if a.prog.endswith("compose"))
    choices = next(a.choices for a in compose_parser._actions if a.dest == "format")  # noqa: SLF001
    assert tuple(choices) == exports.NAMES


def test_page_formats_are_plain_data_in_button_order():
    page = page_formats()
    assert [f["name"] for f in page] == list(exports.NAMES)
    assert all(set(f) == {"name", "extension", "media_type", "label", "scope", "binary", "on_demand"} for f in page)


@pytest.mark.parametrize("fmt", [f for f in LETTER_TEXTS if f.scope == "letter"], ids=lambda f: f.name)
def test_every_letter_text_writer_makes_text(fmt):
    answers = parse(_example())
    letter = compose(answers, FIXED_TODAY)[0]
    assert fmt.write is not None
    output = fmt.write((letter,), answers)
    assert isinstance(output, str) and output.strip()


def test_the_html_document_is_a_full_page_around_the_escaped_article():
    html = to_html_document((EMAIL,))
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">") and html.endswith("</html>\n")
    assert to_html(EMAIL) in html
    assert "<title>Thank you - Data Analyst interview</title>" in html


def test_the_html_title_is_escaped_and_falls_back_to_the_recipient():
    hostile = replace(EMAIL, subject='Thanks <b>"you"</b> & co')
    assert "<title>Thanks &lt;b&gt;\"you\"&lt;/b&gt; &amp; co</title>" in to_html_document((hostile,))
    assert "<title>Letter to Dana Lee</title>" in to_html_document((replace(EMAIL, subject=None),))


def test_the_html_of_several_letters_is_one_page_named_for_them_all():
    other = replace(EMAIL, recipient_name="Sam Roe")
    html = to_html_document((EMAIL, other))
    assert html.count("<!DOCTYPE html>") == 1 and html.count('<article class="letter"') == 2
    assert "<title>Notes to Dana Lee, Sam Roe</title>" in html
    with pytest.raises(ValueError, match="at least one letter"):
        to_html_document(())


def test_the_cli_html_is_the_same_writer_as_the_page(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(example("thank-you"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "followup", "compose", str(path), "--format", "html",
                             "--today", FIXED_TODAY.isoformat()], capture_output=True, text=True, check=True)
    answers = parse(_example())
    assert result.stdout == to_html_document(compose(answers, FIXED_TODAY))


def _example() -> object:
    import json

    return json.loads(example("thank-you"))
