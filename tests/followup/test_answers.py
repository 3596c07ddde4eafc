"""The answers loader: every way a file can be wrong gives a clear, located message."""

from __future__ import annotations

import copy
import json
from datetime import date, time
from typing import Any

import pytest

from followup import answers as answers_module
from followup.answers import (
    Answers,
    AnswersError,
    Candidate,
    Interviewer,
    Problem,
    label_for,
    loads,
    parse,
    to_dict,
    upgrade,
)
from followup.schema import FIELDS, SCHEMA_VERSION, TOP_LEVEL_KEYS


def complete() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "kind": "thank-you",
        "tone": "warm",
        "channel": "email",
        "company": "Northwind Traders",
        "company_address": "1 Harbour Road\nSeattle, WA 98101",
        "role": "Data Analyst",
        "candidate": {
            "name": "Alex Morgan",
            "email": "alex@example.com",
            "phone": "+1 555 0100",
            "profile_url": "https://example.com/alex",
            "address": "22 Elm Street\nTacoma, WA 98402",
        },
        "interview_date": "2026-11-24",
        "interview_time": "14:30",
        "stage": "panel",
        "interviewers": [
            {"name": "Dana Lee", "title": "Analytics Manager", "email": "dana@northwind.example",
             "topic": "the weekly churn dashboard"},
            {"name": "Sam Roe", "title": "Data Engineer", "email": "", "topic": "the dbt migration"},
        ],
        "their_needs": "Faster monthly reporting.",
        "your_strength": "I cut a reporting cycle from five days to one.",
        "forgot_to_mention": "I have used Looker for three years.",
        "decision_date": "2026-12-04",
        "check_in_number": 1,
        "ask_for_feedback": False,
        "sign_off": "Best regards",
    }


def problems_of(data: object) -> list[Problem]:
    with pytest.raises(AnswersError) as caught:
        parse(data)
    return caught.value.problems


def only_problem(data: object) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]


def test_complete_answers_parse_into_typed_values():
    a = parse(complete())
    assert a.kind == "thank-you"
    assert a.candidate == Candidate("Alex Morgan", "alex@example.com", "+1 555 0100",
                                    "https://example.com/alex", "22 Elm Street\nTacoma, WA 98402")
    assert a.interview_date == date(2026, 11, 24)
    assert a.interview_time == time(14, 30)
    assert a.decision_date == date(2026, 12, 4)
    assert a.interviewers == (
        Interviewer("Dana Lee", "Analytics Manager", "dana@northwind.example", "the weekly churn dashboard"),
        Interviewer("Sam Roe", "Data Engineer", "", "the dbt migration"),
    )


def test_minimal_answers_take_the_schema_defaults():
    a = parse({"schema_version": 1, "kind": "after-rejection", "company": "Acme", "role": "Clerk",
               "candidate": {"name": "Jo"}})
    assert (a.tone, a.channel, a.stage, a.check_in_number, a.ask_for_feedback) == ("warm", "email", "video", 1, False)
    assert a.interview_date is None and a.interviewers == ()


def test_surrounding_whitespace_is_stripped_and_empty_means_not_given():
    data = complete()
    data["company"] = "  Northwind Traders \n"
    data["sign_off"] = "   "
    data["interview_time"] = ""
    a = parse(data)
    assert a.company == "Northwind Traders"
    assert a.sign_off == ""
    assert a.interview_time is None


def test_windows_line_ends_become_newlines_in_text_fields():
    data = complete()
    data["company_address"] = "1 Harbour Road\r\nSeattle\rWA"
    assert parse(data).company_address == "1 Harbour Road\nSeattle\nWA"


def test_to_dict_round_trips_and_lists_every_key_in_schema_order():
    a = parse(complete())
    d = to_dict(a)
    assert tuple(d) == TOP_LEVEL_KEYS
    assert d["schema_version"] == SCHEMA_VERSION
    assert parse(d) == a
    assert parse(json.loads(json.dumps(d))) == a


def test_to_dict_writes_missing_dates_as_empty_strings():
    a = parse({"schema_version": 1, "kind": "after-rejection", "company": "Acme", "role": "Clerk",
               "candidate": {"name": "Jo"}})
    d = to_dict(a)
    assert d["interview_date"] == "" and d["interview_time"] == "" and d["decision_date"] == ""
    assert parse(d) == a


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


def test_the_whole_document_must_be_an_object():
    p = only_problem([1, 2])
    assert p.path == ""
    assert p.message.startswith("The answers must be a JSON object")


def test_missing_schema_version_is_an_error_with_advice_alongside_the_others():
    data = complete()
    del data["schema_version"]
    data["company"] = ""
    p = problems_of(data)
    assert [x.path for x in p] == ["schema_version", "company"]
    assert f'"schema_version": {SCHEMA_VERSION}' in p[0].message


def test_newer_schema_version_is_refused():
    data = complete()
    data["schema_version"] = SCHEMA_VERSION + 1
    p = only_problem(data)
    assert "made by a newer Follow-up Kit" in p.message
    assert "update Follow-up Kit" in p.message


