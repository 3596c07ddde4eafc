"""A fault is traced to the answer that causes it: only that answer is left out, and `check` says why."""

from __future__ import annotations

import dataclasses
import itertools
from importlib.resources import files

import pytest
from fixed_clock import FIXED_TODAY

from followup.answers import Answers, loads
from followup.checks import check
from followup.compose import _names_in, compose
from followup.proofread import faults, reason

TONES = ("formal", "warm", "brief")
CHANNELS = ("email", "letter")
FIELDS = {"interviewers.0.topic": "topic", "their_needs": "their_needs", "your_strength": "your_strength",
          "forgot_to_mention": "forgot_to_mention"}
BAD = "how we also plan to also cut costs"
"""Reads wrong in every frame: a sentence says "also" once."""


def example(**changes: object) -> Answers:
    text = files("followup").joinpath("examples/thank-you.json").read_text(encoding="utf-8")
    return dataclasses.replace(loads(text), **changes)


def with_bad(field: str) -> Answers:
    answers = example()
    if field == "interviewers.0.topic":
        return dataclasses.replace(answers, interviewers=(dataclasses.replace(answers.interviewers[0], topic=BAD),))
    return dataclasses.replace(answers, **{field: BAD})


@pytest.mark.parametrize("field", list(FIELDS))
def test_only_the_answer_that_reads_wrong_is_left_out_and_check_names_it(field: str) -> None:
    for tone, channel in itertools.product(TONES, CHANNELS):
        answers = dataclasses.replace(with_bad(field), tone=tone, channel=channel)
        (letter,) = compose(answers, FIXED_TODAY)
        assert [path for path, _ in letter.left_out] == [field], (tone, channel, letter.left_out)
        assert not [f for p in letter.paragraphs for f in faults(p, _names_in(answers))], (tone, channel)
        text = " ".join(letter.paragraphs)
        for other in ("dbt", "trustworthy", "Fabrikam", "SQL"):  # one word of each good answer
            source = {"dbt": "interviewers.0.topic", "trustworthy": "their_needs", "Fabrikam": "your_strength",
                      "SQL": "forgot_to_mention"}[other]
            if source != field:
                assert other in text, (tone, channel, field, other, text)
        found = [f for f in check(answers, FIXED_TODAY, (letter,)) if f.field == field and f.level == "problem"]
        assert found and '"also … also"' in found[0].message, (tone, channel)


def test_a_fault_in_no_answer_leaves_every_answer_in() -> None:
    # A company typed "Acme ,Widgets" leaves " ," in every sentence that names it: no answer causes
    # that, so none is dropped for it (the last round dropped all four, one after another).
    answers = example(company="Acme ,Widgets")
    (letter,) = compose(answers, FIXED_TODAY)
    assert any(faults(p) for p in letter.paragraphs)
    assert letter.left_out == ()
    assert all(word in " ".join(letter.paragraphs) for word in ("dbt", "trustworthy", "Fabrikam", "SQL"))


@pytest.mark.parametrize("fault", ['a doubled word "also … also"', "a bullet marker inside a sentence",
                                   'a capital after a colon ("Sorry")', "an empty slot",
                                   "a question turned into a statement", 'a capital inside a sentence ("The")',
                                   "a line break inside a paragraph", "a stray dash after the letter's words", "a bracket left open", 'two sentences opening "it was great"'])
def test_every_fault_has_a_reason_with_what_to_type_and_no_colon(fault: str) -> None:
    why = reason(fault)
    assert why.endswith(")") and "(" in why and ":" not in why, why
    assert "reads wrong" not in why


def test_a_good_answer_with_a_word_of_talking_is_not_a_doubled_word() -> None:
    answers = example(forgot_to_mention="I speak conversational Spanish and some Portuguese")
    for tone, channel in itertools.product(TONES, CHANNELS):
        (letter,) = compose(dataclasses.replace(answers, tone=tone, channel=channel), FIXED_TODAY)
        assert letter.left_out == () and "conversational Spanish" in " ".join(letter.paragraphs)


def test_a_short_message_keeps_its_detail_when_only_some_phrasings_clash() -> None:
    # "talking points" clashes with "our talk about" and "our chat about", not with "hear about" or "dig into".
    kept = lost = 0
    for tone, to, k in itertools.product(TONES, ("linkedin-note-premium", "linkedin-message", "text"), range(8)):
        person = dataclasses.replace(example().interviewers[0], topic="talking points for the board")
        answers = dataclasses.replace(example(), tone=tone, channel="message", message_to=to,
                                      interviewers=(person,), company=f"Northwind {k}")
        (letter,) = compose(answers, FIXED_TODAY)
        text = " ".join(letter.paragraphs)
        if "talking points" in text:
            kept += 1
            assert not [f for p in letter.paragraphs for f in faults(p, _names_in(answers))], text
        else:
            lost += 1
    assert (kept, lost) == (72, 0)


def test_two_answers_with_the_same_fault_are_each_left_out_and_nothing_else() -> None:
    answers = example(your_strength="I rebuilt our reporting in dbt (Fabrikam, 2024",
                      forgot_to_mention="I have taught SQL to eight analysts (in 2023")
    (letter,) = compose(answers, FIXED_TODAY)
    assert sorted(path for path, _ in letter.left_out) == ["forgot_to_mention", "your_strength"]
    assert all("bracket" in why for _, why in letter.left_out)
    assert "dbt" in " ".join(letter.paragraphs) and "trustworthy" in " ".join(letter.paragraphs)
