"""Debian's Chromium, launched the same way by the tests (Playwright), scripts/bench (Playwright)
and scripts/lighthouse (its own launcher): one executable and one set of flags (`playwright_args`
for Playwright's launches)."""

from __future__ import annotations

import os
import re
import shutil
from functools import cache
from pathlib import Path

EXECUTABLE = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
"""$CHROME_PATH when set (Lighthouse's own variable), else `chromium` on PATH."""

ARGS = (
    "--no-sandbox",  # runs as root in containers and CI
    "--disable-gpu",
    # No request of Chromium's own (updates, sync, field trials, QUIC probes): on a closed network
    # they hang, and anywhere they would be requests the tests did not make.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
"""Flags for every launch; Playwright adds its own headless mode."""

WINDOW_UI_FEATURES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")
"""The address bar's popup, a web page of Chromium's own (chrome://omnibox-popup.top-chrome).
Playwright opens every page in a new window, and each new window loads it in a renderer of its
own, on the CPU our page's load needs (scripts/sitebuild/README.md has the figures). A visitor's
browser loads it once, when the window opens, not with our page."""


def playwright_args() -> list[str]:
    """ARGS, and the features Playwright disables plus WINDOW_UI_FEATURES in one --disable-features.

    Chromium reads only the last --disable-features it is given, so a second one would re-enable
    what Playwright disables (among them requests of Chromium's own to google.com): the list
    Playwright passes is read from its own driver, not copied here."""
    return [*ARGS, "--disable-features=" + ",".join(dict.fromkeys((*playwright_disabled_features(), *WINDOW_UI_FEATURES)))]


@cache
def playwright_disabled_features() -> tuple[str, ...]:
    """The `disabledFeatures` of the installed Playwright's Chromium switches (its driver's source)."""
    import playwright

    package = Path(playwright.__file__).parent / "driver" / "package" / "lib"
    for source in (package / "coreBundle.js", package / "server" / "chromium" / "chromiumSwitches.js"):
        if not source.exists():
            continue
        found = re.search(r"disabledFeatures = \[(.*?)\]", source.read_text(encoding="utf-8"), re.DOTALL)
        if found:
            code = re.sub(r"//[^\n]*", "", found.group(1))
            return tuple(re.findall(r'"([A-Za-z0-9]+)"', code))
    raise RuntimeError(f"Playwright's --disable-features list was not found under {package}: update chromium.py")

LIGHTHOUSE_FLAGS = " ".join(("--headless=new", *ARGS, "--disable-dev-shm-usage"))
"""ARGS for Lighthouse's launcher, which starts Chromium itself: headless, and /tmp for shared
memory (a container's /dev/shm is small)."""

MISSING = f"Chromium not found at {EXECUTABLE}: run scripts/setup --browser"


def available() -> bool:
    return os.path.exists(EXECUTABLE)
