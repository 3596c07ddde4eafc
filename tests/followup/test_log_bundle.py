"""followup.log_bundle: the builder worker's view of the job search log and of the CSV import."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from fixed_clock import FIXED_NOW

from followup.applications import loads
from followup.log_bundle import import_json, log_json
from followup.log_formats import stylesheet

FILE = Path(__file__).parent / "data" / "applications.json"
NOW = FIXED_NOW.strftime("%Y-%m-%dT%H:%M")  # what the page sends as `today`


def log(which: str = "week", start: str | None = None, end: str | None = None, text: str | None = None) -> dict:
    return json.loads(log_json(text or FILE.read_text(encoding="utf-8"), NOW, which, start, end))


def test_this_week_s_log_has_the_csv_to_download_and_the_article_to_print_with_its_stylesheet():
    result = log()
    assert result["ok"] and result["problems"] == []
    assert (result["label"], result["start"], result["end"]) == ("23–29 November 2026", "2026-11-23", "2026-11-29")
    assert (result["name"], result["style"], result["paper"], result["count"]) == ("Alex Morgan", "en-GB", "a4", 3)
    assert result["csv"].startswith("\ufeffDate,Activity,") and result["csv"].count("\r\n") == 4
    assert result["html"].startswith('<article class="fk-log fk-log--a4"') and result["html"].count("<tr>") == 4
    assert result["css"] == stylesheet()


@pytest.mark.parametrize(("which", "start", "end", "count"), [
    ("last-week", None, None, 4), ("month", None, None, 7), ("custom", "2026-11-17", "2026-11-19", 3),
    ("nonsense", None, None, 3)])
def test_every_range(which: str, start: str | None, end: str | None, count: int):
    assert log(which, start, end)["count"] == count


@pytest.mark.parametrize(("start", "end", "message"), [
    ("2026-11-20", "2026-11-19", "The range ends (2026-11-19) before it starts (2026-11-20): swap the two dates."),
    ("", "2026-11-19", "The first day must be a date like 2026-11-24."),
])
def test_a_bad_custom_range_says_what_to_do(start: str, end: str, message: str):
    assert log("custom", start, end) == {"ok": False, "problems": [message]}


def test_a_damaged_application_is_named_and_the_others_are_logged():
    data = json.loads(FILE.read_text(encoding="utf-8"))
    data["applications"][1]["answers"]["company"] = 42
    result = log(text=json.dumps(data))
    assert result["ok"] and result["count"] == 2
    assert result["problems"][0].startswith("application 2 (left out): Company must be text")


def test_a_csv_comes_back_as_applications_with_how_each_column_was_read():
    data = base64.b64encode("Firma;Stelle;Beworben am\r\nMüller;Koch;3/4/2026\r\n".encode("cp1252")).decode()
    first = json.loads(import_json(data, None, "Alex Morgan"))
    assert first["ok"] and first["applications"] == [] and first["needs_date_order"]
    assert first["columns"] == [{"header": "Firma", "read_as": "Company"}, {"header": "Stelle", "read_as": "Role"},
                                {"header": "Beworben am", "read_as": "Date applied"}]
    assert (first["encoding"], first["delimiter"], first["skipped"][0]["line"]) == ("windows-1252", ";", 2)
    again = json.loads(import_json(data, "dmy", "Alex Morgan"))
    (app,) = again["applications"]
    assert app["answers"]["tracking"]["date_applied"] == "2026-04-03" and app["answers"]["company"] == "Müller"
    assert loads(json.dumps({"applications_version": 1, "applications": [app]}), complete=False).problems == ()


@pytest.mark.parametrize(("data", "problem"), [("not base64!", "The file could not be read: choose it again."),
                                               ("", "The file is empty: save the spreadsheet as CSV and choose it again.")])
def test_an_unreadable_csv_says_why(data: str, problem: str):
    result = json.loads(import_json(data))
    assert (result["ok"], result["problem"]) == (False, problem)
