"""Every interview in one place, in real Chromium with the real composer: three applications made,
switched, marked sent and reloaded; "Save all" then "Load" in a fresh profile gives the same file;
the next step's action starts that letter; two tabs; storage refused; the old draft upgraded; all
of it offline after one visit; axe finds nothing, light and dark."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from builder_page import (
    APPLICATIONS_DB_NAME,
    applications,
    builder_axe_violations,
    fill_basics,
    letter,
    open_builder,
    stored_applications,
    wait_kept_offline,
    wait_ready,
    wait_stored,
)
from fixed_clock import FIXED_NOW, days_ago, week_of
from playwright.sync_api import BrowserContext, Page, expect

DRAFT_KEY = "followup:draft:v1"


def _app_button(page: Page, name: str):  # type: ignore[no-untyped-def]
    return applications(page).get_by_role("button", name=name, exact=True)


def _new_application(page: Page, company: str, role: str, interviewed: date) -> None:
    page.get_by_role("button", name="New application").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("")
    fill_basics(page, company=company)
    page.get_by_label("Role", exact=True).fill(role)
    page.get_by_label("Interview date", exact=True).fill(interviewed.isoformat())
    expect(_app_button(page, f"{company} – {role}")).to_be_visible()


def _save_all(page: Page, tmp_path: Path, name: str, today: date = FIXED_NOW.date()) -> Path:
    with page.expect_download() as info:
        page.get_by_role("button", name="Save all").click()
    assert info.value.suggested_filename == f"followup-applications-{today.isoformat()}.json"
    target = tmp_path / name
    info.value.save_as(target)
    return target


def _three_applications(page: Page, today: date = FIXED_NOW.date()) -> None:
    """Northwind and Fabrikam (interviewed yesterday) and Contoso, interviewed four days before
    `today`: its thank-you was due by the next working day's evening at the latest (a Friday's by
    Monday 10:00), so on every day of the week and at any hour it is overdue, and four days is too
    soon for the plan to turn it into a check-in."""
    fill_basics(page, interviewed=days_ago(1, today))
    expect(_app_button(page, "Northwind Traders – Data Analyst")).to_be_visible()
    _new_application(page, "Contoso", "Designer", days_ago(4, today))
    _new_application(page, "Fabrikam", "Engineer", days_ago(1, today))
    expect(applications(page).get_by_role("listitem")).to_have_count(3)
    wait_stored(page, "apps => apps.length === 3 && apps.some(a => a.answers.company === 'Fabrikam')")


def _switch_mark_and_follow(page: Page, today: date = FIXED_NOW.date()) -> None:
    """Switch to Northwind; mark its thank-you sent; the next step is a check-in, started in one click."""
    _app_button(page, "Northwind Traders – Data Analyst").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    expect(letter(page)).to_contain_text("Northwind Traders")
    expect(_app_button(page, "Northwind Traders – Data Analyst")).to_have_attribute("aria-current", "true")
    # The overdue thank-you to Contoso comes first, said in words.
    first = applications(page).get_by_role("listitem").first
    expect(first).to_contain_text("Contoso – Designer")
    expect(first).to_contain_text("Overdue:")

    page.get_by_role("button", name="Mark as sent").click()
    expect(page.locator("[data-fk-sent]")).to_contain_text("thank-you note to Dana Lee")
    step = page.locator("[data-fk-next-step]")
    expect(step).to_contain_text("Check in with Northwind Traders")
    page.get_by_role("button", name="Write the check-in").click()
    expect(page.get_by_label("Letter type", exact=True)).to_have_value("check-in")
    expect(page.get_by_label("Which check-in", exact=True)).to_have_value("1")
    expect(letter(page)).to_contain_text("Northwind Traders")
    wait_stored(page, "apps => apps.some(a => a.answers.company === 'Northwind Traders' && a.answers.kind === 'check-in'"
                      f" && a.record.sent.length === 1 && a.record.sent[0].date === '{today.isoformat()}')")


def test_three_applications_made_switched_marked_reloaded_saved_and_loaded_elsewhere(
    builder: Page, new_context: Callable[..., BrowserContext], site_url: str, tmp_path: Path
) -> None:
    page = builder
    _three_applications(page)
    _switch_mark_and_follow(page)
    [northwind] = [a for a in stored_applications(page) if a["answers"]["company"] == "Northwind Traders"]
    assert northwind["record"]["sent"] == [{"kind": "thank-you", "to": "Dana Lee", "date": FIXED_NOW.date().isoformat()}]

    page.reload()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    expect(page.get_by_label("Letter type", exact=True)).to_have_value("check-in")
    expect(applications(page).get_by_role("listitem")).to_have_count(3)
    wait_ready(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    _app_button(page, "Fabrikam – Engineer").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Fabrikam")
    expect(letter(page)).to_contain_text("Fabrikam")

    saved = _save_all(page, tmp_path, "first.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["applications_version"] == 1
    assert sorted(a["answers"]["company"] for a in data["applications"]) == ["Contoso", "Fabrikam", "Northwind Traders"]

    # A fresh profile: Load brings every application back, and Save all there writes the same file.
    fresh_context = new_context()
    try:
        other = fresh_context.new_page()
        other.goto(site_url + "builder/")
        expect(_app_button(other, "Untitled application")).to_be_visible()
        other.get_by_label("Load", exact=True).set_input_files(saved)
        expect(other.locator("[data-fk-file-message]")).to_contain_text("3 added")
        expect(applications(other).get_by_role("listitem")).to_have_count(3)
        again = _save_all(other, tmp_path, "second.json")
        assert json.loads(again.read_text(encoding="utf-8")) == data
        # The same file again: nothing is added twice.
        other.get_by_label("Load", exact=True).set_input_files(saved)
        expect(other.locator("[data-fk-file-message]")).to_contain_text("3 skipped")
        expect(applications(other).get_by_role("listitem")).to_have_count(3)
    finally:
        fresh_context.close()


def test_a_clash_asks_keep_both_replace_or_skip_and_an_answers_file_still_loads(builder: Page, tmp_path: Path) -> None:
    page = builder
    fill_basics(page)
    expect(_app_button(page, "Northwind Traders – Data Analyst")).to_be_visible()
    saved = _save_all(page, tmp_path, "mine.json")
    page.get_by_label("Your name", exact=True).fill("Alex M. Morgan")
    wait_stored(page, "apps => apps[0].answers.candidate.name === 'Alex M. Morgan'")

    page.get_by_label("Load", exact=True).set_input_files(saved)
    expect(page.get_by_role("button", name="Keep both")).to_be_focused()
    page.get_by_role("button", name="Replace").click()
    expect(page.get_by_label("Your name", exact=True)).to_have_value("Alex Morgan")
    expect(page.locator("[data-fk-file-message]")).to_contain_text("1 replaced")

    page.get_by_label("Your name", exact=True).fill("Alex M. Morgan")
    page.get_by_label("Load", exact=True).set_input_files(saved)
    expect(page.get_by_role("button", name="Keep both")).to_be_focused()
    page.get_by_role("button", name="Keep both").click()
    expect(applications(page).get_by_role("listitem")).to_have_count(2)

    page.get_by_label("Your name", exact=True).fill("A. Morgan")
    page.get_by_label("Load", exact=True).set_input_files(saved)
    expect(page.get_by_role("button", name="Keep both")).to_be_focused()
    page.keyboard.press("Escape")  # = Skip
    expect(page.locator("[data-fk-file-message]")).to_contain_text("1 skipped")
    expect(applications(page).get_by_role("listitem")).to_have_count(2)

    # Today's single answers file loads as one more application, shown at once.
    one = tmp_path / "answers.json"
    one.write_text(json.dumps({"schema_version": 2, "kind": "thank-you", "company": "Litware", "role": "Analyst"}))
    page.get_by_label("Load", exact=True).set_input_files(one)
    expect(page.get_by_label("Company", exact=True)).to_have_value("Litware")
    expect(_app_button(page, "Litware – Analyst")).to_have_attribute("aria-current", "true")
    expect(applications(page).get_by_role("listitem")).to_have_count(3)


def test_rename_and_delete_with_undo(builder: Page) -> None:
    page = builder
    fill_basics(page)
    page.get_by_role("button", name="Rename").click()
    page.get_by_label("Company for this application").fill("Northwind Ltd")
    page.get_by_role("button", name="Save the name").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Ltd")
    expect(_app_button(page, "Northwind Ltd – Data Analyst")).to_be_visible()
    page.get_by_role("button", name="Next round at this company").click()
    expect(page.get_by_label("Interview date", exact=True)).to_have_value("")
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Ltd")
    expect(applications(page).get_by_role("listitem")).to_have_count(2)
    page.get_by_role("button", name="Delete").click()
    expect(applications(page).get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("button", name="Undo delete")).to_be_focused()
    page.keyboard.press("Enter")
    expect(applications(page).get_by_role("listitem")).to_have_count(2)
    wait_stored(page, "apps => apps.length === 2")


def test_two_tabs_keep_each_others_edits_and_agree_on_the_same_one(builder: Page, context: BrowserContext, site_url: str) -> None:
    first = builder
    fill_basics(first)
    _new_application(first, "Contoso", "Designer", days_ago(2))
    second = context.new_page()
    second.goto(site_url + "builder/")
    wait_ready(second)
    _app_button(second, "Northwind Traders – Data Analyst").click()
    expect(second.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")

    # Different applications, at the same time: neither edit is lost.
    first.get_by_label("Role", exact=True).fill("Lead Designer")
    second.get_by_label("Role", exact=True).fill("Senior Analyst")
    wait_stored(first, "apps => apps.some(a => a.answers.role === 'Lead Designer') && apps.some(a => a.answers.role === 'Senior Analyst')")
    expect(_app_button(first, "Northwind Traders – Senior Analyst")).to_be_visible()
    expect(_app_button(second, "Contoso – Lead Designer")).to_be_visible()

    # The same application: the last edit wins and the other tab shows it.
    _app_button(first, "Northwind Traders – Senior Analyst").click()
    first.get_by_label("Your name", exact=True).fill("Alex Q. Morgan")
    expect(second.get_by_label("Your name", exact=True)).to_have_value("Alex Q. Morgan")
    expect(letter(second)).to_contain_text("Alex Q. Morgan")
    second.get_by_label("Your name", exact=True).fill("Alex Morgan-Reyes")
    expect(first.get_by_label("Your name", exact=True)).to_have_value("Alex Morgan-Reyes")
    wait_stored(first, "apps => apps.some(a => a.answers.candidate.name === 'Alex Morgan-Reyes')")


def test_storage_refused_keeps_everything_in_memory_and_offers_a_download(page: Page, site_url: str, tmp_path: Path) -> None:
    page.add_init_script(
        "IDBFactory.prototype.open = function () { throw new DOMException('denied', 'SecurityError'); };"
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});")
    open_builder(page, site_url)
    warning = page.locator("[data-fk-storage-warning]")
    expect(warning).to_contain_text("does not let the page keep your applications")
    expect(warning).to_contain_text("Save all")
    fill_basics(page)
    expect(letter(page)).to_contain_text("Northwind Traders")
    _new_application(page, "Contoso", "Designer", days_ago(2))
    _app_button(page, "Northwind Traders – Data Analyst").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    with page.expect_download() as info:
        warning.get_by_role("button", name="Download all applications").click()
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert sorted(a["answers"]["company"] for a in data["applications"]) == ["Contoso", "Northwind Traders"]


def test_the_old_draft_becomes_the_first_application(page: Page, site_url: str) -> None:
    page.goto(site_url + "builder/")
    expect(applications(page).get_by_role("listitem")).to_have_count(1)  # the page has read what is stored
    old = {"schema_version": 2, "kind": "thank-you", "company": "Upgrade Co", "role": "Analyst",
           "candidate": {"name": "Alex Morgan"}, "interviewers": [{"name": "Dana Lee"}]}
    # As a browser that used an earlier version left it: the draft, and no database yet.
    page.evaluate("([db, key, text]) => { indexedDB.deleteDatabase(db); localStorage.setItem(key, text); }",
                  [APPLICATIONS_DB_NAME, DRAFT_KEY, json.dumps(old)])
    page.reload()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Upgrade Co")
    expect(_app_button(page, "Upgrade Co – Analyst")).to_have_attribute("aria-current", "true")
    wait_stored(page, "apps => apps.length === 1 && apps[0].answers.company === 'Upgrade Co'")
    assert stored_applications(page)[0]["answers"] == old
    assert page.evaluate(f"() => localStorage.getItem('{DRAFT_KEY}')") is None


def _offline_with_three(visited: Page, context: BrowserContext, site_url: str) -> Page:
    """Once `visited` has kept the site offline: the network cut, the builder opened again in a new
    page of the same profile, and three applications made there."""
    wait_kept_offline(visited)
    context.set_offline(True)
    page = context.new_page()
    page.goto(site_url + "builder/")
    wait_ready(page)
    _three_applications(page)
    return page


def test_offline_after_one_visit_it_all_still_works(builder: Page, context: BrowserContext, site_url: str, tmp_path: Path) -> None:
    page = _offline_with_three(builder, context, site_url)
    _switch_mark_and_follow(page)
    page.reload()
    expect(page.get_by_label("Letter type", exact=True)).to_have_value("check-in")
    saved = _save_all(page, tmp_path, "offline.json")
    assert len(json.loads(saved.read_text(encoding="utf-8"))["applications"]) == 3


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations_with_applications_and_a_plan(builder: Page, scheme: str) -> None:
    page = builder
    page.emulate_media(color_scheme=scheme)
    _three_applications(page)
    _switch_mark_and_follow(page)
    page.get_by_role("button", name="Rename").click()
    expect(page.get_by_label("Company for this application")).to_be_focused()
    assert builder_axe_violations(page) == []


def test_the_list_and_switching_work_before_and_without_the_composer(page: Page, site_url: str) -> None:
    """No worker at all: the applications are the page's own, named at once from what is stored."""
    page.route("**/assets/builder/worker.js", lambda route: route.abort())
    page.goto(site_url + "builder/")
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    page.get_by_label("Role", exact=True).fill("Data Analyst")
    page.get_by_role("button", name="New application").click()
    page.get_by_label("Company", exact=True).fill("Contoso")
    page.get_by_label("Role", exact=True).fill("Designer")
    wait_stored(page, "apps => apps.length === 2 && apps.some(a => a.answers.role === 'Designer')")
    page.reload()
    expect(_app_button(page, "Northwind Traders – Data Analyst")).to_be_visible()
    expect(_app_button(page, "Contoso – Designer")).to_have_attribute("aria-current", "true")
    _app_button(page, "Northwind Traders – Data Analyst").click()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Northwind Traders")
    expect(page.locator("[data-fk-next-step]")).to_contain_text("once the composer has read")


