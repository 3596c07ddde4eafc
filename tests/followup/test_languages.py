"""What a letter language must provide, compared with English's, failing with the list of what is missing.

Like Material for MkDocs' translations check: each family of `followup.languages.FAMILIES` is held
against English, the reference. Each table's owner checks it in a test function of its own below
(letters, messages, form, documents), so that the parts merge without touching each other.
"""

from __future__ import annotations

import importlib
import string
from datetime import date, time
from pathlib import Path

import pytest

from followup.checks.findings import RULES_SAID
from followup.languages import CODES, FAMILIES, LANGUAGES, get

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
OTHERS = [f for f in FAMILIES if f != "en"]


def _english(concern: str):
    return get("en-US").table(concern)


def _missing_names(family: str, concern: str, names: tuple[str, ...]) -> list[str]:
    table = next(lang for lang in LANGUAGES if lang.family == family).table(concern)
    return [f"{family}/{concern}.py: {name}" for name in names if not hasattr(table, name)]


def test_there_is_a_language_besides_english_to_check() -> None:
    assert OTHERS, "no family but English: the checks below would check nothing"


# --- letters (the composer's templates and the letters table) ---------------------------------


@pytest.mark.parametrize("family", OTHERS)
def test_every_letter_template_has_a_counterpart(family: str) -> None:
    english = sorted(p.name for p in (TEMPLATES / "en").glob("*.j2"))
    assert english, "English has no templates: the comparison would be empty"
    missing = [f"templates/{family}/{name}" for name in english if not (TEMPLATES / family / name).is_file()]
    assert missing == []


@pytest.mark.parametrize("family", OTHERS)
def test_the_letters_table_has_every_name_of_the_api(family: str) -> None:
    assert _missing_names(family, "letters", _english("letters").API) == []


@pytest.mark.parametrize("family", OTHERS)
def test_the_letters_tables_name_every_kind_and_stage(family: str) -> None:
    english, table = _english("letters"), next(l for l in LANGUAGES if l.family == family).table("letters")
    missing = [f"{family}/letters.py: {name}[{key!r}]" for name in ("KIND_NAMES", "STAGE_NAMES")
               for key in getattr(english, name) if not getattr(table, name, {}).get(key)]
    assert missing == []


@pytest.mark.parametrize("family", OTHERS)
def test_a_family_besides_english_reads_its_own_free_text(family: str) -> None:
    assert _missing_names(family, "reading", ("shape", "in_own_voice")) == []


@pytest.mark.parametrize("code", CODES)
def test_every_letters_function_answers_for_every_code(code: str) -> None:
    """Every function of the table works for every code of its family (region differences inside)."""
    words = get(code).table("letters")
    d, t = date(2026, 1, 26), time(17, 0)
    out = [words.format_date(d, code), words.format_date(d, code, with_year=False), words.numeric_date(d, code),
           words.weekday(d, code), words.month_name(1, code), words.time_of_day(t, code),
           words.when(d, date(2026, 1, 27), "warm", "email", code), words.spell("enquire", code),
           words.sign_off("", "formal", "letter", code, True), words.salutation("formal", "letter", None, "", code)]
    assert all(isinstance(x, str) and x for x in out), out


def test_english_forms_of_the_new_table_functions() -> None:
    words = _english("letters")
    assert words.time_of_day(time(17, 5), "en-US") == "5:05 PM"
    assert words.time_of_day(time(0, 30), "en-US") == "12:30 AM"
    assert words.time_of_day(time(17, 5), "en-GB") == "17:05"
    assert words.numeric_date(date(2026, 11, 6), "en-US") == "11/06/2026"
    assert words.numeric_date(date(2026, 11, 6), "en-GB") == "06/11/2026"
    assert words.KIND_NAMES["thank-you"] == "thank-you note"


def test_an_english_letter_loads_no_other_languages_tables() -> None:
    """A language's tables and reader load only when a letter in it is written (the browser's cost)."""
    import subprocess
    import sys

    code = ("import sys, json; from datetime import date; from followup.answers import loads; "
            "from followup.compose import compose; from followup.checks import check; "
            "a = loads(open(sys.argv[1], encoding='utf-8').read()); compose(a, date(2026, 11, 27)); "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('followup.languages.'))))")
    example = ROOT / "builder" / "followup" / "examples" / "thank-you.json"
    out = subprocess.run([sys.executable, "-c", code, str(example)], capture_output=True, text=True, check=True)
    loaded = out.stdout.strip()
    assert "followup.languages.en.letters" in loaded
    assert [f for f in OTHERS if f"followup.languages.{f}." in loaded] == []


# --- messages (what check, plan and validation say; owner: the checks) -------------------------

def _table(family: str, concern: str):  # noqa: ANN202 - a module
    return importlib.import_module(f"followup.languages.{family}.{concern}")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("family", OTHERS)
