"""Material's own script on the builder page starts after the composer has started
(docs/assets/builder/material-after-start.js): when the composer is ready, after at most a few
seconds, or at once when someone reaches for the header. Either way the header's search works.

Each test watches the context's requests for Material's bundle; "held" tests keep the composer
loading by never answering the runtime's files.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builder_page import wait_ready
from playwright.sync_api import BrowserContext, Page, expect

BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
LATEST_MS = 2500  # material-after-start.js


def _is_pages_bundle(request) -> bool:  # type: ignore[no-untyped-def]
    """The page's own request for Material's bundle (the service worker precaches it too)."""
    return bool(BUNDLE.search(request.url)) and request.service_worker is None


def _bundle_requests(context: BrowserContext) -> list[str]:
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url) if _is_pages_bundle(request) else None)
    return seen


def _hold_the_runtime(context: BrowserContext) -> None:
    """The composer stays "loading": no runtime file is ever answered."""
    context.route("**/assets/pyodide/**", lambda route: None)


def _search_works(page: Page) -> None:
    """As tests/site/test_browser.py searches: a click on the search, then typing."""
    page.get_by_label("Search", exact=True).first.click()
    page.get_by_placeholder("Search").press_sequentially("panel interviewer", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_system_colour_scheme_applies_before_materials_script_runs(
    context: BrowserContext, page: Page, site_url: str, scheme: str
) -> None:
    _hold_the_runtime(context)
    requested = _bundle_requests(context)
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "builder/", wait_until="domcontentloaded")
    assert requested == []
    assert page.locator("body").get_attribute("data-md-color-scheme") == ("slate" if scheme == "dark" else "default")


@pytest.mark.parametrize("path", ["builder/", "de/builder/"])
def test_the_builder_page_names_materials_bundle_instead_of_loading_it(site_dir: Path, path: str) -> None:
    html = (site_dir / path / "index.html").read_text(encoding="utf-8")
    named = re.findall(r'<script src="[./]*assets/builder/material-after-start\.js" data-fk-bundle="([^"]+)">', html)
    assert len(named) == 1
    assert (site_dir / path / named[0]).resolve().is_file(), named[0]
    assert not re.search(r'<script src="[^"]*javascripts/bundle\.', html)
    # Every other page loads it as Material does.
    assert re.search(r'<script src="[^"]*javascripts/bundle\.', (site_dir / "why" / "index.html").read_text(encoding="utf-8"))


def test_materials_script_starts_once_the_composer_is_ready_and_the_search_works(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    requested = _bundle_requests(context)
    page.goto(site_url + "builder/", wait_until="domcontentloaded")
    state = page.locator("[data-fk-app]").get_attribute("data-state") or ""
    if state in ("", "loading"):  # a fast machine may already be done
        assert requested == []
    wait_ready(page)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile("Type to start searching"))
    assert len(requested) == 1
    _search_works(page)


def test_reaching_for_the_header_starts_materials_script_at_once(context: BrowserContext, page: Page, site_url: str) -> None:
    _hold_the_runtime(context)
    requested = _bundle_requests(context)
    page.goto(site_url + "builder/", wait_until="domcontentloaded")
    assert requested == []  # the composer is loading and nobody has touched the header
    _search_works(page)  # the click on the search icon starts it
    assert len(requested) == 1
    expect(page.locator("[data-fk-app]")).to_have_attribute("data-state", "loading")


def test_a_slow_start_never_keeps_materials_script_waiting_long(context: BrowserContext, page: Page, site_url: str) -> None:
    _hold_the_runtime(context)
    requested = _bundle_requests(context)
    page.goto(site_url + "builder/", wait_until="domcontentloaded")
    page.wait_for_event("request", _is_pages_bundle, timeout=LATEST_MS + 10_000)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile("Type to start searching"))
    expect(page.locator("[data-fk-app]")).to_have_attribute("data-state", "loading")
    assert len(requested) == 1
