"""German words and forms of the printed and downloaded documents (.docx, .odt, the HTML page).

The same names as `followup.languages.en.documents` (its `API`; tests/followup/test_languages.py
compares them). A printed German letter is arranged by DIN 5008 Form B on A4
(`followup.documents.din5008`); the address field names the person "Frau"/"Herrn" (accusative: the
letter goes *an Herrn* Weber) with the name as typed, academic titles included ("Herrn Dr. Max
Weber"). Without a known form of address there is no word before the name: never a guessed
gender. Switzerland writes "ss" for "ß" (the letters table's `localise` says so once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.languages.de.letters import localise

ARRANGEMENT = "din5008-b"
"""DIN 5008 Form B: letterhead, the address field for a window envelope, the information block
with the date on the right, the subject in bold, then salutation, body, closing and signature."""

PAPER = {"de-DE": "A4", "de-AT": "A4", "de-CH": "A4"}


def paper(code: str) -> str:
    """A4 in every German-speaking country."""
    return PAPER.get(code, "A4")


KIND_TITLES = {"thank-you": "Dankschreiben", "check-in": "Nachfrage", "after-rejection": "Antwort auf eine Absage"}
UNTITLED = "Brief"

STYLE_NAMES = {
    "LetterBody": "Brieftext",
    "SenderAddress": "Absender",
    "ReturnAddress": "Rücksendeangabe",
    "Date": "Datum",
    "RecipientAddress": "Anschrift",
    "Subject": "Betreff",
    "Salutation": "Anrede",
    "Closing": "Grußformel",
    "Signature": "Unterschrift",
    "Message": "Nachricht",
    "HeadSpace": "Platz für Briefkopf und Anschrift",
}
"""Style names a German user sees in the style list (Word shows its built-in styles "Datum",
"Anrede", "Grußformel", "Unterschrift" under their English ids in its own language anyway)."""


def style_name(key: str, code: str) -> str:
    """A paragraph style's shown name in this letter language ("Grussformel" in Switzerland)."""
    return localise(STYLE_NAMES[key], code)


SUBJECT_LABEL = "Betreff"

PAGE_TITLE_ONE = "Brief an {name}"
PAGE_TITLE_MANY = "Briefe an {names}"

ADDRESS_FORMS = {"ms": "Frau", "mr": "Herrn"}
"""The word before the name in the address field: "Herrn" is the accusative DIN 5008 writes
("Herrn Dr. Max Weber"); "" (not given) has none."""


def recipient_block(form_of_address: str, name: str, title: str, company: str,
                    address: Sequence[str]) -> tuple[str, ...]:
    """The address field's lines as DIN 5008 writes a person at a company: the company first, then
    "Frau"/"Herrn" and the name on one line, then the postal lines.

    The job title (`title`) is not part of a German postal address and is left out; a name typed
    with its academic title keeps it ("Herrn Prof. Dr. Max Weber"). An unknown form of address
    writes the name alone. Empty parts are left out.
    """
    form = ADDRESS_FORMS.get(form_of_address, "")
    person = f"{form} {name}" if form and name else name
    return tuple(x for x in (company, person) if x) + tuple(line for line in address if line)


_CONTACT = re.compile(r"@|://|^www\.|^[+(\d][\d\s()/.-]{5,}$")


def return_address(sender_block: Sequence[str]) -> str:
    """The return address over the window (the Rücksendeangabe): the sender's name and postal
    lines on one line, joined by " · ". Email addresses, links and phone numbers are left out
    (a line with "@", "://", starting "www.", or only digits, spaces and + ( ) / . -)."""
    return " · ".join(line for line in sender_block if line and not _CONTACT.search(line.strip()))
