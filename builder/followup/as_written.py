"""The answers that name things, as a letter writes them: a name, a job title or a company's name
typed all in capitals (or all in small letters), in its ordinary capitals.

One place decides it, and every side reads it: `compose` writes the letter from `as_written(answers)`
(the greeting, the signature, the address blocks, the subject, a document's author), and `check`
names each field in `changes(answers)` with the form the letter used, so nothing typed is changed
without the writer being told.

  names      a person's name (yours, each interviewer's) typed all in capitals or all in small
             letters: `names.ordinary_capitals` ("dana lee" -> "Dana Lee", "ANNE-MARIE O'NEILL" ->
             "Anne-Marie O'Neill"); a name in mixed capitals is the person's own spelling, kept.
  titles     the role and each interviewer's job title typed in capitals ("LEGAL SECRETARY",
             "HEAD OF DATA"), or, in a language whose nouns take a capital, in small letters
             ("sachbearbeiterin im einkauf"): each word capitalised, except the language's small
             words after the first (`TITLE_SMALL_WORDS`: "Head of Data", "Sachbearbeiterin im
             Einkauf") and acronyms ("SENIOR UX DESIGNER" -> "Senior UX Designer"). A title of
             acronyms alone ("CEO", "VP HR") is kept. An English title in small letters reads right
             in a sentence ("the legal secretary position") and is kept.
  company    the company's name typed in capitals over several words ("HALDEN FREIGHT SYSTEMS LTD")
             reads as shouting in a sentence: each word capitalised as a title's, acronyms kept,
             a legal form as it is written (`LEGAL_FORMS`: "Ltd", "GmbH", "e.V."). A name of one
             word ("ADIDAS", "IKEA") or in small letters ("adidas", "northwind traders") is kept:
             only the company knows whether it is spelt so, and `check` asks (`careless_case`).
"""

from __future__ import annotations

import dataclasses
import re

from followup.answer_cache import answer_cache
from followup.languages import get
from followup.model import Answers
from followup.names import capitalised, has_case, ordinary_capitals
from followup.typed import is_acronym, is_shouting
from followup.wording import clean

LEGAL_FORMS = {form.upper(): form for form in """Ltd Ltd. Inc Inc. Co Co. Corp Corp. LLC LLP PLC LP GmbH gGmbH mbH
                                                 AG KG KGaA SE UG OHG GbR e.V. eG SA SAS SARL BV NV AB AS Oy""".split()}
"""Legal forms by their capitals, as each is written: one table for every letter language, since a
letter in German may go to a "Ltd" and one in English to a "GmbH"."""
COMPANY_WORD = 4
"""A company's name in capitals is changed (or, of one word, asked about) only with a word this long
that is not an acronym or a legal form: "SAP SE" and "BMW AG" are written so; "ACME CORP" is not."""
LONG_WORD = 6
"""A lone word in capitals this long is shouted, not an acronym ("ANALYST", "DESIGNER"; "CEO" is kept)."""


def careless_case(text: str) -> str:
    """"lower" or "upper" when every letter of `text` is small or every one a capital (and it has at
    least four letters, in a script with capitals); "" otherwise. "IT" and "hr" are too short to tell."""
    typed = clean(text)
    if not has_case(typed) or sum(ch.isalpha() for ch in typed) < 4:
        return ""
    return "lower" if typed.islower() else "upper" if typed.isupper() else ""


def has_long_word(company: str) -> bool:
    """True when a company's name has a word of `COMPANY_WORD` letters or more that is neither an
    acronym nor a legal form (see `COMPANY_WORD`)."""
    words = re.findall(r"[^\W\d_][\w&.]*", company)
    return any(len(w) >= COMPANY_WORD and not is_acronym(w) and w.upper() not in LEGAL_FORMS for w in words)


