"""Offline and installable: the web app manifest, the service worker's two cache groups, the whole
site and the builder with the network cut after one visit, and new deploys offered politely.

Real Chromium, the built site over HTTP. Service workers are allowed (pytest-playwright's
default); `page.route` does not see requests a service worker answers, so these tests watch the
context's request events and Cache Storage instead.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from builder_page import BOOT_TIMEOUT_MS, fill_basics, letter, open_builder, wait_ready
from playwright.sync_api import BrowserContext, Page, expect

from sitebuild.offline import BUILD_SW
from sitebuild.pages_server import serve

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_PREFIX = "followup-runtime-"

# Waits on page state; arrow functions because a bare expression is `eval` under the page's CSP.
SW_CONTROLS_PAGE = "() => navigator.serviceWorker.controller !== null"
OFFLINE_STATE = "() => document.documentElement.dataset.fkOffline"


def _pages(site_dir: Path) -> list[str]:
    """Every page of the built site as a URL path relative to the root ("" for the home page)."""
    return sorted(
        "" if p.parent == site_dir else p.parent.relative_to(site_dir).as_posix() + "/"
        for p in site_dir.rglob("index.html")
    )


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def _precache_urls(sw_text: str) -> set[str]:
    return set(re.findall(r'\{url:"([^"]+)",revision:', sw_text))


def _embedded_runtime(sw_text: str) -> dict:
    match = re.match(r"self\.FOLLOWUP_RUNTIME = (\{.*?\});\n", sw_text)
    assert match, "sw.js does not start with the runtime group"
    return json.loads(match.group(1))


def _wait_offline_state(page: Page, state: str) -> None:
    page.wait_for_function(f"() => document.documentElement.dataset.fkOffline === {json.dumps(state)}",
                           timeout=BOOT_TIMEOUT_MS)


# --- the build's output -------------------------------------------------------------------------


def test_manifest_makes_the_site_installable(site_dir: Path) -> None:
    manifest = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Follow-up Kit"
    assert 0 < len(manifest["short_name"]) <= 12
    assert manifest["display"] == "standalone"
    # Relative to the manifest's URL (the site root): right at a domain's root and under a sub-path.
    assert manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest["theme_color"] == "#00695c" and manifest["background_color"]
    purposes = set()
    for icon in manifest["icons"]:
        width, height = _png_size(site_dir / icon["src"])
        assert f"{width}x{height}" == icon["sizes"]
        purposes.add((icon["purpose"], width))
    assert {("any", 192), ("any", 512), ("maskable", 192), ("maskable", 512)} <= purposes


def test_every_page_links_the_manifest(site_dir: Path) -> None:
    root_url = "https://example.org/follow-up-kit/"
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        hrefs = re.findall(r'<link rel="manifest" href="([^"]+)">', html)
        assert len(hrefs) == 1, f"{path}: {len(hrefs)} manifest links"
        page_url = urljoin(root_url, path.relative_to(site_dir).as_posix())
        assert urljoin(page_url, hrefs[0]) == root_url + "manifest.webmanifest", path
        assert 'src="' in html and "assets/offline/register.js" in html, f"{path}: no registration script"


def test_service_worker_precaches_the_shell_and_not_the_runtime(site_dir: Path) -> None:
    sw = (site_dir / "sw.js").read_text(encoding="utf-8")
    urls = _precache_urls(sw)
    assert {page + "index.html" for page in _pages(site_dir)} <= urls
    assert {"404.html", "manifest.webmanifest", "search/search_index.json", "assets/offline/register.js"} <= urls
    assert not [url for url in urls if url.startswith("assets/pyodide/")]
    assert not [url for url in urls if url.endswith(".map")]

    runtime = json.loads((site_dir / "assets/pyodide/runtime.json").read_text(encoding="utf-8"))
    group = _embedded_runtime(sw)
    entries = [*runtime["core"].values(), *runtime["wheels"].values(), runtime["snapshot"]]
    expected = {entry["file"]: entry["sha256"] for entry in entries}
    expected |= {"pyodide-lock.json": runtime["lock_sha256"]}
    assert group["files"].keys() - expected.keys() == {"runtime.json"}
    assert expected.items() <= group["files"].items()
    assert runtime["snapshot"]["file"] == f"snapshot-{runtime['stamp'][:16]}.bin.gz"
    assert group["fallback"] == sorted(entry["file"] for entry in runtime["wheels"].values())


# --- in the browser -------------------------------------------------------------------------------

CACHED_RUNTIME = f"""async () => {{
    const names = [];
    for (const key of await caches.keys())
      if (key.startsWith({json.dumps(RUNTIME_PREFIX)}))
        for (const request of await (await caches.open(key)).keys())
          names.push(request.url.split("/assets/pyodide/")[1]);
    return names.sort();
}}"""


def _runtime_files(site_dir: Path) -> tuple[set[str], set[str]]:
    """(what a start from the snapshot keeps offline, the wheels only the ordinary load uses)."""
    group = _embedded_runtime((site_dir / "sw.js").read_text(encoding="utf-8"))
    return set(group["files"]) - set(group["fallback"]), set(group["fallback"])


def test_a_guide_page_installs_the_site_without_downloading_the_runtime(
    context: BrowserContext, page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "why/")
    _wait_offline_state(page, "registered")
    page.wait_for_function(SW_CONTROLS_PAGE)
    cached = page.evaluate(
        """async () => {
        const urls = [];
        for (const key of await caches.keys())
          for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
        return urls;
    }"""
    )
    assert any("/when/index.html" in url for url in cached), "the shell was not precached"
    assert not [url for url in requested + cached if "/assets/pyodide/" in url]
    assert foreign_requests == []


@pytest.mark.parametrize("where", ["site_url", "subpath_url"])
def test_after_one_visit_every_page_and_the_builder_work_offline(
    context: BrowserContext, page: Page, site_dir: Path, where: str, request: pytest.FixtureRequest,
    foreign_requests: list[str],
) -> None:
    root = request.getfixturevalue(where)
    open_builder(page, root)
    _wait_offline_state(page, "ready")
    # A start from the snapshot: the offline copy is what it downloaded, without the wheels.
    start, _ = _runtime_files(site_dir)
    assert set(page.evaluate(CACHED_RUNTIME)) == start
    context.set_offline(True)

    for path in _pages(site_dir):
        response = page.goto(root + path)
        assert response is not None and response.ok and response.from_service_worker, path
        expect(page.locator("h1").first).to_be_visible()
    response = page.goto(root + "no-such-page/")
    assert response is not None and response.from_service_worker
    expect(page).to_have_title(re.compile("not found", re.IGNORECASE))

    # A fresh load of the builder: page, worker, runtime and wheels all come from the caches.
    fresh = context.new_page()
    fresh.goto(root + "builder/")
    wait_ready(fresh)
    fill_basics(fresh, company="Offline Widgets")
    expect(letter(fresh)).to_contain_text("Offline Widgets")
    for button, suffix, marker in [
        ("Download .txt", ".txt", "Offline Widgets"),
        ("Download .md", ".md", "Offline Widgets"),
        ("Download .html", ".html", "<!DOCTYPE html>"),
        ("Download .eml", ".eml", "Subject: "),
        ("Download reminders (.ics)", ".ics", "BEGIN:VCALENDAR"),
    ]:
        with fresh.expect_download() as info:
            fresh.get_by_role("button", name=button).click()
        assert info.value.suggested_filename.endswith(suffix)
        assert marker in Path(info.value.path()).read_text(encoding="utf-8")
    expect(fresh.get_by_role("link", name="Open in mail app")).to_have_attribute("href", re.compile(r"^mailto:"))
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    fresh.get_by_role("button", name="Copy text").click()
    assert "Offline Widgets" in fresh.evaluate("() => navigator.clipboard.readText()")
    assert foreign_requests == []


def test_a_browser_that_loads_the_ordinary_way_keeps_the_wheels_for_offline_use(
    context: BrowserContext, page: Page, site_dir: Path, site_url: str
) -> None:
    """The snapshot refused once (as in a browser that cannot use it): the worker downloads the
    wheels, and the offline copy keeps them with everything else."""
    snapshot = json.loads((site_dir / "assets/pyodide/runtime.json").read_text(encoding="utf-8"))["snapshot"]["file"]
    context.route(f"**/assets/pyodide/{snapshot}", lambda route: route.fulfill(status=404, body="gone"), times=1)
    open_builder(page, site_url)
    _wait_offline_state(page, "ready")
    start, wheels = _runtime_files(site_dir)
    assert set(page.evaluate(CACHED_RUNTIME)) == start | wheels


# --- a new deploy ---------------------------------------------------------------------------------


@pytest.fixture()
def deploy(site_dir: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of the site (without the heavy runtime files) on its own server: (root URL, folder)."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns("*.wasm", "*.whl", "*.zip", "*.asm.mjs"))
    # no-cache: the browser revalidates every page, so it sees the new deploy at once.
    with serve(copy, cache_control="no-cache") as origin:
        yield origin + "/", copy


def test_a_new_deploy_is_offered_with_a_reload_button_and_taken_whole(page: Page, deploy: tuple[str, Path]) -> None:
    root, folder = deploy
    page.goto(root + "why/")
    page.wait_for_function(SW_CONTROLS_PAGE)

    # Deploy a new version: a page changes and the service worker is rebuilt.
    why = folder / "why" / "index.html"
    why.write_text(why.read_text(encoding="utf-8").replace("</h1>", " (revised)</h1>", 1), encoding="utf-8")
    subprocess.run(["node", str(BUILD_SW), "--site", str(folder)], check=True, cwd=ROOT)

    page.reload()  # the browser checks for a new service worker on navigation
    notice = page.get_by_role("status").filter(has_text="A new version of this site is available")
    expect(notice).to_be_visible(timeout=30_000)
    # Until the visitor chooses, every page is still the old version: no mix of two deploys.
    page.goto(root + "why/")
    expect(page.locator("h1").first).not_to_contain_text("(revised)")
    expect(notice).to_be_visible(timeout=30_000)

    reload = notice.get_by_role("button", name="Reload")
    reload.focus()
    expect(reload).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1").first).to_contain_text("(revised)")
    expect(page.get_by_role("status").filter(has_text="A new version")).to_have_count(0)
