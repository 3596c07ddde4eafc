"""The answers walker: untrusted JSON checked field by field against `followup.schema.FIELDS`.

It collects every problem (in field order, each naming the field and saying what to
do) instead of stopping at the first, and builds the typed values of `followup.model`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, time
from typing import Any

from followup.model import Candidate, Interviewer, Problem
from followup.schema import KINDS, Field

# The dataclass each group of fields becomes. The schema describes fields, not Python
# classes, so this one link between the two lives here.
_GROUP_CLASSES: dict[str, type] = {"candidate": Candidate, "interviewers": Interviewer}

_EXAMPLE_DATE = "2026-11-24"
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"(\d{2}):(\d{2})")
# C0 controls except tab and newline, DEL, C1 controls, and lone surrogates (which JSON
# can carry as "\ud800" but no file or screen can show).
_BAD_CHAR_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# One-line fields refuse tab and newline as well.
_BAD_CHAR_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_TEXT_TYPES = frozenset({"string", "text", "email", "url", "tel"})
MAX_JSON_CHARS = 2_000_000
"""Largest answers document `loads` reads: ample for the limits in the schema, and
small enough that a pasted megabyte of junk is refused quickly."""


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def label_of_item(f: Field) -> str:
    """The label of one item of a list field: "Interviewers" -> "Interviewer"."""
    return f.item_label or f.label


def describe(value: object) -> str:
    """What a JSON value is, in words, for "must be text, not a number"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def quote(value: object, limit: int = 40) -> str:
    """A short, printable echo of what the user wrote, for messages."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = _BAD_CHAR_LINE.sub("\ufffd", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _what_to_enter(f: Field) -> str:
    if f.required_hint:
        return f.required_hint
    if f.type == "choice":
        return "choose one of: " + ", ".join(f.choice_values())
    if f.type == "date":
        return "enter the date"  # no format: a form shows its own; a file's wrong format has its own message
    first = f.help.split(". ")[0].rstrip(".")
    if first.startswith(("The ", "One ", "What ", "Your ")):
        return "enter " + first[0].lower() + first[1:]
    return "fill it in"


class Walker:
    """Walks untrusted data along the schema, collecting problems and typed values."""

    def __init__(self, kind: str | None) -> None:
        self.kind = kind
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def unknown_keys(self, data: Mapping[str, Any], fields: tuple[Field, ...], prefix: str,
                     label_prefix: str, extra: tuple[str, ...] = ()) -> None:
        known = [f.name for f in fields] + list(extra)
        for key in data:
            if key in known:
                continue
            message = f"{label_prefix}Unknown field {quote(key)}: remove it, or check its spelling"
            import difflib  # only for a misspelt key: importing it costs the browser builder's first start

            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            if close:
                message += f' (did you mean "{close[0]}"?)'
            self.add(prefix + str(key), message + ".")

    def group(self, data: Mapping[str, Any], fields: tuple[Field, ...], prefix: str,
              schema_prefix: str, label_prefix: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for f in fields:
            values[f.name] = self.value(f, data.get(f.name), prefix + f.name,
                                        schema_prefix + f.name, label_prefix)
        return values

    def value(self, f: Field, raw: object, path: str, schema_path: str, label_prefix: str) -> Any:
        label = label_prefix + f.label
        if f.type in _TEXT_TYPES:
            return self.text(f, raw, path, schema_path, label)
        if f.type in ("date", "time"):
            return self.moment(f, raw, path, schema_path, label)
        if f.type == "choice":
            return self.choice(f, raw, path, schema_path, label)
        if f.type == "integer":
            return self.integer(f, raw, path, label)
        if f.type == "boolean":
            if raw is None:
                return bool(f.default)
            if not isinstance(raw, bool):
                self.add(path, f"{label} must be true or false, not {describe(raw)}.")
                return bool(f.default)
            return raw
        if f.type == "object":
            return self.object(f, raw, path, schema_path, label_prefix)
        if f.type == "list":
            return self.list(f, raw, path, schema_path, label_prefix)
        raise AssertionError(f"schema field {f.name} has unknown type {f.type}")  # pragma: no cover

    def missing(self, f: Field, path: str, schema_path: str, label: str) -> None:
        everywhere = f.required_for == frozenset(KINDS)
        if not everywhere and not (self.kind and f.required(self.kind)):
            return
        qualifier = ""
        if not everywhere:
            qualifier = f" for {_article(self.kind or '')} {self.kind} letter"
        self.add(path, f"{label} is required{qualifier}: {_what_to_enter(f)}.")

    def text(self, f: Field, raw: object, path: str, schema_path: str, label: str) -> str:
        if raw is None:
            self.missing(f, path, schema_path, label)
            return ""
        if not isinstance(raw, str):
            self.add(path, f"{label} must be text, not {describe(raw)}: write it in double quotes.")
            return ""
        value = raw.replace("\r\n", "\n").replace("\r", "\n")
        stripped = value.strip()
        # Line breaks around a one-line value are only whitespace; inside it they are a mistake.
        bad = _BAD_CHAR_TEXT.search(value) or (f.type != "text" and _BAD_CHAR_LINE.search(stripped))
        value = stripped
        if f.max_length is not None and len(value) > f.max_length:
            self.add(path, f"{label} is too long: {len(value):,} characters, the limit is {f.max_length:,}. "
                           f"Shorten it to {f.max_length:,} characters or fewer.")
            return ""
        if bad:
            char = bad.group()
            if char in "\n\t":
                self.add(path, f"{label} must be one line: remove the line break or tab.")
            elif "\ud800" <= char <= "\udfff":
                self.add(path, f"{label} contains a broken character (an unpaired surrogate): "
                               "retype the text around it.")
            else:
                self.add(path, f"{label} contains an invisible control character (U+{ord(char):04X}): "
                               "delete it; it usually comes from copying text out of another program.")
            return ""
        if not value:
            self.missing(f, path, schema_path, label)
            return ""
        if f.type == "email" and not _looks_like_email(value):
            self.add(path, f"{label} does not look like an email address ({quote(value)}): "
                           "check it, for example name@example.com, or leave it empty.")
        elif f.type == "url" and not value.lower().startswith(("https://", "http://")):
            self.add(path, f"{label} must be a full link starting with https:// or http:// "
                           f"({quote(value)}): paste the whole address, or leave it empty.")
        elif f.type == "url" and any(c.isspace() for c in value):
            self.add(path, f"{label} must not contain spaces ({quote(value)}): paste the link again.")
        elif f.type == "tel" and not any(c.isdigit() for c in value):
            self.add(path, f"{label} does not look like a phone number ({quote(value)}): "
                           "enter it with its digits, for example +1 555 0100, or leave it empty.")
        return value

    def moment(self, f: Field, raw: object, path: str, schema_path: str, label: str) -> Any:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self.missing(f, path, schema_path, label)
            return None
        if f.type == "date":
            expected = f"{label} must be a date like {_EXAMPLE_DATE} (year-month-day)"
        else:
            expected = f"{label} must be a 24-hour time like 14:30 (hours:minutes)"
        if not isinstance(raw, str):
            self.add(path, f"{expected}, not {describe(raw)}.")
            return None
        value = raw.strip()
        if f.type == "date":
            if _DATE_RE.fullmatch(value):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    self.add(path, f"{expected}: {quote(value)} is not a day in the calendar.")
                    return None
        else:
            m = _TIME_RE.fullmatch(value)
            if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
                return time(int(m.group(1)), int(m.group(2)))
        self.add(path, f"{expected}, not {quote(value)}.")
        return None

    def choice(self, f: Field, raw: object, path: str, schema_path: str, label: str) -> str:
        allowed = f.choice_values()
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            self.missing(f, path, schema_path, label)
            return "" if f.default is None else str(f.default)
        value = raw.strip() if isinstance(raw, str) else raw
        if value not in allowed:
            shown = quote(value) if isinstance(value, str) else describe(value)
            self.add(path, f"{label} must be one of: {', '.join(allowed)} (not {shown}).")
            return "" if f.default is None else str(f.default)
        return str(value)

    def integer(self, f: Field, raw: object, path: str, label: str) -> int:
        fallback = int(f.default) if f.default is not None else 0
        if raw is None:
            return fallback
        if isinstance(raw, bool) or not isinstance(raw, int):
            self.add(path, f"{label} must be a whole number, not {describe(raw)}.")
            return fallback
        if (f.minimum is not None and raw < f.minimum) or (f.maximum is not None and raw > f.maximum):
            low = f.minimum if f.minimum is not None else "any"
            high = f.maximum if f.maximum is not None else "any"
            shown = str(raw) if len(str(raw)) < 20 else "that"
            self.add(path, f"{label} must be between {low} and {high}, not {shown}.")
            return fallback
        return raw

    def object(self, f: Field, raw: object, path: str, schema_path: str, label_prefix: str) -> Any:
        cls = _GROUP_CLASSES[f.name]
        data: Mapping[str, Any]
        if raw is None:
            data = {}
        elif isinstance(raw, dict):
            data = raw
        else:
            names = ", ".join(sub.name for sub in f.fields)
            self.add(path, f"{label_prefix}{f.label} ({f.name}) must be an object with the fields "
                           f"{names}, not {describe(raw)}.")
            data = {}
        self.unknown_keys(data, f.fields, path + ".", label_prefix)
        values = self.group(data, f.fields, path + ".", schema_path + ".", label_prefix)
        try:
            return cls(**values)
        except TypeError:  # pragma: no cover - schema and dataclass disagree
            return None

    def list(self, f: Field, raw: object, path: str, schema_path: str, label_prefix: str) -> tuple[Any, ...]:
        cls = _GROUP_CLASSES[f.name]
        label = label_prefix + f.label
        item_label = label_of_item(f)
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            self.add(path, f"{label} must be a list, not {describe(raw)}: write it in square brackets [ ].")
            return ()
        given = [(i, item) for i, item in enumerate(raw) if not _blank_item(item)]
        if not given and f.required(self.kind or ""):
            self.add(path, f"{label}: {_article(self.kind or '')} {self.kind} letter needs at least one "
                           f"{item_label.lower()}: add one, with their name.")
        elif f.min_items and len(given) < f.min_items:
            self.add(path, f"{label}: add at least {f.min_items} (you have {len(given)}).")
        if f.max_items is not None and len(given) > f.max_items:
            self.add(path, f"{label}: at most {f.max_items} are allowed, you have {len(given)}: "
                           f"remove {len(given) - f.max_items}.")
            given = given[: f.max_items]
        items = []
        for i, item in given:
            item_path = f"{path}.{i}"
            prefix = f"{label_prefix}{item_label} {i + 1}: "
            if not isinstance(item, dict):
                self.add(item_path, f"{prefix}must be an object with the fields "
                                    f"{', '.join(sub.name for sub in f.fields)}, not {describe(item)}.")
                continue
            self.unknown_keys(item, f.fields, item_path + ".", prefix)
            values = self.group(item, f.fields, item_path + ".", schema_path + ".", prefix)
            items.append(cls(**values))
        return tuple(items)


def _blank_item(item: object) -> bool:
    """A list item with nothing filled in (an empty row of the form): skipped, not an error.

    An unticked box (False) is nothing filled in: the form sends one for every row.
    """
    return isinstance(item, dict) and all(
        v is None or v is False or (isinstance(v, str) and not v.strip()) for v in item.values()
    )


def _looks_like_email(value: str) -> bool:
    """A light check that catches typos, not a full RFC 5322 parser: one @, a dot after it."""
    if value.count("@") != 1 or any(c.isspace() for c in value) or any(c in value for c in "<>,;\"()[]\\"):
        return False
    local, domain = value.split("@")
    return bool(local) and "." in domain.strip(".") and not domain.startswith(".") and not domain.endswith(".")
