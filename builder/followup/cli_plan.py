"""`followup plan`: every application's next step as a table, or its future reminders as a calendar.

The file is an applications file (the builder's "Save all") or a single answers file. A
damaged application is left out and named on standard error; the others are planned as
usual (exit 0). Nothing usable in the file at all is invalid input (exit 2).

Each row is in its application's own language; the table's header in the language most of
the applications are written in (`followup.log.log_style`), English when there are none.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date, datetime

from followup import languages
from followup.applications import Application, Loaded
from followup.checks.findings import say
from followup.log import log_style
from followup.model import Problem
from followup.plan import Step, next_step, sort_key
from followup.wording import join_names

FORMATS = ("table", "ics")
HEADER = ("plan.header.company", "plan.header.role", "plan.header.step", "plan.header.due")
"""The table's column headings (message keys), then the overdue mark's column, which has none."""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = sub.add_parser("plan", help="print every application's next step (or its reminders as .ics)")
    plan.add_argument("file", metavar="FILE", help="applications file or one answers file, or - for standard input")
    plan.add_argument("--today", metavar="YYYY-MM-DD", help="the day to plan from (default: now)")
    plan.add_argument("--format", default="table", choices=FORMATS, help="output format (default: table)")
    plan.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def problem_lines(problems: Sequence[Problem], language: str = languages.DEFAULT.code) -> list[str]:
    """One line per problem: "application 3 (left out): Company is required: ..." (from the path),
    in `language` (the one most of the file's readable applications are in)."""
    from followup.answers import label_for

    lines = []
    for p in problems:
        parts = p.path.split(".")
        if parts[0] == "applications" and len(parts) > 1 and parts[1].isdigit():
            where = say(language, "plan.left-out", n=int(parts[1]) + 1)
            rest = ".".join(parts[3:]) if parts[2:3] == ["answers"] else ""
            label = label_for(rest, language) if rest else ".".join(parts[2:])
            message = p.message if not label or p.message.startswith(label) else f"{label}: {p.message}"
            lines.append(f"{where}: {message}")
        else:
            lines.append(p.message)
    return lines


def planned(loaded: Loaded, today: date, now: datetime | None) -> list[tuple[Application, Step]]:
    """Each application with its next step, overdue first (`plan.sort_key`), ties in file order."""
    steps = [(app, next_step(app.answers, app.record, today, now)) for app in loaded.applications]
    return sorted(steps, key=lambda pair: sort_key(pair[1]))


def _what(step: Step, code: str) -> str:
    """The step in a few words, in language `code` ("second check-in")."""
    if step.step == "thank-you":
        return say(code, "plan.what.thank-you", names=join_names(list(step.to), say(code, "and").strip()))
    if step.step == "check-in":
        return say(code, f"plan.what.check-in.{1 if step.check_in_number == 1 else 2}")
    return say(code, f"plan.what.{step.step}")


def _due(step: Step) -> str:
    if step.due is None:
        return ""
    return step.due.isoformat() + (f" {step.due_time:%H:%M}" if step.due_time else "")


def table(rows: Sequence[tuple[Application, Step]]) -> str:
    """A plain-text table: company, role, next step, due date, and "overdue" where it is."""
    code = log_style([app for app, _ in rows])
    header = (*(say(code, key) for key in HEADER), "")
    cells = [header] + [(app.answers.company, app.answers.role, _what(step, app.answers.language), _due(step),
                         say(app.answers.language, "plan.overdue") if step.overdue else "") for app, step in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in cells]
    if not rows:
        lines.append(say(code, "plan.none"))
    return "\n".join(lines) + "\n"
