"""bundle.render: answers in, everything the builder shows out; never an exception."""

from __future__ import annotations

import copy
import json
import re
from importlib.resources import files
from typing import Any

import pytest
from fixed_clock import FIXED_NOW

from followup import bundle
from followup.bundle import UNEXPECTED, render, render_json
from followup.exports import LETTER_TEXTS
from followup.messages import limit_for
from followup.schema import MESSAGE_LIMIT

TODAY = "2026-11-25"


def panel() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "kind": "thank-you",
        "tone": "warm",
        "channel": "email",
        "company": "Northwind Traders",
        "role": "Data Analyst",
        "candidate": {"name": "Alex Morgan", "email": "alex@example.com"},
        "interview_date": "2026-11-24",
        "interview_time": "14:30",
        "stage": "panel",
        "interviewers": [
            {"name": "Dana Lee", "title": "Analytics Manager", "email": "dana@northwind.example",
             "topic": "the weekly churn dashboard and how the sales team reads it"},
            {"name": "Sam Roe", "title": "Data Engineer", "topic": "moving the nightly jobs to dbt"},
            {"name": "Priya Shah", "title": "Head of Finance", "topic": "how month-end reporting slips"},
        ],
        "their_needs": "faster month-end reporting",
        "your_strength": "I cut a five-day reporting cycle to one day at my last job",
    }


