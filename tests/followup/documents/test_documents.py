""".docx and .odt letters, read back with python-docx and odfpy: text, order, styles, page, escaping."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from odf import meta, opendocument, style, teletype
from odf.namespaces import FONS, STYLENS, SVGNS
from reading import CASES, PAGE_MM, READERS, Case, corpus, expected, odt_styles, read_docx, read_odt

from followup.documents import to_document
from followup.exports import media_type
from followup.documents.layout import title, xml_safe
from followup.letter import Letter

FORMATS = ("docx", "odt")
STYLE_NAMES = ("Letter body", "Sender address", "Date", "Recipient address", "Subject", "Salutation", "Closing",
               "Signature", "Message")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_every_paragraph_of_the_letter_is_there_in_order_with_its_style(case: Case, fmt: str):
    letters = case.letters()
    read = READERS[fmt](to_document(letters, fmt, case.author()))
    assert read.paragraphs == expected(letters)
    # A panel's notes: each from a new page, and only there.
    sizes = [len(expected((letter,))) for letter in letters]
    assert read.page_breaks == [sum(sizes[:i]) for i in range(1, len(letters))]
    width, height, margin = PAGE_MM[case.style]
    assert read.page_mm == pytest.approx((width, height, margin, margin, margin, margin), abs=0.02)
    assert read.author == case.author()
    if len(letters) == 1 and letters[0].subject:
        assert read.title == letters[0].subject
    else:
        assert all(letter.recipient_name in read.title for letter in letters)


def test_the_printed_letter_has_every_block_of_the_print_layout():
    letters = Case("thank-you", "letter", "en-GB").letters()
    names = [name for name, _ in read_docx(to_document(letters, "docx", "Alex Morgan")).paragraphs]
    blocks = [name for i, name in enumerate(names) if i == 0 or names[i - 1] != name]
    assert blocks == ["Sender address", "Date", "Recipient address", "Salutation", "Letter body", "Closing",
                      "Signature"]


def test_docx_styles_carry_the_look_font_size_line_height_and_spacing():
    document = docx.Document(io.BytesIO(to_document(Case("thank-you", "email", "en-US").letters(), "docx", "A")))
    styles = {s.name: s for s in document.styles}
    assert set(STYLE_NAMES) <= set(styles)
    body = styles["Letter body"]
    assert body.font.name == "Calibri" and body.font.size.pt == 11
    assert body.paragraph_format.line_spacing_rule == WD_LINE_SPACING.AT_LEAST
    assert body.paragraph_format.line_spacing.pt == 16.5
    assert body.paragraph_format.space_after.pt == 8.8
    for name in STYLE_NAMES[1:]:
        assert styles[name].base_style.name == "Letter body", name
    assert styles["Subject"].font.bold is True
    assert styles["Closing"].paragraph_format.space_after.pt == 0
    for name in ("Sender address", "Recipient address", "Signature", "Message"):  # a block's lines sit together
        assert styles[name].element.pPr.find(docx.oxml.ns.qn("w:contextualSpacing")) is not None, name
    fonts = document.part.package.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.OFFICE_DOCUMENT)
    table = next(p for p in fonts.package.iter_parts() if p.partname == "/word/fontTable.xml").blob.decode()
    for name in ("Calibri", "Carlito", "Liberation Serif"):
        assert f'w:name="{name}"' in table


def test_odt_styles_carry_the_look_font_size_line_height_and_spacing():
    document = opendocument.load(io.BytesIO(to_document(Case("thank-you", "email", "en-GB").letters(), "odt", "A")))
    styles = {s.getAttribute("displayname"): s for s in odt_styles(document).values() if s.getAttribute("displayname")}
    assert set(STYLE_NAMES) <= set(styles)

    def props(name: str, kind: type) -> dict:
        found = styles[name].getElementsByType(kind)
        return found[0].attributes if found else {}

    body = props("Letter body", style.TextProperties)
    assert body[(STYLENS, "font-name")] == "Calibri" and body[(FONS, "font-size")] == "11.0pt"
    para = props("Letter body", style.ParagraphProperties)
    assert para[(STYLENS, "line-height-at-least")] == "16.5pt" and para[(FONS, "margin-bottom")] == "8.8pt"
    for name in STYLE_NAMES[1:]:
        assert styles[name].getAttribute("parentstylename") == styles["Letter body"].getAttribute("name"), name
    assert props("Subject", style.TextProperties)[(FONS, "font-weight")] == "bold"
    for name in ("Sender address", "Recipient address", "Signature", "Message"):
        assert props(name, style.ParagraphProperties)[(STYLENS, "contextual-spacing")] == "true", name
    face = document.fontfacedecls.getElementsByType(style.FontFace)[0].attributes
    assert face[(SVGNS, "font-family")] == "Calibri, Carlito, 'Liberation Serif'"
    default = document.styles.getElementsByType(style.DefaultStyle)[0].getElementsByType(style.TextProperties)[0]
    assert (default.attributes[(FONS, "language")], default.attributes[(FONS, "country")]) == ("en", "GB")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_letters_give_the_same_bytes_in_a_deterministic_zip(fmt):
    case = Case("panel", "letter", "en-US")
    first, second = (to_document(case.letters(), fmt, case.author()) for _ in range(2))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        assert archive.testzip() is None
    names = [i.filename for i in infos]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert all(not i.extra and i.external_attr == 0o100644 << 16 for i in infos)
    if fmt == "odt":  # ODF: "mimetype" first, stored, so the type shows in the file's first bytes
        assert names[0] == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert first[30:38] == b"mimetype" and first[38:38 + 39] == media_type("odt").encode()
        names = names[1:]
    assert names == sorted(names)


def _hostile_letter(texts: list[str], channel: str) -> Letter:
    """Every hostile string as a paragraph, and the first ones in every other field."""
    return Letter(
        kind="thank-you", tone="warm", channel=channel, recipient_name=texts[1], recipient_email="",
        subject=texts[2] if channel == "email" else None, date_line=texts[3] if channel == "letter" else None,
        sender_block=tuple(texts[4:7]) if channel == "letter" else (),
        recipient_block=tuple(texts[7:10]) if channel == "letter" else (), salutation=texts[10],
        paragraphs=tuple(texts), closing=texts[11], signature=tuple(texts[12:14]), language="en-US")


@pytest.mark.parametrize("channel", ("email", "letter"))
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_comes_back_literally(fmt, channel):
    """Markup, template syntax, bidi controls, emoji, 100 kB strings: exactly as typed; control
    characters XML cannot hold are the only thing left out."""
    texts = [h.text for h in corpus()]
    letter = _hostile_letter(texts, channel)
    author = texts[0]
    read = READERS[fmt](to_document([letter], fmt, author))
    assert read.paragraphs == [(name, xml_safe(text)) for name, text in expected((letter,))]
    assert [text for _, text in read.paragraphs[-len(texts) - 3:-3]] == [xml_safe(t) for t in texts]
    assert read.author == " ".join(xml_safe(author).split())
    assert read.title == " ".join(xml_safe(title([letter])).split())
    kept = [t for t in texts if xml_safe(t) == t]
    assert len(kept) > 0.9 * len(texts)  # nearly all come back unchanged: only controls are dropped


def test_characters_xml_cannot_hold_are_dropped_and_line_breaks_and_tabs_kept():
    text = "a\x00b\x08c\x0bd\x1fe\ud800f\ufffeg\uffffh\tI\r\nJ\rK\nL"
    assert xml_safe(text) == "abcdefgh\tI\nJ\nK\nL"
    letter = replace(_hostile_letter(["x"] * 14, "email"), paragraphs=(text, "  two  spaces   each  "))
    for fmt in FORMATS:
        paragraphs = READERS[fmt](to_document([letter], fmt, "A")).paragraphs
        assert ("Letter body", "abcdefgh\tI\nJ\nK\nL") in paragraphs, fmt
        assert ("Letter body", "  two  spaces   each  ") in paragraphs, fmt


def test_a_very_long_word_is_kept_whole():
    word = "W" * 20_000
    letter = replace(_hostile_letter(["x"] * 14, "email"), paragraphs=(word,))
    assert ("Letter body", word) in read_docx(to_document([letter], "docx", "A")).paragraphs
    assert ("Letter body", word) in read_odt(to_document([letter], "odt", "A")).paragraphs


def test_only_title_author_and_the_app_name_are_in_the_properties():
    case = Case("thank-you", "letter", "en-US")
    data = to_document(case.letters(), "docx", case.author())
    props = docx.Document(io.BytesIO(data)).core_properties
    assert (props.title, props.author) == ("Thank-you note: Dana Lee", "Alex Morgan")
    assert props.last_modified_by == "" and props.created is None and props.comments == ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        app = archive.read("docProps/app.xml").decode()
        core = archive.read("docProps/core.xml").decode()
    assert "<Application>Follow-up Kit</Application>" in app and app.count("</") == 2
    assert core.count("</") == 3  # dc:title, dc:creator and the root
    odt = opendocument.load(io.BytesIO(to_document(case.letters(), "odt", case.author())))
    assert [e.qname[1] for e in odt.meta.childNodes if e.nodeType == e.ELEMENT_NODE] == [
        "generator", "title", "initial-creator", "creator", "language"]
    assert teletype.extractText(odt.meta.getElementsByType(meta.Generator)[0]) == "Follow-up Kit"


def test_no_letters_or_an_unknown_format_is_a_value_error():
    with pytest.raises(ValueError):
        to_document([], "docx", "A")
    with pytest.raises(ValueError):
        to_document(Case("thank-you", "email", "en-US").letters(), "pdf", "A")


# The schema's order of the children Word reads (ECMA-376 CT_PPrBase, CT_RPr, CT_Style): Word
# declares a file with them out of order unreadable, though LibreOffice and python-docx accept it.
SCHEMA_ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "spacing", "ind",
            "contextualSpacing", "jc"],
    "rPr": ["rFonts", "b", "bCs", "i", "iCs", "sz", "szCs", "lang"],
    "style": ["name", "basedOn", "next", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "pPr", "rPr"],
}


def test_docx_elements_are_in_the_order_words_schema_gives():
    from xml.etree import ElementTree

    data = to_document(Case("panel", "letter", "en-GB").letters(), "docx", "A")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        roots = [ElementTree.fromstring(archive.read(name)) for name in ("word/styles.xml", "word/document.xml")]
    checked = 0
    for root in roots:
        for element in root.iter():
            local = element.tag.rsplit("}", 1)[-1]
            if local in SCHEMA_ORDER:
                children = [child.tag.rsplit("}", 1)[-1] for child in element]
                assert all(c in SCHEMA_ORDER[local] for c in children), children
                assert children == sorted(children, key=SCHEMA_ORDER[local].index), (local, children)
                checked += 1
    assert checked > 20
