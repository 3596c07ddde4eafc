"""Editable documents: a letter as Word (.docx) or OpenDocument (.odt), in Python's standard library.

The same code runs on the command line and in the browser's Pyodide worker, so it uses only
the standard library's `zipfile` and the Jinja2 templates of each XML part (`templates/docx/`,
`templates/odt/`): no python-docx (it needs lxml, which Pyodide's runtime here does not have).
Imported only when a document is asked for, so the builder's start does not pay for it.

The wording comes from the composer's `Letter`s, unchanged; `layout` decides the page, the
paragraph styles and the order, and the two writers only serialise that layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup.documents import docx, odt
from followup.documents.layout import layout
from followup.letter import Letter

WRITERS = {"docx": docx.to_docx, "odt": odt.to_odt}
"""Each document format's writer; the format itself (its media type, its label) is declared in `followup.exports`."""


def to_document(letters: Sequence[Letter], fmt: str, author: str) -> bytes:
    """`letters` as one document in `fmt` ("docx" or "odt"), each letter from a new page.

    `author` (the candidate) goes into the document's properties with the title; nothing else
    personal does. The same letters give the same bytes. Raises ValueError for an unknown
    format or no letters.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown document format {fmt!r}: one of {', '.join(WRITERS)}")
    return writer(layout(letters, author))
