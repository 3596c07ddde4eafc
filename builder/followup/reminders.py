"""Calendar reminders: when to send each letter, as RFC 5545 (.ics) events.

One answers set's reminders (`reminders`, `to_ics`: what the builder's and `followup compose
--format ics`'s calendar file holds) and every application's future ones (`plan_ics`, for
`followup plan --format ics`), written by one calendar writer (`calendar`). Each reminder is
in its answers' language (`reminder.*` keys of the messages table), its day and time written
the language's way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from followup import __version__, languages
from followup.answers import Answers
from followup.say import rule, say, table
from followup.timing import Timing, timing_for

if TYPE_CHECKING:
    from followup.applications import Application

@dataclass(frozen=True)
class Reminder:
    """One calendar reminder: timed (`start` is a datetime) or all-day (`start` is a date)."""

    code: str
    start: datetime | date
    summary: str
    description: str


def _people(answers: Answers) -> str:
    lang = answers.language
    return (say(lang, "and").join([", ".join(i.name for i in answers.interviewers[:-1]), answers.interviewers[-1].name])
            if len(answers.interviewers) > 1 else
            answers.interviewers[0].name if answers.interviewers else say(lang, "reminder.hiring-team"))


def _due(moment: datetime, code: str) -> str:
    """"Friday 27 November, 17:00"; "Freitag, 27. November, 17:00 Uhr"."""
    letters = languages.get(code).table("letters")
    return say(code, "reminder.due", weekday=letters.weekday(moment.date(), code), day=moment.day,
               month=letters.month_name(moment.month, code), time=table(code).time_of_day(moment.time(), code))


def reminders(answers: Answers, timing: Timing) -> list[Reminder]:
    """The reminders that fit the letter kind, in the answers' language.

    Thank-you: the send-by deadline and both check-ins. Check-in: the check-ins still
    ahead (the first one only when writing the first). After a rejection: none.
    """
    lang = answers.language
    about = say(lang, "reminder.about", role=answers.role, company=answers.company)
    out: list[Reminder] = []
    if answers.kind == "thank-you":
        by = timing.send_by
        due = _due(by, lang)
        within = rule(lang, "send_within")
        text = (say(lang, "reminder.send-by.weekend", people=_people(answers), about=about, due=due,
                    hours=rule(lang, "send_within_hours")) if timing.send_by_moved else
                say(lang, "reminder.send-by", people=_people(answers), about=about, due=due,
                    within=within[:1].upper() + within[1:]))
        out.append(Reminder("send-by", timing.send_by - timedelta(minutes=30),
                            say(lang, "reminder.send-by.summary", company=answers.company), text))
    if answers.kind in ("thank-you", "check-in"):
        contact = answers.interviewers[0].name if answers.interviewers else say(lang, "reminder.hiring-team")
        check_in_advice = say(lang, "reminder.check-in", contact=contact, about=about)
        if answers.kind == "thank-you" or answers.check_in_number <= 1:
            out.append(Reminder("check-in", timing.check_in, say(lang, "reminder.check-in.summary",
                                                                 company=answers.company), check_in_advice))
        if answers.kind == "thank-you" or answers.check_in_number <= 2:
            out.append(Reminder(
                "second-check-in", timing.second_check_in,
                say(lang, "reminder.second.summary", company=answers.company),
                say(lang, "reminder.second", advice=check_in_advice, shorter=rule(lang, "second_check_in_shorter")),
            ))
    return out


def ics_escape(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _uid(answers: Answers, code: str) -> str:
    """The same answers give the same UIDs, so importing twice updates instead of duplicating."""
    return uid([code, answers.kind, answers.company, answers.role, answers.candidate.name,
                answers.interview_date.isoformat() if answers.interview_date else ""])


def uid(key: list[str]) -> str:
    """A calendar UID made from `key` (what makes the event the one it is)."""
    text = json.dumps(key)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32] + "@follow-up-kit"


def to_ics(answers: Answers, timing: Timing) -> str:
    """The reminders as an RFC 5545 calendar: one VEVENT with a VALARM each, CRLF line ends.

    Times are floating (local to whoever imports the file), which is what a reminder
    about "tomorrow at 17:00" means. DTSTAMP is derived from the interview date so that
    the file is the same every time for the same answers. Raises ValueError when the
    letter kind has no reminders (a reply to a rejection).
    """
    items = reminders(answers, timing)
    if not items:
        raise ValueError("a reply to a rejection has no reminders to put in a calendar")
    stamp = answers.interview_date or timing.send_by.date()
    return calendar((_uid(answers, r.code), stamp, r) for r in items)


def calendar(events: Iterable[tuple[str, date, Reminder]]) -> str:
    """An RFC 5545 calendar of `(uid, stamp day, reminder)` events, CRLF line ends, lines folded.

    The stamp day becomes DTSTAMP (midnight UTC): callers derive it from the answers, so the
    same answers give the same file. A timed reminder lasts 30 minutes with an alarm two hours
    before; an all-day one is free time with an alarm at 09:00 on the day.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Follow-up Kit//followup {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for uid, stamp, r in events:
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime('%Y%m%dT000000Z')}"]
        if isinstance(r.start, datetime):
            lines += [
                f"DTSTART:{r.start.strftime('%Y%m%dT%H%M%S')}",
                f"DTEND:{(r.start + timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')}",
            ]
            trigger = "-PT2H"
        else:
            lines += [
                f"DTSTART;VALUE=DATE:{r.start.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{(r.start + timedelta(days=1)).strftime('%Y%m%d')}",
                "TRANSP:TRANSPARENT",
            ]
            trigger = "PT9H"  # 09:00 on the day
        lines += [
            f"SUMMARY:{ics_escape(r.summary)}",
            f"DESCRIPTION:{ics_escape(r.description)}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{trigger}",
            f"DESCRIPTION:{ics_escape(r.summary)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


# --- every application's reminders (`followup plan --format ics`) ------------------------


def plan_reminders(application: Application, today: date) -> list[Reminder]:
    """The reminders still ahead (on `today` or later) of one application, from its next step.

    A thank-you step: the send-by reminder (to the interviewers not yet thanked) and both
    check-ins; a first check-in: both check-ins; a second: its date from the plan (a week
    after the first was sent). A reply to a rejection with a known date: one reminder. Move
    on and done: none. Past reminders are left out: the plan's table shows what is overdue.
    """
    from followup.plan import next_step  # the plan imports the composer; a calendar of one letter needs none of it

    step = next_step(application.answers, application.record, today)
    answers = application.answers
    if step.step == "reply" and step.due is not None:
        lang = answers.language
        items = [Reminder("reply", step.due, say(lang, "reminder.reply.summary", company=answers.company),
                          say(lang, "reminder.reply", company=answers.company, role=answers.role))]
    elif step.step in ("thank-you", "check-in"):
        answers = replace(answers, kind=step.kind or step.step, check_in_number=step.check_in_number or 1,
                          interviewers=tuple(i for i in answers.interviewers if i.name in step.to)
                          if step.to else answers.interviewers)
        timing = timing_for(answers)
        items = [] if timing is None else reminders(answers, timing)
        if step.check_in_number == 2 and step.due is not None:
            items = [replace(r, start=step.due) if r.code == "second-check-in" else r for r in items]
    else:
        return []
    return [r for r in items if _day(r.start) >= today]


def _day(start: datetime | date) -> date:
    return start.date() if isinstance(start, datetime) else start


def plan_ics(applications: Sequence[Application], today: date) -> str | None:
    """Every future reminder of every application as one calendar, or None when there is none.

    UIDs come from the application's id and the reminder, so importing a newer plan updates
    the events it had (a second check-in moved by the first's sent date) instead of adding
    copies; DTSTAMP from the interview date (the reminder's day when there is none).
    """
    events = []
    for app in applications:
        for r in plan_reminders(app, today):
            events.append((uid(["plan", app.id, r.code]), app.answers.interview_date or _day(r.start), r))
    return calendar(events) if events else None
