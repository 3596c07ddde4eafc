"""The follow-up plan (followup.plan): the next step of an application, its date and its order."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from followup.answers import parse
from followup.applications import Record, Sent
from followup.plan import ADVICE, Step, next_step, sort_key, to_dict

DOCS = Path(__file__).resolve().parents[2] / "docs"


def answers(**changes: Any):
    # Interview on Tuesday 24 November 2026 at 14:00; no decision date unless given.
    data: dict[str, Any] = {
        "schema_version": 2, "kind": "thank-you", "company": "Northwind Traders", "role": "Data Analyst",
        "style": "en-GB", "candidate": {"name": "Alex Morgan"}, "interview_date": "2026-11-24",
        "interview_time": "14:00", "interviewers": [{"name": "Dana Lee"}, {"name": "Sam Patel"}],
    }
    data.update(changes)
    return parse(data)


def sent(kind: str, day: str, to: str = "", number: int | None = None) -> Sent:
    return Sent(kind, date.fromisoformat(day), to, number)


def record(*letters: Sent, outcome: str = "waiting", outcome_date: str | None = None) -> Record:
    return Record(letters, outcome, date.fromisoformat(outcome_date) if outcome_date else None)


D = date.fromisoformat


# --- thank-you ------------------------------------------------------------------------------------------


def test_a_new_application_is_due_a_thank_you_to_every_interviewer_by_the_send_by_time():
    step = next_step(answers(), record(), D("2026-11-24"))
    assert step == Step("thank-you", "Thank Dana Lee and Sam Patel at Northwind Traders by 14:00 on 25 November",
                        kind="thank-you", to=("Dana Lee", "Sam Patel"), due=D("2026-11-25"), due_time=time(14, 0))


def test_a_thank_you_is_overdue_from_its_send_by_time_when_the_time_is_known_else_from_the_next_day():
    a = answers()
    assert not next_step(a, record(), D("2026-11-25"), datetime(2026, 11, 25, 13, 59)).overdue
    assert next_step(a, record(), D("2026-11-25"), datetime(2026, 11, 25, 14, 1)).overdue
    assert not next_step(a, record(), D("2026-11-25")).overdue
    assert next_step(a, record(), D("2026-11-26")).overdue


def test_a_thank_you_whose_24_hours_end_on_a_weekend_is_due_monday_morning():
    step = next_step(answers(interview_date="2026-11-27", style="en-US"), record(), D("2026-11-27"))
    assert (step.due, step.due_time) == (D("2026-11-30"), time(10, 0))
    assert step.label == "Thank Dana Lee and Sam Patel at Northwind Traders by 10:00 on November 30"


def test_only_interviewers_not_yet_thanked_are_left_and_names_match_whatever_their_case_or_form():
    step = next_step(answers(), record(sent("thank-you", "2026-11-24", "dana LEE")), D("2026-11-25"))
    assert (step.step, step.to) == ("thank-you", ("Sam Patel",))
    assert step.label.startswith("Thank Sam Patel at Northwind Traders by ")
    decomposed = answers(interviewers=[{"name": "Jose\u0301 Marti\u0301nez"}])
    assert next_step(decomposed, record(sent("thank-you", "2026-11-24", "José Martínez")), D("2026-11-25")).step \
        == "check-in"


def test_once_everyone_is_thanked_the_first_check_in_is_next():
    thanked = record(sent("thank-you", "2026-11-24", "Dana Lee"), sent("thank-you", "2026-11-24", "Sam Patel"))
    step = next_step(answers(), thanked, D("2026-11-25"))
    assert (step.step, step.kind, step.check_in_number) == ("check-in", "check-in", 1)
    # Seven business days after Tuesday 24 November, weekends skipped.
    assert step.due == D("2026-12-03") and step.due_time is None and not step.overdue
    assert step.label == "Check in with Northwind Traders on 3 December"


def test_a_thank_you_sent_to_nobody_by_name_thanks_every_interviewer():
    assert next_step(answers(), record(sent("thank-you", "2026-11-24")), D("2026-11-25")).step == "check-in"


def test_a_week_late_and_past_the_earliest_check_in_the_thank_you_gives_way_to_a_check_in():
    """The guide: after a week, combine the thank-you with a check-in (checks.timing says the same)."""
    step = next_step(answers(), record(), D("2026-12-01"))
    assert (step.step, step.check_in_number, step.due) == ("check-in", 1, D("2026-12-03"))
    # Six days on, a thank-you is still the step: late, so overdue.
    step = next_step(answers(), record(), D("2026-11-30"))
    assert step.step == "thank-you" and step.overdue


def test_a_late_thank_you_stays_the_step_while_the_decision_date_is_ahead():
    step = next_step(answers(decision_date="2026-12-11"), record(), D("2026-12-04"))
    assert step.step == "thank-you" and step.overdue


# --- check-ins ------------------------------------------------------------------------------------------


def test_the_first_check_in_waits_two_business_days_after_the_decision_date_across_a_weekend():
    thanked = record(sent("thank-you", "2026-11-24"))
    step = next_step(answers(decision_date="2026-12-04"), thanked, D("2026-11-25"))  # a Friday
    assert step.due == D("2026-12-08") and not step.overdue  # Tuesday


def test_a_check_in_past_its_date_is_overdue_and_keeps_its_date():
    thanked = record(sent("thank-you", "2026-11-24"))
    step = next_step(answers(decision_date="2026-11-27"), thanked, D("2026-12-09"))
    assert (step.step, step.due, step.overdue) == ("check-in", D("2026-12-01"), True)
    assert not next_step(answers(decision_date="2026-11-27"), thanked, D("2026-12-01")).overdue


def test_the_second_check_in_is_a_week_after_the_first_was_sent():
    # The first check-in was due Thursday 3 December and sent late, on Monday 7 December.
    done = record(sent("thank-you", "2026-11-24"), sent("check-in", "2026-12-07", number=1))
    step = next_step(answers(kind="check-in"), done, D("2026-12-08"))
    assert (step.step, step.check_in_number, step.due) == ("check-in", 2, D("2026-12-14"))
    assert step.label == "Send Northwind Traders a second check-in on 14 December"


def test_the_second_check_in_is_never_before_a_week_after_the_first_check_in_date():
    early = record(sent("check-in", "2026-11-30", number=1))  # sent before its date, 3 December
    assert next_step(answers(kind="check-in"), early, D("2026-12-01")).due == D("2026-12-10")


def test_a_second_check_in_being_written_but_no_first_recorded_is_due_at_the_timing_date():
    step = next_step(answers(kind="check-in", check_in_number=2), record(), D("2026-12-04"))
    assert (step.check_in_number, step.due) == (2, D("2026-12-10"))


def test_after_two_check_ins_there_is_no_third_only_the_advice_to_move_on():
    two = record(sent("check-in", "2026-12-03", number=1), sent("check-in", "2026-12-10", number=2))
    step = next_step(answers(kind="check-in", check_in_number=2), two, D("2026-12-21"))
    assert step == Step("move-on", "No reply from Northwind Traders after two check-ins: time to move on",
                        advice="check-in/#how-many")
    # Answers asking for a third (the schema allows the number; compose refuses it) move on too.
    assert next_step(answers(kind="check-in", check_in_number=3), record(), D("2026-12-21")).step == "move-on"


# --- outcomes -------------------------------------------------------------------------------------------


def test_a_rejection_needs_a_reply_within_two_business_days_then_nothing_more():
    rejected = record(sent("thank-you", "2026-11-24"), outcome="rejected", outcome_date="2026-12-04")
    step = next_step(answers(), rejected, D("2026-12-04"))
    assert step == Step("reply", "Reply to the decision from Northwind Traders by 8 December", kind="after-rejection",
                        due=D("2026-12-08"), advice="rejection/#reply")
    assert next_step(answers(), rejected, D("2026-12-09")).overdue
    replied = record(*rejected.sent, sent("after-rejection", "2026-12-05"), outcome="rejected",
                     outcome_date="2026-12-04")
    done = next_step(answers(kind="after-rejection"), replied, D("2026-12-09"))
    assert (done.step, done.kind, done.due, done.overdue, done.advice) == ("done", None, None, False,
                                                                            "rejection/#keep-in-touch")


def test_answers_written_as_a_reply_to_a_rejection_are_a_reply_step_even_without_an_outcome():
    step = next_step(answers(kind="after-rejection", interview_date=""), record(), D("2026-12-04"))
    assert (step.step, step.kind, step.due, step.overdue) == ("reply", "after-rejection", None, False)
    assert step.label == "Reply to the decision from Northwind Traders"


@pytest.mark.parametrize(("outcome", "advice"), [("offer", "offer/#first-reply"), ("withdrawn", None),
                                                 ("no-reply", "check-in/#how-many")])
def test_a_finished_process_has_nothing_to_send(outcome: str, advice: str | None):
    step = next_step(answers(), record(outcome=outcome, outcome_date="2026-12-01"), D("2026-12-02"))
    assert (step.step, step.kind, step.check_in_number, step.to, step.due, step.overdue, step.advice) == (
        "done", None, None, (), None, False, advice)


# --- labels, order, JSON --------------------------------------------------------------------------------


def test_labels_follow_the_english_style_and_name_the_year_only_when_it_is_not_this_one():
    thanked = record(sent("thank-you", "2026-12-20"))
    us = next_step(answers(style="en-US", interview_date="2026-12-21"), thanked, D("2026-12-21"))
    assert us.label == "Check in with Northwind Traders on December 30"
    late = next_step(answers(style="en-US", interview_date="2026-12-28"), thanked, D("2026-12-28"))
    assert late.label == "Check in with Northwind Traders on January 6, 2027"
    uk = next_step(answers(interview_date="2026-12-28"), thanked, D("2026-12-28"))
    assert uk.label == "Check in with Northwind Traders on 6 January 2027"


def test_sort_key_puts_overdue_first_then_by_date_then_move_on_done_and_unreadable():
    steps: list[Step | None] = [
        None,
        Step("done", "d"),
        Step("move-on", "m"),
        Step("reply", "no date", kind="after-rejection"),
        Step("check-in", "later", due=D("2026-12-10")),
        Step("thank-you", "same day, later", due=D("2026-12-03"), due_time=time(17, 0)),
        Step("thank-you", "same day", due=D("2026-12-03"), due_time=time(9, 0)),
        Step("check-in", "overdue, later", due=D("2026-12-01"), overdue=True),
        Step("check-in", "overdue", due=D("2026-11-30"), overdue=True),
    ]
    ordered = sorted(steps, key=sort_key)
    assert [s.label if s else None for s in ordered] == [
        "overdue", "overdue, later", "same day", "same day, later", "later", "no date", "m", "d", None]


def test_the_json_shape_is_the_contracts():
    step = next_step(answers(), record(), D("2026-11-26"))
    assert to_dict(step) == {
        "step": "thank-you", "kind": "thank-you", "check_in_number": None, "to": ["Dana Lee", "Sam Patel"],
        "due": "2026-11-25", "due_time": "14:00", "overdue": True,
        "label": "Thank Dana Lee and Sam Patel at Northwind Traders by 14:00 on 25 November", "advice": None}
    assert to_dict(None) is None


def _headings() -> set[str]:
    ids = set()
    for page in DOCS.glob("*.md"):
        for anchor in re.findall(r"^#+ .*\{#([\w-]+)\}\s*$", page.read_text(encoding="utf-8"), re.M):
            ids.add(f"{page.stem}/#{anchor}")
    return ids


@pytest.mark.parametrize("advice", sorted({*ADVICE.values(), "rejection/#reply"}))
def test_every_advice_link_is_a_heading_of_the_guide(advice: str):
    assert advice in _headings()
