"""`followup log` (the job search log of a date range) and `followup import` (applications from a CSV).

`log` reads an applications file or one answers file, incomplete applications included (a log
needs only what was recorded); damaged ones are named on standard error and left out. The range
is this week by default (Sunday to Saturday when the applications are in US English, else Monday
to Sunday); `--today` fixes the day it is counted from. The log is written in the language most of
the applications are in (`log.log_style`), and so are the lines naming damaged applications.

`import` writes the applications found in a spreadsheet's CSV as an applications file, says on
standard error how each column was read and which rows were not read (and why), and never
overwrites a file: `--merge` adds to an existing one, keeping every application already in it.
Both register through `add_parsers`, each subcommand's `run` set as its parser's default.
"""

from __future__ import annotations

import argparse
import sys

from followup.log import Range, custom, last_week, this_month, this_week, week_start

FORMATS = ("csv", "md", "html")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    log = sub.add_parser("log", help="print the job search log of a date range (csv, md or html)")
    log.add_argument("file", metavar="FILE", help="applications file or one answers file, or - for standard input")
    when = log.add_mutually_exclusive_group()
    when.add_argument("--week", action="store_true", help="this week (the default)")
    when.add_argument("--last-week", action="store_true", help="the week before this one")
    when.add_argument("--month", action="store_true", help="this calendar month")
    when.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="the first day (with --to)")
    log.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="the last day (with --from)")
    log.add_argument("--today", metavar="YYYY-MM-DD", help="the day the range is counted from (default: today)")
    log.add_argument("--format", default="csv", choices=FORMATS, help="output format (default: csv)")
    log.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    log.set_defaults(run=run_log)
    imp = sub.add_parser("import", help="read applications from a spreadsheet saved as CSV")
    imp.add_argument("file", metavar="FILE.csv", help="the CSV file, or - for standard input")
    imp.add_argument("-o", "--output", metavar="FILE", help="the applications file to write (default: standard output)")
    imp.add_argument("--merge", action="store_true", help="add to the applications already in -o FILE")
    imp.add_argument("--dates", choices=("dmy", "mdy"), help="dates like 03/04/2026 are day first (dmy) or month first (mdy)")
    imp.add_argument("--name", metavar="NAME", help="your name, as the applications' writer (default: the one in -o FILE)")
    imp.set_defaults(run=run_import)


def _range(args: argparse.Namespace, style: str) -> Range:
    """The range asked for; the clock is read (through `--today` or `followup.clock`) only when the
    range counts from today."""
    from followup.cli import UsageError, _today, date_arg

    if (args.start is None) != (args.end is None):
        raise UsageError("--from and --to go together: give both, for example --from 2026-11-23 --to 2026-11-29")
    if args.start is not None:
        start, end = (date_arg(value, flag) for value, flag in ((args.start, "--from"), (args.end, "--to")))
        try:
            return custom(start, end)
        except ValueError as err:
            raise UsageError(str(err)) from None
    today = _today(args.today)
    if args.month:
        return this_month(today)
    if args.last_week:
        return last_week(today, week_start(style))
    return this_week(today, week_start(style))


def run_log(args: argparse.Namespace) -> int:
    from followup.applications import loads
    from followup.cli import PROG, UsageError, _read, _write
    from followup.cli_plan import problem_lines
    from followup.log import log_style, person, rows
    from followup.log_formats import to_csv, to_html, to_markdown

    name = "standard input" if args.file == "-" else args.file
    loaded = loads(_read(args.file), complete=False)
    lines = problem_lines(loaded.problems, log_style(loaded.applications))
    if not loaded.applications and lines:
        raise UsageError(f"{name}: {lines[0]}" + "".join(f"\n  {line}" for line in lines[1:]))
    for line in lines:
        print(f"{PROG}: {name}: {line}", file=sys.stderr)
    apps = loaded.applications
    style = log_style(apps)
    within = _range(args, style)
    found = rows(apps, within, style)
    if args.format == "csv":
        output = to_csv(found, style)
    else:
        write = to_markdown if args.format == "md" else to_html
        output = write(found, person(apps), within, style)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(output.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        _write(args.output, output.encode("utf-8"))
    return 0


def run_import(args: argparse.Namespace) -> int:
    import os

    from followup.applications import dumps, loads, merge
    from followup.applications.csv_import import read_csv
    from followup.cli import PROG, UsageError, _read, _write
    from followup.log import person

    existing = ()
    if args.output not in (None, "-") and os.path.exists(args.output):
        if not args.merge:
            raise UsageError(f"{args.output} exists: add --merge to add these applications to it, "
                             "or name another file with -o")
        kept = loads(_read(args.output), complete=False)
        if kept.problems:
            raise UsageError(f"{args.output}: it has applications that cannot be read, so merging could lose "
                             "them: open it with `followup plan` to see which, or name another file with -o")
        existing = kept.applications
    name = "standard input" if args.file == "-" else args.file
    found = read_csv(_read(args.file), date_order=args.dates, candidate=args.name or person(existing))
    if found.problem:
        raise UsageError(f"{name}: {found.problem}")
    say = lambda text: print(f"{PROG}: {name}: {text}", file=sys.stderr)  # noqa: E731
    say("columns read as: " + "; ".join(f"{c.header or '(no name)'} → {c.read_as}" for c in found.columns))
    for note in found.notes:
        say(note)
    for row in found.skipped:
        say(f"line {row.line} not read: {row.reason}")
    if found.needs_date_order:
        say("add --dates dmy (26/11/2026) or --dates mdy (11/26/2026) to read the dates that could be either")
    if not found.applications:
        raise UsageError(f"{name}: no application could be read from it (see above)")
    added = merge(tuple(existing), found.applications, "skip")
    new = len(added) - len(existing)
    say(f"{new} application{'' if new == 1 else 's'} added" + (f", {len(existing)} kept" if existing else ""))
    text = dumps(added)
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        _write(args.output, text.encode("utf-8"))
    return 0
