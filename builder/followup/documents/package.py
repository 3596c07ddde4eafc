"""What .docx and .odt files share: XML parts rendered from Jinja2 templates, the flow with its frames, and a zip.

The templates live in `templates/docx/` and `templates/odt/` (shipped in the wheel as
`followup.templates`). Autoescaping is on, so every value a template prints is XML-escaped;
values are XML-safe already (`layout.xml_safe`), so the result is always well-formed.

The zip is deterministic: the same letter gives the same bytes, on any machine and any day.
Every entry has the same fixed timestamp (1980-01-01, the earliest a zip can hold), the same
permissions and "made on Unix", no extra fields and no comment; the caller gives the order.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

from followup.documents.din5008 import Frame
from followup.documents.layout import BODY, Layout, Paragraph

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _load(name: str) -> str:
    return files("followup.templates").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    """The document templates' environment: XML out, everything escaped, every variable required."""
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> bytes:
    """One XML part, UTF-8."""
    return env().get_template(template).render(**context).encode("utf-8")


def zip_parts(parts: Iterable[tuple[str, bytes, bool]]) -> bytes:
    """A zip of `(name, data, compress)` entries, in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, compress in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data, compresslevel=9 if compress else None)
    return buffer.getvalue()


def flow(doc: Layout) -> list[tuple[Paragraph, list[tuple[Frame, list[Paragraph]]]]]:
    """The paragraphs in the flow, each with the frames anchored to it: a framed paragraph goes
    into the frame of the flow paragraph before it (consecutive ones with the same frame share
    it). Framed paragraphs before any flow paragraph get an empty one of the body's style."""
    out: list[tuple[Paragraph, list[tuple[Frame, list[Paragraph]]]]] = []
    for p in doc.paragraphs:
        if p.frame is None:
            out.append((p, []))
            continue
        if not out:
            out.append((Paragraph(BODY.key, ()), []))
        boxes = out[-1][1]
        if boxes and boxes[-1][0] == p.frame:
            boxes[-1][1].append(p)
        else:
            boxes.append((p.frame, [p]))
    return out
