"""The German builder at /de/builder/: German words before and after the composer loads, a letter
offline after one visit with every export, one applications store shared with the English builder
(each application keeps its letter language), the browser's German region chosen for a new
application, axe clean, no request to another origin.

The letter's own words are the composer's (followup.languages, templates/de/); these tests check
that the German builder gets them: a German letter with the salutation of the form of address given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from builder_page import BOOT_TIMEOUT_MS, applications, letter, wait_kept_offline, wait_ready, wait_stored
from fixed_clock import days_ago
from axe_check import axe_violations
from playwright.sync_api import BrowserContext, Page, expect

GERMAN = "de/builder/"


def open_german(page: Page, root: str) -> Page:
    page.goto(root + GERMAN)
    wait_ready(page)
    return page


def fill_german(page: Page, company: str = "Muster GmbH", interviewer: str = "Thomas Weber") -> None:
    """What a formal thank-you needs, typed by the German labels."""
    page.get_by_label("Art der Nachricht", exact=True).select_option(label="Dankesnachricht")
    page.get_by_label("Ton", exact=True).select_option(label="Förmlich")
    page.get_by_label("Unternehmen", exact=True).fill(company)
    page.get_by_label("Stelle", exact=True).fill("Controller")
    page.get_by_label("Ihr Name", exact=True).fill("Anna Müller")
    page.get_by_label("Datum des Gesprächs", exact=True).fill(days_ago(1).isoformat())
    page.get_by_label("Name", exact=True).first.fill(interviewer)
    page.get_by_label("Anrede", exact=True).first.select_option(label="Herr")
    page.get_by_label("Worüber Sie gesprochen haben", exact=True).first.fill("die Umstellung des Monatsabschlusses")


def test_the_german_builder_speaks_german_before_and_after_the_composer_loads(
    page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    page.goto(site_url + GERMAN)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", name="Ihre Angaben")).to_be_visible()
    expect(page.get_by_label("Sprache des Briefs", exact=True)).to_have_value("de-DE")
    wait_ready(page)
    expect(page.locator("[data-fk-status-text]")).to_have_text("Der Briefgenerator ist bereit: Ihr Brief entsteht beim Tippen.")
    fill_german(page)
    expect(letter(page)).to_contain_text("Muster GmbH")
    expect(letter(page)).to_contain_text("Sehr geehrter Herr Weber,")
    expect(letter(page)).to_contain_text("Mit freundlichen Grüßen")
    expect(page.locator("[data-fk-count]")).to_have_text(re.compile(r"^\d+ Wörter$"))
    expect(page.locator("[data-fk-announce]")).to_have_text(re.compile(r"^Brief aktualisiert: \d+ Wörter\."))
    page.get_by_role("button", name="Als gesendet markieren").click()
    expect(page.locator("[data-fk-followup-message]")).to_have_text(
        re.compile(r"^Als gesendet markiert: Dankesnachricht an Thomas Weber am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.$"))
    assert axe_violations(page, wcag_only=True) == []
    assert foreign_requests == []


def test_the_german_builder_composes_offline_after_one_visit_with_every_export(
    context: BrowserContext, page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    open_german(page, site_url)
    wait_kept_offline(page)
    context.set_offline(True)

    fresh = context.new_page()
    response = fresh.goto(site_url + GERMAN)
    assert response is not None and response.from_service_worker
    wait_ready(fresh)
    fill_german(fresh, company="Offline Werke")
    expect(letter(fresh)).to_contain_text("Offline Werke")
    expect(letter(fresh)).to_contain_text("Sehr geehrter Herr Weber,")
    for button, suffix, marker in [
        (".txt herunterladen", ".txt", "Offline Werke"),
        (".md herunterladen", ".md", "Offline Werke"),
        (".html herunterladen", ".html", "<!DOCTYPE html>"),
        (".eml herunterladen", ".eml", "Subject: "),  # the header's name; its text is German
        ("Erinnerungen (.ics) herunterladen", ".ics", "BEGIN:VCALENDAR"),
    ]:
        with fresh.expect_download() as info:
            fresh.get_by_role("button", name=button).click()
        assert info.value.suggested_filename.endswith(suffix)
        assert marker in Path(info.value.path()).read_text(encoding="utf-8")
        expect(fresh.locator("[data-fk-export-message]")).to_contain_text("heruntergeladen")
    for button, suffix in [(".docx herunterladen", ".docx"), (".odt herunterladen", ".odt")]:
        with fresh.expect_download() as info:
            fresh.get_by_role("button", name=button).click()
        assert info.value.suggested_filename.endswith(suffix)
        assert Path(info.value.path()).read_bytes()[:2] == b"PK"  # a zip: the document's parts
    expect(fresh.get_by_role("link", name="Im Mailprogramm öffnen")).to_have_attribute("href", re.compile(r"^mailto:"))
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    fresh.get_by_role("button", name="Text kopieren").click()
    expect(fresh.locator("[data-fk-export-message]")).to_have_text("Der Brief wurde in die Zwischenablage kopiert (für den Betreff gibt es eine eigene Schaltfläche).")
    assert "Offline Werke" in fresh.evaluate("() => navigator.clipboard.readText()")
    assert foreign_requests == []


def test_an_application_made_in_one_builder_opens_in_the_other_with_its_language(
    page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    open_german(page, site_url)
    fill_german(page)
    wait_stored(page, "(apps) => apps.some((a) => a.answers.company === 'Muster GmbH' && a.answers.language === 'de-DE')")

    page.goto(site_url + "builder/")
    wait_ready(page)
    expect(applications(page).get_by_role("button", name=re.compile("Muster GmbH"))).to_be_visible()
    expect(page.get_by_label("Company", exact=True)).to_have_value("Muster GmbH")
    expect(page.get_by_label("Letter language", exact=True)).to_have_value("de-DE")
    expect(page.get_by_label("Form of address", exact=True).first).to_have_value("mr")  # a German letter's answer
    page.get_by_role("button", name="New application").click()
    expect(page.get_by_label("Letter language", exact=True)).to_have_value("en-US")
    expect(page.get_by_label("Form of address", exact=True).first).to_be_hidden()  # English letters do not use it
    page.get_by_label("Company", exact=True).fill("Northwind Traders")
    wait_stored(page, "(apps) => apps.some((a) => a.answers.company === 'Northwind Traders' && a.answers.language === 'en-US')")

    page.goto(site_url + GERMAN)
    wait_ready(page)
    listed = page.get_by_role("region", name="Ihre Bewerbungen")
    expect(listed.get_by_role("button", name=re.compile("Northwind Traders"))).to_be_visible()
    listed.get_by_role("button", name=re.compile("Muster GmbH")).click()
    expect(page.get_by_label("Sprache des Briefs", exact=True)).to_have_value("de-DE")
    listed.get_by_role("button", name=re.compile("Northwind Traders")).click()
    expect(page.get_by_label("Sprache des Briefs", exact=True)).to_have_value("en-US")
    expect(page.locator("[data-fk-apps-message]")).to_have_text(re.compile(r"^Angezeigt: Northwind Traders"))
    assert foreign_requests == []


@pytest.mark.parametrize(("locale", "language"), [("de-AT", "de-AT"), ("de-CH", "de-CH"), ("de-DE", "de-DE"), ("en-GB", "de-DE")])
def test_a_new_application_on_the_german_builder_writes_the_browsers_german(
    new_context: Callable[..., BrowserContext], site_url: str, locale: str, language: str
) -> None:
    page = new_context(locale=locale).new_page()
    page.goto(site_url + GERMAN)
    expect(page.get_by_label("Sprache des Briefs", exact=True)).to_have_value(language, timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("button", name="Neue Bewerbung").click()
    expect(page.get_by_label("Sprache des Briefs", exact=True)).to_have_value(language)
