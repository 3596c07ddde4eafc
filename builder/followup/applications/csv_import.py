"""Applications brought in from a spreadsheet saved as CSV.

What people have: Excel's "Save as CSV" (a German Excel writes semicolons and Windows-1252), a
Google Sheets export (commas, UTF-8), columns of their own naming in any order, extra columns,
empty rows. So the file is read as UTF-8 (a byte-order mark or not) or else Windows-1252; the
separator is whichever of comma and semicolon splits the header row into more columns; columns
are matched by the common names of each fact (`NAMES`), and every column says how it was read
(`Column.read_as`) so that the person sees it before anything is added.

Nothing is guessed silently: a date like 03/04/2026 is read by the order the file's other dates
show (26/11/2026 shows day first), by `date_order` when given, or else the row is listed as not
read, with the reason and what to do; a status that is not a known word is read as "no decision
yet" and said so. Rows without an employer are listed; empty rows are skipped. Each application
gets an id from its employer, role and dates (`row_id`), so importing a file twice is a clash the caller asks
about, never a silent copy. The answers are complete only as far as the row goes: they load with
`complete=False` (a log reads them; the builder shows them as applications to finish).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from typing import Any

from followup.answers import Answers, AnswersError, parse as parse_answers
from followup.applications.csv_dates import AMBIGUOUS, MIXED, Order, file_order, read_date
from followup.applications.model import MAX_APPLICATIONS, Application, Record
from followup.schema import SCHEMA_VERSION

NAMES: dict[str, tuple[str, ...]] = {
    "company": ("company", "employer", "company name", "employer name", "organisation", "organization",
                "firma", "arbeitgeber", "unternehmen", "entreprise", "empresa"),
    "role": ("role", "position", "job title", "title", "job", "position title", "job role", "stelle",
             "stellenbezeichnung", "poste"),
    "date_applied": ("date applied", "applied", "applied on", "application date", "date of application",
                     "applied date", "date", "datum", "bewerbungsdatum", "beworben am", "submitted"),
    "interview_date": ("interview date", "interview", "date of interview", "interview on", "interviewtermin",
                       "vorstellungsgespräch", "vorstellungsgesprach"),
    "contact_name": ("contact", "contact name", "contact person", "recruiter", "hiring manager",
                     "ansprechpartner", "ansprechpartnerin", "kontakt"),
    "contact_details": ("contact email", "contact phone", "email", "e mail", "phone", "telefon"),
    "posting": ("link", "url", "job link", "posting", "job posting", "posting url", "job url", "stellenanzeige"),
    "status": ("status", "result", "outcome", "ergebnis", "stand"),
    "location": ("location", "city", "place", "ort", "standort", "arbeitsort"),
    "method": ("method", "how", "applied via", "application method", "bewerbungsart", "art der bewerbung"),
}
"""Each fact and the column names that mean it (compared without case, punctuation or spacing)."""

LABELS = {"company": "Company", "role": "Role", "date_applied": "Date applied", "interview_date": "Interview date",
          "contact_name": "Contact", "contact_details": "Contact's email or phone", "posting": "Where the posting was",
          "status": "Outcome", "location": "Location", "method": "How you applied"}

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "offer": ("offer", "offered", "accepted", "angebot", "zusage"),
    "rejected": ("rejected", "rejection", "declined", "not selected", "unsuccessful", "absage", "abgelehnt"),
    "withdrawn": ("withdrawn", "withdrew", "zurückgezogen"),
    "no-reply": ("no reply", "no response", "ghosted", "keine antwort", "keine rückmeldung"),
    "waiting": ("", "applied", "waiting", "pending", "in progress", "interview", "interviewing", "open",
                "beworben", "offen", "in bearbeitung"),
}
METHOD_WORDS: dict[str, tuple[str, ...]] = {
    "online": ("online", "online form", "website", "portal", "linkedin", "indeed", "web", "onlineformular"),
    "email": ("email", "e mail", "mail"),
    "in-person": ("in person", "persönlich", "walk in"),
    "agency": ("agency", "recruiter", "agentur", "personalvermittlung"),
    "referral": ("referral", "referred", "empfehlung"),
}


@dataclass(frozen=True)
class Column:
    """One column of the file: its header as written and what it was read as ("" when not used)."""

    header: str
    fact: str = ""

    @property
    def read_as(self) -> str:
        return LABELS[self.fact] if self.fact else "not used"


@dataclass(frozen=True)
class Skipped:
    """A row that was not read: its line in the file and why, with what to do."""

    line: int
    reason: str


@dataclass(frozen=True)
class Imported:
    """What a CSV gave: applications, how each column was read, rows not read, and notes on readings."""

    applications: tuple[Application, ...] = ()
    columns: tuple[Column, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()
    encoding: str = "utf-8"
    delimiter: str = ","
    problem: str = ""
    """Set when nothing could be read at all (not CSV, no employer column): the whole reason."""
    needs_date_order: bool = False
    """True when some dates could be day or month first and nothing in the file says which."""


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _lookup(words: dict[str, tuple[str, ...]], text: str) -> str | None:
    key = _key(text)
    return next((value for value, names in words.items() if key in names), None)


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def _unneutralise(cell: str) -> str:
    """A cell written as text by `log_formats.neutralised` ("'=A1") read back as it was ("=A1")."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell.strip()


def _columns(header: list[str]) -> tuple[Column, ...]:
    taken: set[str] = set()
    out = []
    for text in header:
        fact = next((f for f, names in NAMES.items() if _key(text) in names), "")
        if fact in taken:
            fact = ""
        taken.add(fact)
        out.append(Column(text.strip(), fact))
    return tuple(out)


