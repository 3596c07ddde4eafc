"""German printed letters (.docx and .odt) printed by LibreOffice and measured on the PDF: one
A4 page per letter, and every block of DIN 5008 Form B within 2 mm of where the norm puts it.

Positions come from poppler's `pdftotext -bbox` (each word's box, in points from the page's
top-left corner), converted to millimetres. A line's top is its words' top: the font's ascent,
which sits a little under the top of the line that holds it (about 1 mm at 11 pt on a 16.5 pt
line), well inside the tolerance. `scripts/setup --browser` installs LibreOffice and poppler.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from german import BODY, letter, panel
from reading import TODAY, example
from test_libreoffice import _pdfinfo, _tool

from followup.answers import parse
from followup.compose import compose
from followup.documents import din5008, to_document
from followup.letter import Letter

FORMATS = ("docx", "odt")
TOLERANCE_MM = 2.0
A4_POINTS = (595.3, 841.9)
LONG = replace(letter("de-AT", 1), paragraphs=(*BODY, BODY[1], BODY[2]))
"""Six paragraphs: longer than the composer writes, and still one page."""


def composed(name: str) -> tuple[Letter, ...]:
    """A German example as the composer writes it, as a printed letter."""
    data = {**example(name), "channel": "letter"}
    return tuple(compose(parse(data), TODAY))


CASES = {"panel-de-DE": panel("de-DE"), "one-de-CH": (letter("de-CH", 2),), "long-de-AT": (LONG,),
         **{f"composed-{name}": composed(name) for name in ("de-thank-you", "de-check-in", "de-after-rejection",
                                                             "de-panel")}}
SEVEN = replace(letter(), recipient_block=(*letter().recipient_block[:2], "Abteilung Datenanalyse", "Gebäude C",
                                            "3. Stock", "Hafenstraße 5", "20457 Hamburg"))
"""An address of seven lines, one more than the address zone holds."""


@dataclass(frozen=True)
class Word:
    x: float
    y: float
    right: float
    bottom: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(pdf: Path, page: int) -> list[Word]:
    """Every word on one page, its box in millimetres from the page's top-left corner."""
    out = subprocess.run([_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    mm = 25.4 / 72
    return [Word(*(float(v) * mm for v in m.groups()[:4]), m.group(5)) for m in _WORD.finditer(out)]


def marks(pdf: Path, page: int, dpi: int = 300) -> list[tuple[float, float, float]]:
    """The short lines in the page's left 15 mm, as (middle from the top, start, end) in mm: the
    page rendered grey by poppler's pdftoppm, its dark pixels grouped into runs of rows."""
    out = subprocess.run([_tool("pdftoppm"), "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", str(pdf)],
                         check=True, capture_output=True).stdout
    _, size, _, data = out.split(b"\n", 3)  # binary PGM: P5, width height, maxval, pixels
    width, height = map(int, size.split())
    mm, strip = 25.4 / dpi, int(15 * dpi / 25.4)
    dark = {}
    for y in range(height):
        xs = [x for x, v in enumerate(data[y * width:y * width + strip]) if v < 128]
        if xs:
            dark[y] = (xs[0], xs[-1] + 1)
    lines: list[list[int]] = []
    for y in sorted(dark):
        if lines and y == lines[-1][-1] + 1:
            lines[-1].append(y)
        else:
            lines.append([y])
    return [((rows[0] + rows[-1] + 1) / 2 * mm, dark[rows[0]][0] * mm, dark[rows[0]][1] * mm) for rows in lines]


def first(found: list[Word], text: str, top: float = 0.0, bottom: float = 297.0) -> Word:
    """The first word `text` whose top lies between `top` and `bottom` mm."""
    return next(w for w in found if w.text == text and top <= w.y <= bottom)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """Every case in both formats, converted by one soffice call."""
    soffice = _tool("soffice")
    folder = tmp_path_factory.mktemp("din5008")
    sources = []
    for name, letters in {**CASES, "seven-lines": (SEVEN,)}.items():
        for fmt in FORMATS:
            path = folder / f"{name}-{fmt}.{fmt}"
            path.write_bytes(to_document(letters, fmt, "Jana Schneider"))
            sources.append(path)
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, sources)], check=True, capture_output=True, timeout=240)
    return {path.stem: path.with_suffix(".pdf") for path in sources}