@pytest.mark.parametrize("version", ["1", 1.5, True, None])
def test_malformed_schema_version(version):
    data = complete()
    data["schema_version"] = version
    assert only_problem(data).message.startswith(f"Answers format version must be a whole number like {SCHEMA_VERSION}")


def test_older_version_without_an_upgrade_step_is_refused_with_the_reason():
    data = complete()
    data["schema_version"] = 0
    p = only_problem(data)
    assert "Answers format version 0 is not one this Follow-up Kit can read or upgrade" in p.message


def test_older_version_is_upgraded_through_the_registered_steps(monkeypatch):
    def from_v0(old: dict[str, Any]) -> dict[str, Any]:
        new = {k: v for k, v in old.items() if k != "employer"}
        new["company"] = old["employer"]
        return new

    monkeypatch.setitem(answers_module.UPGRADES, 0, from_v0)
    v0 = complete()
    v0["schema_version"] = 0
    v0["employer"] = v0.pop("company")
    before = copy.deepcopy(v0)
    upgraded = upgrade(v0)
    assert upgraded["schema_version"] == SCHEMA_VERSION and upgraded["company"] == "Northwind Traders"
    assert v0 == before, "upgrade must not change its argument"
    assert parse(v0) == parse(complete())


def test_a_version_1_file_loads_with_the_defaults_of_the_answers_version_2_added():
    data = complete()
    data["schema_version"] = 1
    for key in ("style", "message_to"):
        data.pop(key, None)
    for person in data["interviewers"]:
        person.pop("address_as", None)
    answers = parse(data)
    assert (answers.style, answers.message_to) == ("en-US", "linkedin-note")
    assert all(p.address_as == "" for p in answers.interviewers)


def test_upgrade_of_a_current_file_is_a_copy():
    data = complete()
    data["schema_version"] = SCHEMA_VERSION
    out = upgrade(data)
    assert out == data and out is not data


def test_upgrade_without_a_version_raises():
    with pytest.raises(AnswersError) as caught:
        upgrade({"kind": "thank-you"})
    assert caught.value.problems[0].path == "schema_version"


def test_loads_reads_json_text_and_bytes_with_a_bom():
    text = json.dumps(complete())
    assert loads(text) == parse(complete())
    assert loads(("\ufeff" + text).encode("utf-8")) == parse(complete())


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "The answers file is empty"),
    ("   \n", "The answers file is empty"),
    ('{"kind": "thank-you",}', "The answers file is not valid JSON: "),
    ('{\n"kind": "thank-you"\n"company": "x"}', "at line 3, column 1"),
    ("NaN", "NaN is not allowed in JSON"),
    ('{"a": Infinity}', "Infinity is not allowed in JSON"),
    ('{"kind": "a", "kind": "b"}', 'the key "kind" appears twice in one object'),
    ("9" * 5000, "a number has far too many digits"),
    ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
])
def test_loads_turns_malformed_json_into_one_line_reasons(text, fragment):
    with pytest.raises(AnswersError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert problem.path == ""
    assert fragment in problem.message
    assert "\n" not in problem.message


def test_loads_refuses_bytes_that_are_not_utf8():
    with pytest.raises(AnswersError, match="not UTF-8 text"):
        loads(b'{"company": "\xff"}')


def test_loads_refuses_a_huge_document_before_parsing_it():
    with pytest.raises(AnswersError, match="too large"):
        loads('"' + "x" * 3_000_000 + '"')


def test_error_text_joins_every_message():
    data = complete()
    data["company"] = ""
    data["role"] = ""
    with pytest.raises(AnswersError) as caught:
        parse(data)
    assert str(caught.value) == ("Company is required: enter the employer's name.; "
                                 "Role is required: enter the job title you interviewed for.")


@pytest.mark.parametrize(("path", "label"), [
    ("", "Answers"),
    ("company", "Company"),
    ("candidate.email", "Your email"),
    ("interviewers", "Interviewers"),
    ("interviewers.0", "Interviewer 1"),
    ("interviewers.2.topic", "Interviewer 3: What you discussed with them"),
    ("schema_version", "Answers format version"),
    ("compnay", "compnay"),
])
def test_label_for_paths(path, label):
    assert label_for(path) == label


def test_every_schema_field_is_an_answers_attribute():
    """The dataclasses and the schema must list the same fields, in the same meaning."""
    a = parse(complete())
    for f in FIELDS:
        assert hasattr(a, f.name)
    assert {f.name for f in FIELDS} == set(Answers.__dataclass_fields__)


def test_every_readable_version_loads_and_the_json_schema_says_which() -> None:
    from followup.schema import READABLE_VERSIONS, json_schema

    assert max(READABLE_VERSIONS) == SCHEMA_VERSION
    assert all(v in answers_module.UPGRADES for v in READABLE_VERSIONS if v < SCHEMA_VERSION)
    assert json_schema()["properties"]["schema_version"]["enum"] == list(READABLE_VERSIONS)
    for version in READABLE_VERSIONS:
        data = complete()
        data["schema_version"] = version
        assert parse(data) == parse(complete())
