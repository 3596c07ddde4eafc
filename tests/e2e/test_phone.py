"""The builder on a phone (under 700 px wide): one pane at a time, and a sticky "Form | Letter"
switch that shows the letter in one tap from anywhere in the form (view-switch.js, builder.css).

Real Chromium emulating a touch phone (360 x 740 and 390 x 844, light and dark), real composer.
A tap is a touchscreen tap at the switch's place on screen as it is, so it proves the switch is
there (sticky) wherever the person is. How a keyboard focus stop is judged: tests/focus_walk.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

from builder_page import fill_basics, letter, open_builder
from axe_check import axe_violations
from focus_walk import SIZES, judge_focus, problems

PHONES = {"360": {"width": 360, "height": 740}, "390": {"width": 390, "height": 844}}
PHONE_CASES = [(width, scheme) for width in PHONES for scheme in ("light", "dark")]


@pytest.fixture(params=PHONE_CASES, ids=[f"{w}px-{s}" for w, s in PHONE_CASES])
def phone(request: pytest.FixtureRequest, new_context: Callable[..., BrowserContext], site_url: str) -> Iterator[Page]:
    """The builder in a touch phone's window, composer loaded, fresh profile."""
    width, scheme = request.param
    context = new_context(
        viewport=PHONES[width], has_touch=True, is_mobile=True, color_scheme=scheme, reduced_motion="reduce"
    )
    page = context.new_page()
    open_builder(page, site_url)
    yield page
    context.close()


def switch_button(page: Page, name: str) -> Locator:
    return page.get_by_role("button", name=name, exact=True)


def tap(page: Page, target: Locator) -> None:
    """A finger on the target where it is now: no scrolling first, so it must be on screen, on top."""
    # The centre of its first line (a link wrapped over two lines has a gap at its box's centre).
    x, y = target.evaluate("(el) => { const r = el.getClientRects()[0]; return [r.x + r.width / 2, r.y + r.height / 2]; }")
    assert 0 <= y <= page.viewport_size["height"], f"off screen at y={y:.0f}"  # type: ignore[index]
    on_top = target.evaluate("(el, [x, y]) => el.contains(document.elementFromPoint(x, y))", [x, y])
    assert on_top, "something covers it"
    page.touchscreen.tap(x, y)


def form_pane(page: Page) -> Locator:
    return page.locator(".fk-pane--form")


def expect_letter_view(page: Page) -> None:
    expect(page.get_by_role("heading", name="Letter preview")).to_be_focused()
    expect(page.get_by_role("heading", name="Letter preview")).to_be_in_viewport()
    expect(letter(page)).to_be_in_viewport()
    expect(letter(page)).to_contain_text("Dear Dana")
    expect(page.get_by_role("button", name="Copy text")).to_be_visible()
    expect(page.get_by_role("region", name="Checks")).to_be_visible()
    expect(form_pane(page)).to_be_hidden()
    expect(page.get_by_role("button", name="Letter", exact=True, pressed=True)).to_be_visible()
    expect(page.get_by_role("button", name="Form", exact=True, pressed=False)).to_be_visible()


def expect_form_view(page: Page) -> None:
    expect(form_pane(page)).to_be_visible()
    expect(letter(page)).to_be_hidden()
    expect(page.get_by_role("button", name="Copy text")).to_have_count(0)
    expect(page.get_by_role("button", name="Form", exact=True, pressed=True)).to_be_visible()
    expect(page.get_by_role("button", name="Letter", exact=True, pressed=False)).to_be_visible()


def scroll_form_to(page: Page, fraction: float) -> float:
    """Scrolls so that this fraction of the form pane is at the window's top; returns scrollY."""
    return page.evaluate(
        """(fraction) => {
          const pane = document.querySelector(".fk-pane--form").getBoundingClientRect();
          const y = scrollY + pane.top + fraction * (pane.height - innerHeight);
          window.scrollTo({ top: y, behavior: "instant" });
          return scrollY;
        }""",
        fraction,
    )


def test_the_letter_is_one_tap_away_from_the_top_middle_and_end_of_the_form(phone: Page) -> None:
    page = phone
    fill_basics(page)
    expect(letter(page)).to_contain_text("Dear Dana")
    expect_form_view(page)
    # The preview's spoken summary stays rendered in the form view: a screen reader still hears it.
    announce = page.locator("[data-fk-announce]")
    expect(announce).to_have_text(re.compile(r"^Letter updated"))
    assert announce.evaluate("el => el.checkVisibility()")
    assert axe_violations(page, wcag_only=True) == []
    height = page.evaluate("() => document.querySelector('.fk-pane--form').offsetHeight")
    assert height > 3 * page.viewport_size["height"]  # type: ignore[index]  # a long form: the point of it
    for place, fraction in (("top", 0.0), ("middle", 0.5), ("end", 1.0)):
        page.evaluate("() => window.scrollTo({ top: 0, behavior: 'instant' })")
        where = scroll_form_to(page, fraction)
        tap(page, switch_button(page, "Letter"))
        expect_letter_view(page)
        if place == "middle":
            assert axe_violations(page, wcag_only=True) == []
        tap(page, switch_button(page, "Form"))
        expect_form_view(page)
        # Back where the person was.
        assert abs(page.evaluate("() => scrollY") - where) <= 1, place


