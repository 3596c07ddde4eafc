"""Answers: loading, upgrading and dumping an answers file; the types live in `followup.model`.

An answers file is one JSON document (see `followup.schema`). The loader turns
untrusted JSON into these frozen dataclasses or raises `AnswersError` listing
every problem, each naming the field and saying what to do.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from followup import languages
from followup.field_types import TYPES
from followup.model import Answers, AnswersError, Candidate, Interviewer, Problem
from followup.schema import FIELDS, KINDS, SCHEMA_VERSION, Field, field_by_path
from followup.validation import MAX_JSON_CHARS, Validator, describe, form_words, label_of_item, quote

__all__ = ["Answers", "AnswersError", "Candidate", "Interviewer", "Problem", "decode", "field_label", "label_for", "loads",
           "parse", "to_dict", "upgrade"]


# ---------------------------------------------------------------------------
# Loading and validation, driven by `followup.schema.FIELDS`.
# ---------------------------------------------------------------------------

def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 to 3: every new answer is optional, so a version 2 file reads unchanged and means
    what it meant: no job search log facts recorded (`tracking`), an external candidate
    (`internal` false) meeting every interviewer for the first time (`met_before` false)."""
    return dict(data)


def v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 to 4: the English style becomes the letter language, value unchanged ("en-GB" is
    both), so nothing is lost; a file without one keeps the default. Whatever the style held moves
    as it is, so a bad one is still reported, now on `language`. No form of address is known."""
    out = dict(data)
    if "style" in out:
        out["language"] = out.pop("style")
    return out


# Upgrade steps: UPGRADES[n] turns a version-n answers dict into a version n+1 one,
# without mutating its argument. Version 2 only added optional answers, so a version 1
# file reads unchanged (its short message keeps the strictest limit, the default).
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: dict, 2: v2_to_v3, 3: v3_to_v4}

def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an answers dict from an older format version to the current one.

    Returns a new dict (the argument is not changed). Raises `AnswersError` when the
    version is missing or malformed, when the file comes from a newer Follow-up Kit
    (refused: guessing would lose what the newer version meant), or when no upgrade
    path exists.
    """
    if "schema_version" not in data:
        raise AnswersError([Problem("schema_version", _MISSING_VERSION)])
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise AnswersError([Problem(
            "schema_version",
            f"Answers format version must be a whole number like {SCHEMA_VERSION}, not {describe(version)}: "
            f'write "schema_version": {SCHEMA_VERSION}.',
        )])
    if version > SCHEMA_VERSION:
        shown = str(version) if version < 10**9 else "a much newer one"
        raise AnswersError([Problem(
            "schema_version",
            f"These answers were made by a newer Follow-up Kit (answers format version {shown}; this one "
            f"reads versions up to {SCHEMA_VERSION}): update Follow-up Kit to open them.",
        )])
    out = dict(data)
    while version < SCHEMA_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            shown = str(version) if version > -(10**9) else "that"
            raise AnswersError([Problem(
                "schema_version",
                f"Answers format version {shown} is not one this Follow-up Kit can read or upgrade "
                f"(it reads version {SCHEMA_VERSION}): start from `followup example` and copy your answers over.",
            )])
        out = step(out)
        version += 1
        out["schema_version"] = version
    return out


_MISSING_VERSION = (
    f'Answers format version is missing: add "schema_version": {SCHEMA_VERSION} at the top of the file '
    "(every file Follow-up Kit saves has it; `followup example` shows one)."
)


def parse(data: object, *, complete: bool = True) -> Answers:
    """Validate untrusted data (decoded JSON) against the schema and return typed answers.

    Every problem is collected, in field order, before raising `AnswersError`: a person
    fixing a file wants the whole list at once. Strings are stripped of surrounding
    whitespace; an empty string means "not given". Interviewer rows with nothing filled
    in are skipped, as a blank row in a form would be. `complete=False` reads answers that
    need not make a letter (a draft, a row imported from a spreadsheet): a missing answer,
    even a required one or the kind, is then no problem; a malformed one still is.
    """
    if not isinstance(data, dict):
        raise AnswersError([Problem(
            "", f"The answers must be a JSON object ({{ ... }}), not {describe(data)}: "
                "start from `followup example`.")])
    problems: list[Problem] = []
    if "schema_version" not in data:
        problems.append(Problem("schema_version", _MISSING_VERSION))
        body: Mapping[str, Any] = data
    else:
        body = upgrade(data)
    kind_raw = body.get("kind")
    kind = kind_raw.strip() if isinstance(kind_raw, str) and kind_raw.strip() in KINDS else None
    language = body.get("language")
    validator = Validator(kind, complete, language if language in languages.CODES else languages.DEFAULT.code)
    validator.problems = problems
    validator.unknown_keys(body, FIELDS, "", "", extra=("schema_version",))
    values = validator.group(body, FIELDS, "", "")
    if validator.problems:
        raise AnswersError(validator.problems)
    return Answers(**values)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {quote(key)} appears twice in one object: keep one")
        out[key] = value
    return out


