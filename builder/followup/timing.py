"""When to send: the thank-you deadline and the check-in dates, from the interview date.

The rules are the guide's advice as arithmetic: a thank-you goes out within 24 hours
of the interview ending, or on Monday morning when those 24 hours end on a weekend (a
note that lands on Saturday is read on Monday anyway); a check-in waits until two
business days after the decision date they gave, or seven business days after the
interview when they gave none (five at the very least); a second check-in comes a week
(five business days) after the first. Weekends are skipped; public holidays are not
known here and are left to the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from followup.answers import Answers

DEFAULT_END = time(17, 0)
"""When an interview is assumed to have ended if no time was given: the end of a working day."""

SEND_WITHIN = timedelta(hours=24)
MONDAY_MORNING = time(10, 0)
"""The send-by time when the 24 hours end on a Saturday or Sunday: the guide's "Monday morning"."""
AFTER_DECISION_DATE = 2
"""Business days after the decision date they gave before the first check-in."""
WITHOUT_DECISION_DATE = 7
"""Business days after the interview before the first check-in when they gave no decision date."""
EARLIEST_WITHOUT_DECISION_DATE = 5
"""Without a decision date, a check-in before this many business days is too early (Indeed: at least five).
With a decision date this floor does not apply: the date they gave is the floor."""
BETWEEN_CHECK_INS = 5
"""Business days between the first check-in and the second (a week)."""
LATE_AFTER_DAYS = 7
"""From this many days after the interview (a week), a thank-you on its own comes late: write a check-in."""
REPLY_WITHIN = 2
"""Business days to answer the employer's news in (a rejection, an offer): the guide's one reply window."""


@dataclass(frozen=True)
class Timing:
    """The dates every letter, check and export uses. Times are local, without a time zone."""

    send_by: datetime
    check_in: date
    second_check_in: date
    earliest_check_in: date
    """The first day a first check-in is not too early: the decision date's check-in day, or five
    business days after the interview when there is none (check_in is then the better seventh)."""
    send_by_moved: bool = False
    """True when the 24 hours ended on a weekend and send_by is the Monday morning after."""


def add_business_days(start: date, days: int) -> date:
    """The day `days` business days (Monday to Friday) after `start`.

    Counting starts the day after `start`, so a start on a weekend behaves like the
    following Monday's eve: Saturday + 1 business day is Monday.
    """
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def timing_for(answers: Answers) -> Timing | None:
    """The timing of a follow-up, or None when the interview date is not known."""
    if answers.interview_date is None:
        return None
    ended = datetime.combine(answers.interview_date, answers.interview_time or DEFAULT_END)
    if answers.decision_date is not None:
        check_in = earliest = add_business_days(answers.decision_date, AFTER_DECISION_DATE)
    else:
        check_in = add_business_days(answers.interview_date, WITHOUT_DECISION_DATE)
        earliest = add_business_days(answers.interview_date, EARLIEST_WITHOUT_DECISION_DATE)
    deadline = ended + SEND_WITHIN
    moved = deadline.weekday() >= 5
    if moved:
        deadline = datetime.combine(deadline.date() + timedelta(days=7 - deadline.weekday()), MONDAY_MORNING)
    return Timing(
        send_by=deadline,
        check_in=check_in,
        second_check_in=add_business_days(check_in, BETWEEN_CHECK_INS),
        earliest_check_in=earliest,
        send_by_moved=moved,
    )
