"""Hostile text in every text field of the real builder, in Chromium: shown literally or refused, never run.

Coverage. The corpus (hostile_corpus.py, 248 strings: HTML, <script>, SVG and event handlers,
javascript:/data: URLs, Jinja `{{ }}` `{% %}` `{# #}`, Python format and %-syntax, bidirectional
controls, zero-width characters, emoji and combining marks, control characters, 100 kB strings)
meets each of the 16 text fields (every string/text/email/url/tel field of the schema, with the
first interviewer row) at least once: hostile_plan.py batches (field, string) pairs into renders,
each field holding a different string, 230 renders for the pairs the composer accepts and 248 for
those it refuses. Every render is checked in the preview; the first render and every 25th of the
accepted ones also through every export (.txt, .md, .html, .eml, .ics, copy), and a few renders on
the email and short-message channels against the composer.

What "literally" means: the preview's text and every export equal what the host's own composer
(the package the site's wheel is built from) makes from exactly the answers the page sent its worker
(recorded by an init script), and each accepted string appears verbatim in the printed letter up to
the composer's documented normalisation (hostile_plan.core: whitespace runs collapsed, trailing
stops dropped, first letter's case, commas of an address as line breaks). So `{{ 7*7 }}` stays
`{{ 7*7 }}`: no template code runs. Refused strings (control characters, lone surrogates, over the
limit, not an address or link) give exactly the composer's field messages, each linking to its field.

"Never run": no dialog (page.on("dialog") fails the test), no Content Security Policy violation
(recorded from the first paint by an init script), the canary `window.__pwned` that the payloads
set is never set, and the preview holds only the composer's own elements.
"""

from __future__ import annotations

import email
import email.policy
import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page

from builder_page import open_builder
from followup.as_written import company_name, job_title
from followup.bundle import render
from followup.compose import role_title
from followup.names import ordinary_capitals
from followup.shapes import shape
from followup.wording import lower_first_word
from hostile_plan import NOT_PRINTED, Plan, collapse, core, make_plan, values_for

FREE_TEXT = {"topic": "topic", "their_needs": "needs", "your_strength": "strength", "forgot_to_mention": "forgot"}
"""Answers the composer reads for their shape (followup.shapes) before placing them in a sentence."""

