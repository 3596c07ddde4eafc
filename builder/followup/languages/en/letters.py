"""English letters table (en-US, en-GB): the words and forms of a letter that depend on its language.

The `letters` table API, which every family's `letters.py` provides with the same names, and
which code outside the composer reaches through `followup.languages.get(code).table("letters")`:

  format_date(d, code, with_year=True) -> str   "November 26, 2026" (en-US), "26 November 2026" (en-GB);
                                                German "26. November 2026"; never the machine's locale
  numeric_date(d, code) -> str                  "11/26/2026", "26/11/2026"; German "26.11.2026"
  weekday(d, code) -> str                       "Thursday"; German "Donnerstag"
  month_name(month, code) -> str                "November" (1-based month)
  time_of_day(t, code) -> str                   "5:00 PM" (en-US), "17:00" (en-GB); German "17:00 Uhr"
  KIND_NAMES: dict[str, str]                    each letter kind as running text names it ("thank-you note")
  STAGE_NAMES: dict[str, str]                   each interview stage as running text names it ("video interview")
  NO_NAME_RECIPIENT: str                        who a letter to no named person goes to ("Hiring Team")
  LIMIT_REASON: str                             why a short message left its detail out ("the message's limit")
  NOUNS_CAPITALISED: bool                       True where every noun takes a capital (German): a job title
                                                typed in lower case is then mis-typed, not a style
  TITLE_SMALL_WORDS: frozenset[str]             words a job title keeps in small letters after its first
                                                word ("Head of Data", "Sachbearbeiterin im Einkauf")
  FAULT_REASONS (optional)                      (fault prefix, cause, fix) rows: why an answer the proofreader
                                                faulted was left out; English's are `proofread`'s own
  salutation(tone, channel, address, form_of_address, code) -> str
                                                the greeting line with its comma: `address` is a
                                                `followup.names.Address` or None (no one named);
                                                `form_of_address` the interviewer's answer ("", "ms", "mr")
  sign_off(typed, tone, channel, code, named) -> str
                                                the closing line: the person's own words when typed (its
                                                punctuation the language's), else the default for tone
                                                and channel; `named` is False for a letter to no name
  when(interview, today, tone, channel, code) -> str
                                                when the interview was, as running text says it after
                                                the verb, with its leading space: " yesterday",
                                                " on Tuesday", " on 24 November"; "" when not known
  spell(word, code) -> str                      a word the templates write in one form, in the code's

Edge cases: every function takes any code of `followup.languages.CODES`; a code of another family
is read as this family's default (en-US). English titles are written by `followup.names`
(`title_form`), so the salutation only places them.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

API = ("format_date", "numeric_date", "weekday", "month_name", "time_of_day", "KIND_NAMES", "STAGE_NAMES",
       "NO_NAME_RECIPIENT", "LIMIT_REASON", "NOUNS_CAPITALISED", "TITLE_SMALL_WORDS", "salutation", "sign_off",
       "when", "spell")
"""The names every family's `letters` table provides (`tests/followup/test_languages.py` lists what is missing)."""

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SPELLING = {
    "en-US": {"candour": "candor", "enquire": "inquire", "enquiry": "inquiry", "organisation": "organization",
              "prioritise": "prioritize", "recognise": "recognize", "programme": "program",
              "centre": "center", "colleagues": "colleagues", "favourite": "favorite", "behaviour": "behavior",
              "analyse": "analyze", "practise": "practice", "realise": "realize", "in future": "in the future"},
    "en-GB": {},
}
"""Words as the templates write them (UK forms) mapped to their US forms."""

SIGN_OFFS = {
    ("formal", "letter"): ("Sincerely", "Yours sincerely"),
    ("formal", "email"): ("Best regards", "Kind regards"),
    ("formal", "message"): ("Best regards", "Kind regards"),
    ("warm", "letter"): ("Warm regards", "Warm regards"),
    ("warm", "email"): ("Best regards", "Best regards"),
    ("warm", "message"): ("Best", "Best wishes"),
    ("brief", "letter"): ("Best", "Best wishes"),
    ("brief", "email"): ("Best", "Best"),
    ("brief", "message"): ("Best", "Best"),
}
"""Default sign-off by tone and channel, (US, UK), used when the person leaves theirs empty.

Not "Thanks": every letter already thanks them in its body.
"""

