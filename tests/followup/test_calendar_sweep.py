"""The rules that depend on the calendar, on every day of 2026-2028 (`calendar_sweep.py`):
interviews on each day of the week, with and without a decision date, a thank-you on time or
late, check-ins recorded or not. Each test states one invariant in its name."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

import pytest
from calendar_sweep import DAYS, Case, answers_data, asked, cases, record_data

from followup.answers import Answers, parse
from followup.applications import Record, Sent
from followup.checks.timing import COMBINE_AFTER_DAYS
from followup.plan import Step, next_step, sort_key
from followup.timing import BETWEEN_CHECK_INS, add_business_days, timing_for


@cache
def _answers(interview: date, decision_after: int | None, interview_time: str | None) -> Answers:
    return parse(answers_data(interview, decision_after, interview_time))


def _record(which: str, interview: date) -> Record:
    data = record_data(which, interview)
    return Record(tuple(Sent(s["kind"], date.fromisoformat(s["date"]), s.get("to", ""), s.get("number"))
                        for s in data["sent"]), "waiting", None)


@cache
def _planned() -> tuple[tuple[Case, datetime, Step], ...]:
    out = []
    for case in cases():
        a = _answers(case.interview, case.decision_after, case.interview_time)
        r = _record(case.record, case.interview)
        for now in asked(case):
            out.append((case, now, next_step(a, r, now.date(), now)))
    return tuple(out)


def _business_day(day: date) -> bool:
    return day.weekday() < 5


def test_the_sweep_covers_every_day_of_three_years_and_every_weekday_for_an_interview():
    assert len(DAYS) == 365 + 365 + 366
    assert {d.weekday() for d in DAYS} == set(range(7))
    assert {c.interview for c in cases()} == set(DAYS)


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_timing_every_date_is_a_business_day_never_before_the_interview_and_in_order(year: int):
    for day in (d for d in DAYS if d.year == year):
        for decision in (None, 3, 10):
            for at in (None, "14:00"):
                t = timing_for(_answers(day, decision, at))
                assert t is not None
                for due in (t.send_by.date(), t.check_in, t.second_check_in, t.earliest_check_in):
                    assert _business_day(due), (day, decision, at, due)
                    assert due > day, (day, decision, at, due)
                assert t.send_by > datetime.combine(day, t.send_by.time()) - timedelta(days=1)
                assert t.earliest_check_in <= t.check_in < t.second_check_in, (day, decision)
                assert t.second_check_in == add_business_days(t.check_in, BETWEEN_CHECK_INS)


def test_plan_every_due_date_is_a_business_day_and_never_before_the_interview():
    for case, now, step in _planned():
        if step.due is not None:
            assert _business_day(step.due), (case, now, step)
            assert step.due > case.interview, (case, now, step)


def test_plan_a_step_is_overdue_exactly_when_its_due_moment_has_passed():
    for case, now, step in _planned():
        if step.due is None:
            assert not step.overdue, (case, now, step)
        elif step.due_time is not None:
            assert step.overdue == (now > datetime.combine(step.due, step.due_time)), (case, now, step)
        else:
            assert step.overdue == (step.due < now.date()), (case, now, step)


def test_plan_the_list_order_puts_every_overdue_step_before_every_step_that_is_not():
    by_moment: dict[datetime, list[Step]] = {}
    for _case, now, step in _planned():
        by_moment.setdefault(now, []).append(step)
    mixed = 0
    for now, steps in by_moment.items():
        ordered = sorted(steps, key=sort_key)
        flags = [s.overdue for s in ordered]
        assert flags == sorted(flags, reverse=True), now
        mixed += True in flags and False in flags
    assert mixed > 1000, "the sweep must hold days with overdue and not overdue steps side by side"


def test_plan_the_second_check_in_is_never_before_the_first():
    seen = 0
    for case, now, step in _planned():
        if step.step == "check-in" and step.check_in_number == 2:
            first = case.interview + timedelta(days=9)  # calendar_sweep.record_data's first check-in
            t = timing_for(_answers(case.interview, case.decision_after, case.interview_time))
            assert step.due is not None and t is not None
            assert step.due >= add_business_days(first, BETWEEN_CHECK_INS), (case, now, step)
            assert step.due > t.check_in, (case, now, step)
            seen += 1
    assert seen > 1000


def test_plan_after_two_check_ins_nothing_but_move_on():
    steps = [step for case, _now, step in _planned() if case.record == "check-in-2"]
    assert steps and all(s.step == "move-on" and s.kind is None and not s.overdue for s in steps)


def test_plan_a_thank_you_turns_into_a_check_in_only_when_it_would_come_late():
    """Nothing sent: a thank-you until the interview is `COMBINE_AFTER_DAYS` old and a check-in may
    be sent, a check-in from then on (never a gap between the two)."""
    for case, now, step in _planned():
        if case.record != "nothing":
            continue
        t = timing_for(_answers(case.interview, case.decision_after, case.interview_time))
        assert t is not None
        late = (now.date() - case.interview).days >= COMBINE_AFTER_DAYS and now.date() >= t.earliest_check_in
        assert step.step == ("check-in" if late else "thank-you"), (case, now, step)