def with_(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out.update(changes)
    return out


def test_ok_result_has_every_field_of_the_contract():
    result = render(panel(), TODAY)
    assert result["ok"] is True, result
    assert set(result) >= {"ok", "letters", "ics", "reminders", "timing", "findings", "message_limit", "kind",
                           "channel"}
    assert result["message_limit"] == limit_for("linkedin-note")
    assert (result["kind"], result["channel"]) == ("thank-you", "email")
    assert result["timing"] == {"send_by": "2026-11-25T14:30", "check_in": "2026-12-03",
                                "second_check_in": "2026-12-10"}
    assert result["ics"].startswith("BEGIN:VCALENDAR\r\n")
    assert result["reminders"] is True
    for finding in result["findings"]:
        assert set(finding) == {"level", "code", "message", "anchor", "field"}
        assert finding["level"] in {"problem", "suggestion", "good"}
    json.dumps(result)


def test_a_panel_gives_one_letter_per_interviewer_in_order():
    letters = render(panel(), TODAY)["letters"]
    assert [x["recipient"] for x in letters] == ["Dana Lee", "Sam Roe", "Priya Shah"]
    for letter in letters:
        assert set(letter) >= {"recipient", "subject", "article", *(f.name for f in LETTER_TEXTS), "mailto",
                               "characters", "words"}
        assert letter["text"].startswith(f"Subject: {letter['subject']}\n\n")
        assert letter["characters"] == len(letter["body"])
        assert letter["words"] == len(letter["body"].split())
        assert letter["article"].startswith('<article class="letter"')
        assert letter["html"].startswith("<!DOCTYPE html>") and letter["article"] in letter["html"]
        assert letter["mailto"].startswith("mailto:")
    assert letters[0]["mailto"].startswith("mailto:dana@northwind.example?subject=")
    assert len({x["text"] for x in letters}) == 3


def test_a_short_message_stays_within_the_limit():
    result = render(with_(panel(), channel="message"), TODAY)
    assert result["ok"] is True
    for letter in result["letters"]:
        assert letter["subject"] is None
        assert letter["characters"] <= MESSAGE_LIMIT


def test_after_rejection_without_date_has_no_timing_and_no_calendar():
    data = with_(panel(), kind="after-rejection", interview_date="", interview_time="", interviewers=[])
    result = render(data, TODAY)
    assert result["ok"] is True
    assert result["timing"] is None and result["ics"] is None
    assert result["reminders"] is False
    assert len(result["letters"]) == 1


def test_without_downloads_the_formats_made_on_demand_are_left_out_and_the_rest_is_the_same():
    full = render(panel(), TODAY)
    light = render(panel(), TODAY, with_downloads=False)
    on_demand = [f.name for f in LETTER_TEXTS if f.on_demand]
    assert on_demand == ["html", "eml"]
    assert light["ics"] is None and light["reminders"] is True
    assert all(letter[name] is None for letter in light["letters"] for name in on_demand)
    assert all(letter[name] for letter in full["letters"] for name in on_demand)
    for which in (full, light):
        which.pop("ics")
        for letter in which["letters"]:
            for name in on_demand:
                letter.pop(name)
    assert light == full


def test_invalid_answers_come_back_as_located_errors_with_labels():
    data = with_(panel(), company="", tone="loud")
    data["interviewers"][2]["email"] = "nope"
    result = render(data, TODAY)
    assert result["ok"] is False
    assert result["refused"] is None and result["findings"] == []
    assert [(e["path"], e["label"]) for e in result["errors"]] == [
        ("tone", "Tone"), ("company", "Company"), ("interviewers.2.email", "Interviewer 3: Interviewer email"),
    ]
    assert result["errors"][1]["message"] == "Company is required: enter the employer's name."


def test_a_third_check_in_is_refused_with_the_reason():
    result = render(with_(panel(), kind="check-in", check_in_number=3), TODAY)
    assert result["ok"] is False
    assert result["errors"] == []
    assert "third check-in" in result["refused"].lower()


@pytest.mark.parametrize("data", [None, [], "thank-you", 42, {"schema_version": 99}, {"": None}])
def test_garbage_never_raises(data):
    result = render(data, TODAY)
    assert result["ok"] is False
    assert result["errors"] and all(e["message"] for e in result["errors"])


def test_a_bad_today_is_an_error():
    result = render(panel(), "25/11/2026")
    assert result["ok"] is False
    assert result["errors"][0]["path"] == "today"


def test_today_may_carry_the_local_time_and_a_thank_you_is_late_from_its_send_by_time():
    # Interview 24 November, ended 14:30: send by 25 November, 14:30.
    codes = lambda today: {f["code"] for f in render(panel(), today)["findings"]}  # noqa: E731
    assert "on-time" in codes("2026-11-25") and "on-time" in codes("2026-11-25T14:30")
    assert "late" in codes("2026-11-25T14:31") and "on-time" not in codes("2026-11-25T14:31")
    for bad in ("2026-11-25T25:00", "2026-11-25T14", "2026-11-25 14:30"):
        assert render(panel(), bad)["errors"][0]["path"] == "today", bad


def test_today_defaults_to_the_machines_local_time():
    """`followup.clock.local_now` is FIXED_NOW here (tests/conftest.py): the default is that moment
    (the panel's thank-yous are late by then), not another one (the day after the interview)."""
    assert render(panel()) == render(panel(), FIXED_NOW.strftime("%Y-%m-%dT%H:%M"))
    assert render(panel()) != render(panel(), "2026-11-25T09:00")


def test_an_unexpected_failure_is_a_plain_message_without_internals(monkeypatch):
    def broken(*args: object) -> object:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(bundle, "compose", broken)
    result = render(panel(), TODAY)
    assert result == {"ok": False, "errors": [{"path": "", "label": "Answers", "message": UNEXPECTED}],
                      "refused": None, "findings": []}
    assert "secret" not in json.dumps(result) and "Traceback" not in json.dumps(result)


def test_render_json_round_trip():
    out = render_json(json.dumps(panel()), TODAY)
    assert out.isascii()
    assert json.loads(out) == json.loads(json.dumps(render(panel(), TODAY)))


@pytest.mark.parametrize("text", ["", "{", "[1, 2", "NaN", '{"a": 1, "a": 2}', "\udcff"])
def test_render_json_of_malformed_text_is_an_error_result(text):
    result = json.loads(render_json(text, TODAY))
    assert result["ok"] is False
    assert result["errors"][0]["path"] == ""
    assert result["errors"][0]["message"] != UNEXPECTED


def test_html_in_answers_is_escaped_in_every_letter():
    data = panel()
    data["interviewers"][0]["topic"] = '<img src=x onerror="alert(1)"> and <script>alert(2)</script>'
    data["company"] = "<b>Northwind</b>"
    result = render(data, TODAY)
    assert result["ok"] is True
    for letter in result["letters"]:
        assert "<script" not in letter["article"] and "<img" not in letter["article"] and "<b>" not in letter["article"]
        assert set(re.findall(r"<([a-z]+)", letter["article"])) <= {"article", "p", "strong", "br", "address"}


def test_the_problems_of_german_answers_come_back_in_german_with_german_labels():
    data = {**json.loads((files("followup") / "examples" / "de-thank-you.json").read_text(encoding="utf-8")),
            "company": ""}
    result = render(data, "2026-11-27")
    assert result["ok"] is False
    [error] = result["errors"]
    assert error["path"] == "company"
    assert error["message"].startswith(error["label"] + " ist erforderlich: ")
    bad_day = render(data, "morgen")["errors"][0]
    assert bad_day["message"] == "Das heutige Datum muss ein Datum wie 2026-11-24 oder 2026-11-24T14:30 sein."


def test_german_answers_get_german_findings_from_the_worker():
    data = json.loads((files("followup") / "examples" / "de-thank-you.json").read_text(encoding="utf-8"))
    result = render(data, "2026-11-27")
    assert result["ok"] is True
    assert result["findings"] and all(f["anchor"].startswith(("de/nachfassen/#", "what-to-write/", "channels/"))
                                      for f in result["findings"])
