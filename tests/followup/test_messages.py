"""The checks and the plan in German: findings from languages/de/messages.py, linked into the German guide.

English is proved byte-identical by the English tests (test_checks, test_plan, test_cli_plan);
these tests are about the seam's other side: the answers' language picks the words, the links,
the dates and the rules' words, and each application of a plan keeps its own language.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from importlib.resources import files

import pytest
from fixed_clock import FIXED_TODAY

from followup.answers import Answers, loads
from followup.applications import Application, Record, Sent
from followup.checks import check
from followup.checks.findings import ANCHORS, RULES_SAID
from followup.cli_plan import table
from followup.languages.de import messages as german
from followup.plan import next_step

GUIDE_DE = {"dankesmail", "zeitpunkt", "nachfragen", "absage", "anrede", "brief", "kurznachricht", "fehler"}
"""The German page's anchors, as the team contract names them."""
ENGLISH_WORDS = re.compile(r"\b(the|you|your|and|letter|interview|check-in|thank-you|Thursday|Friday)\b")


def english(name: str = "thank-you", **changes: object) -> Answers:
    text = files("followup").joinpath(f"examples/{name}.json").read_text(encoding="utf-8")
    return dataclasses.replace(loads(text), **changes)


def german_answers(name: str = "thank-you", code: str = "de-DE", **changes: object) -> Answers:
    """An example written in German: its language and a German name, detail and company."""
    base = english(name)
    person = dataclasses.replace(base.interviewers[0], name="Dr. Anna Weiß", address_as="", form_of_address="ms",
                                 topic="Ihre Pläne für das neue Lager in Kassel")
    return dataclasses.replace(base, language=code, company="Brenner Logistik GmbH", role="Controller",
                               interviewers=(person,), **{"their_needs": "jemanden, der den Monatsabschluss "
                                                          "verlässlich macht", "forgot_to_mention": "", **changes})


def messages(findings) -> str:  # noqa: ANN001
    return "\n".join(f.message for f in findings)


def test_german_findings_are_german_and_link_into_the_german_page_or_the_english_guide() -> None:
    answers = german_answers(your_strength="verantwortlich für\n- Budget\n- Reporting\n- Team", sign_off="LG",
                             tone="formal")
    findings = check(answers, date(2026, 11, 27), letters=())
    assert {f.code for f in findings} >= {"resume-paste", "sign-off", "has-detail", "on-time"}
    for f in findings:
        page, _, anchor = f.anchor.partition("#")
        assert (page == "de/nachfassen/" and anchor in GUIDE_DE) or f.anchor in ANCHORS.values(), f.anchor
        assert not ENGLISH_WORDS.search(f.message), f.message
    text = messages(findings)
    assert "die Wendung „verantwortlich für“" in text
    assert "„LG“ ist für ein förmliches Schreiben zu salopp" in text


def test_every_german_anchor_is_on_the_german_page_or_an_english_one() -> None:
    for code, anchor in {**german.ANCHORS, **german.ADVICE}.items():
        page, _, fragment = anchor.partition("#")
        assert (page == "de/nachfassen/" and fragment in GUIDE_DE) or anchor in {*ANCHORS.values(), "offer/#first-reply"}, code


def test_dates_weekdays_and_times_are_written_the_german_way() -> None:
    on_time = next(f for f in check(german_answers(), date(2026, 11, 26), letters=()) if f.code == "on-time")
    assert on_time.message.startswith("Sie sind gut in der Zeit: Senden Sie die Nachricht bis Freitag, "
                                      "27. November 2026, ")
    assert re.search(r", \d\d:\d\d Uhr \(innerhalb von 24 Stunden nach dem Gespräch\)\.$", on_time.message)


def test_austria_writes_jaenner() -> None:
    answers = german_answers(code="de-AT", interview_date=date(2027, 1, 14), decision_date=None)
    findings = check(answers, date(2027, 1, 14), letters=())
    assert "15. Jänner 2027" in messages(findings)


