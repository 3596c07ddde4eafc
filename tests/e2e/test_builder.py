"""The letter builder end to end: real Chromium, real Pyodide, real wheels, the built site over HTTP."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from builder_page import (
    STEP_TIMEOUT_MS,
    builder_axe_violations,
    expect_answers_kept_then_retry,
    fill_basics,
    letter,
    open_builder,
    download_text,
    preview,
    stored_applications,
    wait_ready,
    wait_stored,
)
from followup import answers as followup_answers
from followup import applications as followup_applications
from followup.schema import SCHEMA_VERSION


def test_every_main_field_has_its_exact_accessible_name(page: Page, site_url: str) -> None:
    page.goto(site_url + "builder/")
    for name in ("Letter type", "Company", "Role", "Your name", "Interview date", "Tone", "Channel"):
        expect(page.get_by_label(name, exact=True)).to_have_count(1)
    expect(page.get_by_label("Interviewer name", exact=True)).to_have_count(1)
    expect(page.get_by_role("button", name="Add interviewer")).to_be_visible()
    # Not a live region (the whole letter would be read again on every keystroke): a summary is.
    expect(preview(page)).not_to_have_attribute("aria-live", re.compile(".*"))
    expect(preview(page).get_by_role("status")).to_have_count(1)
    expect(page.get_by_role("region", name="Checks")).to_be_visible()


def test_a_one_line_summary_is_announced_once_typing_pauses(builder: Page) -> None:
    page = builder
    fill_basics(page)
    summary = preview(page).get_by_role("status")
    expect(summary).to_have_text(re.compile(r"^Letter updated: \d+ words\.$"), timeout=STEP_TIMEOUT_MS)
    page.get_by_label("Company", exact=True).fill("")
    expect(summary).to_have_text(re.compile(r"^No letter yet: 1 answer to fix"), timeout=STEP_TIMEOUT_MS)


def test_a_half_typed_date_says_it_is_not_a_date_not_that_it_is_missing(builder: Page) -> None:
    page = builder
    fill_basics(page)
    date = page.get_by_label("Interview date", exact=True)
    date.fill("")
    date.focus()
    page.keyboard.type("02302026")  # 30 February 2026
    page.get_by_label("Role", exact=True).focus()
    error = page.locator("#f-interview_date-error")
    expect(error).to_have_text(re.compile(r"^Interview date is not a real date\. Finish typing it"), timeout=STEP_TIMEOUT_MS)
    expect(date).to_have_attribute("aria-invalid", "true")
    # The preview's list of what to sort out says the same, not "required".
    expect(letter(page).get_by_role("link", name=re.compile("^Interview date is not a real date"))).to_be_visible()
    expect(letter(page)).not_to_contain_text("is required")
    expect(preview(page).get_by_role("status")).to_have_text(re.compile("^No letter yet: 1 answer to fix"),
                                                             timeout=STEP_TIMEOUT_MS)


def test_an_impossible_optional_time_stops_the_letter_instead_of_being_ignored(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page).locator("article")).to_have_count(1)
    time = page.get_by_label("Interview time", exact=True)
    time.focus()
    page.keyboard.type("10")  # hours only
    page.get_by_label("Role", exact=True).focus()
    expect(page.locator("#f-interview_time-error")).to_have_text(re.compile("^Interview time is not a complete time"),
                                                                 timeout=STEP_TIMEOUT_MS)
    expect(letter(page).locator("article")).to_have_count(0)  # no "on time" advice that assumes no time
    expect(page.locator("[data-fk-findings] li")).to_have_count(0)
    time.fill("")
    page.get_by_label("Role", exact=True).focus()
    expect(letter(page).locator("article")).to_have_count(1, timeout=STEP_TIMEOUT_MS)


def test_form_is_fillable_without_the_runtime_and_a_failure_keeps_the_answers(page: Page, site_url: str) -> None:
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    page.goto(site_url + "builder/")
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    expect(page.locator("[data-fk-status]")).to_contain_text("could not start", timeout=60_000)
    expect_answers_kept_then_retry(page, "**/assets/pyodide/**")


STAGES = ("Downloading the runtime", "Starting Python", "Loading the composer")

# Records every text the loading status shows, from the first paint on.
RECORD_STATUS = """
window.__statuses = [];
new MutationObserver(() => {
  const el = document.querySelector("[data-fk-status-text]");
  const bytes = document.querySelector("[data-fk-status-bytes]");
  if (el) window.__statuses.push(el.textContent + " " + (bytes ? bytes.textContent : ""));
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


def test_loading_shows_each_stage_in_order_with_bytes(page: Page, site_url: str) -> None:
    page.add_init_script(RECORD_STATUS)
    # A download over a real connection's speed (100 Mbit/s): on a fast local server a loaded machine
    # could finish it before the first progress report, and the stage would pass unseen.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 0,
                                                  "downloadThroughput": 100e6 / 8, "uploadThroughput": 100e6 / 8})
    open_builder(page, site_url)
    statuses: list[str] = page.evaluate("window.__statuses")
    seen = [stage for text in statuses for stage in STAGES if text.startswith(stage)]
    order = [stage for i, stage in enumerate(seen) if i == 0 or seen[i - 1] != stage]
    assert order[0] == "Downloading the runtime" and order[-1] == "Loading the composer"
    assert order == sorted(order, key=STAGES.index)
    assert any(re.search(r"Downloading the runtime… \d+\.\d MB|of \d+\.\d MB", text) for text in statuses)


