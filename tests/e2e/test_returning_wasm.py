"""A returning visitor's wasm: the service worker answers with the browser's HTTP-cache copy when it
is the version it keeps (Chromium finds the code it optimised on the first visit only with that
response), else with its own checked copy; never with a request to the network.

In a browser profile on disk, as a visitor's is: an in-memory (incognito) profile's HTTP cache does
not keep a 9.6 MB file, so there the kept copy answers (the other offline tests cover that path).
The response a page's fetch gets goes through the same service worker route as the worker's.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from builder_page import fill_basics, letter, open_builder, wait_kept_offline
from playwright.sync_api import BrowserContext, BrowserType, expect

from sitebuild.pages_server import PAGES_CACHING, Traffic, serve

WASM = "assets/pyodide/pyodide.asm.wasm"
# From the builder page, through the service worker as the composer's worker asks: what answered, its size.
FETCH_WASM = f"""async () => {{
    const response = await fetch({json.dumps("../" + WASM)}, {{ credentials: "same-origin" }});
    return {{ ok: response.ok, cacheControl: response.headers.get("Cache-Control"),
             modified: response.headers.get("Last-Modified"), size: (await response.arrayBuffer()).byteLength }};
}}"""


@pytest.fixture()
def site(site_dir: Path, tmp_path: Path) -> Iterator[tuple[str, Path, Traffic]]:
    """A copy of the site on its own server (this test changes a file's date): (root, folder, traffic)."""
    folder = tmp_path / "site"
    shutil.copytree(site_dir, folder)
    traffic = Traffic()
    with serve(folder, traffic=traffic) as origin:
        yield origin + "/", folder, traffic


@pytest.fixture()
def profile(browser_type: BrowserType, browser_type_launch_args: dict, tmp_path: Path, moment: datetime,
            time_zone: str) -> Iterator[BrowserContext]:
    """A new browser profile on disk, launched as every test's browser is, at the tests' fixed moment."""
    context = browser_type.launch_persistent_context(
        tmp_path / "profile", **browser_type_launch_args, service_workers="allow", timezone_id=time_zone)
    context.clock.install(time=moment.replace(tzinfo=ZoneInfo(time_zone)))
    yield context
    context.close()


def test_a_second_visit_gets_the_http_caches_copy_of_the_wasm_without_a_download(
    profile: BrowserContext, site: tuple[str, Path, Traffic]
) -> None:
    root, folder, traffic = site
    size = (folder / WASM).stat().st_size
    first = open_builder(profile.new_page(), root)
    wait_kept_offline(first)
    first.close()

    mark = traffic.mark()
    page = open_builder(profile.new_page(), root)
    fill_basics(page, company="Returning Widgets")
    expect(letter(page)).to_contain_text("Returning Widgets")
    answered = page.evaluate(FETCH_WASM)
    assert answered["ok"] and answered["size"] == size
    # The HTTP cache's copy carries the server's headers; the kept copy only its validators.
    assert answered["cacheControl"] == PAGES_CACHING
    assert traffic.since(mark, "pyodide.asm.wasm") == 0

    # Offline, the HTTP cache's copy still answers, and still without a request.
    profile.set_offline(True)
    assert page.evaluate(FETCH_WASM)["cacheControl"] == PAGES_CACHING
    profile.set_offline(False)
    assert traffic.since(mark, "pyodide.asm.wasm") == 0


def test_another_version_in_the_http_cache_is_never_answered(
    profile: BrowserContext, site: tuple[str, Path, Traffic]
) -> None:
    root, folder, traffic = site
    page = open_builder(profile.new_page(), root)
    wait_kept_offline(page)
    kept = page.evaluate(FETCH_WASM)["modified"]

    # The server's file changes date (as a new deploy's would), and the HTTP cache gets it, past the service worker.
    later = (folder / WASM).stat().st_mtime + 3600
    os.utime(folder / WASM, (later, later))
    cdp = profile.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setBypassServiceWorker", {"bypass": True})
    page.evaluate(f"() => fetch({json.dumps('../' + WASM)}, {{ cache: 'reload' }}).then((r) => r.arrayBuffer())")
    cdp.send("Network.setBypassServiceWorker", {"bypass": False})

    mark = traffic.mark()
    answered = page.evaluate(FETCH_WASM)
    assert answered["modified"] == kept and answered["cacheControl"] is None  # the kept, checked copy
    assert traffic.since(mark, "pyodide.asm.wasm") == 0
