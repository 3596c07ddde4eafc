"""A letter as an OpenDocument text (.odt, ODF 1.3), from `templates/odt/`.

The package ODF asks for: `mimetype` first and stored uncompressed (so a reader can tell the
type from the file's first bytes), then the manifest, content, styles and meta, sorted.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from followup.documents.din5008 import MARK_PT
from followup.documents.layout import APP_NAME, FONT, FONT_FALLBACKS, FONT_SIZE_PT, Layout
from followup.documents.package import flow, render, zip_parts
from followup.exports import media_type

MEDIA_TYPE = media_type("odt")

PARTS = {
    "META-INF/manifest.xml": "manifest.xml.j2",
    "content.xml": "content.xml.j2",
    "meta.xml": "meta.xml.j2",
    "styles.xml": "styles.xml.j2",
}
"""Each part after `mimetype` and the template that writes it."""

# ODF collapses runs of spaces and drops them at a paragraph's ends, as HTML does; a space that
# would be lost (leading, trailing, or after another) is written as <text:s/>.
_LOST_SPACES = re.compile(r"^ +| +$| {2,}")


def spaces(text: str) -> Markup:
    """`text` XML-escaped, with every space ODF would collapse written as `<text:s text:c="n"/>`."""
    return Markup(_LOST_SPACES.sub(lambda m: f'<text:s text:c="{len(m.group())}"/>', str(escape(text))))


def odf_name(key: str) -> str:
    """A style's internal name: prefixed, so that it never takes over one of LibreOffice's own
    (its "Salutation" is the complimentary close); users see the display name."""
    return f"Letter-{key}"


def _font_family() -> str:
    """Calibri and its fallbacks as a CSS font-family list, which LibreOffice tries in order."""
    return ", ".join(f"'{name}'" if " " in name else name for name in (FONT, *FONT_FALLBACKS))


def to_odt(doc: Layout) -> bytes:
    """The laid-out letter(s) as the bytes of an .odt file."""
    language, _, country = doc.language.partition("-")
    context = dict(doc=doc, page=doc.page, styles=doc.styles, flow=flow(doc),
                   has_frames=any(p.frame for p in doc.paragraphs), mark_pt=MARK_PT, body=doc.body, font=FONT, font_family=_font_family(),
                   size_pt=FONT_SIZE_PT, line_pt=doc.line_pt, app=APP_NAME, language=language, country=country,
                   media_type=MEDIA_TYPE, odf_name=odf_name, spaces=spaces, TAB="\t", BREAK="\n",
                   break_styles=sorted({p.style for p in doc.paragraphs if p.page_break}))
    parts = [(name, render(f"odt/{template}", **context), True) for name, template in sorted(PARTS.items())]
    return zip_parts([("mimetype", MEDIA_TYPE.encode("ascii"), False), *parts])
