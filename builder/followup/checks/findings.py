"""What a check returns: findings, their levels, and where in the guide each is explained."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from followup.answers import Answers
from followup.english import format_date, weekday
from followup.names import address

Level = Literal["problem", "suggestion", "good"]

ANCHORS = {
    "missing-detail": "what-to-write/#specific-detail",
    "has-detail": "what-to-write/#specific-detail",
    "length": "what-to-write/#length",
    "resume-paste": "what-to-write/#your-strength",
    "no-name": "mistakes/#names",
    "placeholder": "mistakes/#placeholders",
    "emoji": "mistakes/#form",
    "panel-similar": "panel/#one-note-each",
    "late": "when/#late",
    "on-time": "when/#within-24-hours",
    "early-check-in": "check-in/#decision-date",
    "date-check": "when/#timeline",
    "third-check-in": "check-in/#how-many",
    "message-too-long": "channels/#short-message",
    "message-shortened": "channels/#short-message",
    "rejection-feedback": "rejection/#feedback",
    "reply-in-thread": "rejection/#reply",
    "check-in-thread": "check-in/#what-to-say",
    "address-as": "mistakes/#names",
    "rephrase": "what-to-write/#specific-detail",
    "subject": "channels/#email",
    "thin-note": "panel/#one-note-each",
    "letter-address": "channels/#letter",
    "sign-off": "mistakes/#form",
    "capitals": "mistakes/#form",
    "typo": "mistakes/#form",
    "link": "what-to-write/#specific-detail",
    "shortened-answer": "what-to-write/#specific-detail",
}
"""Where in the guide each finding is explained (site-relative URLs)."""

LEVEL_ORDER = {"problem": 0, "suggestion": 1, "good": 2}

# Word counts that read well, by letter kind, for email and printed letters.
# A thank-you is ideally 100-200 words; below 60 it says little, above 300 it is a chore.
# Check-ins and replies to a rejection are shorter by design.
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


def finding(level: Level, code: str, message: str, field: str | None = None) -> Finding:
    return Finding(level=level, code=code, message=message, anchor=ANCHORS[code], field=field)


def called(answers: Answers, i: int) -> str:
    """Interviewer `i` as the findings name them: as the letter greets them, or their whole name."""
    person = answers.interviewers[i]
    a = address(person.name, person.address_as, answers.language)
    return (a.given if a.certain else a.formal) or f"interviewer {i + 1}"


def when(d: date, style: str) -> str:
    """"Monday 30 November 2026" (en-GB) or "Monday, November 30, 2026" (en-US)."""
    day = weekday(d)
    return f"{day} {format_date(d, style)}" if style == "en-GB" else f"{day}, {format_date(d, style)}"


# --- the checks -------------------------------------------------------------------------


