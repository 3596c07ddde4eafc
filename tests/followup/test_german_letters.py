"""German letters: the letters table's forms, and a scanner over every German letter the examples give.

The scanner reads each letter (example answers x kinds x tones x channels x regions) for what a German
reader would circle: "sie/ihnen/ihr…" in lower case where the letter addresses the reader, a salutation
that does not agree ("Sehr geehrte Herr"), a guessed gender, a comma after the closing, English words,
a capital after the salutation's comma where German wants lower case, "ß" in a Swiss letter, and what the proofreader
finds (a word doubled, a phrase said twice: two frames that collide).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date, time
from pathlib import Path

import pytest

from fixed_clock import days_ago
from followup.answers import Answers, Interviewer, loads
from followup.compose import compose
from followup.languages import get
from followup.letter import Letter, body_text
from followup.names import address
from followup.proofread import faults, repeated_phrases

EXAMPLES = Path(__file__).resolve().parents[2] / "builder" / "followup" / "examples"
GERMAN = sorted(EXAMPLES.glob("de-*.json"))
TODAY = days_ago(-1)  # the day after the examples' interview, a Friday
WORDS = get("de-DE").table("letters")


def example(name: str = "de-thank-you", **changes: object) -> Answers:
    return dataclasses.replace(loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")), **changes)


# --- the table ----------------------------------------------------------------------------------


def test_dates_and_times_are_written_the_german_way() -> None:
    assert WORDS.format_date(date(2026, 11, 26), "de-DE") == "26. November 2026"
    assert WORDS.format_date(date(2026, 3, 1), "de-DE", with_year=False) == "1. März"
    assert WORDS.format_date(date(2027, 1, 8), "de-AT") == "8. Jänner 2027"
    assert WORDS.format_date(date(2027, 1, 8), "de-DE") == "8. Januar 2027"
    assert WORDS.numeric_date(date(2026, 11, 6), "de-CH") == "06.11.2026"
    assert WORDS.weekday(date(2026, 11, 26), "de-DE") == "Donnerstag"
    assert WORDS.time_of_day(time(17, 0), "de-DE") == "17:00 Uhr"


def test_when_is_said_as_a_person_says_it_and_a_formal_letter_names_the_date() -> None:
    interview = date(2026, 11, 24)
    assert WORDS.when(interview, date(2026, 11, 25), "warm", "email") == " gestern"
    assert WORDS.when(interview, date(2026, 11, 27), "warm", "email") == " am Dienstag"
    assert WORDS.when(interview, date(2026, 11, 27), "formal", "email") == " am 24. November"
    assert WORDS.when(interview, date(2027, 1, 5), "warm", "letter") == " am 24. November 2026"
    assert WORDS.when(None, date(2026, 11, 25), "warm", "email") == ""


SALUTATIONS = [
    # name, address as, form of address, (formal, warm, brief email, brief letter)
    ("Anna Müller", "", "ms", ("Sehr geehrte Frau Müller,", "Liebe Frau Müller,", "Hallo Frau Müller,",
                               "Guten Tag Frau Müller,")),
    ("Prof. Dr. Max Weber", "", "mr", ("Sehr geehrter Herr Prof. Dr. Weber,", "Lieber Herr Prof. Dr. Weber,",
                                       "Hallo Herr Prof. Dr. Weber,", "Guten Tag Herr Prof. Dr. Weber,")),
    ("Dipl.-Ing. Max Weber", "", "mr", ("Sehr geehrter Herr Weber,", "Lieber Herr Weber,", "Hallo Herr Weber,",
                                        "Guten Tag Herr Weber,")),
    ("Mag. Eva Huber", "", "ms", ("Sehr geehrte Frau Huber,", "Liebe Frau Huber,", "Hallo Frau Huber,",
                                  "Guten Tag Frau Huber,")),
    ("Dr. med. Jan Schmidt", "", "mr", ("Sehr geehrter Herr Dr. Schmidt,", "Lieber Herr Dr. Schmidt,",
                                        "Hallo Herr Dr. Schmidt,", "Guten Tag Herr Dr. Schmidt,")),
    ("Anna Müller", "", "", ("Guten Tag Anna Müller,", "Guten Tag Anna Müller,", "Hallo Anna Müller,",
                             "Guten Tag Anna Müller,")),
    ("Ursula von der Leyen", "", "ms", ("Sehr geehrte Frau von der Leyen,", "Liebe Frau von der Leyen,",
                                        "Hallo Frau von der Leyen,", "Guten Tag Frau von der Leyen,")),
    ("Frau Dr. Katrin Schulz", "", "", ("Sehr geehrte Frau Dr. Schulz,", "Liebe Frau Dr. Schulz,",
                                        "Hallo Frau Dr. Schulz,", "Guten Tag Frau Dr. Schulz,")),
    ("Herr Jonas Becker, MBA", "", "", ("Sehr geehrter Herr Becker,", "Lieber Herr Becker,", "Hallo Herr Becker,",
                                        "Guten Tag Herr Becker,")),
    ("Max Mueller", "Herr Mueller", "", ("Sehr geehrter Herr Mueller,", "Lieber Herr Mueller,",
                                         "Hallo Herr Mueller,", "Guten Tag Herr Mueller,")),
    ("schmidt, petra", "", "ms", ("Sehr geehrte Frau Schmidt,", "Liebe Frau Schmidt,", "Hallo Frau Schmidt,",
                                  "Guten Tag Frau Schmidt,")),
    ("Anna Müller", "Anna", "ms", ("Guten Tag Anna,", "Liebe Anna,", "Hallo Anna,", "Guten Tag Anna,")),
    ("Personalabteilung", "", "", ("Sehr geehrte Damen und Herren,", "Guten Tag,", "Guten Tag,",
                                   "Sehr geehrte Damen und Herren,")),
]


@pytest.mark.parametrize(("name", "address_as", "form", "expected"), SALUTATIONS)
def test_the_salutation_agrees_with_the_person_and_never_guesses_a_gender(name: str, address_as: str, form: str,
                                                                        expected: tuple[str, ...]) -> None:
    a = address(name, address_as, "de-DE")
    got = tuple(WORDS.salutation(tone, channel, a, form, "de-DE")
                for tone, channel in (("formal", "email"), ("warm", "email"), ("brief", "email"), ("brief", "letter")))
    assert got == expected


def test_no_name_is_ladies_and_gentlemen_when_formal_and_good_day_otherwise() -> None:
    assert WORDS.salutation("formal", "email", None, "", "de-DE") == "Sehr geehrte Damen und Herren,"
    assert WORDS.salutation("warm", "letter", None, "", "de-DE") == "Sehr geehrte Damen und Herren,"
    assert WORDS.salutation("brief", "message", None, "", "de-DE") == "Guten Tag,"


def test_the_closing_has_no_comma_and_switzerland_writes_ss() -> None:
    assert WORDS.sign_off("", "formal", "letter", "de-DE") == "Mit freundlichen Grüßen"
    assert WORDS.sign_off("", "formal", "letter", "de-CH") == "Mit freundlichen Grüssen"
    assert WORDS.sign_off("", "warm", "email", "de-AT") == "Viele Grüße"
    assert WORDS.sign_off("", "brief", "message", "de-DE") == "Beste Grüße"
    assert WORDS.sign_off("Herzliche Grüße,", "warm", "email", "de-DE") == "Herzliche Grüße"


def test_a_company_after_bei_is_in_the_dative() -> None:
    assert WORDS.company_ref("Nordwind Handels GmbH") == "der Nordwind Handels GmbH"
    assert WORDS.company_ref("Siemens") == "Siemens"
    assert WORDS.company_ref("die Stadtwerke AG") == "der Stadtwerke AG"
    assert WORDS.company_ref("die Bahn") == "der Bahn"
    assert WORDS.company_ref("die Deutsche Bahn") == "der Deutschen Bahn"
    assert WORDS.company_ref("das Deutsche Rote Kreuz") == "dem Deutschen Roten Kreuz"


# --- every German letter, scanned ----------------------------------------------------------------

_READER = re.compile(r"(?<![\w-])(sie|ihnen|ihr|ihre|ihrem|ihren|ihrer|ihres)(?![\w-])")
_WRONG_AGREEMENT = re.compile(r"Sehr geehrte Herr|Sehr geehrter Frau|Liebe Herr|Lieber Frau|Sehr geehrte Herrn")
_COMMA_CLOSING = re.compile(r"Grü(?:ß|ss)en?,|Grü(?:ß|ss)e,")
_ENGLISH = re.compile(r"(?<![\w-])(?:the|and|you|your|Dear|Hi|Hello|Thank|thanks|regards|Best|Sincerely|Yours|role|"
                      r"position|interview|looking|forward|Re|on|at|about|with|meet|hope|Hiring|Team,)(?![\w-])")
_LOWER_AFTER_SALUTATION = re.compile(r"^(?:[a-zäöüß]|Sie\b|Ihnen\b|Ihr\w*\b)")
_QUOTES_OR_EMPTY = re.compile(r"\s{2}|\s[.,;:]|\{\{|\}\}|None")


def _typed(answers: Answers) -> list[str]:
    """What the person typed, which the scanner does not judge (only the letter's own words)."""
    texts = [answers.company, answers.role, answers.candidate.name, answers.candidate.email, answers.candidate.phone,
             answers.candidate.profile_url, answers.their_needs, answers.your_strength, answers.forgot_to_mention,
             answers.sign_off.rstrip(", ")]
    for p in answers.interviewers:
        texts += [p.name, p.title, p.topic, p.email]
    return sorted((t for t in texts if t), key=len, reverse=True)


def _own_words(letter: Letter, answers: Answers) -> str:
    text = "\n".join(filter(None, (letter.subject or "", body_text(letter))))
    for typed in _typed(answers):
        text = text.replace(typed, " ").replace(typed[:1].upper() + typed[1:], " ")
        text = text.replace(typed.rstrip(".?!"), " ").replace(typed[:1].upper() + typed[1:].rstrip(".?!"), " ")
    return text


def german_problems(letter: Letter, answers: Answers) -> list[str]:
    out = []
    own = _own_words(letter, answers)
    for m in _READER.finditer(own):
        out.append(f"lower-case {m.group(1)!r} addressing the reader")
    if _WRONG_AGREEMENT.search(letter.salutation):
        out.append(f"salutation does not agree: {letter.salutation!r}")
    forms = {p.form_of_address for p in answers.interviewers} | {""}
    typed_form = any(re.match(r"\s*(?:Frau|Herr)\b", text, re.IGNORECASE)
                     for p in answers.interviewers for text in (p.name, p.address_as))
    if forms == {""} and not typed_form and re.search(r"\b(?:Frau|Herr)\b", letter.salutation):
        out.append(f"a guessed gender: {letter.salutation!r}")
    if _COMMA_CLOSING.search(letter.closing):
        out.append(f"a comma after the closing: {letter.closing!r}")
    for m in _ENGLISH.finditer(own):
        out.append(f"an English word: {m.group(0)!r}")
    if letter.paragraphs and not _LOWER_AFTER_SALUTATION.match(letter.paragraphs[0]):
        out.append(f"a capital after the salutation's comma: {letter.paragraphs[0][:30]!r}")
    if letter.language == "de-CH" and "ß" in own:
        out.append("ß in a Swiss letter")
    for p in letter.paragraphs:
        if _QUOTES_OR_EMPTY.search(p):
            out.append(f"an empty slot or template left-over in {p[:60]!r}")
    for fault in [f for p in letter.paragraphs for f in faults(p, family="de")] + repeated_phrases(
            " ".join(letter.paragraphs), " ".join(_typed(answers))):
        out.append(f"the proofreader's fault: {fault}")
    for field, why in letter.left_out:
        if _ENGLISH.search(why):
            out.append(f"an English reason for {field}: {why!r}")
    return out


def _variants(answers: Answers):
    kinds = ("thank-you", "check-in", "after-rejection")
    for kind, tone, channel in itertools.product(kinds, ("formal", "warm", "brief"), ("email", "letter", "message")):
        for number in ((1, 2) if kind == "check-in" else (1,)):
            yield dataclasses.replace(answers, kind=kind, tone=tone, channel=channel, check_in_number=number)


def _people_variants(answers: Answers):
    """The examples' people as they are, with no form of address, with no name, and in each region."""
    yield answers
    yield dataclasses.replace(answers, interviewers=tuple(dataclasses.replace(p, form_of_address="")
                                                          for p in answers.interviewers))
    yield dataclasses.replace(answers, interviewers=(Interviewer(name=""),))
    yield dataclasses.replace(answers, language="de-AT", interview_date=date(2027, 1, 12), decision_date=None)
    yield dataclasses.replace(answers, language="de-CH")


def test_the_scan_has_german_examples_to_read() -> None:
    assert {p.name for p in GERMAN} == {"de-thank-you.json", "de-check-in.json", "de-after-rejection.json",
                                         "de-panel.json"}


@pytest.mark.parametrize("path", GERMAN, ids=lambda p: p.stem)
def test_every_german_letter_reads_as_a_careful_german_writer_would_write_it(path: Path) -> None:
    found = []
    count = 0
    for base in _people_variants(loads(path.read_text(encoding="utf-8"))):
        for answers in _variants(base):
            for letter in compose(answers, TODAY):
                count += 1
                found += [f"{answers.kind} {answers.tone} {answers.channel} {answers.language}: {p}"
                          for p in german_problems(letter, answers)]
    assert count >= 150
    assert found == []


def test_the_scanner_sees_what_it_is_for() -> None:
    """The scan is not blind: a letter with each fault is caught."""
    answers = example()
    (good,) = compose(answers, TODAY)
    assert german_problems(good, answers) == []
    bad = dataclasses.replace(good, salutation="Sehr geehrte Herr Weber,", closing="Mit freundlichen Grüßen,",
                              paragraphs=("Vielen Dank, dass sie sich Zeit genommen haben, Thank you.",))
    problems = " | ".join(german_problems(bad, answers))
    for expected in ("lower-case 'sie'", "does not agree", "comma after the closing", "English word: 'Thank'",
                     "capital after the salutation"):
        assert expected in problems
    guessed = dataclasses.replace(answers, interviewers=(Interviewer(name="Anna Müller"),))
    assert "a guessed gender" in " ".join(german_problems(dataclasses.replace(good, salutation="Liebe Frau Müller,"),
                                                    guessed))


def test_german_letters_keep_the_english_rules_on_who_was_met() -> None:
    panel = example("de-panel", tone="warm")
    known = dataclasses.replace(panel, interviewers=tuple(dataclasses.replace(p, met_before=True)
                                                          for p in panel.interviewers))
    for answers in (dataclasses.replace(panel, internal=True), known):
        for tone in ("formal", "warm", "brief"):
            for letter in compose(dataclasses.replace(answers, tone=tone), TODAY):
                assert "kennen" not in body_text(letter), body_text(letter)


def test_the_thank_you_subject_names_the_day_without_the_word_betreff() -> None:
    (letter,) = compose(example(), TODAY)
    assert letter.subject == "Vielen Dank für das Gespräch am 26. November – Datenanalystin"
    assert "Betreff" not in letter.subject


def test_a_panel_gets_one_note_each_naming_the_others_in_the_right_case() -> None:
    letters = compose(example("de-panel", tone="formal"), TODAY)
    assert [l.salutation for l in letters] == ["Sehr geehrte Frau Dr. Schulz,", "Sehr geehrter Herr Krüger,",
                                               "Guten Tag Aylin Demir,"]
    assert "Herrn Krüger" in body_text(letters[0])


def test_a_printed_letter_is_dated_in_german() -> None:
    (letter,) = compose(example(channel="letter"), TODAY)
    assert letter.date_line == "27. November 2026"
    # DIN 5008's address field (languages/de/documents.py): the company, then Frau/Herrn and the name.
    assert letter.recipient_block[:2] == ("Nordwind Handels GmbH", "Frau Dr. Katrin Schulz")
    assert letter.subject == "Vielen Dank für das Gespräch am 26. November – Datenanalystin"


def test_a_german_greeting_is_sure_only_with_a_form_of_address_and_a_surname() -> None:
    from followup.compose import greeting_guesses

    answers = example("de-panel")
    assert greeting_guesses(answers) == [{"guess": "Dr. Schulz", "certain": True},
                                         {"guess": "Krüger", "certain": True},
                                         {"guess": "Aylin Demir", "certain": False}]


def test_an_austrian_letter_writes_jaenner_and_a_swiss_one_ss() -> None:
    january = dict(interview_date=date(2027, 1, 12), decision_date=date(2027, 1, 20))
    (austrian,) = compose(example(language="de-AT", **january), date(2027, 1, 13))
    assert "20. Jänner" in body_text(austrian) and austrian.subject.endswith("am 12. Jänner – Datenanalystin")
    (swiss,) = compose(example(language="de-CH", channel="letter"), TODAY)
    assert swiss.closing == "Mit freundlichen Grüssen"


def test_a_third_check_in_is_refused_in_german() -> None:
    from followup.compose import Refused

    with pytest.raises(Refused, match="^Eine dritte Nachfrage wird nicht geschrieben"):
        compose(example("de-check-in", check_in_number=3), TODAY)


@pytest.mark.parametrize("typed", ["Stelle als Datenanalystin", "die Stelle als Datenanalystin (m/w/d)",
                                   "Datenanalystin-Stelle", "Position als Datenanalystin"])
def test_a_role_typed_with_its_own_stelle_is_named_once(typed: str) -> None:
    for tone in ("formal", "warm", "brief"):
        (letter,) = compose(example(role=typed, tone=tone), TODAY)
        assert "Stelle als Stelle" not in body_text(letter) and "Position als" not in body_text(letter)
        assert letter.subject.endswith("– Datenanalystin")
    (check_in,) = compose(example("de-check-in", role=typed), TODAY)
    assert "als Datenanalystin" in body_text(check_in) and "Stelle als Stelle" not in body_text(check_in)
