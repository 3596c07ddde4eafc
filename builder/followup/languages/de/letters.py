"""German letters table (de-DE, de-AT, de-CH): salutations, closings, dates and the words for kinds and stages.

The same API as `followup.languages.en.letters` (its docstring lists it), plus what only German needs:

  read_name(name, address_as, code) -> Address  the name read the German way (`reading_names`): `formal`
                                          follows "Frau"/"Herr" ("Dr. Müller"), `given` is the whole
                                          name a greeting without them uses ("Dr. Anna Müller")
  person(address, form_of_address) -> str a person named in running text, in the accusative and
                                          dative ("Frau Dr. Müller", "Herrn Weber", "Anna Müller")
  join_names(names) -> str                "A, B und C"
  localise(text, code) -> str             the region's spelling of our own words: de-CH writes "ss"
                                          for "ß"; never applied to what the person typed
  TEMPLATE_VARIANTS                       codes whose template text is `localise`d (de-CH)
  company_ref(name) -> str                the company after "bei", in the dative ("der Nordwind GmbH")
  role_title(title) -> str                the role as "die Stelle als …" names it (no "Stelle als" twice)
  FAULT_REASONS                           why an answer the proofreader faulted was left out, in German
  NO_THIRD_CHECK_IN                       why a third check-in is refused, in German

Conventions (sources in `/work/shared/notes/letters-de.md`): the salutation agrees with the person
("Sehr geehrte Frau", "Sehr geehrter Herr"; "Liebe"/"Lieber"); with no form of address known the
gender is never guessed ("Guten Tag Anna Müller,"); to no name "Sehr geehrte Damen und Herren,";
"Mit freundlichen Grüßen" without a comma (DIN 5008); "am 26. November"; "17:00 Uhr"; Austria
writes "Jänner".

Edge cases: a role typed as a name ("Personalabteilung") is greeted as no name; the person's own
sign-off keeps its words and loses a trailing comma; a code of another family reads as de-DE.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from followup.languages.de.reading_names import read

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni",
          "Juli", "August", "September", "Oktober", "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

KIND_NAMES = {"thank-you": "Dankschreiben", "check-in": "Nachfrage", "after-rejection": "Antwort auf die Absage"}
STAGE_NAMES = {
    "phone-screen": "Telefoninterview",
    "video": "Videogespräch",
    "on-site": "Vorstellungsgespräch",
    "panel": "Vorstellungsgespräch",
    "final": "Gespräch in der letzten Runde",
}
"""Each stage as running text names it; every one is neuter, so a template's "das"/"dem" fits them all."""
NO_NAME_RECIPIENT = "Personalabteilung"
NOUNS_CAPITALISED = True
TITLE_SMALL_WORDS = frozenset("""am an auf aus bei der des die das dem den durch für im in mit nach oder und über
                                 unter vom von zum zur""".split())
TEMPLATE_VARIANTS = frozenset({"de-CH"})

SIGN_OFFS = {
    ("formal", "letter"): "Mit freundlichen Grüßen",
    ("formal", "email"): "Mit freundlichen Grüßen",
    ("formal", "message"): "Mit freundlichen Grüßen",
    ("warm", "letter"): "Mit freundlichen Grüßen",
    ("warm", "email"): "Viele Grüße",
    ("warm", "message"): "Viele Grüße",
    ("brief", "letter"): "Beste Grüße",
    ("brief", "email"): "Beste Grüße",
    ("brief", "message"): "Beste Grüße",
}
"""Default closing by tone and channel, used when the person leaves theirs empty; never a comma after it."""

_FORMAL = {"ms": "Sehr geehrte Frau", "mr": "Sehr geehrter Herr"}
_WARM = {"ms": "Liebe Frau", "mr": "Lieber Herr"}
_WARM_GIVEN = {"ms": "Liebe", "mr": "Lieber"}
_IN_TEXT = {"ms": "Frau", "mr": "Herrn"}


def localise(text: str, code: str) -> str:
    """Our own words as the region writes them: Switzerland writes "ss" for "ß"."""
    return text.replace("ß", "ss") if code == "de-CH" else text


def spell(word: str, code: str) -> str:
    return localise(word, code)


