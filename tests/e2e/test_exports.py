"""The builder's exports end to end (copy, mail link, print, every download, the editable
documents): real Chromium, real Pyodide, the built site over HTTP."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from builder_page import download_text, fill_basics, letter


def test_every_export_downloads_the_letter(builder: Page, context: BrowserContext) -> None:
    page = builder
    fill_basics(page, company="Northwind <b>Traders</b> & Co")
    expect(letter(page)).to_contain_text("Northwind <b>Traders</b> & Co")
    # The company must never become markup in the page.
    expect(letter(page).locator("b")).to_have_count(0)

    name, text = download_text(page, "Download .txt")
    assert name.endswith(".txt") and "Northwind <b>Traders</b> & Co" in text
    name, md = download_text(page, "Download .md")
    assert name.endswith(".md") and "Dana" in md and "Data Analyst" in md
    name, html = download_text(page, "Download .html")
    assert name.endswith(".html") and html.startswith("<!DOCTYPE html>")
    assert "Northwind &lt;b&gt;Traders&lt;/b&gt; &amp; Co" in html and "<b>Traders" not in html
    name, eml = download_text(page, "Download .eml")
    assert name.endswith(".eml") and re.search(r"^Subject: ", eml, re.MULTILINE)
    name, ics = download_text(page, "Download reminders (.ics)")
    assert name.endswith(".ics") and ics.startswith("BEGIN:VCALENDAR")

    mail = page.get_by_role("link", name="Open in mail app")
    expect(mail).to_have_attribute("href", re.compile(r"^mailto:"))

    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy text").click()
    expect(page.locator("[data-fk-export-message]")).to_contain_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    # An email: the text for the message box, with the subject on its own button.
    assert "Alex Morgan" in copied and not copied.startswith("Subject:"), copied[:80]
    page.get_by_role("button", name="Copy subject").click()
    expect(page.locator("[data-fk-export-message]")).to_contain_text("Copied the subject line")
    assert page.evaluate("navigator.clipboard.readText()") == "Thank you – Data Analyst interview"
    page.get_by_label("Channel", exact=True).select_option("letter")
    expect(page.get_by_role("button", name="Copy subject")).to_be_hidden()


def test_long_letter_offers_the_eml_instead_of_a_mail_link(builder: Page) -> None:
    page = builder
    fill_basics(page, company="Northwind Traders International Holdings Group Limited Partnership")
    page.get_by_label("Role", exact=True).fill("Senior Data Analyst, Regional Sales Reporting and Forecasting")
    page.get_by_label("Profile or portfolio link", exact=True).fill(
        "https://www.linkedin.com/in/alex-morgan-senior-data-analyst-regional-sales-reporting-and-forecasting-example")
    page.get_by_label("Channel", exact=True).select_option("email")
    long = {  # long answers, each still one sentence the letter keeps
        "What they need": "someone who can make the weekly sales numbers trustworthy enough that regional managers "
                          "stop keeping their own spreadsheets and start using the shared dashboard for every forecast",
        "Your matching strength": "At Fabrikam I rebuilt our sales reporting in dbt, cut the monthly close from five "
                                  "days to two, trained eight analysts in SQL and moved forty regional reports onto "
                                  "one shared dashboard that the sales leadership team now uses every week",
        "Something you forgot to mention": "I have also taught SQL to a group of eight analysts, which could help with "
                                           "the self-serve reporting you want to roll out across the regions next year, "
                                           "starting with the northern region in the spring",
    }
    for label, text in long.items():
        page.get_by_label(label, exact=True).fill(text)
    page.get_by_label("What you discussed with them", exact=True).first.fill(
        "your plan to move the monthly and weekly sales reporting from regional spreadsheets to dbt models that the "
        "finance team can check before every board meeting")
    expect(page.locator("[data-fk-mailto-note]")).to_be_visible()
    # No link without an address: a disabled button of the same name stands in.
    expect(page.get_by_role("link", name="Open in mail app")).to_have_count(0)
    expect(page.get_by_role("button", name="Open in mail app")).to_be_disabled()
    expect(page.get_by_role("button", name="Download .eml")).to_be_enabled()
    for label in ("What they need", "Your matching strength", "Something you forgot to mention"):
        page.get_by_label(label, exact=True).fill("")
    expect(page.get_by_role("link", name="Open in mail app")).to_have_attribute("href", re.compile(r"^mailto:"))
    expect(page.get_by_role("button", name="Open in mail app")).to_be_hidden()


def test_no_link_without_an_address_before_the_composer_answers(page: Page, site_url: str) -> None:
    """What a crawler sees on arrival: every <a> on the builder page has an href."""
    page.route("**/assets/builder/worker.js", lambda route: route.abort())
    page.goto(site_url + "builder/")
    assert page.locator("[data-fk-app] a:not([href])").count() == 0
    expect(page.get_by_role("button", name="Open in mail app")).to_be_disabled()


def test_print_shows_the_letter_alone(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    page.emulate_media(media="print")
    expect(letter(page)).to_be_visible()
    expect(page.locator("[data-fk-form]")).to_be_hidden()
    expect(page.get_by_role("region", name="Checks")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.get_by_role("heading", name="Letter builder")).to_be_hidden()
    expect(page.get_by_role("link", name="Back to the form")).to_be_hidden()



@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_the_editable_document_downloads_the_letter_on_screen(builder: Page, tmp_path: Path, fmt: str) -> None:
    page = builder
    fill_basics(page)
    page.get_by_label("Channel", exact=True).select_option("letter")
    expect(letter(page)).to_contain_text("Dear Dana")
    with page.expect_download() as info:
        page.get_by_role("button", name=f"Download .{fmt}").click()
    download = info.value
    assert download.suggested_filename.endswith(f".{fmt}")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    if fmt == "docx":
        import docx  # python-docx, a test-only pin

        paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    else:
        from odf import teletype
        from odf.opendocument import load
        from odf.text import P

        paragraphs = [teletype.extractText(p) for p in load(str(path)).getElementsByType(P)]
    shown = letter(page).inner_text()
    assert "Dear Dana," in paragraphs and "Alex Morgan" in paragraphs
    body = [p for p in paragraphs if len(p) > 60]  # the letter's own paragraphs
    assert body and all(p in " ".join(shown.split()) for p in body)
