"""The composer's rules in words: the one place the guide, the checks and the reminders read them from.

Every number here is one of the composer's constants (`followup.timing`, `followup.schema`,
`followup.compose`, `followup.checks`), turned into the words a reader sees, so a page of the
guide, a finding of `check` and a calendar reminder cannot state a rule differently from the
arithmetic that applies it. The site's build inserts these texts into the guide's pages (see
`sitebuild.rules`); a page never types a rule's number by hand.

Two kinds of entry, one table:
- a *phrase* ("within 24 hours", "two business days after the decision date") fits inside a
  sentence the page writes around it;
- a *sentence* (ends with a full stop) states a whole rule the same way everywhere it is said.

Edge cases: numbers up to twelve are written as words ("seven business days"), larger ones as
digits; 24 hours and character and word limits stay digits, as the guide writes them. Times are
written the US/UK-neutral way the guide uses ("10 a.m.", "5 p.m."); an hour of 12 is "noon".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from followup import schema, timing
from followup.checks.letters import LENGTHS
from followup.compose import MAX_CHECK_INS

WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth")


def word(n: int) -> str:
    """`n` in words up to twelve ("seven"), else in digits ("24")."""
    return WORDS[n] if 0 <= n < len(WORDS) else str(n)


def ordinal(n: int) -> str:
    """`n` as an ordinal word up to twelfth ("fifth"), else "13th"-style digits."""
    return ORDINALS[n] if 0 <= n < len(ORDINALS) else f"{n}th"


def clock(t: time) -> str:
    """A whole hour as the guide writes it: "10 a.m.", "5 p.m.", "noon"; minutes as "9:30 a.m."."""
    if t.hour == 12 and t.minute == 0:
        return "noon"
    hour = t.hour % 12 or 12
    minutes = f":{t.minute:02d}" if t.minute else ""
    return f"{hour}{minutes} {'a.m.' if t.hour < 12 else 'p.m.'}"


def business_days(n: int) -> str:
    return f"{word(n)} business day" + ("" if n == 1 else "s")


def days_as_weeks(n: int) -> str:
    """Seven days as "a week", fourteen as "two weeks"; anything else as days."""
    if n % 7 == 0:
        weeks = n // 7
        return "a week" if weeks == 1 else f"{word(weeks)} weeks"
    return f"{word(n)} days"


@dataclass(frozen=True)
class Rule:
    """One rule as words: `text` is what a page shows; `values` are the constants it states (for tests)."""

    name: str
    text: str
    values: tuple[int, ...] = ()


_HOURS = int(timing.SEND_WITHIN.total_seconds() // 3600)
_FREE = schema.MESSAGE_LIMITS["linkedin-note"] or 0
_PREMIUM = schema.MESSAGE_LIMITS["linkedin-note-premium"] or 0
_TARGET = schema.MESSAGE_TARGET
_PANEL = schema.field_by_path("interviewers").max_items or 0
_LATE = timing.LATE_AFTER_DAYS
_LONG = LENGTHS["thank-you"][1]

# Sentences the checks and reminders also say, word for word.
SECOND_CHECK_IN_SHORTER = "Keep it shorter than the first."
LATE_THANK_YOU = (f"After {days_as_weeks(_LATE)}, a thank-you on its own comes late: send a check-in instead, "
                  "which asks for news in one short message. If you never thanked them, add a sentence of your "
                  "own that thanks them and recalls one detail of your conversation.")
NO_THIRD_CHECK_IN = (f"{word(MAX_CHECK_INS).capitalize()} check-ins, about a week apart, is the polite maximum. "
                     "If you still have no answer, move on to other applications.")

RULES: tuple[Rule, ...] = (
    # The thank-you note
    Rule("send_within", f"within {_HOURS} hours", (_HOURS,)),
    Rule("send_within_hours", f"{_HOURS} hours", (_HOURS,)),
    Rule("monday_morning", f"{clock(timing.MONDAY_MORNING)} on Monday", (timing.MONDAY_MORNING.hour,)),
    Rule("assumed_end", clock(timing.DEFAULT_END), (timing.DEFAULT_END.hour,)),
    Rule("send_by",
         f"Send it within {_HOURS} hours of the end of the interview; when those {_HOURS} hours end on a "
         f"Saturday or Sunday, by {clock(timing.MONDAY_MORNING)} on Monday.",
         (_HOURS, timing.MONDAY_MORNING.hour)),
    Rule("late_thank_you", LATE_THANK_YOU, (_LATE,)),
    # Check-ins
    Rule("after_decision_date", f"{business_days(timing.AFTER_DECISION_DATE)} after the decision date",
         (timing.AFTER_DECISION_DATE,)),
    Rule("without_decision_date", f"{business_days(timing.WITHOUT_DECISION_DATE)} after the interview",
         (timing.WITHOUT_DECISION_DATE,)),
    Rule("earliest_day", f"the {ordinal(timing.EARLIEST_WITHOUT_DECISION_DATE)} business day",
         (timing.EARLIEST_WITHOUT_DECISION_DATE,)),
    Rule("earliest_days", business_days(timing.EARLIEST_WITHOUT_DECISION_DATE),
         (timing.EARLIEST_WITHOUT_DECISION_DATE,)),
    Rule("first_check_in",
         f"The first check-in is due {business_days(timing.AFTER_DECISION_DATE)} after the decision date they "
         f"gave. With no date, it is due {business_days(timing.WITHOUT_DECISION_DATE)} after the interview, "
         f"and never before the {ordinal(timing.EARLIEST_WITHOUT_DECISION_DATE)} business day after it.",
         (timing.AFTER_DECISION_DATE, timing.WITHOUT_DECISION_DATE, timing.EARLIEST_WITHOUT_DECISION_DATE)),
    Rule("between_check_ins", f"{business_days(timing.BETWEEN_CHECK_INS)} (a week) after the first",
         (timing.BETWEEN_CHECK_INS,)),
    Rule("max_check_ins", f"{word(MAX_CHECK_INS)} check-ins", (MAX_CHECK_INS,)),
    Rule("second_check_in",
         f"The second and last check-in comes {business_days(timing.BETWEEN_CHECK_INS)} (a week) after the "
         f"first. {SECOND_CHECK_IN_SHORTER}",
         (timing.BETWEEN_CHECK_INS,)),
    # The answer
    Rule("reply_within", f"within {business_days(timing.REPLY_WITHIN)}", (timing.REPLY_WITHIN,)),
    # Short messages
    Rule("note_free", f"{_FREE} characters", (_FREE,)),
    Rule("note_premium", f"{_PREMIUM} characters", (_PREMIUM,)),
    Rule("message_target", f"{_TARGET} characters", (_TARGET,)),
    Rule("connection_note",
         f"A note on a LinkedIn connection request holds {_FREE} characters on a free account and {_PREMIUM} "
         "with Premium.", (_FREE, _PREMIUM)),
    Rule("message_kept_near",
         f"A message without a hard limit is kept near {_TARGET} characters: the builder drops whole parts "
         "to get there, never your detail, so it can run a little over.", (_TARGET,)),
    # Length and panels
    Rule("thank_you_too_long", f"{_LONG} words", (_LONG,)),
    Rule("panel_max", f"{word(_PANEL)} notes", (_PANEL,)),
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def text(name: str) -> str:
    """The words of rule `name`; KeyError (naming the known rules) for a rule that does not exist."""
    try:
        return BY_NAME[name].text
    except KeyError:
        raise KeyError(f"no rule named {name!r}; known: {', '.join(sorted(BY_NAME))}") from None
