"""A composed letter as structured data.

The composer produces `Letter` values; every output format (plain text,
Markdown, HTML, .eml, mailto) is rendered from these fields, so the wording
is decided in one place and the formats only decide the layout.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Letter:
    """One follow-up letter, ready to be rendered in any format.

    `subject` is set for email only; `date_line`, `sender_block` and
    `recipient_block` for a printed letter only. A short message has none of
    them: just salutation, paragraphs, closing and signature.
    """

    kind: str
    tone: str
    channel: str
    recipient_name: str
    recipient_email: str
    subject: str | None
    date_line: str | None
    sender_block: tuple[str, ...]
    recipient_block: tuple[str, ...]
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]
    language: str = "en-US"
    """The letter language's code (`followup.languages`); a printed page's paper size follows it."""
    left_out: tuple[tuple[str, str], ...] = ()
    """Answers the letter could not use, as (field path, why): `check` reports each one."""


def body_text(letter: Letter) -> str:
    """Salutation, paragraphs, closing and signature as plain text (no headers).

    A short message has single line breaks and no blank lines: it is pasted into
    a LinkedIn note or a text message, whose character limit counts every
    character sent, line breaks included.
    """
    if letter.channel == "message":
        lines = [letter.salutation, *letter.paragraphs, letter.closing, *letter.signature]
        return "\n".join(line for line in lines if line)
    blocks = [letter.salutation, *letter.paragraphs]
    sign = [line for line in (letter.closing, *letter.signature) if line]
    if sign:
        blocks.append("\n".join(sign))
    return "\n\n".join(b for b in blocks if b)


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of characters between spaces."""
    return len(text.split())
