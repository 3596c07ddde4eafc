"""Keyboard walks for the accessibility tests: Tab (or Shift+Tab) through a whole page and judge
every focus stop as a sighted keyboard user meets it.

A stop passes when what has focus (or, for a visually hidden input, its label) has a size, has its
centre inside the viewport, is the element found at that centre (nothing covers it: not the sticky
header, not an overlay), has no part of its top edge under the sticky header (or the builder's sticky
"Form | Letter" switch on a phone), and looks different focused
than unfocused (a screenshot of its box, a few pixels wider for the ring, taken both ways).
Optionally axe-core (WCAG 2.2 A/AA rules) checks the focused element in its focused state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from axe_check import AXE_TAGS, inject_axe, wait_at_rest
from playwright.sync_api import Page

RING_MARGIN_PX = 4  # outlines sit up to ~5 px outside the box; 4 px of it is plenty to see a change
MAX_STOPS = 400

# Viewports in CSS pixels; 200% zoom of a 1280 x 720 window is 640 x 360.
SIZES = {
    "phone": {"width": 320, "height": 640},
    "desktop": {"width": 1280, "height": 720},
    "phone-390": {"width": 390, "height": 844},
    "zoom-200%": {"width": 640, "height": 360},
}
# (size, direction, scheme): a phone and a desktop both ways in light and forwards (with axe on
# every stop) in dark too; 200% zoom backwards, where the sticky header hid focus.
BOTH_WAYS = [
    (size, direction, scheme)
    for size in ("phone", "desktop")
    for direction, scheme in (("forwards", "light"), ("forwards", "dark"), ("backwards", "light"))
] + [("zoom-200%", "backwards", "light")]

# Marks the focused element (an id per element, kept in a WeakMap) and measures it; null when
# focus has left the document (the walk has gone all the way round).
_MEASURE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  window.__walkIds ||= new WeakMap();
  window.__walkNext ||= 1;
  if (!window.__walkIds.has(el)) window.__walkIds.set(el, window.__walkNext++);
  let shown = el;
  let box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1 || getComputedStyle(el).opacity === "0") {
    // A visually hidden input shows itself through a label: Material's colour switch through
    // whichever of its form's labels is displayed (it is for the other radio button).
    const labels = [el.nextElementSibling, ...(el.labels || []), ...(el.form?.querySelectorAll("label") || [])];
    const label = labels.find((l) => l?.matches("label") && l.getBoundingClientRect().width > 0);
    if (label) {
      shown = label;
      box = shown.getBoundingClientRect();
    }
  }
  // A link wrapped over two lines has its box's centre between them: aim at its first line.
  const rects = shown.getClientRects();
  const aim = rects.length > 1 ? rects[0] : box;
  const cx = aim.left + aim.width / 2;
  const cy = aim.top + aim.height / 2;
  const hit = document.elementFromPoint(cx, cy);
  // What stays put over the page as it scrolls: Material's header and the builder's phone switch.
  const bars = [...document.querySelectorAll(".md-header, [data-fk-switch]")].filter((b) => !b.contains(el));
  const topHit = box.top + 1 >= 0 ? document.elementFromPoint(cx, box.top + 1) : null;
  const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().replace(/\\s+/g, " ");
  const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
    (typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\\s+/).join(".") : "");
  return {
    id: window.__walkIds.get(el),
    what: `${name(el)} "${text.slice(0, 40)}"`,
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute("role") || "",
    box: { x: box.left, y: box.top, width: box.width, height: box.height },
    viewport: { width: innerWidth, height: innerHeight },
    inViewport: cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight,
    hitOk: !!hit && (shown.contains(hit) || el.contains(hit) || (hit.labels && [...hit.labels].includes(shown))),
    hitWhat: hit ? name(hit) : "nothing",
    underHeader: !!topHit && bars.some((b) => b.contains(topHit)),
    focusVisible: el.matches(":focus-visible"),
  };
}"""

# Resolves once nothing in the page's body has changed for `quiet` ms (or after `limit` ms). A walk
# judges each stop by its box, then screenshots of that box: content that moves in between (the
# builder's next-step plan lands ~0.3 s after typing pauses and pushes what is below it down)
# would leave the screenshots of empty space. Quiet for longer than the builder waits before it
# asks for the plan (composer-client.js, PLAN_AFTER_MS: 400 ms) plus the plan's own time.
QUIET_MS = 1000
QUIET_LIMIT_MS = 15_000
_STILL = """([quiet, limit]) => new Promise((resolve) => {
  let timer = null;
  const cap = setTimeout(done, limit);
  const observer = new MutationObserver(restart);
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(done, quiet);
  }
  function done() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(cap);
    resolve();
  }
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  restart();
})"""

