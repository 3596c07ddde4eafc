"""Debian's Chromium, launched the same way by the tests (Playwright), scripts/bench (Playwright)
and scripts/lighthouse (its own launcher): one executable and one set of flags."""

from __future__ import annotations

import os
import shutil

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

LIGHTHOUSE_FLAGS = " ".join(("--headless=new", *ARGS, "--disable-dev-shm-usage"))
"""ARGS for Lighthouse's launcher, which starts Chromium itself: headless, and /tmp for shared
memory (a container's /dev/shm is small)."""

MISSING = f"Chromium not found at {EXECUTABLE}: run scripts/setup --browser"


def available() -> bool:
    return os.path.exists(EXECUTABLE)
