"""The answers walker: untrusted JSON checked field by field against `followup.schema.FIELDS`.

It collects every problem (in field order, each naming the field and saying what to
do) instead of stopping at the first, and builds the typed values of `followup.model`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from followup.field_types import TYPES, describe, quote
from followup.model import Candidate, Interviewer, Problem, Tracking
from followup.schema import KINDS, Field

__all__ = ["MAX_JSON_CHARS", "Walker", "describe", "label_of_item", "quote"]

# The dataclass each group of fields becomes. The schema describes fields, not Python
# classes, so this one link between the two lives here.
_GROUP_CLASSES: dict[str, type] = {"candidate": Candidate, "interviewers": Interviewer, "tracking": Tracking}

MAX_JSON_CHARS = 2_000_000
"""Largest answers document `loads` reads: ample for the limits in the schema, and
small enough that a pasted megabyte of junk is refused quickly."""


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def label_of_item(f: Field) -> str:
    """The label of one item of a list field: "Interviewers" -> "Interviewer"."""
    return f.item_label or f.label


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

    def __init__(self, kind: str | None, complete: bool = True) -> None:
        self.kind = kind
        self.complete = complete
        """False: a missing answer is not a problem (a draft being typed, a row of a spreadsheet)."""
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
              label_prefix: str) -> dict[str, Any]:
        return {f.name: self.value(f, data.get(f.name), prefix + f.name, label_prefix) for f in fields}

    def value(self, f: Field, raw: object, path: str, label_prefix: str) -> Any:
        if f.type == "object":
            return self.object(f, raw, path, label_prefix)
        if f.type == "list":
            return self.list(f, raw, path, label_prefix)
        convert = TYPES[f.type].convert
        assert convert is not None, f"schema field {f.name}: type {f.type} has no conversion"
        return convert(self, f, raw, path, label_prefix + f.label)

    def missing(self, f: Field, path: str, label: str) -> None:
        if not self.complete:
            return
        everywhere = f.required_for == frozenset(KINDS)
        if not everywhere and not (self.kind and f.required(self.kind)):
            return
        qualifier = ""
        if not everywhere:
            qualifier = f" for {_article(self.kind or '')} {self.kind} letter"
        self.add(path, f"{label} is required{qualifier}: {_what_to_enter(f)}.")

    def object(self, f: Field, raw: object, path: str, label_prefix: str) -> Any:
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
        values = self.group(data, f.fields, path + ".", label_prefix)
        try:
            return cls(**values)
        except TypeError:  # pragma: no cover - schema and dataclass disagree
            return None

    def list(self, f: Field, raw: object, path: str, label_prefix: str) -> tuple[Any, ...]:
        cls = _GROUP_CLASSES[f.name]
        label = label_prefix + f.label
        item_label = label_of_item(f)
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            self.add(path, f"{label} must be a list, not {describe(raw)}: write it in square brackets [ ].")
            return ()
        given = [(i, item) for i, item in enumerate(raw) if not _blank_item(item)]
        if not given and self.complete and f.required(self.kind or ""):
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
