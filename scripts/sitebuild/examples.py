"""MkDocs hook: render the guide's example letters with the real composer at build time.

Why: every example letter on the site must be exactly what the builder would write from the same
answers, so no letter text is ever typed into a page by hand. A page asks for a letter with a
marker line in its Markdown; the hook replaces it with the composer's HTML and a link to the
answers file, which readers can download and load into the builder.

The answers files are the `followup` package's own examples (`followup/examples/`, the ones
`followup example` prints and the tests use): one set for the package, the guide and the tests.
The hook publishes each of them at `examples/NAME.json` in the site.

Marker syntax (one per line, in any guide page):

    <!-- letter: thank-you.json -->
    <!-- letter: panel.json to="Dana Lee" -->
    <!-- letter: check-in-second.json today="2026-12-01" -->

The file name is one of the package's examples. Options: `to` keeps only the letter addressed to
that person (a panel thank-you makes one letter each); `today` fixes the date the letter is
written on. Without `today`, the letter is written on its send-by day (`followup.timing`: the day
after `interview_date`, or the Monday after a Friday interview, as the guide advises), so the
output never depends on when the site is built. Any problem (unknown file, invalid answers, an
option the hook does not know, a name no letter is addressed to) stops the build with a message
that names the page.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import date
from html import escape
from importlib.resources import files as resources
from importlib.resources.abc import Traversable
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from followup.answers import AnswersError, loads
from followup.compose import compose
from followup.formats import to_html
from followup.timing import timing_for

EXAMPLES_DIR = "examples"  # where the site serves them
SOURCE = "followup/examples"  # how messages name the folder they come from
MARKER = re.compile(r"^[ \t]*<!--[ \t]*letter:[ \t]*(?P<args>.*?)[ \t]*-->[ \t]*$", re.MULTILINE)
OPTIONS = frozenset({"to", "today"})

CAPTIONS: dict[str, dict[str, str]] = {
    "en": {
        "to": "Note {number} of {total}: to {name}",
        "count": " ({total} letters, one for each interviewer)",
        "source": "Written by the letter builder from {link}{count}. "
                  "Download it and load it into the builder to try your own changes.",
    },
    "de": {
        "to": "Nachricht {number} von {total}: an {name}",
        "count": " ({total} Nachrichten, eine für jede Person im Gespräch)",
        "source": "Geschrieben vom Briefassistenten aus der Datei {link}{count}. "
                  "Laden Sie sie herunter und öffnen Sie sie im Briefassistenten, um eigene Änderungen auszuprobieren.",
    },
}
"""The words around an example letter, in the page's language: a page under `de/` is German."""


def page_language(src_uri: str) -> str:
    """The language family of a page's own words (not of its letters): `de` under `de/`, else `en`."""
    return "de" if src_uri.startswith("de/") else "en"


@dataclass(frozen=True)
class Marker:
    """One parsed marker: which answers file, and the options that pick and date its letters."""

    file: str
    to: str | None = None
    today: date | None = None


def parse_marker(args: str) -> Marker:
    """The marker's arguments (`panel.json to="Dana Lee"`) as a Marker; ValueError when malformed."""
    words = shlex.split(args)
    if not words:
        raise ValueError("the marker names no answers file")
    file, *rest = words
    if not file.endswith(".json") or "/" in file or "\\" in file:
        raise ValueError(f"{file!r} is not a file name in {SOURCE}/ ending in .json")
    options: dict[str, str] = {}
    for word in rest:
        key, sep, value = word.partition("=")
        if not sep or key not in OPTIONS:
            raise ValueError(f"unknown option {word!r}; known: {', '.join(sorted(OPTIONS))}")
        options[key] = value
    today = date.fromisoformat(options["today"]) if "today" in options else None
    return Marker(file=file, to=options.get("to"), today=today)


def examples() -> Traversable:
    """The folder of example answers files inside the installed `followup` package."""
    return resources("followup") / "examples"


def render_marker(marker: Marker, folder: Traversable, page_url: str, language: str = "en") -> str:
    """The HTML that replaces a marker: the composed letter(s) and a link to the answers file, with the
    words around them in `language` (a family in `CAPTIONS`)."""
    try:
        text = (folder / marker.file).read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot read {SOURCE}/{marker.file}: {error.strerror or 'no such file'}") from None
    try:
        answers = loads(text)
    except AnswersError as error:
        raise ValueError(f"{SOURCE}/{marker.file} is not a valid answers file: {error}") from None
    timing = timing_for(answers)
    today = marker.today or (timing.send_by.date() if timing else None)
    if today is None:
        raise ValueError(f"{SOURCE}/{marker.file} has no interview_date: add today=\"YYYY-MM-DD\"")
    letters = compose(answers, today)
    if marker.to is not None:
        letters = tuple(letter for letter in letters if letter.recipient_name == marker.to)
        if not letters:
            raise ValueError(f"no letter in {SOURCE}/{marker.file} is addressed to {marker.to!r}")
    href = get_relative_url(f"{EXAMPLES_DIR}/{marker.file}", page_url)
    words = CAPTIONS[language]
    total = len(letters)
    count = "" if total == 1 else words["count"].format(total=total)
    tag = letters[0].language if letters else ""
    parts = [f'<div class="fk-example" lang="{escape(tag)}">' if tag else '<div class="fk-example">']
    for number, letter in enumerate(letters, start=1):
        if total > 1:  # a panel: say whose note each one is
            to = words["to"].format(number=number, total=total, name=escape(letter.recipient_name))
            parts.append(f'<p class="fk-example__to">{to}</p>')
        parts.append(to_html(letter))
    link = f'<a href="{escape(href)}" download>{escape(marker.file)}</a>'
    parts += [f'<p class="fk-example__source">{words["source"].format(link=link, count=count)}</p>', "</div>"]
    return "\n".join(parts)


def render_markers(markdown: str, folder: Traversable, page_url: str, where: str) -> str:
    """`markdown` with every letter marker replaced by its rendered HTML block (`where`, the page's
    source path, also chooses the language of the words around it)."""

    def replace(match: re.Match[str]) -> str:
        try:
            html = render_marker(parse_marker(match["args"]), folder, page_url, page_language(where))
        except ValueError as error:  # includes the composer's Refused
            raise PluginError(f"{where}: example letter {match['args']!r}: {error}") from None
        except Exception as error:  # a bug in the composer: still name the page and the marker
            raise PluginError(
                f"{where}: example letter {match['args']!r} failed: {type(error).__name__}: {error}"
            ) from error
        # Blank lines around it: Markdown treats the block as raw HTML and leaves it alone.
        return f"\n\n{html}\n\n"

    return MARKER.sub(replace, markdown)


# --- MkDocs events --------------------------------------------------------------------------------


def on_files(files: Files, config: Any, **kwargs: Any) -> Files:
    """Every example answers file, served at examples/NAME.json for download."""
    for item in sorted(examples().iterdir(), key=lambda item: item.name):
        if item.name.endswith(".json"):
            files.append(File.generated(config, f"{EXAMPLES_DIR}/{item.name}", content=item.read_bytes()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    return render_markers(markdown, examples(), page.url, page.file.src_uri)
