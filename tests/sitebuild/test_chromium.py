"""sitebuild.chromium: how the tests and the bench launch Chromium through Playwright."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import BrowserType

from sitebuild import chromium


def _disable_features(args: list[str]) -> list[str]:
    return [arg for arg in args if arg.startswith("--disable-features=")]


def test_one_disable_features_keeps_playwrights_own_and_adds_the_window_ui() -> None:
    """Chromium reads only the last --disable-features: ours must carry every one Playwright passes."""
    own = chromium.playwright_disabled_features()
    assert own and all(name.isidentifier() for name in own)
    (switch,) = _disable_features(chromium.playwright_args())
    names = switch.removeprefix("--disable-features=").split(",")
    assert set(own) | set(chromium.WINDOW_UI_FEATURES) == set(names)
    assert chromium.playwright_args()[: len(chromium.ARGS)] == list(chromium.ARGS)


def _processes_of(profile: Path) -> list[list[str]]:
    """The command lines of the Chromium processes started with `profile` (Linux's /proc; a child
    process rewrites its own as one line, its arguments split by spaces)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            argv = re.split(r"[\0 ]", (entry / "cmdline").read_bytes().decode(errors="replace"))
        except OSError:
            continue
        if any(arg == f"--user-data-dir={profile}" for arg in argv):
            found.append(argv)
    return found


def test_new_windows_load_no_address_bar_page_and_playwrights_features_stay_off(
    browser_type: BrowserType, browser_type_launch_args: dict, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    context = browser_type.launch_persistent_context(profile, **browser_type_launch_args)
    try:
        for _ in range(2):  # each page is a new window
            context.new_page().goto("about:blank")
        processes = _processes_of(profile)
        browser = [argv for argv in processes if not any(arg.startswith("--type=") for arg in argv)]
        assert len(browser) == 1
        # What Chromium acts on: the last --disable-features of the browser's own command line.
        effective = _disable_features(browser[0])[-1].removeprefix("--disable-features=").split(",")
        assert set(chromium.playwright_disabled_features()) <= set(effective)
        assert [argv for argv in processes if "--top-chrome-webui" in argv] == []
    finally:
        context.close()