def month_name(month: int, code: str = "de-DE") -> str:
    """"Januar"; "Jänner" in Austria."""
    return "Jänner" if month == 1 and code == "de-AT" else MONTHS[month - 1]


def format_date(d: date, code: str = "de-DE", with_year: bool = True) -> str:
    """"26. November 2026" or "26. November"; independent of the machine's locale."""
    text = f"{d.day}. {month_name(d.month, code)}"
    return f"{text} {d.year}" if with_year else text


def numeric_date(d: date, code: str = "de-DE") -> str:
    """"26.11.2026" (DIN 5008)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def weekday(d: date, code: str = "de-DE") -> str:
    return WEEKDAYS[d.weekday()]


def time_of_day(t: time, code: str = "de-DE") -> str:
    """"17:00 Uhr"."""
    return f"{t.hour:02d}:{t.minute:02d} Uhr"


def read_name(name: str, address_as: str = "", code: str = "de-DE") -> Any:
    return read(name, address_as, code)[0]


def _first_name_only(address: Any) -> bool:
    """A first name alone, typed as "Address them as" ("Anna"): no surname, no title, no "Frau"/"Herr"."""
    return address.certain and address.formal == address.given and " " not in address.formal and not address.form


def _form(address: Any, form_of_address: str) -> str:
    return form_of_address if form_of_address in _FORMAL else getattr(address, "form", "")


def salutation(tone: str, channel: str, address: Any, form_of_address: str = "", code: str = "de-DE") -> str:
    """The salutation with its comma, by tone and what is known; see the module docstring.

    Formal: "Sehr geehrte Frau Dr. Müller,"; warm: "Liebe Frau Müller,"; brief: "Hallo Frau Müller,"
    (a printed letter says "Guten Tag Frau Müller," instead). No form of address: "Guten Tag Anna
    Müller," ("Hallo Anna Müller," when brief). A first name alone (typed as "Address them as"):
    "Liebe Anna,"/"Hallo Anna,". No name, or a role: "Sehr geehrte Damen und Herren," (formal or
    a printed letter), else "Guten Tag,".
    """
    if address is None or not address.formal or address.role:
        return "Sehr geehrte Damen und Herren," if tone == "formal" or channel == "letter" else "Guten Tag,"
    form = _form(address, form_of_address)
    first_name_only = _first_name_only(address)
    if not form or (first_name_only and tone != "warm"):
        hello = "Hallo" if tone == "brief" and channel != "letter" else "Guten Tag"
        return f"{hello} {address.given},"
    if first_name_only:
        return f"{_WARM_GIVEN[form]} {address.formal},"
    if tone == "formal":
        return f"{_FORMAL[form]} {address.formal},"
    if tone == "warm":
        return f"{_WARM[form]} {address.formal},"
    lead = "Guten Tag" if channel == "letter" else "Hallo"
    return f"{lead} {'Frau' if form == 'ms' else 'Herr'} {address.formal},"


def person(address: Any, form_of_address: str = "") -> str:
    """Someone named in running text after "mit" or before "kennenzulernen": "Frau Dr. Müller",
    "Herrn Weber" (dative and accusative alike), "Anna Müller" with no form of address known."""
    form = _form(address, form_of_address)
    if form and not _first_name_only(address):
        return f"{_IN_TEXT[form]} {address.formal}"
    return address.given


def join_names(names: list[str]) -> str:
    """"A", "A und B", "A, B und C"."""
    names = [n for n in names if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1] if names else ""


def sign_off(typed: str, tone: str, channel: str, code: str = "de-DE", named: bool = True) -> str:
    """The closing line without a comma (DIN 5008): the person's own words, or the default for tone and channel."""
    words = typed.rstrip(", ") if typed else SIGN_OFFS[(tone, channel)]
    return localise(words, code) if not typed else words


def when(interview: date | None, today: date, tone: str, channel: str, code: str = "de-DE") -> str:
    """" heute", " gestern", " am Dienstag", " am 24. November" or "": when the interview was.

    As in English, a printed letter and a formal one always name the date.
    """
    if interview is None:
        return ""
    days = (today - interview).days
    if tone != "formal" and channel != "letter" and 0 <= days <= 6:
        if days == 0:
            return " heute"
        if days == 1:
            return " gestern"
        return f" am {weekday(interview, code)}"
    return " am " + format_date(interview, code, with_year=interview.year != today.year)


