"""Every code gets an answer from each function of its `documents` table, and English's table
declares its API (`tests/followup/test_languages.py` holds every family against it)."""

from __future__ import annotations

import inspect

import pytest

from followup.documents.layout import PAGES, STYLES, DIN_STYLES
from followup.languages import CODES, get


def test_the_english_table_declares_every_public_name_it_has():
    english = get("en-US").table("documents")
    public = {name for name, value in vars(english).items() if not name.startswith("_") and name != "API" and (
        name.isupper() or (inspect.isfunction(value) and value.__module__ == english.__name__))}
    assert public == set(english.API)


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
