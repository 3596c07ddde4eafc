"""Names, job titles and company names typed all in small letters or all in capitals, as the letter
writes them (`followup.as_written`), and what `check` says on each field it changed or kept."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from importlib.resources import files

import pytest

from followup.answers import parse
from followup.as_written import as_written, careless_case, changes, company_name, job_title
from followup.checks import check
from followup.compose import compose
from followup.formats import to_eml

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(("typed", "code", "written"), [
    ("LEGAL SECRETARY", "en-GB", "Legal Secretary"),
    ("HEAD OF DATA AND ANALYTICS", "en-US", "Head of Data and Analytics"),
    ("SENIOR UX DESIGNER", "en-US", "Senior UX Designer"),
    ("FULL-STACK DEVELOPER", "en-US", "Full-Stack Developer"),
    ("ANALYST", "en-US", "Analyst"),  # one long word in capitals is shouted
    ("CEO", "en-US", "CEO"),  # acronyms alone are kept
    ("VP HR", "en-US", "VP HR"),
    ("legal secretary", "en-GB", "legal secretary"),  # English reads it right mid-sentence
    ("Legal Secretary", "en-GB", "Legal Secretary"),
    ("sachbearbeiterin im einkauf", "de-DE", "Sachbearbeiterin im Einkauf"),  # German nouns take a capital
    ("SACHBEARBEITERIN IM EINKAUF", "de-AT", "Sachbearbeiterin im Einkauf"),
    ("datenanalystin (m/w/d)", "de-CH", "Datenanalystin (m/w/d)"),
    ("3d designer", "de-DE", "3d Designer"),
    ("Werkstudent Data Science", "de-DE", "Werkstudent Data Science"),
])
def test_job_titles(typed: str, code: str, written: str) -> None:
    assert job_title(typed, code) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("HALDEN FREIGHT SYSTEMS LTD", "Halden Freight Systems Ltd"),
    ("HARTWELL & FINCH LLP", "Hartwell & Finch LLP"),
    ("MÜLLER & SÖHNE GMBH", "Müller & Söhne GmbH"),
    ("BANK OF THE WEST", "Bank of the West"),
    ("BANKING AS A SERVICE AS", "Banking as a Service AS"),  # a legal form only where it ends the name
    ("ADIDAS", "ADIDAS"),  # one word: perhaps spelt so; check asks
    ("IBM", "IBM"),
    ("SAP SE", "SAP SE"),
    ("adidas", "adidas"),
    ("northwind traders", "northwind traders"),
])
def test_company_names(typed: str, written: str) -> None:
    assert company_name(typed, "en-GB") == written


def test_careless_case_needs_four_letters_in_a_script_with_capitals() -> None:
    assert [careless_case(t) for t in ("dana lee", "DANA LEE", "Dana Lee", "al", "IT", "王小明", "")] == [
        "lower", "upper", "", "", "", "", ""]


def _typed(name: str = "thank-you-formal-letter", **changed: object):  # noqa: ANN202
    text = files("followup").joinpath(f"examples/{name}.json").read_text(encoding="utf-8")
    return dataclasses.replace(parse(json.loads(text)), **changed)


def test_nothing_to_change_keeps_the_same_answers() -> None:
    answers = _typed()
    assert as_written(answers) is answers and changes(answers) == ()


def test_the_letter_writes_every_name_and_title_in_ordinary_capitals_and_check_names_each_field() -> None:
    base = _typed()
    person = dataclasses.replace(base.interviewers[0], name="MARGARET HARTWELL", title="senior partner")
    answers = dataclasses.replace(base, candidate=dataclasses.replace(base.candidate, name="priya raman"),
                                  role="LEGAL SECRETARY", company="HARTWELL & FINCH LLP", interviewers=(person,))
    [letter] = compose(answers, TODAY)
    assert letter.sender_block[0] == "Priya Raman" and letter.signature[0] == "Priya Raman"
    assert letter.recipient_block[:3] == ("Margaret Hartwell", "senior partner", "Hartwell & Finch LLP")
    assert "the Legal Secretary position at Hartwell & Finch LLP" in letter.paragraphs[0]
    said = {f.field: f.message for f in check(answers, TODAY, (letter,))}
    assert said["candidate.name"].startswith('The letter signs your name "Priya Raman", in ordinary capitals')
    assert '"Margaret Hartwell"' in said["interviewers.0.name"]
    assert said["role"].startswith('The letter writes "Legal Secretary", not "LEGAL SECRETARY"')
    assert '"Hartwell & Finch LLP"' in said["company"]
    assert "interviewers.0.title" not in said  # kept as typed, and it reads right
    eml = to_eml(letter, answers)
    assert "From: Priya Raman <priya.raman@example.com>" in eml


def test_a_company_kept_as_typed_is_asked_about_not_changed() -> None:
    for typed, key in (("northwind traders", "small letters"), ("NORTHWIND", "capitals")):
        answers = _typed("thank-you", company=typed)
        [letter] = compose(answers, TODAY)
        assert f"at {typed}" in " ".join(letter.paragraphs)
        [said] = [f.message for f in check(answers, TODAY, (letter,)) if f.field == "company"]
        assert f"typed in {key}, and the letter writes it as typed" in said


def test_german_names_titles_and_answers_in_small_letters() -> None:
    base = _typed("de-thank-you")
    person = dataclasses.replace(base.interviewers[0], title="leiterin business intelligence")
    answers = dataclasses.replace(base, candidate=dataclasses.replace(base.candidate, name="lena hoffmann"),
                                  role="datenanalystin", interviewers=(person,),
                                  their_needs="jemanden, der die wöchentlichen zahlen verlässlich macht")
    [letter] = compose(answers, TODAY)
    assert letter.signature[0] == "Lena Hoffmann"
    text = "\n".join([letter.subject or "", *letter.paragraphs])
    assert "Datenanalystin" in text and "datenanalystin" not in text
    said = {f.field: f.message for f in check(answers, TODAY, (letter,)) if f.level != "good"}
    assert said.keys() == {"candidate.name", "role", "interviewers.0.title", "their_needs"}, said
    assert said["candidate.name"].startswith("Das Schreiben ist mit „Lena Hoffmann“ unterschrieben")
    assert said["role"].startswith("Im Schreiben steht „Datenanalystin“ statt „datenanalystin“")
    assert said["interviewers.0.title"].startswith("Im Schreiben steht „Leiterin Business Intelligence“")
    assert said["their_needs"].startswith("Diese Antwort ist durchgehend klein geschrieben")
