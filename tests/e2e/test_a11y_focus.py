"""The builder from the keyboard (WCAG 2.2 AA): every focus stop, forwards and backwards, on a phone
and a desktop, in light and dark; its errors told to screen readers; forced colours.

Real Chromium, real composer. The walks and how a stop is judged: tests/focus_walk.py.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from builder_page import STEP_TIMEOUT_MS, fill_basics, letter, open_builder, preview
from axe_check import axe_violations
from focus_walk import BOTH_WAYS, SIZES, set_up, walk_without_problems



def _panel_letter(page: Page) -> None:
    """Two interviewers, so the walk meets the note tabs and the tab panel too."""
    fill_basics(page)
    page.get_by_role("button", name="Add interviewer").click()
    page.get_by_label("Interviewer name", exact=True).nth(1).fill("Sam Patel")
    page.get_by_label("What you discussed with them", exact=True).nth(1).fill("the hiring plan")
    # Hidden too: on a phone the letter is behind the "Letter" switch (view-switch.js).
    expect(page.get_by_role("tab", include_hidden=True)).to_have_count(2)
    expect(page.get_by_role("button", name="Copy text", include_hidden=True)).to_be_enabled()


@pytest.mark.parametrize(("size", "direction", "scheme"), BOTH_WAYS)
def test_every_focus_stop_is_visible_and_shows_focus(
    page: Page, site_url: str, size: str, direction: str, scheme: str
) -> None:
    set_up(page, size, scheme)
    open_builder(page, site_url)
    _panel_letter(page)
    page.evaluate("() => window.scrollTo(0, 0)")
    stops = walk_without_problems(page, direction)
    show_letter = page.get_by_role("button", name="Letter", exact=True)
    if size != "desktop":
        # Under 700 px one pane shows at a time (view-switch.js): the letter's stops, in its view.
        assert any(s.what.endswith('"Letter"') for s in stops)
        show_letter.click()
        page.evaluate("() => window.scrollTo(0, 0)")
        stops += walk_without_problems(page, direction)
    else:
        expect(show_letter).to_be_hidden()
    names = " | ".join(s.what for s in stops)
    for expected in ("Skip to the letter preview", "Sam Patel", "Copy text", "Download .txt", "Save all"):
        assert expected in names
    # The closed drawer's links take no focus on a phone; on a desktop the sidebar is in view.
    drawer_links = sum("md-nav__link" in s.what for s in stops)
    assert (drawer_links > 5) if size == "desktop" else (drawer_links == 0)


def test_the_skip_link_reaches_the_preview_on_a_desktop(page: Page, site_url: str) -> None:
    page.set_viewport_size(SIZES["desktop"])
    open_builder(page, site_url)
    _panel_letter(page)
    skip = page.get_by_role("link", name="Skip to the letter preview")
    skip.focus()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_role("tab", name="Dana Lee")).to_be_focused()


def test_a_reply_to_a_rejection_says_why_it_has_no_reminders(page: Page, site_url: str) -> None:
    open_builder(page, site_url)
    fill_basics(page)
    page.get_by_label("Letter type", exact=True).select_option(label="Reply to a rejection")
    expect(letter(page)).to_contain_text("Northwind Traders")
    reminders = page.get_by_role("button", name="Download reminders (.ics)")
    expect(reminders).to_be_disabled()
    expect(reminders).to_have_attribute("title", "A reply to a rejection has no reminders.")


# The contrast of text drawn in `color` (alpha blended) over the opaque `background`.
_PLACEHOLDER_CONTRAST = r"""(el) => {
  const rgba = (text) => text.match(/[\d.]+/g).map(Number);
  const [br, bg, bb] = rgba(getComputedStyle(el).backgroundColor);
  const [r, g, b, a = 1] = rgba(getComputedStyle(el, "::placeholder").color);
  const mix = [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
  const lum = (c) => {
    const [x, y, z] = c.map((v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * x + 0.7152 * y + 0.0722 * z;
  };
  const [hi, lo] = [lum(mix), lum([br, bg, bb])].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_placeholders_meet_text_contrast(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "builder/")
    field = page.get_by_placeholder("Dana Lee")
    assert field.evaluate("e => getComputedStyle(e).backgroundColor").startswith("rgb(")
    assert field.evaluate(_PLACEHOLDER_CONTRAST) >= 4.5


def _interviewer_error(page: Page):  # type: ignore[no-untyped-def]
    return page.locator("#f-interviewers-error")


def test_the_interviewers_error_waits_for_the_person_and_is_tied_to_the_name_field(page: Page, site_url: str) -> None:
    open_builder(page, site_url)
    name = page.get_by_label("Interviewer name", exact=True)
    status = preview(page).get_by_role("status")
    expect(letter(page)).to_contain_text("Your letter appears here once these are sorted out")
    # Nothing said or shown before the person has done anything.
    # The first result is in (the summary above); builder.js speaks 1.5 s after a result, so a
    # wrong announcement would be there after twice that.
    page.wait_for_timeout(3000)
    expect(status).to_have_text("")
    expect(_interviewer_error(page)).to_be_hidden()
    expect(name).not_to_have_attribute("aria-invalid", "true")

    # Visiting the list and leaving it empty: the error appears, in the name field's description.
    name.focus()
    page.keyboard.press("Tab")
    expect(_interviewer_error(page)).to_have_text(re.compile("needs at least one interviewer"))
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_have_accessible_description(re.compile("needs at least one interviewer"))
    expect(status).to_have_text(re.compile(r"^No letter yet: \d+ answers? to fix"), timeout=STEP_TIMEOUT_MS)

    name.fill("Dana Lee")
    expect(_interviewer_error(page)).to_be_hidden()
    expect(name).not_to_have_attribute("aria-invalid", "true")


def test_the_summary_link_shows_the_interviewers_error(page: Page, site_url: str) -> None:
    open_builder(page, site_url)
    page.get_by_label("Company", exact=True).fill("Northwind Traders")  # an edit elsewhere only
    expect(_interviewer_error(page)).to_be_hidden()
    preview(page).get_by_role("link", name=re.compile("needs at least one interviewer")).click()
    expect(_interviewer_error(page)).to_be_visible()
    expect(page.get_by_label("Interviewer name", exact=True)).to_have_attribute("aria-invalid", "true")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_with_every_error_shown(page: Page, site_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    open_builder(page, site_url)
    for field in ("Company", "Role", "Your name", "Interviewer name"):
        page.get_by_label(field, exact=True).focus()
        page.keyboard.press("Tab")
    expect(page.locator("[data-fk-error]:visible")).to_have_count(4)
    expect(page.get_by_placeholder("Dana Lee")).to_be_visible()
    assert axe_violations(page, wcag_only=True) == []


def test_forced_colours_keep_the_logo_and_the_selected_tab_visible(page: Page, site_url: str) -> None:
    page.emulate_media(forced_colors="active")
    open_builder(page, site_url)
    _panel_letter(page)
    logo = page.locator(".md-header .md-logo img")
    assert logo.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 105, 92)"
    tabs = page.get_by_role("tab")
    selected, other = (tabs.nth(i).evaluate("e => getComputedStyle(e).backgroundColor") for i in (0, 1))
    assert selected != other
    assert axe_violations(page, wcag_only=True) == []
