"""One call from answers to everything the builder shows: letters in every format, timing, checks.

This is the JSON-in, JSON-out entry point of the browser worker (and handy for any
tool). Each letter carries its text in every text format of `followup.exports`, under the
format's name; the formats made on demand (`.html`, `.eml`, and the `.ics` of the answers)
are None on the keystroke renders (`with_downloads=False`) and made when a file is
downloaded, as the .eml and .ics are most of a render's time (the benchmark's report has the
figures). It never raises: bad answers come back as `errors`, a refused letter (a third
check-in) as `refused`, and anything unexpected as a plain message, never a traceback.

`document` / `document_json` make a Word (.docx) or OpenDocument (.odt) file of the same
letters, on request only: the document code is imported then, not when the builder starts.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from followup import clock, languages
from followup.answers import Answers, AnswersError, Problem, decode, label_for, parse
from followup.checks import Finding, check
from followup.compose import Refused, compose, greeting_guesses
from followup.exports import BY_NAME, DOCUMENTS, LETTER_TEXTS
from followup.formats import mailto, reminders, to_html, to_ics
from followup.letter import Letter, body_text, word_count
from followup.messages import limit_for
from followup.say import say
from followup.schema import MESSAGE_TARGET
from followup.timing import timing_for

UNEXPECTED = say(languages.DEFAULT.code, "bundle.unexpected")
"""What the page shows when something went wrong inside (in English; `_language` picks the answers')."""

_TODAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")


def _language(data: object) -> str:
    """The language the answers name, when it is a known one (else the default); never raises."""
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) and language in languages.CODES else languages.DEFAULT.code


def _unexpected(data: object) -> dict[str, Any]:
    language = _language(data)
    return _errors([Problem("", say(language, "bundle.unexpected"))], language=language)


