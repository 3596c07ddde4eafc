"""German free text read for its shape (`followup.languages.de.reading`), and the frames each shape gets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from fixed_clock import days_ago
from followup.answers import loads
from followup.compose import compose
from followup.languages.de.reading import shape
from followup.letter import body_text

EXAMPLES = Path(__file__).resolve().parents[2] / "builder" / "followup" / "examples"
TODAY = days_ago(-1)

SHAPES = [
    ("topic", "der neue Prozess", "phrase", "der neue Prozess"),
    ("topic", "Der neue Prozess", "phrase", "der neue Prozess"),
    ("topic", "Ihr Plan, das Reporting auf dbt umzustellen", "phrase", "Ihr Plan, das Reporting auf dbt umzustellen"),
    ("topic", "die umstellung auf dbt", "phrase", "die umstellung auf dbt"),
    ("topic", "Also, die Umstellung auf dbt", "phrase", "die Umstellung auf dbt"),
    ("topic", "wie Sie das Reporting umstellen wollen", "sub", "wie Sie das Reporting umstellen wollen"),
    ("topic", "Dass das Team wächst", "sub", "dass das Team wächst"),
    ("topic", "als Sie von Ihrem Team erzählt haben", "sub", "als Sie von Ihrem Team erzählt haben"),
    ("topic", "Sie planen, das Reporting auf dbt umzustellen.", "own", "Sie planen, das Reporting auf dbt umzustellen"),
    ("topic", "Außerdem haben wir über Excel gesprochen", "own", "Außerdem haben wir über Excel gesprochen"),
    ("topic", "über den neuen Prozess", "pp", "über den neuen Prozess"),
    ("topic", "wir haben über Kubernetes gesprochen", "pp", "über Kubernetes"),
    ("topic", "Es ging vor allem um den neuen Prozess", "pp", "über den neuen Prozess"),
    ("topic", "wir haben die Umstellung auf SAP besprochen", "pp", "über die Umstellung auf SAP"),
    ("topic", "Wir haben besprochen, wie das Team arbeitet", "sub", "wie das Team arbeitet"),
    ("topic", "Die Firma plant eine Umstellung auf SAP", "own", "Die Firma plant eine Umstellung auf SAP"),
    ("topic", "Team arbeitet remote", "own", "Team arbeitet remote"),
    ("needs", "Prozesse automatisieren", "phrase", "Prozesse automatisieren"),
    ("topic", "Zusammenarbeit zwischen Vertrieb und Marketing", "phrase",
     "Zusammenarbeit zwischen Vertrieb und Marketing"),
    ("topic", "das Reporting auf dbt umzustellen", "inf", "das Reporting auf dbt umzustellen"),
    ("needs", "jemanden, der die Zahlen prüft", "phrase", "jemanden, der die Zahlen prüft"),
    ("strength", "Bei Fabrikam habe ich das Reporting neu aufgebaut.", "own",
     "Bei Fabrikam habe ich das Reporting neu aufgebaut"),
    ("strength", "mehr Verantwortung zu übernehmen", "inf", "mehr Verantwortung zu übernehmen"),
    ("forgot", "Ich habe vergessen zu erwähnen, dass ich Spanisch spreche", "sub", "dass ich Spanisch spreche"),
    ("forgot", "ich spreche fließend Spanisch", "own", "Ich spreche fließend Spanisch"),
    ("forgot", "über meine Zeit in Madrid", "pp", "über meine Zeit in Madrid"),
]


@pytest.mark.parametrize(("slot", "typed", "kind", "text"), SHAPES)
def test_an_answer_is_read_for_its_german_shape(slot: str, typed: str, kind: str, text: str) -> None:
    shaped = shape(typed, slot)
    assert (shaped.kind, shaped.text) == (kind, text)


@pytest.mark.parametrize(("slot", "typed", "quoted"), [
    ("topic", "Wie wird das Team in zwei Jahren aussehen?", "Wie wird das Team in zwei Jahren aussehen?"),
    ("topic", "wie wird das team wachsen", "Wie wird das team wachsen?"),
    ("forgot", "Gibt es Weiterbildungen", "Gibt es Weiterbildungen?"),
])
def test_a_question_is_quoted_as_a_question(slot: str, typed: str, quoted: str) -> None:
    shaped = shape(typed, slot)
    assert (shaped.kind, shaped.quoted) == ("question", quoted)


@pytest.mark.parametrize(("slot", "typed", "why"), [
    ("topic", "- dbt\n- Wir haben über Excel gesprochen\n- Power BI", "Liste mit 3 Punkten"),
    ("strength", "- SQL\n- Python\n- dbt\n- Airflow\n- Tableau", "Liste mit 5 Punkten"),
    ("strength", "2019–2023 Senior Analyst, Fabrikam", "Lebenslauf"),
    ("strength", "Habe 5 Jahre Erfahrung", "„ich“"),
    ("strength", "meine Erfahrung mit SQL https://example.com", "Link"),
    ("needs", "weil das Team wächst", "„weil“"),
    ("needs", "Wie groß ist das Team?", "Frage"),
    ("strength", "bei Fabrikam", "Präposition"),
    ("topic", " ".join(["Wort"] * 31), "zu lang"),
])
def test_what_no_frame_can_take_is_left_out_with_a_german_reason(slot: str, typed: str, why: str) -> None:
    shaped = shape(typed, slot)
    assert shaped.kind == "none" and why in shaped.reason


def test_a_short_list_of_noun_phrases_is_said_as_one_in_a_frame_for_several_things() -> None:
    shaped = shape("- dbt\n- Excel\n- Power BI", "topic")
    assert (shaped.kind, shaped.text) == ("list", "dbt, Excel und Power BI")
    for tone in ("formal", "warm", "brief"):
        text = _letter("- dbt\n- Excel\n- Power BI", tone)
        assert "Themen" in text and ": dbt, Excel und Power BI." in text


def test_of_several_sentences_the_first_is_used_and_the_shortening_recorded() -> None:
    typed = "Die Firma plant eine Umstellung. Danach ging es um Excel."
    shaped = shape(typed, "topic")
    assert (shaped.kind, shaped.text, shaped.shortened_from) == ("own", "Die Firma plant eine Umstellung", len(typed))


def _letter(topic: str, tone: str = "formal", **changes: object) -> str:
    answers = loads((EXAMPLES / "de-thank-you.json").read_text(encoding="utf-8"))
    person = dataclasses.replace(answers.interviewers[0], topic=topic)
    (letter,) = compose(dataclasses.replace(answers, tone=tone, interviewers=(person,), **changes), TODAY)
    return body_text(letter)


@pytest.mark.parametrize("tone", ["formal", "warm", "brief"])
def test_a_typed_noun_phrase_never_follows_a_preposition(tone: str) -> None:
    text = _letter("der neue Prozess", tone)
    assert ": der neue Prozess." in text
    for preposition in ("über", "von", "zu", "mit", "für", "an"):
        assert f"{preposition} der neue Prozess" not in text


@pytest.mark.parametrize("tone", ["formal", "warm", "brief"])
def test_a_clause_follows_a_comma_and_keeps_its_verb_last(tone: str) -> None:
    assert ", wie Sie das Reporting umstellen wollen." in _letter("wie Sie das Reporting umstellen wollen", tone)


def test_a_sentence_about_them_follows_a_colon_with_its_capital() -> None:
    assert ": Sie planen, das Reporting auf dbt umzustellen." in _letter("sie planen, das Reporting auf dbt umzustellen")


def test_a_question_is_quoted_with_german_quotation_marks() -> None:
    assert "„Wie wird das Team in zwei Jahren aussehen?“" in _letter("Wie wird das Team in zwei Jahren aussehen?")


def test_an_answer_left_out_is_recorded_with_its_german_reason() -> None:
    answers = loads((EXAMPLES / "de-thank-you.json").read_text(encoding="utf-8"))
    (letter,) = compose(dataclasses.replace(answers, your_strength="2019–2023 Senior Analyst, Fabrikam"), TODAY)
    assert dict(letter.left_out)["your_strength"].startswith("es liest sich wie eine Zeile aus dem Lebenslauf")
    assert "Fabrikam" not in " ".join(letter.paragraphs)


def test_umlauts_typed_as_two_letters_are_kept_as_typed() -> None:
    answers = loads((EXAMPLES / "de-thank-you.json").read_text(encoding="utf-8"))
    person = dataclasses.replace(answers.interviewers[0], name="Dr. Katrin Schuessler",
                                 topic="die Umstellung der Zaehlerstaende auf das neue System")
    (letter,) = compose(dataclasses.replace(answers, tone="warm", interviewers=(person,)), TODAY)
    assert letter.salutation == "Liebe Frau Dr. Schuessler,"
    assert "Zaehlerstaende" in body_text(letter)
