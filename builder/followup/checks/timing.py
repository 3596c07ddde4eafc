"""Checks of dates and timing: impossible dates, late or early letters, how many check-ins."""

from __future__ import annotations

from datetime import date, datetime

from followup.answers import Answers, field_label
from followup.checks.findings import Finding, clock, find, format_date, link, say, when
from followup.compose import MAX_CHECK_INS
from followup.say import rule
from followup.timing import LATE_AFTER_DAYS

PLAUSIBLE_DAYS = 366
"""An interview further back than this is a mistyped year, not a follow-up."""
COMBINE_AFTER_DAYS = LATE_AFTER_DAYS
"""From a week after the interview, the guide says to write a check-in instead of a late thank-you."""


def dates(answers: Answers, today: date) -> list[Finding]:
    """Dates that cannot be right: every timing finding would be nonsense with them."""
    lang = answers.language
    out: list[Finding] = []
    interview, decision = answers.interview_date, answers.decision_date
    if interview is not None and interview > today:
        out.append(find(lang, "problem", "date-check", "date-check.future", "interview_date",
                        when=when(interview, lang)))
    elif interview is not None and (today - interview).days > PLAUSIBLE_DAYS:
        out.append(find(lang, "problem", "date-check", "date-check.old", "interview_date",
                        date=format_date(interview, lang)))
    if interview is not None and decision is not None and decision < interview:
        out.append(find(lang, "problem", "date-check", "date-check.order", "decision_date",
                        decision=format_date(decision, lang), interview=format_date(interview, lang)))
    return out


def ago(days: int, code: str) -> str:
    """"earlier today", "yesterday", "3 days ago" in language `code`."""
    if days <= 0:
        return say(code, "ago.today")
    return say(code, "ago.yesterday") if days == 1 else say(code, "ago.days", days=days)


def _check_in_choice(code: str) -> dict[str, str]:
    """The words of the letter type to switch to: the field's label and its check-in choice."""
    from followup.schema import field_by_path

    try:
        from followup.languages import get

        choices = getattr(get(code).table("form"), "CHOICES", {}).get("kind", {})
    except ModuleNotFoundError:
        choices = {}
    english = next(c.label for c in field_by_path("kind").choices if c.value == "check-in")
    return {"kind": field_label("kind", code), "check_in": choices.get("check-in") or english}


def timing(answers: Answers, today: date, now: datetime | None) -> list[Finding]:
    from followup.timing import timing_for  # written alongside; imported late to keep checks light

    lang = answers.language
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
                return [find(lang, "suggestion", "late", "late.check-in", "kind", ago=ago(days, lang),
                             late_thank_you=rule(lang, "late_thank_you"), **_check_in_choice(lang))]
            past = (say(lang, "late.monday") if timing.send_by_moved
                    else say(lang, "late.hours", hours=rule(lang, "send_within_hours")))
            return [find(lang, "suggestion", "late", "late", None, ago=ago(days, lang), past=past)]
        why = (say(lang, "on-time.weekend", hours=rule(lang, "send_within_hours")) if timing.send_by_moved
               else say(lang, "on-time.within", within=rule(lang, "send_within")))
        # The letter says when you met ("yesterday") as seen from the day it is written.
        then = say(lang, "on-time.monday") if timing.send_by_moved and today < deadline.date() else ""
        return [find(lang, "good", "on-time", "on-time", None, time=clock(deadline.time(), lang),
                     when=when(deadline.date(), lang), why=why, then=then)]
    if answers.kind == "check-in" and answers.check_in_number <= MAX_CHECK_INS:
        first = answers.check_in_number == 1
        earliest = timing.earliest_check_in if first else timing.second_check_in
        if today < earliest:
            if first and answers.decision_date:
                wait = say(lang, "early-check-in.decision", when=when(earliest, lang),
                           after=rule(lang, "after_decision_date"),
                           decision=format_date(answers.decision_date, lang))
            elif first:
                wait = say(lang, "early-check-in.no-decision", when=when(timing.check_in, lang),
                           without=rule(lang, "without_decision_date"), earliest=when(earliest, lang),
                           days=rule(lang, "earliest_days"))
            else:
                wait = say(lang, "early-check-in.second", when=when(earliest, lang))
            return [find(lang, "problem", "early-check-in", "early-check-in",
                         "decision_date" if answers.decision_date else "interview_date", wait=wait)]
    return []


def check_ins(answers: Answers) -> list[Finding]:
    if answers.kind == "check-in" and answers.check_in_number > MAX_CHECK_INS:
        lang = answers.language
        return [Finding("problem", "third-check-in", rule(lang, "no_third_check_in"), link(lang, "third-check-in"),
                        "check_in_number")]
    return []


def feedback(answers: Answers) -> list[Finding]:
    """A reply to a rejection: asking for feedback, and answering in their own email thread."""
    lang = answers.language
    out: list[Finding] = []
    if answers.kind == "after-rejection" and answers.channel == "email":
        out.append(find(lang, "suggestion", "reply-in-thread", "reply-in-thread"))
    if answers.kind == "after-rejection" and answers.ask_for_feedback:
        out.append(find(lang, "good", "rejection-feedback", "rejection-feedback", "ask_for_feedback"))
    return out


def decision_passed(answers: Answers, today: date) -> list[Finding]:
    """A thank-you written after the decision date they gave: the letter no longer mentions the date.

    Only for a thank-you: a check-in names a past decision date as past, which is its point.
    """
    decision = answers.decision_date
    if answers.kind != "thank-you" or decision is None or decision >= today:
        return []
    lang = answers.language
    return [find(lang, "suggestion", "date-check", "date-check.passed", "decision_date",
                 date=format_date(decision, lang), **_check_in_choice(lang))]
