"""The builder worker's view of the job search log and of the CSV import: JSON text in, JSON text out.

Imported by the worker on the first log or import request only, so none of it is on the first
letter's path. Never raises for bad input: every problem comes back in the result, as text the
page shows.

`log_json(file, today, which, start, end)`: `file` is an applications file (the page's
applications, incomplete ones too); `which` is "week", "last-week", "month" or "custom" (then
`start` and `end`, YYYY-MM-DD). The result: {ok, label, start, end, name, style, paper, count,
csv, html, css, problems}: `csv` the file to download, `html` the log as one article to print with `css`.

`import_json(data, date_order, candidate)`: `data` is the CSV file's bytes in base64; the result
is {ok, applications (shaped as the applications file's), columns: [{header, read_as}],
skipped: [{line, reason}], notes, encoding, delimiter, needs_date_order, problem}.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any

from followup.applications import loads, to_file
from followup.applications.csv_import import read_csv
from followup.cli_plan import problem_lines
from followup.log import Range, custom, last_week, log_style, person, rows, this_month, this_week, week_start
from followup.log_formats import fragment, paper, stylesheet, to_csv

RANGES = ("week", "last-week", "month", "custom")


def _day(text: str | None, what: str) -> date:
    try:
        return date.fromisoformat(str(text or "")[:10])
    except ValueError:
        raise ValueError(f"{what} must be a date like 2026-11-24") from None


def _range(which: str, today: date, style: str, start: str | None, end: str | None) -> Range:
    if which == "custom":
        return custom(_day(start, "The first day"), _day(end, "The last day"))
    if which == "month":
        return this_month(today)
    if which == "last-week":
        return last_week(today, week_start(style))
    return this_week(today, week_start(style))


def log(text: str, today: str | None, which: str = "week", start: str | None = None,
        end: str | None = None) -> dict[str, Any]:
    loaded = loads(text, complete=False)
    problems = problem_lines(loaded.problems, log_style(loaded.applications))
    apps = loaded.applications
    style = log_style(apps)
    try:
        day = _day(today, "Today")
        within = _range(which if which in RANGES else "week", day, style, start, end)
    except ValueError as err:
        message = str(err)
        return {"ok": False, "problems": [message[0].upper() + message[1:] + "."]}
    found = rows(apps, within, style)
    name = person(apps)
    return {"ok": True, "label": within.label(style), "start": within.start.isoformat(), "end": within.end.isoformat(), "name": name, "style": style, "paper": paper(style),
            "count": len(found), "csv": to_csv(found, style), "html": fragment(found, name, within, style),
            "css": stylesheet(), "problems": problems}


def log_json(text: str, today: str | None, which: str = "week", start: str | None = None,
             end: str | None = None) -> str:
    return json.dumps(log(text, today, which, start, end), ensure_ascii=False)


def import_csv(data: str, date_order: str | None = None, candidate: str = "") -> dict[str, Any]:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return {"ok": False, "problem": "The file could not be read: choose it again."}
    found = read_csv(raw, date_order=date_order if date_order in ("dmy", "mdy") else None,  # type: ignore[arg-type]
                     candidate=candidate or "")
    return {
        "ok": not found.problem,
        "applications": to_file(found.applications)["applications"],
        "columns": [{"header": c.header, "read_as": c.read_as} for c in found.columns],
        "skipped": [{"line": s.line, "reason": s.reason} for s in found.skipped],
        "notes": list(found.notes),
        "encoding": found.encoding,
        "delimiter": found.delimiter,
        "needs_date_order": found.needs_date_order,
        "problem": found.problem,
    }


def import_json(data: str, date_order: str | None = None, candidate: str = "") -> str:
    return json.dumps(import_csv(data, date_order, candidate), ensure_ascii=False)
