"""The typed form of one answers file: what `followup.answers.parse` returns, and its errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class Candidate:
    name: str
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    address: str = ""


@dataclass(frozen=True)
class Interviewer:
    name: str
    title: str = ""
    email: str = ""
    topic: str = ""
    address_as: str = ""
    form_of_address: str = ""
    met_before: bool = False


@dataclass(frozen=True)
class Tracking:
    """The job search log's facts (`schema.TRACKING`); "" or None for anything not recorded."""

    date_applied: date | None = None
    method: str = ""
    posting: str = ""
    location: str = ""
    contact_name: str = ""
    contact_details: str = ""


@dataclass(frozen=True)
class Answers:
    kind: str
    company: str
    role: str
    candidate: Candidate
    internal: bool = False
    tone: str = "warm"
    channel: str = "email"
    message_to: str = "linkedin-note"
    language: str = "en-US"
    company_address: str = ""
    interview_date: date | None = None
    interview_time: time | None = None
    stage: str = "video"
    interviewers: tuple[Interviewer, ...] = ()
    their_needs: str = ""
    your_strength: str = ""
    forgot_to_mention: str = ""
    decision_date: date | None = None
    check_in_number: int = 1
    ask_for_feedback: bool = False
    sign_off: str = ""
    tracking: Tracking = Tracking()

    def free_texts(self) -> tuple[str, ...]:
        """Every free-text answer as typed: each interviewer's topic, the needs, the strength and
        what was forgot to mention (the answers the composer reads for their shape)."""
        return (*(p.topic for p in self.interviewers), self.their_needs, self.your_strength,
                self.forgot_to_mention)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an answers file: where (a dotted path) and what to do."""

    path: str  # e.g. "company", "interviewers.0.name"; "" for the document itself
    message: str


class AnswersError(ValueError):
    """The answers cannot be used; `problems` says every reason, in field order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))
