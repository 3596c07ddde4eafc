"""sitebuild.pages_server: the local stand-in for GitHub Pages that every browser check uses."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

import pytest

from sitebuild.pages_server import Traffic, serve


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    (tmp_path / "why").mkdir()
    (tmp_path / "why" / "index.html").write_text("<h1>Why</h1>", encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>Not here</h1>", encoding="utf-8")
    (tmp_path / "worker.mjs").write_text("export {};\n" * 50, encoding="utf-8")
    (tmp_path / "core.wasm").write_bytes(b"\0asm" + bytes(100))
    return tmp_path


def get(url: str, **headers: str) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_files_have_the_types_pyodide_needs_and_pages_caching(site: Path) -> None:
    with serve(site) as origin:
        status, headers, _ = get(origin + "/worker.mjs")
        assert status == 200 and headers["Content-Type"] == "text/javascript; charset=utf-8"
        assert headers["Cache-Control"] == "max-age=600"
        _, headers, body = get(origin + "/core.wasm")
        assert headers["Content-Type"] == "application/wasm" and body.startswith(b"\0asm")


def test_a_missing_page_gets_the_sites_404_page_and_folders_their_index(site: Path) -> None:
    with serve(site) as origin:
        assert get(origin + "/nowhere/")[::2] == (404, b"<h1>Not here</h1>")
        assert get(origin + "/why/")[::2] == (200, b"<h1>Why</h1>")


def test_the_site_is_also_served_under_a_project_sub_path(site: Path) -> None:
    with serve(site, subpath="/kit/") as origin:
        assert get(origin + "/kit/why/")[::2] == (200, b"<h1>Why</h1>")
        assert get(origin + "/why/")[::2] == (200, b"<h1>Why</h1>")


def test_gzip_only_when_asked_and_accepted(site: Path) -> None:
    text = (site / "worker.mjs").read_bytes()
    with serve(site, gzip=True) as origin:
        _, zipped, body = get(origin + "/worker.mjs", **{"Accept-Encoding": "gzip"})
        assert zipped["Content-Encoding"] == "gzip" and gzip.decompress(body) == text
        _, headers, body = get(origin + "/worker.mjs")
        assert "Content-Encoding" not in headers and body == text
        # Validators either way, as Pages sends them (the service worker compares them: sw-runtime.js).
        assert zipped["Last-Modified"] == headers["Last-Modified"]
    with serve(site) as origin:
        _, headers, body = get(origin + "/worker.mjs", **{"Accept-Encoding": "gzip"})
        assert "Content-Encoding" not in headers and body == text


def test_other_caching_and_bytes_counted_per_path(site: Path) -> None:
    traffic = Traffic()
    with serve(site, cache_control="no-cache", traffic=traffic) as origin:
        mark = traffic.mark()
        assert get(origin + "/why/")[1]["Cache-Control"] == "no-cache"
        get(origin + "/core.wasm")
        get(origin + "/nowhere/")  # the 404 page is not a file the site sent
        assert traffic.since(mark) == len(b"<h1>Why</h1>") + 104
        assert traffic.since(mark, contains=".wasm") == 104
