"""The applications file (followup.applications): load, validate each application on its own, dump, merge;
its JSON Schema; and bundle.plan_json, the builder worker's view of it."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from followup import bundle
from followup.answers import parse as parse_answers
from followup.applications import (APPLICATION_KEYS, RECORD_FIELDS, SENT, Application, Loaded, Record, Sent,
                                   answers_id, dumps, loads, merge, parse)
from followup.applications.schema import json_schema
from followup.schema import json_schema as answers_schema

FILE = Path(__file__).parent / "data" / "applications.json"
"""Three applications (Northwind Traders, Contoso, Fabrikam); on 2 December 2026 Contoso's second check-in is overdue."""
TODAY = "2026-12-02"


def three() -> dict[str, Any]:
    return json.loads(FILE.read_text(encoding="utf-8"))


def example(kind: str) -> dict[str, Any]:
    return json.loads(files("followup").joinpath(f"examples/{kind}.json").read_text(encoding="utf-8"))


def paths(loaded: Loaded) -> list[str]:
    return [p.path for p in loaded.problems]


# --- loading ----------------------------------------------------------------------------------------------


def test_the_three_applications_load_with_their_records():
    loaded = loads(FILE.read_text(encoding="utf-8"))
    assert loaded.problems == ()
    assert [a.answers.company for a in loaded.applications] == ["Northwind Traders", "Contoso", "Fabrikam"]
    contoso = loaded.applications[1]
    assert contoso.record == Record((Sent("thank-you", date(2026, 11, 17), "Priya Shah"),
                                     Sent("check-in", date(2026, 11, 24), "", 1)), "waiting", None)
    assert contoso.updated == "2026-11-24T09:15:40.000Z"
    assert loaded.applications[2].record.outcome_date == date(2026, 12, 1)


def test_the_file_round_trips_byte_for_byte():
    text = FILE.read_text(encoding="utf-8")
    assert dumps(loads(text).applications) == text
    assert loads(dumps(loads(text).applications)) == loads(text)


def test_a_version_2_file_is_upgraded_with_nothing_lost():
    """The same three applications saved before the job search log's facts (`tracking`) existed."""
    old = (FILE.parent / "applications-v2.json").read_text(encoding="utf-8")
    assert '"schema_version": 2' in old and "tracking" not in old
    assert loads(old) == loads(FILE.read_text(encoding="utf-8"))
    assert dumps(loads(old).applications) == FILE.read_text(encoding="utf-8")


def test_incomplete_answers_load_only_when_asked_for_and_malformed_ones_never():
    data = three()
    data["applications"][0]["answers"] = {"schema_version": 3, "company": "Tailspin", "tracking": {"method": "agency"}}
    data["applications"][1]["answers"]["tracking"] = {"date_applied": "26/11/2026"}
    strict, lenient = parse(data), parse(data, complete=False)
    assert [a.answers.company for a in strict.applications] == ["Fabrikam"]
    assert [a.answers.company for a in lenient.applications] == ["Tailspin", "Fabrikam"]
    assert lenient.applications[0].answers.tracking.method == "agency"
    assert paths(lenient) == ["applications.1.answers.tracking.date_applied"]


@pytest.mark.parametrize("version", [1, 2])
def test_a_single_answers_file_of_either_version_loads_as_one_application_with_an_empty_record(version: int):
    data = example("check-in")
    data["schema_version"] = version
    data["style"] = data.pop("language")  # versions before 4 call the language the English style
    if version == 1:
        for key in ("style", "message_to"):
            data.pop(key)
        for person in data["interviewers"]:
            person.pop("address_as", None)
    loaded = loads(json.dumps(data))
    assert loaded.problems == ()
    (app,) = loaded.applications
    assert app.record == Record((), "waiting", None) and app.updated == ""
    assert app.answers == parse_answers(data)
    # The id comes from the content: the same file loaded twice clashes (the page asks), a changed one does not.
    assert app.id == answers_id(app.answers) == loads(json.dumps(data)).applications[0].id
    assert app.id != loads(json.dumps({**data, "company": "Contoso"})).applications[0].id


