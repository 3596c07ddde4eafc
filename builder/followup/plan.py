"""The follow-up plan: what to send next for one application, and when.

Following up is a sequence: a thank-you to each interviewer within a day, a check-in after
the decision date, a second one a week after the first was sent, then moving on; a
rejection gets a short reply. The dates are `followup.timing`'s (the guide's rules as
arithmetic); this module only decides which step comes next from the answers and the
record of what was sent. Pure functions of their arguments: `today` is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from followup.answers import Answers
from followup.applications import Record
from followup.checks.timing import COMBINE_AFTER_DAYS
from followup.compose import MAX_CHECK_INS
from followup.english import format_date
from followup.names import matches
from followup.timing import BETWEEN_CHECK_INS, REPLY_WITHIN, Timing, add_business_days, timing_for
from followup.wording import join_names

ADVICE = {
    "move-on": "check-in/#how-many",
    "offer": "offer/#first-reply",
    "rejected": "rejection/#keep-in-touch",
    "no-reply": "check-in/#how-many",
}
"""Where the guide says what to do once the builder has nothing more to write (site-relative)."""


@dataclass(frozen=True)
class Step:
    """The next step of one application (the JSON shape is `to_dict`'s, fixed by the team contract).

    `step`: thank-you | check-in | reply | move-on | done. `kind` and `check_in_number`: the
    letter the step's action starts (None for move-on and done). `to`: for a thank-you, the
    interviewers not yet thanked. `due`/`due_time`: when it is due (None when not known or
    nothing is). `label`: one line in the answers' English style. `advice`: a guide link.
    """

    step: str
    label: str
    kind: str | None = None
    check_in_number: int | None = None
    to: tuple[str, ...] = ()
    due: date | None = None
    due_time: time | None = None
    overdue: bool = False
    advice: str | None = None


def next_step(answers: Answers, record: Record, today: date, now: datetime | None = None) -> Step:
    """What to send next, from the answers, the record and the day (and local time) of asking.

    Rules, in order:
    - Offer, withdrawn, no reply: done, with the guide's advice where it has some.
    - A rejection (outcome "rejected", or answers already written as a reply to one): a reply
      due `REPLY_WITHIN` business days after the outcome date (no date: due unknown); once a
      reply is recorded as sent, done.
    - Waiting: a thank-you to every interviewer not yet thanked (a thank-you sent to nobody by
      name thanks them all), due at `timing.send_by`; it is overdue from that time when `now`
      is given, else from the next day. It is skipped once a check-in was sent or is being
      written (answers of kind check-in), and once a thank-you would come late: from a week
      after the interview and not before a check-in may be sent (the guide then says to write
      a check-in instead).
    - Then the first check-in, due at `timing.check_in`; the second a week (five business
      days) after the first was sent, never before `timing.second_check_in` (which is also
      its date when the first was not recorded). Check-ins written but not recorded (answers
      of kind check-in, number n) count as the n - 1 before it.
    - After two check-ins: move on. There is never a third check-in.
    A check-in with no interview date known has no due date (the answers format requires one,
    so only a record can lead there).
    """
    timing = timing_for(answers)
    if record.outcome in ("offer", "withdrawn", "no-reply"):
        return _done(answers, record.outcome)
    if record.outcome == "rejected" or answers.kind == "after-rejection":
        return _rejection(answers, record, today)
    if _thanking(answers, record, today, timing):
        return _thank_you(answers, record, today, now, timing)
    done = _check_ins_done(answers, record)
    if done >= MAX_CHECK_INS:
        return Step("move-on", f"No reply from {answers.company} after two check-ins: time to move on",
                    advice=ADVICE["move-on"])
    number = done + 1
    due = None if timing is None else timing.check_in
    if number == 2 and timing is not None:
        first = max((s.date for s in record.sent if s.kind == "check-in" and s.number == 1), default=None)
        if first is not None:
            due = max(timing.second_check_in, add_business_days(first, BETWEEN_CHECK_INS))
        else:
            due = timing.second_check_in
    what = f"Check in with {answers.company}" if number == 1 else f"Send {answers.company} a second check-in"
    return Step("check-in", _dated(what, "on", due, None, answers.language, today), kind="check-in",
                check_in_number=number, due=due, overdue=due is not None and due < today)


def _thanking(answers: Answers, record: Record, today: date, timing: Timing | None) -> bool:
    if answers.kind == "check-in" or any(s.kind == "check-in" for s in record.sent):
        return False
    if not _unthanked(answers, record):
        return False
    if timing is None or answers.interview_date is None:
        return True
    late = (today - answers.interview_date).days >= COMBINE_AFTER_DAYS and today >= timing.earliest_check_in
    return not late


def _unthanked(answers: Answers, record: Record) -> tuple[str, ...]:
    thanked = [s.to for s in record.sent if s.kind == "thank-you"]
    if "" in thanked:
        return ()
    return tuple(i.name for i in answers.interviewers if not any(matches(t, i.name) for t in thanked))


def _thank_you(answers: Answers, record: Record, today: date, now: datetime | None,
               timing: Timing | None) -> Step:
    to = _unthanked(answers, record)
    what = f"Thank {join_names(list(to))} at {answers.company}"
    if timing is None:
        return Step("thank-you", what, kind="thank-you", to=to)
    by = timing.send_by
    overdue = now > by if now is not None else today > by.date()
    return Step("thank-you", _dated(what, "by", by.date(), by.time(), answers.language, today), kind="thank-you",
                to=to, due=by.date(), due_time=by.time(), overdue=overdue)


def _check_ins_done(answers: Answers, record: Record) -> int:
    recorded = [s.number or 1 for s in record.sent if s.kind == "check-in"]
    written = answers.check_in_number - 1 if answers.kind == "check-in" else 0
    return max([written, *recorded])


def _rejection(answers: Answers, record: Record, today: date) -> Step:
    if any(s.kind == "after-rejection" for s in record.sent):
        return Step("done", f"You replied to the decision from {answers.company}", advice=ADVICE["rejected"])
    due = None if record.outcome_date is None else add_business_days(record.outcome_date, REPLY_WITHIN)
    what = f"Reply to the decision from {answers.company}"
    return Step("reply", _dated(what, "by", due, None, answers.language, today), kind="after-rejection", due=due,
                overdue=due is not None and due < today, advice="rejection/#reply")


def _done(answers: Answers, outcome: str) -> Step:
    label = {"offer": f"{answers.company} made you an offer",
             "withdrawn": f"You withdrew from the process at {answers.company}",
             "no-reply": f"No reply from {answers.company}: moved on"}[outcome]
    return Step("done", label, advice=ADVICE.get(outcome))


def _dated(what: str, word: str, due: date | None, at: time | None, style: str, today: date) -> str:
    """ "Check in with X on 8 December"; the year only when it is not this year's; a time as 14:30."""
    if due is None:
        return what
    day = format_date(due, style, with_year=due.year != today.year)
    return f"{what} {word} {at:%H:%M} on {day}" if at is not None else f"{what} {word} {day}"


_GROUPS = {"move-on": 2, "done": 3}


def sort_key(step: Step | None) -> tuple[int, date, time]:
    """Order of a list of next steps: overdue first, then by due date and time (unknown dates
    after known ones), then move-on, then done, then applications without a step (None).
    Ties keep their order in a stable sort (`sorted`), so equal steps stay in file order."""
    if step is None:
        return (4, date.max, time.max)
    group = 0 if step.overdue else _GROUPS.get(step.step, 1)
    return (group, step.due or date.max, step.due_time or time.max)


def to_dict(step: Step | None) -> dict[str, Any] | None:
    """The step as JSON (the team contract's shape); None stays None."""
    if step is None:
        return None
    return {
        "step": step.step,
        "kind": step.kind,
        "check_in_number": step.check_in_number,
        "to": list(step.to),
        "due": step.due.isoformat() if step.due else None,
        "due_time": step.due_time.strftime("%H:%M") if step.due_time else None,
        "overdue": step.overdue,
        "label": step.label,
        "advice": step.advice,
    }
