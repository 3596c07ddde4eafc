"""The builder's words for each answer, in English: derived from the schema, which says them once.

The form table every language family provides (`followup.languages.<family>.form`), keyed by the
dotted schema path without list indexes (`candidate.name`, `interviewers.topic`, `tone`):

  LABELS          the control's label (a group's legend, a list's heading)
  HELP            the hint under the label
  PLACEHOLDERS    the example shown in an empty control
  REQUIRED_HINTS  what to do when a required answer is empty ("enter the employer's name")
  ITEM_LABELS     what one item of a list is called ("Interviewer")
  CHOICES         for a choice field, each value's words

The applications record's fields the page shows (`record.outcome`) are keyed under `record.`.
A path with no words of a kind (no placeholder) is absent from that dict; another family's table
has exactly English's keys (tests/followup/test_languages.py lists what one lacks). The same
table serves en-US and en-GB: the form's words do not differ between them.
"""

from __future__ import annotations

from collections.abc import Iterator

from followup.applications.model import RECORD_FIELDS
from followup.schema import FIELDS, Field


def _walk(fields: tuple[Field, ...], prefix: str = "") -> Iterator[tuple[str, Field]]:
    for f in fields:
        path = f"{prefix}{f.name}"
        yield path, f
        yield from _walk(f.fields, f"{path}.")


_ALL = (*_walk(FIELDS), *_walk(RECORD_FIELDS, "record."))

LABELS: dict[str, str] = {path: f.label for path, f in _ALL}
HELP: dict[str, str] = {path: f.help for path, f in _ALL if f.help}
PLACEHOLDERS: dict[str, str] = {path: f.placeholder for path, f in _ALL if f.placeholder}
REQUIRED_HINTS: dict[str, str] = {path: f.required_hint for path, f in _ALL if f.required_hint}
ITEM_LABELS: dict[str, str] = {path: f.item_label for path, f in _ALL if f.item_label}
CHOICES: dict[str, dict[str, str]] = {path: {c.value: c.label for c in f.choices} for path, f in _ALL if f.choices}
