"""Reading the built site as a crawler would: its pages, their links, ids, titles and meta tags.

A small stdlib HTML parser is enough (and keeps the tests independent of the theme's markup):
what matters is every URL a page references and every id a fragment can point to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# docs/ file -> URL, from the team contract; the guide pages this helper's tests cover.
GUIDE_PAGES: dict[str, str] = {
    "index.md": "",
    "why.md": "why/",
    "when.md": "when/",
    "what-to-write.md": "what-to-write/",
    "channels.md": "channels/",
    "panel.md": "panel/",
    "special-cases.md": "special-cases/",
    "mistakes.md": "mistakes/",
    "check-in.md": "check-in/",
    "rejection.md": "rejection/",
    "offer.md": "offer/",
    "examples.md": "examples/",
    "privacy.md": "privacy/",
    "sources.md": "sources/",
}
# The German pages (docs/de/), published beside the English site: the guide page and the builder.
GERMAN_PAGES: dict[str, str] = {
    "de/nachfassen.md": "de/nachfassen/",
    "de/builder.md": "de/builder/",
}
BUILDER_PAGE = "builder/"
ALL_PAGES: tuple[str, ...] = (*GUIDE_PAGES.values(), *GERMAN_PAGES.values(), BUILDER_PAGE)

# Attributes that make the browser fetch something (as opposed to <a href>, a link a person follows).
FETCHING = {
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
}


@dataclass
class Reference:
    tag: str
    attribute: str
    url: str
    rel: str = ""


@dataclass
class ParsedPage:
    path: Path
    title: str = ""
    ids: set[str] = field(default_factory=set)
    references: list[Reference] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None


class _Parser(HTMLParser):
    def __init__(self, page: ParsedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.page.ids.add(values[name])
        for attribute in ("href", "src", "data"):
            if attribute in values:
                self.page.references.append(Reference(tag, attribute, values[attribute], values.get("rel", "")))
        if tag == "meta" and "name" in values:
            self.page.meta[values["name"]] = values.get("content", "")
        if tag == "link" and values.get("rel") == "canonical":
            self.page.canonical = values.get("href")
        if tag == "title":
            self._in_title = True

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.page.title = "".join(self._title).strip()


def parse_page(path: Path) -> ParsedPage:
    page = ParsedPage(path)
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return page


def html_files(site: Path) -> list[Path]:
    """Every HTML file of the site except the bundled third-party runtime's (none are pages)."""
    return sorted(p for p in site.rglob("*.html") if "assets/pyodide" not in p.as_posix())


def url_of(site: Path, path: Path) -> str:
    """Site-relative URL of a built file: site/why/index.html -> "why/"."""
    rel = path.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def is_internal(url: str) -> bool:
    """True for a URL that stays on the site (no scheme, no host): what a link check must resolve."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


def resolve(site: Path, page_url: str, url: str, site_path: str) -> tuple[Path | None, str]:
    """The file an internal `url` on the page at `page_url` points to, and its fragment.

    Absolute paths are read under `site_path` (the path of site_url, e.g. "/follow-up-kit/"), as
    the hosted site would serve them. Returns (None, fragment) when the URL leaves the site.
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(site_path):
            return None, parts.fragment
        target = path[len(site_path) :]
    else:
        base = page_url.rsplit("/", 1)[0] + "/" if "/" in page_url else ""
        target = base + path if path else page_url
    # Normalise "a/../b" and "./" the way a browser does.
    segments: list[str] = []
    for segment in target.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment != ".":
            segments.append(segment)
    target = "/".join(segments)
    file = site / target
    if target == "" or target.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, parts.fragment
