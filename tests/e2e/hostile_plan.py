"""Which hostile string goes into which field in which render, for tests/e2e/test_hostile.py.

The host's own composer (the same `followup` package the site's wheel is built from) sorts every
(field, string) pair into "accepted" (the letter is written) or "refused" (a field error), after
the browser's own value sanitisation (one-line inputs drop line breaks; email and URL inputs also
trim ASCII whitespace). Accepted pairs are batched into renders where every field holds an accepted
string; refused pairs into renders where every field holds a refused one, so each render's result
is all-letter or all-errors and every pair is checked. Field j in render r gets string
`pairs[(r + 7 * j) % len(pairs)]`, so one render mixes different strings and, over
`max(len(pairs))` renders, every string meets every field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from followup.answers import AnswersError, parse
from followup.wording import TRAILING
from followup import schema
from followup.schema import FIELDS, Field
from hostile_corpus import corpus

TEXT_TYPES = ("string", "text", "email", "url", "tel")
# Fields whose value is not printed as typed in a printed letter (they must be addresses or links,
# so nearly every hostile string is refused there; the rest are checked against the composer).
NOT_PRINTED = frozenset({"candidate.email", "interviewers.0.email", "candidate.profile_url",
                         # the job search log's facts: kept for the record, never in a letter
                         *(f"{schema.TRACKING.name}.{sub.name}" for sub in schema.TRACKING.fields)})
ADDRESS_FIELDS = frozenset({"company_address", "candidate.address"})
VALID = {"candidate.email": "alex@example.com", "interviewers.0.email": "dana@example.com",
         "candidate.profile_url": "https://example.com/alex"}


def text_fields() -> dict[str, Field]:
    """Every text field of the form, by its path (the first interviewer row stands for all rows)."""
    out: dict[str, Field] = {}

    def walk(fields: tuple[Field, ...], prefix: str) -> None:
        for f in fields:
            if f.type == "object":
                walk(f.fields, f"{prefix}{f.name}.")
            elif f.type == "list":
                walk(f.fields, f"{prefix}{f.name}.0.")
            elif f.type in TEXT_TYPES:
                out[prefix + f.name] = f

    walk(FIELDS, "")
    return out


def as_browser_keeps(f: Field, text: str) -> str:
    """The value an <input>/<textarea> of this field holds after `el.value = text` (HTML value sanitisation)."""
    if f.type == "text":
        return text
    text = text.replace("\r", "").replace("\n", "")
    if f.type in ("email", "url"):
        text = text.strip("\t\n\f\r ")
    return text


def base_answers() -> dict:
    data = json.loads(resources.files("followup.examples").joinpath("thank-you.json").read_text("utf-8"))
    data["channel"] = "letter"
    return data


def set_path(data: dict, path: str, value: str) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        data = data[int(part)] if part.isdigit() else data[part]
    data[parts[-1]] = value


def accepted(path: str, text: str) -> bool:
    data = base_answers()
    set_path(data, path, text)
    try:
        parse(data)
    except AnswersError:
        return False
    return True


def core(path: str, text: str) -> str:
    """What of `text` the letter must show verbatim: the composer collapses whitespace runs
    (compose.clean), drops trailing stops (TRAILING), may change the first letter's case, and
    splits an address without line breaks at its commas. Compared with the letter's text with its
    whitespace collapsed the same way."""
    if path in ADDRESS_FIELDS and "\n" not in text:
        text = " ".join(part.strip() for part in text.split(","))
    return " ".join(" ".join(text.split()).rstrip(TRAILING).split())[1:]


def collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Plan:
    fields: dict[str, Field]
    strings: list[str]
    accepted: dict[str, list[int]]  # path -> corpus indexes the composer accepts there
    refused: dict[str, list[int]]

    def renders(self, which: str) -> list[dict[str, int | None]]:
        """For each render: path -> corpus index (None: the field keeps an ordinary valid value)."""
        pairs = self.accepted if which == "accepted" else self.refused
        count = max(len(p) for p in pairs.values())
        out = []
        for r in range(count):
            out.append({path: (pairs[path][(r + 7 * j) % len(pairs[path])] if pairs[path] else None)
                        for j, path in enumerate(self.fields)})
        return out

    def value(self, path: str, index: int | None) -> str:
        if index is None:
            return VALID.get(path, "")
        return self.strings[index]


def make_plan() -> Plan:
    fields = text_fields()
    strings = [h.text for h in corpus()]
    acc: dict[str, list[int]] = {}
    ref: dict[str, list[int]] = {}
    for path, f in fields.items():
        acc[path], ref[path] = [], []
        for i, text in enumerate(strings):
            (acc if accepted(path, as_browser_keeps(f, text)) else ref)[path].append(i)
    return Plan(fields, strings, acc, ref)


def values_for(plan: Plan, render: dict[str, int | None]) -> dict[str, str]:
    return {path: plan.value(path, index) for path, index in render.items()}


__all__ = ["NOT_PRINTED", "Plan", "as_browser_keeps", "base_answers", "collapse", "core", "make_plan",
           "values_for"]
