"""Reading a .docx back with python-docx and an .odt with odfpy, as any other program would.

Shared by the document tests: the letters to write (every example, in every channel and English
style), what each document must say (worked out from the `Letter` fields here, independently of
`followup.documents.layout`), and what python-docx and odfpy find in the files.
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from odf import dc, opendocument, style, teletype, text
from odf.namespaces import FONS

from followup.answers import parse
from followup.compose import compose
from followup.letter import Letter, body_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "e2e"))
from hostile_corpus import corpus  # noqa: E402,F401 - the project's one hostile corpus, kept with the browser tests

TODAY = date(2026, 11, 28)
EXAMPLES = ("thank-you", "check-in", "after-rejection", "panel")
CHANNELS = ("email", "letter", "message")
STYLES = ("en-US", "en-GB")
PAGE_MM = {"en-US": (215.9, 279.4, 25.4), "en-GB": (210.0, 297.0, 25.0)}
"""Width, height and margin of the paper each English style asks for: US Letter and 1 in, A4 and 2.5 cm."""


def example(name: str) -> dict:
    return json.loads(resources.files("followup").joinpath("examples", f"{name}.json").read_text("utf-8"))


@dataclass(frozen=True)
class Case:
    """One document to write: an example's answers in one channel and style."""

    example: str
    channel: str
    style: str

    @classmethod
    def of(cls, name: str) -> Case:
        """The example as it is, in its own channel and style."""
        data = example(name)
        return cls(name, data.get("channel", "email"), data.get("language", "en-US"))

    @property
    def id(self) -> str:
        return f"{self.example}-{self.channel}-{self.style}"

    def answers(self) -> dict:
        data = copy.deepcopy(example(self.example))
        data.update(schema_version=4, channel=self.channel, language=self.style)
        return data

    def letters(self) -> tuple[Letter, ...]:
        return tuple(compose(parse(self.answers()), TODAY))

    def author(self) -> str:
        return self.answers()["candidate"]["name"]


CASES = [Case(e, c, s) for e in EXAMPLES for c in CHANNELS for s in STYLES]


def expected(letters: tuple[Letter, ...]) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph the document must hold, in order."""
    out: list[tuple[str, str]] = []
    for letter in letters:
        if letter.channel == "message":  # the text as sent, line by line
            out += [("Message", line) for line in body_text(letter).split("\n") if line]
            continue
        rows: list[tuple[str, str]] = []
        if letter.channel == "letter":
            rows += [("Sender address", line) for line in letter.sender_block]
            rows += [("Date", letter.date_line or "")]
            rows += [("Recipient address", line) for line in letter.recipient_block]
        if letter.channel == "email" and letter.subject:
            rows.append(("Subject", letter.subject))
        rows.append(("Salutation", letter.salutation))
        rows += [("Letter body", p) for p in letter.paragraphs]
        rows.append(("Closing", letter.closing))
        rows += [("Signature", line) for line in letter.signature]
        out += [row for row in rows if row[1]]
    return out


@dataclass(frozen=True)
class Read:
    """What a reader found: paragraphs as (style name, text), where new pages start, the page."""

    paragraphs: list[tuple[str, str]]
    page_breaks: list[int]
    page_mm: tuple[float, float, float, float, float, float]  # width, height, top, right, bottom, left
    title: str
    author: str


def read_docx(data: bytes) -> Read:
    """Every paragraph in document order: the body's, each followed by those of the text boxes
    anchored in it (a DIN 5008 letter's head), which python-docx's `paragraphs` leaves out."""
    document = docx.Document(io.BytesIO(data))
    paragraphs = [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]
    section = document.sections[0]
    return Read(
        [(p.style.name, p.text) for p in paragraphs],
        [i for i, p in enumerate(paragraphs) if p.paragraph_format.page_break_before],
        tuple(round(x.mm, 2) for x in (section.page_width, section.page_height, section.top_margin,
                                       section.right_margin, section.bottom_margin, section.left_margin)),
        document.core_properties.title,
        document.core_properties.author,
    )


def _mm(length: str) -> float:
    assert length.endswith("mm"), length
    return round(float(length[:-2]), 2)


def odt_styles(document: opendocument.OpenDocument) -> dict[str, style.Style]:
    """Every paragraph style by its internal name, named and automatic, from both parts."""
    found = {}
    for root in (document.styles, document.automaticstyles):
        for s in root.getElementsByType(style.Style):
            found[s.getAttribute("name")] = s
    return found


_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_FRAME = ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "frame")
_ODF_WHITESPACE = re.compile("[ \t\r\n]+")


def odf_text(paragraph) -> str:
    """A paragraph's text as a word processor shows it (ODF 1.3 part 3, 6.1.2: white space in
    the XML collapses to one space, none at the paragraph's ends; only <text:s>, <text:tab> and
    <text:line-break> keep spaces, tabs and breaks). odfpy's own extractText does not collapse."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(("W", _ODF_WHITESPACE.sub(" ", child.data)))
            elif child.qname == (_TEXT, "s"):
                out.append(("K", " " * int(child.getAttribute("c") or 1)))
            elif child.qname == (_TEXT, "tab"):
                out.append(("K", "\t"))
            elif child.qname == (_TEXT, "line-break"):
                out.append(("K", "\n"))
            elif child.qname == _FRAME:  # a frame's text is its own paragraphs, read after this one
                continue
            else:
                walk(child)

    walk(paragraph)
    text, last_space = "", True  # a collapsible space at the start is dropped
    for kind, piece in out:
        if kind == "K":
            text, last_space = text + piece, False
            continue
        for ch in piece:
            if ch != " " or not last_space:
                text += ch
            last_space = ch == " "
    if out and out[-1][0] == "W" and text.endswith(" "):
        text = text[:-1]
    return text


def read_odt(data: bytes) -> Read:
    document = opendocument.load(io.BytesIO(data))
    styles = odt_styles(document)
    paragraphs, breaks = [], []
    for i, p in enumerate(document.body.getElementsByType(text.P)):
        s = styles[p.getAttribute("stylename")]
        props = s.getElementsByType(style.ParagraphProperties)
        if props and props[0].attributes.get((FONS, "break-before")) == "page":
            breaks.append(i)
        if not s.getAttribute("displayname"):  # an automatic style: the user's style is its parent
            s = styles[s.getAttribute("parentstylename")]
        paragraphs.append((s.getAttribute("displayname"), odf_text(p)))
    layout = document.automaticstyles.getElementsByType(style.PageLayoutProperties)
    layout = layout or document.styles.getElementsByType(style.PageLayoutProperties)
    page = layout[0].attributes
    meta = document.meta
    return Read(
        paragraphs, breaks,
        tuple(_mm(page[(FONS, k)]) for k in ("page-width", "page-height", "margin-top", "margin-right",
                                             "margin-bottom", "margin-left")),
        teletype.extractText(meta.getElementsByType(dc.Title)[0]),
        teletype.extractText(meta.getElementsByType(dc.Creator)[0]),
    )


READERS = {"docx": read_docx, "odt": read_odt}
