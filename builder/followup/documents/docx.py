"""A letter as a Word document (.docx, Office Open XML), from `templates/docx/`.

The smallest package Word, LibreOffice and Google Docs open without complaint: the main
document, its styles, settings and font table, and the core and app properties. Entries are
written in sorted order (so `[Content_Types].xml` comes first, where some readers look for it).
"""

from __future__ import annotations

from followup.documents.din5008 import MARK_PT
from followup.documents.layout import APP_NAME, FONT, FONT_FALLBACKS, FONT_SIZE_PT, STYLES, Layout
from followup.documents.package import flow, render, zip_parts
from followup.exports import media_type

MEDIA_TYPE = media_type("docx")

WORD_BUILTIN = frozenset({"Date", "Salutation", "Closing", "Signature"})
"""Styles Word has built in under the same name: there they stay Word's own (not "custom")."""

PARTS = {
    "[Content_Types].xml": "content_types.xml.j2",
    "_rels/.rels": "package_rels.xml.j2",
    "docProps/app.xml": "app.xml.j2",
    "docProps/core.xml": "core.xml.j2",
    "word/_rels/document.xml.rels": "document_rels.xml.j2",
    "word/document.xml": "document.xml.j2",
    "word/fontTable.xml": "font_table.xml.j2",
    "word/settings.xml": "settings.xml.j2",
    "word/styles.xml": "styles.xml.j2",
}
"""Each part of the package and the template that writes it."""


def twips(mm: float) -> int:
    """Millimetres in twentieths of a point, Word's unit for page sizes and margins."""
    return round(mm / 25.4 * 1440)


def emu(mm: float) -> int:
    """Millimetres in English Metric Units (36,000 to the millimetre), DrawingML's unit."""
    return round(mm * 36000)


def to_docx(doc: Layout) -> bytes:
    """The laid-out letter(s) as the bytes of a .docx file."""
    context = dict(doc=doc, page=doc.page, flow=flow(doc), emu=emu, styles=doc.styles, body=doc.body,
                   english={s.key: s.name for s in STYLES}, builtin=WORD_BUILTIN, font=FONT,
                   fallbacks=FONT_FALLBACKS, size_pt=FONT_SIZE_PT, line_pt=doc.line_pt, app=APP_NAME,
                   twips=twips, mark_emu=emu(MARK_PT * 25.4 / 72), TAB="\t", BREAK="\n")
    return zip_parts((name, render(f"docx/{template}", **context), True) for name, template in sorted(PARTS.items()))
