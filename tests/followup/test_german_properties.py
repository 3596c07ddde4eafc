"""Property test: generated German answers through every kind, tone, channel and region.

Answers are built from pieces typed the way people type German (titles and degrees with names, "von"
and double names, umlauts as ae/oe/ue, noun phrases in any case, clauses with the verb last or second,
questions, lists, résumé lines, lower-case nouns, English loan words). Every letter must compose and
pass the German scanner of `test_german_letters` (on the letter's own words), keep a short message
within its limit, and say why in German whatever it leaves out. The number of examples follows
`test_properties`' profile (`FOLLOWUP_HYPOTHESIS_PROFILE`, `FOLLOWUP_HYPOTHESIS_EXAMPLES`).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from test_german_letters import german_problems
from test_properties import PROFILE

from followup.answers import Answers, Candidate, Interviewer
from followup.compose import MAX_CHECK_INS, compose
from followup.letter import body_text
from followup.messages import limit_for
from followup.schema import field_by_path

NAMES = ["Anna Müller", "Dr. Katrin Schulz", "Prof. Dr. Max Weber", "Dipl.-Ing. Tobias Krüger", "Mag. Eva Huber",
         "Jonas Becker, MBA", "Ursula von der Leyen", "Lena Maria Hoffmann-Schäfer", "max mueller", "SABINE KOCH",
         "Frau Dr. Petra Lange", "Herr Ali Yılmaz", "Weber, Thomas", "Aylin Demir", "Personalabteilung",
         "Recruiting-Team", "Dr.-Ing. Lars Vogt", "Jörg Strauss", "Karl-Heinz zu Guttenberg", ""]
TOPICS = ["der neue Prozess", "Ihr Plan, das Reporting auf dbt umzustellen", "die umstellung auf dbt",
          "wie Sie das Reporting umstellen wollen", "dass das Team stark wächst", "ob das Team remote arbeitet",
          "Sie planen, das Reporting auf dbt umzustellen.", "Wie wird das Team in zwei Jahren aussehen?",
          "über den neuen Onboarding-Prozess", "das Reporting auf dbt umzustellen", "- dbt\n- Excel\n- Power BI",
          "Also, die Zusammenarbeit mit dem Vertrieb", "wir haben über Kubernetes gesprochen", "Stakeholder-Management",
          "als Sie von Ihrem Team erzählt haben", "weil mir die Teamkultur gefallen hat", "Agile Coaching 🙂", "",
          "2019–2023 Senior Analyst bei Fabrikam", "Home-Office-Regelung und Gleitzeit", "ähm, das Budget fürs Q1"]
NEEDS = ["jemanden, der die Zahlen verlässlich macht", "dass sie jemanden suchen, der SQL kann",
         "Sie suchen jemanden mit SQL-Erfahrung", "mehr Struktur im Projektmanagement", "Unterstützung beim Recruiting",
         "die Prozesse zu automatisieren", "weil das Team wächst", "eine teamfähige Person", ""]
STRENGTHS = ["Bei Fabrikam habe ich das Reporting neu aufgebaut.", "fünf Jahre Erfahrung mit dbt",
             "meine Erfahrung als Scrum Master", "dass ich fließend Englisch und Spanisch spreche",
             "mehr Verantwortung zu übernehmen", "Habe 5 Jahre Erfahrung", "ich bin belastbar und teamfähig",
             "https://portfolio.example.com", "- SQL\n- Python", ""]
FORGOT = ["Ich habe vergessen zu erwähnen, dass ich Spanisch spreche", "ich spreche fließend Spanisch",
          "Gibt es Weiterbildungen?", "über meine Zeit in Madrid", "meine Zertifizierung als PMP",
          "ob eine Teilzeitstelle möglich wäre", "ps: ich bin ab Januar verfügbar", ""]
COMPANIES = ["Nordwind Handels GmbH", "Siemens", "Stadtwerke München", "die Bahn", "Müller & Söhne KG",
             "Zalando SE", "Allianz", "Universität Wien", "Tech Startup"]
ROLES = ["Datenanalystin (m/w/d)", "Projektmanager", "Senior Software Engineer (w/m/d)", "Werkstudent Marketing",
         "Sachbearbeiter Buchhaltung", "Pflegefachkraft", "Teamleitung Vertrieb – befristet, Ref. 2024-117"]

interviewer = st.builds(Interviewer, name=st.sampled_from(NAMES), topic=st.sampled_from(TOPICS),
                        form_of_address=st.sampled_from(["", "ms", "mr"]), met_before=st.booleans(),
                        address_as=st.sampled_from(["", "", "", "Anna", "Frau Müller"]),
                        title=st.sampled_from(["", "Leiterin IT", "HR Business Partner"]))


def _choice(path: str) -> st.SearchStrategy[str]:
    return st.sampled_from(field_by_path(path).choice_values())


@st.composite
def german_answers(draw: st.DrawFn) -> tuple[Answers, date]:
    interview = draw(st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)))
    today = interview + timedelta(days=draw(st.integers(0, 40)))
    decision = draw(st.one_of(st.none(), st.just(interview + timedelta(days=draw(st.integers(1, 20))))))
    answers = Answers(
        kind=draw(_choice("kind")), tone=draw(_choice("tone")), channel=draw(_choice("channel")),
        message_to=draw(_choice("message_to")), language=draw(st.sampled_from(["de-DE", "de-AT", "de-CH"])),
        company=draw(st.sampled_from(COMPANIES)), role=draw(st.sampled_from(ROLES)),
        candidate=Candidate(name=draw(st.sampled_from(["Lena Hoffmann", "Jörg Strauß", "Ayşe Kaya"])),
                            email="bewerbung@example.com"),
        internal=draw(st.booleans()), interview_date=interview, stage=draw(_choice("stage")),
        interviewers=tuple(draw(st.lists(interviewer, min_size=0, max_size=4, unique_by=lambda p: p.name))),
        their_needs=draw(st.sampled_from(NEEDS)), your_strength=draw(st.sampled_from(STRENGTHS)),
        forgot_to_mention=draw(st.sampled_from(FORGOT)), decision_date=decision,
        check_in_number=draw(st.integers(1, MAX_CHECK_INS)), ask_for_feedback=draw(st.booleans()),
        sign_off=draw(st.sampled_from(["", "", "Herzliche Grüße,", "Mit besten Grüßen"])),
    )
    return answers, today


@PROFILE
@given(case=german_answers())
def test_every_generated_german_letter_composes_and_reads_right(case: tuple[Answers, date]) -> None:
    answers, today = case
    for letter in compose(answers, today):
        assert german_problems(letter, answers) == []
        if answers.channel == "message":
            limit = limit_for(answers.message_to)
            if limit is not None:
                assert len(body_text(letter)) <= limit
        for field, why in letter.left_out:
            assert why and not why.startswith(("it ", "the ")), (field, why)
