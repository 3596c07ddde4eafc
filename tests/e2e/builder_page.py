"""Helpers for the builder's browser tests: open the page, wait for the composer, fill the basics.

Timeouts are generous because Pyodide boots on a shared 2-core machine; no test asserts timing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from axe_check import axe_violations
from fixed_clock import days_ago
from playwright.sync_api import Locator, Page, expect

from sitebuild.bench.pages import OFFLINE_READY  # register.js's state, named once for the bench and the tests

BOOT_TIMEOUT_MS = 120_000
STEP_TIMEOUT_MS = 20_000
APP = "[data-fk-app]"  # the builder's own markup


def open_builder(page: Page, root_url: str) -> Page:
    """Open the builder page and wait until the composer is ready."""
    page.goto(root_url + "builder/")
    wait_ready(page)
    return page


def wait_kept_offline(page: Page) -> None:
    """Until this visit has kept the runtime for offline use."""
    page.wait_for_function(OFFLINE_READY, timeout=BOOT_TIMEOUT_MS)


def wait_ready(page: Page) -> None:
    expect(page.locator(APP)).to_have_attribute("data-state", "ready", timeout=BOOT_TIMEOUT_MS)


def builder_axe_violations(page: Page) -> list[str]:
    """axe-core's findings for the builder itself (Material's own chrome is the guide's tests' business)."""
    return axe_violations(page, APP)


def preview(page: Page) -> Locator:
    """The region named "Letter preview" (tabs, the letter, its count)."""
    return page.get_by_role("region", name="Letter preview")


def letter(page: Page) -> Locator:
    """The letter itself inside the preview."""
    return page.locator("[data-fk-letter]")


def expect_answers_kept_then_retry(page: Page, blocked: str) -> None:
    """After the runtime failed to start with "Northwind Traders" typed as the company: the answer
    is still there with a way on (the example letters); once `blocked` (a route pattern) is let
    through again, "Try again" starts the composer and the letter comes."""
    expect(page.locator("[data-fk-status]")).to_contain_text("Your answers are still here")
    expect(page.get_by_role("link", name="See the example letters")).to_be_visible()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    page.unroute(blocked)
    page.get_by_role("button", name="Try again").click()
    wait_ready(page)
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")


def fill_basics(page: Page, company: str = "Northwind Traders", interviewer: str = "Dana Lee",
                interviewed: date | None = None) -> None:
    """What a thank-you note needs, typed by label as a person would; interviewed the day before the
    fixed moment (`tests/fixed_clock.py`) unless `interviewed` says otherwise."""
    page.get_by_label("Letter type", exact=True).select_option(label="Thank-you note")
    page.get_by_label("Company", exact=True).fill(company)
    page.get_by_label("Role", exact=True).fill("Data Analyst")
    page.get_by_label("Your name", exact=True).fill("Alex Morgan")
    page.get_by_label("Interview date", exact=True).fill((interviewed or days_ago(1)).isoformat())
    page.get_by_label("Interviewer name", exact=True).first.fill(interviewer)
    page.get_by_label("What you discussed with them", exact=True).first.fill("the quarterly churn dashboard")


# The builder's IndexedDB (protocol.js APPLICATIONS_DB; tests/site/test_protocol.py checks the copy).
APPLICATIONS_DB_NAME = "followup-applications"
APPLICATIONS_STORE = "applications"

# Every stored application, read as another script of the page would (after the page opened it).
_READ_APPLICATIONS = """([name, store]) => new Promise((resolve, reject) => {
  const opening = indexedDB.open(name);
  opening.onerror = () => reject(opening.error);
  opening.onsuccess = () => {
    const db = opening.result;
    const all = db.transaction(store).objectStore(store).getAll();
    all.onsuccess = () => { db.close(); resolve(all.result); };
    all.onerror = () => reject(all.error);
  };
})"""


def stored_applications(page: Page) -> list[dict]:
    """The applications this browser keeps (IndexedDB), as stored."""
    return page.evaluate(_READ_APPLICATIONS, [APPLICATIONS_DB_NAME, APPLICATIONS_STORE])


STORED_POLLS = 100
"""How many times `wait_stored` reads the database, STORED_POLL_MS apart, before it fails (not a speed limit)."""
STORED_POLL_MS = 100


def wait_stored(page: Page, predicate: str) -> None:
    """Waits until the stored applications satisfy `predicate`, a JS arrow function of the list.

    Polled from here, each read awaited: `wait_for_function` would take the promise an async
    predicate returns for a truthy answer and return at once."""
    check = f"async ([name, store]) => Boolean(({predicate})(await ({_READ_APPLICATIONS})([name, store])))"
    for _ in range(STORED_POLLS):
        if page.evaluate(check, [APPLICATIONS_DB_NAME, APPLICATIONS_STORE]):
            return
        page.wait_for_timeout(STORED_POLL_MS)
    raise AssertionError(f"the stored applications never satisfied {predicate}: {stored_applications(page)}")


def applications(page: Page) -> Locator:
    """The region named "Your applications"."""
    return page.get_by_role("region", name="Your applications")


def download_text(page: Page, button: str) -> tuple[str, str]:
    """Clicks the button named `button` and returns the download's file name and text."""
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_text(encoding="utf-8")
