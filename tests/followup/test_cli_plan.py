"""`followup plan` and `followup schema --applications`, run as a real process."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from test_cli import example, run, write

from followup.applications import loads
from followup.applications.schema import json_schema
from followup.reminders import plan_reminders

FILE = Path(__file__).parent / "data" / "applications.json"


def test_the_table_lists_every_application_overdue_first():
    result = run("plan", str(FILE), "--today", "2026-12-02", cwd=FILE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == (
        "Company            Role             Next step               Due\n"
        "Contoso            Product Analyst  second check-in         2026-12-01  overdue\n"
        "Fabrikam           Data Engineer    reply to the rejection  2026-12-03\n"
        "Northwind Traders  Data Analyst     first check-in          2026-12-08\n"
    )


def test_a_single_answers_file_from_standard_input_is_one_application(tmp_path: Path):
    answers = json.dumps(example("thank-you", tmp_path))
    result = run("plan", "-", "--today", "2026-11-26", stdin=answers, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split() == ["Northwind", "Traders", "Data", "Analyst", "thank-you", "to",
                                                     "Dana", "Lee", "2026-11-27", "11:30"]


def test_a_damaged_application_is_named_on_standard_error_and_the_others_are_planned(tmp_path: Path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    data["applications"][2]["answers"]["company"] = ""
    result = run("plan", str(write(tmp_path, data)), "--today", "2026-12-02", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == (f"followup: {tmp_path / 'a.json'}: application 3 (left out): Company is required: "
                             "enter the employer's name.\n")
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["Company", "Contoso", "Northwind"]


def test_a_file_with_nothing_to_plan_is_invalid_input(tmp_path: Path):
    result = run("plan", str(write(tmp_path, {"applications": []})), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "neither an applications file nor an answers file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_the_calendar_holds_every_future_reminder_of_every_application(tmp_path: Path):
    out = tmp_path / "plan.ics"
    result = run("plan", str(FILE), "--today", "2026-12-02", "--format", "ics", "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == "", result.stderr
    ics = out.read_bytes().decode("utf-8")
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "") and "\r" not in ics.replace("\r\n", "")
    lines = _unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2:] == ["END:VCALENDAR", ""]
    events = [dict(line.split(":", 1) for line in block.split("\n") if ":" in line)
              for block in "\n".join(lines).split("BEGIN:VEVENT")[1:]]
    got = sorted((e["SUMMARY"], e.get("DTSTART;VALUE=DATE") or e["DTSTART"]) for e in events)
    today = date(2026, 12, 2)
    expected = sorted((r.summary, r.start.strftime("%Y%m%d")) for app in loads(FILE.read_text("utf-8")).applications
                      for r in plan_reminders(app, today))
    assert got == expected == sorted([
        ("Check in with Northwind Traders", "20261208"),
        ("Second check-in with Northwind Traders", "20261215"),
        ("Reply to Fabrikam", "20261203"),
    ])  # Contoso's second check-in was due yesterday: overdue, in the table, not in the calendar
    uids = [e["UID"] for e in events]
    assert len(set(uids)) == len(uids) == 3
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_the_calendar_moves_the_second_check_in_to_a_week_after_the_first_was_sent(tmp_path: Path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    contoso = data["applications"][1]
    contoso["record"]["sent"][1]["date"] = "2026-12-01"  # the first check-in went out a week late
    result = run("plan", str(write(tmp_path, data)), "--today", "2026-12-02", "--format", "ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.replace("\n ", "").split("\n")  # text mode: CRLF read as "\n"
    at = lines.index("SUMMARY:Second check-in with Contoso")
    assert "DTSTART;VALUE=DATE:20261208" in lines[at - 4:at]


def test_no_reminder_ahead_is_invalid_input(tmp_path: Path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    for app in data["applications"]:
        app["record"]["outcome"] = "offer"
    result = run("plan", str(write(tmp_path, data)), "--format", "ics", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert re.fullmatch(r"followup: .*a\.json: no reminders ahead: .*\n", result.stderr)


def test_schema_applications_prints_the_applications_schema(tmp_path: Path):
    result = run("schema", "--applications", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()
