"""The answers validator (followup.validation), field by field: every way a value can be wrong gives a
clear message located at its dotted path."""

from __future__ import annotations

import json
import re

import pytest

from answer_data import complete, only_problem, problems_of
from followup.answers import parse


def test_unknown_key_is_named_with_a_spelling_suggestion():
    data = complete()
    data["compnay"] = "x"
    p = only_problem(data)
    assert p.path == "compnay"
    assert p.message == 'Unknown field "compnay": remove it, or check its spelling (did you mean "company"?).'


def test_unknown_key_inside_a_list_item_names_the_item():
    data = complete()
    data["interviewers"][1]["nmae"] = "Sam"
    p = only_problem(data)
    assert p.path == "interviewers.1.nmae"
    assert p.message.startswith('Interviewer 2: Unknown field "nmae"')
    assert '(did you mean "name"?)' in p.message


def test_unknown_key_without_a_near_match_gets_no_suggestion():
    data = complete()
    data["zzzzzz"] = 1
    assert "did you mean" not in only_problem(data).message


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("company", 42, "Company must be text, not a number"),
    ("company", ["a"], "Company must be text, not a list"),
    ("kind", 3, "Letter type must be one of: thank-you, check-in, after-rejection (not a number)."),
    ("interviewers", {"name": "x"}, "Interviewers must be a list, not an object"),
    ("candidate", "Alex", "You (candidate) must be an object with the fields name, email"),
    ("check_in_number", "2", "Which check-in must be a whole number, not text."),
    ("check_in_number", 1.0, "Which check-in must be a whole number, not a number."),
    ("ask_for_feedback", "yes", "Ask for feedback must be true or false, not text."),
    ("interview_date", 20261124, "Interview date must be a date like 2026-11-24 (year-month-day), not a number."),
])
def test_wrong_types_are_named_by_label(key, value, expected):
    data = complete()
    data[key] = value
    problems = problems_of(data)
    assert problems[0].path == key
    assert problems[0].message.startswith(expected)


def test_a_list_item_that_is_not_an_object_is_reported_by_position():
    data = complete()
    data["interviewers"].append("Pat")
    p = only_problem(data)
    assert p.path == "interviewers.2"
    assert p.message.startswith("Interviewer 3: must be an object with the fields name, address_as, title, email, topic")


def test_over_long_value_says_the_limit_and_the_length():
    data = complete()
    data["company"] = "x" * 250
    p = only_problem(data)
    assert p.message == ("Company is too long: 250 characters, the limit is 200. "
                         "Shorten it to 200 characters or fewer.")


def test_length_is_counted_after_stripping():
    data = complete()
    data["company"] = " " * 50 + "x" * 200 + " " * 50
    assert parse(data).company == "x" * 200


def test_a_megabyte_paste_is_refused_with_its_length():
    data = complete()
    data["their_needs"] = "a" * 1_000_000
    assert "1,000,000 characters, the limit is 600" in only_problem(data).message


@pytest.mark.parametrize(("value", "reason"), [
    ("24/11/2026", "not \"24/11/2026\""),
    ("2026-11-24T10:00", "not \"2026-11-24T10:00\""),
    ("20261124", "not \"20261124\""),
    ("2026-02-30", "is not a day in the calendar"),
])
def test_bad_dates_show_the_expected_form(value, reason):
    data = complete()
    data["interview_date"] = value
    p = only_problem(data)
    assert p.path == "interview_date"
    assert p.message.startswith("Interview date must be a date like 2026-11-24")
    assert reason in p.message


@pytest.mark.parametrize("value", ["2pm", "24:00", "14:60", "9:30", "14:30:00"])
def test_bad_times_show_the_expected_form(value):
    data = complete()
    data["interview_time"] = value
    assert only_problem(data).message.startswith("Interview time must be a 24-hour time like 14:30")


