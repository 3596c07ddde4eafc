"""A German printed letter as .docx and .odt, read back with python-docx and odfpy: every block of
DIN 5008 Form B in order with its German style, the head's frames where the norm puts them, A4 with
the norm's margins, and German declared for the spelling checker (de-DE, de-AT, de-CH)."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import pytest
from german import CODES, PEOPLE, SENDER, email, letter, panel
from odf import draw, opendocument, style
from odf.namespaces import FONS
from reading import READERS, Case, odt_styles

from followup.documents import din5008, to_document
from followup.languages import get
from followup.letter import Letter

FORMATS = ("docx", "odt")
WORD_BUILTIN = {"Datum": "Date", "Anrede": "Salutation", "Grußformel": "Closing", "Unterschrift": "Signature"}
"""Word's own styles keep their English names in a .docx (Word shows them in German)."""


def named(name: str, fmt: str, code: str) -> str:
    name = WORD_BUILTIN.get(name, name) if fmt == "docx" else name
    return name.replace("ß", "ss") if code == "de-CH" else name


def expected(letters: tuple[Letter, ...], fmt: str) -> list[tuple[str, str]]:
    """What a DIN 5008 document holds, worked out from the letters here: the empty head space,
    the letterhead (the name, then the rest on one line), the return address (name and postal
    lines), the address field, the date, then subject, salutation, body, closing, signature."""
    rows: list[tuple[str, str]] = []
    for one in letters:
        name, *rest = one.sender_block
        postal = [line for line in one.sender_block if "@" not in line and not line.startswith("+")]
        rows += [("Platz für Briefkopf und Anschrift", ""), ("Absender", name), ("Absender", " · ".join(rest)),
                 ("Rücksendeangabe", " · ".join(postal))]
        rows += [("Anschrift", line) for line in one.recipient_block]
        rows += [("Datum", one.date_line), ("Betreff", one.subject), ("Anrede", one.salutation)]
        rows += [("Brieftext", p) for p in one.paragraphs]
        rows += [("Grußformel", one.closing), ("Unterschrift", one.signature[0])]
    return [(named(style, fmt, one.language), text) for style, text in rows]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("code", CODES)
def test_every_block_of_form_b_is_there_in_order_with_its_german_style(fmt, code):
    letters = panel(code)
    read = READERS[fmt](to_document(letters, fmt, "Jana Schneider"))
    assert read.paragraphs == expected(letters, fmt)
    per_letter = len(read.paragraphs) // len(letters)
    assert read.page_breaks == [per_letter * i for i in range(1, len(letters))]
    assert read.page_mm == pytest.approx((210.0, 297.0, 20.0, 20.0, 20.0, 25.0), abs=0.02)
    assert read.title == "Dankschreiben: Dr. Anna Müller, Prof. Dr. Max Weber, Kim Berger"


def test_the_address_field_names_the_person_frau_or_herrn_with_their_title_and_never_guesses():
    table = get("de-DE").table("documents")
    lines = ("Hafenstraße 5", "20457 Hamburg")
    assert table.recipient_block("ms", "Dr. Anna Müller", "Leitung", "Nordwind GmbH", lines) == (
        "Nordwind GmbH", "Frau Dr. Anna Müller", "Hafenstraße 5", "20457 Hamburg")
    assert table.recipient_block("mr", "Prof. Dr. Max Weber", "", "Nordwind GmbH", ())[1] == "Herrn Prof. Dr. Max Weber"
    assert table.recipient_block("", "Kim Berger", "", "Nordwind GmbH", ()) == ("Nordwind GmbH", "Kim Berger")
    assert table.recipient_block("mr", "", "", "Nordwind GmbH", ("", "Postfach 1")) == ("Nordwind GmbH", "Postfach 1")
    english = get("en-GB").table("documents")
    assert english.recipient_block("ms", "Dana Lee", "Head of Data", "Northwind", ("1 High St",)) == (
        "Dana Lee", "Head of Data", "Northwind", "1 High St")


def test_the_return_address_is_the_name_and_postal_lines_only():
    table = get("de-AT").table("documents")
    assert table.return_address(SENDER) == "Jana Schneider · Lindenstraße 12 · 10969 Berlin"
    assert table.return_address(("A B", "Ring 1", "1010 Wien", "0664 1234567", "https://a.example",
                                 "www.a.example", "a@b.at", "(030) 123 456")) == "A B · Ring 1 · 1010 Wien"
    assert get("en-US").table("documents").return_address(SENDER) == ""


