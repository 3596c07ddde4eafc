"""The applications file as JSON Schema (`followup schema --applications`).

Built from the answers schema (`followup.schema.json_schema`, each application's `answers`)
and the record's fields (`followup.applications.RECORD_FIELDS`), so no field is described
twice. What the schema cannot say, the loader checks: ids unique in the file, and the last
edit a real UTC time.
"""

from __future__ import annotations

from typing import Any

from followup.applications.model import APPLICATIONS_VERSION, ID_MAX, MAX_APPLICATIONS, RECORD_FIELDS, SENT
from followup.schema import _object_schema, json_schema as answers_schema

ID_PATTERN = r"^[A-Za-z0-9._:-]+$"
"""An application's id: the loader (`followup.applications.load`) and the page check it by this pattern."""
UPDATED_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?Z$"
"""The last edit, in UTC as the page writes it (`Date.toISOString`); the loader also checks it is a real time."""


def _record() -> dict[str, Any]:
    record = _object_schema(RECORD_FIELDS)
    record["required"] = []  # a missing part is the empty record's: no letters sent, waiting
    record["properties"]["outcome_date"]["type"] = ["string", "null"]
    sent = record["properties"]["sent"]["items"]
    sent["title"] = SENT.item_label  # names the entry in the page's messages ("Sent letter 2")
    # A check-in carries its number; no other letter has one.
    sent["allOf"] = [
        {"if": {"properties": {"kind": {"const": "check-in"}}},
         "then": {"required": ["number"]},
         "else": {"not": {"required": ["number"]}}},
    ]
    return record


def json_schema() -> dict[str, Any]:
    """The applications file as JSON Schema (draft 2020-12); `$defs.answers` is the answers schema."""
    answers = {k: v for k, v in answers_schema().items() if k != "$schema"}
    application = {
        "title": "Application",
        "type": "object",
        "properties": {
            "id": {"title": "Id", "description": "Unique in the file: letters, digits, '-', '_', '.' or ':'.",
                   "type": "string", "pattern": ID_PATTERN, "minLength": 1, "maxLength": ID_MAX},
            "updated": {"title": "Last edit",
                        "description": "A UTC time like 2026-12-02T22:30:00.000Z: the last edit wins between tabs.",
                        "type": "string", "format": "date-time", "pattern": UPDATED_PATTERN},
            "answers": {"$ref": "#/$defs/answers"},
            "record": {"$ref": "#/$defs/record"},
        },
        "required": ["id", "answers"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Follow-up Kit applications",
        "description": "Every application's answers and follow-up record: what the builder's \"Save all\" "
                       "writes and `followup plan` reads. A single answers file is read as one application.",
        "type": "object",
        "properties": {
            "applications_version": {"title": "Applications format version", "type": "integer",
                                     "const": APPLICATIONS_VERSION},
            "applications": {"type": "array", "maxItems": MAX_APPLICATIONS,
                             "items": {"$ref": "#/$defs/application"}},
        },
        "required": ["applications_version", "applications"],
        "additionalProperties": False,
        "$defs": {"application": application, "answers": answers, "record": _record()},
    }
