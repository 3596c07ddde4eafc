"""Frames that claim only what the answers support: "also" once, the writer's own story told,
a trait never "helped with", a past date never ahead, the role without its notes."""

from __future__ import annotations

import dataclasses
import itertools
import re
from importlib.resources import files

import pytest
from fixed_clock import FIXED_TODAY, days_ago

from followup.answers import Answers, loads
from followup.checks import check
from followup.compose import compose, role_title, subject_role
from followup.frames import in_own_voice, is_trait, role_parts, says_also
from followup.letter import body_text
from followup.proofread import faults

TONES = ("formal", "warm", "brief")
CHANNELS = ("email", "letter", "message")


def example(name: str = "thank-you", **changes: object) -> Answers:
    text = files("followup").joinpath(f"examples/{name}.json").read_text(encoding="utf-8")
    return dataclasses.replace(loads(text), **changes)


def every_letter(answers: Answers, today=FIXED_TODAY):
    for tone, channel in itertools.product(TONES, CHANNELS):
        for letter in compose(dataclasses.replace(answers, tone=tone, channel=channel), today):
            yield tone, channel, letter


def text_of(letter) -> str:
    return " ".join(letter.paragraphs)


# --- the facts a frame reads ---------------------------------------------------------------


@pytest.mark.parametrize(("role", "title", "ref"), [
    ("Data Analyst (internal) – 12-month FTC, ref R-0042", "Data Analyst", "ref R-0042"),
    ("Senior Buyer - Maternity Cover", "Senior Buyer", ""),
    ("Category Manager, 12-month contract", "Category Manager", ""),
    ("Nurse Band 5 (Ref: 2024-117)", "Nurse Band 5", "Ref: 2024-117"),
    ("Project Manager | REQ-88123", "Project Manager", "REQ-88123"),
    ("Head of Operations, EMEA", "Head of Operations, EMEA", ""),
    ("R&D Chemist", "R&D Chemist", ""),
    ("Level 3 Electrician", "Level 3 Electrician", ""),
    ("Software Engineer II", "Software Engineer II", ""),
    ("(internal)", "internal", ""),
    ("Data Analyst https://jobs.example.com/r/4412", "Data Analyst", ""),
])
def test_the_role_in_a_sentence_has_no_brackets_contract_notes_or_references(role: str, title: str, ref: str) -> None:
    assert role_parts(role) == (title, ref)


def test_the_subject_keeps_a_short_reference_and_the_sentence_does_not() -> None:
    answers = example(role="Data Analyst (internal) – 12-month FTC, ref R-0042")
    assert subject_role(answers.role) == "Data Analyst (ref R-0042)"
    assert role_title(answers.role) == "Data Analyst"
    for tone, channel, letter in every_letter(answers):
        assert not re.search(r"[()]|FTC|R-0042|internal", text_of(letter)), (tone, channel, text_of(letter))
        if letter.subject:
            assert "R-0042" in letter.subject


@pytest.mark.parametrize(("need", "trait"), [
    ("someone who is eager to learn and works well in a team", True),
    ("a team player", True),
    ("someone who can work independently", True),
    ("to find someone who is eager to learn", True),
    ("someone who can make the weekly sales numbers trustworthy", False),
    ("someone who owns the data pipeline", False),
    ("someone who is able to own the dbt project", False),
    ("the data that is stored twice", False),
    ("", False),
])
def test_a_need_that_is_a_trait_is_told_from_a_task(need: str, trait: bool) -> None:
    assert is_trait(need) is trait


@pytest.mark.parametrize(("text", "own"), [("my year abroad", True), ("how I'd report liquidity risk", True),
                                           ("what you asked me about", True), ("the team's myths", False),
                                           ("dbt in Dublin", False), ("IMO reporting", False)])
def test_the_writer_s_voice_is_read_by_whole_words(text: str, own: bool) -> None:
    assert in_own_voice(text) is own


def test_also_is_read_as_a_whole_word() -> None:
    assert says_also("I have also taught SQL")
    assert not says_also("Alsothorpe depot")


