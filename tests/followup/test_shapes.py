"""The shape of a typed answer (`followup.shapes`) and the proofreader (`followup.proofread`)."""

from __future__ import annotations

import pytest

from followup.proofread import faults
from followup.shapes import cuts, indirect_question, shape


@pytest.mark.parametrize(("slot", "typed", "kind", "text"), [
    ("topic", "the dbt migration", "phrase", "the dbt migration"),
    ("topic", "We discussed the dbt migration.", "phrase", "the dbt migration"),
    ("topic", "discussing the night rota", "phrase", "the night rota"),
    ("topic", "You asked how I would handle late data", "event", "you asked how I would handle late data"),
    ("topic", "how do we keep the night shift staffed?", "question", "how to keep the night shift staffed"),
    ("topic", "how congregations can host families", "phrase", "how congregations can host families"),
    ("topic", "Kubernetes upgrades", "phrase", "Kubernetes upgrades"),
    ("needs", "They need someone who can own reporting.", "phrase", "someone who can own reporting"),
    ("needs", "our biggest issue is data quality", "fact", "your biggest issue is data quality"),
    ("needs", "approve more thin-file customers", "inf", "to approve more thin-file customers"),
    ("needs", "- reliable data\n- a faster month-end", "phrase", "reliable data and a faster month-end"),
    ("strength", "Led migration of 40 services to Kubernetes (2021–2023)", "own",
     "I led migration of 40 services to Kubernetes"),
    ("strength", "Responsible for onboarding 12 new hires", "own", "I was responsible for onboarding 12 new hires"),
    ("strength", "I have 5 years of SQL", "own", "I have 5 years of SQL"),
    ("strength", "Strong SQL skills", "phrase", "strong SQL skills"),
    ("forgot", "I forgot to mention that I speak Spanish", "own", "I speak Spanish"),
    ("forgot", "Also, my CKA certificate", "phrase", "my CKA certificate"),
])
def test_shape(slot: str, typed: str, kind: str, text: str) -> None:
    shaped = shape(typed, slot)
    assert (shaped.kind, shaped.text) == (kind, text)


@pytest.mark.parametrize(("slot", "typed", "reason"), [
    ("strength", "- SQL\n- Python\n- leading a team of five analysts through a migration", "a list of 3 points"),
    ("strength", "what is the team's remote policy?", "a question"),
    ("needs", "I have ten years of nursing", "about you"),
    ("topic", "It went well. We laughed a lot. Then we talked pay.", "3 sentences"),
    ("strength", "I think they need a data engineer", "about what they need"),
])
def test_what_no_frame_can_take_is_left_out_with_its_reason(slot: str, typed: str, reason: str) -> None:
    shaped = shape(typed, slot)
    assert shaped.kind == "none" and reason in shaped.reason


def test_a_question_with_you_is_quoted_not_turned_around() -> None:
    shaped = shape("what would you change in the first 90 days", "topic")
    assert shaped.kind == "question" and shaped.text == ""
    assert shaped.quoted == "What would you change in the first 90 days?"
    assert indirect_question("What should I focus on first?") == "what to focus on first"
    assert indirect_question("Why do we lose so many nurses?") == ""


def test_cuts_end_at_seams_and_never_on_a_dangling_word() -> None:
    assert cuts("how your managers use the weekly pack on Monday mornings") == (
        "how your managers use the weekly pack",)
    assert all(not c.endswith((" the", " a", " of")) for c in cuts("the plan for the migration of the old data"))


@pytest.mark.parametrize(("text", "fault"), [
    ("The team's most pressing need: Someone to own it.", "capital after a colon"),
    ("I enjoyed our conversation about discussing the plan.", "doubled word"),
    ("I particularly valued our discussion of how do we scale? It was fun.", "question turned into a statement"),
    ("It was great • and more", "bullet marker"),
    ("I would bring .", "empty slot"),
])
def test_proofreader_finds(text: str, fault: str) -> None:
    assert any(fault in f for f in faults(text))


@pytest.mark.parametrize("text", [
    'One question from our conversation has stayed with me: "How do we keep the night shift staffed?"',
    "I understand that the team needs SQL: I have it.",
    "I came away understanding that Kubernetes matters: Kubernetes is central.",
])
def test_proofreader_lets_good_sentences_pass(text: str) -> None:
    assert faults(text, frozenset({"Kubernetes"})) == []
