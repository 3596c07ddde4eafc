"""Checks: each piece of the guide's advice fires when it should, stays quiet when it should not."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from importlib.resources import files

import pytest

from followup.answers import Answers, Interviewer, loads
from followup.checks import ANCHORS, Finding, check, looks_like_resume
from followup.compose import compose
from followup.letter import Letter

TODAY = date(2026, 11, 27)  # the day after the examples' interview

CONTRACT_ANCHORS = {
    "capitals": "mistakes/#form", "typo": "mistakes/#form", "link": "what-to-write/#specific-detail",
    "lower-nouns": "mistakes/#form", "title": "mistakes/#form", "own-name": "mistakes/#names",
    "company-name": "mistakes/#names",
    "shortened-answer": "what-to-write/#specific-detail",
    "missing-detail": "what-to-write/#specific-detail", "has-detail": "what-to-write/#specific-detail",
    "length": "what-to-write/#length", "resume-paste": "what-to-write/#your-strength",
    "no-name": "mistakes/#names", "placeholder": "mistakes/#placeholders", "panel-similar": "panel/#one-note-each",
    "late": "when/#late", "on-time": "when/#within-24-hours", "early-check-in": "check-in/#decision-date",
    "third-check-in": "check-in/#how-many", "message-too-long": "channels/#short-message",
    "rejection-feedback": "rejection/#feedback", "date-check": "when/#timeline", "reply-in-thread": "rejection/#reply",
    "check-in-thread": "check-in/#what-to-say",
    "message-shortened": "channels/#short-message", "emoji": "mistakes/#form",
    "address-as": "mistakes/#names", "rephrase": "what-to-write/#specific-detail", "subject": "channels/#email",
    "thin-note": "panel/#one-note-each", "letter-address": "channels/#letter", "sign-off": "mistakes/#form",
}


def example(name: str = "thank-you", **changes: object) -> Answers:
    text = files("followup").joinpath(f"examples/{name}.json").read_text(encoding="utf-8")
    return dataclasses.replace(loads(text), **changes)


def codes(findings: list[Finding], level: str | None = None) -> set[str]:
    return {f.code for f in findings if level is None or f.level == level}


def with_person(answers: Answers, **changes: object) -> Answers:
    return dataclasses.replace(answers, interviewers=(dataclasses.replace(answers.interviewers[0], **changes),))


def test_anchors_are_the_contracts() -> None:
    assert ANCHORS == CONTRACT_ANCHORS


@pytest.mark.parametrize(("name", "today"), [("thank-you", TODAY), ("panel", TODAY),
                                             ("check-in", date(2026, 11, 25)),
                                             ("after-rejection", TODAY)])
def test_the_examples_have_no_problems_and_every_finding_is_well_formed(name: str, today: date) -> None:
    findings = check(example(name), today)
    assert codes(findings, "problem") == set()
    for f in findings:
        assert f.level in {"problem", "suggestion", "good"}
        assert f.anchor == CONTRACT_ANCHORS[f.code]
        assert len(f.message) > 30 and f.message[0].isupper()


def test_problems_come_first() -> None:
    findings = check(example(interviewers=(Interviewer(name="Dana Lee"),)), TODAY)
    levels = [f.level for f in findings]
    assert levels == sorted(levels, key=["problem", "suggestion", "good"].index)


# --- specific detail -------------------------------------------------------------------------


def test_detail_present_is_good() -> None:
    assert "has-detail" in codes(check(example(), TODAY), "good")


@pytest.mark.parametrize("topic", ["", "dbt", "the role", "Everything."])
def test_empty_or_generic_topic_is_a_problem_naming_the_interviewer(topic: str) -> None:
    findings = [f for f in check(with_person(example(), topic=topic), TODAY) if f.code == "missing-detail"]
    assert len(findings) == 1 and findings[0].level == "problem"
    assert findings[0].field == "interviewers.0.topic"
    assert "Dana Lee" in findings[0].message


def test_detail_is_not_checked_for_a_check_in() -> None:
    assert codes(check(example("check-in"), date(2026, 11, 25))) & {"missing-detail", "has-detail"} == set()


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Hiring Manager", "Recruiter", "The Hiring Team", "HR", "Sir or Madam"])
def test_a_role_instead_of_a_name_gets_a_suggestion(name: str) -> None:
    findings = [f for f in check(with_person(example(), name=name), TODAY) if f.code == "no-name"]
    assert [f.level for f in findings] == ["suggestion"]
    assert findings[0].field == "interviewers.0.name"


def test_all_lowercase_name_gets_a_suggestion_to_check_spelling() -> None:
    findings = [f for f in check(with_person(example(), name="dana lee"), TODAY) if f.code == "no-name"]
    assert findings and "dana lee" in findings[0].message


def test_no_interviewer_at_all_suggests_finding_a_name() -> None:
    findings = check(example("after-rejection", interviewers=()), TODAY)
    assert "no-name" in codes(findings, "suggestion")


@pytest.mark.parametrize("name", ["Dana Lee", "Dr. Priya Raman", "José María Ortega", "Hiroshi Tanaka"])
def test_real_names_pass(name: str) -> None:
    assert "no-name" not in codes(check(with_person(example(), name=name), TODAY))


# --- placeholders ---------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [
    ("company", "[Company]"), ("role", "<role>"), ("their_needs", "XXX"), ("your_strength", "TODO: fill in"),
    ("forgot_to_mention", "Lorem ipsum dolor sit amet"), ("company", "{company}"),
    ("their_needs", "Insert the team's needs here"),
])
def test_placeholder_text_is_a_problem_on_its_field(field: str, value: str) -> None:
    findings = [f for f in check(example(**{field: value}), TODAY) if f.code == "placeholder"]
    assert len(findings) == 1 and findings[0].level == "problem" and findings[0].field == field


def test_placeholder_in_an_interviewer_field_names_its_path() -> None:
    findings = check(with_person(example(), title="[Title]"), TODAY)
    assert [f.field for f in findings if f.code == "placeholder"] == ["interviewers.0.title"]


@pytest.mark.parametrize(("field", "value"), [("candidate.name", "Alex Morgan 🙂"), ("sign_off", "Cheers ✌️"),
                                             ("your_strength", "I shipped the new dashboard ⭐")])
def test_an_emoji_gets_a_suggestion_on_its_field(field: str, value: str) -> None:
    answers = example()
    if field == "candidate.name":
        answers = dataclasses.replace(answers, candidate=dataclasses.replace(answers.candidate, name=value))
    else:
        answers = dataclasses.replace(answers, **{field: value})
    found = [f for f in check(answers, TODAY) if f.code == "emoji"]
    assert found and found[0].level == "suggestion" and found[0].field == field


def test_symbols_accents_dashes_and_quotes_are_not_emoji() -> None:
    answers = example(your_strength="Zoë’s team – “fast”, naïve… café · 50% → 2× ✓ ✔ • ★ ☎ ✉ © ™")
    assert "emoji" not in codes(check(answers, TODAY))


@pytest.mark.parametrize(("text", "quoted"), [("Thanks ✉️", "✉️"), ("at 9 ⏰", "⏰"), ("London 🇬🇧", "🇬🇧"),
                                              ("dev 👩‍💻", "👩‍💻"), ("great 👍🏽", "👍🏽"), ("step 1️⃣", "1️⃣")])
def test_an_emoji_is_quoted_whole(text: str, quoted: str) -> None:
    found = [f for f in check(example(your_strength=text), TODAY) if f.code == "emoji"]
    assert found and f"Leave out the {quoted}:" in found[0].message


def test_ordinary_text_is_not_taken_for_a_placeholder() -> None:
    answers = example(their_needs="insights into the Q3 numbers; a clear owner for the sales data (today: nobody)")
    assert "placeholder" not in codes(check(answers, TODAY))


# --- panels -----------------------------------------------------------------------------------


def test_two_interviewers_with_the_same_topic_get_a_suggestion() -> None:
    panel = example("panel")
    same = panel.interviewers[0].topic
    answers = dataclasses.replace(panel, interviewers=tuple(dataclasses.replace(p, topic=same)
                                                            for p in panel.interviewers))
    findings = [f for f in check(answers, TODAY) if f.code == "panel-similar"]
    assert findings and all(f.level == "suggestion" for f in findings)
    assert findings[0].field == "interviewers.1.topic" and "Dana" in findings[0].message


def test_near_copy_letters_are_flagged_when_given() -> None:
    answers = example("panel")
    letters = compose(answers, TODAY)
    copies = tuple(dataclasses.replace(letters[0], recipient_name=letter.recipient_name) for letter in letters)
    assert "panel-similar" not in codes(check(answers, TODAY, letters))
    assert "panel-similar" in codes(check(answers, TODAY, copies))


# --- strength ----------------------------------------------------------------------------------

RESUME = """Senior Data Analyst, Fabrikam (2019-2023)
- Responsible for weekly sales reporting, forecasting, dashboards, SQL, Python, dbt, Tableau
- Led migration of reporting to dbt; trained analysts; stakeholder management; KPI design"""


def test_pasted_resume_gets_a_suggestion_that_says_why() -> None:
    findings = [f for f in check(example(your_strength=RESUME), TODAY) if f.code == "resume-paste"]
    assert len(findings) == 1 and findings[0].level == "suggestion" and findings[0].field == "your_strength"
    assert "bullet" in findings[0].message and "one sentence" in findings[0].message


def test_one_sentence_strength_is_not_a_resume() -> None:
    assert looks_like_resume(example().your_strength) == []
    assert "resume-paste" not in codes(check(example(), TODAY))


@pytest.mark.parametrize("text", [
    "word " * 61, "I did A, B, C, D, E, F and G", "Responsible for the reporting", "Analyst 2019 – present",
    "line one\nline two\nline three",
])
def test_each_resume_signal_is_seen(text: str) -> None:
    assert looks_like_resume(text)


# --- length -----------------------------------------------------------------------------------


def _with_paragraphs(letter: Letter, words: int) -> Letter:
    return dataclasses.replace(letter, paragraphs=("word " * words,))


def test_too_long_letter_is_a_problem_too_short_a_suggestion_and_a_good_length_passes() -> None:
    answers = example()
    (letter,) = compose(answers, TODAY)
    assert "length" not in codes(check(answers, TODAY, (letter,)))
    long = check(answers, TODAY, (_with_paragraphs(letter, 320),))
    assert [f.level for f in long if f.code == "length"] == ["problem"]
    short = check(answers, TODAY, (_with_paragraphs(letter, 30),))
    assert [f.level for f in short if f.code == "length"] == ["suggestion"]


def test_a_short_second_check_in_is_not_too_short() -> None:
    answers = example("check-in", check_in_number=2)
    assert "length" not in codes(check(answers, date(2026, 12, 10)))


def test_a_short_message_that_had_to_drop_the_role_and_company_says_so() -> None:
    answers = with_person(example(channel="message", message_to="linkedin-note-premium"), topic="the way your team rebuilt the churn dashboard "
                          "from scratch last spring and how the analysts now share one definition of an "
                          "active customer")
    findings = [f for f in check(answers, TODAY) if f.code == "message-shortened"]
    assert findings and findings[0].level == "suggestion" and findings[0].field == "interviewers.0.topic"
    assert "the role" in findings[0].message and "company" in findings[0].message
    assert "message-shortened" not in codes(check(example(channel="message", message_to="linkedin-note-premium"),
                                                  TODAY))


@pytest.mark.parametrize("role", ["Data Analyst role", "Data Analyst Position", "data analyst"])
@pytest.mark.parametrize("tone", ["formal", "warm", "brief"])
def test_a_short_message_with_room_for_everything_says_nothing_was_left_out(role: str, tone: str) -> None:
    # The templates write "the Data Analyst position": the role is there, in their words.
    answers = with_person(example(channel="message", role=role, tone=tone, message_to="linkedin-note-premium"),
                          topic="the dbt migration")
    assert "message-shortened" not in codes(check(answers, TODAY))


def test_a_check_in_message_that_dropped_the_names_points_at_them_not_at_a_hidden_field() -> None:
    answers = example("check-in", channel="message", company="Northwind Traders International Holdings "
                      "Group Limited Partnership", role="Senior Principal Data Analytics and Business "
                      "Intelligence Engineering Lead")
    found = [f for f in check(answers, date(2026, 11, 25)) if f.code == "message-shortened"]
    assert found and found[0].field in ("role", "company") and "shorter role or company name" in found[0].message


def test_message_over_the_limit_is_a_problem() -> None:
    answers = example(channel="message")
    (letter,) = compose(answers, TODAY)
    assert "message-too-long" not in codes(check(answers, TODAY, (letter,)))
    over = dataclasses.replace(letter, paragraphs=("x" * 400,))
    assert "message-too-long" in codes(check(answers, TODAY, (over,)), "problem")


# --- timing -----------------------------------------------------------------------------------


def test_on_time_thank_you_is_good_and_says_the_deadline() -> None:
    findings = [f for f in check(example(), TODAY) if f.code == "on-time"]
    assert findings and findings[0].level == "good" and "11:30" in findings[0].message


def test_late_thank_you_suggests_sending_anyway_and_short() -> None:
    findings = [f for f in check(example(), date(2026, 12, 1)) if f.code == "late"]
    assert findings and findings[0].level == "suggestion"
    assert "anyway" in findings[0].message and "short" in findings[0].message


def test_after_a_friday_interview_monday_morning_is_on_time_not_late() -> None:
    friday = example(interview_date=date(2026, 11, 27), interview_time=None)
    for today in (date(2026, 11, 28), date(2026, 11, 30)):  # Saturday, Monday
        findings = check(friday, today)
        assert "late" not in codes(findings)
        on_time = [f for f in findings if f.code == "on-time"]
        assert on_time and "10:00 on Monday 30 November" in on_time[0].message, on_time
        assert ("write it on Monday too" in on_time[0].message) == (today.weekday() == 5)
    assert "late" in codes(check(friday, date(2026, 12, 1)), "suggestion")


def test_with_the_time_of_day_a_thank_you_is_late_from_its_send_by_time() -> None:
    # Interview Thursday 26 November at 11:30: send by Friday 27 November, 11:30.
    def late(now: datetime) -> list[Finding]:
        return [f for f in check(example(), now.date(), now=now) if f.code == "late"]
    assert not late(datetime(2026, 11, 27, 11, 30))
    found = late(datetime(2026, 11, 27, 15, 0))
    assert found and found[0].message.startswith("The interview was yesterday, past the usual 24 hours.")
    assert "on-time" not in codes(check(example(), date(2026, 11, 27), now=datetime(2026, 11, 27, 15, 0)))
    assert "on-time" in codes(check(example(), date(2026, 11, 27)))  # the day alone: still that day


def test_a_week_late_thank_you_suggests_a_check_in_once_one_would_not_be_too_early() -> None:
    # Interview Thursday 26 November, decision date Friday 4 December: check-ins from Tuesday 8.
    assert example().decision_date == date(2026, 12, 4)
    early = [f for f in check(example(), date(2026, 12, 3)) if f.code == "late"]
    assert early and "7 days ago" in early[0].message and "anyway" in early[0].message, early
    assert "early-check-in" in codes(check(example(kind="check-in"), date(2026, 12, 3)))
    later = [f for f in check(example(), date(2026, 12, 8)) if f.code == "late"]
    assert later and later[0].level == "suggestion" and later[0].field == "kind"
    assert "Check-in" in later[0].message
    assert "early-check-in" not in codes(check(example(kind="check-in"), date(2026, 12, 8)))


@pytest.mark.parametrize(("changes", "today", "field"), [
    ({"interview_date": date(2026, 12, 24)}, TODAY, "interview_date"),  # still ahead
    ({"interview_date": date(1, 1, 1)}, TODAY, "interview_date"),  # a mistyped year
    ({"interview_date": date(2025, 11, 20)}, TODAY, "interview_date"),
])
def test_an_interview_date_that_cannot_be_right_is_a_problem_and_no_timing_is_given(changes, today, field) -> None:
    findings = check(example(**changes), today)
    dates = [f for f in findings if f.code == "date-check"]
    assert dates and dates[0].level == "problem" and dates[0].field == field
    assert codes(findings) & {"late", "on-time"} == set()


def test_a_decision_date_before_the_interview_is_a_problem_on_that_field() -> None:
    findings = check(example("check-in", decision_date=date(2026, 11, 5)), date(2026, 11, 25))
    dates = [f for f in findings if f.code == "date-check"]
    assert dates and dates[0].field == "decision_date" and "5 November" in dates[0].message
    assert "early-check-in" not in codes(findings)


def test_dates_a_year_apart_but_real_pass() -> None:
    assert "date-check" not in codes(check(example(interview_date=date(2025, 11, 28)), TODAY))


def test_no_interview_date_means_no_timing_findings() -> None:
    assert codes(check(example(interview_date=None), TODAY)) & {"late", "on-time"} == set()


def test_check_in_before_the_check_in_date_is_a_problem_saying_when_to_wait_until() -> None:
    # Decision date Friday 20 November: check in from Tuesday 24 November.
    findings = [f for f in check(example("check-in"), date(2026, 11, 23)) if f.code == "early-check-in"]
    assert findings and findings[0].level == "problem"
    assert "24 November 2026" in findings[0].message and "20 November" in findings[0].message
    assert "early-check-in" not in codes(check(example("check-in"), date(2026, 11, 24)))


def test_without_a_decision_date_a_check_in_is_too_early_before_five_business_days_only() -> None:
    # Interview Thursday 12 November: five business days -> Thursday 19, seven -> Monday 23.
    answers = example("check-in", decision_date=None)
    early = [f for f in check(answers, date(2026, 11, 18)) if f.code == "early-check-in"]
    assert early and "Monday 23 November" in early[0].message and "Thursday 19 November" in early[0].message
    for today in (date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 23)):
        assert "early-check-in" not in codes(check(answers, today)), today


def test_second_check_in_waits_a_week_after_the_first() -> None:
    answers = example("check-in", check_in_number=2)
    assert "early-check-in" in codes(check(answers, date(2026, 11, 25)), "problem")
    assert "early-check-in" not in codes(check(answers, date(2026, 12, 1)))


def test_third_check_in_is_a_problem() -> None:
    findings = check(example("check-in", check_in_number=3), date(2026, 12, 20))
    third = [f for f in findings if f.code == "third-check-in"]
    assert third and third[0].level == "problem" and third[0].field == "check_in_number"
    assert "move on" in third[0].message


# --- rejection --------------------------------------------------------------------------------


def test_asking_for_feedback_after_a_rejection_is_good_and_not_asking_is_fine() -> None:
    assert "rejection-feedback" in codes(check(example("after-rejection"), TODAY), "good")
    assert "rejection-feedback" not in codes(check(example("after-rejection", ask_for_feedback=False), TODAY))


def test_chat_shorthand_is_pointed_out_on_its_field() -> None:
    found = [f for f in check(example(your_strength="Im really good at excel lol"), TODAY) if f.code == "emoji"]
    assert found and found[0].field == "your_strength" and '"lol"' in found[0].message


def test_an_answer_the_letter_leaves_out_is_a_problem_on_its_field_with_how_to_rephrase_it() -> None:
    answers = example(your_strength="product manager for 6 yrs at Vodafone Cash, grew merchant payments, launched QR")
    (letter,) = compose(answers, TODAY)
    assert ("your_strength", "it reads like lines from a résumé") in letter.left_out
    assert "Vodafone" not in " ".join(letter.paragraphs)
    found = [f for f in check(answers, TODAY, (letter,)) if f.code == "rephrase"]
    assert found and found[0].level == "problem" and found[0].field == "your_strength"
    assert "résumé" in found[0].message and "for example" in found[0].message


def test_a_name_the_composer_cannot_read_asks_for_address_them_as() -> None:
    answers = with_person(example(), name="Nguyễn Thị Mai")
    found = [f for f in check(answers, TODAY) if f.code == "address-as"]
    assert found and found[0].field == "interviewers.0.address_as" and "Nguyễn Thị Mai" in found[0].message
    assert not [f for f in check(with_person(example(), name="Nguyễn Thị Mai", address_as="Mai"), TODAY)
                if f.code == "address-as"]


def test_a_printed_letter_without_company_address_or_with_a_casual_sign_off_is_pointed_out() -> None:
    found = codes(check(example(channel="letter", company_address="", sign_off="Cheers"), TODAY))
    assert {"letter-address", "sign-off"} <= found


def test_an_emailed_reply_to_a_rejection_is_sent_in_their_thread() -> None:
    found = [f for f in check(example("after-rejection"), TODAY) if f.code == "reply-in-thread"]
    assert found and found[0].level == "suggestion" and "reply to their email" in found[0].message
    assert "reply-in-thread" not in codes(check(example("after-rejection", channel="letter"), TODAY))


# --- careless typing: what the letter repaired or could not, on its field ---------------------


def test_an_answer_in_capitals_is_named_with_what_the_letter_used() -> None:
    answers = example(your_strength="I CUT FRESH WASTE FROM 4.8% TO 2.9% IN SIX MONTHS")
    found = [f for f in check(answers, TODAY) if f.code == "capitals"]
    assert found and found[0].field == "your_strength"
    assert '"I cut fresh waste from 4.8% to 2.9% in six months"' in found[0].message
    assert "FRESH" not in " ".join(compose(answers, TODAY)[0].paragraphs)


def test_a_link_is_left_out_of_the_letter_and_check_asks_for_the_subject_in_words() -> None:
    person = example().interviewers[0]
    answers = with_person(example(), topic=person.topic + " https://example.com/roadmap")
    found = [f for f in check(answers, TODAY) if f.code == "link"]
    assert found and found[0].field == "interviewers.0.topic" and "in a few words" in found[0].message
    assert "example.com" not in " ".join(compose(answers, TODAY)[0].paragraphs)
    only = with_person(example(), topic="https://example.com/roadmap")
    assert [f for f in check(only, TODAY) if f.field == "interviewers.0.topic" and f.level == "problem"]


def test_a_long_answer_gives_its_first_sentence_and_check_shows_it_with_the_full_length() -> None:
    first = "I rebuilt the weekly sales pack in dbt and cut the Monday close from five hours to one."
    rest = " It took three months, two rewrites and a lot of patience from finance and the store managers" * 5
    answers = example(your_strength=first + rest)
    letter_text = " ".join(compose(answers, TODAY)[0].paragraphs)
    assert first in letter_text
    found = [f for f in check(answers, TODAY) if f.code == "shortened-answer"]
    assert found and found[0].field == "your_strength"
    assert f"{len(first + rest)} characters" in found[0].message and first.rstrip(".") in found[0].message


def test_a_word_that_looks_like_a_typo_is_named_and_left_as_typed() -> None:
    found = [f for f in check(example(forgot_to_mention="both warehouse's were audited twice last year"), TODAY)
             if f.code == "typo"]
    assert found and found[0].field == "forgot_to_mention" and "\"warehouses\"" in found[0].message


def test_a_name_in_capitals_is_greeted_in_ordinary_capitals_and_check_asks_to_check_it() -> None:
    answers = with_person(example(), name="ANNE-MARIE O'NEILL")
    assert compose(answers, TODAY)[0].salutation in ("Dear Anne-Marie,", "Hi Anne-Marie,", "Dear Anne-Marie O'Neill,")
    found = [f for f in check(answers, TODAY) if f.code == "no-name"]
    assert found and "Anne-Marie O'Neill" in found[0].message


def test_a_shouted_answer_keeps_the_acronyms_the_writer_capitalises_elsewhere() -> None:
    answers = example(role="IGD Fresh Lead", your_strength="I HOLD THE IGD FRESH CERTIFICATE AND CUT WASTE BY A THIRD")
    assert "I hold the IGD fresh certificate" in " ".join(compose(answers, TODAY)[0].paragraphs)
    found = [f for f in check(answers, TODAY) if f.code == "capitals"]
    assert found and "IGD" in found[0].message


def test_a_list_shortened_to_its_first_point_is_called_a_list() -> None:
    answers = example(your_strength="I cut shrink 18% in 12 months; - led a team of 35; - P&L of £4.2m")
    found = [f for f in check(answers, TODAY) if f.code == "shortened-answer"]
    assert found and "a list of 3 points" in found[0].message and '"I cut shrink 18% in 12 months"' in found[0].message
