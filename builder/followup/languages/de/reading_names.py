"""German names read for a salutation: the form of address, the titles it keeps, the surname.

"Sehr geehrte Frau Dr. Müller," needs three things from what was typed: the form of address
(the interviewer's answer, or "Frau"/"Herr" typed with the name), the academic titles a
salutation keeps ("Dr.", "Prof.", "Prof. Dr."; a doctorate's faculty such as "Dr. med." or
"Dr.-Ing." is said "Dr."), and the surname with its particles ("von der Leyen"). Degrees
("Dipl.-Ing.", "Mag.", "M.Sc.", "MBA") belong in the address block, not in the salutation, except
in Austria, where a salutation names the highest title a person carries: "Sehr geehrte Frau Mag.
Gruber," (a degree only when no "Dr." or "Prof." comes before it). "Univ.-Prof." is said "Prof.".

Edge cases: a name is never corrected: "Mueller" stays "Mueller", "Strauss" stays "Strauss";
a name typed all in small or all in capital letters gets its ordinary capitals (as in
English, `followup.names.ordinary_capitals`); "Müller, Anna" is read surname first; a
single word is the surname when a form of address is known, else it is greeted as typed;
a role or department typed as a name ("Personalabteilung", "HR-Team") is no person.
"""

from __future__ import annotations

import re
import unicodedata

from followup.names import Address, is_role_name, ordinary_capitals
from followup.wording import clean

FORMS = {"frau": "ms", "herr": "mr", "herrn": "mr"}
"""Forms of address typed before a name, and the answer value each stands for."""

_KEPT_TITLES = {"prof": "Prof.", "professor": "Prof.", "professorin": "Prof.", "univ.-prof": "Prof.", "dr": "Dr.",
                "doktor": "Dr."}
"""Titles a salutation keeps, by their lower-case form without stops."""
_DOCTOR_FORMS = re.compile(r"^dr\.?-?(?:ing|rer|med|phil|jur|oec|habil|h\.?c|sc|theol|vet|dent|pol|nat|techn)\.?$",
                           re.IGNORECASE)
"""A doctorate written with its faculty in one word ("Dr.-Ing."): said "Dr." in a salutation."""
_FACULTY = re.compile(r"^(?:med|rer|nat|phil|jur|oec|habil|h\.c|sc|theol|vet|dent|pol|techn|pol|soc|paed|math|"
                      r"dent|publ|agr|forest|ing)\.$", re.IGNORECASE)
"""The faculty part of a doctorate written apart ("Dr. med.", "Dr. rer. nat."): dropped in a salutation."""
_DEGREES = re.compile(
    r"^(?:dipl\.?-?\w*\.?|di|mag\.?(?:a|\(fh\)|rer\.?|phil\.?|iur\.?)?|ing\.?|dkfm\.?|m\.?\s?sc\.?|b\.?\s?sc\.?|m\.?a\.?|"
    r"b\.?a\.?|mba|ll\.?m\.?|m\.?eng\.?|b\.?eng\.?|bakk\.?|lic\.?(?:\s?\w+\.?)?|priv\.-doz\.?|pd|"
    r"ph\.?d\.?|msc|bsc|mag\.a)$", re.IGNORECASE)
"""Degrees typed with a name: the address block's, never the salutation's (but see `_AUSTRIAN`)."""
_AUSTRIAN = re.compile(r"^(?:mag\.?(?:a)?|dipl\.-ing\.?|di|ing\.?)$", re.IGNORECASE)
"""Degrees an Austrian salutation names when the person carries no higher title ("Frau Mag. Gruber")."""
PARTICLES = frozenset({"von", "zu", "vom", "zum", "zur", "van", "de", "der", "den", "ten", "ter", "di", "da", "del", "la",
                       "le", "und"})
ROLE_WORDS = re.compile(r"(?:personal|recruiting|bewerber|talent|hr\b|human resources|abteilung|team\b|ausschuss|"
                        r"kommission|gremium|sekretariat|geschäftsführung|geschaeftsfuehrung|leitung\b|damen und herren)",
                        re.IGNORECASE)


def is_role(name: str) -> bool:
    """True for a department, team or role typed as a name ("Personalabteilung", "Recruiting-Team")."""
    text = clean(name)
    return bool(text) and (bool(ROLE_WORDS.search(text)) or is_role_name(text))


def read(name: str, address_as: str = "", code: str = "de-DE") -> tuple[Address, str]:
    """(the name's greeting forms, the form of address typed with it: "ms", "mr" or "").

    `Address.formal` is what follows "Frau"/"Herr" ("Dr. Müller"), `Address.given` the whole
    name a greeting without a form of address uses ("Dr. Anna Müller"); `certain` is False
    when no surname could be told apart. "Address them as" wins over the name.
    """
    typed = address_as if clean(address_as) else name
    text = ordinary_capitals(unicodedata.normalize("NFC", clean(typed)))
    if not text:
        return Address("", "", False), ""
    if is_role(text) and not FORMS.get(text.split()[0].lower().rstrip(".")):
        return Address(text, text, True, role=True), ""
    words = text.replace(",", " , ").split()
    form = ""
    while words and words[0].lower().rstrip(".") in FORMS:
        form = FORMS[words[0].lower().rstrip(".")]
        words = words[1:]
    titles: list[str] = []
    degrees: list[str] = []  # the Austrian ones, in the order typed
    rest: list[str] = []
    for w in words:
        key = w.lower().rstrip(".")
        if not rest and key in _KEPT_TITLES:
            title = _KEPT_TITLES[key]
            if title not in titles:
                titles.append(title)
        elif not rest and _DOCTOR_FORMS.match(w):
            if "Dr." not in titles:
                titles.append("Dr.")
        elif _FACULTY.match(w) and titles and not rest:
            continue
        elif not rest and code == "de-AT" and _AUSTRIAN.match(w):
            degrees.append(w if w.endswith(".") or w.upper() == "DI" else w + ".")
        elif _DEGREES.match(w) or (rest and w.lower().strip(".,") in ("mba", "msc", "phd")):
            continue
        else:
            rest.append(w)
    surname, given = _split(rest)
    title = " ".join(titles or degrees[:1])
    if not surname:
        whole = " ".join(x for x in (title, given) if x)
        # One word typed as "Address them as" is a first name ("Anna": "Liebe Anna,"); typed as the
        # name, it is a surname only when a form of address goes with it.
        first_name = bool(clean(address_as)) and not titles and not form
        return Address(whole, whole, bool(form) or first_name, form=form), form
    full = " ".join(x for x in (title, given, surname) if x)
    return Address(" ".join(x for x in (title, surname) if x), full, True, form=form), form


def _split(words: list[str]) -> tuple[str, str]:
    """(surname, given names): "Müller, Anna" surname first; particles begin the surname; else the last word.

    A single word is no certain surname ("", the word), unless a form of address makes it one
    (the caller decides: it is returned as the given name here).
    """
    if "," in words:
        at = words.index(",")
        before, after = words[:at], [w for w in words[at + 1:] if w != ","]
        if before and after:
            return " ".join(before), " ".join(after)
        words = before or after
    if len(words) < 2:
        return "", " ".join(words)
    lower = [w.lower() for w in words]
    particle = next((i for i in range(1, len(words) - 1) if lower[i] in PARTICLES), None)
    if particle is not None:
        return " ".join(words[particle:]), " ".join(words[:particle])
    return words[-1], " ".join(words[:-1])
