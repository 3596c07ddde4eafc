"""The Content Security Policy (scripts/sitebuild/csp.py): right in every built page, and right in Chromium.

The static checks read the built HTML with their own small parser (not the hook's), so a bug in the
hook's parsing cannot hide itself. The browser checks are the real proof: Chromium computes the
hashes itself and fires `securitypolicyviolation` for anything the policy blocks.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Route

from sitebuild import csp

# Recorded before any page script runs (init scripts are injected by the browser, outside CSP).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
"""

# A complete thank-you note (the package's own example answers), loaded through the builder's
# "Load answers" input.
ANSWERS = files("followup.examples") / "thank-you.json"
LETTER_IN_PREVIEW = "[data-fk-letter] .letter"


# --- an independent reading of the built HTML -----------------------------------------------------


class _Page(HTMLParser):
    """Element order, CSP metas, inline scripts/styles and inline attributes of one HTML file."""

    GOVERNED = {"script", "style", "link", "base", "iframe", "object", "embed", "img"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.policies: list[str] = []
        self.first_governed_at: int | None = None  # element index of the first script/style/link/...
        self.first_policy_at: int | None = None
        self.inline_scripts: list[str] = []
        self.inline_styles: list[str] = []
        self.style_attributes: list[str] = []
        self.script_attributes: list[str] = []
        self._count = 0
        self._capture: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._count += 1
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.policies.append(a.get("content", ""))
            if self.first_policy_at is None:
                self.first_policy_at = self._count
        if tag in self.GOVERNED and self.first_governed_at is None:
            self.first_governed_at = self._count
        for name, value in a.items():
            if name.startswith("on") or re.sub(r"\s", "", value).lower().startswith("javascript:"):
                self.script_attributes.append(f"<{tag} {name}>")
            if name == "style":
                self.style_attributes.append(value)
        runs = a.get("type", "").strip().lower() in {"", "module", "text/javascript", "application/javascript"}
        if tag == "script" and "src" not in a and runs:
            self._capture, self._text = "script", []
        elif tag == "style":
            self._capture, self._text = "style", []

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._capture == tag:
            (self.inline_scripts if tag == "script" else self.inline_styles).append("".join(self._text))
            self._capture = None


def _read(path: Path) -> _Page:
    parsed = _Page()
    parsed.feed(path.read_text(encoding="utf-8"))
    parsed.close()
    return parsed


def _directives(policy: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in policy.split(";"):
        if part.strip():
            name, *sources = part.split()
            assert name.lower() not in out, f"directive {name} given twice"
            out[name.lower()] = sources
    return out


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _html_files(site_dir: Path) -> list[Path]:
    files = sorted(site_dir.rglob("*.html"))
    assert files, "no HTML in the built site"
    return files


def _url(site_url: str, site_dir: Path, path: Path) -> str:
    relative = path.relative_to(site_dir).as_posix()
    return site_url + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def _policies(site_dir: Path) -> dict[str, dict[str, list[str]]]:
    out = {}
    for path in _html_files(site_dir):
        page = _read(path)
        assert len(page.policies) == 1, f"{path}: {len(page.policies)} CSP meta tags"
        out[str(path.relative_to(site_dir))] = _directives(page.policies[0])
    return out


# --- the built pages --------------------------------------------------------------------------------


def test_every_page_has_one_policy_before_any_script_style_or_link(site_dir: Path) -> None:
    wrong = []
    for path in _html_files(site_dir):
        page = _read(path)
        if len(page.policies) != 1:
            wrong.append(f"{path.relative_to(site_dir)}: {len(page.policies)} policies")
        elif page.first_governed_at is not None and (page.first_policy_at or 0) > page.first_governed_at:
            wrong.append(f"{path.relative_to(site_dir)}: policy comes after a script, style or link")
    assert wrong == []


def test_the_404_page_has_a_policy(site_dir: Path) -> None:
    assert len(_read(site_dir / "404.html").policies) == 1


def test_scripts_never_run_inline_code_or_eval_by_policy(site_dir: Path) -> None:
    for name, policy in _policies(site_dir).items():
        script_src = policy["script-src"]
        assert "'self'" in script_src, name
        for loose in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "blob:", "data:"):
            assert loose not in script_src, f"{name}: script-src has {loose}"


def test_policies_name_no_origin_but_the_site_itself(site_dir: Path) -> None:
    keywords = {"'self'", "'none'", "'wasm-unsafe-eval'", "'unsafe-hashes'"}
    for name, policy in _policies(site_dir).items():
        for directive, sources in policy.items():
            for source in sources:
                allowed = (
                    source in keywords
                    or re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", source)
                    or (directive == "img-src" and source == "data:")
                )
                assert allowed, f"{name}: {directive} allows {source}"


def test_policies_refuse_everything_not_needed(site_dir: Path) -> None:
    for name, policy in _policies(site_dir).items():
        assert policy["default-src"] == ["'none'"], name
        for directive in ("object-src", "frame-src", "base-uri"):
            assert policy[directive] == ["'none'"], f"{name}: {directive}"
        for directive in ("connect-src", "worker-src", "font-src", "manifest-src", "form-action"):
            assert policy[directive] == ["'self'"], f"{name}: {directive}"
        assert policy["img-src"] == ["'self'", "data:"], name


def test_every_inline_script_that_runs_is_hashed_in_its_own_page_policy(site_dir: Path) -> None:
    missing = []
    hashed = 0
    for path in _html_files(site_dir):
        page = _read(path)
        script_src = _directives(page.policies[0])["script-src"]
        for script in page.inline_scripts:
            hashed += 1
            if _hash(script) not in script_src:
                missing.append(f"{path.relative_to(site_dir)}: {script[:60]!r}")
    assert missing == []
    assert hashed > 0, "Material's inline bootstrap scripts were not found: is the reading wrong?"


def test_inline_styles_are_allowed_only_by_hash(site_dir: Path) -> None:
    for path in _html_files(site_dir):
        page = _read(path)
        style_src = _directives(page.policies[0])["style-src"]
        assert "'unsafe-inline'" not in style_src, path
        for style in page.inline_styles + page.style_attributes:
            assert _hash(style) in style_src, f"{path}: {style[:60]!r}"
        assert ("'unsafe-hashes'" in style_src) == bool(page.style_attributes), path


def test_no_page_has_inline_event_handlers_or_javascript_urls(site_dir: Path) -> None:
    found = {str(p.relative_to(site_dir)): _read(p).script_attributes for p in _html_files(site_dir)}
    assert {name: attrs for name, attrs in found.items() if attrs} == {}


# --- the hook's pure functions --------------------------------------------------------------------


def test_hash_source_matches_the_csp_specification_example() -> None:
    assert csp.sha256_source("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def test_hash_source_normalises_newlines_as_the_html_parser_does() -> None:
    assert csp.sha256_source("a();\r\nb();\rc();") == csp.sha256_source("a();\nb();\nc();")


def test_json_data_blocks_are_not_hashed_but_classic_and_module_scripts_are() -> None:
    inline = csp.collect_inline(
        '<script>one()</script><script type="module">two()</script>'
        '<script id="__config" type="application/json">{"a": 1}</script>'
        '<script type="importmap">{"imports": {}}</script><script src="x.js"></script>'
    )
    assert inline.scripts == ("one()", "two()", '{"imports": {}}')


def test_a_page_without_style_attributes_gets_no_unsafe_hashes() -> None:
    policy = _directives(csp.policy_for(csp.collect_inline("<p>plain</p><style>p{color:red}</style>")))
    assert policy["style-src"] == ["'self'", _hash("p{color:red}")]


def test_style_attributes_are_allowed_one_by_one() -> None:
    policy = _directives(csp.policy_for(csp.collect_inline('<p style="color: red">x</p>')))
    assert policy["style-src"] == ["'self'", "'unsafe-hashes'", _hash("color: red")]
    assert "'unsafe-hashes'" not in policy["script-src"]


def test_policy_goes_right_after_meta_charset_and_replaces_any_other() -> None:
    html = (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta http-equiv="content-security-policy" content="script-src *"><script>x()</script></head></html>'
    )
    out = csp.secure(html, "test.html")
    page = _Page()
    page.feed(out)
    assert len(page.policies) == 1 and "script-src *" not in page.policies[0]
    assert out.index('<meta charset="utf-8">') < out.index("Content-Security-Policy") < out.index("<script>")
    assert csp.secure(out, "test.html") == out


def test_a_fragment_without_head_still_gets_the_policy_first() -> None:
    out = csp.secure("<p>hello</p><script>x()</script>", "fragment.html")
    assert out.lstrip().startswith('<meta http-equiv="Content-Security-Policy"')


def test_inline_event_handlers_and_javascript_urls_fail_the_strict_build(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.csp"):
        csp.secure('<a href=" JavaScript:go()">x</a><img src="a.png" onerror="go()">', "bad.md")
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.WARNING]
    assert "<a href=...>" in caplog.records[0].getMessage()
    assert "<img onerror=...>" in caplog.records[1].getMessage()


# --- in Chromium -------------------------------------------------------------------------------------


def _violations(page: Page) -> list[str]:
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__cspViolations")


def test_chromium_runs_hashed_scripts_and_blocks_others(page: Page, site_url: str) -> None:
    """The hook's hashes equal Chromium's (non-ASCII text, CRLF newlines), and the policy is enforced."""
    hashed = csp.secure(
        '<!doctype html><html><head><meta charset="utf-8">'
        '<script>window.__ran = "é ✓ 🙂";\r\nwindow.__ran += "!";</script></head><body>',
        "probe.html",
    )
    probe = hashed + '<script>window.__injected = true;</script><img src="x.png" onerror="window.__injected=true">'
    probe_url = site_url + "__csp_probe__.html"
    page.route(probe_url, lambda route: route.fulfill(body=probe.encode("utf-8"), content_type="text/html"))
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(probe_url)
    assert page.evaluate("window.__ran") == "é ✓ 🙂!"
    assert page.evaluate("window.__injected === undefined")
    assert len(_violations(page)) == 2


def test_every_page_runs_without_a_policy_violation(
    page: Page, site_dir: Path, site_url: str, foreign_requests: list[str]
) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    seen = {}
    for path in _html_files(site_dir):
        if path.name == "404.html":
            continue
        url = _url(site_url, site_dir, path)
        response = page.goto(url)
        assert response and response.ok, url
        seen[url] = _violations(page)
    assert {url: found for url, found in seen.items() if found} == {}
    assert foreign_requests == []


@pytest.mark.parametrize("where", ["root", "subpath"])
def test_the_404_page_runs_without_a_policy_violation(
    page: Page, site_url: str, subpath_url: str, foreign_requests: list[str], where: str
) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto((site_url if where == "root" else subpath_url) + "no-such-page/")
    assert response and response.status == 404
    page.wait_for_selector(".md-header")
    assert _violations(page) == []
    assert foreign_requests == []


def test_search_and_palette_toggle_run_without_a_policy_violation(
    page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    """Material's search worker, its result rendering and the palette switch stay inside the policy."""
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(site_url)
    # Typed key by key, once the index is loaded: a `fill` (focus and one input event, no key
    # events) was missed by Material's search about one time in six.
    page.wait_for_selector(".md-search-result__meta:text('Type to start searching')", state="attached")
    page.locator("input[data-md-component=search-query]").press_sequentially("letter", delay=20)
    page.wait_for_selector(".md-search-result__item mark", state="attached")
    scheme = page.get_attribute("body", "data-md-color-scheme")
    page.keyboard.press("Escape")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.get_attribute("body", "data-md-color-scheme") != scheme
    assert _violations(page) == []
    assert foreign_requests == []


def _compose_in_builder(page: Page, builder_url: str, answers_file: Path) -> None:
    page.goto(builder_url)
    page.set_input_files("[data-fk-load]", str(answers_file))
    page.wait_for_selector(LETTER_IN_PREVIEW, timeout=120_000)


@pytest.fixture()
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(ANSWERS.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["root", "subpath"])
def test_the_builder_composes_a_letter_without_a_policy_violation(
    page: Page, site_url: str, subpath_url: str, foreign_requests: list[str], answers_file: Path, where: str
) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    _compose_in_builder(page, (site_url if where == "root" else subpath_url) + "builder/", answers_file)
    assert "Dana" in page.inner_text(LETTER_IN_PREVIEW)
    # Downloads are blob: URLs on a hidden <a download>: a download, which no directive governs.
    with page.expect_download() as download:
        page.click("[data-fk-download=html]")
    assert download.value.suggested_filename.endswith(".html")
    assert _violations(page) == []
    assert foreign_requests == []


# What the Pyodide worker would get on a host that can send headers: no 'unsafe-eval' at all.
WORKER_HEADER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"


def _serve_worker_with(context: BrowserContext, policy: str) -> list[str]:
    """Serve the builder's worker script with `policy` as a response header; returns the URLs served."""
    served: list[str] = []

    def with_policy(route: Route) -> None:
        response = route.fetch()
        served.append(route.request.url)
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": policy})

    context.route("**/assets/builder/worker.js*", with_policy)
    return served


def test_the_worker_obeys_its_own_header_policy_not_the_page_one(context: BrowserContext, page: Page, site_url: str) -> None:
    """Control for the next test: a header without 'wasm-unsafe-eval' does stop Pyodide in the worker."""
    served = _serve_worker_with(context, "default-src 'none'; script-src 'self'; connect-src 'self'")
    with page.expect_console_message(
        lambda m: "WebAssembly" in m.text and "Content Security" in m.text, timeout=120_000
    ):
        page.goto(site_url + "builder/")
    assert served


def test_pyodide_needs_only_wasm_unsafe_eval_in_its_worker(
    context: BrowserContext, page: Page, site_url: str, answers_file: Path
) -> None:
    """A worker's policy comes from its own response headers, never from the page's meta tag.

    GitHub Pages sends none, so the meta policy cannot restrict the worker. Here the worker script is
    served with a strict header policy (as a host with headers, or a service worker, could do) to
    prove that Pyodide, Jinja2 and the composer never need `'unsafe-eval'`.
    """
    served_with_policy = _serve_worker_with(context, WORKER_HEADER_POLICY)
    worker_messages: list[str] = []
    page.on("worker", lambda worker: worker.on("console", lambda m: worker_messages.append(m.text)))
    _compose_in_builder(page, site_url + "builder/", answers_file)
    assert served_with_policy, "the worker script did not pass through the policy route"
    assert "Dana" in page.inner_text(LETTER_IN_PREVIEW)
    assert [m for m in worker_messages if "Content Security Policy" in m] == []
