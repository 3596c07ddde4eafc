"""The builder's print of a German printed letter: DIN 5008 Form B on A4, as the .docx and .odt
place it (docs/assets/builder/builder-letter.css, `@media print`), measured on Chromium's PDF with
poppler's `pdftotext -bbox`, within 2 mm of the norm's positions.

The letter is the composer's HTML of a German letter built by hand (tests/followup/documents/
german.py), put into the page's letter panel: the print stylesheet is what is under test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from playwright.sync_api import Page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "followup" / "documents"))
from german import letter, panel  # noqa: E402
from test_din5008_print import first, marks, near, words  # noqa: E402

from followup.documents import din5008  # noqa: E402
from followup.formats import to_html, to_html_document  # noqa: E402


def test_a_german_printed_letter_prints_on_a4_in_form_b(builder: Page, tmp_path: Path) -> None:
    page = builder
    page.locator("[data-fk-letter]").evaluate("(el, html) => { el.innerHTML = html; }", to_html(letter()))
    page.emulate_media(media="print")
    pdf = tmp_path / "letter.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "(A4)" in info, info
    _form_b(words(pdf, 1))
    _marks(pdf, 1)
    assert "Letter preview" not in " ".join(w.text for w in words(pdf, 1))


def test_the_downloaded_page_of_a_panels_german_letters_prints_each_on_its_a4_page(page: Page,
                                                                                  tmp_path: Path) -> None:
    letters = panel()
    page.set_content(to_html_document(letters))
    page.emulate_media(media="print")
    pdf = tmp_path / "letters.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {len(letters)}" in info and "(A4)" in info, info
    for number, one in enumerate(letters, start=1):
        found = words(pdf, number)
        _form_b(found)
        _marks(pdf, number)
        assert first(found, one.salutation.split()[-1], 100).y > 100  # each page its own letter


def _form_b(found: list) -> None:
    """The page's blocks where DIN 5008 Form B puts them, within 2 mm."""
    field_top = din5008.FIELD_Y_MM
    zone_top = field_top + din5008.REMARKS_ZONE_MM
    assert first(found, "Jana", 0, field_top).bottom <= field_top  # the letterhead
    back = first(found, "Jana", field_top, zone_top)
    assert back.bottom <= zone_top + 0.5
    company = first(found, "Nordwind", zone_top - 1)
    near(company.y, zone_top, "address zone's first line, from the top")
    near(company.x, din5008.FIELD_X_MM + din5008.FIELD_INDENT_MM, "address, from the left")
    date = first(found, "Berlin,", field_top)
    near(date.y, din5008.INFO_Y_MM, "date, from the top")
    near(date.x, din5008.INFO_X_MM, "date, from the left")
    subject = first(found, "Vielen", field_top + din5008.FIELD_HEIGHT_MM)
    near(subject.y, din5008.SUBJECT_Y_MM, "subject, from the top")
    assert min(w.x for w in found) >= 25.0 - 0.3
    assert max(w.right for w in found) <= 210.0 - din5008.RIGHT_MM + 0.3
    closing = first(found, "Mit", subject.bottom)
    assert first(found, "Jana", closing.bottom).y - closing.bottom >= 10  # room to sign


def _marks(pdf: Path, page: int) -> None:
    """The fold marks at 105 and 210 mm and the hole mark at 148.5 mm, at the left edge."""
    drawn = marks(pdf, page)
    assert len(drawn) == len(din5008.MARKS), drawn
    for (middle, start, end), mark in zip(drawn, din5008.MARKS):
        near(middle, mark.y_mm, f"{mark.key} mark, from the top")
        assert abs(start - mark.x_mm) <= 0.5 and abs(end - mark.x_mm - mark.length_mm) <= 0.5