NO_THIRD_CHECK_IN = ("Eine dritte Nachfrage wird nicht geschrieben. Zwei Nachfragen im Abstand von etwa einer Woche "
                     "sind das höfliche Maximum; bleibt auch die zweite ohne Antwort, wenden Sie sich Ihren anderen "
                     "Bewerbungen zu.")
"""Why compose refuses a third check-in (`compose.Refused`), in German; English says it from `followup.rules`."""

LIMIT_REASON = "das Zeichenlimit der Nachricht"
"""Why a short message left the detail out when it could not fit (`check` says it after a colon)."""

FAULT_REASONS = (
    ("a line break", "es geht über mehrere Zeilen", "als einen Satz schreiben"),
    ("a bullet marker", "es ist eine Liste", "nur den wichtigsten Punkt behalten"),
    ("a doubled word", "neben den Worten des Briefs liest es sich {0}", "ohne dieses Wort sagen"),
    ("a question", "es ist eine Frage, die der Brief nicht als Aussage sagen kann", "als Aussage schreiben"),
    ("a bracket left open", "eine Klammer wird nicht geschlossen", "die Klammer schließen oder weglassen"),
    ("a phrase said twice", "der Brief würde damit {0} zweimal sagen", "mit anderen Worten sagen"),
    ("an empty slot", "es lässt eine Lücke im Satz, ein einzelnes Komma oder einen Strich",
     "als ganze Wendung schreiben"),
    ("two sentences opening", "es beginnt wie der Satz daneben ({0})", "anders beginnen"),
    ("", "es liest sich im Brief nicht richtig", "anders formulieren"),
)
"""Why an answer the proofreader faulted was left out, by the fault's English prefix (`proofread.reason`)."""

_LEGAL_FORMS = re.compile(r"\b(?:GmbH|gGmbH|AG|SE|KG|KGaA|UG|OHG|GbR|mbH|e\. ?V\.|eG|Stiftung|Gesellschaft|Bank|"
                          r"Universität|Hochschule|Klinik|Stadt|Gemeinde|Agentur|Versicherung|Sparkasse)\b")
"""Words that make a company name feminine in German: "bei der Northwind GmbH", "bei der Stadt Wien"."""


_ROLE_LEAD = re.compile(r"^(?:(?:die|eine)\s+)?(?:Stelle|Position|Job|Rolle|Tätigkeit)\s+(?:als|zur|zum)\s+(?=\S)",
                        re.IGNORECASE)
_ROLE_TAIL = re.compile(r"(?<=\S)[\s-]+(?:Stelle|Position)$", re.IGNORECASE)


def role_title(title: str) -> str:
    """The role as "die Stelle als …" names it: "Stelle als Datenanalystin" -> "Datenanalystin",
    "Projektmanager-Stelle" -> "Projektmanager" (the frame says "Stelle" itself)."""
    return _ROLE_TAIL.sub("", _ROLE_LEAD.sub("", title)).strip() or title


_DATIVE_ARTICLE = {"die": "der", "das": "dem", "der": "dem"}


def company_ref(name: str) -> str:
    """The company after "bei" (dative): "der Northwind GmbH" for a name with a feminine legal form or
    noun, else as typed ("Northwind Traders", "Siemens").

    A name typed with its article is put in the dative: "die Bahn" -> "der Bahn", "die Deutsche Bahn"
    -> "der Deutschen Bahn" (an adjective before the last word takes "-n"), "das Deutsche Rote Kreuz"
    -> "dem Deutschen Roten Kreuz". Edge case: a plural noun before a legal form keeps its ending
    ("die Stadtwerke AG" -> "der Stadtwerke AG").
    """
    text = " ".join((name or "").split())
    words = text.split()
    if len(words) > 1 and words[0].lower() in _DATIVE_ARTICLE:
        rest = words[1:]
        for i, word in enumerate(rest[:-1]):
            if word.endswith("e") and not _LEGAL_FORMS.fullmatch(rest[i + 1]):
                rest[i] = word + "n"
        return " ".join([_DATIVE_ARTICLE[words[0].lower()], *rest])
    return f"der {text}" if _LEGAL_FORMS.search(text) else text
