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
from followup.checks.findings import clock, format_date, say, table
from followup.checks.timing import COMBINE_AFTER_DAYS
from followup.compose import MAX_CHECK_INS
from followup.languages import DEFAULT
from followup.names import matches
from followup.timing import BETWEEN_CHECK_INS, REPLY_WITHIN, Timing, add_business_days, timing_for
from followup.wording import join_names

ADVICE: dict[str, str] = table(DEFAULT.code).ADVICE
"""Where the English guide says what to do once the builder has nothing more to write, and how to
reply to a rejection (site-relative); each family's `messages.ADVICE` links into its own guide."""


@dataclass(frozen=True)
class Step:
    """The next step of one application (the JSON shape is `to_dict`'s, fixed by the team contract).

    `step`: thank-you | check-in | reply | move-on | done. `kind` and `check_in_number`: the
    letter the step's action starts (None for move-on and done). `to`: for a thank-you, the
    interviewers not yet thanked. `due`/`due_time`: when it is due (None when not known or
    nothing is). `label`: one line in the answers' language. `advice`: a link into that
    language's guide (its English page where it has none of its own).
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
    lang = answers.language
    timing = timing_for(answers)
    if record.outcome in ("offer", "withdrawn", "no-reply"):
        return _done(answers, record.outcome)
    if record.outcome == "rejected" or answers.kind == "after-rejection":
        return _rejection(answers, record, today)
    if _thanking(answers, record, today, timing):
        return _thank_you(answers, record, today, now, timing)
    done = _check_ins_done(answers, record)
    if done >= MAX_CHECK_INS:
        return Step("move-on", say(lang, "plan.move-on", company=answers.company), advice=_advice(lang, "move-on"))
    number = done + 1
    due = None if timing is None else timing.check_in
    if number == 2 and timing is not None:
        first = max((s.date for s in record.sent if s.kind == "check-in" and s.number == 1), default=None)
        if first is not None:
            due = max(timing.second_check_in, add_business_days(first, BETWEEN_CHECK_INS))
        else:
            due = timing.second_check_in
    what = say(lang, f"plan.check-in.{number}", company=answers.company)
    return Step("check-in", _dated(what, "on", due, None, lang, today), kind="check-in",
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
    lang = answers.language
    to = _unthanked(answers, record)
    what = say(lang, "plan.thank-you", names=join_names(list(to), say(lang, "and").strip()), company=answers.company)
    if timing is None:
        return Step("thank-you", what, kind="thank-you", to=to)
    by = timing.send_by
    overdue = now > by if now is not None else today > by.date()
    return Step("thank-you", _dated(what, "by", by.date(), by.time(), lang, today), kind="thank-you",
                to=to, due=by.date(), due_time=by.time(), overdue=overdue)


def _check_ins_done(answers: Answers, record: Record) -> int:
    recorded = [s.number or 1 for s in record.sent if s.kind == "check-in"]
    written = answers.check_in_number - 1 if answers.kind == "check-in" else 0
    return max([written, *recorded])


def _rejection(answers: Answers, record: Record, today: date) -> Step:
    lang = answers.language
    if any(s.kind == "after-rejection" for s in record.sent):
        return Step("done", say(lang, "plan.replied", company=answers.company), advice=_advice(lang, "rejected"))
    due = None if record.outcome_date is None else add_business_days(record.outcome_date, REPLY_WITHIN)
    what = say(lang, "plan.reply", company=answers.company)
    return Step("reply", _dated(what, "by", due, None, lang, today), kind="after-rejection", due=due,
                overdue=due is not None and due < today, advice=_advice(lang, "reply"))


def _done(answers: Answers, outcome: str) -> Step:
    label = say(answers.language, f"plan.{outcome}", company=answers.company)
    return Step("done", label, advice=_advice(answers.language, outcome))


def _advice(code: str, step: str) -> str | None:
    """The link into language `code`'s guide for `step` (None where the guide has no advice for it)."""
    return table(code).ADVICE.get(step)


def _dated(what: str, word: str, due: date | None, at: time | None, code: str, today: date) -> str:
    """ "Check in with X on 8 December"; the year only when it is not this year's; a time of day in the
    language's clock ("14:30", "14:30 Uhr")."""
    if due is None:
        return what
    day = format_date(due, code, with_year=due.year != today.year)
    if at is not None:
        return say(code, "plan.by-time", what=what, time=clock(at, code), date=day)
    return say(code, f"plan.{word}", what=what, date=day)


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
