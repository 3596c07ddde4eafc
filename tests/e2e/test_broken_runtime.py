"""A broken runtime in the real browser: each failure says what happened and what to do, the form
stays filled, and a worker that dies mid-session comes back by itself."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Route, Worker, expect

from builder_page import BOOT_TIMEOUT_MS, expect_answers_kept_then_retry, fill_basics, letter, wait_ready

STATUS = "[data-fk-status]"


def _composer_worker(page: Page) -> Worker:
    workers = [w for w in page.workers if w.url.endswith("/assets/builder/worker.js")]
    assert len(workers) == 1, [w.url for w in page.workers]
    return workers[0]


def test_a_missing_wasm_file_is_reported_with_retry_and_the_form_stays(page: Page, site_url: str) -> None:
    def not_found(route: Route) -> None:
        route.fulfill(status=404, body="not found")

    page.route("**/pyodide.asm.wasm", not_found)
    page.goto(site_url + "builder/")
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    status = page.locator(STATUS)
    expect(status).to_contain_text("could not start: a file it needs did not download (pyodide.asm.wasm: HTTP 404)",
                                   timeout=BOOT_TIMEOUT_MS)
    expect(status).not_to_contain_text("Starting Python")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    expect_answers_kept_then_retry(page, "**/pyodide.asm.wasm")


def test_a_worker_that_crashes_mid_session_restarts_by_itself(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    # An uncaught error in the worker, as a bug in the runtime would throw.
    _composer_worker(page).evaluate("setTimeout(() => { throw new Error('simulated crash'); }, 0)")
    app = page.locator("[data-fk-app]")
    expect(app).to_have_attribute("data-restarts", "1")
    wait_ready(page)
    page.get_by_label("Company", exact=True).fill("Contoso")
    expect(letter(page)).to_contain_text("Contoso")
    expect(page.get_by_label("Role", exact=True)).to_have_value("Data Analyst")


def test_a_worker_that_dies_silently_is_noticed_and_restarted(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    # Closed without a word (as a browser may do to a worker): only the unanswered render tells.
    _composer_worker(page).evaluate("self.close()")
    page.get_by_label("Company", exact=True).fill("Fabrikam")
    app = page.locator("[data-fk-app]")
    expect(app).to_have_attribute("data-restarts", "1", timeout=BOOT_TIMEOUT_MS)
    expect(letter(page)).to_contain_text("Fabrikam", timeout=BOOT_TIMEOUT_MS)


MISSING = {
    "WebAssembly": "delete window.WebAssembly;",
    "Web Workers": "delete window.Worker;",
    # An older browser: it ignores {type: "module"} and would start a classic worker.
    "module workers": "const W = window.Worker; window.Worker = function (url) { return new W(url); };",
}


@pytest.mark.parametrize("feature", list(MISSING))
def test_a_browser_without_a_feature_gets_a_way_forward(page: Page, site_url: str, feature: str) -> None:
    page.add_init_script(MISSING[feature])
    page.goto(site_url + "builder/")
    status = page.locator(STATUS)
    expect(status).to_contain_text(f"This browser can't run the letter builder: it needs {feature}")
    expect(status).to_contain_text("The guide and its example letters still work")
    expect(page.get_by_role("button", name="Try again")).to_be_hidden()
    examples = page.get_by_role("link", name="See the example letters")
    expect(examples).to_be_visible()
    expect(examples).to_have_attribute("href", re.compile(r"/examples/$"))
    assert not [w for w in page.workers if w.url.endswith("/assets/builder/worker.js")]
    # The form still works and is still kept.
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    page.reload()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