def near(measured: float, norm: float, what: str) -> None:
    assert abs(measured - norm) <= TOLERANCE_MM, f"{what}: {measured:.1f} mm, the norm's {norm:.2f} mm"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", CASES)
def test_each_letter_is_one_a4_page_with_form_bs_blocks_where_the_norm_puts_them(pdfs, name, fmt):
    pdf, letters = pdfs[f"{name}-{fmt}"], CASES[name]
    pages, size = _pdfinfo(pdf)
    assert pages == len(letters), "one page per letter"
    assert size == pytest.approx(A4_POINTS, abs=0.1)
    field_top, field_bottom = din5008.FIELD_Y_MM, din5008.FIELD_Y_MM + din5008.FIELD_HEIGHT_MM
    zone_top = field_top + din5008.REMARKS_ZONE_MM
    for number, one in enumerate(letters, start=1):
        found = words(pdf, number)
        sender = one.sender_block[0].split()[0]
        # The letterhead: the sender's name inside the top 45 mm.
        head = first(found, sender, 0, field_top)
        assert head.bottom <= field_top
        # The return address: on the remarks zone's last line, smaller than the address.
        back = first(found, sender, field_top, zone_top)
        assert back.bottom <= zone_top + 0.5 and back.x == pytest.approx(25.0, abs=0.3)
        # The address zone: its first line at 62.7 mm, 25 mm from the left (the field's 20 mm and
        # 5 mm in), every line inside the field's 85 x 45 mm.
        company = first(found, one.recipient_block[0].split()[0], zone_top - 1)
        near(company.y, zone_top, "address zone's first line, from the top")
        near(company.x, din5008.FIELD_X_MM + din5008.FIELD_INDENT_MM, "address, from the left")
        assert back.bottom - back.y < company.bottom - company.y  # 8 pt under 11 pt
        person = one.recipient_block[1].split()[0]
        assert first(found, person, zone_top).y > company.y
        last = first(found, one.recipient_block[-1].split()[0], zone_top)
        assert last.bottom <= field_bottom and last.right <= din5008.FIELD_X_MM + din5008.FIELD_WIDTH_MM
        # The information block: the date at 50 mm from the top, 125 mm from the left.
        date = first(found, one.date_line.split()[0], field_top, field_bottom)
        near(date.y, din5008.INFO_Y_MM, "date in the information block, from the top")
        near(date.x, din5008.INFO_X_MM, "date in the information block, from the left")
        # The subject two blank lines under the field, bold, without the word "Betreff".
        subject = first(found, one.subject.split()[0], field_bottom)
        near(subject.y, din5008.SUBJECT_Y_MM, "subject, from the top")
        assert "Betreff" not in {w.text.rstrip(":") for w in found}
        # Margins: left 25 mm, right at least 20 mm, nothing under the bottom margin.
        assert min(w.x for w in found) >= 25.0 - 0.3
        assert max(w.right for w in found) <= 210.0 - din5008.RIGHT_MM + 0.3
        assert max(w.bottom for w in found) <= 297.0 - din5008.BOTTOM_MM
        # The fold marks at 105 and 210 mm, the hole mark at 148.5 mm, at the left edge.
        drawn = marks(pdf, number)
        assert len(drawn) == len(din5008.MARKS), drawn
        for (middle, start, end), mark in zip(drawn, din5008.MARKS):
            near(middle, mark.y_mm, f"{mark.key} mark, from the top")
            assert (start, end) == pytest.approx((mark.x_mm, mark.x_mm + mark.length_mm), abs=0.5)
        # In order below the subject: salutation, body, closing, signature.
        salutation = first(found, one.salutation.split()[0], subject.bottom)
        closing = first(found, one.closing.split()[0], salutation.bottom)
        signature = first(found, sender, closing.bottom)
        assert signature.y - closing.bottom >= 10, "room for the handwritten signature"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_address_longer_than_the_zone_is_printed_whole_not_cut(pdfs, fmt):
    pdf = pdfs[f"seven-lines-{fmt}"]
    assert _pdfinfo(pdf)[0] == 1
    found = words(pdf, 1)
    zone_top = din5008.FIELD_Y_MM + din5008.REMARKS_ZONE_MM
    tops = [first(found, line.split()[0], zone_top - 1).y for line in SEVEN.recipient_block]
    assert tops == sorted(tops) and len(set(tops)) == 7
    assert tops[-1] < first(found, "Vielen", zone_top).y  # still above the subject