@pytest.mark.parametrize("value", ["alex", "alex@example", "a@b@c.com", "alex @example.com", "@example.com",
                                   "alex@example.", "<alex@example.com>"])
def test_bad_emails_are_caught(value):
    data = complete()
    data["candidate"]["email"] = value
    p = only_problem(data)
    assert p.path == "candidate.email"
    assert p.message.startswith("Your email does not look like an email address")
    assert "leave it empty" in p.message


@pytest.mark.parametrize("value", ["alex@example.com", "first.last+tag@mail.example.co.uk", "jörg@exämple.de"])
def test_plausible_emails_pass(value):
    data = complete()
    data["candidate"]["email"] = value
    assert parse(data).candidate.email == value


@pytest.mark.parametrize("value", ["linkedin.com/in/alex", "javascript:alert(1)", "ftp://x.example"])
def test_links_must_start_with_http(value):
    data = complete()
    data["candidate"]["profile_url"] = value
    assert "must be a full link starting with https:// or http://" in only_problem(data).message


def test_link_with_a_space_is_refused():
    data = complete()
    data["candidate"]["profile_url"] = "https://example.com/a b"
    assert "must not contain spaces" in only_problem(data).message


def test_phone_without_digits_is_refused():
    data = complete()
    data["candidate"]["phone"] = "call me"
    assert "does not look like a phone number" in only_problem(data).message


@pytest.mark.parametrize("kind", ["thank-you", "check-in", "after-rejection"])
def test_fields_required_for_every_kind(kind):
    p = problems_of({"schema_version": 1, "kind": kind, "candidate": {}})
    messages = {x.path: x.message for x in p}
    assert messages["company"] == "Company is required: enter the employer's name."
    assert messages["role"] == "Role is required: enter the job title you interviewed for."
    assert messages["candidate.name"] == "Your name is required: enter your name as you would sign it."


def test_missing_kind_is_required_and_required_fields_are_still_reported():
    paths = [p.path for p in problems_of({"schema_version": 1})]
    assert paths == ["kind", "company", "role", "candidate.name"]


def test_thank_you_needs_an_interview_date_and_an_interviewer():
    data = complete()
    data["interview_date"] = ""
    data["interviewers"] = []
    p = problems_of(data)
    assert [x.path for x in p] == ["interview_date", "interviewers"]
    assert p[0].message == "Interview date is required for a thank-you letter: enter the day of the interview."
    assert p[1].message.startswith("Interviewers: a thank-you letter needs at least one interviewer")


def test_after_rejection_needs_neither_date_nor_interviewer():
    data = complete()
    data["kind"] = "after-rejection"
    data["interview_date"] = ""
    data["interviewers"] = []
    assert parse(data).kind == "after-rejection"


def test_check_in_needs_the_interview_date_but_not_an_interviewer():
    data = complete()
    data["kind"] = "check-in"
    data["interviewers"] = []
    parse(data)
    data["interview_date"] = ""
    assert only_problem(data).message.startswith("Interview date is required for a check-in letter")


def test_interviewer_without_a_name_is_numbered_from_one():
    data = complete()
    data["interviewers"][1]["name"] = " "
    p = only_problem(data)
    assert p.path == "interviewers.1.name"
    assert p.message == ("Interviewer 2: Interviewer name is required: "
                         "enter their name, spelled exactly as they spell it.")


def test_blank_interviewer_rows_are_skipped_like_an_empty_form_row():
    data = complete()
    data["interviewers"].insert(1, {"name": "", "title": " ", "email": None, "topic": ""})
    assert [i.name for i in parse(data).interviewers] == ["Dana Lee", "Sam Roe"]


def test_too_many_interviewers():
    data = complete()
    data["interviewers"] = [{"name": f"Person {n}"} for n in range(10)]
    p = only_problem(data)
    assert p.message == "Interviewers: at most 8 are allowed, you have 10: remove 2."


