"""Checks of dates and timing: impossible dates, late or early letters, how many check-ins."""

from __future__ import annotations

from datetime import date, datetime

from followup.answers import Answers
from followup.checks.findings import Finding, finding, when
from followup.compose import MAX_CHECK_INS
from followup.english import format_date
from followup.timing import LATE_AFTER_DAYS

PLAUSIBLE_DAYS = 366
"""An interview further back than this is a mistyped year, not a follow-up."""
COMBINE_AFTER_DAYS = LATE_AFTER_DAYS
"""From a week after the interview, the guide says to write a check-in instead of a late thank-you."""

def dates(answers: Answers, today: date) -> list[Finding]:
    """Dates that cannot be right: every timing finding would be nonsense with them."""
    out: list[Finding] = []
    interview, decision = answers.interview_date, answers.decision_date
    if interview is not None and interview > today:
        out.append(finding("problem", "date-check",
                            f"The interview date, {when(interview, answers.language)}, is after today. Check it: the letter "
                            "and its dates are worked out from the day the interview took place.",
                            "interview_date"))
    elif interview is not None and (today - interview).days > PLAUSIBLE_DAYS:
        out.append(finding("problem", "date-check",
                            f"The interview date, {format_date(interview, answers.language)}, is more than a year ago. Check "
                            "the year.", "interview_date"))
    if interview is not None and decision is not None and decision < interview:
        out.append(finding("problem", "date-check",
                            f"The decision date they gave, {format_date(decision, answers.language)}, is before the interview "
                            f"({format_date(interview, answers.language)}). Check it: the letter mentions it.", "decision_date"))
    return out


def ago(days: int) -> str:
    return "earlier today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"


def timing(answers: Answers, today: date, now: datetime | None) -> list[Finding]:
    from followup.rules import LATE_THANK_YOU, text, word  # followup.rules reads followup.checks: import late
    from followup.timing import EARLIEST_WITHOUT_DECISION_DATE
    from followup.timing import timing_for  # written alongside; imported late to keep checks light

    timing = timing_for(answers)
    if timing is None:
        return []
    if answers.kind == "thank-you":
        deadline = timing.send_by
        # With the time of day, "late" starts at the send-by time itself, not the day after it.
        if (now > deadline) if now is not None else today > deadline.date():
            days = (today - answers.interview_date).days if answers.interview_date else 0
            # Only once a check-in would not itself be too early (the decision date may be ahead).
            if days >= COMBINE_AFTER_DAYS and today >= timing.earliest_check_in:
                return [finding("suggestion", "late",
                                 f"The interview was {ago(days)}. {LATE_THANK_YOU} Set Letter type to "
                                 "\"Check-in when you have heard nothing\".", "kind")]
            past = ("past the Monday-morning send-by" if timing.send_by_moved
                    else f"past the usual {text('send_within_hours')}")
            return [finding("suggestion", "late",
                             f"The interview was {ago(days)}, {past}. Send it anyway: a "
                             "short, sincere note a few days late still beats none. Keep it brief and skip "
                             "apologising at length.")]
        why = (f"the {text('send_within_hours')} end on a weekend, and Monday morning is when a note gets read"
               if timing.send_by_moved else f"{text('send_within')} of the interview")
        # The letter says when you met ("yesterday") as seen from the day it is written.
        then = (" If you send it on Monday, write it on Monday too, so that it says when you met as seen "
                "from then." if timing.send_by_moved and today < deadline.date() else "")
        return [finding("good", "on-time",
                         f"You are on time: send it by {deadline.strftime('%H:%M')} on {when(deadline.date(), answers.language)}, "
                         f"{why}.{then}")]
    if answers.kind == "check-in" and answers.check_in_number <= MAX_CHECK_INS:
        first = answers.check_in_number == 1
        earliest = timing.earliest_check_in if first else timing.second_check_in
        if today < earliest:
            if first and answers.decision_date:
                wait = (f"Wait until {when(earliest, answers.language)}, {text('after_decision_date')} they gave "
                        f"({format_date(answers.decision_date, answers.language)})")
            elif first:
                wait = (f"Wait until {when(timing.check_in, answers.language)}, {text('without_decision_date')}, or "
                        f"at the very least until {when(earliest, answers.language)}, {word(EARLIEST_WITHOUT_DECISION_DATE)}")
            else:
                wait = f"Wait until {when(earliest, answers.language)}, a week after your first check-in"
            return [finding("problem", "early-check-in",
                             f"It is too early to check in. {wait}: writing before then can read as "
                             "impatient.", "decision_date" if answers.decision_date else "interview_date")]
    return []


def check_ins(answers: Answers) -> list[Finding]:
    if answers.kind == "check-in" and answers.check_in_number > MAX_CHECK_INS:
        from followup.rules import NO_THIRD_CHECK_IN  # followup.rules reads followup.checks: import late

        return [finding("problem", "third-check-in", NO_THIRD_CHECK_IN, "check_in_number")]
    return []


def feedback(answers: Answers) -> list[Finding]:
    """A reply to a rejection: asking for feedback, and answering in their own email thread."""
    out: list[Finding] = []
    if answers.kind == "after-rejection" and answers.channel == "email":
        out.append(finding("suggestion", "reply-in-thread",
                           "Send this as a reply to their email, keeping their subject line: the subject here "
                           "is only for when there is no email to answer."))
    if answers.kind == "after-rejection" and answers.ask_for_feedback:
        out.append(finding("good", "rejection-feedback",
                           "Asking for feedback is a good move: keep it a light request, and thank them "
                           "whether or not they reply.", "ask_for_feedback"))
    return out




def decision_passed(answers: Answers, today: date) -> list[Finding]:
    """A thank-you written after the decision date they gave: the letter no longer mentions the date.

    Only for a thank-you: a check-in names a past decision date as past, which is its point.
    """
    decision = answers.decision_date
    if answers.kind != "thank-you" or decision is None or decision >= today:
        return []
    return [finding("suggestion", "date-check",
                    f"The decision date they gave, {format_date(decision, answers.language)}, has passed, so the note "
                    "does not mention it. If you have heard nothing since, send a check-in instead: set Letter "
                    "type to \"Check-in when you have heard nothing\". If they have decided, reply to their "
                    "decision.", "decision_date")]
