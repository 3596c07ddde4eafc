"""Every language family's form table (`followup.languages.<family>.form`) has exactly the keys English's
has (which come from the schema), every choice value of each choice field, and no empty words."""

from __future__ import annotations

import pytest

from followup import languages
from followup.applications.model import RECORD_FIELDS
from followup.schema import FIELDS

DICTS = ("LABELS", "HELP", "PLACEHOLDERS", "REQUIRED_HINTS", "ITEM_LABELS", "CHOICES")
FAMILY_CODES = {family: next(lang for lang in languages.LANGUAGES if lang.family == family) for family in languages.FAMILIES}


def _form(family: str):
    return FAMILY_CODES[family].table("form")


def test_english_form_table_is_the_schema_said_again():
    form = _form("en")
    assert form.LABELS["candidate.name"] == next(f for f in FIELDS if f.name == "candidate").fields[0].label
    assert form.CHOICES["tone"] == {c.value: c.label for c in next(f for f in FIELDS if f.name == "tone").choices}
    assert form.LABELS["record.outcome"] == next(f for f in RECORD_FIELDS if f.name == "outcome").label
    assert "interviewers.0.name" not in form.LABELS and "interviewers.name" in form.LABELS


@pytest.mark.parametrize("family", [f for f in languages.FAMILIES if f != "en"])
def test_form_table_has_every_key_english_has(family):
    english, theirs = _form("en"), _form(family)
    missing = {name: sorted(getattr(english, name).keys() - getattr(theirs, name).keys()) for name in DICTS}
    extra = {name: sorted(getattr(theirs, name).keys() - getattr(english, name).keys()) for name in DICTS}
    choices = {path: sorted(values.keys() - theirs.CHOICES.get(path, {}).keys())
               for path, values in english.CHOICES.items()}
    assert not any(missing.values()), f"languages/{family}/form.py lacks: {missing}"
    assert not any(extra.values()), f"languages/{family}/form.py has keys English does not: {extra}"
    assert not any(choices.values()), f"languages/{family}/form.py lacks choice values: {choices}"


@pytest.mark.parametrize("family", languages.FAMILIES)
def test_form_table_words_are_not_empty(family):
    form = _form(family)
    empty = [f"{name}[{key}]" for name in DICTS if name != "CHOICES" for key, text in getattr(form, name).items()
             if not text.strip()]
    empty += [f"CHOICES[{path}][{value}]" for path, values in form.CHOICES.items() for value, text in values.items()
              if not text.strip()]
    assert not empty


@pytest.mark.parametrize("code", languages.CODES)
def test_every_language_code_reads_a_form_table(code):
    assert languages.get(code).table("form").LABELS["company"]