@pytest.mark.parametrize("code", CODES)
def test_german_is_declared_for_the_spelling_checker(code):
    language, _, country = code.partition("-")
    with zipfile.ZipFile(io.BytesIO(to_document([letter(code)], "docx", "J"))) as archive:
        styles = archive.read("word/styles.xml").decode()
    assert f'<w:lang w:val="{code}"/>' in styles
    document = opendocument.load(io.BytesIO(to_document([letter(code)], "odt", "J")))
    default = document.styles.getElementsByType(style.DefaultStyle)[0].getElementsByType(style.TextProperties)[0]
    assert (default.attributes[(FONS, "language")], default.attributes[(FONS, "country")]) == (language, country)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
FRAMES = {"letterhead": din5008.LETTERHEAD, "return": din5008.RETURN, "address": din5008.ADDRESS,
          "info": din5008.INFO}


def test_the_docx_head_is_text_boxes_placed_on_the_page_at_the_norms_positions():
    with zipfile.ZipFile(io.BytesIO(to_document(panel(), "docx", "J"))) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    anchors = list(root.iter(f"{WP}anchor"))
    names = [a.find(f"{WP}docPr").get("name").split()[0] for a in anchors]
    assert names == ["letterhead", "return", "address", "info", "fold", "hole", "fold"] * len(PEOPLE)
    for anchor in anchors[4:7]:  # the fold and hole marks: lines at the left edge
        h, v = (int(anchor.find(f"{WP}{axis}/{WP}posOffset").text) / 36000 for axis in ("positionH", "positionV"))
        assert (h, v) in {(m.x_mm, m.y_mm) for m in din5008.MARKS}
    for anchor in (a for a, name in zip(anchors, names) if name in FRAMES):
        frame = FRAMES[anchor.find(f"{WP}docPr").get("name").split()[0]]
        h, v = anchor.find(f"{WP}positionH"), anchor.find(f"{WP}positionV")
        assert h.get("relativeFrom") == v.get("relativeFrom") == "page"
        x, y = (int(e.find(f"{WP}posOffset").text) / 36000 for e in (h, v))
        assert (x, y) == pytest.approx((frame.x_mm, frame.y_mm), abs=0.01)
        assert anchor.find(f"{WP}wrapNone") is not None  # the flow's head space holds their place
    assert (din5008.ADDRESS.x_mm, din5008.ADDRESS.y_mm) == (25.0, 62.7)  # field at 20 mm + 5 mm in; 45 + 17.7
    assert (din5008.INFO.x_mm, din5008.INFO.y_mm) == (125.0, 50.0)


def test_the_odt_head_is_frames_placed_on_the_page_at_the_norms_positions():
    document = opendocument.load(io.BytesIO(to_document(panel(), "odt", "J")))
    frames = document.body.getElementsByType(draw.Frame)
    assert len(frames) == 4 * len(PEOPLE)
    lines = document.body.getElementsByType(draw.Line)
    assert [float(line.getAttribute("y1").removesuffix("mm")) for line in lines] == [105.0, 148.5, 210.0] * len(PEOPLE)
    for element in frames:
        frame = FRAMES[element.getAttribute("name").split("-")[0]]
        assert element.getAttribute("anchortype") == "paragraph"
        x, y = (float(element.getAttribute(a).removesuffix("mm")) for a in ("x", "y"))
        assert (x, y) == pytest.approx((frame.x_mm, frame.y_mm), abs=0.01)
    graphic = odt_styles(document)  # paragraph styles only; the frames' own style is a graphic one
    assert "Letter-HeadSpace" in graphic


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_german_email_and_an_english_printed_letter_have_no_frames(fmt):
    english = Case("thank-you", "letter", "en-GB").letters()
    for letters in ((email(),), english):
        data = to_document(letters, fmt, "J")
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml" if fmt == "docx" else "content.xml").decode()
        assert "anchor" not in xml.replace("anchor-type", "") and "draw:frame" not in xml
    read = READERS[fmt](to_document((email(),), fmt, "J"))
    assert [name for name, _ in read.paragraphs][:3] == ["Betreff", named("Anrede", fmt, "de-DE"), "Brieftext"]
    assert read.page_mm == pytest.approx((210.0, 297.0, 25.0, 25.0, 25.0, 25.0), abs=0.02)


def test_head_space_keeps_the_subject_at_the_norms_line():
    assert din5008.TOP_MM + din5008.HEAD_SPACE_MM == pytest.approx(din5008.SUBJECT_Y_MM)
    assert din5008.SUBJECT_Y_MM == pytest.approx(din5008.FIELD_Y_MM + din5008.FIELD_HEIGHT_MM + 2 * 4.23)
