"""Each type of answers field as one object: its conversion, its JSON Schema and its saved form.

A `Field` in `followup.schema` names its type by a string ("string", "email", "date", ...);
`TYPES` maps that string to a `FieldType` that owns everything the type decides: how the
validator (`followup.validation`) turns untrusted JSON into a typed value and what it says when it
cannot, the JSON Schema keywords (`followup.schema.json_schema`), how a typed value is written
back to JSON (`followup.answers.to_dict`), and the form control the build renders
(`scripts/sitebuild/builder_form.py`). A new type is one entry here.

Groups ("object") and lists ("list") hold fields of their own: the validator walks them, so
their entries have no conversion of their own (`convert` is None) and their JSON Schema is the
schema's business (it knows the fields).

Edge cases the conversions keep: a value that is missing, blank or only whitespace is "missing"
(required or not is the validator's call); one-line text refuses tabs and line breaks inside
it, while "text" keeps them; CRLF and CR become LF; a date must be a real calendar day; a time is
24-hour HH:MM; an integer is never a boolean.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from followup.schema import Field

_EXAMPLE_DATE = "2026-11-24"
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"(\d{2}):(\d{2})")
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"
# C0 controls except tab and newline, DEL, C1 controls, and lone surrogates (which JSON
# can carry as "\ud800" but no file or screen can show).
_BAD_CHAR_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# One-line fields refuse tab and newline as well.
BAD_CHAR_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


class Reporter(Protocol):
    """What a conversion reports to: the validator (`followup.validation.Validator`)."""

    def add(self, path: str, message: str) -> None: ...

    def missing(self, f: Field, path: str, label: str) -> None: ...

    def say(self, key: str, /, **values: object) -> str: ...

    def describe(self, value: object) -> str: ...

    def number(self, n: int) -> str: ...


Convert = Callable[[Reporter, "Field", object, str, str], Any]


def describe(value: object, language: str = "en-US") -> str:
    """What a JSON value is, in words of `language`, for "must be text, not a number"."""
    from followup.say import say

    if value is None:
        return say(language, "value.null")
    if isinstance(value, bool):
        return say(language, "value.bool")
    if isinstance(value, (int, float)):
        return say(language, "value.number")
    if isinstance(value, str):
        return say(language, "value.text")
    if isinstance(value, list):
        return say(language, "value.list")
    if isinstance(value, dict):
        return say(language, "value.object")
    return type(value).__name__


def quote(value: object, limit: int = 40) -> str:
    """A short, printable echo of what the user wrote, for messages."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = BAD_CHAR_LINE.sub("\ufffd", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _looks_like_email(value: str) -> bool:
    """A light check that catches typos, not a full RFC 5322 parser: one @, a dot after it."""
    if value.count("@") != 1 or any(c.isspace() for c in value) or any(c in value for c in "<>,;\"()[]\\"):
        return False
    local, domain = value.split("@")
    return bool(local) and "." in domain.strip(".") and not domain.startswith(".") and not domain.endswith(".")


# --- conversions ---------------------------------------------------------------------------


def _text(r: Reporter, f: Field, raw: object, path: str, label: str) -> str:
    if raw is None:
        r.missing(f, path, label)
        return ""
    if not isinstance(raw, str):
        r.add(path, r.say("invalid.text", label=label, what=r.describe(raw)))
        return ""
    value = raw.replace("\r\n", "\n").replace("\r", "\n")
    stripped = value.strip()
    # Line breaks around a one-line value are only whitespace; inside it they are a mistake.
    bad = _BAD_CHAR_TEXT.search(value) or (not TYPES[f.type].multiline and BAD_CHAR_LINE.search(stripped))
    value = stripped
    if f.max_length is not None and len(value) > f.max_length:
        r.add(path, r.say("invalid.too-long", label=label, length=r.number(len(value)),
                          limit=r.number(f.max_length)))
        return ""
    if bad:
        char = bad.group()
        if char in "\n\t":
            r.add(path, r.say("invalid.one-line", label=label))
        elif "\ud800" <= char <= "\udfff":
            r.add(path, r.say("invalid.surrogate", label=label))
        else:
            r.add(path, r.say("invalid.control", label=label, char=f"U+{ord(char):04X}"))
        return ""
    if not value:
        r.missing(f, path, label)
        return ""
    problem = TYPES[f.type].check_text(value) if TYPES[f.type].check_text else None
    if problem:
        r.add(path, r.say(problem, label=label, value=quote(value)))
    return value


def _email_problem(value: str) -> str | None:
    if _looks_like_email(value):
        return None
    return "invalid.email"


def _url_problem(value: str) -> str | None:
    if not value.lower().startswith(("https://", "http://")):
        return "invalid.url"
    if any(c.isspace() for c in value):
        return "invalid.url-spaces"
    return None


def _tel_problem(value: str) -> str | None:
    if any(c.isdigit() for c in value):
        return None
    return "invalid.tel"


