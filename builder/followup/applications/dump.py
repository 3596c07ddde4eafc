"""Writing an applications file, and merging two lists of applications."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

from followup.answers import to_dict
from followup.applications.model import APPLICATIONS_VERSION, ID_MAX, Application, Record


def record_to_dict(record: Record) -> dict[str, Any]:
    """The record as JSON: `to` on thank-yous (and wherever one was given), `number` on check-ins."""
    sent = []
    for s in record.sent:
        item: dict[str, Any] = {"kind": s.kind}
        if s.kind == "thank-you" or s.to:
            item["to"] = s.to
        if s.number is not None:
            item["number"] = s.number
        item["date"] = s.date.isoformat()
        sent.append(item)
    return {"sent": sent, "outcome": record.outcome,
            "outcome_date": record.outcome_date.isoformat() if record.outcome_date else None}


def to_file(applications: tuple[Application, ...] | list[Application]) -> dict[str, Any]:
    """The applications file as JSON-ready data, in the given order."""
    out = []
    for app in applications:
        item: dict[str, Any] = {"id": app.id}
        if app.updated:
            item["updated"] = app.updated
        item.update(answers=to_dict(app.answers), record=record_to_dict(app.record))
        out.append(item)
    return {"applications_version": APPLICATIONS_VERSION, "applications": out}


def dumps(applications: tuple[Application, ...] | list[Application]) -> str:
    """The applications file as text: indented UTF-8 JSON with a final newline."""
    return json.dumps(to_file(applications), indent=2, ensure_ascii=False) + "\n"


Clash = Literal["keep-both", "replace", "skip", "newest"]


def merge(existing: tuple[Application, ...], incoming: tuple[Application, ...], clash: Clash,
          new_id: Callable[[Application], str] | None = None) -> tuple[Application, ...]:
    """`existing` with `incoming` added; an incoming application whose id is taken is a clash.

    keep-both: the incoming one is added under a new id (`new_id(app)`, by default its id with
    "-2", "-3"... appended); replace: it takes the existing one's place; skip: it is dropped;
    newest: the one with the later `updated` stays (the existing one on a tie or when either
    is unknown). Order: existing ones first, in their order, then the new ones.
    """
    out = list(existing)
    where = {app.id: i for i, app in enumerate(out)}
    for app in incoming:
        if app.id not in where:
            where[app.id] = len(out)
            out.append(app)
            continue
        old = out[where[app.id]]
        if clash == "replace" or (clash == "newest" and _later(app.updated, old.updated)):
            out[where[app.id]] = app
        elif clash == "keep-both":
            fresh = new_id(app) if new_id else _free_id(app.id, where)
            where[fresh] = len(out)
            out.append(replace(app, id=fresh))
    return tuple(out)


def _later(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return datetime.fromisoformat(a) > datetime.fromisoformat(b)


def _free_id(base: str, taken: Mapping[str, int]) -> str:
    n = 2
    while f"{base[: ID_MAX - 8]}-{n}" in taken:
        n += 1
    return f"{base[: ID_MAX - 8]}-{n}"
