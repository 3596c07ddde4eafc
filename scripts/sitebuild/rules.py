"""MkDocs hook logic: the guide states the composer's rules in the composer's own words.

Why: a waiting time, a limit or a count typed into a page drifts from the arithmetic the builder
applies (the guide once said "under 300 characters" where the composer says "kept near"). So a
page never types a rule: it writes a marker, and the build puts in `followup.rules`' text.

Marker syntax, anywhere in a page's Markdown or its front-matter description:

    {{ rule.send_within }}                 ->  within 24 hours
    {{ rule.send_within | capitalize }}    ->  Within 24 hours

`capitalize` upper-cases the first letter only (for the start of a sentence or a heading). An
unknown rule or filter stops the build with a message that names the page and the known rules.
Markers inside fenced code are replaced too: a page that shows the syntax itself must not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mkdocs.exceptions import PluginError

from followup import rules
from sitebuild import rules_de

MARKER = re.compile(r"\{\{\s*rule\.(?P<name>[a-z_]+)\s*(?:\|\s*(?P<filter>[a-z_]+)\s*)?\}\}")
FILTERS = {"capitalize": lambda s: s[:1].upper() + s[1:]}


def words_for(src_uri: str) -> Callable[[str], str]:
    """The rules' words for a page: German under `de/` (`sitebuild.rules_de`), else `followup.rules`' English."""
    return rules_de.text if src_uri.startswith("de/") else rules.text


def render_rules(text: str, where: str, words_of: Callable[[str], str] = rules.text) -> str:
    """`text` with every rule marker replaced by the rule's words; ValueError naming `where` otherwise."""

    def replace(match: re.Match[str]) -> str:
        try:
            words = words_of(match["name"])
        except KeyError as error:
            raise ValueError(f"{where}: {error.args[0]}") from None
        name = match["filter"]
        if name is None:
            return words
        if name not in FILTERS:
            raise ValueError(f"{where}: unknown filter {name!r} in {match[0]!r}; known: {', '.join(FILTERS)}")
        return FILTERS[name](words)

    return MARKER.sub(replace, text)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    where = page.file.src_uri
    try:
        if isinstance(page.meta.get("description"), str):
            page.meta["description"] = render_rules(page.meta["description"], where, words_for(where))
        return render_rules(markdown, where, words_for(where))
    except ValueError as error:
        raise PluginError(str(error)) from None
