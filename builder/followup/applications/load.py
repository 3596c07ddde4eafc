"""Loading an applications file: each application validated on its own.

An application loads only when all of it is valid: its answers are a valid answers file
(`followup.answers.parse`, so every answers rule holds here too), its keys are known ones,
its id is unique in the file. A damaged one is reported (problems with dotted paths such as
"applications.2.answers.company") and left out, and never takes the others with it. A
single answers file (format 1 or 2) loads as one application with an empty record.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime

from followup.answers import Answers, AnswersError, Problem, decode, parse as parse_answers, to_dict
from followup.applications.model import (APPLICATION_KEYS, APPLICATIONS_VERSION, ID_MAX, MAX_APPLICATIONS,
                                         RECORD_FIELDS, SENT, Application, Loaded, Record, Sent)
from followup.applications.schema import ID_PATTERN, UPDATED_PATTERN
from followup.validation import Validator, describe, quote

_ID_RE = re.compile(ID_PATTERN)
_UPDATED_RE = re.compile(UPDATED_PATTERN)


def _fatal(path: str, message: str) -> Loaded:
    return Loaded((), (Problem(path, message),))


def answers_id(answers: Answers) -> str:
    """The id a single answers file gets: derived from its content, so loading the same file
    twice gives the same id (a clash the page can ask about) and the same calendar UIDs."""
    text = json.dumps(to_dict(answers), sort_keys=True, ensure_ascii=True)
    return "answers-" + hashlib.sha256(text.encode("ascii")).hexdigest()[:24]


def parse(data: object, *, complete: bool = True) -> Loaded:
    """Validate decoded JSON: an applications file, or a single answers file (one application).

    Never raises for bad data: problems come back in `Loaded.problems`. A problem with the
    file as a whole (not an object, a missing or newer version, `applications` not a list)
    loads nothing; anything else only leaves out the application it is in. `complete=False`
    also loads applications whose answers could not make a letter yet (see `answers.parse`).
    """
    if isinstance(data, dict) and "schema_version" in data and "applications" not in data:
        try:
            answers = parse_answers(data, complete=complete)
        except AnswersError as err:
            return Loaded((), tuple(err.problems))
        return Loaded((Application(answers_id(answers), answers),))
    if not isinstance(data, dict):
        return _fatal("", f"An applications file is a JSON object ({{ ... }}), not {describe(data)}: "
                          "save it again from the builder.")
    version = data.get("applications_version")
    if version != APPLICATIONS_VERSION or isinstance(version, bool):
        if isinstance(version, int) and not isinstance(version, bool) and version > APPLICATIONS_VERSION:
            return _fatal("applications_version", "This file was saved by a newer Follow-up Kit (applications "
                                                  f"format {version}): update Follow-up Kit to open it.")
        return _fatal("applications_version", "This is neither an applications file nor an answers file: "
                                              f'an applications file starts with "applications_version": '
                                              f"{APPLICATIONS_VERSION}, an answers file with \"schema_version\".")
    items = data.get("applications")
    if not isinstance(items, list):
        return _fatal("applications", f"Applications must be a list, not {describe(items)}.")
    if len(items) > MAX_APPLICATIONS:
        return _fatal("applications", f"Too many applications ({len(items):,}; at most {MAX_APPLICATIONS:,}).")
    problems = [Problem(str(key), f"Unknown field {quote(key)}: remove it.")
                for key in data if key not in ("applications_version", "applications")]
    loaded: list[Application] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        application, found = parse_application(item, f"applications.{index}", seen, complete=complete)
        problems.extend(found)
        if application is not None:
            loaded.append(application)
            seen.add(application.id)
    return Loaded(tuple(loaded), tuple(problems))


def parse_application(item: object, path: str, taken: set[str] | frozenset[str] = frozenset(), *,
                      complete: bool = True) -> tuple[Application | None, list[Problem]]:
    """One application at `path` ("applications.2"): the application, or None and why not.

    `taken` holds the ids already used in the file: a repeated id is a problem (the first
    application with it stays).
    """
    if not isinstance(item, dict):
        return None, [Problem(path, f"An application must be an object, not {describe(item)}.")]
    validator = Validator(None)
    validator.unknown_keys(item, (), path + ".", "", extra=APPLICATION_KEYS)
    app_id = item.get("id")
    if not isinstance(app_id, str) or not _ID_RE.fullmatch(app_id) or len(app_id) > ID_MAX:
        validator.add(path + ".id", f"The application's id must be letters, digits, '-', '_', '.' or ':' (at most "
                                 f"{ID_MAX}), not {quote(app_id) if isinstance(app_id, str) else describe(app_id)}.")
    elif app_id in taken:
        validator.add(path + ".id", f"Another application in this file has the id {quote(app_id)}: "
                                 "ids must be unique, so this one was left out.")
    updated = item.get("updated", "")
    if not isinstance(updated, str) or (updated and not _valid_updated(updated)):
        validator.add(path + ".updated", "The last edit must be a UTC time like 2026-12-02T22:30:00.000Z, not "
                                      f"{quote(updated) if isinstance(updated, str) else describe(updated)}.")
    answers: Answers | None = None
    try:
        answers = parse_answers(item.get("answers"), complete=complete)
    except AnswersError as err:
        validator.problems.extend(Problem(f"{path}.answers.{p.path}".rstrip("."), p.message) for p in err.problems)
    record = parse_record(item.get("record"), path + ".record", validator)
    if validator.problems or answers is None or record is None:
        return None, validator.problems
    return Application(str(app_id), answers, record, str(updated)), []


def _valid_updated(value: str) -> bool:
    if not _UPDATED_RE.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_record(raw: object, path: str, validator: Validator) -> Record | None:
    """The record at `path`; a missing record is the empty one. Problems go to `validator`."""
    if raw is None:
        return Record()
    if not isinstance(raw, dict):
        validator.add(path, f"The record must be an object with the fields sent, outcome and outcome_date, "
                         f"not {describe(raw)}.")
        return None
    before = len(validator.problems)
    validator.unknown_keys(raw, RECORD_FIELDS, path + ".", "")
    outcome, outcome_date = (validator.value(f, raw.get(f.name), f"{path}.{f.name}", "")
                             for f in RECORD_FIELDS[1:])
    sent = _sent(raw.get("sent"), path + ".sent", validator)
    if len(validator.problems) > before:
        return None
    return Record(sent, outcome or "waiting", outcome_date)


def _sent(raw: object, path: str, validator: Validator) -> tuple[Sent, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        validator.add(path, f"Letters sent must be a list, not {describe(raw)}.")
        return ()
    if SENT.max_items is not None and len(raw) > SENT.max_items:
        validator.add(path, f"Letters sent: at most {SENT.max_items}, not {len(raw)}.")
        return ()
    out: list[Sent] = []
    for i, item in enumerate(raw):
        item_path, prefix = f"{path}.{i}", f"Sent letter {i + 1}: "
        if not isinstance(item, dict):
            validator.add(item_path, f"{prefix}must be an object with the fields kind, to, number and date, "
                                  f"not {describe(item)}.")
            continue
        validator.unknown_keys(item, SENT.fields, item_path + ".", prefix)
        values = validator.group(item, SENT.fields, item_path + ".", prefix)
        number = values["number"] or None
        if values["kind"] == "check-in" and item.get("number") is None:
            validator.add(item_path + ".number", f"{prefix}a check-in needs its number (1 or 2).")
        elif values["kind"] != "check-in" and number is not None:
            validator.add(item_path + ".number", f"{prefix}only a check-in has a number: remove it.")
        if values["kind"] and values["date"] is not None:
            out.append(Sent(values["kind"], values["date"], values["to"], number))
    return tuple(out)


def loads(text: str | bytes, *, complete: bool = True) -> Loaded:
    """Load the text of an applications file or of one answers file; never raises for bad input."""
    try:
        data = decode(text)
    except AnswersError as err:
        return Loaded((), tuple(err.problems))
    return parse(data, complete=complete)
