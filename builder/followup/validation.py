"""The answers validator: untrusted JSON checked field by field against `followup.schema.FIELDS`.

It collects every problem (in field order, each naming the field and saying what to
do) instead of stopping at the first, and builds the typed values of `followup.model`.
Problems are said in the answers' language (`followup.say`), each field named by the
language's form labels (`languages.<family>.form`; the schema's English where it has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from followup import languages
from followup.field_types import TYPES, describe, quote
from followup.model import Candidate, Interviewer, Problem, Tracking
from followup.say import say, table
from followup.schema import KINDS, Field

__all__ = ["MAX_JSON_CHARS", "Validator", "describe", "label_of_item", "quote"]

# The dataclass each group of fields becomes. The schema describes fields, not Python
# classes, so this one link between the two lives here.
_GROUP_CLASSES: dict[str, type] = {"candidate": Candidate, "interviewers": Interviewer, "tracking": Tracking}

MAX_JSON_CHARS = 2_000_000
"""Largest answers document `loads` reads: ample for the limits in the schema, and
small enough that a pasted megabyte of junk is refused quickly."""


@cache
def form_words(language: str) -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str], Mapping[str, str]]:
    """The labels, item labels, help and required hints of the language's `form` table, keyed by
    the dotted path without list indexes ({} for each the family has no table for yet); read once per
    language, as the tables never change while the program runs."""
    try:
        form = languages.get(language).table("form")
    except ModuleNotFoundError:
        return {}, {}, {}, {}
    return (getattr(form, "LABELS", {}), getattr(form, "ITEM_LABELS", {}), getattr(form, "HELP", {}),
            getattr(form, "REQUIRED_HINTS", {}))


@lru_cache(maxsize=1024)
def key_of(path: str) -> str:
    """A field's path without list indexes, as the form tables key it: "interviewers.0.name" -> "interviewers.name".

    Cached (validation asks it of every field at every render); bounded, as a list's indexes are
    the positions in what was sent."""
    return ".".join(part for part in path.split(".") if not part.isdigit())


def label_of_item(f: Field, language: str = languages.DEFAULT.code, key: str = "") -> str:
    """The label of one item of a list field: "Interviewers" -> "Interviewer" (the language's
    `ITEM_LABELS[key]` where it has one)."""
    return form_words(language)[1].get(key or f.name) or f.item_label or f.label


def _what_to_enter(f: Field, key: str, language: str) -> str:
    _, _, helps, hints = form_words(language)
    english = languages.get(language).family == languages.DEFAULT.family  # the schema's words are English
    hint = hints.get(key) or (f.required_hint if english else "")
    if hint:
        return hint
    if f.type == "choice":
        return say(language, "invalid.choose", values=", ".join(f.choice_values()))
    if f.type == "date":  # no format: a form shows its own; a file's wrong format has its own message
        return say(language, "invalid.enter-date")
    first = (helps.get(key) or (f.help if english else "")).split(". ")[0].rstrip(".")
    if first.startswith(("The ", "One ", "What ", "Your ")):
        return say(language, "invalid.enter", what=first[0].lower() + first[1:])
    return say(language, "invalid.fill-in")


class Validator:
    """Walks untrusted data along the schema, collecting problems and typed values."""

    def __init__(self, kind: str | None, complete: bool = True, language: str = languages.DEFAULT.code) -> None:
        self.kind = kind
        self.complete = complete
        """False: a missing answer is not a problem (a draft being typed, a row of a spreadsheet)."""
        self.language = language
        """The language the problems are said in (the answers' own, when they name a known one)."""
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def say(self, key: str, /, **values: object) -> str:
        """Message `key` of the messages table in the validator's language."""
        return say(self.language, key, **values)

    def describe(self, value: object) -> str:
        """What a JSON value is, in the validator's language ("a number")."""
        return describe(value, self.language)

    def number(self, n: int) -> str:
        return str(table(self.language).number(n, self.language))

    def label(self, f: Field, path: str) -> str:
        """The field's label in the validator's language."""
        return form_words(self.language)[0].get(key_of(path)) or f.label

    def unknown_keys(self, data: Mapping[str, Any], fields: tuple[Field, ...], prefix: str,
                     label_prefix: str, extra: tuple[str, ...] = ()) -> None:
        known = [f.name for f in fields] + list(extra)
        for key in data:
            if key in known:
                continue
            import difflib  # only for a misspelt key: importing it costs the browser builder's first start

            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = self.say("invalid.unknown.hint", close=close[0]) if close else ""
            self.add(prefix + str(key), self.say("invalid.unknown", prefix=label_prefix, key=quote(key), hint=hint))

    def group(self, data: Mapping[str, Any], fields: tuple[Field, ...], prefix: str,
              label_prefix: str) -> dict[str, Any]:
        return {f.name: self.value(f, data.get(f.name), prefix + f.name, label_prefix) for f in fields}

    def value(self, f: Field, raw: object, path: str, label_prefix: str) -> Any:
        if f.type == "object":
            return self.object(f, raw, path, label_prefix)
        if f.type == "list":
            return self.list(f, raw, path, label_prefix)
        convert = TYPES[f.type].convert
        assert convert is not None, f"schema field {f.name}: type {f.type} has no conversion"
        return convert(self, f, raw, path, label_prefix + self.label(f, path))

    def missing(self, f: Field, path: str, label: str) -> None:
        if not self.complete:
            return
        everywhere = f.required_for == frozenset(KINDS)
        if not everywhere and not (self.kind and f.required(self.kind)):
            return
        qualifier = "" if everywhere else self.say(f"invalid.required.{self.kind}")
        what = table(self.language).after_colon(_what_to_enter(f, key_of(path), self.language))
        self.add(path, self.say("invalid.required", label=label, qualifier=qualifier, what=what))

    def object(self, f: Field, raw: object, path: str, label_prefix: str) -> Any:
        cls = _GROUP_CLASSES[f.name]
        data: Mapping[str, Any]
        if raw is None:
            data = {}
        elif isinstance(raw, dict):
            data = raw
        else:
            names = ", ".join(sub.name for sub in f.fields)
            self.add(path, self.say("invalid.object", prefix=label_prefix, label=self.label(f, path), name=f.name,
                                    names=names, what=self.describe(raw)))
            data = {}
        self.unknown_keys(data, f.fields, path + ".", label_prefix)
        values = self.group(data, f.fields, path + ".", label_prefix)
        try:
            return cls(**values)
        except TypeError:  # pragma: no cover - schema and dataclass disagree
            return None

    def list(self, f: Field, raw: object, path: str, label_prefix: str) -> tuple[Any, ...]:
        cls = _GROUP_CLASSES[f.name]
        label = label_prefix + self.label(f, path)
        item_label = label_of_item(f, self.language, key_of(path))
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            self.add(path, self.say("invalid.list", label=label, what=self.describe(raw)))
            return ()
        given = [(i, item) for i, item in enumerate(raw) if not _blank_item(item)]
        if not given and self.complete and f.required(self.kind or ""):
            self.add(path, self.say(f"invalid.needs-one.{self.kind}", label=label,
                                    item=table(self.language).in_sentence(item_label)))
        elif f.min_items and len(given) < f.min_items:
            self.add(path, self.say("invalid.min-items", label=label, min=f.min_items, count=len(given)))
        if f.max_items is not None and len(given) > f.max_items:
            self.add(path, self.say("invalid.max-items", label=label, max=f.max_items, count=len(given),
                                    extra=len(given) - f.max_items))
            given = given[: f.max_items]
        items = []
        for i, item in given:
            item_path = f"{path}.{i}"
            prefix = f"{label_prefix}{item_label} {i + 1}: "
            if not isinstance(item, dict):
                self.add(item_path, self.say("invalid.item", prefix=prefix,
                                             names=", ".join(sub.name for sub in f.fields), what=self.describe(item)))
                continue
            self.unknown_keys(item, f.fields, item_path + ".", prefix)
            values = self.group(item, f.fields, item_path + ".", prefix)
            items.append(cls(**values))
        return tuple(items)


def _blank_item(item: object) -> bool:
    """A list item with nothing filled in (an empty row of the form): skipped, not an error.

    An unticked box (False) is nothing filled in: the form sends one for every row.
    """
    return isinstance(item, dict) and all(
        v is None or v is False or (isinstance(v, str) and not v.strip()) for v in item.values()
    )