def decode(text: str | bytes) -> object:
    """Decode answers JSON text, turning every way it can be malformed into `AnswersError`."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise AnswersError([Problem(
                "", f"The answers file is not UTF-8 text (bad byte at position {err.start}): "
                    "save it as UTF-8 and try again.")]) from None
    if not isinstance(text, str):
        raise AnswersError([Problem("", f"The answers must be JSON text, not {describe(text)}.")])
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise AnswersError([Problem("", "The answers file is empty: start from `followup example`.")])
    if len(text) > MAX_JSON_CHARS:
        raise AnswersError([Problem(
            "", f"The answers file is too large ({len(text):,} characters; answers fit in far less than "
                f"{MAX_JSON_CHARS:,}): check that you chose the right file.")])
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as err:
        raise AnswersError([Problem(
            "", f"The answers file is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}. "
                "Check for a missing comma, quote or bracket there.")]) from None
    except RecursionError:
        raise AnswersError([Problem(
            "", "The answers file is nested far too deeply to be an answers file: check that you chose "
                "the right file.")]) from None
    except ValueError as err:  # NaN/Infinity, duplicate keys, integers with thousands of digits
        reason = str(err).splitlines()[0][:160] if str(err) else "a value cannot be read"
        if "digits" in reason:
            reason = "a number has far too many digits"
        raise AnswersError([Problem("", f"The answers file is not valid JSON: {reason}.")]) from None


def loads(text: str | bytes) -> Answers:
    """Parse answers JSON text: `decode` then `parse`; every failure is `AnswersError`."""
    return parse(decode(text))


def to_dict(answers: Answers) -> dict[str, Any]:
    """The canonical JSON-ready form: every key, in schema order; "" for anything not given."""
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in FIELDS:
        out[f.name] = _dump(f, getattr(answers, f.name))
    return out


def _dump(f: Field, value: Any) -> Any:
    if f.type == "object":
        return {sub.name: _dump(sub, getattr(value, sub.name)) for sub in f.fields}
    if f.type == "list":
        return [{sub.name: _dump(sub, getattr(item, sub.name)) for sub in f.fields} for item in value]
    return TYPES[f.type].dump(value)


def field_label(path: str, language: str = languages.DEFAULT.code) -> str:
    """The form's label of the field at a dotted path, list indexes ignored, in `language`:
    "interviewers.0.address_as" -> "Address them as" (the schema's English where the language's
    form table has no word for it)."""
    key = ".".join(part for part in path.split(".") if not part.isdigit())
    return form_words(language)[0].get(key) or field_by_path(key).label


def label_for(path: str, language: str = languages.DEFAULT.code) -> str:
    """The words a person sees for a problem path, in `language`: "interviewers.1.name" ->
    "Interviewer 2: Interviewer name" (each word from the language's form table, else the schema's)."""
    if path in ("", "schema_version"):
        from followup.say import say

        return say(language, "label.schema_version" if path else "label.answers")
    labels, items, _, _ = form_words(language)
    parts = path.split(".")
    fields = FIELDS
    prefix = ""
    label = ""
    key = ""
    i = 0
    while i < len(parts):
        f = next((x for x in fields if x.name == parts[i]), None)
        if f is None:
            return prefix + parts[-1]
        key = f"{key}.{f.name}" if key else f.name
        label = prefix + (labels.get(key) or f.label)
        if f.type == "list" and i + 1 < len(parts) and parts[i + 1].isdigit():
            prefix = f"{prefix}{items.get(key) or label_of_item(f)} {int(parts[i + 1]) + 1}: "
            label = prefix.removesuffix(": ")
            i += 1
        fields = f.fields
        i += 1
    return label
