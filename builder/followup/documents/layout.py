"""A letter laid out as a word processor's page: paragraphs with named styles, the page, the font.

Format-neutral: `docx.py` and `odt.py` write the same layout in their own XML, so the two
documents cannot drift apart. Everything that depends on the letter's language (the paper, the
arrangement of a printed letter, the style names a user sees, the title's words, the language
the spelling checker is told) comes from `followup.languages.get(code).table("documents")`.

Two arrangements, both as the builder's print stylesheet prints them
(docs/assets/builder/builder-letter.css, `@media print`):
  - "block" (English): one column, every block left-aligned, 11 pt text with a line height of
    1.5 and 0.8 em between blocks; an address block's lines sit together as they do there (one
    `<address>` with line breaks), here as one paragraph per line with the space kept only after
    the block ("contextual spacing");
  - "din5008-b" (German printed letters): DIN 5008 Form B on A4 (`din5008` has the figures): the
    letterhead, return address, address field and date in boxes placed on the page, an empty
    paragraph of exact height keeping their place in the flow, then the subject, salutation,
    body, closing and signature, single-spaced with a blank line between blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from followup.documents import din5008
from followup.languages import get
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
    """A paragraph style as a user sees it in the style list; `key` is its id in the XML.

    `name` is the English name; `Layout.styles` holds each with the name in the letter's language.
    `size_pt` and `exact_line_pt` change the body's size and line height (an exact height: the
    DIN 5008 address zone's six lines and the space kept for the letterhead).
    """

    key: str
    name: str
    space_after_pt: float = SPACE_PT
    bold: bool = False
    together: bool = False
    """Lines of one block (an address): no space between paragraphs of this same style."""
    size_pt: float | None = None
    exact_line_pt: float | None = None


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
"""Every style a document in the block arrangement defines; each but `BODY` is based on it, so
changing the font or size of "Letter body" changes the whole letter."""

_MM_PT = 72 / 25.4
DIN_LINE_PT = 13.2
"""A DIN 5008 letter is written single-spaced (11 pt on 1.2) with a blank line between
paragraphs: the block arrangement's 1.5 lines would not fit a letter on the page under the head."""
DIN_STYLES = (
    *(replace(s, space_after_pt=DIN_LINE_PT if s.space_after_pt == SPACE_PT else s.space_after_pt)
      for s in STYLES if s.key not in {"Subject", "Closing", "RecipientAddress"}),
    Style("RecipientAddress", "Recipient address", space_after_pt=0.0, together=True,
          exact_line_pt=din5008.ADDRESS_LINE_PT),
    Style("ReturnAddress", "Return address", space_after_pt=0.0, size_pt=8.0,
          exact_line_pt=round(din5008.RETURN_LINE_MM * _MM_PT, 1)),
    Style("HeadSpace", "Letterhead space", space_after_pt=0.0,
          exact_line_pt=round(din5008.HEAD_SPACE_MM * _MM_PT, 1)),
    Style("Subject", "Subject", space_after_pt=2 * DIN_LINE_PT, bold=True),
    Style("Closing", "Closing", space_after_pt=3 * DIN_LINE_PT),
)
"""The styles of a DIN 5008 letter: single-spaced with a blank line after each paragraph, the
subject two blank lines above the salutation, three lines kept for the handwritten signature
under the closing, the address zone's exact lines, the 8 pt return address, and the empty
paragraph that keeps the frames' place in the flow."""


@dataclass(frozen=True)
class Page:
    """Paper size and margins in millimetres (exact: US Letter is 215.9 x 279.4)."""

    name: str
    width_mm: float
    height_mm: float
    top_mm: float
    right_mm: float
    bottom_mm: float
    left_mm: float


US_LETTER = Page("Letter", 215.9, 279.4, 25.4, 25.4, 25.4, 25.4)
A4 = Page("A4", 210.0, 297.0, 25.0, 25.0, 25.0, 25.0)
A4_DIN = Page("A4", 210.0, 297.0, din5008.TOP_MM, din5008.RIGHT_MM, din5008.BOTTOM_MM, din5008.LEFT_MM)
PAGES = {("block", "Letter"): US_LETTER, ("block", "A4"): A4, ("din5008-b", "A4"): A4_DIN}
"""The page by arrangement and paper (the letter language's `documents` table names both): US
Letter with 1 in margins, A4 with 2.5 cm, or A4 with DIN 5008's margins."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its style key, its text as `pieces`, and whether a new page starts here.

    `pieces` is the text split at tabs and line breaks, which each format writes as its own
    element: "\\t" and "\\n" stand for those, anything else is literal text (already free of
    characters XML cannot hold). `frame`: the paragraph sits in that box on the page instead of
    in the flow; consecutive paragraphs with the same frame share it.
    """

    style: str
    pieces: tuple[str, ...]
    page_break: bool = False
    frame: din5008.Frame | None = None
    marks: tuple[din5008.Mark, ...] = ()
    """Lines drawn on this paragraph's page (DIN 5008's fold and hole marks)."""


