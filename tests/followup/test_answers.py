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
    label_for,
    loads,
    parse,
    to_dict,
    upgrade,
)
from followup.schema import FIELDS, SCHEMA_VERSION, TOP_LEVEL_KEYS

from answer_data import complete, only_problem, problems_of


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
    for key in ("language", "message_to"):
        data.pop(key, None)
    for person in data["interviewers"]:
        person.pop("address_as", None)
        person.pop("form_of_address", None)
    answers = parse(data)
    assert (answers.language, answers.message_to) == ("en-US", "linkedin-note")
    assert all(p.address_as == "" for p in answers.interviewers)


def test_a_version_3_file_keeps_its_english_style_as_the_letter_language():
    data = complete()
    data["schema_version"] = 3
    data["style"] = "en-GB"
    data.pop("language", None)
    for person in data["interviewers"]:
        person.pop("form_of_address", None)
    answers = parse(data)
    assert answers.language == "en-GB"
    assert all(p.form_of_address == "" for p in answers.interviewers)


def test_a_version_3_style_that_is_not_a_language_is_reported_on_the_language_field():
    data = complete()
    data["schema_version"] = 3
    data["style"] = "en-AU"
    data.pop("language", None)
    with pytest.raises(AnswersError) as caught:
        parse(data)
    assert [p.path for p in caught.value.problems] == ["language"]


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
