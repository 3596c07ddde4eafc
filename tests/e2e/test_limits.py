"""Field limits in the real builder: maxlength from the schema, a quiet counter near the limit,
a 1 MB paste refused with a message (and the page still answering), a 5 MB+ file refused by "Load"."""

from __future__ import annotations

import re

from playwright.sync_api import BrowserContext, Page, expect

from builder_page import fill_basics, letter
from hostile_plan import text_fields

MEGABYTE = 1_048_576

SYNTHETIC_PASTE = """
([id, size]) => {
  const el = document.getElementById(id);
  el.focus();
  const data = new DataTransfer();
  data.setData("text/plain", "x".repeat(size));
  const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
  return { allowed: el.dispatchEvent(event), value: el.value };
}
"""


def test_every_text_field_has_the_schema_limit(page: Page, site_url: str) -> None:
    page.goto(site_url + "builder/")
    for path, field in text_fields().items():
        control = page.locator(f'[data-path="{path}"]')
        expect(control).to_have_attribute("maxlength", str(field.max_length))
        expect(page.locator(f"#f-{path.replace('.', '-')}-counter")).to_be_hidden()


def test_counter_appears_near_the_limit_and_typing_stops_at_it(builder: Page) -> None:
    page = builder
    company = page.get_by_label("Company", exact=True)
    counter = page.locator("#f-company-counter")
    said = page.locator("#f-company-said")
    company.fill("N" * 159)
    expect(counter).to_be_hidden()
    expect(said).to_have_text("")
    company.press("End")
    company.press_sequentially("N")
    expect(counter).to_have_text("160 of 200 characters")
    expect(said).to_have_text("160 of 200 characters")  # announced once, at 80%
    company.press_sequentially("N")
    expect(counter).to_have_text("161 of 200 characters")
    expect(said).to_have_text("160 of 200 characters")  # not on every key
    company.fill("N" * 199)
    company.press("End")
    company.press_sequentially("NNN")
    expect(company).to_have_value("N" * 200)
    expect(counter).to_have_text("200 of 200 characters: the limit")
    expect(said).to_have_text("200 of 200 characters: the limit")
    company.fill("Northwind")
    expect(counter).to_be_hidden()


def test_a_megabyte_paste_is_refused_with_a_message_and_the_page_answers(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    outcome = page.evaluate(SYNTHETIC_PASTE, ["f-their_needs", MEGABYTE])
    assert outcome == {"allowed": False, "value": ""}
    note = page.locator("#f-their_needs-counter")
    expect(note).to_have_text(
        "That paste is 1,048,576 characters; this field holds at most 600. Nothing was pasted.")
    expect(page.locator("#f-their_needs-said")).to_have_text(re.compile("Nothing was pasted"))
    assert page.evaluate("() => 6 * 7") == 42
    page.get_by_label("Role", exact=True).fill("Senior Data Analyst")
    expect(letter(page)).to_contain_text("Senior Data Analyst")
    # The next edit in the field replaces the note with the ordinary counter.
    page.get_by_label("What they need", exact=True).fill("clean numbers")
    expect(note).to_be_hidden()


def test_a_real_paste_that_fits_goes_in_and_one_that_does_not_is_refused(builder: Page, context: BrowserContext) -> None:
    page = builder
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    company = page.get_by_label("Company", exact=True)
    company.fill("Acme ")
    page.evaluate("text => navigator.clipboard.writeText(text)", "y" * 250)
    company.focus()
    company.press("End")
    company.press("ControlOrMeta+V")
    expect(page.locator("#f-company-counter")).to_have_text(
        "That paste is 250 characters; this field holds at most 200 (195 more here). Nothing was pasted.")
    expect(company).to_have_value("Acme ")
    page.evaluate("text => navigator.clipboard.writeText(text)", "Northwind")
    company.press("ControlOrMeta+V")
    expect(company).to_have_value("Acme Northwind")


def test_a_file_over_five_megabytes_is_refused_with_a_message(builder: Page) -> None:
    page = builder
    fill_basics(page)
    big = b'{"schema_version": 1, "company": "' + b"x" * (5 * MEGABYTE + 10) + b'"}'
    page.get_by_label("Load", exact=True).set_input_files(
        files=[{"name": "huge.json", "mimeType": "application/json", "buffer": big}])
    message = page.locator("[data-fk-file-message]")
    expect(message).to_contain_text("“huge.json” was not loaded: it is 5.2 MB, far too large to be an applications file")
    expect(message).to_contain_text("Your applications are unchanged")
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    assert page.evaluate("() => 6 * 7") == 42
