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


@pytest.mark.parametrize(("interview", "ended", "send_by", "moved"), [
    ("2026-11-27", "15:00", datetime(2026, 11, 30, 10, 0), True),  # Friday -> Monday morning, as the guide says
    ("2026-11-27", "09:00", datetime(2026, 11, 30, 10, 0), True),
    ("2026-11-28", "11:00", datetime(2026, 11, 30, 10, 0), True),  # Saturday -> Sunday -> Monday
    ("2026-11-29", "11:00", datetime(2026, 11, 30, 11, 0), False),  # Sunday: the 24 hours end on a Monday
    ("2026-11-26", "17:00", datetime(2026, 11, 27, 17, 0), False),  # Thursday -> Friday
])
def test_when_the_24_hours_end_on_a_weekend_send_by_is_monday_morning(interview, ended, send_by, moved):
    t = timing_for(answers(interview_date=interview, interview_time=ended))
    assert t is not None and (t.send_by, t.send_by_moved) == (send_by, moved)


def test_check_in_without_decision_date_is_seven_business_days_after_the_interview_five_at_least():
    assert timing_for(answers()) == Timing(
        send_by=datetime(2026, 11, 25, 17, 0),
        check_in=date(2026, 12, 3),
        second_check_in=date(2026, 12, 10),
        earliest_check_in=date(2026, 12, 1),
    )


def test_check_in_with_decision_date_is_two_business_days_after_it():
    t = timing_for(answers(decision_date="2026-12-04"))  # a Friday
    assert t is not None
    assert t.check_in == t.earliest_check_in == date(2026, 12, 8)  # Tuesday
    assert t.second_check_in == date(2026, 12, 15)


def test_second_check_in_never_falls_on_a_weekend():
    for day in range(1, 29):
        t = timing_for(answers(interview_date=f"2026-02-{day:02d}"))
        assert t is not None
        assert t.check_in.weekday() < 5 and t.second_check_in.weekday() < 5
        assert (t.second_check_in - t.check_in).days == 7
