"""The job search log and the CSV import, in real Chromium with the real composer, at the fixed moment
(Thursday 26 November 2026, Europe/London: tests/conftest.py sets it in every browser context): three applications with letters sent, this week's log
downloaded and its rows checked, printed to PDF and read back, a spreadsheet's CSV previewed and
added; all of it again offline after one visit; axe finds nothing."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from builder_page import applications, builder_axe_violations, wait_kept_offline, wait_ready
from playwright.sync_api import BrowserContext, Page, expect


def _answers(company: str, role: str, interview: str, person: str, **more: Any) -> dict[str, Any]:
    return {"schema_version": 3, "kind": "thank-you", "style": "en-GB", "company": company, "role": role,
            "candidate": {"name": "Alex Morgan"}, "interview_date": interview,
            "interviewers": [{"name": person, "topic": "the reporting backlog"}], **more}


THREE = {"applications_version": 1, "applications": [
    {"id": "northwind", "updated": "2026-11-25T10:00:00.000Z",
     "answers": _answers("Northwind Traders", "Data Analyst", "2026-11-24", "Dana Lee",
                         tracking={"date_applied": "2026-11-10", "method": "online", "location": "Leeds"}),
     "record": {"sent": [{"kind": "thank-you", "to": "Dana Lee", "date": "2026-11-25"}], "outcome": "waiting",
                "outcome_date": None}},
    {"id": "contoso", "updated": "2026-11-23T10:00:00.000Z",
     "answers": _answers("Contoso", "Product Analyst", "2026-11-16", "Priya Shah"),
     "record": {"sent": [{"kind": "thank-you", "to": "Priya Shah", "date": "2026-11-17"},
                         {"kind": "check-in", "number": 1, "date": "2026-11-23"}], "outcome": "waiting",
                "outcome_date": None}},
    {"id": "fabrikam", "updated": "2026-11-26T09:00:00.000Z",
     "answers": _answers("Fabrikam", "Data Engineer", "2026-11-19", "Sam Okafor"),
     "record": {"sent": [{"kind": "thank-you", "to": "Sam Okafor", "date": "2026-11-19"},
                         {"kind": "after-rejection", "date": "2026-11-26"}], "outcome": "rejected",
                "outcome_date": "2026-11-26"}},
]}
# This week's rows (Monday 23 to Sunday 29 November: the applications are in UK English), by date:
# Contoso's check-in, Northwind's interview and thank-you, Fabrikam's outcome and reply, and the
# date applied typed into "For your records" during the test.
WEEK_ROWS = [
    ["2026-11-23", "Check-in sent", "Contoso", "Product Analyst", "Priya Shah", "Email", "No decision yet"],
    ["2026-11-24", "Interview", "Northwind Traders", "Data Analyst", "Dana Lee", "Video interview", "No decision yet"],
    ["2026-11-25", "Thank-you sent", "Northwind Traders", "Data Analyst", "Dana Lee", "Email", "No decision yet"],
    ["2026-11-26", "Outcome", "Fabrikam", "Data Engineer", "Sam Okafor", "", "Not selected"],
    ["2026-11-26", "Reply sent", "Fabrikam", "Data Engineer", "Sam Okafor", "Email", "Not selected"],
    ["2026-11-27", "Applied", "Fabrikam", "Data Engineer", "", "Email", "Not selected"],
]
GERMAN_CSV = ("Firma;Stelle;Beworben am;Status;Ort;Notizen\r\n"
              "Müller & Söhne GmbH;Sachbearbeiterin;24.11.2026;offen;Köln;\r\n"
              ";;;;;\r\n"
              ";Aushilfe;25.11.2026;;;ohne Firma\r\n"
              "Bäckerei Groß;Verkäuferin;25.11.2026;Absage;Bonn;\r\n").encode("cp1252")


def _open(page: Page, url: str) -> Page:
    page.goto(url + "builder/")
    wait_ready(page)
    return page


def _load(page: Page, path: Path, data: bytes | str, said: str) -> None:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    page.get_by_label("Load", exact=True).set_input_files(path)
    expect(page.locator("[data-fk-file-message]")).to_contain_text(said)


def _three_with_a_fact_for_the_records(page: Page, tmp_path: Path, kept: int = 0) -> None:
    """The three applications loaded (`kept`: how many this profile had already), the last one shown,
    and its date applied typed into the collapsed "For your records"."""
    _load(page, tmp_path / "three.json", json.dumps(THREE), "3 added")
    expect(applications(page).get_by_role("listitem")).to_have_count(3 + kept)
    expect(page.get_by_label("Company", exact=True)).to_have_value("Fabrikam")
    records = page.locator("[data-fk-details='tracking']")
    expect(records).not_to_have_attribute("open", "")  # collapsed: the letter's form stays short
    records.locator("summary", has_text="For your records").click()
    page.get_by_label("Date applied", exact=True).fill("2026-11-27")
    page.get_by_label("How you applied", exact=True).select_option(label="Email")


def _downloaded_log(page: Page) -> list[list[str]]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download .csv").click()
    assert info.value.suggested_filename == "job-search-log-2026-11-23-to-2026-11-29.csv"
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _expect_week_rows(page: Page) -> None:
    page.get_by_label("Range", exact=True).select_option(label="This week")
    table = _downloaded_log(page)
    assert table[0][:7] == ["Date", "Activity", "Employer", "Position", "Contact", "Method", "Result"]
    got = [row[:7] for row in table[1:]]
    got = [[*row[:4], row[4].split(" (")[0], *row[5:]] for row in got]
    assert got == WEEK_ROWS
    expect(page.locator("[data-fk-log-message]")).to_contain_text("23–29 November 2026 (6 contacts)")


def _import_german_csv(page: Page, tmp_path: Path, before: int = 3) -> None:
    _load_csv = tmp_path / "bewerbungen.csv"
    _load_csv.write_bytes(GERMAN_CSV)
    page.get_by_label("Load", exact=True).set_input_files(_load_csv)
    preview = page.get_by_role("group", name="“bewerbungen.csv”", exact=False)
    expect(preview).to_be_visible()
    expect(preview).to_contain_text("Windows-1252, separated by semicolons): 2 applications can be added")
    columns = preview.get_by_role("table", name="How each column was read")
    expect(columns.get_by_role("row")).to_have_count(7)
    expect(columns.get_by_role("row", name="Firma Company")).to_be_visible()
    expect(columns.get_by_role("row", name="Notizen not used")).to_be_visible()
    expect(preview).to_contain_text("Line 4 not read: No employer")
    expect(applications(page).get_by_role("listitem")).to_have_count(before)  # nothing added yet
    preview.get_by_role("button", name="Add 2 applications").click()
    expect(page.locator("[data-fk-file-message]")).to_contain_text("Loaded “bewerbungen.csv”: 2 added")
    expect(applications(page).get_by_role("listitem")).to_have_count(before + 2)
    expect(applications(page).get_by_role("button", name="Müller & Söhne GmbH – Sachbearbeiterin")).to_be_visible()


def test_the_week_s_log_downloaded_printed_and_a_spreadsheet_brought_in(
        page: Page, site_url: str, tmp_path: Path) -> None:
    page = _open(page, site_url)
    _three_with_a_fact_for_the_records(page, tmp_path)
    _expect_week_rows(page)

    # Print: the page shows the log alone, on A4 (UK English), the name and range on top, numbered.
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    page.get_by_role("region", name="Job search log").get_by_role("button", name="Print").click()
    page.wait_for_function("() => window.__printed === 1")
    pdf = tmp_path / "log.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages: +1$", info, re.M) and re.search(r"^Page size: .*\(A4\)$", info, re.M), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Job search log" in text and "Alex Morgan · 23–29 November 2026" in text
    assert "Page 1 of 1" in text
    for row in WEEK_ROWS:
        assert any(row[0] in line and row[1].split()[0] in line for line in text.splitlines()), row
    assert "Letter preview" not in text and "Your answers" not in text
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")  # the print dialog closed
    # page.pdf() leaves Material's search open and focused, on any page of the site: close it.
    if page.evaluate("() => document.querySelector('#__search').checked"):
        page.keyboard.press("Escape")
    expect(page.locator("body")).not_to_have_class(re.compile("fk-printing-log"))

    _import_german_csv(page, tmp_path)
    page.get_by_label("Range", exact=True).select_option(label="Choose the days")
    page.get_by_label("First day", exact=True).fill("2026-11-24")
    page.get_by_label("Last day", exact=True).fill("2026-11-25")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download .csv").click()
    rows = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"), newline="")))
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("2026-11-24", "Applied", "Müller & Söhne GmbH"), ("2026-11-24", "Interview", "Northwind Traders"),
        ("2026-11-25", "Applied", "Bäckerei Groß"), ("2026-11-25", "Thank-you sent", "Northwind Traders")]
    assert builder_axe_violations(page) == []


def test_a_csv_preview_has_no_accessibility_violations_and_cancel_adds_nothing(
        page: Page, site_url: str, tmp_path: Path) -> None:
    page = _open(page, site_url)
    ambiguous = tmp_path / "sheet.csv"
    ambiguous.write_text("Company,Role,Date applied\nTailspin,Analyst,03/04/2026\nLitware,Analyst,2026-11-02\n",
                         encoding="utf-8")
    page.get_by_label("Load", exact=True).set_input_files(ambiguous)
    preview = page.locator("[data-fk-import]")
    expect(preview).to_contain_text("1 application can be added")
    expect(preview).to_contain_text("Line 2 not read: Date applied 03/04/2026 could be day first or month first")
    page.get_by_label("Dates like 03/04/2026 in this file are").select_option("dmy")
    expect(preview).to_contain_text("2 applications can be added")
    assert builder_axe_violations(page) == []
    preview.get_by_role("button", name="Cancel").click()
    expect(page.locator("[data-fk-file-message]")).to_have_text("Nothing was added from “sheet.csv”.")
    expect(applications(page).get_by_role("listitem")).to_have_count(1)


def test_offline_after_one_visit_the_log_and_the_import_still_work(
        page: Page, context: BrowserContext, site_url: str, tmp_path: Path) -> None:
    visited = _open(page, site_url)
    wait_kept_offline(visited)
    context.set_offline(True)
    page = _open(context.new_page(), site_url)
    # The first visit's empty application is kept in this profile: one more in the list.
    _three_with_a_fact_for_the_records(page, tmp_path, kept=1)
    _expect_week_rows(page)
    _import_german_csv(page, tmp_path, before=4)
