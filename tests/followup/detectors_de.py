"""What a careful German reader would circle in a German letter: the corpus detectors for `de-*` letters.

Each detector takes a finished `Letter` and the `Answers` it was written from and returns one string
per fault it sees (empty: nothing seen). They read the letter only, never the composer's code, so they
judge the letter the way a hiring manager would. What the person typed is theirs: a detector never
blames the composer for the person's own words (`typed_words`, `is_typed`), only for the frames
around them and for where it put them.

Detectors (`DETECTORS`, by the fault class each one names):
  reader-lower-case      "sie", "ihnen", "ihr…" in lower case where the frame addresses the reader
  salutation             agreement ("Sehr geehrte Frau", "Sehr geehrter Herr"), a guessed gender (an
                         agreeing adjective, "Frau" or "Herr" without a form of address), "Herrn" in a
                         salutation, a name word in lower case, a degree other than Dr./Prof. in a
                         German or Swiss salutation, a missing comma (Switzerland may omit it)
  title-dropped          a title the person carries left out of a salutation with "Frau"/"Herr": "Prof."
                         and "Dr." everywhere; in Austria also "Mag.", "Dipl.-Ing.", "DI", "Ing." (unless a
                         higher title, Dr. or Prof., is there: the highest one is enough)
  ladies-and-gentlemen   "Sehr geehrte Damen und Herren" to a person whose name is known
  guessed-gender-in-text "Frau X" / "Herrn X" in the body for someone without a form of address
  closing                a comma or full stop after the closing, a closing pulled into a sentence
  english                English words the person did not type (frames, months, weekdays, closings)
  capital-after-comma    after the salutation's comma, a capital on a word that is neither a noun
                         (seen with a capital mid-sentence) nor a form of "Sie"
  swiss-eszett           "ß" in a de-CH letter's own words
  repeated-phrase        a phrase said twice that the person did not type twice
  (and, in `detectors_de_typed`, where typed answers land: case-after-preposition, no-verb,
  lead-word-kept, typed-capitals)

Edge cases: a word typed by the person is never a fault of the frames (a lower-case "sie" in a topic
stays theirs); Swiss letters may write the salutation without a comma and begin with a capital
(SN 010130), so `capital-after-comma` only reads salutations ending in a comma.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors_de_typed import (case_after_preposition, is_typed, lead_word_kept, no_verb, sentences, typed_capitals,
                                typed_words)
from test_corpus import repeated_phrases

from followup.answers import Answers
from followup.letter import Letter

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
READER_FORMS = ("sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres")
PARTICLES = frozenset({"von", "zu", "vom", "zum", "van", "de", "der", "den", "di", "da", "du", "la", "le", "ter", "ten",
                       "und", "bin", "binti", "al", "el", "y", "dos", "das"})
DEGREES = re.compile(r"\b(?:Dipl\.-\w+\.?|Mag\.(?:\s?\(FH\))?|B\.\s?Sc\.|M\.\s?Sc\.|B\.\s?A\.|M\.\s?A\.|MBA|DI)(?=\s|,|$)")
ENGLISH = frozenset("""the and of to for with your you my our thank thanks dear hi hello regards sincerely kind best
looking forward interview opportunity position would could should hope hear hearing about from this that which also
again please update process discussed conversation yours january february march june july october december monday
tuesday wednesday thursday friday saturday sunday""".split())
def _person(letter: Letter, answers: Answers):  # noqa: ANN202
    """The interviewer a letter goes to: the letter writes a name typed all in small letters or
    capitals in its ordinary capitals (`followup.as_written`), so the match ignores case."""
    to = " ".join(letter.recipient_name.split()).casefold()
    return next((p for p in answers.interviewers if " ".join(p.name.split()).casefold() == to), None)


def reader_lower_case(letter: Letter, answers: Answers) -> list[str]:
    out = []
    for p in letter.paragraphs:
        words = _WORD.findall(p)
        for i, w in enumerate(words):
            if w in READER_FORMS and not is_typed(" ".join(words[max(0, i - 2):i + 3]), answers) \
                    and not is_typed(" ".join(words[max(0, i - 1):i + 2]), answers):
                out.append(f"lower-case {w!r} addressing the reader: {p}")
    return out


def salutation(letter: Letter, answers: Answers) -> list[str]:
    s = letter.salutation.strip()
    person = _person(letter, answers)
    form = person.form_of_address if person else ""
    out = []
    if re.match(r"(?:Dear|Hi|Hello)\b", s):
        out.append(f"an English salutation: {s}")
    lead = re.match(r"(Sehr geehrter?|Liebe[r]?|Hallo|Guten Tag)\s+(Frau|Herrn?)?\b", s)
    if lead:
        adjective, title = lead.group(1), lead.group(2)
        masculine = adjective.endswith("r") and adjective not in ("Hallo",)
        if title == "Herrn":
            out.append(f"the accusative 'Herrn' in a salutation: {s}")
        if title and adjective.startswith(("Sehr", "Liebe")) and masculine != title.startswith("Herr"):
            out.append(f"a salutation that does not agree: {s}")
        typed_title = person is not None and re.match(r"(?:Frau|Herrn?)\b", person.name.strip())
        if not form and (title and not typed_title):
            out.append(f"a guessed gender ('{title}' without a form of address): {s}")
        if not form and adjective.startswith(("Sehr", "Liebe")) and "Damen und Herren" not in s and not typed_title:
            out.append(f"a guessed gender (an agreeing '{adjective}' without a form of address): {s}")
        if form == "ms" and title and title != "Frau" or form == "mr" and title and not title.startswith("Herr"):
            out.append(f"a salutation against the form of address {form!r}: {s}")
    if re.search(r"\b(Frau|Herrn?)\s+\1\b", s):
        out.append(f"a doubled form of address: {s}")
    if letter.language != "de-AT" and DEGREES.search(s):
        out.append(f"a degree in a {letter.language} salutation: {s}")
    name_part = re.sub(r"^(?:Sehr geehrter?|Liebe[r]?|Hallo|Guten Tag)\s+(?:(?:Frau|Herrn?)\s+)?", "", s).rstrip(",")
    lower = [w for w in _WORD.findall(name_part) if w[:1].islower() and w not in PARTICLES]
    if lower and "Damen und Herren" not in s:
        out.append(f"a name word in lower case {lower}: {s}")
    if not s.endswith(",") and letter.language != "de-CH":
        out.append(f"a salutation without its comma: {s}")
    return out


_AUSTRIAN_DEGREES = ("Mag.", "Dipl.-Ing.", "DI", "Ing.")


def title_dropped(letter: Letter, answers: Answers) -> list[str]:
    person, s = _person(letter, answers), letter.salutation
    if person is None or not re.search(r"\b(?:Frau|Herrn?)\b", s):
        return []
    typed = f"{person.address_as} {person.name}"
    missing = [t for t, typed_as in (("Prof.", r"\bProf\.|\bProfessor"), ("Dr.", r"\bDr\.")) if re.search(typed_as, typed)
               and t not in s]
    if letter.language == "de-AT" and not re.search(r"\b(?:Prof|Dr)\.", typed):  # the highest title is enough
        missing += [t for t in _AUSTRIAN_DEGREES if re.search(rf"(?<![\w.-]){re.escape(t)}(?=\s)", typed) and t not in s]
    return [f"{', '.join(missing)} of {person.name!r} left out: {s}"] if missing else []


def ladies_and_gentlemen(letter: Letter, answers: Answers) -> list[str]:
    named = letter.recipient_name.strip() and any(p.name.strip() for p in answers.interviewers)
    return [f"'Damen und Herren' to {letter.recipient_name!r}"] if named and "Damen und Herren" in letter.salutation \
        else []


def guessed_gender_in_text(letter: Letter, answers: Answers) -> list[str]:
    out = []
    text = " ".join(letter.paragraphs)
    for p in answers.interviewers:
        surname = (_WORD.findall(p.name) or [""])[-1]
        if p.form_of_address or not surname or re.match(r"(?:Frau|Herrn?)\b", p.name.strip()):
            continue
        m = re.search(rf"\b(Frau|Herrn?)\s+(?:[A-ZÄÖÜ][\w.-]*\s+){{0,3}}{re.escape(surname)}\b", text)
        if m:
            out.append(f"{m.group(0)!r} without a form of address for {p.name!r}")
    return out


def closing(letter: Letter, answers: Answers) -> list[str]:
    out = []
    if letter.closing.rstrip().endswith((",", ".")):
        out.append(f"a closing with a comma or stop: {letter.closing!r}")
    if any(re.search(r"\bverbleibe\b|\bGr[üu](?:ß|ss)en,", p) for p in letter.paragraphs):
        out.append("a closing pulled into a sentence")
    return out


def english(letter: Letter, answers: Answers) -> list[str]:
    typed = typed_words(answers)
    text = " ".join([letter.subject or "", letter.salutation, *letter.paragraphs, letter.closing])
    found = sorted({w for w in _WORD.findall(text) if (w.casefold() in ENGLISH or w == "I") and w.casefold() not in typed})
    return [f"English words {found}: {text}"] if found else []


def capital_after_comma(letter: Letter, answers: Answers) -> list[str]:
    if not letter.salutation.rstrip().endswith(",") or not letter.paragraphs:
        return []
    first = letter.paragraphs[0].lstrip("„\"(").split()[0].strip(",.;:!?")
    if not first[:1].isupper() or first in {f.capitalize() for f in READER_FORMS}:
        return []
    text = " ".join(letter.paragraphs)
    mid = {w for s in (s for p in letter.paragraphs for s in sentences(p)) for w in _WORD.findall(s)[1:]}
    if first in mid or first.casefold() in typed_words(answers) and not first.islower():
        return []
    return [f"a capital after the salutation's comma: {first!r} in {text[:80]}"]


def swiss_eszett(letter: Letter, answers: Answers) -> list[str]:
    if letter.language != "de-CH":
        return []
    typed = typed_words(answers)
    text = " ".join([letter.subject or "", letter.salutation, *letter.paragraphs, letter.closing])
    found = sorted({w for w in _WORD.findall(text) if "ß" in w and w.casefold() not in typed})
    return [f"'ß' in a Swiss letter: {found}"] if found else []


def repeated(letter: Letter, answers: Answers) -> list[str]:
    return repeated_phrases(letter, answers)


DETECTORS: dict[str, Callable[[Letter, Answers], list[str]]] = {
    "reader-lower-case": reader_lower_case,
    "salutation": salutation,
    "title-dropped": title_dropped,
    "ladies-and-gentlemen": ladies_and_gentlemen,
    "guessed-gender-in-text": guessed_gender_in_text,
    "closing": closing,
    "english": english,
    "capital-after-comma": capital_after_comma,
    "case-after-preposition": case_after_preposition,
    "swiss-eszett": swiss_eszett,
    "repeated-phrase": repeated,
    "no-verb": no_verb,
    "lead-word-kept": lead_word_kept,
    "typed-capitals": typed_capitals,
}
"""Every German detector by the fault class it names (the names appear in test ids and xfail reasons)."""
