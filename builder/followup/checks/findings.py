"""What a check returns: findings, their levels, where in the guide each is explained, and their words.

Every word a finding says comes from the `messages` table of the answers' language
(`followup.languages.<family>.messages`, see the English one for the contract): `say` fills in
one of its keys (`followup.say`), `find` makes a finding of it with the link into that
language's guide. Dates, weekdays and times are written by `format_date`, `weekday`, `clock`
and `when` in the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Literal

from followup import languages
from followup.answers import Answers
from followup.languages.en import messages as english
from followup.names import address
from followup.say import say, table

Level = Literal["problem", "suggestion", "good"]

ANCHORS: dict[str, str] = english.ANCHORS
"""Where in the English guide each finding is explained (site-relative URLs); every family's
`messages.ANCHORS` has the same codes, linking into its own guide where it has the advice."""

RULES_SAID = ("send_within", "send_within_hours", "after_decision_date", "without_decision_date", "earliest_days",
              "late_thank_you", "no_third_check_in", "second_check_in_shorter")
"""The rules the findings and the reminders state (`rule`): every family's `messages.rule` has words for each."""

LEVEL_ORDER = {"problem": 0, "suggestion": 1, "good": 2}

@dataclass(frozen=True)
class Finding:
    """One piece of advice about the answers or the letters.

    `anchor` is a site-relative link into the guide; `field` the dotted path of
    the answer to change (None when it is about the letter as a whole).
    """

    level: Level
    code: str
    message: str
    anchor: str
    field: str | None = None


def link(code: str, finding_code: str) -> str:
    """Where language `code`'s guide explains `finding_code` (site-relative)."""
    return str(table(code).ANCHORS[finding_code])


def find(code: str, level: Level, finding_code: str, key: str, field: str | None = None,
         /, **values: object) -> Finding:
    """A finding whose message is `say(code, key, **values)`, linked to where language `code`'s guide
    explains `finding_code`."""
    return Finding(level=level, code=finding_code, message=say(code, key, **values),
                   anchor=link(code, finding_code), field=field)


def format_date(d: date, code: str, with_year: bool = True) -> str:
    """"26. November 2026", "November 26, 2026", "26 November 2026": a date in running text."""
    return str(languages.get(code).table("letters").format_date(d, code, with_year))


def weekday(d: date, code: str) -> str:
    return str(languages.get(code).table("letters").weekday(d, code))


def clock(t: time, code: str) -> str:
    """A time of day as the findings write it ("17:00", "17:00 Uhr")."""
    return str(table(code).time_of_day(t, code))


def called(answers: Answers, i: int) -> str:
    """Interviewer `i` as the findings name them: as the letter greets them, or their whole name."""
    person = answers.interviewers[i]
    a = address(person.name, person.address_as, answers.language)
    return (a.given if a.certain else a.formal) or say(answers.language, "interviewer", n=i + 1)


def when(d: date, code: str) -> str:
    """"Monday 30 November 2026" (en-GB), "Monday, November 30, 2026" (en-US), "Montag, 30. November 2026"."""
    return say(code, "when", weekday=weekday(d, code), date=format_date(d, code))