def test_switzerland_writes_ss_in_our_words_but_keeps_a_typed_sharp_s() -> None:
    answers = german_answers(code="de-CH", your_strength="ICH HABE DAS LAGER IN KASSEL NEU AUFGEBAUT.")
    findings = check(answers, date(2026, 11, 27))  # the letter leaves the answer out, saying why
    text = messages(findings)
    assert "Grossbuchstaben" in text and "Großbuchstaben" not in text
    named = check(dataclasses.replace(answers, interviewers=(dataclasses.replace(
        answers.interviewers[0], name="anna weiß", form_of_address=""),)), date(2026, 11, 27), letters=())
    assert "„anna weiß“" in messages(named)


def test_an_early_check_in_states_the_rules_in_german_words() -> None:
    answers = german_answers("check-in", decision_date=None)
    early = next(f for f in check(answers, answers.interview_date, letters=()) if f.code == "early-check-in")
    assert early.message.startswith("Für eine Nachfrage ist es noch zu früh. Warten Sie bis ")
    assert "sieben Arbeitstage nach dem Gespräch, mindestens aber bis " in early.message
    assert "fünf Arbeitstage nach dem Gespräch: Wer früher schreibt" in early.message
    assert early.anchor == "de/nachfassen/#nachfragen"


def test_a_third_check_in_is_refused_in_german() -> None:
    findings = check(german_answers("check-in", check_in_number=3), FIXED_TODAY, letters=())
    third = next(f for f in findings if f.code == "third-check-in")
    assert third.message.startswith("Zwei Nachfragen im Abstand von etwa einer Woche")


def test_a_german_letter_asks_for_the_form_of_address_instead_of_guessing_a_gender() -> None:
    unknown = german_answers()
    unknown = dataclasses.replace(unknown, interviewers=(dataclasses.replace(unknown.interviewers[0],
                                                                            form_of_address=""),))
    asked = [f for f in check(unknown, FIXED_TODAY, letters=()) if f.code == "address-as"]
    assert [f.field for f in asked] == ["interviewers.0.form_of_address"]
    assert "ohne „Frau“ oder „Herr“" in asked[0].message
    assert not [f for f in check(german_answers(), FIXED_TODAY, letters=()) if f.code == "address-as"]
    # English letters are untouched: they never ask for a form of address.
    assert all(f.field != "interviewers.0.form_of_address" for f in check(english(), FIXED_TODAY))


@pytest.mark.parametrize(("record", "today", "label"), [
    (Record(), date(2026, 11, 26), "Dank an Dr. Anna Weiß bei Brenner Logistik GmbH: bis zum 27. November, 11:30 Uhr"),
    (Record(sent=(Sent("thank-you", date(2026, 11, 26)),)), date(2026, 11, 27),
     "Nachfrage bei Brenner Logistik GmbH: am 8. Dezember"),
    (Record(outcome="rejected", outcome_date=date(2026, 12, 1)), date(2026, 12, 1),
     "Antwort auf die Entscheidung von Brenner Logistik GmbH: bis zum 3. Dezember"),
    (Record(outcome="offer"), date(2026, 12, 1), "Brenner Logistik GmbH hat Ihnen ein Angebot gemacht"),
])
def test_plan_labels_are_german_for_a_german_application(record: Record, today: date, label: str) -> None:
    step = next_step(german_answers(), record, today, datetime.combine(today, time(9)))
    assert step.label == label
    assert step.advice is None or step.advice.startswith(("de/nachfassen/#", "offer/"))


def test_each_row_of_the_plan_keeps_its_application_s_language() -> None:
    apps = [Application("a", german_answers()), Application("b", german_answers(interview_date=date(2026, 11, 2))),
            Application("c", english())]
    rows = [(app, next_step(app.answers, app.record, FIXED_TODAY, None)) for app in apps]
    lines = table(rows).splitlines()
    assert lines[0].split() == ["Unternehmen", "Stelle", "Nächster", "Schritt", "Fällig"]
    assert "Dank an Dr. Anna Weiß" in lines[1]
    assert lines[2].endswith("überfällig")
    assert "thank-you to Dana Lee" in lines[3]