def _shouted(title: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w&'’-]*", title) if len(w) > 1]
    return is_shouting(title) or any(len(w) >= LONG_WORD and not is_acronym(w) for w in words)


@answer_cache(maxsize=256)
def job_title(title: str, code: str) -> str:
    """A role or job title in the letter: see the module docstring ("titles").

    Edge cases: a word with a hyphen is capitalised part by part ("FULL-STACK" -> "Full-Stack"); what
    starts with a bracket or a digit is left as typed ("(m/w/d)", "3D").
    """
    typed = clean(title)
    case = careless_case(typed)
    words = get(code).table("letters")
    if not case or (case == "upper" and not _shouted(typed)) or (case == "lower" and not words.NOUNS_CAPITALISED):
        return typed
    return _title_case(typed, words.TITLE_SMALL_WORDS)


@answer_cache(maxsize=256)
def company_name(name: str, code: str) -> str:
    """The company's name in the letter: see the module docstring ("company")."""
    typed = clean(name)
    if careless_case(typed) != "upper" or not is_shouting(typed) or not has_long_word(typed):
        return typed
    return _title_case(typed, get(code).table("letters").TITLE_SMALL_WORDS, LEGAL_FORMS)


def _title_case(typed: str, small: frozenset[str], forms: dict[str, str] | None = None) -> str:
    """Each word capitalised, except `small` words after the first, a legal form (`forms`) as it is
    written, acronyms among words in capitals, and what does not start with a letter."""
    out = []
    words = typed.split()
    for i, word in enumerate(words):
        low = word.lower()
        if forms and word.upper() in forms and (i == len(words) - 1 or low not in small):  # "AS" is a form last
            out.append(forms[word.upper()])
        elif i > 0 and low in small:
            out.append(low)
        elif word.isupper() and is_acronym(word):
            out.append(word)
        else:
            out.append(capitalised(low) if word[:1].isalpha() else word)
    return " ".join(out)


def as_written(answers: Answers) -> Answers:
    """The answers with every name, job title and company name as the letter writes it (the same
    object when nothing changes, so a letter's caches keep their keys)."""
    return _read(answers)[1]


def changes(answers: Answers) -> tuple[tuple[str, str, str], ...]:
    """(field path, as typed, as the letter writes it) for every name and title the letter changes."""
    return _read(answers)[0]


_LAST: list[tuple[Answers, tuple[tuple[tuple[str, str, str], ...], Answers]]] = []
"""The last answers read, with their changes and as written: a render asks several times (the
letter, the checks, a document) with the same answers object, which is frozen."""


def _read(answers: Answers) -> tuple[tuple[tuple[str, str, str], ...], Answers]:
    if not (_LAST and _LAST[0][0] is answers):
        found = _changes(answers)
        _LAST[:] = [(answers, (found, _with(answers, found) if found else answers))]
    return _LAST[0][1]


def _with(answers: Answers, found: tuple[tuple[str, str, str], ...]) -> Answers:
    written = {path: new for path, _, new in found}
    candidate = dataclasses.replace(answers.candidate, name=written.get("candidate.name", answers.candidate.name))
    people = tuple(dataclasses.replace(p, name=written.get(f"interviewers.{i}.name", p.name),
                                       title=written.get(f"interviewers.{i}.title", p.title))
                   for i, p in enumerate(answers.interviewers))
    return dataclasses.replace(answers, candidate=candidate, interviewers=people,
                               role=written.get("role", answers.role), company=written.get("company", answers.company))


@answer_cache(maxsize=256)
def person_name(name: str) -> str:
    """A person's name in the letter: see the module docstring ("names")."""
    return ordinary_capitals(clean(name))


def _changes(answers: Answers) -> tuple[tuple[str, str, str], ...]:
    code = answers.language

    def title(text: str) -> str:
        return job_title(text, code)

    def company(text: str) -> str:
        return company_name(text, code)

    typed = [("candidate.name", answers.candidate.name, person_name), ("company", answers.company, company),
             ("role", answers.role, title)]
    for i, p in enumerate(answers.interviewers):
        typed += [(f"interviewers.{i}.name", p.name, person_name), (f"interviewers.{i}.title", p.title, title)]
    out = []
    for path, text, write in typed:
        text = clean(text)
        new = write(text)
        if new != text:
            out.append((path, text, new))
    return tuple(out)