def read_csv(data: bytes, *, date_order: Order | None = None, candidate: str = "") -> Imported:
    """The applications in a CSV file's bytes; never raises for bad input (see `Imported.problem`).

    `candidate` is the name the applications are written by (the file has no column for it);
    `date_order` settles dates that could be either way round.
    """
    text, encoding = _decode(data)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return Imported(encoding=encoding, problem="The file is empty: save the spreadsheet as CSV and choose it again.")
    first = next(csv.reader([lines[0]], delimiter=";"))
    delimiter = ";" if len(first) > len(next(csv.reader([lines[0]]))) else ","
    try:
        table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as err:
        return Imported(encoding=encoding, delimiter=delimiter, problem=f"This is not a CSV file a spreadsheet "
                        f"wrote ({err}): save it from the spreadsheet as CSV and try again.")
    header_at = next(i for i, row in enumerate(table) if any(cell.strip() for cell in row))
    columns = _columns(table[header_at])
    base = Imported(columns=columns, encoding=encoding, delimiter=delimiter)
    where = {c.fact: i for i, c in enumerate(columns) if c.fact}
    if "company" not in where:
        shown = ", ".join(f'"{c.header}"' for c in columns[:8])
        return _with(base, problem=f"No column names the employer (the columns are {shown}): call one of "
                                   "them Company or Employer and save the file again.")
    rows = [(number, row) for number, row in enumerate(table[header_at + 1:], start=header_at + 2)
            if any(cell.strip() for cell in row)][:MAX_APPLICATIONS]
    date_cells = [row[where[f]] for _, row in rows for f in ("date_applied", "interview_date")
                  if f in where and where[f] < len(row)]
    shown_order = file_order(date_cells)
    order = date_order or (shown_order if shown_order != MIXED else None)
    notes: list[str] = []
    if date_order is None and shown_order in ("dmy", "mdy"):
        notes.append("Dates are read day first (26/11/2026 is 26 November), as the file's dates show."
                     if shown_order == "dmy" else
                     "Dates are read month first (11/26/2026 is November 26), as the file's dates show.")
    apps: list[Application] = []
    skipped: list[Skipped] = []
    needs_order = False
    for number, row in rows:
        cells = {fact: _unneutralise(row[i]) if i < len(row) else "" for fact, i in where.items()}
        app, reason, ambiguous = _application(cells, order, candidate, notes)
        needs_order = needs_order or ambiguous
        if app is None:
            skipped.append(Skipped(number, reason))
        else:
            apps.append(app)
    if shown_order == MIXED and date_order is None:
        notes.append("The file has dates written day first (26/11/2026) and month first (11/26/2026): dates "
                     "that could be either were not read; choose which way they are written.")
        needs_order = needs_order or any("could be" in s.reason for s in skipped)
    return _with(base, applications=tuple(apps), skipped=tuple(skipped), notes=tuple(dict.fromkeys(notes)),
                 needs_date_order=needs_order)


def _with(base: Imported, **changes: Any) -> Imported:
    return Imported(**{**base.__dict__, **changes})


def _application(cells: dict[str, str], order: Order | None, candidate: str,
                 notes: list[str]) -> tuple[Application | None, str, bool]:
    """One row as an application, or None with the reason; the flag says a date was ambiguous."""
    if not cells.get("company"):
        return None, "No employer: the Company column is empty in this row; fill it in or delete the row.", False
    dates: dict[str, str] = {}
    for fact in ("date_applied", "interview_date"):
        value = cells.get(fact, "")
        if not value:
            continue
        read = read_date(value, order)
        if read == AMBIGUOUS:
            return None, (f"{LABELS[fact]} {value} could be day first or month first: choose how the file "
                          "writes dates (day/month or month/day)."), True
        if read is None:
            return None, (f"{LABELS[fact]} {value!r} is not a date this can read: write it like 2026-11-26 "
                          "or 26/11/2026."), False
        dates[fact] = read.isoformat()  # type: ignore[union-attr]
    status = cells.get("status", "")
    outcome = _lookup(STATUS_WORDS, status)
    if outcome is None:
        outcome = "waiting"
        notes.append(f'Status "{status}" is not one this knows: read as no decision yet.')
    method = _lookup(METHOD_WORDS, cells.get("method", "")) or ""
    if cells.get("method") and not method:
        notes.append(f'How you applied "{cells["method"]}" is not one this knows: left empty.')
    contact, details = cells.get("contact_name", ""), cells.get("contact_details", "")
    if not details and ("@" in contact or re.fullmatch(r"[+\d][\d ()./-]{5,}", contact)):
        contact, details = "", contact
    answers = {
        "schema_version": SCHEMA_VERSION,
        "kind": "after-rejection" if outcome == "rejected" else "thank-you",
        "company": cells["company"], "role": cells.get("role", ""), "candidate": {"name": candidate},
        "interview_date": dates.get("interview_date", ""),
        "tracking": {"date_applied": dates.get("date_applied", ""), "method": method,
                     "posting": cells.get("posting", ""), "location": cells.get("location", ""),
                     "contact_name": contact, "contact_details": details},
    }
    try:
        parsed = parse_answers(answers, complete=False)
    except AnswersError as err:
        return None, err.problems[0].message, False
    return Application(row_id(parsed), parsed, Record(outcome=outcome)), "", False


def row_id(answers: Answers) -> str:
    """An imported application's id: from the employer, role and dates only, so the same row imported
    again (by another name, with a changed note) is the same application, a clash to ask about."""
    key = "\x1f".join([answers.company.casefold(), answers.role.casefold(),
                       str(answers.tracking.date_applied or ""), str(answers.interview_date or "")])
    return "csv-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
