"""Every output format of a letter: plain text, Markdown, HTML, .eml, mailto (.ics reminders: `followup.reminders`).

The wording is decided by the composer (`followup.letter.Letter`); these functions only
lay it out, and make sure that nothing a person typed can change the structure of the
output: HTML is escaped, Markdown syntax is neutralised, email headers are built by the
standard library, calendar text is escaped and folded as RFC 5545 says.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from email import policy
from email.charset import QP, Charset
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr
from types import ModuleType
from urllib.parse import quote

from followup.answers import Answers
from followup.as_written import as_written
from followup.languages import get
from followup.letter import Letter, body_text

# Calendar reminders live in `followup.reminders`; re-exported for the code that imports them from here.
from followup.reminders import Reminder, ics_escape, ics_fold, reminders, to_ics

__all__ = ["Reminder", "ics_escape", "ics_fold", "mailto", "md_escape", "reminders", "to_eml", "to_html",
           "to_html_document", "to_ics", "to_markdown", "to_text"]

# --- plain text --------------------------------------------------------------------


def _words(letter: Letter) -> ModuleType:
    """The letter language's `documents` table: the subject's label, the page's title and language."""
    return get(letter.language).table("documents")


def _head(letter: Letter) -> list[tuple[str, tuple[str, ...]]]:
    """A printed letter's blocks before the salutation as (what, lines), in the order its
    arrangement reads them: sender, date, recipient (English); sender, recipient, date, then the
    subject without a label (DIN 5008, when the letter has one)."""
    date = ("date", (letter.date_line,) if letter.date_line else ())
    sender, recipient = ("sender", letter.sender_block), ("recipient", letter.recipient_block)
    if _words(letter).ARRANGEMENT == "din5008-b":
        return [sender, recipient, date, ("subject", (letter.subject,) if letter.subject else ())]
    return [sender, date, recipient]


def to_text(letter: Letter) -> str:
    """The letter as plain text, ready to paste.

    Email: a "Subject: …" line ("Betreff: …" in German), a blank line, then the body. Someone
    copying into a mail app pastes the first line into the subject box and the rest into the
    message; the bundle also returns `subject` and `body` separately for a copy button that
    wants just one. Printed letter: sender block, date, recipient block, then the body (a DIN
    5008 letter: sender, recipient, date, the subject line without a label, then the body).
    Short message: the body alone, exactly what is counted against the limit.
    """
    body = body_text(letter)
    if letter.channel == "email" and letter.subject:
        return f"{_words(letter).SUBJECT_LABEL}: {letter.subject}\n\n{body}"
    if letter.channel == "letter":
        head = ["\n".join(block) for _, block in _head(letter)]
        return "\n\n".join([*(h for h in head if h), body])
    return body