def _moment(r: Reporter, f: Field, raw: object, path: str, label: str) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        r.missing(f, path, label)
        return None
    if f.type == "date":
        expected = r.say("invalid.date", label=label, example=_EXAMPLE_DATE)
    else:
        expected = r.say("invalid.time", label=label)
    if not isinstance(raw, str):
        r.add(path, r.say("invalid.not", expected=expected, what=r.describe(raw)))
        return None
    value = raw.strip()
    if f.type == "date":
        if _DATE_RE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                r.add(path, r.say("invalid.not-a-day", expected=expected, value=quote(value)))
                return None
    else:
        m = _TIME_RE.fullmatch(value)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return time(int(m.group(1)), int(m.group(2)))
    r.add(path, r.say("invalid.not", expected=expected, what=quote(value)))
    return None


def _choice(r: Reporter, f: Field, raw: object, path: str, label: str) -> str:
    allowed = f.choice_values()
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        r.missing(f, path, label)
        return "" if f.default is None else str(f.default)
    value = raw.strip() if isinstance(raw, str) else raw
    if value not in allowed:
        shown = quote(value) if isinstance(value, str) else r.describe(value)
        r.add(path, r.say("invalid.choice", label=label, values=", ".join(allowed), shown=shown))
        return "" if f.default is None else str(f.default)
    return str(value)


def _integer(r: Reporter, f: Field, raw: object, path: str, label: str) -> int:
    fallback = int(f.default) if f.default is not None else 0
    if raw is None:
        return fallback
    if isinstance(raw, bool) or not isinstance(raw, int):
        r.add(path, r.say("invalid.integer", label=label, what=r.describe(raw)))
        return fallback
    if (f.minimum is not None and raw < f.minimum) or (f.maximum is not None and raw > f.maximum):
        low = f.minimum if f.minimum is not None else r.say("value.any")
        high = f.maximum if f.maximum is not None else r.say("value.any")
        shown = str(raw) if len(str(raw)) < 20 else r.say("value.that")
        r.add(path, r.say("invalid.between", label=label, low=low, high=high, shown=shown))
        return fallback
    return raw


def _boolean(r: Reporter, f: Field, raw: object, path: str, label: str) -> bool:
    if raw is None:
        return bool(f.default)
    if not isinstance(raw, bool):
        r.add(path, r.say("invalid.boolean", label=label, what=r.describe(raw)))
        return bool(f.default)
    return raw


# --- JSON Schema ---------------------------------------------------------------------------


def _text_schema(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "string"}
    if f.max_length is not None:
        out["maxLength"] = f.max_length
    fmt = TYPES[f.type].format
    if fmt:
        out["format"] = fmt
    return out


def _integer_schema(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "integer"}
    if f.minimum is not None:
        out["minimum"] = f.minimum
    if f.maximum is not None:
        out["maximum"] = f.maximum
    return out


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class FieldType:
    """One type of answers field; see the module docstring."""

    name: str
    convert: Convert | None
    """Untrusted JSON to the typed value, reporting problems; None for groups and lists."""
    json_schema: Callable[[Field], dict[str, Any]]
    """The type's JSON Schema keywords for a field (a group's or list's come from `followup.schema`)."""
    dump: Callable[[Any], Any] = _same
    """The typed value as JSON, as an answers file holds it."""
    control: str = "input"
    """The form's control: "input", "textarea", "select", "checkbox", or "group"/"rows" for fields of fields."""
    input_type: str = "text"
    """For an "input": its `type` attribute."""
    multiline: bool = False
    check_text: Callable[[str], str | None] | None = None
    """For text: a further check of a non-empty value: the key of its problem in the messages table
    (`invalid.email`; filled in with `label` and `value`), or None."""
    format: str | None = None
    """For text: the JSON Schema `format`."""
    counted: bool = False
    """Text whose length the form counts against its limit."""


def _text_type(name: str, input_type: str = "text", **more: Any) -> FieldType:
    return FieldType(name, _text, _text_schema, input_type=input_type, counted=True, **more)


TYPES: dict[str, FieldType] = {t.name: t for t in (
    _text_type("string"),
    _text_type("text", control="textarea", multiline=True),
    _text_type("email", "email", check_text=_email_problem, format="email"),
    _text_type("url", "url", check_text=_url_problem, format="uri"),
    _text_type("tel", "tel", check_text=_tel_problem),
    FieldType("date", _moment, lambda f: {"type": "string", "format": "date"},
              dump=lambda v: v.isoformat() if v is not None else "", input_type="date"),
    FieldType("time", _moment, lambda f: {"type": "string", "pattern": TIME_PATTERN},
              dump=lambda v: v.strftime("%H:%M") if v is not None else "", input_type="time"),
    FieldType("choice", _choice, lambda f: {"type": "string", "enum": list(f.choice_values())}, control="select"),
    FieldType("integer", _integer, _integer_schema, input_type="number"),
    FieldType("boolean", _boolean, lambda f: {"type": "boolean"}, control="checkbox", input_type="checkbox"),
    FieldType("object", None, lambda f: {}, control="group"),
    FieldType("list", None, lambda f: {}, control="rows"),
)}
"""Every field type, by the name a `Field` gives."""