def test_a_missing_record_is_the_empty_record_and_a_partial_one_takes_defaults():
    data = three()
    del data["applications"][0]["record"]
    data["applications"][1]["record"] = {"outcome": "offer"}
    loaded = parse(data)
    assert loaded.problems == ()
    assert loaded.applications[0].record == Record()
    assert loaded.applications[1].record == Record((), "offer", None)


def test_a_damaged_application_never_takes_the_others_with_it():
    data = three()
    apps = data["applications"]
    apps[0]["answers"].pop("company")
    apps.append(copy.deepcopy(apps[1]))  # the same id again
    apps.append("not an application")
    apps.append({**copy.deepcopy(apps[2]), "id": "fourth", "colour": "blue"})
    loaded = parse(data)
    assert [a.answers.company for a in loaded.applications] == ["Contoso", "Fabrikam"]
    assert paths(loaded) == ["applications.0.answers.company", "applications.3.id", "applications.4",
                             "applications.5.colour"]
    assert "Company is required" in loaded.problems[0].message
    assert "ids must be unique" in loaded.problems[1].message


@pytest.mark.parametrize(("where", "key"), [
    ((), "extra"),
    (("applications", 0, "record"), "notes"),
    (("applications", 0, "record", "sent", 0), "via"),
    (("applications", 0, "answers"), "salary"),
])
def test_unknown_keys_are_refused_wherever_they_are(where: tuple[Any, ...], key: str):
    data = three()
    target: Any = data
    for step in where:
        target = target[step]
    target[key] = "x"
    loaded = parse(data)
    expected = ".".join(str(s) for s in (*where, key))
    assert expected in paths(loaded)
    assert "Unknown field" in loaded.problems[0].message
    # A key outside any application leaves every application in; one inside leaves out only its own.
    assert len(loaded.applications) == (3 if not where else 2)


@pytest.mark.parametrize(("sent", "path", "words"), [
    ({"kind": "check-in", "date": "2026-11-24"}, "number", "needs its number"),
    ({"kind": "thank-you", "to": "Dana Lee", "number": 1, "date": "2026-11-24"}, "number", "only a check-in"),
    ({"kind": "check-in", "number": 4, "date": "2026-11-24"}, "number", "between 1 and 3"),
    ({"kind": "letter", "date": "2026-11-24"}, "kind", "must be one of"),
    ({"kind": "thank-you", "date": "2026-02-30"}, "date", "not a day in the calendar"),
    ({"kind": "thank-you"}, "date", "is required"),
    ({"kind": "thank-you", "to": "Dana\nLee", "date": "2026-11-24"}, "to", "one line"),
])
def test_each_letter_sent_is_checked_and_named_by_its_place(sent: dict[str, Any], path: str, words: str):
    data = three()
    data["applications"][1]["record"]["sent"].append(sent)
    loaded = parse(data)
    assert paths(loaded) == [f"applications.1.record.sent.2.{path}"]
    assert words in loaded.problems[0].message
    assert len(loaded.applications) == 2


@pytest.mark.parametrize(("change", "path"), [
    ({"outcome": "hired"}, "applications.0.record.outcome"),
    ({"outcome_date": "1 December"}, "applications.0.record.outcome_date"),
    ({"sent": {"kind": "thank-you"}}, "applications.0.record.sent"),
])
def test_the_outcome_and_the_list_of_letters_are_checked(change: dict[str, Any], path: str):
    data = three()
    data["applications"][0]["record"].update(change)
    assert paths(parse(data)) == [path]


