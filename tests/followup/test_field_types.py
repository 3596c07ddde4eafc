"""Each field type is one object (followup.field_types): every declared field has one, and each owns its parts."""

from __future__ import annotations

from typing import get_args

import pytest

from followup.answers import parse, to_dict
from followup.applications.model import RECORD_FIELDS
from followup.field_types import TYPES
from followup.schema import FIELDS, Field, TypeName, json_schema


def _all(fields: tuple[Field, ...]) -> list[Field]:
    return [x for f in fields for x in (f, *_all(f.fields))]


def test_every_type_name_is_one_object():
    assert set(get_args(TypeName)) == set(TYPES)


def test_every_field_has_a_type_with_a_conversion_or_fields_of_its_own():
    for f in _all(FIELDS) + _all(RECORD_FIELDS):
        spec = TYPES[f.type]
        assert (spec.convert is None) == (spec.control in {"group", "rows"}) == bool(f.fields), f.name


@pytest.mark.parametrize("name", sorted(TYPES))
def test_each_type_writes_json_schema_keywords(name):
    spec = TYPES[name]
    example = next((f for f in _all(FIELDS) + _all(RECORD_FIELDS) if f.type == name), None)
    assert example is not None, f"no field is of type {name}: remove the type, or declare its field"
    keywords = spec.json_schema(example)
    assert set(keywords) <= {"type", "maxLength", "format", "pattern", "enum", "minimum", "maximum"}
    assert keywords.get("type") in ({"string", "integer", "boolean"} if spec.convert else {None})


def test_the_schema_and_the_saved_answers_follow_the_types():
    properties = json_schema()["properties"]
    assert properties["interview_date"]["format"] == "date"
    assert properties["interview_time"]["pattern"] == r"^([01]\d|2[0-3]):[0-5]\d$"
    assert properties["candidate"]["properties"]["email"]["format"] == "email"
    answers = parse({"schema_version": 2, "kind": "thank-you", "company": "N", "role": "R",
                     "candidate": {"name": "A"}, "interview_date": "2026-11-24", "interview_time": "09:05",
                     "interviewers": [{"name": "Dana"}]})
    saved = to_dict(answers)
    assert (saved["interview_date"], saved["interview_time"]) == ("2026-11-24", "09:05")
