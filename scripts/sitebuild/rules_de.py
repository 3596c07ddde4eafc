"""The composer's rules in German words, for the guide's German pages (`docs/de/`).

The same constants as `followup.rules` (`followup.timing`, `followup.schema`,
`followup.compose`), said the way a German page says them: the build's rule markers
(`{{ rule.NAME }}`, see `sitebuild.rules`) on a page under `de/` take their words from here,
so the German guide cannot state a waiting time or a limit differently from the builder.

Only the rules a German page states are here; a German page naming any other rule stops the
build (the marker's KeyError names the rules known here), so a rule is never shown in English
on a German page.

Edge cases: numbers up to twelve are words ("sieben Arbeitstage"), larger ones digits; one
day is "ein Arbeitstag" / "einem Arbeitstag" (the phrase after "innerhalb von" is dative);
the composer counts Monday to Friday, so the German word is "Arbeitstage", not
"Werktage" (which traditionally includes Saturday). Times are "10:00 Uhr".
"""

from __future__ import annotations

from datetime import time

from followup import schema, timing
from followup.compose import MAX_CHECK_INS

WORDS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")


def zahl(n: int) -> str:
    """`n` as a German word up to twelve ("sieben"), else digits."""
    return WORDS[n] if 0 <= n < len(WORDS) else str(n)


def arbeitstage(n: int, dative: bool = False) -> str:
    """"sieben Arbeitstage"; dative (after "innerhalb von", "nach"): "sieben Arbeitstagen", "einem Arbeitstag"."""
    if n == 1:
        return "einem Arbeitstag" if dative else "ein Arbeitstag"
    return f"{zahl(n)} Arbeitstage{'n' if dative else ''}"


def uhr(t: time) -> str:
    """A clock time as German writes it: "10:00 Uhr"."""
    return f"{t.hour}:{t.minute:02d} Uhr"


_HOURS = int(timing.SEND_WITHIN.total_seconds() // 3600)
_FREE = schema.MESSAGE_LIMITS["linkedin-note"] or 0
_PREMIUM = schema.MESSAGE_LIMITS["linkedin-note-premium"] or 0

RULES: dict[str, tuple[str, tuple[int, ...]]] = {
    "send_within": (f"innerhalb von {_HOURS} Stunden", (_HOURS,)),
    "monday_morning": (f"Montag um {uhr(timing.MONDAY_MORNING)}", (timing.MONDAY_MORNING.hour,)),
    "after_decision_date": (f"{arbeitstage(timing.AFTER_DECISION_DATE)} nach dem genannten Termin",
                            (timing.AFTER_DECISION_DATE,)),
    "without_decision_date": (f"{arbeitstage(timing.WITHOUT_DECISION_DATE)} nach dem Gespräch",
                              (timing.WITHOUT_DECISION_DATE,)),
    "between_check_ins": (f"{arbeitstage(timing.BETWEEN_CHECK_INS)} (eine Woche) nach der ersten",
                          (timing.BETWEEN_CHECK_INS,)),
    "max_check_ins": (f"{zahl(MAX_CHECK_INS)} Nachfragen" if MAX_CHECK_INS != 1 else "eine Nachfrage",
                      (MAX_CHECK_INS,)),
    "reply_within": (f"innerhalb von {arbeitstage(timing.REPLY_WITHIN, dative=True)}", (timing.REPLY_WITHIN,)),
    "connection_note": (f"Eine Notiz zu einer Kontaktanfrage auf LinkedIn fasst mit einem kostenlosen Konto {_FREE} "
                        f"Zeichen, mit Premium {_PREMIUM}.", (_FREE, _PREMIUM)),
}
"""Rule name (as in `followup.rules`) -> (the German words, the constants they state)."""


def text(name: str) -> str:
    """The German words of rule `name`; KeyError naming the rules a German page may use."""
    try:
        return RULES[name][0]
    except KeyError:
        raise KeyError(f"no German words for rule {name!r}; known on German pages: {', '.join(sorted(RULES))}") \
            from None
