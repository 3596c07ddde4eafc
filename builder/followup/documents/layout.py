"""A letter laid out as a word processor's page: paragraphs with named styles, the page, the font.

Format-neutral: `docx.py` and `odt.py` write the same layout in their own XML, so the two
documents cannot drift apart, and both follow the builder's print stylesheet
(docs/assets/builder/builder-letter.css, `@media print`): one column, every block left-aligned,
11 pt text with a line height of 1.5 and 0.8 em between blocks; an address block's lines sit
together as they do there (one `<address>` with line breaks), here as one paragraph per line
with the space kept only after the block ("contextual spacing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from followup.letter import Letter, body_text

APP_NAME = "Follow-up Kit"
"""The only generator named in a document's properties."""

FONT = "Calibri"
FONT_FALLBACKS = ("Carlito", "Liberation Serif")
"""Named in the document after Calibri: Carlito has Calibri's metrics (so the page breaks
where Word's would), Liberation Serif is on nearly every Linux desktop."""

FONT_SIZE_PT = 11.0
LINE_PT = 16.5  # CSS line-height 1.5 at 11 pt, as a minimum: a taller glyph still gets its room
SPACE_PT = 8.8  # 0.8 em: the print stylesheet's margin under every paragraph and address


@dataclass(frozen=True)
class Style:
    """A paragraph style as a user sees it in the style list; `key` is its id in the XML."""

    key: str
    name: str
    space_after_pt: float = SPACE_PT
    bold: bool = False
    together: bool = False
    """Lines of one block (an address): no space between paragraphs of this same style."""


BODY = Style("LetterBody", "Letter body")
STYLES = (
    BODY,
    Style("SenderAddress", "Sender address", together=True),
    Style("Date", "Date"),
    Style("RecipientAddress", "Recipient address", together=True),
    Style("Subject", "Subject", bold=True),
    Style("Salutation", "Salutation"),
    Style("Closing", "Closing", space_after_pt=0.0),
    Style("Signature", "Signature", together=True),
    Style("Message", "Message", together=True),
)
"""Every style a document defines; each but `BODY` is based on it, so changing the font or
size of "Letter body" changes the whole letter."""


@dataclass(frozen=True)
class Page:
    """Paper size and margins in millimetres (exact: US Letter is 215.9 x 279.4)."""

    name: str
    width_mm: float
    height_mm: float
    margin_mm: float


US_LETTER = Page("Letter", 215.9, 279.4, 25.4)
A4 = Page("A4", 210.0, 297.0, 25.0)
PAGES = {"en-US": US_LETTER, "en-GB": A4}
"""The paper follows the letter's English style: US Letter with 1 in margins in the US, A4 with
2.5 cm margins in the UK (and for any style not listed here)."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its style key, its text as `pieces`, and whether a new page starts here.

    `pieces` is the text split at tabs and line breaks, which each format writes as its own
    element: "\\t" and "\\n" stand for those, anything else is literal text (already free of
    characters XML cannot hold).
    """

    style: str
    pieces: tuple[str, ...]
    page_break: bool = False


@dataclass(frozen=True)
class Layout:
    """A whole document: the page, the properties and the paragraphs of every letter in order."""

    page: Page
    language: str
    """The letter's English style ("en-US", "en-GB"), so a word processor checks the right spelling."""
    title: str
    author: str
    paragraphs: tuple[Paragraph, ...]

# XML 1.0 allows tab, line feed, carriage return and these ranges; anything else (other C0
# controls, lone surrogates, U+FFFE/U+FFFF) would make the file unreadable, so it is dropped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PIECES = re.compile(r"(\t|\n)")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold; CR and CRLF become line breaks."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def pieces(text: str) -> tuple[str, ...]:
    """`text` made XML-safe and split at tabs and line breaks (kept as "\\t" and "\\n" pieces).

    A very long word stays one piece: Word and LibreOffice break a word longer than the line
    at the margin by themselves, and the text comes back exactly as typed.
    """
    return tuple(p for p in _PIECES.split(xml_safe(text)) if p)


def _paragraphs(letter: Letter) -> list[Paragraph]:
    out: list[Paragraph] = []

    def add(style: str, lines: Sequence[str]) -> None:
        out.extend(Paragraph(style, pieces(line)) for line in lines if line)

    if letter.channel == "message":  # exactly the text that is sent, one line after another
        add("Message", body_text(letter).split("\n"))
        return out
    if letter.channel == "letter":
        add("SenderAddress", letter.sender_block)
        add("Date", (letter.date_line or "",))
        add("RecipientAddress", letter.recipient_block)
    elif letter.channel == "email" and letter.subject:
        add("Subject", (letter.subject,))
    add("Salutation", (letter.salutation,))
    add("LetterBody", letter.paragraphs)
    add("Closing", (letter.closing,))
    add("Signature", letter.signature)
    return out


KIND_TITLES = {"thank-you": "Thank-you note", "check-in": "Check-in", "after-rejection": "Reply to a rejection"}


def title(letters: Sequence[Letter]) -> str:
    """The document's title property: an email's subject, else what it is and to whom."""
    if len(letters) == 1 and letters[0].subject:
        return letters[0].subject
    kind = KIND_TITLES.get(letters[0].kind, "Letter")
    return f"{kind}: {', '.join(letter.recipient_name for letter in letters)}"


def layout(letters: Sequence[Letter], author: str) -> Layout:
    """One document for `letters` (a panel's notes: each from a new page), by `author`.

    Raises ValueError for no letters at all.
    """
    if not letters:
        raise ValueError("a document needs at least one letter")
    paragraphs: list[Paragraph] = []
    for letter in letters:
        own = _paragraphs(letter)
        if paragraphs and own:
            own[0] = Paragraph(own[0].style, own[0].pieces, page_break=True)
        paragraphs.extend(own)
    style = letters[0].language if letters[0].language in PAGES else "en-GB"
    return Layout(PAGES[style], style, _one_line(title(letters)), _one_line(author), tuple(paragraphs))


def _one_line(text: str) -> str:
    """A property's value: XML-safe, on one line."""
    return " ".join(xml_safe(text).split())
