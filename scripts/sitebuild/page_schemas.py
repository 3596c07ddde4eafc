"""The JSON Schemas a builder page carries, in the page's language.

The page checks a loaded file against them (`docs/assets/builder/answers-file.js`,
`schema-check.js`) and names each problem by a property's `title`, so a German page's schemas
carry the German words: each field's label and help from the family's form table
(`followup.languages.<family>.form`, keyed by dotted path without list indexes; a list's items take
its `ITEM_LABELS` entry), and the application's own properties (id, last edit) from the page's
words (`file.schema.*`). English's schemas are the schema's own words, unchanged.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from followup import languages, schema
from sitebuild.strings import Words

APPLICATION_WORDS = {"": "file.schema.application", "id": "file.schema.id", "updated": "file.schema.updated"}
"""The application's properties that are no answer or record field: their words' keys (`.help` for the
description), which `sitebuild.strings.SCHEMA_WORDS` lists for every language but English."""


def _compact(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def _form_table(family: str) -> Any:
    return next(lang for lang in languages.LANGUAGES if lang.family == family).table("form")


def in_words(node: dict[str, Any], form: Any, path: str = "") -> None:
    """Give every property under `node` its title and description from `form` (in place)."""
    for key, sub in node.get("properties", {}).items():
        where = f"{path}.{key}" if path else key
        if where in form.LABELS:
            sub["title"] = form.LABELS[where]
        if where in form.HELP:
            sub["description"] = form.HELP[where]
        in_words(sub, form, where)
        items = sub.get("items")
        if isinstance(items, dict):
            if where in form.ITEM_LABELS:
                items["title"] = form.ITEM_LABELS[where]
            in_words(items, form, where)


def answers_schema(family: str = languages.DEFAULT.family) -> dict[str, Any]:
    """The answers JSON Schema in the family's words."""
    whole = schema.json_schema()
    if family != languages.DEFAULT.family:
        in_words(whole, _form_table(family))
    return whole


def render_schema_json(family: str = languages.DEFAULT.family) -> str:
    """The answers JSON Schema as compact JSON text (the template HTML-escapes it into an attribute)."""
    return _compact(answers_schema(family))


def render_applications_schema_json(family: str = languages.DEFAULT.family) -> str:
    """The applications file's JSON Schema without `$defs.answers` (the page has that as `builder_schema`)."""
    from followup.applications.schema import json_schema as applications_schema

    whole = applications_schema()
    whole["$defs"] = {key: value for key, value in whole["$defs"].items() if key != "answers"}
    if family != languages.DEFAULT.family:
        whole = copy.deepcopy(whole)
        in_words(whole["$defs"]["record"], _form_table(family), "record")
        words = Words(family)
        application = whole["$defs"]["application"]
        for key, word in APPLICATION_WORDS.items():
            node = application if not key else application["properties"][key]
            node["title"] = words(word)
            if key:
                node["description"] = words(word + ".help")
        whole["$defs"]["record"]["title"] = words("file.schema.record")  # a $ref's problems are named by its target
    return _compact(whole)
