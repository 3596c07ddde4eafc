"""Messages in a letter language: one key of the language's `messages` table, filled in.

Everything `check`, `plan` and validation say is a key of `followup.languages.<family>.messages`
(the English module documents the table). This module is the one way to read it, light enough
for validation to import on the builder's first start: a family's table is imported only when
a message in that family is said.

Edge cases: an unknown code is the default language's (validation reports the code on the
`language` field); the region's spelling (`localise`) applies to the table's own words, never to
the values filled in, so a name typed with "ß" keeps it in Swiss German; a key the family lacks
is a KeyError (`tests/followup/test_languages.py` keeps every family complete).
"""

from __future__ import annotations

from types import ModuleType

from followup import languages


def table(code: str) -> ModuleType:
    """The `messages` table of language `code`."""
    return languages.get(code).table("messages")


def say(code: str, key: str, /, **values: object) -> str:
    """Message `key` in language `code`, its placeholders filled in with `values`."""
    messages = table(code)
    text = messages.REGIONAL.get(code, {}).get(key) or messages.MESSAGES[key]
    return str(messages.localise(text, code).format(**values))


def rule(code: str, name: str) -> str:
    """A rule of `followup.rules` in the words of language `code`, its region's spelling applied."""
    messages = table(code)
    return str(messages.localise(messages.rule(name), code))


def in_sentence(code: str, label: str) -> str:
    """A form label as running text writes it: "interviewer" in English, "Gesprächspartner" in German."""
    return str(table(code).in_sentence(label))