def test_the_form_comes_back_with_focus_on_the_field_left(phone: Page) -> None:
    page = phone
    fill_basics(page)
    topic = page.get_by_label("What you discussed with them", exact=True)
    topic.focus()
    tap(page, switch_button(page, "Letter"))
    expect_letter_view(page)
    tap(page, switch_button(page, "Form"))
    expect(topic).to_be_focused()
    assert judge_focus(page).problems == []  # type: ignore[union-attr]  # in view, not under the switch


def test_the_switch_from_the_keyboard(phone: Page) -> None:
    page = phone
    fill_basics(page)
    company = page.get_by_label("Company", exact=True)
    company.focus()
    # Up to the switch (it comes before the form), then Space on "Letter".
    last_in_form = None
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("() => document.activeElement.dataset.fkShow === 'letter'"):
            break
        last_in_form = page.evaluate_handle("() => document.activeElement")
    expect(switch_button(page, "Letter")).to_be_focused()
    assert last_in_form is not None and page.evaluate("(el) => el.closest('.fk-pane--form') !== null", last_in_form)
    assert judge_focus(page).problems == []  # type: ignore[union-attr]
    page.keyboard.press("Space")
    expect_letter_view(page)
    assert judge_focus(page).problems == []  # type: ignore[union-attr]
    # On through the letter; "Back to the form" goes back where the keyboard left the form.
    page.keyboard.press("Tab")
    back = page.get_by_role("link", name="Back to the form")
    expect(back).to_be_focused()
    page.keyboard.press("Enter")
    expect_form_view(page)
    # Where the keyboard left the form (the first control under the switch: "Your applications" now).
    assert page.evaluate("(el) => el === document.activeElement", last_in_form)
    for _ in range(3):  # back past the switch: Letter, Form, then the skip link
        page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("link", name="Skip to the letter preview")).to_be_focused()
    page.keyboard.press("Enter")
    expect_letter_view(page)
    page.keyboard.press("Shift+Tab")
    expect(switch_button(page, "Letter")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(switch_button(page, "Form")).to_be_focused()
    page.keyboard.press("Enter")
    expect_form_view(page)
    assert axe_violations(page, wcag_only=True) == []


def test_no_field_is_hidden_under_the_switch_going_back_up_the_form(phone: Page) -> None:
    """Shift+Tab from the end of the form to its top: each field lands below the switch."""
    page = phone
    page.get_by_role("button", name="Start over").focus()
    stops = []
    for _ in range(80):
        page.keyboard.press("Shift+Tab")
        stop = judge_focus(page)
        assert stop is not None
        stops.append(stop)
        if page.evaluate("() => document.activeElement.dataset.fkShow === 'letter'"):
            break
    else:
        raise AssertionError("the switch was not reached")
    found = problems(stops)
    assert not found, "\n".join(found)
    assert len(stops) > 15


def test_a_link_in_the_letter_to_a_field_shows_the_form(phone: Page) -> None:
    page = phone
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    tap(page, switch_button(page, "Letter"))
    summary = page.get_by_role("region", name="Letter preview")
    # A link to the interviewers' list: its error shows, in view.
    tap(page, summary.get_by_role("link", name="needs at least one interviewer"))
    expect_form_view(page)
    error = page.locator("#f-interviewers-error")
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    # A link to a field ("Role"): the field has focus, in view and not under the switch.
    tap(page, switch_button(page, "Letter"))
    role = page.get_by_label("Role", exact=True)
    tap(page, summary.locator(f"a[href='#{role.get_attribute('id')}']"))
    expect_form_view(page)
    expect(role).to_be_focused()
    assert judge_focus(page).problems == []  # type: ignore[union-attr]


def test_wider_than_a_phone_nothing_changes(page: Page, site_url: str) -> None:
    page.set_viewport_size(SIZES["desktop"])
    open_builder(page, site_url)
    fill_basics(page)
    expect(letter(page)).to_contain_text("Dear Dana")
    expect(switch_button(page, "Letter")).to_have_count(0)
    expect(switch_button(page, "Form")).to_have_count(0)
    form, output = form_pane(page), page.locator(".fk-pane--output")
    expect(form).to_be_visible()
    expect(letter(page)).to_be_visible()
    side_by_side = "([a, b]) => a.getBoundingClientRect().right <= b.getBoundingClientRect().left"
    assert page.evaluate(side_by_side, [form.element_handle(), output.element_handle()])

    # Narrowed to a phone, the letter chosen, widened again: both panes, no switch.
    page.set_viewport_size(PHONES["390"])
    switch_button(page, "Letter").click()
    expect(form).to_be_hidden()
    page.set_viewport_size(SIZES["desktop"])
    expect(form).to_be_visible()
    expect(letter(page)).to_be_visible()
    expect(switch_button(page, "Letter")).to_have_count(0)
    assert page.evaluate(side_by_side, [form.element_handle(), output.element_handle()])


def test_the_selected_switch_button_looks_the_same_after_a_tap_as_after_a_key(phone: Page) -> None:
    """A tap leaves the finger's :hover on the button it chose; the selected look must not depend on it."""
    page = phone
    fill_basics(page)
    look = "(el) => { const s = getComputedStyle(el); return [s.backgroundColor, s.color, s.borderTopColor]; }"
    chosen = switch_button(page, "Letter")
    chosen.focus()
    page.keyboard.press("Space")
    expect_letter_view(page)
    by_key = chosen.evaluate(look)
    tap(page, switch_button(page, "Form"))
    expect_form_view(page)
    tap(page, chosen)
    expect_letter_view(page)
    assert chosen.evaluate("(el) => el.matches(':hover')"), "the tap left no hover: this test proves nothing"
    assert chosen.evaluate(look) == by_key