def test_preview_follows_typing_tone_and_channel(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    expect(letter(page)).to_contain_text("Dana")

    warm = letter(page).inner_text()
    page.get_by_label("Tone", exact=True).select_option("formal")
    expect(letter(page)).not_to_have_text(warm)

    page.get_by_label("Channel", exact=True).select_option("message")
    count = page.locator("[data-fk-count]")
    expect(count).to_have_text(re.compile(r"^\d+ of 200 characters$"))  # a free LinkedIn note, the strictest
    assert 0 < int(count.inner_text().split()[0]) <= 200
    page.get_by_label("Short message sent as", exact=True).select_option("linkedin-note-premium")
    expect(count).to_have_text(re.compile(r"^\d+ of 300 characters$"))
    assert 0 < int(count.inner_text().split()[0]) <= 300


def test_kind_shows_only_the_fields_it_uses(builder: Page) -> None:
    page = builder
    topic = page.get_by_label("What you discussed with them", exact=True).first
    feedback = page.get_by_label("Ask for feedback", exact=True)
    expect(topic).to_be_visible()
    expect(feedback).to_be_hidden()
    page.get_by_label("Letter type", exact=True).select_option("after-rejection")
    expect(topic).to_be_hidden()
    expect(feedback).to_be_visible()


def test_each_interviewer_gets_a_tab_with_their_own_note(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_role("button", name="Add interviewer").click()
    page.get_by_label("Interviewer name", exact=True).nth(1).fill("Sam Patel")
    page.get_by_label("What you discussed with them", exact=True).nth(1).fill("the data pipeline migration")

    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(2)
    expect(tabs.nth(0)).to_have_text("Dana Lee")
    expect(tabs.nth(1)).to_have_text("Sam Patel")
    expect(tabs.nth(0)).to_have_attribute("aria-selected", "true")
    expect(letter(page)).to_contain_text("Dana")
    # Dana's note is read once the last answer typed (Sam's topic) is composed: every answer moves
    # the choice of phrasing, so a note read before it may be replaced.
    tabs.nth(1).click()
    expect(letter(page)).to_contain_text("data pipeline migration")
    tabs.nth(0).click()
    expect(tabs.nth(0)).to_have_attribute("aria-selected", "true")
    expect(letter(page)).to_contain_text("Dana")
    first = letter(page).inner_text()

    tabs.nth(1).click()
    expect(tabs.nth(1)).to_have_attribute("aria-selected", "true")
    expect(letter(page)).to_contain_text("Sam")
    expect(letter(page)).to_contain_text("data pipeline migration")
    expect(page.get_by_role("tabpanel")).to_be_visible()
    assert letter(page).inner_text() != first

    page.keyboard.press("ArrowLeft")
    expect(tabs.nth(0)).to_be_focused()
    expect(letter(page)).to_have_text(first)

    page.get_by_role("button", name="Remove interviewer 2").click()
    expect(page.get_by_role("tab")).to_have_count(0)
    expect(page.get_by_label("Interviewer name", exact=True)).to_have_count(1)


def test_a_third_check_in_is_refused_with_the_reason_and_a_guide_link(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_label("Letter type", exact=True).select_option("check-in")
    page.get_by_label("Which check-in", exact=True).fill("3")
    expect(letter(page)).to_contain_text("third check-in")
    expect(page.get_by_role("button", name="Download .txt")).to_be_disabled()
    guide = page.get_by_role("region", name="Checks").get_by_role("link").first
    expect(guide).to_have_attribute("href", re.compile(r"/check-in/#how-many$"))
    page.get_by_label("Which check-in", exact=True).fill("2")
    expect(page.get_by_role("button", name="Download .txt")).to_be_enabled()


def test_errors_sit_next_to_their_fields_and_in_a_summary(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    company = page.get_by_label("Company", exact=True)
    company.fill("")
    company.blur()
    expect(company).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#f-company-error")).to_be_visible()
    summary_link = preview(page).get_by_role("link").first
    expect(summary_link).to_be_visible()
    summary_link.click()
    expect(company).to_be_focused()


def test_draft_comes_back_after_a_reload(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_role("button", name="Add interviewer").click()
    page.get_by_label("Interviewer name", exact=True).nth(1).fill("Sam Patel")
    page.get_by_label("Tone", exact=True).select_option("brief")
    page.reload()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    expect(page.get_by_label("Tone", exact=True)).to_have_value("brief")
    expect(page.get_by_label("Interviewer name", exact=True)).to_have_count(2)
    expect(page.get_by_label("Interviewer name", exact=True).nth(1)).to_have_value("Sam Patel")
    wait_ready(page)
    expect(page.get_by_role("tab")).to_have_count(2)


def test_saved_answers_are_the_file_the_command_line_reads(builder: Page, site_url: str, tmp_path: Path) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    name, text = download_text(page, "Save all")
    assert name.endswith(".json")
    loaded = followup_applications.loads(text)
    assert loaded.problems == ()
    [application] = loaded.applications
    assert application.answers.company == "Northwind Traders"
    assert application.answers.interviewers[0].name == "Dana Lee"
    answers = json.loads(text)["applications"][0]["answers"]
    assert answers["schema_version"] == SCHEMA_VERSION
    assert followup_answers.loads(json.dumps(answers)).company == "Northwind Traders"  # each one an answers file

    # Start over (inline confirmation, no browser dialog), then load the file back over it.
    page.on("dialog", lambda dialog: (_ for _ in ()).throw(AssertionError(f"unexpected dialog: {dialog.message}")))
    page.get_by_role("button", name="Start over").click()
    page.get_by_role("button", name="Clear everything").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("")
    saved = tmp_path / "applications.json"
    saved.write_text(text, encoding="utf-8")
    page.get_by_label("Load", exact=True).set_input_files(saved)
    page.get_by_role("button", name="Replace").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    expect(letter(page)).to_contain_text("Dana")


def test_the_saved_file_keeps_answers_the_chosen_letter_type_does_not_use(builder: Page, tmp_path: Path) -> None:
    page = builder
    fill_basics(page)
    page.get_by_label("Letter type", exact=True).select_option(label="Reply to a rejection")
    name, text = download_text(page, "Save all")
    saved = json.loads(text)["applications"][0]["answers"]
    assert saved["kind"] == "after-rejection"
    assert saved["interviewers"][0]["topic"] == "the quarterly churn dashboard"
    assert followup_answers.loads(json.dumps(saved)).kind == "after-rejection"  # still a file the command line reads

    page.get_by_role("button", name="Start over").click()
    page.get_by_role("button", name="Clear everything").click()
    (tmp_path / name).write_text(text, encoding="utf-8")
    page.get_by_label("Load", exact=True).set_input_files(tmp_path / name)
    page.get_by_role("button", name="Replace").click()
    expect(page.get_by_label("Letter type", exact=True)).to_have_value("after-rejection")
    page.get_by_label("Letter type", exact=True).select_option(label="Thank-you note")
    expect(page.get_by_label("What you discussed with them", exact=True)).to_have_value("the quarterly churn dashboard")


def test_loading_an_answers_file_adds_an_application_and_keeps_the_one_there(builder: Page, tmp_path: Path) -> None:
    page = builder
    fill_basics(page, company="My Real Company")
    expect(letter(page)).to_contain_text("My Real Company")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"schema_version": 1, "kind": "thank-you", "company": "Other Co"}), encoding="utf-8")
    page.get_by_label("Load", exact=True).set_input_files(other)
    expect(page.get_by_label("Company", exact=True)).to_have_value("Other Co")
    expect(page.locator("[data-fk-file-message]")).to_contain_text("Loaded “other.json”: 1 added.")
    expect(page.get_by_label("Load", exact=True)).to_be_focused()  # not lost to the page's <body>
    # What was in the form is its own application, one click away.
    page.get_by_role("region", name="Your applications").get_by_role("button", name="My Real Company – Data Analyst").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("My Real Company")
    expect(page.get_by_label("Your name", exact=True)).to_have_value("Alex Morgan")
    expect(letter(page)).to_contain_text("My Real Company")
    wait_stored(page, "apps => apps.length === 2")
    assert sorted(a["answers"]["company"] for a in stored_applications(page)) == ["My Real Company", "Other Co"]


def test_escape_closes_the_start_over_question_and_keeps_the_answers(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_role("button", name="Start over").click()
    expect(page.get_by_role("button", name="Keep my answers")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Clear everything")).to_be_hidden()
    expect(page.get_by_role("button", name="Start over")).to_be_focused()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")


def test_a_bad_answers_file_is_refused_and_the_draft_stays(builder: Page) -> None:
    page = builder
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    # Stored once the typing pauses (typing-pause.js): wait for the last answer fill_basics typed.
    wait_stored(page, "apps => apps.length === 1 && apps[0].answers.interviewers[0]?.topic === "
                      "'the quarterly churn dashboard'")
    before = stored_applications(page)
    message = page.locator("[data-fk-file-message]")
    bad_files = {
        "broken.json": b'{"schema_version": 1, "company": ',
        "newer.json": json.dumps({"schema_version": 99, "company": "Other"}).encode(),
        "unknown.json": json.dumps({"schema_version": 1, "company": "Other", "salary": 1}).encode(),
        "list.json": b"[1, 2, 3]",
    }
    for name, body in bad_files.items():
        page.get_by_label("Load", exact=True).set_input_files(
            files=[{"name": name, "mimeType": "application/json", "buffer": body}]
        )
        expect(message).to_contain_text(f"“{name}” was not loaded")
        expect(message).to_contain_text("Your applications are unchanged")
        expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
        assert stored_applications(page) == before


def test_start_over_asks_first(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_role("button", name="Start over").click()
    page.get_by_role("button", name="Keep my answers").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    page.get_by_role("button", name="Start over").click()
    page.get_by_role("button", name="Clear everything").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("")
    expect(page.get_by_label("Interviewer name", exact=True)).to_have_value("")
    wait_stored(page, "apps => apps.length === 1 && apps[0].answers.company === undefined")


def test_blocked_storage_warns_and_composing_goes_on(page: Page, site_url: str) -> None:
    page.add_init_script(
        "IDBFactory.prototype.open = function () { throw new DOMException('denied', 'SecurityError'); };"
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});"
    )
    open_builder(page, site_url)
    expect(page.locator("[data-fk-storage-warning]")).to_contain_text("Save all")
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")


def test_nothing_is_requested_from_another_origin(page: Page, site_url: str, foreign_requests: list[str]) -> None:
    open_builder(page, site_url)
    fill_basics(page)
    page.get_by_label("Channel", exact=True).select_option("letter")
    expect(letter(page)).to_contain_text("Northwind Traders")
    page.goto(site_url)
    assert foreign_requests == []


def test_keeps_composing_with_the_network_cut(builder: Page, context: BrowserContext) -> None:
    page = builder
    context.set_offline(True)
    fill_basics(page, company="Offline Widgets")
    expect(letter(page)).to_contain_text("Offline Widgets")
    page.get_by_label("Tone", exact=True).select_option("brief")
    page.get_by_label("Your name", exact=True).fill("Robin Offline")
    expect(letter(page)).to_contain_text("Robin Offline")
    page.get_by_role("button", name="Download .txt").click()
    expect(page.locator("[data-fk-export-message]")).to_contain_text("Downloaded")


def test_works_under_a_sub_path(page: Page, subpath_url: str, foreign_requests: list[str]) -> None:
    assert subpath_url.endswith("/follow-up-kit/")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_builder(page, subpath_url)
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    guide_links = page.get_by_role("region", name="Checks").get_by_role("link")
    expect(guide_links.first).to_be_visible()
    for href in guide_links.evaluate_all("links => links.map(a => a.href)"):
        assert "/follow-up-kit/" in href
    assert all("/follow-up-kit/" in url for url in requested if "/assets/" in url)
    assert foreign_requests == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations_with_errors_tabs_and_checks(builder: Page, scheme: str) -> None:
    page = builder
    page.emulate_media(color_scheme=scheme)
    fill_basics(page)
    page.get_by_role("button", name="Add interviewer").click()
    page.get_by_label("Interviewer name", exact=True).nth(1).fill("Sam Patel")
    expect(page.get_by_role("tab")).to_have_count(2)
    expect(page.get_by_role("region", name="Checks").get_by_role("listitem").first).to_be_visible()
    assert builder_axe_violations(page) == []

    company = page.get_by_label("Company", exact=True)
    company.fill("")
    company.blur()
    expect(company).to_have_attribute("aria-invalid", "true")
    assert builder_axe_violations(page) == []


def test_checks_follow_each_edit(builder: Page) -> None:
    """The checks list is only rebuilt when the findings change, so it must still change with them."""
    page = builder
    fill_basics(page)
    detail = (
        page.get_by_role("region", name="Checks")
        .get_by_role("listitem")
        .filter(has=page.locator("a[href$='#specific-detail']"))
    )
    expect(detail).to_have_class(re.compile(r"fk-finding--good"))
    topic = page.get_by_label("What you discussed with them", exact=True).first
    topic.fill("")
    expect(detail).to_have_class(re.compile(r"fk-finding--problem"))
    topic.fill("the churn dashboard for the sales team")
    expect(detail).to_have_class(re.compile(r"fk-finding--good"))


def test_a_name_typed_in_a_hurry_is_signed_in_ordinary_capitals_and_the_checks_say_so(builder: Page) -> None:
    """On a phone, in small letters: the letter writes each name and a title in capitals as a name
    is written, and the checks say what it wrote for each."""
    page = builder
    fill_basics(page, company="NORTHWIND TRADERS LTD", interviewer="dana lee")
    page.get_by_label("Your name", exact=True).fill("alex morgan")
    page.get_by_label("Role", exact=True).fill("DATA ANALYST")
    expect(letter(page)).to_contain_text("Alex Morgan")
    expect(letter(page)).to_contain_text("Dear Dana,")
    expect(letter(page)).to_contain_text("the Data Analyst role at Northwind Traders Ltd")
    for typed in ("alex morgan", "dana lee", "DATA ANALYST", "NORTHWIND"):
        expect(letter(page)).not_to_contain_text(typed)
    checks = page.get_by_role("region", name="Checks")
    expect(checks).to_contain_text('The letter signs your name "Alex Morgan", in ordinary capitals, not as typed '
                                   '("alex morgan").')
    expect(checks).to_contain_text('Check how "dana lee" spells their name')
    expect(checks).to_contain_text('The letter writes "Data Analyst", not "DATA ANALYST"')
    expect(checks).to_contain_text('the letter writes it "Northwind Traders Ltd"')


def test_the_workers_unseen_warm_up_renders_never_reach_the_page(builder: Page) -> None:
    """After a render the worker renders the same answers again, unseen, to warm the runtime up
    (worker.js); the page must only ever get the answers to its own requests, newest last."""
    page = builder
    fill_basics(page, company="Warm Traders")
    expect(letter(page)).to_contain_text("the quarterly churn dashboard")  # the last field filled
    app = page.locator("[data-fk-app]")
    shown = None  # the page's own renders are done once the count holds for half a second
    while (now := app.get_attribute("data-renders")) != shown:
        shown = now
        page.wait_for_timeout(500)
    page.wait_for_timeout(2500)  # the warm-up runs in these pauses (under half a second of renders)
    expect(app).to_have_attribute("data-renders", shown)
    page.get_by_label("Company", exact=True).fill("Cool Traders")
    expect(letter(page)).to_contain_text("Cool Traders")
    expect(letter(page)).not_to_contain_text("Warm Traders")


def test_address_them_as_shows_the_guess_and_overrides_it(builder: Page) -> None:
    page = builder
    fill_basics(page, interviewer="Nguyễn Thị Mai")
    address_as = page.get_by_label("Address them as", exact=True).first
    # A family-name-first name: the composer greets the whole name and says so before sending.
    expect(address_as).to_have_attribute("placeholder", "Nguyễn Thị Mai")
    expect(letter(page)).to_contain_text("Dear Nguyễn Thị Mai,")
    expect(page.get_by_text("cannot tell which part of it they go by")).to_be_visible()
    address_as.fill("Mai")
    expect(letter(page)).to_contain_text("Dear Mai,")
    expect(page.get_by_text("cannot tell which part of it they go by")).to_have_count(0)


@pytest.mark.parametrize(("locale", "style", "date_words"), [("en-GB", "en-GB", r"\d{1,2} [A-Z][a-z]+"),
                                                             ("en-US", "en-US", r"[A-Z][a-z]+ \d{1,2}")])
def test_a_new_form_writes_the_english_of_the_browser(new_context, site_url: str, locale: str, style: str,
                                                      date_words: str) -> None:
    context = new_context(locale=locale)
    try:
        page = open_builder(context.new_page(), site_url)
        expect(page.get_by_label("Letter language", exact=True)).to_have_value(style)
        fill_basics(page)
        page.get_by_label("Channel", exact=True).select_option("letter")
        expect(letter(page)).to_contain_text(re.compile(date_words + r",? 20\d\d"))
    finally:
        context.close()