# --- the letters ---------------------------------------------------------------------------


@pytest.mark.parametrize("forgot", ["I have also taught SQL to eight analysts",
                                    "also, my Looker certification", "Also - to ask about the on-call rota?"])
def test_a_frame_adds_no_also_that_the_answer_already_has(forgot: str) -> None:
    for tone, channel, letter in every_letter(example(forgot_to_mention=forgot)):
        for sentence in re.split(r"(?<=[.!?])\s+", text_of(letter)):
            assert len(re.findall(r"\balso\b", sentence, re.IGNORECASE)) <= 1, (tone, channel, sentence)


def test_also_twice_in_one_sentence_is_a_fault_and_conversational_is_not_talk() -> None:
    assert faults("I also meant to mention that I have also taught SQL.")
    assert faults("It was good to talk about talking points.")
    assert not faults("One thing I didn't get to mention is that I speak conversational Spanish.")


@pytest.mark.parametrize("topic", ["my year abroad in Lyon", "how I'd report liquidity risk to the board",
                                   "my thesis on port logistics"])
def test_the_writer_s_own_story_is_something_they_told_not_something_they_heard(topic: str) -> None:
    answers = example(interviewers=(dataclasses.replace(example().interviewers[0], topic=topic),))
    for tone, channel, letter in every_letter(answers):
        text = text_of(letter)
        assert not re.search(r"\b(?:to hear|hearing|to learn|our (?:talk|chat|conversation|discussion|exchange))"
                             r" (?:about|on|of) (?:my|how I)", text), (tone, channel, text)


def test_a_trait_gets_no_bridge_that_offers_help() -> None:
    answers = example(their_needs="someone who is eager to learn and works well in a team", forgot_to_mention="")
    for tone, channel, letter in every_letter(answers):
        text = text_of(letter)
        assert not re.search(r"help (?:with|there)|help here|I could help|hope to (?:help|contribute)|take on|"
                             r"well placed to help|fits my background|connects", text), (tone, channel, text)


def test_a_task_still_gets_its_bridge() -> None:
    bridges = [text_of(letter) for _, channel, letter in every_letter(example()) if channel != "message"]
    assert any(re.search(r"help|background|contribute|take on", t) for t in bridges)


def test_a_decision_date_that_has_passed_is_never_spoken_of_as_ahead() -> None:
    answers = example()
    today = answers.decision_date + (FIXED_TODAY - days_ago(3))
    for tone, channel, letter in every_letter(answers, today):
        assert "December" not in body_text(letter) or "decide" not in body_text(letter), (tone, channel)
        assert not re.search(r"(?:around|by) (?:4 )?December", text_of(letter)), (tone, channel, text_of(letter))
    found = [f for f in check(answers, today) if f.field == "decision_date"]
    assert found and "has passed" in found[0].message and "Check-in" in found[0].message


def test_a_decision_date_ahead_is_still_named() -> None:
    answers = example()
    texts = [text_of(letter) for _, channel, letter in every_letter(answers, days_ago(-1, answers.interview_date))
             if channel != "message"]
    assert any("December" in t for t in texts)
    assert not [f for f in check(answers, days_ago(-1, answers.interview_date)) if f.field == "decision_date"]


# --- people you already know ---------------------------------------------------------------

FIRST_MEETING = re.compile(r"\b(?:to meet|enjoyed meeting|meeting you|met you for the first time)\b", re.IGNORECASE)
NEW_TO_THEM = re.compile(r"\b(?:join(?:ing)? (?!the team)|get(?:ting)? to know|learn(?:ing)? (?:so much )?about|"
                         r"insight into the work|conversations? (?:I had )?with (?!you))", re.IGNORECASE)


