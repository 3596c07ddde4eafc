"""Every format a letter can be saved in, declared once: the CLI, the bundle, the page's buttons follow it.

A `Format` names a format (the CLI's `--format` value, the key of its text in `followup.bundle`'s
result, the page's `data-fk-download` value), its file extension, its media type, whether it is
binary, whether it is made on demand, and which writer makes it. The build writes `page_formats()`
into the builder page, which draws its download buttons from it and saves each file with its
media type, so the page holds no copy of any of this.

Adding a format is one entry here and one writer (in `followup.formats` for text,
`followup.documents` for an editable document).

Edge cases:
- `scope` says what one file holds: "letter" is one letter's text (the CLI prints a panel's
  notes one after another, each under a heading), "letters" is one file of every letter given
  (the CLI writes a panel as one file, the page one note), "answers" comes from the answers,
  not the letters (the reminders: `followup.cli` and `followup.bundle` make it through
  `followup.reminders`, as it can be missing).
- `binary` formats are bytes: the CLI never writes them to a terminal, and the page asks the
  composer's `document` for them (base64).
- `on_demand` text formats are left out (None) of the page's keystroke renders and made when
  the file is downloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from followup.formats import to_eml, to_html_document, to_markdown, to_text

if TYPE_CHECKING:
    from followup.answers import Answers
    from followup.letter import Letter

Scope = Literal["letter", "letters", "answers"]
Writer = Callable[["Sequence[Letter]", "Answers"], "str | bytes"]


def _document(name: str) -> Writer:
    """The writer of an editable document; the document code is imported when one is made."""

    def write(letters: Sequence[Letter], answers: Answers) -> bytes:
        from followup.as_written import as_written
        from followup.documents import to_document

        return to_document(letters, name, as_written(answers).candidate.name)

    return write


@dataclass(frozen=True)
class Format:
    """One output format; see the module docstring for the meaning of each attribute."""

    name: str
    extension: str
    media_type: str
    label: str
    """The page's button text after "Download "."""
    scope: Scope
    write: Writer | None
    """Makes the file from letters (one, for scope "letter") and the answers; None for scope "answers"."""
    binary: bool = False
    on_demand: bool = False


FORMATS: tuple[Format, ...] = (
    Format("text", "txt", "text/plain;charset=utf-8", ".txt", "letter", lambda ls, a: to_text(ls[0])),
    Format("md", "md", "text/markdown;charset=utf-8", ".md", "letter", lambda ls, a: to_markdown(ls[0])),
    Format("html", "html", "text/html;charset=utf-8", ".html", "letters",
           lambda ls, a: to_html_document(ls), on_demand=True),
    Format("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
           "letters", _document("docx"), binary=True, on_demand=True),
    Format("odt", "odt", "application/vnd.oasis.opendocument.text", ".odt", "letters", _document("odt"),
           binary=True, on_demand=True),
    Format("eml", "eml", "message/rfc822", ".eml", "letter", lambda ls, a: to_eml(ls[0], a), on_demand=True),
    Format("ics", "ics", "text/calendar;charset=utf-8", "reminders (.ics)", "answers", None, on_demand=True),
)
"""In the order of the page's buttons."""

BY_NAME: dict[str, Format] = {f.name: f for f in FORMATS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
DOCUMENTS: tuple[str, ...] = tuple(f.name for f in FORMATS if f.binary)
"""The editable documents: binary, made by `followup.documents`."""
LETTER_TEXTS: tuple[Format, ...] = tuple(f for f in FORMATS if not f.binary and f.write is not None)
"""The text formats made from letters: each is a key of every letter in `followup.bundle`'s result."""


def media_type(name: str) -> str:
    """The media type of the format called `name`; KeyError for an unknown name."""
    return BY_NAME[name].media_type


def page_formats() -> list[dict[str, Any]]:
    """What the builder page needs of each format, in button order (written into the page by the build)."""
    return [{"name": f.name, "extension": f.extension, "media_type": f.media_type, "label": f.label,
             "scope": f.scope, "binary": f.binary, "on_demand": f.on_demand} for f in FORMATS]
