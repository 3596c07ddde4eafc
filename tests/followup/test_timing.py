"""Timing: the send-by deadline and the check-in dates, weekends skipped."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from followup.answers import parse
from followup.timing import Timing, add_business_days, timing_for


def answers(**changes):
    data = {"schema_version": 1, "kind": "thank-you", "company": "Acme", "role": "Clerk",
            "candidate": {"name": "Jo"}, "interviewers": [{"name": "Dana"}], "interview_date": "2026-11-24"}
    data.update(changes)
    return parse(data)


@pytest.mark.parametrize(("start", "days", "expected"), [
    (date(2026, 11, 23), 1, date(2026, 11, 24)),  # Monday -> Tuesday
    (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday -> Monday
    (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday -> Monday
    (date(2026, 11, 29), 2, date(2026, 12, 1)),  # Sunday -> Tuesday
    (date(2026, 11, 24), 7, date(2026, 12, 3)),  # Tuesday + 7 -> Thursday next week
    (date(2026, 11, 24), 5, date(2026, 12, 1)),  # a business week is a calendar week
    (date(2026, 11, 24), 0, date(2026, 11, 24)),
])
def test_add_business_days_skips_weekends(start, days, expected):
    assert add_business_days(start, days) == expected


def test_no_interview_date_means_no_timing():
    a = answers(kind="after-rejection", interview_date="", interviewers=[])
    assert timing_for(a) is None


def test_send_by_is_24_hours_after_the_interview_ended():
    t = timing_for(answers(interview_time="14:30"))
    assert t is not None and t.send_by == datetime(2026, 11, 25, 14, 30)


def test_without_a_time_the_interview_is_taken_to_end_at_five():
    t = timing_for(answers())
    assert t is not None and t.send_by == datetime(2026, 11, 25, 17, 0)


def test_friday_interview_send_by_is_saturday_the_deadline_is_not_moved():
    """The 24-hour rule is about the reader's memory, not business days; the guide says Monday is fine."""
    t = timing_for(answers(interview_date="2026-11-27"))
    assert t is not None and t.send_by == datetime(2026, 11, 28, 17, 0)


def test_check_in_without_decision_date_is_seven_business_days_after_the_interview():
    assert timing_for(answers()) == Timing(
        send_by=datetime(2026, 11, 25, 17, 0),
        check_in=date(2026, 12, 3),
        second_check_in=date(2026, 12, 10),
    )


def test_check_in_with_decision_date_is_two_business_days_after_it():
    t = timing_for(answers(decision_date="2026-12-04"))  # a Friday
    assert t is not None
    assert t.check_in == date(2026, 12, 8)  # Tuesday
    assert t.second_check_in == date(2026, 12, 15)


def test_second_check_in_never_falls_on_a_weekend():
    for day in range(1, 29):
        t = timing_for(answers(interview_date=f"2026-02-{day:02d}"))
        assert t is not None
        assert t.check_in.weekday() < 5 and t.second_check_in.weekday() < 5
        assert (t.second_check_in - t.check_in).days == 7
