"""The phone profile: a first visit to the builder on a mid-range phone and a mobile data connection,
served as GitHub Pages serves the site (gzip), with Chromium's CPU and network throttling."""

from __future__ import annotations

from typing import Any

from sitebuild.bench.pages import PROBE_JS, TIMEOUT_MS, seed_draft
from sitebuild.bench.profile import new_profile
from sitebuild.pages_server import Traffic
from sitebuild.runtime.publish import DEST

RUNTIME_PATH = f"/{DEST}/"
"""Where the runtime's files are served: their bytes are the first visit's cost the issue's 11 MB target is about."""

CPU_SLOWDOWN = 4
"""The phone's CPU against this machine's: 4 times slower (Lighthouse's mobile profile)."""
DOWNLOAD_BITS_PER_S = 9_000_000
UPLOAD_BITS_PER_S = 1_500_000
LATENCY_MS = 40
"""A good 4G connection: 9 Mbit/s down, 1.5 Mbit/s up, 40 ms round trip."""

NAVIGATION_JS = "() => performance.getEntriesByType('navigation')[0].domInteractive"


def first_visit(playwright: Any, root: str, traffic: Traffic, draft: str) -> dict[str, float]:
    """A new profile with `draft` kept from an earlier visit opens the builder: when the form can be used (the document is interactive: the
    form is in the HTML and works before any script), when the first letter shows, and the bytes it took
    (all of them, and the runtime's)."""
    context = new_profile(playwright)
    try:
        context.add_init_script(PROBE_JS)
        seed_draft(context, draft)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": LATENCY_MS,
            "downloadThroughput": DOWNLOAD_BITS_PER_S / 8, "uploadThroughput": UPLOAD_BITS_PER_S / 8,
        })
        mark = traffic.mark()
        # Not waiting for the load event: on a throttled, loaded machine it may come later than a
        # navigation's default timeout; the figures are read from the page's own clock.
        page.goto(root + "builder/", wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__fk.letterAt !== null", timeout=TIMEOUT_MS)
        return {
            "usable_ms": page.evaluate(NAVIGATION_JS),
            "first_letter_ms": page.evaluate("() => window.__fk.letterAt"),
            "bytes": traffic.since(mark),
            "runtime_bytes": traffic.since(mark, RUNTIME_PATH),
        }
    finally:
        context.close()
