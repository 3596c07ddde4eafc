"""The JSON Schemas a builder page carries name every property in the page's language (sitebuild.page_schemas)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from followup import schema
from followup.languages.de import form as german
from sitebuild import page_schemas
from sitebuild.strings import Words


def _titled(node: dict[str, Any], path: str = "") -> Iterator[tuple[str, str]]:
    for key, sub in node.get("properties", {}).items():
        where = f"{path}.{key}" if path else key
        if "title" in sub:
            yield where, sub["title"]
        yield from _titled(sub, where)
        if isinstance(sub.get("items"), dict):
            yield from _titled(sub["items"], where)


def test_the_english_pages_schemas_are_the_schemas_own() -> None:
    assert json.loads(page_schemas.render_schema_json("en")) == schema.json_schema()


def test_every_answers_field_of_the_german_page_has_its_german_label() -> None:
    titles = dict(_titled(json.loads(page_schemas.render_schema_json("de"))))
    labelled = {path: title for path, title in titles.items() if path in german.LABELS}
    assert labelled and labelled == {path: german.LABELS[path] for path in labelled}
    english = dict(_titled(schema.json_schema()))
    assert [path for path in titles if path != "schema_version" and titles[path] == english.get(path)
            and path in german.LABELS and german.LABELS[path] != english[path]] == []


def test_the_german_applications_schema_names_the_record_and_the_application_in_german() -> None:
    whole = json.loads(page_schemas.render_applications_schema_json("de"))
    record = dict(_titled(whole["$defs"]["record"], "record"))
    assert record["record.outcome"] == german.LABELS["record.outcome"]
    assert whole["$defs"]["record"]["properties"]["sent"]["items"]["title"] == german.ITEM_LABELS["record.sent"]
    application = whole["$defs"]["application"]
    words = Words("de")
    assert application["title"] == words("file.schema.application")
    assert application["properties"]["id"]["title"] == words("file.schema.id")
    assert application["properties"]["updated"]["description"] == words("file.schema.updated.help")
