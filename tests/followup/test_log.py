"""The job search log (followup.log): its rows for every state of an application, and its ranges."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from fixed_clock import FIXED_TODAY, days_ago

from followup.answers import parse
from followup.applications import Application, Record, Sent
from followup.log import (ACTIVITIES, Range, Row, application_rows, custom, last_week, log_style, person, rows,
                          this_month, this_week, week_start)
from followup.plan import next_step

D = date.fromisoformat


def app(record: Record = Record(), ident: str = "a", **changes: Any) -> Application:
    data: dict[str, Any] = {
        "schema_version": 3, "kind": "thank-you", "company": "Northwind Traders", "role": "Data Analyst",
        "style": "en-GB", "candidate": {"name": "Alex Morgan"}, "interview_date": days_ago(2).isoformat(),
        "stage": "panel", "interviewers": [{"name": "Dana Lee", "title": "Head of Analytics"}, {"name": "Sam Patel"}],
        "tracking": {"date_applied": days_ago(20).isoformat(), "method": "referral", "location": "Leeds",
                     "posting": "https://careers.example.com/1", "contact_name": "Jo Ruiz",
                     "contact_details": "jo@example.com"},
    }
    data.update(changes)
    return Application(ident, parse(data, complete=False), record)


def sent(kind: str, days: int, to: str = "", number: int | None = None) -> Sent:
    return Sent(kind, days_ago(days), to, number)


def table(found: list[Row]) -> list[tuple[str, ...]]:
    return [(r.date.isoformat(), r.activity, r.contact, r.method, r.result) for r in found]


# Every step the plan can reach, with the record that leads there and the rows it gives beyond the
# applied and interview rows every one of them has.
STATES = {
    "thank-you": (Record(), []),
    "first check-in": (Record((sent("thank-you", 1),)), [("thank-you", "Dana Lee and Sam Patel")]),
    "second check-in": (Record((sent("thank-you", 1, "Dana Lee"), sent("check-in", 0, number=1))),
                        [("thank-you", "Dana Lee"), ("check-in", "Dana Lee")]),
    "move-on": (Record((sent("check-in", 1, number=1), sent("check-in", 0, "Sam Patel", number=2))),
                [("check-in", "Dana Lee"), ("check-in", "Sam Patel")]),
    "reply": (Record(outcome="rejected", outcome_date=days_ago(1)), [("outcome", "Jo Ruiz (jo@example.com)")]),
    "replied": (Record((sent("after-rejection", 0),), "rejected", days_ago(1)),
                [("outcome", "Jo Ruiz (jo@example.com)"), ("after-rejection", "Dana Lee")]),
    "offer": (Record(outcome="offer", outcome_date=days_ago(0)), [("outcome", "Jo Ruiz (jo@example.com)")]),
    "withdrawn": (Record(outcome="withdrawn", outcome_date=days_ago(0)), [("outcome", "Jo Ruiz (jo@example.com)")]),
    "no-reply": (Record(outcome="no-reply"), []),
}
RESULTS = {"reply": "Not selected", "replied": "Not selected", "offer": "Offer", "withdrawn": "Withdrew",
           "no-reply": "No reply"}


@pytest.mark.parametrize("state", STATES)
def test_every_state_of_an_application_gives_its_rows(state: str):
    record, extra = STATES[state]
    application = app(record)
    step = next_step(application.answers, record, FIXED_TODAY)
    assert step.step == {"first check-in": "check-in", "second check-in": "check-in", "replied": "done",
                         "offer": "done", "withdrawn": "done", "no-reply": "done"}.get(state, state)
    found = application_rows(application)
    result = RESULTS.get(state, "No decision yet")
    assert [(r.activity, r.contact) for r in found] == [
        ("applied", "Jo Ruiz (jo@example.com)"), ("interview", "Dana Lee (Head of Analytics)"),
        ("interview", "Sam Patel"), *sorted(extra, key=lambda pair: ACTIVITIES.index(pair[0]))]
    assert {r.result for r in found} == {result}
    assert {(r.employer, r.position, r.location, r.posting) for r in found} == {
        ("Northwind Traders", "Data Analyst", "Leeds", "https://careers.example.com/1")}
    assert found[0].method == "Referral" and found[1].method == "Panel interview"
    assert all(r.method == "Email" for r in found if r.activity in ("thank-you", "check-in", "after-rejection"))


def test_a_fact_not_recorded_gives_no_row_and_an_interview_without_interviewers_is_one_row():
    bare = app(tracking={}, interviewers=[], kind="check-in")
    assert table(application_rows(bare)) == [(days_ago(2).isoformat(), "interview", "", "Panel interview",
                                              "No decision yet")]
    assert application_rows(app(tracking={}, interview_date="", interviewers=[])) == []


def test_the_log_is_the_range_s_rows_of_every_application_by_date_then_employer():
    a = app(Record((sent("thank-you", 1),)), "a")
    b = app(Record(outcome="offer", outcome_date=days_ago(1)), "b", company="Contoso", interview_date=days_ago(9).isoformat())
    week = this_week(FIXED_TODAY)
    assert [(r.date, r.employer, r.activity) for r in rows([b, a], week)] == [
        (days_ago(2), "Northwind Traders", "interview"), (days_ago(2), "Northwind Traders", "interview"),
        (days_ago(1), "Contoso", "outcome"), (days_ago(1), "Northwind Traders", "thank-you")]
    assert rows([a, b], Range(days_ago(40), days_ago(30))) == []


def test_the_name_and_style_of_the_log_are_the_ones_most_applications_give():
    three = [app(ident="a", style="en-US"), app(ident="b", candidate={"name": "A. Morgan"}), app(ident="c")]
    assert (log_style(three), person(three)) == ("en-GB", "Alex Morgan")
    assert (log_style([]), person([])) == ("en-US", "")


# --- ranges -------------------------------------------------------------------------------------------------


def test_this_week_runs_monday_to_sunday_and_sunday_to_saturday_in_us_english():
    # Thursday 26 November 2026.
    assert this_week(FIXED_TODAY, week_start("en-GB")) == Range(D("2026-11-23"), D("2026-11-29"))
    assert this_week(FIXED_TODAY, week_start("en-US")) == Range(D("2026-11-22"), D("2026-11-28"))
    assert last_week(FIXED_TODAY, "monday") == Range(D("2026-11-16"), D("2026-11-22"))
    assert last_week(FIXED_TODAY, "sunday") == Range(D("2026-11-15"), D("2026-11-21"))


@pytest.mark.parametrize("starts", ["monday", "sunday"])
def test_every_day_of_a_week_is_in_the_same_week_and_the_first_day_is_its_own(starts: str):
    first = this_week(FIXED_TODAY, starts).start  # type: ignore[arg-type]
    assert first.strftime("%A").lower() == starts
    for offset in range(7):
        assert this_week(first + timedelta(days=offset), starts) == Range(first, first + timedelta(days=6))  # type: ignore[arg-type]
    assert this_week(first - timedelta(days=1), starts).end == first - timedelta(days=1)  # type: ignore[arg-type]


def test_a_week_across_new_year_is_one_week_and_last_week_crosses_back():
    assert this_week(D("2027-01-01"), "monday") == Range(D("2026-12-28"), D("2027-01-03"))
    assert this_week(D("2026-12-29"), "sunday") == Range(D("2026-12-27"), D("2027-01-02"))
    assert last_week(D("2027-01-04"), "monday") == Range(D("2026-12-28"), D("2027-01-03"))
    assert Range(D("2026-12-28"), D("2027-01-03")).label("en-GB") == "28 December 2026 – 3 January 2027"
    assert Range(D("2026-12-27"), D("2027-01-02")).label("en-US") == "December 27, 2026 – January 2, 2027"


@pytest.mark.parametrize(("today", "first", "last"), [
    ("2026-11-26", "2026-11-01", "2026-11-30"), ("2026-12-31", "2026-12-01", "2026-12-31"),
    ("2028-02-10", "2028-02-01", "2028-02-29"), ("2027-02-01", "2027-02-01", "2027-02-28")])
def test_this_month_is_the_calendar_month(today: str, first: str, last: str):
    assert this_month(D(today)) == Range(D(first), D(last))


def test_labels_name_the_range_in_the_style_and_a_custom_range_must_not_end_before_it_starts():
    assert this_week(FIXED_TODAY).label("en-GB") == "23–29 November 2026"
    assert this_week(FIXED_TODAY, "sunday").label("en-US") == "November 22–28, 2026"
    assert Range(D("2026-11-30"), D("2026-12-06")).label("en-GB") == "30 November – 6 December 2026"
    assert Range(FIXED_TODAY, FIXED_TODAY).label("en-US") == "November 26, 2026"
    assert custom(FIXED_TODAY, FIXED_TODAY) == Range(FIXED_TODAY, FIXED_TODAY)
    with pytest.raises(ValueError, match=r"ends \(2026-11-25\) before it starts \(2026-11-26\): swap"):
        custom(FIXED_TODAY, days_ago(1))
    assert FIXED_TODAY in this_week(FIXED_TODAY) and "2026-11-26" not in this_week(FIXED_TODAY)
