"""The English forms of a letter, kept importable for the modules that still read them here.

Moved to `followup.languages.en.letters` (the English instance of the `letters` table, which every
language provides); new code reaches it through `followup.languages.get(code).table("letters")`.
This module goes once `checks/`, `log.py` and `plan.py` read the table.
"""

from __future__ import annotations

from datetime import date

from followup.languages.en.letters import MONTHS, SIGN_OFFS, SPELLING, WEEKDAYS, format_date, spell
from followup.languages.en.letters import weekday as _weekday


def weekday(d: date) -> str:
    return _weekday(d)


def sign_off(tone: str, channel: str, style: str) -> str:
    """The default sign-off's words for tone and channel, without punctuation."""
    us, uk = SIGN_OFFS[(tone, channel)]
    return uk if style == "en-GB" else us


__all__ = ["MONTHS", "SIGN_OFFS", "SPELLING", "WEEKDAYS", "format_date", "sign_off", "spell", "weekday"]
