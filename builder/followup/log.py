"""The job search log: every contact of every application in a date range, one row each.

A work-search record (a US state's weekly log, a German "Bewerbungsnachweis", a UK Universal
Credit journal) asks for the same few things per contact: the date, the employer, the position,
who, how, and what came of it. The rows come from what the builder already keeps: the answers
(`tracking` for the application itself, the interview and its interviewers) and the record
(letters marked sent, the outcome). Pure functions of their arguments: every "today" is passed
in, never read from the clock.

Edge cases:
- A fact not recorded gives no row (no date applied: no "applied" row; no interview date: no
  interview rows); an interview without interviewers is one row with no contact.
- A thank-you sent to nobody by name (`Sent.to == ""`) names every interviewer.
- The result column is where the application stands now (the record's outcome), the same on
  each of its rows: a log is written after the fact, and "no decision yet" is a result.
- The method of a letter is the answers' channel: the record keeps when a letter was sent, not how.
- Rows are ordered by date, then employer, then the order of `ACTIVITIES`; ties keep file order.
- The log is written in one language (`log_style`: the one most applications are in), its words
  from that language's messages table (`log.*` keys) and form choices; the dates stay YYYY-MM-DD,
  which every spreadsheet reads, and the range's label is written the language's way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from followup import languages
from followup.applications import Application
from followup.say import say
from followup.schema import field_by_path
from followup.wording import join_names

ACTIVITIES = ("applied", "interview", "thank-you", "check-in", "outcome", "after-rejection")
"""Every kind of row, in the order rows of one day and employer are listed."""

COLUMN_KEYS = ("date", "activity", "employer", "position", "contact", "method", "result", "location", "posting")
"""The log's columns; each one's name is the messages table's `log.column.<key>`."""


def columns(language: str = languages.DEFAULT.code) -> tuple[str, ...]:
    """The plain names a spreadsheet's header row shows, in `language`."""
    return tuple(say(language, f"log.column.{key}") for key in COLUMN_KEYS)


def result(outcome: str, language: str = languages.DEFAULT.code) -> str:
    """The result column's words for one of the record's outcomes (`applications.OUTCOMES`)."""
    return say(language, f"log.result.{outcome}")


COLUMNS = columns()
"""The English column names (`columns`)."""

_ORDER = {name: i for i, name in enumerate(ACTIVITIES)}

WeekStart = Literal["monday", "sunday"]


@dataclass(frozen=True)
class Row:
    """One contact: what happened on `date` with which employer, whom, how, and the result."""

    date: date
    activity: str
    employer: str
    position: str
    contact: str = ""
    method: str = ""
    result: str = ""
    location: str = ""
    posting: str = ""

    def cells(self, language: str = languages.DEFAULT.code) -> tuple[str, ...]:
        """The row as text, in `COLUMNS` order (the date as YYYY-MM-DD, which every spreadsheet reads),
        the activity in `language`."""
        return (self.date.isoformat(), say(language, f"log.activity.{self.activity}"), self.employer, self.position,
                self.contact, self.method, self.result, self.location, self.posting)


@dataclass(frozen=True)
class Range:
    """The days from `start` to `end`, both included."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def label(self, style: str = "en-US") -> str:
        """ "23–29 November 2026" / "November 23–29, 2026" / "23.–29. November 2026"; across months
        "30 November – 6 December 2026", the year once when both ends share it."""
        format_date = languages.get(style).table("letters").format_date
        if self.start == self.end:
            return str(format_date(self.start, style))
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            whole = str(format_date(self.end, style))  # "29 November 2026", "November 29, 2026", "29. November 2026"
            day = f"{self.end.day}." if whole.startswith(f"{self.end.day}.") else f"{self.end.day}"
            return whole.replace(day, f"{self.start.day}{day[len(str(self.end.day)):]}–{day}", 1)
        same_year = self.start.year == self.end.year
        return f"{format_date(self.start, style, with_year=not same_year)} – {format_date(self.end, style)}"


def week_start(style: str) -> WeekStart:
    """US English weeks run Sunday to Saturday; every other style's Monday to Sunday (ISO 8601)."""
    return "sunday" if style == "en-US" else "monday"


