"""A visitor whose browser asks to save data (`navigator.connection.saveData`): the builder states
what starting the composer downloads and waits for a tap; the form works meanwhile; a device that
already keeps the runtime starts at once. Real Chromium, real composer (data-saver.js)."""

from __future__ import annotations

import re

from builder_page import builder_axe_violations, fill_basics, letter, wait_kept_offline, wait_ready, wait_stored
from playwright.sync_api import BrowserContext, Page, expect

SAVE_DATA = ("Object.defineProperty(Navigator.prototype, 'connection', "
             "{configurable: true, get() { return {saveData: true, effectiveType: '3g'}; }});")


def _runtime_requests(context: BrowserContext) -> list[str]:
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url) if "/assets/pyodide/" in request.url else None)
    return seen


def test_saving_data_the_composer_waits_for_a_tap_that_states_its_size_and_the_form_works(
    page: Page, context: BrowserContext, site_url: str
) -> None:
    context.add_init_script(SAVE_DATA)
    runtime = _runtime_requests(context)
    page.goto(site_url + "builder/")
    start = page.get_by_role("button", name=re.compile(r"^Start the letter composer \(\d+\.\d MB\)$"))
    expect(start).to_be_visible()
    size = int(page.locator('meta[name="followup-download"]').get_attribute("content") or 0)
    assert 5_000_000 < size < 30_000_000
    megabytes = f"{size / 1_000_000:.1f}"
    expect(page.locator("[data-fk-status-text]")).to_contain_text(f"about {megabytes} MB")
    expect(page.locator("[data-fk-app]")).to_have_attribute("data-state", "waiting")
    assert start.text_content() == f"Start the letter composer ({megabytes} MB)"

    # The form works and keeps what is typed; nothing of the runtime has been asked for.
    fill_basics(page)
    wait_stored(page, "apps => apps.some(a => a.answers.company === 'Northwind Traders')")
    assert builder_axe_violations(page) == []
    assert runtime == []

    start.click()
    wait_ready(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    assert runtime, "the tap started the download"
    expect(start).to_be_hidden()


def test_saving_data_on_a_device_that_keeps_the_runtime_the_composer_starts_at_once(
    builder: Page, context: BrowserContext, site_url: str
) -> None:
    wait_kept_offline(builder)
    context.add_init_script(SAVE_DATA)
    page = context.new_page()
    page.goto(site_url + "builder/")
    wait_ready(page)
    assert page.evaluate("() => navigator.connection.saveData") is True
    expect(page.get_by_role("button", name=re.compile("^Start the letter composer"))).to_be_hidden()


def test_without_the_setting_nothing_waits(page: Page, site_url: str) -> None:
    page.goto(site_url + "builder/")
    wait_ready(page)
    expect(page.locator("[data-fk-start]")).to_be_hidden()
