"""US and UK English: the words and forms of the letters that differ between the two.

One answer (`style`: "en-US" or "en-GB") chooses; everything that depends on it is
looked up here, so the templates never spell a word that differs.
"""

from __future__ import annotations

from datetime import date

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


def spell(word: str, style: str) -> str:
    """The word as the style spells it (templates write UK forms)."""
    return SPELLING.get(style, {}).get(word, word)


def format_date(d: date, style: str = "en-US", with_year: bool = True) -> str:
    """"4 December 2026" (en-GB) or "December 4, 2026" (en-US); independent of the machine's locale."""
    month = MONTHS[d.month - 1]
    if style == "en-GB":
        return f"{d.day} {month} {d.year}" if with_year else f"{d.day} {month}"
    return f"{month} {d.day}, {d.year}" if with_year else f"{month} {d.day}"


def weekday(d: date) -> str:
    return WEEKDAYS[d.weekday()]


def sign_off(tone: str, channel: str, style: str) -> str:
    us, uk = SIGN_OFFS[(tone, channel)]
    return uk if style == "en-GB" else us