def this_week(today: date, starts: WeekStart = "monday") -> Range:
    """The week `today` is in (a week across New Year is one week, not two)."""
    back = (today.weekday() + 1) % 7 if starts == "sunday" else today.weekday()
    first = today - timedelta(days=back)
    return Range(first, first + timedelta(days=6))


def last_week(today: date, starts: WeekStart = "monday") -> Range:
    """The whole week before `today`'s."""
    week = this_week(today, starts)
    return Range(week.start - timedelta(days=7), week.start - timedelta(days=1))


def this_month(today: date) -> Range:
    """The calendar month `today` is in, from its first day to its last."""
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Range(first, following - timedelta(days=1))


def custom(start: date, end: date) -> Range:
    """The days from `start` to `end`; raises ValueError (naming both ends) when `end` comes first."""
    if end < start:
        raise ValueError(f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()}): "
                         "swap the two dates")
    return Range(start, end)


def common(values: Iterable[str], fallback: str = "") -> str:
    """The value given most often, the first of equals; `fallback` when none is given."""
    counts = Counter(v for v in values if v)
    if not counts:
        return fallback
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def log_style(applications: Sequence[Application]) -> str:
    """The English style of the log: the one most of the applications are written in."""
    return common((a.answers.language for a in applications), "en-US")


def person(applications: Sequence[Application]) -> str:
    """The name at the top of the log: the candidate's name most of the applications give."""
    return common(a.answers.candidate.name for a in applications)


def _label(path: str, value: str, language: str) -> str:
    """A choice's words in `language` (its form's, else the schema's)."""
    if not value:
        return ""
    english = next((c.label for c in field_by_path(path).choices if c.value == value), value)
    try:
        choices = getattr(languages.get(language).table("form"), "CHOICES", {})
    except ModuleNotFoundError:
        choices = {}
    return str(choices.get(path, {}).get(value) or english)


def _with(name: str, detail: str) -> str:
    return f"{name} ({detail})" if name and detail else name or detail


def application_rows(app: Application, language: str = languages.DEFAULT.code) -> list[Row]:
    """Every row of one application, whatever its dates, in `ACTIVITIES` order (letters of one kind
    oldest first, as the record keeps them), its words in `language`."""
    a, record, facts = app.answers, app.record, app.answers.tracking
    base = dict(employer=a.company, position=a.role, result=result(record.outcome, language),
                location=facts.location, posting=facts.posting)
    own_contact = _with(facts.contact_name, facts.contact_details)
    people = [i.name for i in a.interviewers]
    channel = _label("channel", a.channel, language)
    rows: list[Row] = []
    if facts.date_applied is not None:
        rows.append(Row(facts.date_applied, "applied", contact=own_contact,
                        method=_label("tracking.method", facts.method, language), **base))
    if a.interview_date is not None:
        stage = _label("stage", a.stage, language)
        for who in a.interviewers or (None,):
            contact = _with(who.name, who.title) if who is not None else ""
            rows.append(Row(a.interview_date, "interview", contact=contact, method=stage, **base))
    for sent in record.sent:
        if sent.to:
            contact = sent.to
        elif sent.kind == "thank-you":
            contact = join_names(people, say(language, "and").strip())
        else:
            contact = people[0] if people else own_contact
        rows.append(Row(sent.date, sent.kind, contact=contact, method=channel, **base))
    if record.outcome != "waiting" and record.outcome_date is not None:
        rows.append(Row(record.outcome_date, "outcome", contact=own_contact or (people[0] if people else ""),
                        **base))
    return sorted(rows, key=lambda r: _ORDER[r.activity])


def rows(applications: Sequence[Application], within: Range, language: str = languages.DEFAULT.code) -> list[Row]:
    """The log: every row of every application dated within the range, oldest first, in `language`."""
    found = [row for app in applications for row in application_rows(app, language) if row.date in within]
    return sorted(found, key=lambda r: (r.date, r.employer.casefold(), _ORDER[r.activity]))