@pytest.mark.parametrize(("value", "expected"), [
    (0, "Which check-in must be between 1 and 3, not 0."),
    (4, "Which check-in must be between 1 and 3, not 4."),
    (10**30, "Which check-in must be between 1 and 3, not that."),
])
def test_integer_range(value, expected):
    data = complete()
    data["check_in_number"] = value
    assert only_problem(data).message == expected


def test_bad_choice_lists_the_allowed_values():
    data = complete()
    data["tone"] = "friendly"
    assert only_problem(data).message == 'Tone must be one of: formal, warm, brief (not "friendly").'


def test_choice_values_are_matched_after_stripping():
    data = complete()
    data["tone"] = " brief "
    assert parse(data).tone == "brief"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused(char):
    data = complete()
    data["their_needs"] = f"Faster{char} reports"
    p = only_problem(data)
    assert p.path == "their_needs"
    assert p.message.startswith(f"What they need contains an invisible control character (U+{ord(char):04X})")


def test_text_fields_keep_newlines_and_tabs():
    data = complete()
    data["their_needs"] = "Line one\n\tLine two"
    assert parse(data).their_needs == "Line one\n\tLine two"


def test_one_line_fields_refuse_line_breaks():
    data = complete()
    data["role"] = "Data\nAnalyst"
    assert only_problem(data).message == "Role must be one line: remove the line break or tab."


def test_lone_surrogates_are_refused():
    p = only_problem(json.loads(json.dumps(complete()).replace("Faster", "Fast\\ud800er")))
    assert p.path == "their_needs"
    assert "broken character" in p.message


def test_html_and_template_text_is_kept_literally():
    data = complete()
    data["their_needs"] = "<script>alert(1)</script> {{ 7*7 }} {% for x in y %}"
    assert parse(data).their_needs == "<script>alert(1)</script> {{ 7*7 }} {% for x in y %}"


def test_problems_come_in_field_order_and_are_all_collected():
    data = complete()
    data["sign_off"] = 5
    data["tone"] = "loud"
    data["interviewers"][0]["email"] = "nope"
    data["company"] = ""
    paths = [p.path for p in problems_of(data)]
    assert paths == ["tone", "company", "interviewers.0.email", "sign_off"]


# --- problems in the answers' language -------------------------------------------------------

def german(**changes: object) -> dict:
    return {**complete(), "schema_version": 4, "language": "de-DE", **changes}


def test_problems_of_german_answers_are_said_in_german_on_the_same_paths() -> None:
    data = german(candidate={**complete()["candidate"], "name": "", "email": "alex at example"}, tone=5,
                  surprise=1)
    found = {p.path: p.message for p in problems_of(data)}
    assert set(found) == {p.path for p in problems_of({**data, "language": "en-GB"})}
    assert found["candidate.name"].endswith(" ist erforderlich: " + found["candidate.name"].split(": ", 1)[1])
    assert "sieht nicht wie eine E-Mail-Adresse aus (\"alex at example\")" in found["candidate.email"]
    assert found["tone"].endswith("(nicht eine Zahl).")
    assert found["surprise"] == 'Unbekanntes Feld "surprise": Entfernen Sie es, oder prüfen Sie die Schreibweise.'


def test_a_german_required_answer_says_what_to_do_in_a_sentence_of_its_own() -> None:
    message = only_problem(german(company="")).message
    assert re.fullmatch(r".+ ist erforderlich: [A-ZÄÖÜ].+\.", message), message
    assert "enter" not in message and "fill it in" not in message


def test_swiss_answers_group_thousands_with_an_apostrophe() -> None:
    message = only_problem(german(language="de-CH", company="x" * 5000)).message
    assert "5’000 Zeichen" in message


def test_an_unknown_language_is_reported_in_english_on_its_field() -> None:
    found = {p.path: p.message for p in problems_of(german(language="fr-FR"))}
    assert list(found) == ["language"]
    assert " must be one of: " in found["language"]
