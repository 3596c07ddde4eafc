"""axe-core on a page that has come to rest: the one way every test asks for accessibility findings.

axe judges colours as they are computed at the moment it runs. A button the pointer has just
clicked stays hovered, and Material eases its colours over 125 ms (`.md-button`'s transition), so a
check started at once can read a colour half way between two schemes' and report a contrast no
reader ever sees: a failure that depended on how busy the machine was. Every check therefore waits
until the page's finite animations and transitions have ended, then runs.
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AT_REST_LIMIT_MS = 5_000  # no transition on the site lasts a second; five is a hang, not a slow machine

_axe = Axe()  # bundles axe-core and injects it with page.evaluate: no network, no CSP exception

# Resolves with the names of what still runs after `limit` ms, or [] once every finite animation
# and transition has finished (one ending can start another, e.g. a hover after a move: ask again).
# Infinite ones (a spinner) never end, so they are not waited for.
_AT_REST = """async (limit) => {
  const deadline = performance.now() + limit;
  const running = () => document.getAnimations().filter((a) =>
    a.playState === "running" && Number.isFinite(a.effect?.getComputedTiming().endTime));
  for (let now = running(); now.length; now = running()) {
    const left = deadline - performance.now();
    if (left <= 0) return now.map((a) => a.transitionProperty || a.animationName || "animation");
    await Promise.race([Promise.allSettled(now.map((a) => a.finished)),
                        new Promise((resolve) => setTimeout(resolve, left))]);
  }
  return [];
}"""


def wait_at_rest(page: Page) -> None:
    """Returns once nothing on the page is part way through an animation or transition."""
    still = page.evaluate(_AT_REST, AT_REST_LIMIT_MS)
    assert still == [], f"still animating after {AT_REST_LIMIT_MS} ms: {still}"


def inject_axe(page: Page) -> None:
    """axe-core on the page, for a script that calls it itself (once per document)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(_axe.axe_script)


def axe_violations(page: Page, context: str | None = None, *, wcag_only: bool = False) -> list[str]:
    """axe-core's violations, one line each, for `context` (a selector; the whole page if None),
    once the page is at rest. `wcag_only` keeps to the WCAG 2.2 A/AA rules; otherwise axe's
    default set (with its best practices) applies."""
    wait_at_rest(page)
    options: dict = {"resultTypes": ["violations"]}
    if wcag_only:
        options["runOnly"] = {"type": "tag", "values": AXE_TAGS}
    results = _axe.run(page, context=context, options=options)
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in results.response["violations"]]