@dataclass(frozen=True)
class Layout:
    """A whole document: the page, the properties and the paragraphs of every letter in order."""

    page: Page
    language: str
    """The letter language's BCP 47 tag ("en-US", "de-CH"), so a word processor checks the right spelling."""
    title: str
    author: str
    paragraphs: tuple[Paragraph, ...]
    styles: tuple[Style, ...] = STYLES
    """Every style the document defines, named in the letter's language."""
    line_pt: float = LINE_PT
    """The body's least line height (every style but the exact ones inherits it)."""

    @property
    def body(self) -> Style:
        """The style every other is based on."""
        return next(s for s in self.styles if s.key == BODY.key)

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

    def add(style: str, lines: Sequence[str], frame: din5008.Frame | None = None) -> None:
        out.extend(Paragraph(style, pieces(line), frame=frame) for line in lines if line)

    if letter.channel == "message":  # exactly the text that is sent, one line after another
        add("Message", body_text(letter).split("\n"))
        return out
    if letter.channel == "letter":
        table = get(letter.language).table("documents")
        if table.ARRANGEMENT == "din5008-b":
            return _din_paragraphs(letter, table)
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


def _din_paragraphs(letter: Letter, table) -> list[Paragraph]:
    """A printed letter by DIN 5008 Form B: the empty paragraph that keeps the head's place (and
    carries the fold and hole marks), the framed letterhead (the name, then the rest of the sender's block on one line, " · " between),
    return address, address field and date, then the flow: subject (when the letter has one),
    salutation, body, closing, signature."""
    out = [Paragraph("HeadSpace", (), marks=din5008.MARKS)]

    def add(style: str, lines: Sequence[str], frame: din5008.Frame | None = None) -> None:
        out.extend(Paragraph(style, pieces(line), frame=frame) for line in lines if line)

    name, *rest = letter.sender_block or ("",)
    add("SenderAddress", (name, " · ".join(line for line in rest if line)), din5008.LETTERHEAD)
    add("ReturnAddress", (table.return_address(letter.sender_block),), din5008.RETURN)
    add("RecipientAddress", letter.recipient_block, din5008.ADDRESS)
    add("Date", (letter.date_line or "",), din5008.INFO)
    add("Subject", (letter.subject or "",))
    add("Salutation", (letter.salutation,))
    add("LetterBody", letter.paragraphs)
    add("Closing", (letter.closing,))
    add("Signature", letter.signature)
    return out


def title(letters: Sequence[Letter]) -> str:
    """The document's title property: an email's subject, else what it is and to whom."""
    if len(letters) == 1 and letters[0].subject:
        return letters[0].subject
    table = get(letters[0].language).table("documents")
    kind = table.KIND_TITLES.get(letters[0].kind, table.UNTITLED)
    return f"{kind}: {', '.join(letter.recipient_name for letter in letters)}"


def layout(letters: Sequence[Letter], author: str) -> Layout:
    """One document for `letters` (a panel's notes: each from a new page), by `author`.

    The first letter's language decides the paper, the arrangement of a printed letter, the
    style names and the language declared for the spelling checker (a panel's notes share one).
    Raises ValueError for no letters at all.
    """
    if not letters:
        raise ValueError("a document needs at least one letter")
    paragraphs: list[Paragraph] = []
    for letter in letters:
        own = _paragraphs(letter)
        if paragraphs and own:
            own[0] = replace(own[0], page_break=True)
        paragraphs.extend(own)
    language = get(letters[0].language)
    table = language.table("documents")
    din = letters[0].channel == "letter" and table.ARRANGEMENT == "din5008-b"
    arrangement = "din5008-b" if din else "block"
    page = PAGES.get((arrangement, table.paper(language.code)), A4)
    styles = tuple(replace(s, name=table.style_name(s.key, language.code)) for s in (DIN_STYLES if din else STYLES))
    return Layout(page, language.tag, _one_line(title(letters)), _one_line(author), tuple(paragraphs), styles,
                  DIN_LINE_PT if din else LINE_PT)


def _one_line(text: str) -> str:
    """A property's value: XML-safe, on one line."""
    return " ".join(xml_safe(text).split())