@pytest.mark.parametrize(("width", "height", "scheme"), [(360, 740, "light"), (390, 844, "dark")])
def test_on_a_phone_offline_the_letter_due_next_is_found_and_sent(
    new_context: Callable[..., BrowserContext], site_url: str, width: int, height: int, scheme: str
) -> None:
    """The issue's promise: three interviews in progress, on a phone, offline after one visit: the
    list fits the screen and says which letter is due next; one tap opens it, one shows the letter,
    and it is marked as sent."""
    context = new_context(viewport={"width": width, "height": height}, has_touch=True, is_mobile=True,
                                  color_scheme=scheme, service_workers="allow")
    try:
        first = context.new_page()
        open_builder(first, site_url)
        page = _offline_with_three(first, context, site_url)

        # The list fits the screen: nothing wider than the window, every application's button on it.
        assert page.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth")
        for button in applications(page).get_by_role("button").all():
            box = button.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, button.text_content()
        due = applications(page).get_by_role("listitem").first
        expect(due).to_contain_text("Contoso – Designer")
        expect(due).to_contain_text("Overdue:")

        _app_button(page, "Contoso – Designer").tap()
        page.get_by_role("button", name="Letter", exact=True).tap()
        expect(page.get_by_role("heading", name="Letter preview")).to_be_focused()
        expect(letter(page)).to_be_in_viewport()
        expect(letter(page)).to_contain_text("Contoso")
        page.get_by_role("button", name="Mark as sent").tap()
        expect(page.locator("[data-fk-sent]")).to_contain_text("thank-you note")
        expect(page.locator("[data-fk-next-step]")).to_contain_text("Check in with Contoso")
        assert builder_axe_violations(page) == []
        wait_stored(page, "apps => apps.some(a => a.answers.company === 'Contoso' && a.record.sent.length === 1)")
    finally:
        context.close()


