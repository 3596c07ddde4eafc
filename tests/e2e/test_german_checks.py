"""The checks in the German builder: the composer's findings in German, linked into the German guide page.

The words are `followup.languages.de.messages`' (tested in tests/followup/test_messages.py); this
checks that the German builder shows them as they are, with links that stay on this site.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from test_german_builder import fill_german, open_german


def test_the_german_builder_lists_german_checks_linked_into_the_german_guide(
    page: Page, site_url: str, foreign_requests: list[str]
) -> None:
    open_german(page, site_url)
    fill_german(page)
    checks = page.get_by_role("region", name="Hinweise")
    detail = checks.get_by_role("listitem").filter(has=page.locator("a[href$='/de/nachfassen/#dankesmail']"))
    expect(detail.first).to_contain_text("Die Nachricht nennt etwas Konkretes aus Ihrem Gespräch")
    page.get_by_label("Worüber Sie gesprochen haben", exact=True).first.fill("")
    expect(detail.first).to_contain_text("Nennen Sie eine konkrete Sache, über die Sie mit Thomas Weber gesprochen haben")
    for href in checks.get_by_role("link").evaluate_all("links => links.map(a => a.href)"):
        assert href.startswith(site_url) and re.search(r"/(de/nachfassen|what-to-write|channels|offer)/#", href), href
    assert foreign_requests == []
