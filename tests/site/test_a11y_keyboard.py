"""A guide page from the keyboard (WCAG 2.2 AA): every focus stop forwards and backwards on a phone and
a desktop, in light and dark; the navigation drawer opened and closed from the keyboard; heading
permalinks with a real name; forced colours.

The walks and how a stop is judged: tests/focus_walk.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from axe_check import axe_violations
from focus_walk import BOTH_WAYS, SIZES, judge_focus, problems, set_up, walk_without_problems

GUIDE_PAGE = "panel/"  # headings, running-text links, a builder link: a typical guide page
WALKS = [*BOTH_WAYS, ("phone-390", "forwards", "light")]


@pytest.mark.parametrize(("size", "direction", "scheme"), WALKS)
def test_every_focus_stop_is_visible_and_shows_focus(
    page: Page, site_url: str, size: str, direction: str, scheme: str
) -> None:
    set_up(page, size, scheme)
    page.goto(site_url + GUIDE_PAGE, wait_until="load")
    stops = walk_without_problems(page, direction)
    names = " | ".join(s.what for s in stops)
    assert "a.headerlink" in names
    assert not any("md-search__scrollwrap" in s.what for s in stops)
    # A desktop shows the navigation beside the page; elsewhere it is a drawer behind the menu
    # button, and its links take no focus while it is closed.
    drawer_links = sum("md-nav__link" in s.what for s in stops)
    if size == "desktop":
        assert drawer_links > 5
    else:
        assert "Navigation menu" in names
        assert drawer_links == 0


def _drawer_open(page: Page) -> bool:
    return page.locator("#__drawer").is_checked()


def _focus_in_drawer(page: Page) -> bool:
    return page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')")


@pytest.mark.parametrize("key", ["Enter", " "])
def test_the_navigation_drawer_opens_and_closes_from_the_keyboard(page: Page, site_url: str, key: str) -> None:
    page.set_viewport_size(SIZES["phone"])
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + GUIDE_PAGE, wait_until="load")
    menu = page.get_by_role("button", name="Navigation menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    drawer_links = page.locator(".md-sidebar--primary a[href]")
    drawer_links.first.focus()
    assert not _focus_in_drawer(page), "a closed drawer's link took focus"

    menu.focus()
    page.keyboard.press(key)
    assert _drawer_open(page)
    expect(menu).to_have_attribute("aria-expanded", "true")
    page.wait_for_function("() => !!document.activeElement.closest('.md-sidebar--primary')")
    assert axe_violations(page, wcag_only=True) == []
    # While open, every link of the drawer takes focus and is seen where it is.
    inside = []
    for _ in range(40):
        stop = judge_focus(page)
        assert stop is not None and _focus_in_drawer(page)
        inside.append(stop)
        page.keyboard.press("Tab")
        if not _focus_in_drawer(page):
            break
    found = problems(inside)
    assert not found, "\n".join(found)
    assert sum(s.tag == "a" for s in inside) >= 5
    # Tabbing out of the drawer closes it (the page behind it is where focus went).
    assert not _drawer_open(page)

    # The drawer opens on this page's section ("After the interview"); its back arrow leads to the
    # main list, whose "After the interview" button leads back in.
    menu.focus()
    page.keyboard.press(key)
    back = page.get_by_role("button", name="Back from After the interview")
    expect(back).to_be_focused()
    page.keyboard.press(key)
    guide = page.get_by_role("button", name="After the interview", exact=True)
    expect(guide).to_be_focused()
    expect(guide).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Shift+Tab")
    expect(page.locator(".md-sidebar--primary").get_by_role("link", name="Home")).to_be_focused()
    assert judge_focus(page).problems == []  # type: ignore[union-attr]
    page.keyboard.press("Tab")
    page.keyboard.press(key)
    expect(back).to_be_focused()
    page.keyboard.press("Escape")
    assert not _drawer_open(page)

    menu.focus()
    page.keyboard.press(key)
    page.wait_for_function("() => !!document.activeElement.closest('.md-sidebar--primary')")
    page.keyboard.press("Escape")
    assert not _drawer_open(page)
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    drawer_links.first.focus()
    assert not _focus_in_drawer(page)


def test_the_search_opens_from_the_keyboard_on_a_phone(page: Page, site_url: str) -> None:
    page.set_viewport_size(SIZES["phone"])
    page.goto(site_url + GUIDE_PAGE, wait_until="load")
    field = page.get_by_placeholder("Search")
    field.focus()
    expect(field).not_to_be_focused()  # closed, the search dialog takes no focus
    page.get_by_role("button", name="Open search").focus()
    page.keyboard.press("Enter")
    expect(field).to_be_focused()
    expect(field).to_be_in_viewport()
    # The search panel fades in: contrast is judged once it has (mid-fade, its text is paler).
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")
    assert axe_violations(page, wcag_only=True) == []


def test_heading_permalinks_are_named_and_still_show_the_sign(page: Page, site_url: str) -> None:
    page.goto(site_url + GUIDE_PAGE, wait_until="load")
    links = page.get_by_role("link", name="Link to this section", exact=True)
    expect(links).to_have_count(page.locator(".headerlink").count())
    assert links.count() >= 3
    expect(page.get_by_role("link", name="¶")).to_have_count(0)
    sign = links.first.evaluate("e => getComputedStyle(e, '::before').content")
    assert "¶" in sign


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_forced_colours_keep_the_logo_and_pass_axe(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme, forced_colors="active")
    page.goto(site_url + GUIDE_PAGE, wait_until="load")
    logo = page.locator(".md-header .md-logo img")
    assert logo.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 105, 92)"
    assert axe_violations(page, wcag_only=True) == []