# --- The same scenario on every day of one week, and far east and west of UTC around midnight ------


def _scenario(page: Page, tmp_path: Path, today: date) -> None:
    """Three applications, the overdue one first, one marked sent, its next step started, the file
    saved: every date the page shows, stores, sends the composer and names a file by is `today`."""
    _three_applications(page, today)
    _switch_mark_and_follow(page, today)
    saved = _save_all(page, tmp_path, "week.json", today)
    [northwind] = [a for a in json.loads(saved.read_text(encoding="utf-8"))["applications"]
                   if a["answers"]["company"] == "Northwind Traders"]
    assert northwind["record"]["sent"] == [{"kind": "thank-you", "to": "Dana Lee", "date": today.isoformat()}]


@pytest.mark.parametrize("moment", week_of(FIXED_NOW), ids=lambda m: f"{m:%a-%Y-%m-%d}")
def test_the_overdue_application_comes_first_on_every_day_of_the_week(builder: Page, tmp_path: Path,
                                                                      moment: datetime) -> None:
    _scenario(builder, tmp_path, moment.date())


# Kiritimati is UTC+14 and Pago Pago UTC-11: at these local times the date in UTC is the day before
# and the day after, so a date taken from UTC instead of the visitor's clock shows up.
@pytest.mark.parametrize(("time_zone", "moment"), [
    ("Pacific/Kiritimati", datetime(2026, 12, 7, 0, 20)),
    ("Pacific/Pago_Pago", datetime(2026, 12, 5, 23, 40)),
], ids=["kiritimati-just-after-midnight", "pago-pago-just-before-midnight"])
def test_every_date_is_the_visitors_local_date_far_from_utc(builder: Page, tmp_path: Path, moment: datetime) -> None:
    assert builder.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone") in ("Pacific/Kiritimati",
                                                                                         "Pacific/Pago_Pago")
    _scenario(builder, tmp_path, moment.date())
