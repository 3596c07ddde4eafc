"""The job search log written out: CSV for a spreadsheet, Markdown, and a page to print.

- CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the machine's code page and
  "Müller" arrives as "MÃ¼ller"), RFC 4180 (comma, CRLF, a field quoted when it holds a comma, a
  quote or a line break, quotes doubled), one header row of `log.COLUMNS`. A cell that begins
  with "=", "+", "-", "@", a tab or a carriage return gets a leading apostrophe, OWASP's advice
  against CSV injection: a spreadsheet shows it as text instead of running it as a formula (so a
  phone number "+44 ..." reads "'+44 ..." in a text editor; `applications.csv_import` removes
  the apostrophe again).
- Markdown: a heading, the name and range, one table; characters Markdown would act on are
  escaped, so a cell can neither break the table nor become a link or HTML.
- HTML: a standalone page for printing (`log.css` inlined: A4 for UK English, US Letter for US
  English), or the same article alone (`fragment`) for the builder, which prints it with the
  same stylesheet.
An empty range still gives the header (CSV) or says that there is nothing in it (Markdown, HTML).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from html import escape
from importlib import resources

from followup import languages
from followup.log import Range, Row, columns
from followup.say import say

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: a leading apostrophe before a formula-like start."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def to_csv(rows: Sequence[Row], style: str = "en-US") -> str:
    """The log as CSV text in language `style`, starting with the byte-order mark; encode it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns(style))
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row.cells(style)])
    return "\ufeff" + out.getvalue()


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\|*_`[]<>#~"})


def _md(cell: str) -> str:
    return " ".join(cell.split()).translate(_MD_SPECIAL)


def _about(name: str, within: Range, style: str) -> str:
    return f"{name} · {within.label(style)}" if name else within.label(style)


def to_markdown(rows: Sequence[Row], name: str, within: Range, style: str = "en-US") -> str:
    """The log as a Markdown document: heading, name and range, one table (or a line saying it is empty)."""
    lines = [f"# {say(style, 'log.title')}", "", _md(_about(name, within, style)), ""]
    if not rows:
        return "\n".join([*lines, say(style, "log.nothing")]) + "\n"
    heads = columns(style)
    lines.append("| " + " | ".join(heads) + " |")
    lines.append("|" + " --- |" * len(heads))
    lines.extend("| " + " | ".join(_md(c) for c in row.cells(style)) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def paper(style: str) -> str:
    """The paper the log is printed on: US Letter for US English, A4 for everything else."""
    return "letter" if style == "en-US" else "a4"


def fragment(rows: Sequence[Row], name: str, within: Range, style: str = "en-US") -> str:
    """The log as one <article>: what the builder prints and what `to_html` wraps."""
    about = escape(_about(name, within, style))
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns(style))
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row.cells(style)) + "</tr>" for row in rows)
    table = (f'<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>' if rows
             else f"<p>{escape(say(style, 'log.nothing'))}</p>")
    lang = languages.get(style)
    # The builder's page may be in another language than the log: the article says which it is in.
    said = "" if lang.family == languages.DEFAULT.family else f' lang="{lang.tag}"'
    return (f'<article class="fk-log fk-log--{paper(style)}" data-paper="{paper(style)}"{said}>'
            f'<h1>{escape(say(style, "log.title"))}</h1><p class="fk-log__about">{about}</p>{table}</article>')


def stylesheet() -> str:
    """The log's print stylesheet (`followup/log.css`)."""
    return (resources.files("followup") / "log.css").read_text(encoding="utf-8")


def to_html(rows: Sequence[Row], name: str, within: Range, style: str = "en-US") -> str:
    """The log as a standalone HTML page to print (no script, nothing fetched)."""
    title = escape(f"{say(style, 'log.title')} – {_about(name, within, style)}")
    return (f'<!DOCTYPE html>\n<html lang="{languages.get(style).tag}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>\n{stylesheet()}</style></head>"
            f"<body>{fragment(rows, name, within, style)}</body></html>\n")
