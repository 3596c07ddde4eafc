"""Shared fixtures: the built site served over real HTTP, and Debian's Chromium for Playwright.

The site is served twice by one server: at the root, and under a sub-path as GitHub Pages
serves project sites, so that every browser test can run in either place.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE_DIR = Path(os.environ.get("FOLLOWUP_SITE_DIR", ROOT / "site"))
SUBPATH = "/follow-up-kit/"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Chromium from calling home on this closed network (see shared runtime notes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _build_site() -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(SITE_DIR)],
        cwd=ROOT,
        env=env,
        check=True,
    )


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; built once here when `scripts/test` has not built it already."""
    if not (SITE_DIR / "index.html").exists():
        _build_site()
    return SITE_DIR


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves the site at / and at SUBPATH, with the MIME types Pyodide needs and a real 404 page."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".whl": "application/octet-stream",
        ".zip": "application/zip",
    }

    def translate_path(self, path: str) -> str:
        url_path = urlsplit(path).path
        if url_path.startswith(SUBPATH):
            url_path = "/" + url_path[len(SUBPATH) :]
        elif url_path == SUBPATH.rstrip("/"):
            url_path = "/"
        return super().translate_path(url_path)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def end_headers(self) -> None:
        # Like GitHub Pages: cacheable, revalidated.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="session")
def site_server(site_dir: Path) -> Iterator[str]:
    """Origin of a local HTTP server for the built site, e.g. http://127.0.0.1:41234."""
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


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
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run scripts/setup --browser")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


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
