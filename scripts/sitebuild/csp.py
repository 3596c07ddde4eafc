"""MkDocs hook: a Content Security Policy in every built HTML page, computed from the page itself.

Why a <meta> tag: GitHub Pages cannot send response headers, so the policy must travel inside the
page. Why per page: Material writes small inline scripts (the `__md_scope`/`__md_get` bootstrap, the
palette restore, ...) whose text can differ between pages (relative base URLs), and the only way to
allow them without `'unsafe-inline'` is to list the SHA-256 of each one. So the policy is computed
from the final HTML, after every other hook and plugin has changed it.

What a meta policy cannot do (see the CSP spec): `frame-ancestors`, `report-uri`/`report-to` and
`sandbox` are ignored in <meta>; the policy covers only what comes after the tag, hence it is placed
right after `<meta charset>`, before any script, style or link. A dedicated worker started from a
same-origin URL gets its policy from its own response headers, not from the page (the Pyodide worker
is therefore not governed by this tag; on a static host it has no policy at all).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.csp")

# Script `type` values a browser runs or processes under script-src (HTML "prepare the script
# element"); any other type is a data block (e.g. Material's `application/json` config) and needs
# no hash.
_JS_MIME = {
    "",
    "module",
    "importmap",
    "speculationrules",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "application/x-ecmascript",
    "application/x-javascript",
    "text/ecmascript",
    "text/javascript1.0",
    "text/javascript1.1",
    "text/javascript1.2",
    "text/javascript1.3",
    "text/javascript1.4",
    "text/javascript1.5",
    "text/jscript",
    "text/livescript",
    "text/x-ecmascript",
    "text/x-javascript",
}

# Every fetch the site makes goes to its own origin; everything else is refused by `default-src`.
# `'wasm-unsafe-eval'` lets the site compile WebAssembly (Pyodide) without allowing JS `eval`.
# `data:` images: Material's CSS draws its icons with `mask-image: url("data:image/svg+xml,...")`.
# `base-uri 'none'`: no page uses <base>, and an injected one could re-point relative script URLs.
_FIXED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'none'",)),
    ("script-src", ("'self'", "'wasm-unsafe-eval'")),
    ("style-src", ("'self'",)),
    ("img-src", ("'self'", "data:")),
    ("font-src", ("'self'",)),
    ("connect-src", ("'self'",)),
    ("worker-src", ("'self'",)),
    ("manifest-src", ("'self'",)),
    ("frame-src", ("'none'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'none'",)),
    ("form-action", ("'self'",)),
)

_CSP_META = re.compile(
    r"""\s*<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>""", re.IGNORECASE
)
_HEAD_START = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset\s*=[^>]*>)?", re.IGNORECASE)
_DOCTYPE = re.compile(r"\s*<!doctype[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Inline:
    """What a page runs or styles inline: the texts a policy must hash, and what it cannot allow."""

    scripts: tuple[str, ...]
    styles: tuple[str, ...]
    style_attributes: tuple[str, ...]
    # (tag, attribute) pairs: `on*=` handlers and `javascript:` URLs; no hash can allow these
    # without `'unsafe-hashes'` for scripts, which this site refuses to use.
    script_attributes: tuple[tuple[str, str], ...]


class _InlineCollector(HTMLParser):
    """Collects inline <script>/<style> text and style/handler attributes, as a browser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self.script_attributes: list[tuple[str, str]] = []
        self._open: str | None = None  # "script" / "style" while inside one that needs a hash
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.script_attributes.append((tag, name))
            elif name in {"href", "src", "action", "formaction", "xlink:href"} and _is_javascript_url(value):
                self.script_attributes.append((tag, name))
            elif name == "style":
                self.style_attributes.append(value)
        if tag == "script" and "src" not in values and _is_executable(values.get("type")):
            self._open, self._text = "script", []
        elif tag == "style":
            self._open, self._text = "style", []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._open = None  # <script/> in HTML still opens a script; in SVG it is empty: no text to hash

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open == tag:
            text = "".join(self._text)
            (self.scripts if tag == "script" else self.styles).append(text)
            self._open = None


def _is_executable(script_type: str | None) -> bool:
    return script_type is None or script_type.strip().lower() in _JS_MIME


def _is_javascript_url(value: str) -> bool:
    # Browsers strip leading control characters/spaces and tabs/newlines anywhere in a URL.
    cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
    return cleaned.startswith("javascript:")


def collect_inline(html: str) -> Inline:
    """Every inline script, style element and attribute in `html` that the policy must account for."""
    parser = _InlineCollector()
    parser.feed(html)
    parser.close()
    return Inline(
        scripts=tuple(parser.scripts),
        styles=tuple(parser.styles),
        style_attributes=tuple(parser.style_attributes),
        script_attributes=tuple(parser.script_attributes),
    )


def sha256_source(text: str) -> str:
    """A CSP hash source for `text`, hashed as the browser does: UTF-8, newlines normalised to LF."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalised.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def policy_for(inline: Inline) -> str:
    """The policy text for a page with these inline parts: the fixed directives plus hashes.

    Style attributes (if a page has any) are allowed one by one with `'unsafe-hashes'` and their
    hashes, which is stricter than `'unsafe-inline'`: only those exact attribute values apply.
    """
    directives = dict(_FIXED)
    directives["script-src"] += _unique([sha256_source(s) for s in inline.scripts])
    style_hashes = [sha256_source(s) for s in inline.styles]
    if inline.style_attributes:
        style_hashes = ["'unsafe-hashes'", *style_hashes, *(sha256_source(s) for s in inline.style_attributes)]
    directives["style-src"] += _unique(style_hashes)
    return "; ".join(" ".join((name, *sources)) for name, sources in directives.items())


def insert_policy(html: str, policy: str) -> str:
    """`html` with exactly one CSP meta tag, placed before anything a policy governs.

    Right after `<meta charset>` when it opens <head> (the charset must stay within the first
    1024 bytes), else right after `<head>`, else at the top (a parser puts a leading <meta> in
    the implied <head>).
    """
    html = _CSP_META.sub("", html)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    head = _HEAD_START.search(html)
    if head:
        return f"{html[: head.end()]}\n    {tag}{html[head.end() :]}"
    doctype = _DOCTYPE.match(html)
    at = doctype.end() if doctype else 0
    return f"{html[:at]}\n{tag}\n{html[at:]}"


def secure(html: str, where: str) -> str:
    """`html` with its policy; warns (failing `mkdocs build --strict`) about what no hash can allow."""
    inline = collect_inline(html)
    for tag, attribute in inline.script_attributes:
        log.warning(
            "%s: <%s %s=...> is inline script the Content Security Policy blocks; "
            "attach the behaviour from a script file instead.",
            where,
            tag,
            attribute,
        )
    return insert_policy(html, policy_for(inline))


# --- MkDocs events --------------------------------------------------------------------------------
# Lowest priority: run after every other hook or plugin has finished changing the page.


@event_priority(-100)
def on_post_page(output: str, page: Any, config: Any, **kwargs: Any) -> str:
    return secure(output, page.file.src_uri)


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: Any, **kwargs: Any) -> str:
    # Static templates (404.html, sitemap.xml) do not pass through on_post_page.
    if not template_name.endswith(".html"):
        return output_content
    return secure(output_content, template_name)


@event_priority(-100)
def on_post_build(config: Any, **kwargs: Any) -> None:
    """Cover HTML files copied verbatim from docs/ (they skip the page events)."""
    site = Path(config["site_dir"])
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if _CSP_META.search(text):
            continue
        path.write_text(secure(text, str(path.relative_to(site))), encoding="utf-8")
