"""The browser profile every scenario starts from: a new one on disk, as a visitor's is."""

from __future__ import annotations

import shutil
import tempfile
from typing import Any

from sitebuild import chromium


def new_profile(playwright: Any) -> Any:
    """A new browser profile on disk (a persistent context, its own Chromium), removed when it closes.

    On disk because a returning visitor's profile is: an in-memory (incognito) profile keeps
    neither the 9.6 MB wasm in its HTTP cache nor the code Chromium compiled from it, so its
    second visits would start as no visitor's does (scripts/sitebuild/README.md, "A keystroke
    right after a start")."""
    folder = tempfile.mkdtemp(prefix="followup-profile-")
    context = playwright.chromium.launch_persistent_context(
        folder, executable_path=chromium.EXECUTABLE, args=chromium.playwright_args(), service_workers="allow")
    context.on("close", lambda _: shutil.rmtree(folder, ignore_errors=True))
    return context