def test_every_english_message_key_exists_in_the_family_with_the_same_placeholders(family: str) -> None:
    english, other = _table("en", "messages"), _table(family, "messages")
    missing = sorted(set(english.MESSAGES) - set(other.MESSAGES))
    assert not missing, f"languages/{family}/messages.py MESSAGES lacks {len(missing)} keys: {missing}"
    unknown = sorted(set(other.MESSAGES) - set(english.MESSAGES))
    assert not unknown, f"languages/{family}/messages.py MESSAGES has keys English does not: {unknown}"
    differ = {key: (sorted(_placeholders(english.MESSAGES[key])), sorted(_placeholders(other.MESSAGES[key])))
              for key in english.MESSAGES if _placeholders(english.MESSAGES[key]) != _placeholders(other.MESSAGES[key])}
    assert not differ, f"languages/{family}/messages.py: placeholders differ from English's (en, {family}): {differ}"
    for name in ("ANCHORS", "ADVICE"):
        lacking = sorted(set(getattr(english, name)) - set(getattr(other, name)))
        assert not lacking, f"languages/{family}/messages.py {name} lacks: {lacking}"
    functions = [name for name in ("rule", "localise", "time_of_day", "number", "in_sentence", "after_colon")
                 if callable(getattr(english, name)) and not callable(getattr(other, name, None))]
    assert not functions, f"languages/{family}/messages.py lacks the functions: {functions}"
    unsaid = [rule for rule in RULES_SAID if not _says(other, rule)]
    assert not unsaid, f"languages/{family}/messages.py rule() has no words for: {unsaid}"


def _says(table, rule: str) -> bool:  # noqa: ANN001 - a module
    try:
        return bool(table.rule(rule))
    except KeyError:
        return False


@pytest.mark.parametrize("code", CODES)
def test_every_message_fills_in_for_every_code(code: str) -> None:
    from followup.checks.findings import say, table

    messages = table(code)
    for key, text in messages.MESSAGES.items():
        values = {name: 7 if name in ("hours", "minutes") else "X" for name in _placeholders(text)}
        said = say(code, key, **values)
        assert said.strip(), key
        if code == "de-CH":
            assert "ß" not in said, f"{key}: Switzerland writes ss"


# --- form (the builder's words for each answer; owner: site) --------------------------------------

FORM_DICTS = ("LABELS", "HELP", "PLACEHOLDERS", "REQUIRED_HINTS", "ITEM_LABELS", "CHOICES")


def _form(family: str):
    return next(lang for lang in LANGUAGES if lang.family == family).table("form")


def test_the_english_form_table_is_the_schema_said_again() -> None:
    from followup.applications.model import OUTCOME
    from followup.schema import TRACKING, field_by_path

    form = _english("form")
    assert form.LABELS["candidate.name"] == field_by_path("candidate.name").label
    assert form.CHOICES["tone"] == {c.value: c.label for c in field_by_path("tone").choices}
    assert form.HELP["tracking"] == TRACKING.help
    assert form.CHOICES["record.outcome"] == {c.value: c.label for c in OUTCOME.choices}
    assert "interviewers.name" in form.LABELS and "interviewers.0.name" not in form.LABELS


@pytest.mark.parametrize("family", OTHERS)
def test_the_form_table_has_every_key_and_choice_english_has(family: str) -> None:
    english, theirs = _english("form"), _form(family)
    missing = [f"{family}/form.py: {name}[{key!r}]" for name in FORM_DICTS
               for key in getattr(english, name).keys() - getattr(theirs, name, {}).keys()]
    missing += [f"{family}/form.py: CHOICES[{path!r}][{value!r}]" for path, values in english.CHOICES.items()
                for value in values.keys() - getattr(theirs, "CHOICES", {}).get(path, {}).keys()]
    extra = [f"{family}/form.py: {name}[{key!r}]" for name in FORM_DICTS
             for key in getattr(theirs, name, {}).keys() - getattr(english, name).keys()]
    assert missing == []
    assert extra == []


@pytest.mark.parametrize("family", FAMILIES)
def test_the_form_tables_words_are_never_empty(family: str) -> None:
    form = _form(family)
    empty = [f"{name}[{key!r}]" for name in FORM_DICTS if name != "CHOICES"
             for key, text in getattr(form, name).items() if not text.strip()]
    empty += [f"CHOICES[{path!r}][{value!r}]" for path, values in form.CHOICES.items()
              for value, text in values.items() if not text.strip()]
    assert empty == []


@pytest.mark.parametrize("code", CODES)
def test_every_code_reads_a_form_table(code: str) -> None:
    assert get(code).table("form").LABELS["company"]


# --- documents (the printed letter's and the downloads' words, paper and address field) --------


@pytest.mark.parametrize("family", OTHERS)
def test_the_documents_table_has_every_name_of_the_api(family: str) -> None:
    assert _missing_names(family, "documents", _english("documents").API) == []


@pytest.mark.parametrize("family", OTHERS)
def test_the_documents_tables_name_every_kind_and_style(family: str) -> None:
    english, table = _english("documents"), next(l for l in LANGUAGES if l.family == family).table("documents")
    missing = [f"{family}/documents.py: {name}[{key!r}]" for name in ("KIND_TITLES", "STYLE_NAMES")
               for key in getattr(english, name) if not getattr(table, name, {}).get(key)]
    assert missing == []
