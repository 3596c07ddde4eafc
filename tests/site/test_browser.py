"""Every page in real Chromium, at the site root and under a GitHub Pages sub-path: no request to
another origin, no failed request, zero axe-core violations in the light and the dark scheme, and
a search that answers offline."""

from __future__ import annotations

import re

import pytest
from axe_check import axe_violations
from playwright.sync_api import Page, expect
from site_walk import ALL_PAGES

SCHEMES = {"light": "default", "dark": "slate"}


def _page_ids(url: str) -> str:
    return url.rstrip("/") or "home"


def _failed_requests(page: Page) -> list[str]:
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.url}: {request.failure}"))
    page.on("response", lambda response: response.status >= 400 and failed.append(f"{response.url}: {response.status}"))
    return failed


@pytest.mark.parametrize("where", ["root", "sub-path"])
@pytest.mark.parametrize("url", ALL_PAGES, ids=_page_ids)
def test_page_loads_everything_from_its_own_origin(
    page: Page, foreign_requests: list[str], site_url: str, subpath_url: str, url: str, where: str
) -> None:
    failed = _failed_requests(page)
    base = site_url if where == "root" else subpath_url
    page.goto(base + url, wait_until="load")
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_have_count(1)
    assert foreign_requests == []
    assert failed == []


def test_the_404_page_is_styled_under_the_sub_path(
    page: Page, foreign_requests: list[str], subpath_url: str
) -> None:
    failed = _failed_requests(page)
    response = page.goto(subpath_url + "no/such/page/", wait_until="load")
    assert response is not None and response.status == 404
    failed.remove(f"{subpath_url}no/such/page/: 404")
    expect(page.locator("h1")).to_have_text("Page not found")
    # The theme's stylesheet applied: the header has Material's coloured background.
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
    assert axe_violations(page) == []
    page.get_by_role("link", name="Open the letter builder").click()
    expect(page).to_have_url(subpath_url + "builder/")
    assert foreign_requests == []
    assert failed == []


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", ALL_PAGES, ids=_page_ids)
def test_page_has_no_axe_violations(
    page: Page, foreign_requests: list[str], site_url: str, url: str, scheme: str
) -> None:
    page.emulate_media(color_scheme="dark" if scheme == "dark" else "light")
    page.goto(site_url + url, wait_until="load")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
    assert axe_violations(page) == []
    assert foreign_requests == []  # axe itself is injected from the Python package, not fetched


def test_the_colour_toggle_switches_scheme_and_stays_accessible(page: Page, site_url: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(site_url + "why/", wait_until="load")
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.reload(wait_until="load")  # the choice is remembered
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert axe_violations(page) == []


def test_search_finds_guide_pages_offline(
    page: Page, context, foreign_requests: list[str], subpath_url: str  # type: ignore[no-untyped-def]
) -> None:
    page.goto(subpath_url, wait_until="networkidle")
    context.set_offline(True)
    page.get_by_label("Search", exact=True).first.click()
    page.get_by_placeholder("Search").press_sequentially("panel interviewer", delay=30)
    first = page.locator(".md-search-result__item").first
    expect(first).to_be_visible()
    expect(first.locator("a").first).to_have_attribute("href", re.compile(r"/follow-up-kit/panel/"))
    assert foreign_requests == []
