"""axe_check judges a page at rest: a transition part way through is waited out, never judged.

The page below eases a button from white on black to black on white over 1.5 s, as Material's
buttons ease into their hover colours; half way, it is grey on grey. axe started at once reads the
grey (the CI failure of 2026-12-08: `.md-button` hovered after a click, judged mid-transition);
`axe_violations` waits for the end, where the contrast is full.
"""

from __future__ import annotations

from axe_check import axe_violations, inject_axe
from playwright.sync_api import Page

EASING = """<!doctype html><html lang="en"><title>Easing</title><main>
<style>
  button { color: #fff; background: #000; font-size: 16px; transition: color 1.5s linear, background-color 1.5s linear; }
  button.flipped { color: #000; background: #fff; }
  .spinner { width: 1em; height: 1em; animation: turn 1s linear infinite; }
  @keyframes turn { to { transform: rotate(1turn); } }
</style>
<h1>Easing</h1><button type="button">Rename</button><div class="spinner" aria-hidden="true"></div></main></html>"""

_FLIP = "() => document.querySelector('button').classList.add('flipped')"
_RAW_CONTRAST = """async () => (await axe.run(document, { runOnly: ["color-contrast"] })).violations.map((v) => v.id)"""


def test_a_colour_part_way_through_a_transition_is_not_judged(page: Page) -> None:
    page.set_content(EASING)
    inject_axe(page)
    page.evaluate(_FLIP)
    page.wait_for_timeout(600)  # well into the easing: grey on grey
    assert page.evaluate(_RAW_CONTRAST) == ["color-contrast"], "the page does not show what it is meant to"
    assert axe_violations(page) == []  # waits out the rest, ignores the endless spinner


def test_a_real_fault_at_rest_is_still_found(page: Page) -> None:
    page.set_content(EASING.replace("color: #000; background: #fff;", "color: #777; background: #888;"))
    page.evaluate(_FLIP)
    assert [v.split(":")[0] for v in axe_violations(page)] == ["color-contrast"]
