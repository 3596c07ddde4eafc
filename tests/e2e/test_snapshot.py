"""The builder's start from the snapshot made at build time, and its silent fallbacks.

The worker's loader (docs/assets/builder/runtime-loader.js) logs the path it took to the console
("followup runtime: snapshot|plain in N ms"); the tests read that, and always check that the
builder then composes correctly, whichever path it took.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from builder_page import fill_basics, letter, wait_ready
from playwright.sync_api import BrowserContext, Page, expect

PATH_LOG = re.compile(r"^followup runtime: (snapshot|plain) in \d+ ms$")
# Where earlier builds of the site kept snapshots made in the browser; nothing may create it now.
LEGACY_CACHE = "followup-snapshots"


class Paths:
    """The loader paths logged in a browser context, in order."""

    def __init__(self, context: BrowserContext) -> None:
        self.seen: list[str] = []
        context.on("console", self._record)

    def _record(self, message) -> None:  # type: ignore[no-untyped-def]
        match = PATH_LOG.match(message.text)
        if match:
            self.seen.append(match.group(1))


def _runtime(site_dir: Path) -> dict:
    return json.loads((site_dir / "assets" / "pyodide" / "runtime.json").read_text(encoding="utf-8"))


def _visit(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url + "builder/")
    wait_ready(page)
    return page


def _composes(page: Page, company: str) -> None:
    """A thank-you, then a reply to a rejection (templates the first render never read)."""
    fill_basics(page, company=company)
    expect(letter(page)).to_contain_text(company)
    page.get_by_label("Letter type", exact=True).select_option("after-rejection")
    expect(letter(page)).to_contain_text(company)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download .txt").click()
    assert company in open(info.value.path(), encoding="utf-8").read()


def _flip_a_middle_byte(gz: bytes) -> tuple[int, bytes]:
    damaged = bytearray(gz)
    damaged[len(damaged) // 2] ^= 0xFF  # gzip's checksum no longer matches
    return 200, bytes(damaged)


def _another_pyodide_build(gz: bytes) -> tuple[int, bytes]:
    raw = bytearray(gzip.decompress(gz))
    raw[20] ^= 0xFF  # inside the build id in the snapshot's header: Pyodide refuses it
    return 200, gzip.compress(bytes(raw), compresslevel=1)


def _gone(gz: bytes) -> tuple[int, bytes]:
    return 404, b"gone"


def test_builder_page_names_the_snapshot_runtime_json_names(site_dir: Path) -> None:
    entry = _runtime(site_dir)["snapshot"]
    html = (site_dir / "builder" / "index.html").read_text(encoding="utf-8")
    assert f'<meta name="followup-snapshot" content="{entry["file"]} {entry["unzipped_size"]}">' in html


@pytest.mark.parametrize("where", ["site_url", "subpath_url"])
def test_first_and_second_visit_start_from_the_snapshot_and_compose(
    context: BrowserContext, where: str, request: pytest.FixtureRequest, foreign_requests: list[str]
) -> None:
    root = request.getfixturevalue(where)
    paths = Paths(context)
    first = _visit(context, root)
    assert paths.seen == ["snapshot"]
    _composes(first, "Snapshot Traders")
    first.close()

    second = _visit(context, root)
    assert paths.seen == ["snapshot", "snapshot"]
    _composes(second, "Second Traders")
    assert second.evaluate(f"() => caches.has({json.dumps(LEGACY_CACHE)})") is False
    assert foreign_requests == []


def test_a_page_naming_another_snapshot_still_starts_from_runtime_jsons(
    context: BrowserContext, site_dir: Path, site_url: str
) -> None:
    """A page from an older deploy (a cached copy) may name a snapshot that no longer exists."""
    entry = _runtime(site_dir)["snapshot"]
    served: list[str] = []

    def older_page(route) -> None:  # type: ignore[no-untyped-def]
        served.append(route.request.url)
        html = route.fetch().text()
        named = f'content="{entry["file"]} {entry["unzipped_size"]}"'
        assert named in html
        route.fulfill(body=html.replace(named, 'content="snapshot-0000000000000000.bin.gz 1234"'),
                      content_type="text/html; charset=utf-8")

    context.route("**/builder/", older_page)
    paths = Paths(context)
    page = _visit(context, site_url)
    assert served and paths.seen == ["snapshot"]
    _composes(page, "Older Traders")


@pytest.mark.parametrize("spoil", [_flip_a_middle_byte, _another_pyodide_build, _gone], ids=lambda f: f.__name__[1:])
def test_a_bad_or_missing_snapshot_falls_back_to_the_ordinary_load(
    context: BrowserContext, site_dir: Path, site_url: str, spoil
) -> None:
    name = _runtime(site_dir)["snapshot"]["file"]
    status, body = spoil((site_dir / "assets" / "pyodide" / name).read_bytes())
    # Every request for it, before any service worker could keep the real one.
    context.route(f"**/assets/pyodide/{name}", lambda route: route.fulfill(status=status, body=body))
    paths = Paths(context)
    page = _visit(context, site_url)
    assert paths.seen == ["plain"]
    _composes(page, "Fallback Traders")


def test_a_snapshot_delta_that_does_not_check_falls_back_to_the_ordinary_load(
    context: BrowserContext, site_dir: Path, site_url: str
) -> None:
    """As in a browser whose fresh module memory differs from the build's (snapshot-delta.js)."""
    runtime = _runtime(site_dir)
    runtime["snapshot"]["delta"]["sha256"] = "0" * 64
    context.route("**/assets/pyodide/runtime.json", lambda route: route.fulfill(
        body=json.dumps(runtime), content_type="application/json"))
    paths = Paths(context)
    page = _visit(context, site_url)
    assert paths.seen == ["plain"]
    _composes(page, "Delta Traders")


def test_without_runtime_json_the_ordinary_load_is_used(context: BrowserContext, page: Page, site_url: str) -> None:
    paths = Paths(context)
    context.route("**/assets/pyodide/runtime.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site_url + "builder/")
    wait_ready(page)
    assert paths.seen == ["plain"]
    _composes(page, "Plain Traders")
