"""The job search log written out (followup.log_formats): CSV read back by the csv module and by
LibreOffice Calc, formula-like cells neutralised, Markdown, and the page to print."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from fixed_clock import FIXED_TODAY, days_ago

from followup.log import COLUMNS, Range, Row, this_week
from followup.log_formats import fragment, neutralised, paper, to_csv, to_html, to_markdown

HOSTILE = ("=1+1", "+44 7700 900123", "-2+3", "@SUM(A1)", "\tTAB", "=HYPERLINK(\"http://x\")")
ROWS = [
    Row(days_ago(3), "applied", "Müller & Söhne GmbH", "Sachbearbeiterin (m/w/d)", "Frau Schäfer",
        "Online form", "No decision yet", "Köln", "https://jobs.example.com/1?a=1,b=2"),
    Row(days_ago(2), "interview", 'Smith, "Jones" & Co', "Analyst | Reporting", "Dana Lee (Head of Analytics)",
        "Video interview", "No decision yet", "Leeds\nremote", ""),
    *[Row(days_ago(1), "thank-you", cell, "Role", cell, "Email", "Offer") for cell in HOSTILE],
]
WEEK = this_week(FIXED_TODAY)


def read_back(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_the_csv_has_a_byte_order_mark_one_header_row_crlf_and_reads_back_cell_for_cell():
    text = to_csv(ROWS)
    assert text.startswith("\ufeffDate,Activity,Employer,") and text.endswith("\r\n")
    assert "\r\n" in text and text.count("\n") == text.count("\r\n") + 1  # the newline inside "Leeds\nremote"
    table = read_back(text)
    assert table[0] == list(COLUMNS)
    expected = [[neutralised(c) for c in row.cells()] for row in ROWS]
    assert table[1:] == expected
    assert table[1][2] == "Müller & Söhne GmbH" and table[2][2] == 'Smith, "Jones" & Co'


def test_rfc_4180_quotes_only_what_needs_it_and_doubles_quotes():
    line = to_csv(ROWS[1:2]).split("\r\n")[1]
    assert line.startswith(f'{days_ago(2).isoformat()},Interview,"Smith, ""Jones"" & Co",Analyst | Reporting,')


@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_like_cells_are_neutralised_with_a_leading_apostrophe(cell: str):
    assert neutralised(cell) == "'" + cell
    table = read_back(to_csv([Row(FIXED_TODAY, "applied", cell, "R")]))
    assert table[1][2] == "'" + cell


@pytest.mark.parametrize("cell", ["Northwind", "2026-11-26", "", "'quoted already", "a=b", "Co-op"])
def test_ordinary_cells_are_left_alone(cell: str):
    assert neutralised(cell) == cell


def test_an_empty_range_is_the_header_alone():
    assert to_csv([]) == "\ufeff" + ",".join(COLUMNS) + "\r\n"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (scripts/setup --browser)")
def test_libreoffice_calc_reads_the_csv_with_the_same_values_and_runs_no_formula(tmp_path: Path):
    """Calc opens the file as a spreadsheet would (formulas evaluated), and saves it again as CSV."""
    control = tmp_path / "control.csv"
    control.write_text("A\r\n=1+1\r\n", encoding="utf-8")  # proves that Calc evaluates formulas here
    log = tmp_path / "log.csv"
    log.write_bytes(to_csv(ROWS).encode("utf-8"))
    out = tmp_path / "out"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,false,true",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
         "--outdir", str(out), str(control), str(log)],
        capture_output=True, text=True, timeout=180, check=False)
    assert (out / "log.csv").exists(), result.stdout + result.stderr
    assert (out / "control.csv").read_text(encoding="utf-8").splitlines() == ["A", "2"]
    table = list(csv.reader(io.StringIO((out / "log.csv").read_text(encoding="utf-8-sig"), newline="")))
    expected = [list(COLUMNS)] + [[neutralised(c) for c in row.cells()] for row in ROWS]
    assert table == expected


def test_markdown_is_a_heading_the_name_and_range_and_a_table_that_no_cell_can_break():
    text = to_markdown(ROWS, "Alex Morgan", WEEK, "en-GB")
    lines = text.splitlines()
    assert lines[:3] == ["# Job search log", "", "Alex Morgan · 23–29 November 2026"]
    assert lines[4] == "| " + " | ".join(COLUMNS) + " |"
    assert all(line.count("|") - line.count("\\|") == len(COLUMNS) + 1 for line in lines[4:])
    assert "Analyst \\| Reporting" in text and "Leeds remote" in text
    assert to_markdown([], "Alex", WEEK).endswith("No contacts in this range.\n")


def test_the_printed_page_says_who_and_when_and_escapes_every_cell():
    page = to_html(ROWS, "Alex <Morgan>", WEEK, "en-US")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en-US">' in page
    assert "<script" not in page and "http" not in page.split("<body>")[0]
    assert "<h1>Job search log</h1>" in page and "Alex &lt;Morgan&gt; · November 23–29, 2026" in page
    assert "Smith, &quot;Jones&quot; &amp; Co" in page
    assert page.count("<tr>") == len(ROWS) + 1
    assert "size: A4" in page and "size: letter" in page and "break-inside: avoid" in page
    assert 'class="fk-log fk-log--letter"' in page
    assert 'class="fk-log fk-log--a4"' in fragment(ROWS, "A", WEEK, "en-GB")
    assert (paper("en-US"), paper("en-GB")) == ("letter", "a4")
    assert "No contacts in this range." in fragment([], "A", Range(date(2026, 1, 1), date(2026, 1, 1)))


# --- a log in German -----------------------------------------------------------------------

def test_a_german_log_has_german_columns_activities_and_a_german_range() -> None:
    week = Range(date(2026, 11, 23), date(2026, 11, 29))
    text = to_markdown(ROWS[:2], "Lena Hoffmann", week, "de-DE")
    lines = text.splitlines()
    assert lines[0] == "# Nachweis der Bewerbungsaktivitäten"
    assert lines[2] == "Lena Hoffmann · 23.–29. November 2026"
    assert lines[4].startswith("| Datum | Aktivität | Arbeitgeber | Stelle | Ansprechperson |")
    assert "| Bewerbung |" in text and "| Vorstellungsgespräch |" in text
    assert read_back(to_csv(ROWS[:1], "de-AT"))[0][:3] == ["Datum", "Aktivität", "Arbeitgeber"]


def test_a_german_range_across_months_and_austria_s_january() -> None:
    assert Range(date(2026, 11, 30), date(2026, 12, 6)).label("de-DE") == "30. November – 6. Dezember 2026"
    assert Range(date(2027, 1, 4), date(2027, 1, 10)).label("de-AT") == "4.–10. Jänner 2027"
    assert Range(date(2026, 11, 23), date(2026, 11, 29)).label("en-GB") == "23–29 November 2026"


def test_a_german_page_declares_its_language_and_an_empty_range_says_so_in_german() -> None:
    page = to_html([], "", WEEK, "de-CH")
    assert page.startswith('<!DOCTYPE html>\n<html lang="de-CH">')
    assert "<p>In diesem Zeitraum gab es keine Kontakte.</p>" in page
    assert '<article class="fk-log fk-log--a4" data-paper="a4" lang="de-CH">' in fragment([], "", WEEK, "de-CH")
