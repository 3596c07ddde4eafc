"""Every language family's `documents` table has what English's has, and every code gets an answer
from each of its functions (the check `tests/followup/test_languages.py` can take over as its own
test function for the documents table)."""

from __future__ import annotations

import inspect

import pytest

from followup.documents.layout import PAGES, STYLES, DIN_STYLES
from followup.languages import CODES, FAMILIES, LANGUAGES, get


def _table(family: str):
    return next(lang for lang in LANGUAGES if lang.family == family).table("documents")


def _public(module) -> dict[str, object]:
    """A table's constants (upper-case names) and its own functions."""
    return {name: value for name, value in vars(module).items() if not name.startswith("_") and (
        name.isupper() or (inspect.isfunction(value) and value.__module__ == module.__name__))}


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_every_name_and_key_of_the_english_documents_table(family):
    english, table = _public(_table("en")), _public(_table(family))
    assert {"ARRANGEMENT", "KIND_TITLES", "STYLE_NAMES", "paper", "recipient_block", "return_address",
            "style_name"} <= set(english)
    missing = sorted(set(english) - set(table))
    assert not missing, f"languages/{family}/documents.py lacks: {', '.join(missing)}"
    for name, value in english.items():
        if isinstance(value, dict) and name != "PAPER" and name != "ADDRESS_FORMS":
            lacking = sorted(set(value) - set(table[name]))
            assert not lacking, f"languages/{family}/documents.py {name} lacks: {', '.join(lacking)}"


@pytest.mark.parametrize("code", CODES)
def test_every_code_gets_a_paper_an_arrangement_and_a_name_for_every_style(code):
    table = get(code).table("documents")
    assert (table.ARRANGEMENT, table.paper(code)) in PAGES
    for style in {s.key: s for s in (*STYLES, *DIN_STYLES)}.values():
        name = table.style_name(style.key, code)
        assert name and (code != "de-CH" or "ß" not in name), (code, style.key)
    assert "{name}" in table.PAGE_TITLE_ONE and "{names}" in table.PAGE_TITLE_MANY
    assert table.SUBJECT_LABEL and table.UNTITLED


def test_a_german_user_sees_no_english_style_name():
    english = {s.name for s in (*STYLES, *DIN_STYLES)}
    for code in ("de-DE", "de-AT", "de-CH"):
        table = get(code).table("documents")
        assert not {table.style_name(s.key, code) for s in (*STYLES, *DIN_STYLES)} & english, code
