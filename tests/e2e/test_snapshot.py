"""The builder's warm start from a Pyodide memory snapshot, and its silent fallbacks.

The worker's loader (docs/assets/builder/runtime-loader.js) logs the path it took to the console
("followup runtime: snapshot|snapshot-made|plain in N ms"); the tests read that and Cache Storage,
and always check that the builder then composes correctly, whichever path it took.
"""

from __future__ import annotations

import re

import pytest
from builder_page import BOOT_TIMEOUT_MS, fill_basics, letter, wait_ready
from playwright.sync_api import BrowserContext, Page, expect

SNAPSHOT_CACHE = "followup-snapshots"
PATH_LOG = re.compile(r"^followup runtime: (snapshot|snapshot-made|plain) in \d+ ms$")

SNAPSHOT_KEYS = f"""async () => {{
  if (!(await caches.has("{SNAPSHOT_CACHE}"))) return [];
  return (await (await caches.open("{SNAPSHOT_CACHE}")).keys()).map((request) => request.url);
}}"""

# Flips one byte of the Pyodide build id in every stored snapshot (header bytes 16..47).
DAMAGE_SNAPSHOTS = f"""async () => {{
  const cache = await caches.open("{SNAPSHOT_CACHE}");
  const keys = await cache.keys();
  for (const key of keys) {{
    const bytes = new Uint8Array(await (await cache.match(key)).arrayBuffer());
    bytes[20] ^= 0xff;
    await cache.put(key, new Response(bytes));
  }}
  return keys.length;
}}"""

# Moves every stored snapshot to a key naming another runtime build.
REKEY_SNAPSHOTS = f"""async () => {{
  const cache = await caches.open("{SNAPSHOT_CACHE}");
  for (const key of await cache.keys()) {{
    const other = key.url.replace(/\\/snapshot\\/[0-9a-f]+\\//, "/snapshot/{"0" * 64}/");
    await cache.put(other, await cache.match(key));
    await cache.delete(key);
  }}
}}"""


class Paths:
    """The loader paths logged in a browser context, in order."""

    def __init__(self, context: BrowserContext) -> None:
        self.seen: list[str] = []
        context.on("console", self._record)

    def _record(self, message) -> None:  # type: ignore[no-untyped-def]
        match = PATH_LOG.match(message.text)
        if match:
            self.seen.append(match.group(1))


def _visit(context: BrowserContext, url: str) -> Page:
    page = context.new_page()
    page.goto(url + "builder/")
    wait_ready(page)
    return page


def _wait_snapshot_stored(page: Page) -> list[str]:
    page.wait_for_function(f"async () => ({SNAPSHOT_KEYS})().then((keys) => keys.length > 0)",
                           timeout=BOOT_TIMEOUT_MS)
    return page.evaluate(SNAPSHOT_KEYS)


def _composes(page: Page, company: str) -> None:
    """A thank-you, then a reply to a rejection (templates the first render never read)."""
    fill_basics(page, company=company)
    expect(letter(page)).to_contain_text(company)
    page.get_by_label("Letter type", exact=True).select_option("after-rejection")
    expect(letter(page)).to_contain_text(company)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download .txt").click()
    assert company in open(info.value.path(), encoding="utf-8").read()


@pytest.mark.parametrize("where", ["site_url", "subpath_url"])
def test_second_visit_starts_from_the_snapshot_and_composes(
    context: BrowserContext, where: str, request: pytest.FixtureRequest, foreign_requests: list[str]
) -> None:
    root = request.getfixturevalue(where)
    paths = Paths(context)
    first = _visit(context, root)
    keys = _wait_snapshot_stored(first)
    assert paths.seen == ["snapshot-made"]
    assert len(keys) == 1 and root in keys[0]
    first.close()

    second = _visit(context, root)
    assert paths.seen == ["snapshot-made", "snapshot"]
    _composes(second, "Snapshot Traders")
    assert foreign_requests == []


def test_a_damaged_snapshot_is_dropped_and_the_builder_still_loads(context: BrowserContext, site_url: str) -> None:
    paths = Paths(context)
    first = _visit(context, site_url)
    _wait_snapshot_stored(first)
    assert first.evaluate(DAMAGE_SNAPSHOTS) == 1
    first.close()

    second = _visit(context, site_url)  # restore fails (build id mismatch): ordinary load, new snapshot
    assert paths.seen == ["snapshot-made", "snapshot-made"]
    _composes(second, "Fallback Traders")
    _wait_snapshot_stored(second)
    second.close()

    third = _visit(context, site_url)
    assert paths.seen[-1] == "snapshot"
    _composes(third, "Mended Traders")


def test_a_snapshot_of_another_runtime_build_is_never_used(context: BrowserContext, site_url: str) -> None:
    paths = Paths(context)
    first = _visit(context, site_url)
    _wait_snapshot_stored(first)
    first.evaluate(REKEY_SNAPSHOTS)
    first.close()

    second = _visit(context, site_url)
    assert paths.seen == ["snapshot-made", "snapshot-made"]
    _composes(second, "Rebuilt Traders")
    second.wait_for_function(
        f"async () => ({SNAPSHOT_KEYS})().then((keys) => keys.length === 1 && !keys[0].includes('/{'0' * 64}/'))",
        timeout=BOOT_TIMEOUT_MS,
    )


def test_without_runtime_json_the_ordinary_load_is_used(context: BrowserContext, page: Page, site_url: str) -> None:
    paths = Paths(context)
    context.route("**/assets/pyodide/runtime.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site_url + "builder/")
    wait_ready(page)
    assert paths.seen == ["plain"]
    _composes(page, "Plain Traders")
    assert page.evaluate(SNAPSHOT_KEYS) == []