# Focus on nothing, and the browser's sequential navigation starting point at the top (bottom) of
# the page: a focused marker there, removed, leaves the starting point where it was.
_START = """(atEnd) => {
  document.activeElement?.blur();
  const marker = document.createElement("span");
  marker.tabIndex = -1;
  if (atEnd) document.body.append(marker); else document.body.prepend(marker);
  marker.focus({ preventScroll: true });
  marker.remove();
  window.__walkIds = new WeakMap();
  window.__walkNext = 1;
}"""
# Unfocused: focus parked on an off-screen element (blur() leaves a date field's inner part focused).
_BLUR = """() => {
  window.__walkEl = document.activeElement;
  const park = document.createElement("span");
  park.tabIndex = -1;
  park.style.cssText = "position: absolute; width: 1px; height: 1px; overflow: hidden";
  // Beside it: focus stays inside the same drawer or dialog. A closed <details> renders only its
  // summary, so the park goes beside the details instead (inside, it could not take focus).
  const closed = window.__walkEl.parentElement.closest("details:not([open])");
  (closed ? closed.parentElement : window.__walkEl.parentElement).append(park);
  park.focus({ preventScroll: true });
  window.__walkPark = park;
}"""
_REFOCUS = """() => {
  const el = window.__walkEl;
  el.focus({ preventScroll: true, focusVisible: true });
  window.__walkPark.remove();
  return document.activeElement === el && el.matches(":focus-visible");
}"""
_AXE_FOCUSED = """async (tags) => {
  const options = { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] };
  const results = await axe.run(document.activeElement, options);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}"""


@dataclass
class Stop:
    what: str
    tag: str
    role: str
    problems: list[str] = field(default_factory=list)


def _clip(measure: dict) -> dict | None:
    box, view = measure["box"], measure["viewport"]
    x0 = max(box["x"] - RING_MARGIN_PX, 0)
    y0 = max(box["y"] - RING_MARGIN_PX, 0)
    x1 = min(box["x"] + box["width"] + RING_MARGIN_PX, view["width"])
    y1 = min(box["y"] + box["height"] + RING_MARGIN_PX, view["height"])
    if x1 - x0 < 1 or y1 - y0 < 1:
        return None
    return {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}


def judge_focus(page: Page, *, axe: bool = False) -> Stop | None:
    """The focused element judged as above, or None when focus is not on an element."""
    measure = page.evaluate(_MEASURE)
    if measure is None:
        return None
    stop = Stop(measure["what"], measure["tag"], measure["role"])
    box = measure["box"]
    if box["width"] < 1 or box["height"] < 1:
        stop.problems.append("has no size")
    elif not measure["inViewport"]:
        stop.problems.append(f"centre outside the viewport ({box})")
    elif not measure["hitOk"]:
        stop.problems.append(f"covered at its centre by {measure['hitWhat']}")
    if measure["underHeader"]:
        stop.problems.append(f"starts under the sticky header or switch (top {box['y']:.0f})")
    clip = _clip(measure)
    if clip is not None:
        focused = page.screenshot(clip=clip, animations="disabled")
        page.evaluate(_BLUR)
        unfocused = page.screenshot(clip=clip, animations="disabled")
        if not page.evaluate(_REFOCUS):
            stop.problems.append("could not be focused again (focus-visible) after the comparison")
        if focused == unfocused:
            stop.problems.append("looks the same focused and unfocused")
    if axe:
        wait_at_rest(page)  # refocused just now: its focus style may still be easing in
        stop.problems.extend(page.evaluate(_AXE_FOCUSED, AXE_TAGS))
    return stop


def walk(page: Page, *, backwards: bool = False, axe: bool = False) -> list[Stop]:
    """Every stop of one full round of Tab (Shift+Tab), starting with focus on nothing.

    Ends when focus leaves the document or comes back to an element met before (staying on the
    same element, as in the parts of a date field, is one stop). Starts once the page is still.
    """
    page.evaluate(_STILL, [QUIET_MS, QUIET_LIMIT_MS])
    page.evaluate(_START, backwards)
    if axe:
        inject_axe(page)
    key = "Shift+Tab" if backwards else "Tab"
    stops: list[Stop] = []
    seen: set[int] = set()
    last = None
    for _ in range(MAX_STOPS):
        page.keyboard.press(key)
        ident = page.evaluate("() => document.activeElement && window.__walkIds?.get(document.activeElement)")
        if ident is not None and ident == last:
            continue  # a date or time field's next part: the same element
        if ident in seen:
            break
        stop = judge_focus(page, axe=axe)
        if stop is None:
            break
        last = page.evaluate("() => window.__walkIds.get(document.activeElement)")
        seen.add(last)
        stops.append(stop)
    else:
        raise AssertionError(f"no end to the tab order after {MAX_STOPS} stops")
    return stops


def problems(stops: list[Stop]) -> list[str]:
    return [f"{i}: {s.what}: {p}" for i, s in enumerate(stops) for p in s.problems]


def set_up(page: Page, size: str, scheme: str) -> None:
    """A window of SIZES[size] in the colour scheme, with reduced motion (no scroll animations)."""
    page.set_viewport_size(SIZES[size])
    page.emulate_media(color_scheme=scheme, reduced_motion="reduce")


def walk_without_problems(page: Page, direction: str) -> list[Stop]:
    """One full walk (axe on every stop when forwards); fails listing every problem met."""
    stops = walk(page, backwards=direction == "backwards", axe=direction == "forwards")
    found = problems(stops)
    assert not found, "\n".join(found)
    return stops
