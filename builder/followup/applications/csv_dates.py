"""Dates as spreadsheets write them, read without guessing.

Read as they stand: 2026-11-26 (ISO, also with a time after it), 26.11.2026 (a dot means day
first, as in German, Polish or Russian), 26/11/2026 and 11/26/2026 when one of the two numbers
is over 12, and dates with a month's name in English or German ("26 Nov 2026", "Nov 26, 2026",
"26. Dezember 2026"). A two-digit year is 20YY.

Ambiguous: 03/04/2026 is 3 April or March 4. `order` ("dmy" or "mdy") settles it; without one,
`read_date` returns `AMBIGUOUS` and the caller reports it. `file_order` finds the order a whole
file's unambiguous dates show (or that they contradict each other).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

Order = Literal["dmy", "mdy"]
AMBIGUOUS = "ambiguous"
MIXED = "mixed"

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?")
_DOTS = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})")
_SLASH = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})")
_NAMED_DAY_FIRST = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_NAMED_MONTH_FIRST = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")

_MONTHS = {
    **{name: i for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"), 1)},
    **{name: i for i, name in enumerate(("januar", "februar", "märz", "april", "mai", "juni", "juli",
                                          "august", "september", "oktober", "november", "dezember"), 1)},
    "jänner": 1, "maerz": 3, "sept": 9,
}


def _month(name: str) -> int | None:
    word = name.casefold()
    if word in _MONTHS:
        return _MONTHS[word]
    if len(word) >= 3:
        found = {n for full, n in _MONTHS.items() if full.startswith(word)}
        if len(found) == 1:
            return found.pop()
    return None


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def slash_order(text: str) -> Order | None:
    """The order a 26/11/2026-style date shows by itself: "dmy", "mdy", or None (ambiguous or not one)."""
    m = _SLASH.fullmatch(text.strip())
    if not m:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def file_order(values: Iterable[str]) -> Order | Literal["mixed"] | None:
    """The order a file's unambiguous slash dates show: one order, MIXED when both appear, or None."""
    found = {order for value in values if (order := slash_order(value))}
    if len(found) > 1:
        return MIXED
    return found.pop() if found else None


def read_date(text: str, order: Order | None = None) -> date | Literal["ambiguous"] | None:
    """The date `text` names; AMBIGUOUS when only `order` could tell; None when it is not a date."""
    value = text.strip()
    if m := _ISO.fullmatch(value):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DOTS.fullmatch(value):
        return _make(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _SLASH.fullmatch(value):
        first, second, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        shown = slash_order(value)
        if first == second:
            return _make(year, first, second)
        if shown is None and order is None:
            return AMBIGUOUS if first <= 12 and second <= 12 else None
        use = order or shown
        if shown is not None and order is not None and shown != order:
            return None
        return _make(year, second, first) if use == "dmy" else _make(year, first, second)
    if m := _NAMED_DAY_FIRST.fullmatch(value):
        month = _month(m.group(2))
        return _make(int(m.group(3)), month, int(m.group(1))) if month else None
    if m := _NAMED_MONTH_FIRST.fullmatch(value):
        month = _month(m.group(1))
        return _make(int(m.group(3)), month, int(m.group(2))) if month else None
    return None
