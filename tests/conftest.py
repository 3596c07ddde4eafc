"""Shared fixtures: the built site served over real HTTP (sitebuild.pages_server), and Debian's
Chromium for Playwright (sitebuild.chromium).

The site is served twice by one server: at the root, and under a sub-path as GitHub Pages
serves project sites, so that every browser test can run in either place.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fixed_clock import FIXED_NOW, FIXED_TIMEZONE

from followup import clock

from sitebuild import chromium
from sitebuild.built_site import SITE_DIR, ensure_built
from sitebuild.pages_server import serve

SUBPATH = "/follow-up-kit/"

# Every test process (and each subprocess it starts: the CLI, Node) reads local time in one named
# zone, never the machine's.
os.environ["TZ"] = FIXED_TIMEZONE
time.tzset()


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; built once here when `scripts/test` has not built it already."""
    return ensure_built(SITE_DIR)


@pytest.fixture(scope="session")
def site_server(site_dir: Path) -> Iterator[str]:
    """Origin of a local HTTP server for the built site, e.g. http://127.0.0.1:41234."""
    with serve(site_dir, subpath=SUBPATH) as origin:
        yield origin


@pytest.fixture(scope="session")
def site_url(site_server: str) -> str:
    """The site's root URL, served at the origin's root (ends with /)."""
    return site_server + "/"


@pytest.fixture(scope="session")
def subpath_url(site_server: str) -> str:
    """The same site under a project-site sub-path, as GitHub Pages serves forks (ends with /)."""
    return site_server + SUBPATH


@pytest.fixture(autouse=True)
def _fixed_local_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the composer would read the machine's clock (`followup.clock`), it reads FIXED_NOW."""
    monkeypatch.setattr(clock, "local_now", lambda: FIXED_NOW)


# --- Playwright (pytest-playwright) on Debian's Chromium -------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not chromium.available():
        pytest.fail(chromium.MISSING)
    return {**browser_type_launch_args, "executable_path": chromium.EXECUTABLE, "args": chromium.playwright_args()}


@pytest.fixture()
def foreign_requests(context, site_server: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every request the browser context makes to an origin other than the site's.

    Tests assert this list is empty: no CDN, no fonts, no analytics, ever.
    """
    seen: list[str] = []

    def record(request) -> None:  # type: ignore[no-untyped-def]
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if not url.startswith(site_server + "/") and url != site_server:
            seen.append(url)

    context.on("request", record)
    return seen


# --- The page's clock and time zone (tests/fixed_clock.py) ------------------------------------


@pytest.fixture()
def moment() -> datetime:
    """The wall-clock time the browser shows, in `time_zone`; parametrise it to run on another day."""
    return FIXED_NOW


@pytest.fixture()
def time_zone() -> str:
    """The browser context's time zone; parametrise it to run far east or west of UTC."""
    return FIXED_TIMEZONE


@pytest.fixture()
def new_context(new_context, moment: datetime, time_zone: str) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """pytest-playwright's `new_context`, with every context at `moment` in `time_zone`.

    The clock is installed before any page loads, so the page's `Date`, the `today` it sends
    the composer, IndexedDB timestamps and file names all agree; it then runs on from there, so the
    page's timers and debounces behave as in real use. Tests that need a second context ask for
    this fixture instead of calling `browser.new_context`.
    """

    def make(**kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("timezone_id", time_zone)
        context = new_context(**kwargs)
        context.clock.install(time=moment.replace(tzinfo=ZoneInfo(kwargs["timezone_id"])))
        return context

    return make