CORPUS_DE = sorted((Path(__file__).parent / "corpus" / "de").glob("*.json"))
ENGLISH_LEFT = re.compile(r"\b(the|you|your|letter|interview|check-in|thank-you|Thursday|Friday|is|are|with|and|to)\b")


@pytest.mark.parametrize("path", CORPUS_DE, ids=lambda p: p.stem)
def test_every_finding_on_the_german_corpus_is_german_and_links_where_the_advice_is(path: Path) -> None:
    """Each German corpus file as typed, checked on the day after, a week after and before the interview:
    no English word of ours in a finding (a typed value may be English: it is quoted or a name), and
    every link into the German page's anchors or the English guide."""
    answers = loads(path.read_text(encoding="utf-8"))
    day = answers.interview_date or FIXED_TODAY
    for today in (day + timedelta(days=1), day + timedelta(days=8), day - timedelta(days=1)):
        for f in check(answers, today):
            page, _, anchor = f.anchor.partition("#")
            assert (page == "de/nachfassen/" and anchor in GUIDE_DE) or f.anchor in ANCHORS.values(), f.anchor
            ours = re.sub(r"„[^“]*“|\"[^\"]*\"|\([^)]*\)", "", f.message)  # what the person typed is quoted
            assert not ENGLISH_LEFT.search(ours), f"{f.code}: {f.message}"
    assert assert_plan_is_german(answers, day)


def assert_plan_is_german(answers: Answers, day: date) -> bool:
    step = next_step(answers, Record(), day, datetime.combine(day, time(9)))
    return not ENGLISH_LEFT.search(step.label.replace(answers.company, ""))


def test_the_findings_state_each_rule_in_the_words_of_the_german_guide() -> None:
    """The German page's rules (sitebuild.rules_de) and the findings' say a rule both name alike."""
    from sitebuild import rules_de  # installed with the site's build by scripts/setup

    shared = sorted(set(rules_de.RULES) & {*RULES_SAID})
    assert shared, "no rule both name: nothing compared"
    assert {name: german.rule(name) for name in shared} == {name: rules_de.text(name) for name in shared}


def test_the_calendar_reminders_of_a_german_application_are_german() -> None:
    from followup.reminders import reminders
    from followup.timing import timing_for

    answers = german_answers(interview_date=date(2026, 11, 26), interview_time=time(16, 0))
    found = reminders(answers, timing_for(answers))
    assert [r.summary for r in found] == ["Dank nach dem Gespräch senden: Brenner Logistik GmbH",
                                          "Nachfrage bei Brenner Logistik GmbH", "Zweite Nachfrage bei Brenner Logistik GmbH"]
    assert "bis Freitag, 27. November, " in found[0].description and " Uhr. Innerhalb von 24 Stunden" in found[0].description
    assert found[2].description.endswith("Halten Sie die zweite Nachfrage kürzer als die erste. Bleibt auch diese ohne "
                                         "Antwort, konzentrieren Sie sich auf andere Bewerbungen.")
    for r in found:
        assert not ENGLISH_LEFT.search(re.sub(r"\([^)]*\)", "", r.description)), r.description


def test_a_german_placeholder_is_found_and_named_in_german() -> None:
    answers = dataclasses.replace(german_answers(forgot_to_mention="Ich habe außerdem [Projektname] geleitet."),
                                  role="Stelle hier einfügen")
    found = {f.field: f.message for f in check(answers, FIXED_TODAY, letters=()) if f.code == "placeholder"}
    assert found["forgot_to_mention"].startswith("„[Projektname]“ sieht nach einem Platzhalter aus.")
    assert found["role"].startswith("„Stelle hier einfügen“ sieht nach einem Platzhalter aus.")
