"""The fixed clock is named once and nothing else in the tests reads the real one.

`tests/fixed_clock.py` names the moment; `tests/node/fixed-clock.mjs` copies it for Node (compared
here); `tests/conftest.py` sets it in every browser context and in `followup.clock`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import fixed_clock
from fixed_clock import FIXED_NOW, FIXED_TIMEZONE, FIXED_TODAY, cli_args, days_ago, epoch_ms, week_of

from followup import clock

TESTS = Path(__file__).resolve().parent
HELPERS = {TESTS / "fixed_clock.py", TESTS / "node" / "fixed-clock.mjs", Path(__file__).resolve()}
# Reading the machine's clock: Python's and JavaScript's ways (a Date built from an argument is fine).
READS_THE_CLOCK = re.compile(r"\bdate\.today\(\)|\bdatetime\.(?:now|today|utcnow)\(\)|\btime\.time\(\)|"
                             r"\bnew Date\(\s*\)|\blocaltime\(\s*\)")


def test_no_test_reads_the_real_date_time_or_zone():
    found = []
    for path in sorted(TESTS.rglob("*")):
        if path.suffix not in (".py", ".mjs", ".js") or path in HELPERS or "__pycache__" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if READS_THE_CLOCK.search(line):
                found.append(f"{path.relative_to(TESTS)}:{number}: {line.strip()}")
    assert found == []


def test_the_pattern_catches_each_way_of_reading_the_clock():
    for line in ("x = date.today()", "datetime.now()", "new Date()", "new Date( )", "time.time()"):
        assert READS_THE_CLOCK.search(line), line
    for line in ("new Date(2026, 10, 26)", "datetime.now(tz)", "date.fromisoformat(x)"):
        assert not READS_THE_CLOCK.search(line), line


def test_the_node_copy_names_the_same_moment_and_zone():
    text = (TESTS / "node" / "fixed-clock.mjs").read_text(encoding="utf-8")
    assert f'process.env.TZ = "{FIXED_TIMEZONE}";' in text
    assert f'FIXED_TODAY = "{FIXED_TODAY.isoformat()}";' in text
    assert f'FIXED_NOW_LOCAL = "{FIXED_NOW:%Y-%m-%dT%H:%M}";' in text
    # JavaScript months count from 0.
    js = f"new RealDate({FIXED_NOW.year}, {FIXED_NOW.month - 1}, {FIXED_NOW.day}, {FIXED_NOW.hour}, {FIXED_NOW.minute})"
    assert js in text


def test_the_moment_and_the_days_derived_from_it():
    assert FIXED_NOW == datetime(2026, 11, 26, 10, 30) and FIXED_TODAY.weekday() == 3
    assert days_ago(4) == date(2026, 11, 22) and days_ago(1, date(2026, 1, 1)) == date(2025, 12, 31)
    assert [d.strftime("%a %d") for d in week_of()] == ["Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27",
                                                        "Sat 28", "Sun 29"]
    assert epoch_ms(datetime(2026, 11, 26, 10, 30)) == 1795689000000  # London is on UTC in November
    assert epoch_ms(datetime(2026, 7, 1, 12, 0)) == epoch_ms(datetime(2026, 7, 1, 11, 0), "UTC")


def test_the_composer_reads_the_fixed_moment_and_dated_commands_get_today():
    assert clock.local_now() == FIXED_NOW
    assert cli_args(["compose", "a.json"]) == ["compose", "a.json", "--today", "2026-11-26"]
    assert cli_args(["plan", "a.json", "--today", "2027-01-04"]) == ["plan", "a.json", "--today", "2027-01-04"]
    assert cli_args(["schema"]) == ["schema"] and fixed_clock.DATED_COMMANDS == {"compose", "check", "plan"}
