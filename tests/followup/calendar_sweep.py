"""The calendar sweep's cases: interviews on every day of 2026-2028, with and without a decision
date, at a time of day or without one, each asked on days from the interview to a month later,
with nothing sent, a thank-you sent, one check-in or two recorded.

Shared by `test_calendar_sweep.py` (the invariants of `timing` and `plan`) and by the Node test
that holds the page's list order (`byNextStep`) against `plan.sort_key` on the same days
(`python tests/followup/calendar_sweep.py` prints those cases as JSON). Pure: nothing here reads
the clock; every day is derived from the sweep's first day.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

FIRST_DAY = date(2026, 1, 1)
LAST_DAY = date(2028, 12, 31)
DAYS: tuple[date, ...] = tuple(FIRST_DAY + timedelta(days=n) for n in range((LAST_DAY - FIRST_DAY).days + 1))
DECISION_AFTER = (None, 3, 10)
"""Calendar days from the interview to the decision date they gave (None: no date given)."""
ASKED_AFTER = (0, 1, 2, 4, 6, 9, 13, 20, 31)
"""Calendar days from the interview to the day the plan is asked on."""
ASKED_AT = (time(9, 0), time(18, 30))
RECORDS = ("nothing", "thank-you", "check-in-1", "check-in-2")


def answers_data(interview: date, decision_after: int | None, interview_time: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 2, "kind": "thank-you", "company": "Northwind Traders", "role": "Data Analyst",
        "style": "en-GB", "candidate": {"name": "Alex Morgan"}, "interview_date": interview.isoformat(),
        "interviewers": [{"name": "Dana Lee"}],
    }
    if interview_time:
        data["interview_time"] = interview_time
    if decision_after is not None:
        data["decision_date"] = (interview + timedelta(days=decision_after)).isoformat()
    return data


def record_data(which: str, interview: date) -> dict[str, Any]:
    """What was sent: a thank-you the day after the interview, check-ins a week apart after it."""
    sent: list[dict[str, Any]] = []
    if which != "nothing":
        sent.append({"kind": "thank-you", "to": "", "date": (interview + timedelta(days=1)).isoformat()})
    if which in ("check-in-1", "check-in-2"):
        sent.append({"kind": "check-in", "number": 1, "date": (interview + timedelta(days=9)).isoformat()})
    if which == "check-in-2":
        sent.append({"kind": "check-in", "number": 2, "date": (interview + timedelta(days=16)).isoformat()})
    return {"sent": sent, "outcome": "waiting", "outcome_date": None}


@dataclass(frozen=True)
class Case:
    interview: date
    decision_after: int | None
    interview_time: str | None
    record: str


@cache
def cases() -> tuple[Case, ...]:
    return tuple(Case(day, decision, at, which) for day in DAYS for decision in DECISION_AFTER
                 for at in (None, "14:00") for which in RECORDS)


def asked(case: Case) -> Iterator[datetime]:
    """The moments a case's plan is asked at."""
    for after in ASKED_AFTER:
        for at in ASKED_AT:
            yield datetime.combine(case.interview + timedelta(days=after), at)


def list_days(step: int = 1) -> list[dict[str, Any]]:
    """For every `step`-th day of the sweep: an applications file of interviews at every distance
    before that day (each with its own record), and the day asked at 09:00, as the page asks."""
    days = []
    for today in DAYS[::step]:
        applications = []
        for n, after in enumerate(ASKED_AFTER):
            interview = today - timedelta(days=after)
            for m, which in enumerate(RECORDS):
                decision = DECISION_AFTER[(n + m) % len(DECISION_AFTER)]
                applications.append({
                    "id": f"a{n}-{m}", "updated": "2026-01-01T00:00:00.000Z",
                    "answers": answers_data(interview, decision, "14:00" if m % 2 else None),
                    "record": record_data(which, interview),
                })
        days.append({"today": f"{today.isoformat()}T09:00",
                     "file": {"applications_version": 1, "applications": applications}})
    return days


if __name__ == "__main__":
    # The Node side's half of the sweep: each day's file with followup.bundle.plan_json's answer.
    from followup.bundle import plan_json

    out = []
    for day in list_days(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        planned = json.loads(plan_json(json.dumps(day["file"]), day["today"]))
        out.append({**day, "planned": planned})
    json.dump(out, sys.stdout)
