"""Applications from a spreadsheet's CSV (followup.applications.csv_import and csv_dates), in the
styles people have: a German Excel, a Google Sheets export, extra columns, empty rows, ambiguous dates."""

from __future__ import annotations

from datetime import date

import pytest

from followup.applications import dumps, loads
from followup.applications.csv_dates import AMBIGUOUS, file_order, read_date
from followup.applications.csv_import import read_csv
from followup.log import rows, this_month
from followup.log_formats import to_csv

D = date.fromisoformat

GERMAN_EXCEL = (
    "Firma;Stelle;Beworben am;Ansprechpartner;Status;Ort;Notizen\r\n"
    "Müller & Söhne GmbH;Sachbearbeiterin (m/w/d);26.11.2026;Frau Schäfer;Absage;Köln;\"Anruf; später\"\r\n"
    ";;;;;;\r\n"
    "Bäckerei Groß;Verkäuferin;3.11.2026;;offen;Bonn;\r\n"
).encode("cp1252")

GOOGLE_SHEETS = (
    "Company,Job Title,Date Applied,Interview Date,Contact,Link,Status,Salary,Notes\n"
    'Contoso,Product Analyst,11/02/2026,11/16/2026,Priya Shah,https://contoso.example/jobs/7,Interviewing,"$80,000",\n'
    "Fabrikam,Data Engineer,11/05/2026,,recruiting@fabrikam.example,,Rejected,,ghosted first\n"
    ",,,,,,,,\n"
    "Tailspin,,11/20/2026,,,,Offer,,\n"
).encode("utf-8")


def test_a_german_excel_file_semicolons_and_windows_1252():
    found = read_csv(GERMAN_EXCEL, candidate="Alex Morgan")
    assert (found.encoding, found.delimiter, found.problem, found.skipped) == ("windows-1252", ";", "", ())
    assert [(c.header, c.read_as) for c in found.columns] == [
        ("Firma", "Company"), ("Stelle", "Role"), ("Beworben am", "Date applied"), ("Ansprechpartner", "Contact"),
        ("Status", "Outcome"), ("Ort", "Location"), ("Notizen", "not used")]
    muller, baker = found.applications
    assert (muller.answers.company, muller.answers.role) == ("Müller & Söhne GmbH", "Sachbearbeiterin (m/w/d)")
    assert muller.answers.tracking.date_applied == D("2026-11-26") and muller.answers.tracking.location == "Köln"
    assert (muller.record.outcome, muller.answers.kind) == ("rejected", "after-rejection")
    assert (baker.answers.tracking.date_applied, baker.record.outcome) == (D("2026-11-03"), "waiting")
    assert muller.answers.candidate.name == "Alex Morgan"


def test_a_google_sheets_export_with_extra_columns_and_an_empty_row():
    found = read_csv(GOOGLE_SHEETS)
    assert (found.encoding, found.delimiter, found.skipped) == ("utf-8", ",", ())
    assert [c.read_as for c in found.columns] == ["Company", "Role", "Date applied", "Interview date", "Contact",
                                                  "Where the posting was", "Outcome", "not used", "not used"]
    assert found.notes == ("Dates are read month first (11/26/2026 is November 26), as the file's dates show.",)
    contoso, fabrikam, tailspin = found.applications
    assert contoso.answers.interview_date == D("2026-11-16") and contoso.answers.tracking.date_applied == D("2026-11-02")
    assert contoso.answers.tracking.posting == "https://contoso.example/jobs/7"
    assert contoso.answers.tracking.contact_name == "Priya Shah"
    assert fabrikam.answers.tracking.contact_details == "recruiting@fabrikam.example"
    assert [a.record.outcome for a in found.applications] == ["waiting", "rejected", "offer"]
    assert tailspin.answers.role == ""


def test_ambiguous_dates_are_reported_with_what_to_do_not_guessed():
    data = b"Company,Role,Date applied\nNorthwind,Analyst,03/04/2026\nContoso,Analyst,2026-11-02\n"
    found = read_csv(data)
    assert found.needs_date_order
    assert [a.answers.company for a in found.applications] == ["Contoso"]
    (skipped,) = found.skipped
    assert skipped.line == 2
    assert skipped.reason.startswith("Date applied 03/04/2026 could be day first or month first: choose")
    assert read_csv(data, date_order="dmy").applications[0].answers.tracking.date_applied == D("2026-04-03")
    assert read_csv(data, date_order="mdy").applications[0].answers.tracking.date_applied == D("2026-03-04")


