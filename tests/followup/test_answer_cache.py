"""followup.answer_cache: what a keystroke's render reuses, and what the start-up snapshot empties."""

from __future__ import annotations

import json
from importlib.resources import files

from followup import answer_cache, bundle, compose, proofread, shapes, typed
from followup.languages.de import reading

EXAMPLE = json.loads((files("followup.examples") / "thank-you.json").read_text(encoding="utf-8"))
ANSWER_CACHES = (typed.repair, typed.capitalised_elsewhere, shapes.shape, reading.shape, proofread._faults)


def _render(name: str) -> str:
    answers = {**EXAMPLE, "candidate": {**EXAMPLE["candidate"], "name": name}}
    return bundle.render_json(json.dumps(answers), "2026-12-07", False)


def test_a_render_after_a_keystroke_is_the_render_of_a_fresh_composer() -> None:
    """Cached or not, the same answers give the same result, after any other answers were read."""
    before = _render("Alex Morganx")
    _render("Alex Morgan")
    assert _render("Alex Morganx") == before
    answer_cache.clear()
    assert _render("Alex Morganx") == before


def test_a_keystroke_in_one_answer_reuses_the_others() -> None:
    answer_cache.clear()
    _render("Alex Morgan")
    misses = typed.repair.cache_info().misses
    _render("Alex Morgans")
    assert typed.repair.cache_info().misses - misses <= 2  # the name, at most in two forms
    assert proofread._faults.cache_info().hits > 0


def test_clear_empties_the_answer_caches_and_keeps_the_programs_own() -> None:
    _render("Alex Morgan")
    environments = compose._environment.cache_info().currsize
    assert environments > 0 and all(cached.cache_info().currsize > 0 for cached in (typed.repair, proofread._faults))
    answer_cache.clear()
    assert [cached.cache_info().currsize for cached in ANSWER_CACHES] == [0] * len(ANSWER_CACHES)
    assert compose._environment.cache_info().currsize == environments


def test_faults_hands_out_a_list_of_its_own() -> None:
    """The cache keeps a tuple: a caller that extends the list it gets changes nothing cached."""
    paragraph = "We discussed about the the role: Great."
    first = proofread.faults(paragraph)
    first.append("changed")
    assert "changed" not in proofread.faults(paragraph)
