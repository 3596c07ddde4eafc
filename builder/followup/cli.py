"""The `followup` command: compose, check, schema; example answers (`followup.cli_example`), plan
(`followup.cli_plan`), log and import (`followup.cli_log`).

Exit codes: 0 success; 1 when `check` finds a problem; 2 for invalid input or usage,
with a one-line reason on standard error. No traceback ever reaches the user: a
person with a broken answers file needs the reason, not the stack.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from followup import clock, languages
from followup.answers import Answers, AnswersError, decode, label_for, parse
from followup.cli_example import add_parser as add_example_parser
from followup.cli_log import add_parsers as add_log_parsers
from followup.cli_plan import add_parser as add_plan_parser
from followup.exports import BY_NAME, NAMES
from followup.schema import json_schema

if TYPE_CHECKING:
    from followup.letter import Letter

PROG = "followup"
MAX_INPUT_BYTES = 4_000_000


class UsageError(Exception):
    """Invalid input or usage: exit 2 with this message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{PROG} --help`)")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Compose thoughtful follow-up letters after a job interview.",
                     epilog="letter languages (the answers' \"language\"): "
                            + ", ".join(f"{lang.code} ({lang.name})" for lang in languages.LANGUAGES))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    add_example_parser(sub)
    compose = sub.add_parser("compose", help="print the letter (or every panel note)")
    compose.add_argument("answers", metavar="ANSWERS", help="answers file, or - for standard input")
    compose.add_argument("--format", default="text", choices=NAMES, help="output format (default: text)")
    compose.add_argument("--to", metavar="NAME", help="only the note to this interviewer")
    compose.add_argument("--today", metavar="YYYY-MM-DD", help="the day of writing (default: today)")
    compose.add_argument("-o", "--output", metavar="FILE",
                         help="write to FILE instead of standard output (needed for docx and odt on a terminal)")
    check = sub.add_parser("check", help="print the checks: the guide's advice applied to your letter")
    check.add_argument("answers", metavar="ANSWERS", help="answers file, or - for standard input")
    check.add_argument("--today", metavar="YYYY-MM-DD", help="the day of writing (default: today)")
    schema = sub.add_parser("schema", help="print the answers format as JSON Schema")
    schema.add_argument("--applications", action="store_true",
                        help="the applications file's format instead (what `plan` reads)")
    add_plan_parser(sub)
    add_log_parsers(sub)
    return parser


def _read(source: str) -> bytes:
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(source, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{source}: is a folder, not an answers file") from None
    except OSError as err:
        raise UsageError(f"{source}: cannot read it ({err.strerror or err})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise UsageError(f"{source}: too large to be an answers file (over {MAX_INPUT_BYTES:,} bytes)")
    return data


def _load(source: str) -> Answers:
    """The answers in `source`; a UsageError listing every problem, in the answers' language when they
    name a known one (the problems are said in it, and so is the line around them)."""
    name = "standard input" if source == "-" else source
    data: object = None
    try:
        data = decode(_read(source))
        return parse(data)
    except AnswersError as err:
        from followup.say import say

        language = data.get("language") if isinstance(data, dict) else None
        lang = language if language in languages.CODES else languages.DEFAULT.code
        problems = err.problems
        first = problems[0].message
        if len(problems) == 1:
            raise UsageError(f"{name}: {first}") from None
        labels = [label_for(p.path, lang) for p in problems[1:]]
        rest = "\n".join(f"  {label}: {p.message}" if not p.message.startswith(label) else f"  {p.message}"
                         for label, p in zip(labels, problems[1:], strict=True))
        more = say(lang, "cli.more", count=len(problems) - 1) if len(problems) > 2 else say(lang, "cli.more.one")
        raise UsageError(f"{name}: {first} {more}\n{rest}") from None


def _plan(args: argparse.Namespace) -> int:
    """`followup plan`: the table or the calendar of every application in the file."""
    from followup.applications import loads
    from followup.cli_plan import planned, problem_lines, table
    from followup.log import log_style
    from followup.reminders import plan_ics

    name = "standard input" if args.file == "-" else args.file
    loaded = loads(_read(args.file))
    lines = problem_lines(loaded.problems, log_style(loaded.applications))
    if not loaded.applications and lines:
        more = "".join(f"\n  {line}" for line in lines[1:])
        raise UsageError(f"{name}: {lines[0]}{more}")
    for line in lines:
        print(f"{PROG}: {name}: {line}", file=sys.stderr)
    today = _today(args.today)
    if args.format == "ics":
        output = plan_ics(loaded.applications, today)
        if output is None:
            raise UsageError(f"{name}: no reminders ahead: no application has one on {today.isoformat()} or later")
    else:
        output = table(planned(loaded, today, None if args.today else clock.local_now()))
    if args.output in (None, "-"):
        sys.stdout.write(output)
    else:
        _write(args.output, output.encode("utf-8"))
    return 0


def _today(value: str | None) -> date:
    """`--today`, or the machine's date when it is not given."""
    return clock.local_now().date() if value is None else date_arg(value, "--today")


def date_arg(value: str, flag: str) -> date:
    """A date option's value (YYYY-MM-DD); a UsageError naming `flag` for anything else."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError(f"{flag} must be a date like 2026-11-24, not {value!r}")


def _compose(args: argparse.Namespace) -> int:
    answers = _load(args.answers)
    today = _today(args.today)
    # Imported here so that `schema`, `example` and bad input stay fast and need no templates.
    from followup.compose import Refused, compose
    from followup.formats import reminders, to_ics
    from followup.timing import timing_for

    if BY_NAME[args.format].scope == "answers":  # the reminders
        timing = timing_for(answers)
        if timing is None:
            raise UsageError(f"{args.answers}: no interview date, so there are no reminders to export")
        if not reminders(answers, timing):
            raise UsageError(f"{args.answers}: a reply to a rejection has no reminders to export")
        sys.stdout.write(to_ics(answers, timing))
        return 0
    try:
        letters = compose(answers, today)
    except Refused as refusal:
        raise UsageError(f"{args.answers}: {refusal}") from None
    if args.to is not None:
        from followup.names import matches

        chosen = tuple(letter for letter in letters if matches(args.to, letter.recipient_name))
        if not chosen:
            names = ", ".join(letter.recipient_name for letter in letters)
            raise UsageError(f"no note to {args.to!r}: the notes are to {names}")
        letters = chosen
    fmt = BY_NAME[args.format]
    assert fmt.write is not None  # only the reminders ("answers") have none, handled above
    if fmt.binary:
        return _document(args, answers, letters)
    if fmt.scope == "letters":
        sys.stdout.write(str(fmt.write(letters, answers)))
        return 0
    outputs = [str(fmt.write((letter,), answers)) for letter in letters]
    if len(outputs) == 1:
        print(outputs[0])
        return 0
    for number, (letter, output) in enumerate(zip(letters, outputs, strict=True), start=1):
        if number > 1:
            print()
        print(f"----- Note {number} of {len(letters)}: to {letter.recipient_name} -----")
        print(output.rstrip("\r\n"))
    return 0


def _document(args: argparse.Namespace, answers: Answers, letters: Sequence[Letter]) -> int:
    """A .docx/.odt of `letters` (a panel's notes each on its own page) to -o FILE or a pipe."""
    if args.output in (None, "-") and sys.stdout.isatty():
        raise UsageError(f"a .{args.format} file is not for a terminal: name a file with -o FILE "
                         f"(for example -o letter.{args.format}), or redirect standard output")
    write = BY_NAME[args.format].write
    assert write is not None
    content = write(letters, answers)
    assert isinstance(content, bytes)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        _write(args.output, content)
    return 0


def _write(path: str, content: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(content)
    except OSError as err:
        raise UsageError(f"{path}: cannot write it ({err.strerror or err})") from None


def _compose_to_file(args: argparse.Namespace) -> int:
    """`compose` with -o FILE for a text format: the output is written only when it is complete."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = _compose(args)
    _write(args.output, buffer.getvalue().encode("utf-8"))
    return code


def _check(args: argparse.Namespace) -> int:
    answers = _load(args.answers)
    today = _today(args.today)
    from followup.checks import check
    from followup.checks.findings import say
    from followup.compose import Refused, compose

    try:
        letters = compose(answers, today)
    except Refused:
        letters = None
    # Without --today it is now: a thank-you is then late from its send-by time on, not the next day.
    findings = check(answers, today, letters, now=None if args.today else clock.local_now())
    lang = answers.language
    for finding in findings:
        print(say(lang, "check.line", level=say(lang, f"check.{finding.level}"), message=finding.message,
                  anchor=finding.anchor))
    if not findings:
        print(say(lang, "check.none"))
    return 1 if any(f.level == "problem" for f in findings) else 0


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command; raises UsageError for exit 2."""
    args = _parser().parse_args(argv)
    if hasattr(args, "run"):  # subcommands registered with their own `run` (followup.cli_log)
        return int(args.run(args))
    if args.command == "schema":
        if args.applications:
            from followup.applications.schema import json_schema as applications_schema

            print(json.dumps(applications_schema(), indent=2, ensure_ascii=False))
            return 0
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    if args.command == "plan":
        return _plan(args)
    if args.command == "compose":
        if args.output not in (None, "-") and not BY_NAME[args.format].binary:
            return _compose_to_file(args)
        return _compose(args)
    return _check(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `followup` and `python -m followup`."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="backslashreplace")
    try:
        return run(argv)
    except UsageError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help prints and exits 0
        return exit_.code if isinstance(exit_.code, int) else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`followup example | head`): stop quietly, and keep Python
        # from complaining when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as err:  # noqa: BLE001 - never a traceback
        print(f"{PROG}: unexpected error ({type(err).__name__}); please report it", file=sys.stderr)
        return 2
