"""The built site over local HTTP, served the way GitHub Pages serves it where that matters to the
browser: the MIME types Pyodide needs, `Cache-Control: max-age=600`, the site's own 404 page and,
optionally, gzip and a project-site sub-path. One server for the tests, scripts/bench and
scripts/lighthouse, each choosing its options.

    with serve(site_dir, subpath="/follow-up-kit/") as origin:   # "http://127.0.0.1:PORT"
        ...
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MIME_TYPES = {
    **SimpleHTTPRequestHandler.extensions_map,
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".whl": "application/octet-stream",
    ".zip": "application/zip",
}
"""Pyodide refuses a module or wasm served with another type; the stdlib map lacks several."""

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm")
"""What GitHub Pages gzips (when `gzip=True`): text, and the wasm."""

PAGES_CACHING = "max-age=600"


@dataclass
class Traffic:
    """Bytes of response bodies sent, by URL path (thread-safe): what a page cost the network."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: list[tuple[str, int]] = field(default_factory=list)

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)

    def since(self, mark: int, contains: str = "") -> int:
        with self.lock:
            return sum(size for path, size in self.sent[mark:] if contains in path)


@dataclass(frozen=True)
class Options:
    """How the server differs from the defaults. `subpath` ("/name/") serves the site there as well
    as at the root; `traffic` counts the bytes of every 200 response body."""

    subpath: str | None = None
    gzip: bool = False
    cache_control: str = PAGES_CACHING
    traffic: Traffic | None = None


@functools.lru_cache(maxsize=256)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    """A file's gzip body, made once per version of the file: compressing the 9.6 MB wasm on every
    request would time this server, not the page."""
    return gzip.compress(path.read_bytes(), compresslevel=6)


class PagesHandler(SimpleHTTPRequestHandler):
    extensions_map = MIME_TYPES

    def __init__(self, *args: Any, options: Options, **kwargs: Any) -> None:
        self.options = options  # before super().__init__, which handles the request
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        url_path = urlsplit(path).path
        subpath = self.options.subpath
        if subpath and url_path.startswith(subpath):
            url_path = "/" + url_path[len(subpath):]
        elif subpath and url_path == subpath.rstrip("/"):
            url_path = "/"
        return super().translate_path(url_path)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        ctype = super().guess_type(path)
        return f"{ctype}; charset=utf-8" if ctype.startswith("text/") else ctype

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (self.options.gzip and path.suffix in COMPRESSIBLE and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # files as they are; redirects to folder URLs; 404
        stat = path.stat()
        body = _gzipped(path, stat.st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))  # as for a file sent as it is
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", self.options.cache_control)
        super().end_headers()

    def copyfile(self, source: Any, outputfile: Any) -> None:
        if self.options.traffic is not None:
            size = len(source.getbuffer()) if isinstance(source, io.BytesIO) else os.fstat(source.fileno()).st_size
            self.options.traffic.add(self.path, size)
        super().copyfile(source, outputfile)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that closes a connection mid-download (a page closed, a fetch aborted) is normal."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path, **options: Any) -> Iterator[str]:
    """Serve `directory` on a free local port while the block runs; yields the origin (no slash).
    Keyword arguments are the fields of Options."""
    handler = functools.partial(PagesHandler, directory=str(directory), options=Options(**options))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