RECORD = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} ${e.sample}`);
});
// The exact answers the page sends its worker, JSON-encoded so lone surrogates survive the trip.
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === "render") window.__lastSent = JSON.stringify(message);
  return post.call(this, message, ...rest);
};
"""

# Puts each value into its field (bypassing maxlength, as a script or a stale draft could), sends one
# input event, waits for the page's next result and reports what the page shows.
SET_AND_RENDER = """
async (json) => {
  const { values, channel } = JSON.parse(json);
  const app = document.querySelector("[data-fk-app]");
  const form = app.querySelector("[data-fk-form]");
  const before = Number(app.dataset.renders || 0);
  form.elements.namedItem("channel").value = channel;
  form.elements.namedItem("interview_date").value = "2026-11-20";
  let last = null;
  for (const [path, value] of Object.entries(values)) {
    last = form.querySelector(`[data-path="${path}"]`);
    last.value = value;
  }
  last.dispatchEvent(new Event("input", { bubbles: true }));
  const started = Date.now();
  await new Promise((resolve, reject) => {
    const check = () => {
      if (Number(app.dataset.renders || 0) > before) resolve();
      else if (Date.now() - started > 60000) reject(new Error("no render within a minute"));
      else setTimeout(check, 10);
    };
    check();
  });
  const letter = app.querySelector("[data-fk-letter]");
  return JSON.stringify({
    sent: window.__lastSent,
    text: letter.textContent,
    summary: [...letter.querySelectorAll(".fk-summary li")].map((li) => ({
      href: li.querySelector("a")?.getAttribute("href") ?? null, text: li.textContent })),
    tags: [...new Set([...letter.querySelectorAll("*")].map((el) => el.localName))],
    attributes: [...new Set([...letter.querySelectorAll("*")].flatMap((el) => el.getAttributeNames()))],
  });
}
"""

LETTER_TAGS = {"article", "p", "br", "address", "div", "ul", "li", "a"}
LETTER_ATTRIBUTES_START = ("class", "data-", "href")


class _Text(HTMLParser):
    """Text and markup of an HTML document, by a parser independent of the page's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.depth = 0  # inside <article>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag == "article" or self.depth:
            self.depth += 1 if tag not in ("br", "meta") else 0

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in ("br",):
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def html_text(fragment: str) -> _Text:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def plan() -> Plan:
    return make_plan()


def _watch(page: Page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(RECORD)
    return dialogs


def _render(page: Page, values: dict[str, str], channel: str) -> dict:
    payload = json.dumps({"values": values, "channel": channel}, ensure_ascii=True)
    result = json.loads(page.evaluate(SET_AND_RENDER, payload))
    sent = json.loads(result["sent"])
    result["host"] = render(sent["answers"], sent["today"])
    result["answers"] = sent["answers"]
    return result


def _value_at(answers: dict, path: str) -> str | None:
    node: object = answers
    for part in path.split("."):
        if isinstance(node, list):
            node = node[int(part)] if int(part) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        if node is None:
            return None
    return node if isinstance(node, str) else None


def _assert_nothing_ran(page: Page, dialogs: list[str]) -> None:
    assert dialogs == []
    assert page.evaluate("() => window.__cspViolations") == []
    assert page.evaluate("() => window.__pwned === undefined")


def _download(page: Page, button: str) -> str:
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    return Path(info.value.path()).read_bytes().decode("utf-8")  # exact: CRLF stays CRLF


def _check_exports(page: Page, shown: dict, cores: list[str]) -> None:
    letter = shown["host"]["letters"][0]
    text = _download(page, "Download .txt")
    assert text == letter["text"]
    for c in cores:
        assert c in collapse(text)
    assert _download(page, "Download .md") == letter["md"]
    page_html = _download(page, "Download .html")
    assert page_html == letter["html"]  # the composer's own document (followup.formats.to_html_document)
    standalone = html_text(page_html)
    assert standalone.tags <= LETTER_TAGS | {"html", "head", "meta", "title", "style", "body"}
    assert all(a.startswith(LETTER_ATTRIBUTES_START) or a in ("lang", "charset", "name", "content")
               for a in standalone.attributes)
    assert "".join(standalone.text) == "".join(html_text(letter["article"]).text)
    for c in cores:
        assert c in collapse("".join(standalone.text))
    eml = _download(page, "Download .eml")
    assert eml == letter["eml"]
    body = email.message_from_string(eml, policy=email.policy.default).get_body().get_content()
    # The mail body is the letter without the printed address blocks: literally the same words.
    assert collapse(body) and collapse(body) in collapse(letter["text"])
    assert _download(page, "Download reminders (.ics)") == shown["host"]["ics"]
    page.get_by_role("button", name="Copy text").click()
    # An email's subject has its own button (a mail app has a box for it); other letters copy whole.
    by_email = shown["host"]["channel"] == "email"
    assert page.evaluate("navigator.clipboard.readText()") == (letter["body"] if by_email else letter["text"])
    if by_email:
        page.get_by_role("button", name="Copy subject").click()
        assert page.evaluate("navigator.clipboard.readText()") == letter["subject"]


def _as_written(path: str, sent: str, code: str) -> str:
    """A name, job title or company name typed all in small letters or capitals, as the letter writes
    it (`followup.as_written`, which `check` reports); any other answer as typed."""
    if path == "candidate.name" or (path.startswith("interviewers.") and path.endswith(".name")):
        return ordinary_capitals(" ".join(sent.split()))
    if path == "role" or (path.startswith("interviewers.") and path.endswith(".title")):
        return job_title(sent, code)
    return company_name(sent, code) if path == "company" else sent


def test_accepted_hostile_text_is_shown_literally_and_never_runs(
    page: Page, context: BrowserContext, site_url: str, plan: Plan
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    dialogs = _watch(page)
    open_builder(page, site_url)
    renders = plan.renders("accepted")
    checked: set[tuple[str, int]] = set()
    for r, render_plan in enumerate(renders):
        shown = _render(page, values_for(plan, render_plan), "letter")
        host = shown["host"]
        assert host["ok"], host["errors"]
        assert shown["summary"] == []
        assert shown["text"] == "".join(html_text(host["letters"][0]["article"]).text)
        assert set(shown["tags"]) <= LETTER_TAGS and all(
            a.startswith(LETTER_ATTRIBUTES_START) for a in shown["attributes"])
        page_text = collapse(shown["text"])
        cores = []
        for path, index in render_plan.items():
            if index is None or path in NOT_PRINTED:
                continue
            sent = _value_at(shown["answers"], path)
            assert sent is not None, path
            slot = FREE_TEXT.get(path.split(".")[-1])
            if slot:  # read for its shape: the letter holds the form it can place, or says it left it out
                if any(item["field"] == path for item in host["letters"][0]["left_out"]):
                    checked.add((path, index))
                    continue
                shaped = shape(sent, slot)
                forms = {f for f in (shaped.text, lower_first_word(shaped.text), shaped.quoted) if f}
                if not forms:  # nothing left to write (only emoji, say): `check` points at the field
                    checked.add((path, index))
                    continue
                assert any(collapse(f)[1:] in page_text for f in forms), (path, plan.strings[index][:80])
                checked.add((path, index))
                continue
            if path.endswith(".address_as"):  # a greeting's name: Unicode's composed form, ordinary capitals
                sent = ordinary_capitals(unicodedata.normalize("NFC", sent))
            sent = _as_written(path, sent, shown["answers"].get("language", "en-US"))
            if path == "role":  # a sentence names the role without links, brackets or notes (frames.role_parts)
                sent = role_title(sent)
            c = core(path, sent)
            assert c in page_text, (path, plan.strings[index][:80])
            if "{{ 7*7 }}" in sent:
                assert "{{ 7*7 }}" in page_text
            cores.append(c)
            checked.add((path, index))
        if r % 25 == 0:
            _check_exports(page, shown, cores)
        if r % 50 == 0:
            _assert_nothing_ran(page, dialogs)
    # The other channels, on a few renders: still exactly what the composer makes.
    for r, render_plan in enumerate(renders[:: len(renders) // 6]):
        for channel in ("email", "message"):
            shown = _render(page, values_for(plan, render_plan), channel)
            assert shown["host"]["ok"] and shown["text"] == "".join(
                html_text(shown["host"]["letters"][0]["article"]).text)
    _assert_nothing_ran(page, dialogs)
    expected = {(path, i) for path, indexes in plan.accepted.items() if path not in NOT_PRINTED for i in indexes}
    assert checked == expected
    assert len({i for _, i in checked}) >= 200


def test_refused_hostile_text_is_explained_by_its_field_and_never_runs(page: Page, site_url: str, plan: Plan) -> None:
    dialogs = _watch(page)
    open_builder(page, site_url)
    seen: set[tuple[str, int]] = set()
    for render_plan in plan.renders("refused"):
        shown = _render(page, values_for(plan, render_plan), "letter")
        host = shown["host"]
        assert not host["ok"]
        # Exactly one message per field, the composer's, each a link to its field.
        assert {e["path"] for e in host["errors"]} == set(render_plan)
        assert [item["text"] for item in shown["summary"]] == [e["message"] for e in host["errors"]]
        assert {item["href"] for item in shown["summary"]} == {
            "#f-" + path.replace(".", "-") for path in render_plan}
        assert set(shown["tags"]) <= LETTER_TAGS
        seen.update(render_plan.items())
    _assert_nothing_ran(page, dialogs)
    assert seen == {(path, i) for path, indexes in plan.refused.items() for i in indexes}
    # The page still answers and still writes letters after all of that.
    fine = values_for(plan, plan.renders("accepted")[0])
    assert _render(page, fine, "letter")["host"]["ok"]