# --- Markdown ----------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Line starts that Markdown reads as structure: "1. " lists, "#" headings (Python-Markdown
# needs no space after it), "> " quotes, "- "/"+ " lists and "---" rules.
_MD_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([#>])|^([+\-])(?=[\s+\-]|$)")


def _md_line_start(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{m.group(1)}\\{m.group(2)}"
    return "\\" + (m.group(3) or m.group(4))


def md_escape(text: str) -> str:
    """Text that Markdown renders literally: no emphasis, links, headings, lists or raw HTML.

    `<` becomes `&lt;` (Python-Markdown has no backslash escape for it, and raw HTML
    would pass through); the rest gets CommonMark backslash escapes.
    """
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;")
    lines = []
    for line in text.split("\n"):
        line = line.lstrip()  # leading spaces would make a code block
        line = _MD_LINE_START.sub(_md_line_start, line, count=1)
        lines.append(line)
    return "  \n".join(lines)  # a line break inside a paragraph stays a line break


def to_markdown(letter: Letter) -> str:
    """The letter as Markdown: the same layout as `to_text`, with every user text escaped."""
    blocks: list[str] = []
    if letter.channel == "email" and letter.subject:
        blocks.append(f"**{_words(letter).SUBJECT_LABEL}:** {md_escape(letter.subject)}")
    if letter.channel == "letter":
        for what, block in _head(letter):
            if block and what == "subject":
                blocks.append(f"**{md_escape(block[0])}**")
            elif block:
                blocks.append("  \n".join(md_escape(line) for line in block))
    if letter.channel == "message":
        blocks.append(md_escape(body_text(letter)))
        return "\n\n".join(blocks)
    if letter.salutation:
        blocks.append(md_escape(letter.salutation))
    blocks.extend(md_escape(p) for p in letter.paragraphs if p)
    sign = [line for line in (letter.closing, *letter.signature) if line]
    if sign:
        blocks.append("  \n".join(md_escape(line) for line in sign))
    return "\n\n".join(blocks)


# --- HTML --------------------------------------------------------------------------


def _h(text: str) -> str:
    """Escaped text, line breaks kept as <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def to_html(letter: Letter) -> str:
    """The letter as an HTML fragment: `<article class="letter">…</article>`, everything escaped.

    A letter in another language than English says so (`lang`), for screen readers and
    hyphenation on the English page. A DIN 5008 printed letter says its arrangement
    (`data-layout="din5008-b"`, which the print stylesheet places on the page) and holds the
    address field (the return address over the recipient) and the subject in bold, unlabelled;
    its letterhead is the name and the rest of the sender's block on one line, and the closing and
    the signature are two paragraphs.
    """
    words = _words(letter)
    din = letter.channel == "letter" and words.ARRANGEMENT == "din5008-b"
    attrs = " ".join(
        f'data-{name}="{html.escape(value, quote=True)}"'
        for name, value in (("kind", letter.kind), ("tone", letter.tone), ("channel", letter.channel),
                            *((("layout", words.ARRANGEMENT),) if din else ()))
    )
    lang = get(letter.language)
    if lang.family != "en":
        attrs += f' lang="{html.escape(lang.tag, quote=True)}"'
    parts = [f'<article class="letter" {attrs}>']
    if letter.channel == "email" and letter.subject:
        parts.append(f'<p class="letter-subject"><strong>{_h(words.SUBJECT_LABEL)}:</strong> {_h(letter.subject)}</p>')
    if din:  # the letterhead as the documents print it: the name, then the rest on one line
        name, *rest = letter.sender_block or ("",)
        head = [line for line in (name, " · ".join(line for line in rest if line)) if line]
        parts.append('<div class="letter-marks" aria-hidden="true"></div>')  # the fold and hole marks, in print
        if head:
            parts.append(f'<address class="letter-sender">{_h(chr(10).join(head))}</address>')
        back = words.return_address(letter.sender_block)
        parts.append('<div class="letter-field">' + (f'<p class="letter-return">{_h(back)}</p>' if back else "")
                     + f'<address class="letter-recipient">{_h(chr(10).join(letter.recipient_block))}</address></div>')
        if letter.date_line:
            parts.append(f'<p class="letter-date">{_h(letter.date_line)}</p>')
        if letter.subject:
            parts.append(f'<p class="letter-subject"><strong>{_h(letter.subject)}</strong></p>')
    elif letter.channel == "letter":
        if letter.sender_block:
            parts.append(f'<address class="letter-sender">{_h(chr(10).join(letter.sender_block))}</address>')
        if letter.date_line:
            parts.append(f'<p class="letter-date">{_h(letter.date_line)}</p>')
        if letter.recipient_block:
            parts.append(f'<address class="letter-recipient">{_h(chr(10).join(letter.recipient_block))}</address>')
    if letter.channel == "message":
        parts.append(f'<p class="letter-message">{_h(body_text(letter))}</p>')
    else:
        if letter.salutation:
            parts.append(f'<p class="letter-salutation">{_h(letter.salutation)}</p>')
        parts.extend(f"<p>{_h(p)}</p>" for p in letter.paragraphs if p)
        sign = [line for line in (letter.closing, *letter.signature) if line]
        if din:  # apart, so that print keeps room for the handwritten signature between them
            if letter.closing:
                parts.append(f'<p class="letter-signoff">{_h(letter.closing)}</p>')
            if letter.signature:
                parts.append(f'<p class="letter-signature">{_h(chr(10).join(letter.signature))}</p>')
        elif sign:
            parts.append(f'<p class="letter-signoff">{_h(chr(10).join(sign))}</p>')
    parts.append("</article>")
    return "\n".join(parts)


_HTML_STYLE = """\
body { font: 1rem/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 40rem; margin: 2.5rem auto; padding: 0 1.25rem; }
p, address { margin: 0 0 1em; }
address { font-style: normal; }
article + article { break-before: page; margin-top: 3em; }
@media print { body { margin: 0; max-width: none; } }
@page { size: auto; margin: 20mm 18mm; }"""

_DIN_STYLE = """\
@page din5008 { size: A4; margin: 0; }
@media print {
body { page: din5008; margin: 0; padding: 0; max-width: none; }
article[data-layout="din5008-b"] { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0; padding: 98.46mm 20mm 20mm 25mm; font: 11pt/1.2 Georgia, "Times New Roman", serif; }
article[data-layout="din5008-b"] + article { margin-top: 0; }
article[data-layout="din5008-b"] p, article[data-layout="din5008-b"] address { margin: 0 0 1.2em; }
.letter-sender { position: absolute; top: 15mm; left: 25mm; right: 20mm; margin: 0 !important; line-height: 1.5; }
.letter-field { position: absolute; top: 45mm; left: 20mm; width: 85mm; height: 45mm; overflow: hidden; }
.letter-return { position: absolute; top: 13.47mm; left: 5mm; right: 0; margin: 0 !important; font-size: 8pt; line-height: 4.23mm; white-space: nowrap; overflow: hidden; }
.letter-recipient { position: absolute; top: 17.7mm; left: 5mm; right: 0; margin: 0 !important; line-height: 4.55mm; }
.letter-date { position: absolute; top: 50mm; left: 125mm; right: 20mm; margin: 0 !important; }
article[data-layout="din5008-b"] .letter-subject { margin-bottom: 2.4em; }
article[data-layout="din5008-b"] .letter-signoff { margin-bottom: 3.6em; }
.letter-marks, .letter-marks::before, .letter-marks::after { position: absolute; left: 5mm; width: 5mm; border-top: 0.75pt solid #000; }
.letter-marks { top: 105mm; }
.letter-marks::before { content: ""; left: 0; top: calc(43.5mm - 0.75pt); width: 8mm; }
.letter-marks::after { content: ""; left: 0; top: calc(105mm - 0.75pt); }
}"""
"""A DIN 5008 letter's print (Form B on A4), as the builder's print stylesheet has it; only in a
page of such letters, so an English page is as it always was."""


def to_html_document(letters: Sequence[Letter]) -> str:
    """The letters as one complete HTML page (the CLI's `html` and the builder's .html download).

    Each letter is `to_html`'s escaped article, a panel's notes each from a new printed page.
    The title is one letter's subject, else "Letter to NAME" (several letters: "Notes to A, B"),
    in the letters' language, which the page declares (`lang`).
    An empty sequence is a ValueError: there is no page without a letter.
    """
    if not letters:
        raise ValueError("an HTML document needs at least one letter")
    words, lang = _words(letters[0]), get(letters[0].language)
    if len(letters) == 1:
        title = letters[0].subject or words.PAGE_TITLE_ONE.format(name=letters[0].recipient_name)
    else:
        title = words.PAGE_TITLE_MANY.format(names=", ".join(letter.recipient_name for letter in letters))
    articles = "\n".join(to_html(letter) for letter in letters)
    page_lang = "en" if lang.family == "en" else lang.tag  # an English page has always said "en"
    din = letters[0].channel == "letter" and words.ARRANGEMENT == "din5008-b"
    style = f"{_HTML_STYLE}\n{_DIN_STYLE}" if din else _HTML_STYLE
    return (f"<!DOCTYPE html>\n<html lang=\"{page_lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title, quote=False)}</title>\n<style>\n{style}\n</style>\n</head>\n"
            f"<body>\n{articles}\n</body>\n</html>\n")


# --- email -------------------------------------------------------------------------


def _one_line(text: str) -> str:
    """Header text on one line: a line break in a header would start a new header."""
    return " ".join(text.split())


_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP
_EML_POLICY = policy.compat32.clone(linesep="\r\n")


def _address(name: str, email: str) -> str | None:
    """A header address ("Name <a@b>", non-ASCII names RFC 2047-encoded), or None when unknown.

    Internationalised domains are IDNA-encoded; a non-ASCII local part cannot be
    written without SMTPUTF8, so such an address is left out rather than mangled.
    """
    if not email or "@" not in email:
        return None
    local, _, domain = email.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not local.isascii() or any(c in local for c in ' <>,;:"()[]\\') or not local:
        return None
    return formataddr((_one_line(name), f"{local}@{domain}"), charset="utf-8")


def _header(text: str) -> str | Header:
    text = _one_line(text)
    return text if text.isascii() else Header(text, "utf-8")


def to_eml(letter: Letter, answers: Answers) -> str:
    """The letter as an .eml message (RFC 5322, CRLF line ends), for a mail app to open as a draft.

    To when the recipient's email is known, From when the candidate's is, the subject,
    and a UTF-8 quoted-printable text/plain body. `X-Unsent: 1` asks Outlook to open it
    as a draft. No Date header: the mail app sets it when the message is sent, and the
    file stays the same for the same answers.

    Built with the standard library's `email` package in its compat32 flavour
    (`MIMEText`): the same headers as `EmailMessage` would write, in a fraction of its
    time (the benchmark's report has the figures).
    """
    msg = MIMEText(body_text(letter), "plain", _UTF8_QP)
    to = _address(letter.recipient_name, letter.recipient_email)
    if to is not None:
        msg["To"] = to
    written = as_written(answers)
    sender = _address(written.candidate.name, written.candidate.email)
    if sender is not None:
        msg["From"] = sender
    msg["Subject"] = _header(letter.subject or f"{written.role} at {written.company}")
    msg["X-Unsent"] = "1"
    return msg.as_string(policy=_EML_POLICY)


def mailto(letter: Letter) -> str:
    """A mailto: link (RFC 6068) with the recipient, subject and body percent-encoded.

    Line breaks are CRLF, as the RFC asks. Long letters make long links; the builder
    offers the .eml download when a link is too long for the mail app.
    """
    address = quote(letter.recipient_email, safe="@") if letter.recipient_email else ""
    params = []
    if letter.subject:
        params.append("subject=" + quote(letter.subject, safe=""))
    params.append("body=" + quote(body_text(letter).replace("\n", "\r\n"), safe=""))
    return f"mailto:{address}?" + "&".join(params)