@pytest.mark.parametrize(("change", "path"), [
    ({"id": ""}, "applications.0.id"),
    ({"id": 7}, "applications.0.id"),
    ({"id": "has space"}, "applications.0.id"),
    ({"updated": "yesterday"}, "applications.0.updated"),
    ({"updated": "2026-13-02T22:30:00Z"}, "applications.0.updated"),
    ({"record": []}, "applications.0.record"),
    ({"answers": None}, "applications.0.answers"),
])
def test_an_application_needs_a_good_id_time_record_and_answers(change: dict[str, Any], path: str):
    data = three()
    data["applications"][0].update(change)
    loaded = parse(data)
    assert paths(loaded) == [path] and len(loaded.applications) == 2


@pytest.mark.parametrize(("data", "path", "words"), [
    ({"applications_version": 2, "applications": []}, "applications_version", "newer Follow-up Kit"),
    ({"applications": []}, "applications_version", "neither an applications file nor an answers file"),
    ({"applications_version": True, "applications": []}, "applications_version", "neither"),
    ({"applications_version": 1, "applications": {}}, "applications", "must be a list"),
    ([], "", "JSON object"),
    ({"schema_version": 9, "kind": "thank-you"}, "schema_version", "newer Follow-up Kit"),
])
def test_a_file_that_is_not_an_applications_file_loads_nothing_and_says_why(data: object, path: str, words: str):
    loaded = parse(data)
    assert loaded.applications == () and paths(loaded) == [path]
    assert words in loaded.problems[0].message


@pytest.mark.parametrize("text", ["", "{", "null", "[1, 2]", '{"a": 1, "a": 2}', "\ud800", b"\xff\xfe"])
def test_loading_never_raises(text: str | bytes):
    loaded = loads(text)
    assert loaded.applications == () and loaded.problems


# --- dump and merge ---------------------------------------------------------------------------------------


def test_dump_writes_the_contracts_shape():
    app = loads(FILE.read_text(encoding="utf-8")).applications[1]
    item = json.loads(dumps([app]))["applications"][0]
    assert list(item) == ["id", "updated", "answers", "record"]
    assert item["record"] == {"sent": [{"kind": "thank-you", "to": "Priya Shah", "date": "2026-11-17"},
                                       {"kind": "check-in", "number": 1, "date": "2026-11-24"}],
                              "outcome": "waiting", "outcome_date": None}
    assert "updated" not in json.loads(dumps([replace(app, updated="")]))["applications"][0]


def apps() -> tuple[Application, ...]:
    return loads(FILE.read_text(encoding="utf-8")).applications


def test_merge_adds_new_applications_after_the_existing_ones():
    north, contoso, fabrikam = apps()
    assert merge((north,), (contoso, fabrikam), "skip") == (north, contoso, fabrikam)


@pytest.mark.parametrize(("clash", "expected"), [
    ("skip", ["Northwind Traders", "Contoso"]),
    ("replace", ["Northwind (renamed)", "Contoso"]),
    ("keep-both", ["Northwind Traders", "Contoso", "Northwind (renamed)"]),
])
def test_merge_resolves_a_clash_of_ids_as_asked(clash: str, expected: list[str]):
    north, contoso, _ = apps()
    renamed = replace(north, answers=replace(north.answers, company="Northwind (renamed)"))
    merged = merge((north, contoso), (renamed,), clash)  # type: ignore[arg-type]
    assert [a.answers.company for a in merged] == expected
    assert len({a.id for a in merged}) == len(merged)
    if clash == "keep-both":
        assert merged[2].id == f"{north.id}-2"
        assert merge(merged, (renamed,), "keep-both")[3].id == f"{north.id}-3"


def test_merge_newest_keeps_the_last_edit():
    north, _, _ = apps()
    newer = replace(north, updated="2026-12-02T08:00:00.000Z", answers=replace(north.answers, role="Lead"))
    older = replace(north, updated="2026-11-01T08:00:00.000Z", answers=replace(north.answers, role="Old"))
    assert merge((north,), (newer,), "newest") == (newer,)
    assert merge((north,), (older,), "newest") == (north,)
    assert merge((north,), (replace(newer, updated=""),), "newest") == (north,)


# --- JSON Schema -----------------------------------------------------------------------------------------