def _errors(problems: list[Problem], refused: str | None = None,
            findings: list[dict[str, Any]] | None = None, language: str = languages.DEFAULT.code) -> dict[str, Any]:
    return {
        "ok": False,
        "errors": [{"path": p.path, "label": label_for(p.path, language), "message": p.message} for p in problems],
        "refused": refused,
        "findings": findings or [],
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {"level": f.level, "code": f.code, "message": f.message, "anchor": f.anchor, "field": f.field}


def _letter(letter: Letter, answers: Answers, with_downloads: bool) -> dict[str, Any]:
    """One letter: its parts, its `article` (the escaped HTML the page previews) and each text format."""
    body = body_text(letter)
    texts = {fmt.name: fmt.write((letter,), answers) if with_downloads or not fmt.on_demand else None
             for fmt in LETTER_TEXTS if fmt.write is not None}
    return {
        "recipient": letter.recipient_name,
        "subject": letter.subject,
        "body": body,
        "article": to_html(letter),
        **texts,
        "mailto": mailto(letter),
        "characters": len(body),
        "words": word_count(body),
        "left_out": [{"field": field, "why": why} for field, why in letter.left_out],
    }


def _today(today: str | None) -> tuple[date, datetime | None]:
    """The day of writing and, when given (or for the machine's today), the local time too."""
    if today is None:
        now = clock.local_now()
        return now.date(), now
    if isinstance(today, str) and _TODAY_RE.fullmatch(today.strip()):
        value = today.strip()
        if "T" in value:
            now = datetime.fromisoformat(value)
            return now.date(), now
        return date.fromisoformat(value), None
    raise ValueError(today)


def render(data: object, today: str | None = None, with_downloads: bool = True) -> dict[str, Any]:
    """Validate, compose, check and format; see the module docstring and the team contract.

    `today` ("YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" with the local time, as the browser
    sends it) is when the letter is written, for dates in printed letters and the timing
    checks (with the time, a thank-you is late from its send-by time on); None means now.
    With `with_downloads` false, the formats made on demand (`html`, `eml`, `ics`) are None;
    `reminders` says either way whether there is an `.ics`.
    """
    try:
        return _render(data, today, with_downloads)
    except Exception:  # noqa: BLE001 - the promise is "never raises"
        return _unexpected(data)


Composed = tuple[Answers, date, datetime | None, tuple[Letter, ...]]
"""The answers, the day of writing, the local time when known, and the letters."""


def _composed(data: object, today: str | None) -> Composed | dict[str, Any]:
    """The answers, the day (and time) of writing and the letters, or the error result that says why not.

    A refused letter (a third check-in) comes back as `refused`, with the findings that explain it.
    """
    language = _language(data)
    try:
        day, now = _today(today)
    except ValueError:
        return _errors([Problem("today", say(language, "bundle.bad-today"))], language=language)
    try:
        answers = parse(data)
    except AnswersError as err:
        return _errors(err.problems, language=language)
    try:
        return answers, day, now, compose(answers, day)
    except Refused as refusal:
        try:
            findings = [_finding(f) for f in check(answers, day, now=now)]
        except Exception:  # noqa: BLE001 - the refusal matters more than the findings
            findings = []
        return _errors([], refused=str(refusal), findings=findings, language=language)


def _render(data: object, today: str | None, with_downloads: bool) -> dict[str, Any]:
    composed = _composed(data, today)
    if isinstance(composed, dict):
        return composed
    answers, day, now, letters = composed
    findings = [_finding(f) for f in check(answers, day, letters, now=now)]
    timing = timing_for(answers)
    has_reminders = timing is not None and bool(reminders(answers, timing))
    return {
        "ok": True,
        "letters": [_letter(letter, answers, with_downloads) for letter in letters],
        "ics": to_ics(answers, timing) if with_downloads and has_reminders and timing is not None else None,
        "reminders": has_reminders,
        "timing": None if timing is None else {
            "send_by": timing.send_by.isoformat(timespec="minutes"),
            "check_in": timing.check_in.isoformat(),
            "second_check_in": timing.second_check_in.isoformat(),
        },
        "findings": findings,
        "message_limit": limit_for(answers.message_to),
        "message_target": MESSAGE_TARGET,
        "greetings": greeting_guesses(answers),
        "kind": answers.kind,
        "channel": answers.channel,
    }


def render_json(text: str, today: str | None = None, with_downloads: bool = True) -> str:
    """`render` with JSON text in and out, for the browser worker.

    Malformed JSON comes back as an error result like any other problem. The output is
    ASCII-only JSON, so no character can trip the hand-over to JavaScript.
    """
    return _as_json(text, lambda data: render(data, today, with_downloads))


def _as_json(text: str, make: Callable[[object], dict[str, Any]]) -> str:
    """`make(answers)` with the answers as JSON text and its result as JSON text; never raises."""
    try:
        try:
            data = decode(text)
        except AnswersError as err:
            return json.dumps(_errors(err.problems))
        return json.dumps(make(data))
    except Exception:  # noqa: BLE001 - the promise is "never raises"
        return json.dumps(_errors([Problem("", UNEXPECTED)]))


def document(data: object, today: str | None = None, fmt: str = "docx", letter: int | None = None) -> dict[str, Any]:
    """The letters as one editable document, for the builder's "Download .docx/.odt"; never raises.

    `fmt` is "docx" or "odt"; `letter` is the index of one letter (a panel's note as the page
    shows it), or None for all of them, each from a new page. Success: `{"ok": true, "format",
    "media_type", "base64"` (the file's bytes), `"size"` (in bytes), `"letters"` (how many are
    in it)`}`. Failure: the same shape as `render`'s (`ok` false, `errors`, `refused`).
    """
    try:
        return _document(data, today, fmt, letter)
    except Exception:  # noqa: BLE001 - the promise is "never raises"
        return _unexpected(data)


def _document(data: object, today: str | None, fmt: str, letter: int | None) -> dict[str, Any]:
    if fmt not in DOCUMENTS:
        return _errors([Problem("", f"A document can be made as {' or '.join(DOCUMENTS)}, not {fmt!r}.")])
    spec = BY_NAME[fmt]
    composed = _composed(data, today)
    if isinstance(composed, dict):
        return composed
    answers, _, _, letters = composed
    if letter is not None:
        if not isinstance(letter, int) or isinstance(letter, bool) or not 0 <= letter < len(letters):
            return _errors([Problem("", f"There is no letter {letter!r}: there are {len(letters)}.")])
        letters = (letters[letter],)
    assert spec.write is not None
    content = spec.write(letters, answers)
    assert isinstance(content, bytes)
    return {"ok": True, "format": fmt, "media_type": spec.media_type,
            "base64": base64.b64encode(content).decode("ascii"), "size": len(content), "letters": len(letters)}


def document_json(text: str, today: str | None = None, fmt: str = "docx", letter: int | None = None) -> str:
    """`document` with the answers as JSON text and the result as JSON text, for the browser worker."""
    return _as_json(text, lambda data: document(data, today, fmt, letter))


def plan(data: object, today: str | None = None) -> dict[str, Any]:
    """Every application's next step, for "Your applications"; never raises.

    `data` is an applications file (or one answers file) as decoded JSON; `today` as for
    `render` (with the local time, a thank-you is overdue from its send-by time on). Result:
    `{"ok": true, "steps": {id: step or null}, "order": [id, ...], "problems": [{"path",
    "message"}]}`, where a damaged application whose id can be read has a null step and its
    problems listed (the others are planned as usual), and `order` is the list's order
    (`plan.sort_key`: overdue first, damaged ones last, ties in file order). A file that
    cannot be read at all: `ok` true, no steps, its problems; a bad `today`: `ok` false with
    `errors`, as `render` says it.
    """
    try:
        return _plan(data, today)
    except Exception:  # noqa: BLE001 - the promise is "never raises"
        return _errors([Problem("", UNEXPECTED)])


def _plan(data: object, today: str | None) -> dict[str, Any]:
    from followup.applications import parse as parse_applications
    from followup.plan import next_step, sort_key, to_dict

    try:
        day, now = _today(today)
    except ValueError:
        return _errors([Problem("today", say(languages.DEFAULT.code, "bundle.bad-today"))])
    loaded = parse_applications(data)
    steps: dict[str, Any] = {}
    if isinstance(data, dict) and isinstance(data.get("applications"), list):
        # Damaged applications keep a place (null) under their id, so the page can mark them.
        for item in data["applications"]:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                steps.setdefault(item["id"], None)
    planned = {app.id: next_step(app.answers, app.record, day, now) for app in loaded.applications}
    steps.update((key, to_dict(step)) for key, step in planned.items())
    order = sorted(steps, key=lambda key: sort_key(planned.get(key)))
    return {"ok": True, "steps": steps, "order": order,
            "problems": [{"path": p.path, "message": p.message} for p in loaded.problems]}


def plan_json(text: str, today: str | None = None) -> str:
    """`plan` with JSON text in and out, for the browser worker; never raises.

    Text that is not JSON at all comes back as `ok` true, no steps and the reason in `problems`.
    """
    try:
        try:
            data = decode(text)
        except AnswersError as err:
            return json.dumps({"ok": True, "steps": {}, "order": [],
                               "problems": [{"path": p.path, "message": p.message} for p in err.problems]})
        return json.dumps(plan(data, today))
    except Exception:  # noqa: BLE001 - the promise is "never raises"
        return json.dumps(_errors([Problem("", UNEXPECTED)]))
