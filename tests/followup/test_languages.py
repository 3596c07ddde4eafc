"""What a letter language must provide: each family's tables compared with English's.

Like Material's translations check, a failure lists everything a family is missing, so adding a
language is a matter of filling in what the list names. Each table's check is a function of its
own (each table has its own owner).
"""

from __future__ import annotations

import importlib
import string

import pytest

from followup.checks.findings import RULES_SAID
from followup.languages import CODES, FAMILIES

OTHER_FAMILIES = [family for family in FAMILIES if family != "en"]


def _table(family: str, concern: str):  # noqa: ANN202 - a module
    return importlib.import_module(f"followup.languages.{family}.{concern}")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# --- messages: what `check` and `plan` say ----------------------------------------------------

@pytest.mark.parametrize("family", OTHER_FAMILIES)
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