def test_the_schema_is_built_from_the_answers_schema_and_the_record_fields():
    schema = json_schema()
    assert schema["$defs"]["answers"] == {k: v for k, v in answers_schema().items() if k != "$schema"}
    assert set(schema["$defs"]["application"]["properties"]) == set(APPLICATION_KEYS)
    record = schema["$defs"]["record"]
    assert set(record["properties"]) == {f.name for f in RECORD_FIELDS}
    assert set(record["properties"]["sent"]["items"]["properties"]) == {f.name for f in SENT.fields}
    assert record["properties"]["outcome"]["enum"] == ["waiting", "offer", "rejected", "withdrawn", "no-reply"]
    assert schema["additionalProperties"] is False and record["additionalProperties"] is False


# --- bundle.plan_json ------------------------------------------------------------------------------------


def test_plan_json_gives_every_application_its_next_step():
    result = json.loads(bundle.plan_json(FILE.read_text(encoding="utf-8"), TODAY + "T09:00"))
    assert result["ok"] is True and result["problems"] == []
    steps = result["steps"]
    assert list(steps) == [a["id"] for a in three()["applications"]]
    north, contoso, fabrikam = steps.values()
    assert (north["step"], north["check_in_number"], north["due"], north["overdue"]) == ("check-in", 1,
                                                                                        "2026-12-08", False)
    assert north["label"] == "Check in with Northwind Traders on 8 December"
    assert (contoso["step"], contoso["check_in_number"], contoso["due"], contoso["overdue"]) == ("check-in", 2,
                                                                                              "2026-12-01", True)
    assert contoso["label"] == "Send Contoso a second check-in on December 1"
    assert (fabrikam["step"], fabrikam["kind"], fabrikam["due"]) == ("reply", "after-rejection", "2026-12-03")
    north_id, contoso_id, fabrikam_id = steps
    assert result["order"] == [contoso_id, fabrikam_id, north_id]  # overdue first, then by date


def test_plan_json_marks_a_damaged_application_null_and_names_its_problems():
    data = three()
    data["applications"][1]["answers"]["role"] = ""
    result = json.loads(bundle.plan_json(json.dumps(data), TODAY))
    ids = [a["id"] for a in data["applications"]]
    assert result["steps"][ids[1]] is None
    assert result["steps"][ids[0]]["step"] == "check-in" and result["steps"][ids[2]]["step"] == "reply"
    assert result["order"] == [ids[2], ids[0], ids[1]]  # the damaged one last
    assert result["problems"] == [{"path": "applications.1.answers.role",
                                   "message": "Role is required: enter the job title you interviewed for."}]


def test_plan_json_reads_one_answers_file_and_refuses_a_bad_today():
    one = json.loads(bundle.plan_json(json.dumps(example("thank-you")), "2026-11-26T12:00"))
    (step,) = one["steps"].values()
    assert (step["step"], step["due"], step["due_time"], step["overdue"]) == ("thank-you", "2026-11-27", "11:30",
                                                                              False)
    bad = json.loads(bundle.plan_json(FILE.read_text(encoding="utf-8"), "tomorrow"))
    assert bad["ok"] is False and bad["errors"][0]["path"] == "today"


@pytest.mark.parametrize("text", ["", "not json", "[]", "null", "42", '{"applications_version": 1}'])
def test_plan_json_never_raises_and_says_what_is_wrong(text: str):
    result = json.loads(bundle.plan_json(text, TODAY))
    assert result["ok"] is True and result["steps"] == {} and result["order"] == [] and result["problems"]
    assert all(set(p) == {"path", "message"} and p["message"] for p in result["problems"])


def test_plan_json_output_is_ascii():
    data = three()
    data["applications"][0]["answers"]["company"] = "Société Générale – Ünïcode"
    text = bundle.plan_json(json.dumps(data, ensure_ascii=False), TODAY)
    assert text.isascii() and "Société Générale" in json.loads(text)["steps"][data["applications"][0]["id"]]["label"]
