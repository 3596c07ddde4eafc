"""Verbs read by list and by form, and seams a phrase may be cut at (`followup.clauses`)."""

from __future__ import annotations

import pytest

from followup.clauses import cuts, has_finite, is_past, stray_verb, verb_by_form


@pytest.mark.parametrize("typed", [
    "my team cleared 2,000 containers a month", "the studio reduced crunch", "Priya rebuilt the pipeline",
    "the depot ships 2,000 pallets a week", "the ops team finally adopted the new tool",
])
def test_a_short_subject_then_a_verb_by_its_form_is_a_statement(typed: str) -> None:
    assert verb_by_form(typed)


@pytest.mark.parametrize("typed", [
    "a trained nurse on nights", "the detailed plan for Q3", "Led a team of 35", "fewer missed handovers",
    "the tool adopted by the ops team", "crunch, and how the studio plans milestones", "how analysts share",
])
def test_participles_and_subjectless_pasts_are_not_statements(typed: str) -> None:
    assert not verb_by_form(typed)


def test_a_verb_inside_a_wh_clause_belongs_to_that_clause() -> None:
    assert not has_finite(["crunch", "and", "how", "the", "studio", "plans", "milestones"])
    assert has_finite(["the", "team", "needs", "someone"])


def test_a_stray_verb_is_found_past_the_subject_and_not_inside_a_clause() -> None:
    assert stray_verb("the rollout of the tool across four sites was delayed".split()) == "was"
    assert stray_verb("the plan for the sites that was delayed".split()) == ""
    assert stray_verb("the warehouse closed in march".split()) == "closed"


def test_regular_and_irregular_pasts() -> None:
    assert is_past("cleared") and is_past("reduced") and is_past("kept")
    assert not is_past("need") and not is_past("detailed") and not is_past("red")


@pytest.mark.parametrize(("phrase", "expected"), [
    ("how your managers use the weekly pack on Monday mornings", ("how your managers use the weekly pack",)),
    ("how analysts in Dublin and Rotterdam share one dbt project", ()),
    ("how to keep volunteers from burning out", ()),
    ("my year abroad in Lyon", ("my year abroad",)),
])
def test_cuts_keep_the_meaning(phrase: str, expected: tuple[str, ...]) -> None:
    assert cuts(phrase) == expected
