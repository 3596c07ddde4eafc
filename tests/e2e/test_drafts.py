"""The applications kept in the real browser (IndexedDB): they survive a tab crash and a browser
restart; full or disabled storage warns and the session goes on; a corrupt or old draft of earlier
versions (localStorage) is set aside with the reason and offered as a download, never silently
dropped. (A plain reload: test_builder.py; several applications, two tabs: test_applications_page.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, BrowserType, Page, expect

from builder_page import applications, fill_basics, letter, open_builder, wait_ready, wait_stored

from followup.schema import READABLE_VERSIONS, SCHEMA_VERSION

READS = ", ".join(map(str, READABLE_VERSIONS))  # "1, 2, 3": the answers formats this page reads

DRAFT_KEY = "followup:draft:v1"


def _wait_saved(page: Page, text: str) -> None:
    wait_stored(page, f"apps => apps.some(a => JSON.stringify(a.answers).includes({json.dumps(text)}))")


def test_a_draft_survives_the_tab_going_away_abruptly(builder: Page, context: BrowserContext, site_url: str) -> None:
    """The tab is closed without unload handlers (what a crash leaves): the draft does not depend on
    them, every edit is already stored. (CDP `Page.crash` never answers in this Playwright, so the
    crash itself is not simulated.)"""
    page = builder
    fill_basics(page, company="Crashproof Ltd")
    _wait_saved(page, "Crashproof Ltd")
    page.close(run_before_unload=False)
    again = context.new_page()
    again.goto(site_url + "builder/")
    expect(again.get_by_label("Company", exact=True)).to_have_value("Crashproof Ltd")
    expect(again.get_by_label("Interviewer name", exact=True)).to_have_value("Dana Lee")
    wait_ready(again)
    expect(letter(again)).to_contain_text("Crashproof Ltd")


def test_a_draft_survives_a_browser_restart(
    browser_type: BrowserType, browser_type_launch_args: dict, site_url: str, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    first = browser_type.launch_persistent_context(profile, **browser_type_launch_args)
    page = first.new_page()
    page.goto(site_url + "builder/")
    page.get_by_label("Company", exact=True).fill("Restart Industries")
    page.get_by_label("Tone", exact=True).select_option("brief")
    _wait_saved(page, "Restart Industries")
    first.close()

    second = browser_type.launch_persistent_context(profile, **browser_type_launch_args)
    try:
        page = second.new_page()
        page.goto(site_url + "builder/")
        expect(page.get_by_label("Company", exact=True)).to_have_value("Restart Industries")
        expect(page.get_by_label("Tone", exact=True)).to_have_value("brief")
    finally:
        second.close()


def test_full_storage_warns_and_composing_goes_on(page: Page, site_url: str) -> None:
    page.add_init_script(
        "IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };")
    open_builder(page, site_url)
    fill_basics(page)
    warning = page.locator("[data-fk-storage-warning]")
    expect(warning).to_contain_text("cannot be saved on this device")
    expect(warning).to_contain_text("Save all")
    expect(letter(page)).to_contain_text("Northwind Traders")
    page.get_by_label("Tone", exact=True).select_option("formal")
    expect(letter(page)).to_contain_text("Northwind Traders")


def test_disabled_storage_warns_and_composing_goes_on(page: Page, site_url: str) -> None:
    page.add_init_script(
        "IDBFactory.prototype.open = function () { throw new DOMException('denied', 'SecurityError'); };"
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});")
    open_builder(page, site_url)
    expect(page.locator("[data-fk-storage-warning]")).to_contain_text("does not let the page keep your applications")
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")


BAD_DRAFTS = {
    "cut off": ('{"schema_version": 1, "company": "Half', "It is not valid JSON"),
    "unknown field": (json.dumps({"schema_version": 1, "company": "Acme", "salary": 5}), 'unknown field "salary"'),
    "older format": (json.dumps({"schema_version": 0, "company": "Old Co"}),
                     f"It uses answers format 0, older than any this page can upgrade (it reads formats {READS})."),
    "newer format": (json.dumps({"schema_version": SCHEMA_VERSION + 1, "company": "New Co"}),
                     f"It was made by a newer version of Follow-up Kit (answers format {SCHEMA_VERSION + 1}; this page "
                     f"reads format {SCHEMA_VERSION})"),
}


@pytest.mark.parametrize("case", list(BAD_DRAFTS))
def test_an_unusable_draft_is_set_aside_with_the_reason_and_offered(page: Page, site_url: str, case: str) -> None:
    stored, reason = BAD_DRAFTS[case]
    page.goto(site_url + "builder/")
    # The page has read what is stored (else it would find the draft below itself, before the reload).
    expect(applications(page).get_by_role("listitem")).to_have_count(1)
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [DRAFT_KEY, stored])
    page.reload()
    message = page.locator("[data-fk-file-message]")
    expect(message).to_contain_text("Your saved draft could not be used, so the form starts empty.")
    expect(message).to_contain_text(reason)
    expect(message).to_contain_text("kept aside in this browser")
    kept = page.evaluate(
        f"() => Object.keys(localStorage).filter(k => k.startsWith('{DRAFT_KEY}:unreadable:'))"
        ".map(k => localStorage.getItem(k))")
    assert kept == [stored]
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the old draft").click()
    assert Path(info.value.path()).read_text(encoding="utf-8") == stored
    expect(message).to_contain_text("saved to your downloads")
    # The session goes on, and the set-aside draft is not overwritten by the new one.
    wait_ready(page)
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    page.reload()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    assert page.evaluate(
        f"() => Object.keys(localStorage).filter(k => k.startsWith('{DRAFT_KEY}:unreadable:')).length") == 1


def test_an_answers_file_from_an_older_format_is_refused_with_the_reason(builder: Page) -> None:
    page = builder
    fill_basics(page)
    old = json.dumps({"schema_version": 0, "company": "Old Co"}).encode()
    page.get_by_label("Load", exact=True).set_input_files(
        files=[{"name": "old.json", "mimeType": "application/json", "buffer": old}])
    message = page.locator("[data-fk-file-message]")
    expect(message).to_contain_text("“old.json” was not loaded: It uses answers format 0, older than any this page "
                                    f"can upgrade (it reads formats {READS}).")
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
