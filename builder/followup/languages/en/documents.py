"""English words and forms of the printed and downloaded documents (.docx, .odt, the HTML page).

Every document module (`followup.documents`, `followup.formats`' page) reads these through
`followup.languages.get(code).table("documents")`; each family's `documents` module has the same
names (`tests/followup/test_languages.py` compares them). Plain data and small functions only:
nothing here imports the document code, so the HTML page can read it without loading it.
"""

from __future__ import annotations

from collections.abc import Sequence

API = ("ARRANGEMENT", "PAPER", "paper", "KIND_TITLES", "UNTITLED", "STYLE_NAMES", "style_name", "SUBJECT_LABEL",
       "PAGE_TITLE_ONE", "PAGE_TITLE_MANY", "ADDRESS_FORMS", "recipient_block", "return_address")
"""Every name a family's `documents` table provides (tests/followup/test_languages.py checks them)."""

ARRANGEMENT = "block"
"""How a printed letter is arranged on the page: "block" (one column, every block in the flow,
as the builder's print stylesheet prints it) or "din5008-b" (DIN 5008 Form B, German)."""

PAPER = {"en-US": "Letter", "en-GB": "A4"}
"""The paper by letter language (`followup.documents.layout.PAGES` has its size and margins):
US Letter in the US, A4 in the UK. A code not listed gets A4."""


def paper(code: str) -> str:
    """The paper's name ("Letter" or "A4") for a letter language code."""
    return PAPER.get(code, "A4")


KIND_TITLES = {"thank-you": "Thank-you note", "check-in": "Check-in", "after-rejection": "Reply to a rejection"}
"""A document's title property says what it is (then to whom); `UNTITLED` for any other kind."""
UNTITLED = "Letter"

STYLE_NAMES = {
    "LetterBody": "Letter body",
    "SenderAddress": "Sender address",
    "ReturnAddress": "Return address",
    "Date": "Date",
    "RecipientAddress": "Recipient address",
    "Subject": "Subject",
    "Salutation": "Salutation",
    "Closing": "Closing",
    "Signature": "Signature",
    "Message": "Message",
    "HeadSpace": "Letterhead space",
}
"""Each paragraph style's name as a word processor's style list shows it, by its key."""

def style_name(key: str, code: str) -> str:
    """A paragraph style's shown name in this letter language (the same in every English)."""
    return STYLE_NAMES[key]


SUBJECT_LABEL = "Subject"
"""The label before an email's subject where a plain text or a page shows it ("Subject: …")."""

PAGE_TITLE_ONE = "Letter to {name}"
PAGE_TITLE_MANY = "Notes to {names}"
"""The HTML page's title when it has no subject: one letter, or a panel's notes (names joined by ", ")."""

ADDRESS_FORMS: dict[str, str] = {}
"""The word before the recipient's name in the address field, by form of address: English
addresses a person by name alone."""


def recipient_block(form_of_address: str, name: str, title: str, company: str,
                    address: Sequence[str]) -> tuple[str, ...]:
    """The address field's lines: the name, their job title, the company, then the postal lines.

    `form_of_address` is not used in English ("Ms"/"Mr" in an address is the person's choice, and
    the answers do not ask for it). Empty parts are left out; nothing is reordered.
    """
    return tuple(x for x in (name, title, company) if x) + tuple(line for line in address if line)


def return_address(sender_block: Sequence[str]) -> str:
    """The one-line return address printed above a window envelope's address: not used in the
    English arrangement, which has no address field."""
    return ""
