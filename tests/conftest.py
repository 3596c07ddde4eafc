"""Shared fixtures: the built site served over real HTTP (sitebuild.pages_server), and Debian's
Chromium for Playwright (sitebuild.chromium).

The site is served twice by one server: at the root, and under a sub-path as GitHub Pages
serves project sites, so that every browser test can run in either place.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitebuild import chromium
from sitebuild.built_site import SITE_DIR, ensure_built
from sitebuild.pages_server import serve

SUBPATH = "/follow-up-kit/"


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


# --- Playwright (pytest-playwright) on Debian's Chromium -------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not chromium.available():
        pytest.fail(chromium.MISSING)
    return {**browser_type_launch_args, "executable_path": chromium.EXECUTABLE, "args": list(chromium.ARGS)}


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
