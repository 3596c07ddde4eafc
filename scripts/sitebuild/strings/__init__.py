"""The builder page's words, one table per language family (`en.json`, `de.json`), like Material's
`partials/languages/`.

Each table has two parts: `page`, the words the build writes into the HTML (builder.html and the
form), and `script`, the words the page's JavaScript writes (status, messages, spoken summaries),
which the build puts into the page's <head> (`<meta name="followup-strings">`) for
`assets/builder/strings.js` (`t(key, vars)`).
English is the reference: every other table has exactly its keys (`missing`, `extra`), and a
`{name}` placeholder in an English string is in the translation too (`placeholder_problems`).

The tables are the site's, not the composer's: they live with the build, never in the `followup`
wheel the browser downloads. A letter's own words come from `followup.languages`.

The start-up stages' English names are the page protocol's (`docs/assets/builder/protocol.js`,
`STAGE_LABEL`); another language names each as `script:stage.<id>` (`protocol_stages`). Likewise a
download format whose English label is more than its extension ("reminders (.ics)", from
`followup.exports`) is named by another language as `page:format.<name>` (`worded_formats`).

Edge cases: a family without a table (a language whose page is not built yet) reads English; a key
missing from a table reads English's, so a missing translation shows English, never a key.
"""

from __future__ import annotations

import json
import re
import string
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROTOCOL_JS = HERE.parents[2] / "docs" / "assets" / "builder" / "protocol.js"
REFERENCE = "en"
PARTS = ("page", "script")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def families() -> tuple[str, ...]:
    """Every family with a table, English first."""
    names = sorted(path.stem for path in HERE.glob("*.json"))
    return (REFERENCE, *(name for name in names if name != REFERENCE))


@cache
def table(family: str) -> dict[str, dict[str, str]]:
    """The family's table as written (`{"page": {...}, "script": {...}}`, and for a language other than
    English `site`, the site-wide words `sitebuild.languages` uses); {} parts when there is none."""
    path = HERE / f"{family}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {part: dict(data.get(part, {})) for part in (*PARTS, "site")}


def words(family: str, part: str) -> dict[str, str]:
    """One part of the family's table, English's words filling any key it lacks."""
    return {**table(REFERENCE)[part], **table(family)[part]}


@cache
def protocol_stages() -> tuple[str, ...]:
    """The `script` keys naming the start-up stages (`stage.download`…), read from protocol.js's STAGE_LABEL."""
    text = PROTOCOL_JS.read_text(encoding="utf-8")
    block = text[text.index("export const STAGE_LABEL"):]
    return tuple(f"stage.{name}" for name in re.findall(r"\[STAGE\.(\w+)\]", block[: block.index("});")]))


@cache
def worded_formats() -> tuple[str, ...]:
    """The `page` keys naming the download formats whose label has words (`format.ics`)."""
    from followup.exports import page_formats

    return tuple(f"format.{f['name']}" for f in page_formats() if f["label"] != f".{f['extension']}")


# The application's own properties in the applications schema (its id, its last edit): English's
# words are that schema's, so another language names them as `page:file.schema.<name>` (and `.help`).
SCHEMA_WORDS = ("file.schema.application", "file.schema.id", "file.schema.id.help", "file.schema.updated",
                "file.schema.updated.help", "file.schema.record")


def _expected(family: str, part: str) -> set[str]:
    keys = set(table(REFERENCE)[part])
    if family == REFERENCE:
        return keys
    return keys | set(protocol_stages() if part == "script" else (*worded_formats(), *SCHEMA_WORDS))


def missing(family: str) -> list[str]:
    """The `part:key`s English has (and the stages' names, for another language) the family's table lacks, sorted."""
    return sorted(f"{part}:{key}" for part in PARTS for key in _expected(family, part) - table(family)[part].keys())


def extra(family: str) -> list[str]:
    """The `part:key`s the family's table has and English does not (a renamed or dropped key), sorted."""
    return sorted(f"{part}:{key}" for part in PARTS for key in table(family)[part].keys() - _expected(family, part))


def placeholder_problems(family: str) -> list[str]:
    """The `part:key`s whose `{name}` placeholders differ from English's (a translation that would drop a value)."""
    out = []
    for part in PARTS:
        for key, english in table(REFERENCE)[part].items():
            theirs = table(family)[part].get(key)
            if theirs is not None and set(_PLACEHOLDER.findall(theirs)) != set(_PLACEHOLDER.findall(english)):
                out.append(f"{part}:{key}")
    return sorted(out)


class Words:
    """The page's words in one family, for templates: `t("apps.title")`, `t("exports.download", label=".txt")`."""

    def __init__(self, family: str) -> None:
        self.family = family
        self.page = words(family, "page")

    def __call__(self, key: str, **values: Any) -> str:
        text = self.page[key]
        return string.Formatter().vformat(text, (), values) if values else text

    def format_label(self, format_: dict[str, Any]) -> str:
        """A download format's label (`followup.exports.page_formats`), in this language's words."""
        return self.page.get(f"format.{format_['name']}", format_["label"])

    def script_json(self) -> str:
        """The script's words as compact JSON (the template HTML-escapes it into its <meta>)."""
        return json.dumps(words(self.family, "script"), ensure_ascii=False, separators=(",", ":"))
