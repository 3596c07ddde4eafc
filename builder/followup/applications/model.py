"""The applications file's types: an application, its follow-up record, and what loading gives.

The record's fields are declared like the answers' (`followup.schema.Field`), so one validator
validates both, with the same messages, and one piece of code describes both as JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from followup.model import Answers, Problem
from followup.schema import ALL_KINDS, NAME_MAX, Choice, Field, field_by_path

APPLICATIONS_VERSION = 1
"""Version of the applications file format."""

MAX_APPLICATIONS = 1000
ID_MAX = 100

SENT = Field(
    "sent", "list", "Letters sent", "Letters marked as sent, oldest first.", item_label="Sent letter",
    max_items=100, fields=(
        Field("kind", "choice", "Letter type", required_for=ALL_KINDS, choices=field_by_path("kind").choices),
        Field("to", "string", "Sent to", "The interviewer's name as typed; empty when the letter names nobody.",
              max_length=NAME_MAX),
        Field("number", "integer", "Which check-in", "A check-in's number.", minimum=1, maximum=3),
        Field("date", "date", "Date sent", required_for=ALL_KINDS, required_hint="enter the day it was sent"),
    ))
OUTCOME = Field("outcome", "choice", "Outcome", "Where the process stands.", default="waiting", choices=(
    Choice("waiting", "Waiting to hear"), Choice("offer", "Offer"), Choice("rejected", "Rejected"),
    Choice("withdrawn", "Withdrawn"), Choice("no-reply", "No reply")))
"""Where an application stands; the page's Outcome control is rendered from it at build time."""
OUTCOMES = OUTCOME.choice_values()
RECORD_FIELDS: tuple[Field, ...] = (
    SENT,
    OUTCOME,
    Field("outcome_date", "date", "Outcome date", "When the outcome was set: a rejection's reply is due from it."),
)
APPLICATION_KEYS = ("id", "updated", "answers", "record")


@dataclass(frozen=True)
class Sent:
    """One letter marked as sent. `to` is for a thank-you; `number` (1-3) for a check-in only."""

    kind: str
    date: date
    to: str = ""
    number: int | None = None


@dataclass(frozen=True)
class Record:
    """An application's follow-up so far: letters sent (oldest first) and the outcome."""

    sent: tuple[Sent, ...] = ()
    outcome: str = "waiting"
    outcome_date: date | None = None


@dataclass(frozen=True)
class Application:
    """One interview process: its answers (one letter at a time) and its record.

    `updated` is the last edit as the page wrote it (ISO 8601 UTC), or "" when unknown.
    """

    id: str
    answers: Answers
    record: Record = field(default_factory=Record)
    updated: str = ""


@dataclass(frozen=True)
class Loaded:
    """What loading gives: the valid applications, in file order, and every problem found."""

    applications: tuple[Application, ...]
    problems: tuple[Problem, ...] = ()
