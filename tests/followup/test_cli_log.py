"""`followup log` and `followup import`, run as a real process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_cli import run, write

from followup.applications import loads

FILE = Path(__file__).parent / "data" / "applications.json"
"""Northwind Traders (interview 26 November), Contoso (16 November, a check-in on the 24th), Fabrikam (rejected 1 December)."""


def log(*args: str, cwd: Path) -> list[list[str]]:
    result = run("log", str(FILE), *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("\ufeff")
    return list(csv.reader(io.StringIO(result.stdout.removeprefix("\ufeff"), newline="")))


def test_this_week_is_the_default_and_runs_monday_to_sunday_for_uk_english(tmp_path: Path):
    table = log("--today", "2026-11-26", cwd=tmp_path)
    assert table[0][:4] == ["Date", "Activity", "Employer", "Position"]
    assert [(r[0], r[1], r[2], r[4]) for r in table[1:]] == [
        ("2026-11-24", "Check-in sent", "Contoso", "Priya Shah"),
        ("2026-11-26", "Interview", "Northwind Traders", "Dana Lee (Head of Analytics)"),
        ("2026-11-26", "Thank-you sent", "Northwind Traders", "Dana Lee")]
    assert log("--week", "--today", "2026-11-26", cwd=tmp_path) == table


def test_last_week_this_month_and_a_custom_range(tmp_path: Path):
    assert [r[0] for r in log("--last-week", "--today", "2026-11-26", cwd=tmp_path)[1:]] == [
        "2026-11-16", "2026-11-17", "2026-11-19", "2026-11-19"]
    assert [r[1] for r in log("--month", "--today", "2026-12-02", cwd=tmp_path)[1:]] == ["Outcome"]
    custom = log("--from", "2026-11-19", "--to", "2026-11-24", cwd=tmp_path)
    assert [r[0] for r in custom[1:]] == ["2026-11-19", "2026-11-19", "2026-11-24"]


def test_markdown_and_html_to_a_file(tmp_path: Path):
    result = run("log", str(FILE), "--today", "2026-11-26", "--format", "md", cwd=tmp_path)
    assert result.stdout.startswith("# Job search log\n\nAlex Morgan · 23–29 November 2026\n")
    result = run("log", str(FILE), "--today", "2026-11-26", "--format", "html", "-o", "log.html", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    page = (tmp_path / "log.html").read_text(encoding="utf-8")
    assert "fk-log--a4" in page and page.count("<tr>") == 4


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "2026-11-20"), "--from and --to go together"),
    (("--from", "2026-11-20", "--to", "2026-11-01"), "the range ends (2026-11-01) before it starts (2026-11-20)"),
    (("--from", "20/11/2026", "--to", "2026-11-21"), "--from must be a date like 2026-11-24, not '20/11/2026'"),
    (("--week", "--month"), "not allowed with argument"),
])
def test_a_bad_range_is_exit_2_naming_the_option(tmp_path: Path, args: tuple[str, ...], message: str):
    result = run("log", str(FILE), *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""


def test_incomplete_applications_are_logged_and_damaged_ones_named(tmp_path: Path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    data["applications"][0]["answers"] = {"schema_version": 3, "company": "Tailspin",
                                          "tracking": {"date_applied": "2026-11-25", "method": "agency"}}
    data["applications"][1]["answers"]["company"] = 42
    result = run("log", str(write(tmp_path, data)), "--today", "2026-11-26", "--format", "md", cwd=tmp_path)
    assert result.returncode == 0
    assert "application 2 (left out): Company must be text" in result.stderr
    assert "| 2026-11-25 | Applied | Tailspin |  |  | Through an agency |" in result.stdout


CSV = "Company;Role;Date applied;Status\nMüller GmbH;Analyst;03.11.2026;Absage\nNorthwind;Analyst;03/04/2026;\n"


def test_import_writes_an_applications_file_and_says_how_it_read_the_columns(tmp_path: Path):
    (tmp_path / "apps.csv").write_bytes(CSV.encode("cp1252"))
    result = run("import", "apps.csv", "-o", "applications.json", "--name", "Alex Morgan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == ("followup: apps.csv: columns read as: Company → Company; Role → Role; "
                        "Date applied → Date applied; Status → Outcome")
    assert "line 3 not read: Date applied 03/04/2026 could be day first or month first" in lines[1]
    assert "--dates dmy" in lines[2] and lines[3] == "followup: apps.csv: 1 application added"
    (only,) = loads((tmp_path / "applications.json").read_text(encoding="utf-8"), complete=False).applications
    assert (only.answers.company, only.record.outcome, only.answers.candidate.name) == ("Müller GmbH", "rejected",
                                                                                       "Alex Morgan")


def test_import_never_overwrites_and_merges_when_asked_keeping_what_is_there(tmp_path: Path):
    (tmp_path / "apps.csv").write_bytes(CSV.encode("cp1252"))
    target = tmp_path / "applications.json"
    target.write_text(FILE.read_text(encoding="utf-8"), encoding="utf-8")
    refused = run("import", "apps.csv", "-o", "applications.json", cwd=tmp_path)
    assert refused.returncode == 2 and "applications.json exists: add --merge" in refused.stderr
    assert target.read_text(encoding="utf-8") == FILE.read_text(encoding="utf-8")
    merged = run("import", "apps.csv", "-o", "applications.json", "--merge", "--dates", "dmy", cwd=tmp_path)
    assert merged.returncode == 0 and "2 applications added, 3 kept" in merged.stderr
    apps = loads(target.read_text(encoding="utf-8"), complete=False).applications
    assert [a.answers.company for a in apps] == ["Northwind Traders", "Contoso", "Fabrikam", "Müller GmbH", "Northwind"]
    assert apps[3].answers.candidate.name == "Alex Morgan"  # the name the file's applications give
    again = run("import", "apps.csv", "-o", "applications.json", "--merge", "--dates", "dmy", cwd=tmp_path)
    assert "0 applications added, 5 kept" in again.stderr


def test_import_of_a_file_without_an_employer_column_is_exit_2(tmp_path: Path):
    result = run("import", "-", stdin="Name,Salary\nA,1\n", cwd=tmp_path)
    assert result.returncode == 2 and "No column names the employer" in result.stderr


def test_applications_in_german_give_a_german_log_whose_week_starts_on_monday(tmp_path: Path):
    data = json.loads(FILE.read_text(encoding="utf-8"))
    for app in data["applications"]:
        app["answers"]["language"] = "de-DE"
    path = write(tmp_path, data, "bewerbungen.json")
    result = run("log", str(path), "--today", "2026-11-29", "--format", "md", cwd=tmp_path)  # a Sunday
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "# Nachweis der Bewerbungsaktivitäten"
    assert lines[2].endswith("23.–29. November 2026")
    assert "| Nachfrage gesendet | Contoso |" in result.stdout
    assert "Noch keine Entscheidung" in result.stdout