KIND_NAMES = {"thank-you": "thank-you note", "check-in": "check-in", "after-rejection": "reply to the rejection"}
STAGE_NAMES = {
    "phone-screen": "phone call",
    "video": "video interview",
    "on-site": "interview",
    "panel": "panel interview",
    "final": "final-round interview",
}
NO_NAME_RECIPIENT = "Hiring Team"
LIMIT_REASON = "the message's limit"
"""Why a short message left the detail out when it could not fit (`check` says it after a colon)."""
NOUNS_CAPITALISED = False
TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or per the to via with".split())


def _uk(code: str) -> bool:
    return code == "en-GB"


def spell(word: str, code: str) -> str:
    """The word as the code spells it (templates write UK forms)."""
    return SPELLING.get(code, {}).get(word, word)


def month_name(month: int, code: str = "en-US") -> str:
    return MONTHS[month - 1]


def format_date(d: date, code: str = "en-US", with_year: bool = True) -> str:
    """"4 December 2026" (en-GB) or "December 4, 2026" (en-US); independent of the machine's locale."""
    month = MONTHS[d.month - 1]
    if _uk(code):
        return f"{d.day} {month} {d.year}" if with_year else f"{d.day} {month}"
    return f"{month} {d.day}, {d.year}" if with_year else f"{month} {d.day}"


def numeric_date(d: date, code: str = "en-US") -> str:
    """"26/11/2026" (en-GB) or "11/26/2026" (en-US)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if _uk(code) else f"{d.month:02d}/{d.day:02d}/{d.year}"


def weekday(d: date, code: str = "en-US") -> str:
    return WEEKDAYS[d.weekday()]


def time_of_day(t: time, code: str = "en-US") -> str:
    """"17:00" (en-GB) or "5:00 PM" (en-US)."""
    if _uk(code):
        return f"{t.hour:02d}:{t.minute:02d}"
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def salutation(tone: str, channel: str, address: Any, form_of_address: str = "", code: str = "en-US") -> str:
    """"Dear Ms. Lee," / "Dear Dana," / "Hi Dana," / "Dear Hiring Team," / "Hello,".

    A role typed as a name ("Hiring Manager") is greeted in full whatever the tone; English
    greetings do not use the form of address answer (a title typed with the name is kept).
    """
    if address is None or not address.formal:
        return "Hello," if tone == "brief" and channel != "letter" else "Dear Hiring Team,"
    if address.role or tone == "formal":
        return f"Dear {address.formal},"
    if channel == "letter":
        return f"Dear {address.given},"
    if tone == "brief" or channel == "message":
        return f"Hi {address.given},"
    return f"Dear {address.given},"


def sign_off(typed: str, tone: str, channel: str, code: str = "en-US", named: bool = True) -> str:
    """The closing line, with the comma English puts after it ("Best regards,"); none after "!" or ".".

    UK usage closes a formal letter to no name "Yours faithfully".
    """
    words = typed
    if not words:
        us, uk = SIGN_OFFS[(tone, channel)]
        words = uk if _uk(code) else us
        if words == "Yours sincerely" and not named:
            words = "Yours faithfully"
    words = words.rstrip(", ")
    return words if words[-1:] in "!." else words + ","


def when(interview: date | None, today: date, tone: str, channel: str, code: str = "en-US") -> str:
    """" yesterday", " on Tuesday", " on 24 November" or "": when the interview was, as a person says it.

    A printed letter arrives days later and formal letters prefer the date itself, so
    both always name the date.
    """
    if interview is None:
        return ""
    days = (today - interview).days
    if tone != "formal" and channel != "letter" and 0 <= days <= 6:
        if days == 0:
            return " today"
        if days == 1:
            return " yesterday"
        return f" on {weekday(interview, code)}"
    return " on " + format_date(interview, code, with_year=interview.year != today.year)