@pytest.mark.parametrize(("text", "order"), [("26/11/2026", "dmy"), ("11/26/2026", "mdy")])
def test_a_date_with_a_day_over_12_shows_the_order_of_the_whole_file(text: str, order: str):
    data = f"Company,Date applied\nA,{text}\nB,03/04/2026\n".encode()
    found = read_csv(data)
    assert not found.needs_date_order and found.skipped == ()
    assert found.applications[0].answers.tracking.date_applied == D("2026-11-26")
    assert found.applications[1].answers.tracking.date_applied == (D("2026-04-03") if order == "dmy" else D("2026-03-04"))
    assert "day first" in found.notes[0] if order == "dmy" else "month first" in found.notes[0]


def test_a_file_with_both_orders_reads_what_is_certain_and_lists_the_rest():
    found = read_csv(b"Company,Date applied\nA,26/11/2026\nB,11/26/2026\nC,03/04/2026\n")
    assert [a.answers.tracking.date_applied for a in found.applications] == [D("2026-11-26"), D("2026-11-26")]
    assert [s.line for s in found.skipped] == [4] and found.needs_date_order
    assert "day first (26/11/2026) and month first (11/26/2026)" in found.notes[-1]


def test_rows_it_cannot_read_are_listed_with_the_reason():
    found = read_csv(b"Company,Role,Date applied\n,Analyst,2026-11-02\nA,B,yesterday\nC," + b"x" * 300 + b",\n")
    assert [(s.line, s.reason.split(":")[0]) for s in found.skipped] == [
        (2, "No employer"), (3, "Date applied 'yesterday' is not a date this can read"), (4, "Role is too long")]


@pytest.mark.parametrize(("data", "words"), [
    (b"", "The file is empty"),
    (b"\n\n", "The file is empty"),
    (b"Name,Salary\nA,1\n", 'No column names the employer (the columns are "Name", "Salary")'),
])
def test_a_file_it_cannot_read_at_all_says_why(data: bytes, words: str):
    found = read_csv(data)
    assert found.problem.startswith(words) and found.applications == ()


def test_the_log_s_own_csv_comes_back_with_its_neutralised_cells_restored():
    found = read_csv(GOOGLE_SHEETS)
    month = this_month(D("2026-11-26"))
    text = to_csv(rows(found.applications, month)).replace("Contoso", "=Contoso")
    again = read_csv(text.encode("utf-8"))
    assert again.problem == "" and {a.answers.company for a in again.applications} == {"=Contoso", "Fabrikam",
                                                                                      "Tailspin"}


def test_imported_applications_save_and_load_as_an_applications_file_of_incomplete_applications():
    found = read_csv(GOOGLE_SHEETS, candidate="Alex Morgan")
    text = dumps(found.applications)
    assert loads(text, complete=False).applications == found.applications
    assert len(loads(text).applications) < 3  # not complete enough for a letter: `plan` names them
    assert read_csv(GOOGLE_SHEETS).applications[0].id == found.applications[0].id  # the same rows clash


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("2026-11-26", None, D("2026-11-26")), ("2026-11-26 10:30:00", None, D("2026-11-26")),
    ("26.11.2026", None, D("2026-11-26")), ("3.4.26", None, D("2026-04-03")),
    ("26 Nov 2026", None, D("2026-11-26")), ("Nov 26, 2026", None, D("2026-11-26")),
    ("November 26th, 2026", None, D("2026-11-26")), ("26. Dezember 2026", None, D("2026-12-26")),
    ("5 Mär 2026", None, D("2026-03-05")), ("04/04/2026", None, D("2026-04-04")),
    ("03/04/2026", None, AMBIGUOUS), ("03/04/2026", "dmy", D("2026-04-03")), ("03-04-2026", "mdy", D("2026-03-04")),
    ("26/11/2026", "mdy", None), ("31/02/2026", None, None), ("Ma 3 2026", None, None), ("soon", None, None),
])
def test_dates_as_spreadsheets_write_them(text: str, order: str | None, expected: object):
    assert read_date(text, order) == expected  # type: ignore[arg-type]


def test_the_order_a_file_shows():
    assert file_order(["03/04/2026", "26/11/2026", ""]) == "dmy"
    assert file_order(["11/26/2026"]) == "mdy"
    assert file_order(["03/04/2026", "2026-11-26"]) is None
    assert file_order(["26/11/2026", "11/26/2026"]) == "mixed"
