"""The one moment every test runs at, named once.

No test reads the real date, time or time zone: Python tests pass `today`/`now` from here, the
browser tests' contexts get this moment and zone from `tests/conftest.py` (Playwright's clock and
`timezone_id`), and the Node tests read the same values from `tests/node/fixed-clock.mjs`, which
`tests/test_fixed_clock.py` compares with this file. A test that needs another day (the
calendar sweep, the week of browser scenarios) derives it from these values, never from the clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

#: The zone the browser shows and the page's "today" is read in (a zone with a DST change, so a
#: date computed in UTC by mistake shows up around midnight).
FIXED_TIMEZONE = "Europe/London"
#: Thursday 26 November 2026, 10:30 wall-clock time in FIXED_TIMEZONE.
FIXED_NOW = datetime(2026, 11, 26, 10, 30)
FIXED_TODAY: date = FIXED_NOW.date()


def days_ago(days: int, today: date = FIXED_TODAY) -> date:
    """The calendar date `days` before `today` (negative: after), weekends included."""
    return today - timedelta(days=days)


def epoch_ms(moment: datetime, zone: str = FIXED_TIMEZONE) -> int:
    """`moment` (a naive wall-clock time in `zone`) as milliseconds since the Unix epoch.

    A wall-clock time that a DST change skips or repeats resolves as `zoneinfo` does (fold=0).
    """
    return int(moment.replace(tzinfo=ZoneInfo(zone)).timestamp() * 1000)


def week_of(moment: datetime = FIXED_NOW) -> list[datetime]:
    """The seven moments Monday to Sunday of `moment`'s week, each at `moment`'s time of day."""
    monday = moment - timedelta(days=moment.weekday())
    return [monday + timedelta(days=offset) for offset in range(7)]


DATED_COMMANDS = frozenset({"compose", "check", "plan"})
"""The `followup` subcommands that take `--today` (and otherwise read the machine's clock)."""


def cli_args(args: tuple[str, ...] | list[str]) -> list[str]:
    """`followup` arguments with `--today FIXED_TODAY` added to a dated command that has none, so a
    test of the command line in a subprocess never reads the machine's date."""
    out = list(args)
    if out and out[0] in DATED_COMMANDS and "--today" not in out:
        out += ["--today", FIXED_TODAY.isoformat()]
    return out
