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
    assert (shaped.shape, shaped.text) == (kind, text)


@pytest.mark.parametrize(("slot", "typed", "reason"), [
    ("strength", "- SQL\n- Python\n- leading a team of five analysts through a migration", "a list of 3 points"),
    ("strength", "what is the team's remote policy?", "a question"),
    ("needs", "I have ten years of nursing", "about you"),
    ("topic", "It went well. We laughed a lot. Then we talked pay.", "3 sentences"),
    ("strength", "I think they need a data engineer", "about what they need"),
])
def test_what_no_frame_can_take_is_left_out_with_its_reason(slot: str, typed: str, reason: str) -> None:
    shaped = shape(typed, slot)
    assert shaped.shape == "none" and reason in shaped.reason


def test_a_question_with_you_is_quoted_not_turned_around() -> None:
    shaped = shape("what would you change in the first 90 days", "topic")
    assert shaped.shape == "question" and shaped.text == ""
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


@pytest.mark.parametrize(("slot", "typed", "kind", "text"), [
    ("strength", "My team cleared 2,000 containers a month", "own", "My team cleared 2,000 containers a month"),
    ("topic", "the studio reduced crunch last year", "fact", "the studio reduced crunch last year"),
    ("forgot", "the depot ships 2,000 pallets a week", "fact", "the depot ships 2,000 pallets a week"),
    ("topic", "We talked about crunch, and how the studio plans milestones", "phrase",
     "crunch, and how the studio plans milestones"),
    ("topic", "a trained nurse on nights", "phrase", "a trained nurse on nights"),
    ("needs", "fewer missed handovers between shifts", "phrase", "fewer missed handovers between shifts"),
    ("strength", "Led a team of 35", "own", "I led a team of 35"),
])
def test_verbs_are_read_by_form_not_only_by_list(slot: str, typed: str, kind: str, text: str) -> None:
    shaped = shape(typed, slot)
    assert (shaped.shape, shaped.text) == (kind, text)


@pytest.mark.parametrize("phrase", [
    "how analysts in Dublin and Rotterdam share one dbt project",
    "how to keep volunteers from burning out",
    "how the team at the depot handles returns",
])
def test_a_clause_is_not_cut_where_the_rest_would_change_its_meaning(phrase: str) -> None:
    assert cuts(phrase) == ()


def test_a_word_typed_small_stays_small_in_mid_sentence() -> None:
    assert shape("sorry my video kept freezing", "forgot").low == "my video kept freezing"
    assert shape("priya and i rebuilt the pipeline", "forgot").low.startswith("priya and I")
    assert shape("The audit found no issues", "forgot").low == "the audit found no issues"


def test_a_resume_list_on_one_line_gives_its_first_point_and_says_it_was_shortened() -> None:
    typed = "I cut shrink 18% in 12 months; - led a team of 35; - P&L of £4.2m"
    shaped = shape(typed, "strength")
    assert (shaped.shape, shaped.text, shaped.shortened_from) == ("own", "I cut shrink 18% in 12 months", len(typed))


def test_a_long_answer_gives_its_first_sentence_that_reads_whole() -> None:
    first = "You asked how I would handle late data from the substations."
    typed = first + " We then went through the whole nightly batch, step by step, and the regulator's deadlines" * 6
    shaped = shape(typed, "topic")
    assert (shaped.shape, shaped.text, shaped.shortened_from) == ("event", "y" + first[1:].rstrip("."), len(typed))


def test_a_strength_typed_as_a_noun_phrase_with_a_capital_reads_as_the_writers_own() -> None:
    assert shape("First-class dissertation forecasting river flows", "strength").text == \
        "my first-class dissertation forecasting river flows"


@pytest.mark.parametrize(("typed", "reason"), [("https://example.com/roadmap", "link"), ("#hiring", "hashtag")])
def test_a_link_or_hashtag_alone_is_left_out_with_its_reason(typed: str, reason: str) -> None:
    shaped = shape(typed, "topic")
    assert shaped.shape == "none" and reason in shaped.reason


def test_typing_is_repaired_before_the_shape_is_read() -> None:
    assert shape("they need someone who doesnt flinch", "needs").text == "someone who doesn't flinch"
    assert shape("I CUT FRESH WASTE FROM 4.8% TO 2.9%", "strength").text == "I cut fresh waste from 4.8% to 2.9%"
    assert shape("the dbt migration https://example.com/x #data", "topic").text == "the dbt migration"


@pytest.mark.parametrize(("slot", "typed", "kind"), [
    ("topic", "the rollout of the new rostering tool across all four sites was delayed", "fact"),
    ("topic", "the warehouse closed in March after the flood", "none"),
    ("needs", "the data collected in 2023 for the audit", "none"),
    ("strength", "The team grew from 3 to 12 under me", "own"),
    ("strength", "the reporting pack rebuilt in my placement", "own"),
])
def test_a_clause_whose_shape_is_uncertain_is_said_whole_or_left_out_with_its_reason(slot: str, typed: str,
                                                                                      kind: str) -> None:
    shaped = shape(typed, slot)
    assert shaped.shape == kind
    assert kind != "none" or "cannot be sure" in shaped.reason