def test_an_internal_candidate_meets_nobody_for_the_first_time_and_joins_nothing() -> None:
    panel = example("panel", internal=True, role="Senior Analyst (internal)")
    for name in ("thank-you", "panel", "check-in", "after-rejection"):
        answers = example(name, internal=True, role="Senior Analyst (internal)") if name != "panel" else panel
        for tone, channel in itertools.product(TONES, CHANNELS):
            variant = dataclasses.replace(answers, tone=tone, channel=channel)
            for letter in compose(variant, FIXED_TODAY):
                text = text_of(letter)
                assert not FIRST_MEETING.search(text), (name, tone, channel, text)
                assert not NEW_TO_THEM.search(text), (name, tone, channel, text)
                assert "internal" not in text and "internal" not in (letter.subject or ""), (name, tone, channel)


def test_someone_met_before_is_not_met_again_and_the_others_still_are() -> None:
    answers = example("panel", stage="on-site")
    people = answers.interviewers
    known = dataclasses.replace(answers, interviewers=(dataclasses.replace(people[0], met_before=True), *people[1:]))
    for tone, channel in itertools.product(TONES, ("email", "letter")):
        letters = compose(dataclasses.replace(known, tone=tone, channel=channel), FIXED_TODAY)
        assert not re.search(r"great to meet you|good to meet you", text_of(letters[0]), re.IGNORECASE)
        for letter in letters[1:]:  # the others' notes never "meet" the one known before
            assert not re.search(rf"meet(?:ing)? [^.]*{people[0].name.split()[0]}", text_of(letter)), text_of(letter)


def test_the_known_people_answers_are_in_the_schema_once_with_labels_and_old_files_read_unchanged() -> None:
    from followup.answers import parse, upgrade
    from followup.schema import SCHEMA_VERSION, field_by_path

    for path in ("internal", "interviewers.met_before"):
        f = field_by_path(path)
        assert f.type == "boolean" and f.default is False and f.label and f.help
    text = files("followup").joinpath("examples/thank-you.json").read_text(encoding="utf-8")
    old = {**__import__("json").loads(text), "schema_version": 2}
    upgraded = upgrade(old)
    assert upgraded["schema_version"] == SCHEMA_VERSION
    assert {k: v for k, v in upgraded.items() if k != "schema_version"} == \
        {k: v for k, v in old.items() if k != "schema_version"}
    answers = parse(old)
    assert answers.internal is False and not any(p.met_before for p in answers.interviewers)
    assert parse({**old, "interviewers": [*old["interviewers"], {"name": "", "met_before": False}]}) == answers


# --- the guide's rules for check-ins and replies to a rejection -----------------------------


@pytest.mark.parametrize("tone", TONES)
def test_a_second_check_in_is_a_reply_in_the_first_one_s_thread(tone: str) -> None:
    second = example("check-in-second", tone=tone)
    first = dataclasses.replace(second, check_in_number=1)
    (reply,) = compose(second, FIXED_TODAY)
    (earlier,) = compose(first, FIXED_TODAY)
    assert reply.subject == f"Re: {earlier.subject}"
    for answers in (first, second):
        found = [f for f in check(answers, FIXED_TODAY) if f.code == "check-in-thread"]
        assert len(found) == 1 and "reply" in found[0].message and "thread" in found[0].message
    assert not [f for f in check(dataclasses.replace(second, channel="message"), FIXED_TODAY)
                if f.code == "check-in-thread"]


def test_a_reply_to_a_rejection_asks_for_one_thing_and_says_no_answer_is_fine() -> None:
    for tone, channel in itertools.product(TONES, CHANNELS):
        for seed in range(6):  # every phrasing: the company's name turns the variants
            answers = example("after-rejection", tone=tone, channel=channel, ask_for_feedback=True,
                              company=f"Contoso {seed}")
            (letter,) = compose(answers, FIXED_TODAY)
            asks = [s for s in re.split(r"(?<=[.!?])\s+", text_of(letter)) if re.search(r"feedback|tip\b|improve|do better|work on|strengthen", s)]
            assert len(asks) == 1, (tone, channel, text_of(letter))
            assert re.search(r"\bone\b", asks[0], re.IGNORECASE), asks[0]
            assert re.search(r"understand|no reply|no need|no worries|if you have (?:time|a moment)|if not", asks[0]), asks[0]
            assert "any feedback" not in asks[0] and "great deal" not in asks[0]
