"""Letter languages: the one seam between the composer and the language a letter is written in.

A language is a folder, `followup/languages/<family>/`, holding one table module per concern,
and a template folder, `templates/<family>/`:

  letters     the letter's words and forms: salutations, sign-offs, titles, dates, kinds, stages
  messages    what `check` and `plan` say
  form        the builder's labels, hints and choices for each answer (English: the schema's own)
  documents   the printed letter's layout words and paper

Regional variants (en-US and en-GB, de-DE, de-AT and de-CH) share a family's folder; a table
that differs by region takes the code. Adding a language is a folder, a template folder and one
`LANGUAGES` entry; `tests/followup/test_languages.py` lists what a family is missing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType


@dataclass(frozen=True)
class Language:
    """One letter language: its answer value (`code`), the folder it reads (`family`) and its own name."""

    code: str
    family: str
    name: str
    """The language's name in itself, as a chooser lists it ("Deutsch (Österreich)")."""

    def table(self, concern: str) -> ModuleType:
        """The family's table for one concern (`letters`, `messages`, `form`, `documents`), imported on
        first use, so a letter in one language never loads another's tables."""
        return _table(self.family, concern)

    @property
    def tag(self) -> str:
        """The BCP 47 tag documents and pages declare (`lang`, `xml:lang`, `w:lang`)."""
        return self.code


@cache
def _table(family: str, concern: str) -> ModuleType:
    # Looked up on every phrase a letter says: importlib's own lookup costs more than the phrase.
    return importlib.import_module(f"{__name__}.{family}.{concern}")


LANGUAGES: tuple[Language, ...] = (
    Language("en-US", "en", "English (US)"),
    Language("en-GB", "en", "English (UK)"),
    Language("de-DE", "de", "Deutsch (Deutschland)"),
    Language("de-AT", "de", "Deutsch (Österreich)"),
    Language("de-CH", "de", "Deutsch (Schweiz)"),
)
"""Every letter language, in the order a chooser lists them; the first is the default."""

CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(lang.family for lang in LANGUAGES))
DEFAULT = LANGUAGES[0]


_BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}


def get(code: str) -> Language:
    """The language with this answer value; an unknown code is the default's (validation reports it
    on the `language` field before any letter is written), an unhashable one (bad JSON) too."""
    try:
        return _BY_CODE.get(code, DEFAULT)
    except TypeError:
        return DEFAULT
