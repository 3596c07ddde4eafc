"""Careless typing repaired where certain (`followup.typed`), and left alone where it is not."""

from __future__ import annotations

import pytest

from followup.typed import (CONTRACTIONS, PROPER_WORDS, capitalised_elsewhere, is_acronym, is_shouting, repair,
                            sentence_case)


@pytest.mark.parametrize(("typed", "repaired"), [
    ("youre right and im sure", "you're right and I'm sure"),
    ("ive led it but i dont know", "I've led it but I don't know"),
    ("cant make it, wont stop, didnt ask", "can't make it, won't stop, didn't ask"),
    ("Dont worry", "Don't worry"),
    ("its a big lift", "it's a big lift"),
    ("its going well", "it's going well"),
    ("the team reduced its modelling backlog", "the team reduced its modelling backlog"),
    ("id love to help", "I'd love to help"),
    ("as is her wont to say", "as is her wont to say"),
    ("thanks for youre time", "thanks for your time"),
])
def test_contractions_that_are_not_words_are_repaired(typed: str, repaired: str) -> None:
    assert repair(typed).text == repaired


@pytest.mark.parametrize("typed", [
    "its budget is tight", "we were short", "well staffed", "hell of a week", "a shell script", "ill health",
    "the id field", "it lets us ship", "we wed in May",
])
def test_ambiguous_forms_stay_as_typed(typed: str) -> None:
    assert repair(typed).text == typed


def test_every_table_entry_is_not_an_english_word_and_gains_an_apostrophe() -> None:
    for typed, written in CONTRACTIONS.items():
        assert written.replace("'", "").lower() == typed and "'" in written


def test_a_doubtful_word_is_named_only_when_the_answer_drops_apostrophes() -> None:
    assert ("hell", "he'll") in repair("dont worry, hell call you").doubtful
    assert repair("he said hell freeze over, I'm sure").doubtful == ()
    assert ("warehouse's", "warehouses") in repair("two warehouse's were full").doubtful
    assert repair("the warehouse's roof leaked").doubtful == ()
    assert repair("it's fine, that's it").doubtful == ()


@pytest.mark.parametrize(("typed", "written"), [
    ("I CUT FRESH WASTE FROM 4.8% TO 2.9% AT OUR P&L STORE. THE NHS LIKED IT",
     "I cut fresh waste from 4.8% to 2.9% at our P&L store. The NHS liked it"),
    ("LED A TEAM OF 35 ON A 6-MONTH A380 PROJECT", "led a team of 35 on a 6-month A380 project"),
    ("SQL AND PYTHON, 5 YRS", "SQL and python, 5 yrs"),
    ("FASTER CI", "faster CI"),
])
def test_shouting_is_put_in_sentence_case_keeping_acronyms(typed: str, written: str) -> None:
    assert is_shouting(typed)
    assert repair(typed).text == written and repair(typed).shouting


def test_capitals_elsewhere_in_the_answers_are_kept() -> None:
    assert sentence_case("WE TALKED ABOUT KAFKA LAG", frozenset({"KAFKA"})) == "we talked about KAFKA lag"


@pytest.mark.parametrize("typed", ["SQL", "the KS3 scheme at NHS Fife", "Go, Postgres", "I led the AWS move"])
def test_acronyms_and_ordinary_text_are_not_shouting(typed: str) -> None:
    assert not is_shouting(typed)


def test_acronym_rule() -> None:
    assert all(is_acronym(w) for w in ("SQL", "NHS", "P&L", "KS3", "B2B", "A380", "CRM"))
    assert not any(is_acronym(w) for w in ("FASTER", "VS", "YRS", "6-MONTH", "TEAM"))


@pytest.mark.parametrize(("typed", "text", "links", "tags"), [
    ("the dbt migration https://example.com/a/b", "the dbt migration", ("https://example.com/a/b",), ()),
    ("see my portfolio at www.example.org/me.", "see my portfolio", ("www.example.org/me",), ()),
    ("the night rota #nhs #nursing", "the night rota", (), ("#nhs", "#nursing")),
    ("P&L of £4.2m #1 priority", "P&L of £4.2m #1 priority", (), ()),
])
def test_links_and_hashtags_are_taken_out_and_kept_for_check(typed: str, text: str, links: tuple[str, ...],
                                                              tags: tuple[str, ...]) -> None:
    got = repair(typed)
    assert (got.text, got.links, got.tags) == (text, links, tags)


def test_a_date_range_in_brackets_or_at_the_end_is_taken_out() -> None:
    assert repair("Led a team of 35 (2019 - 2023)").text == "Led a team of 35"
    assert repair("Ran the ward, 2019–present").text == "Ran the ward"
    assert repair("the 2019 plan").text == "the 2019 plan"


def test_lower_case_i_is_the_pronoun_only() -> None:
    assert repair("i think i'm ready; the i-9 form; pi").text == "I think I'm ready; the i-9 form; pi"


def test_capitals_elsewhere_are_read_only_from_answers_that_are_not_shouted() -> None:
    assert capitalised_elsewhere(("Kafka and KSQL at DNB", "WE ALL SHOUT HERE", "")) == frozenset({"KSQL", "DNB"})
    assert capitalised_elsewhere(("I HOLD THE CERTIFICATE https://www.example.com/blog/our-roadmap",)) == frozenset()


@pytest.mark.parametrize(("typed_text", "repaired"), [
    ("i speak arabic and some somali", "I speak Arabic and some Somali"),
    ("fluent in spanish, conversational french", "fluent in Spanish, conversational French"),
    ("SPANISH AND ENGLISH", "Spanish and English"),
    ("we'll polish the deck; china plates; a turkey", "we'll polish the deck; china plates; a turkey"),
    ("the arabic-speaking families", "the Arabic-speaking families"),
])
def test_languages_and_nationalities_always_take_their_capital(typed_text: str, repaired: str) -> None:
    assert repair(typed_text).text == repaired


def test_no_proper_word_is_also_a_common_english_word() -> None:
    assert not PROPER_WORDS & {"polish", "china", "turkey", "chile", "jordan", "french-fry", "german-measles"}


@pytest.mark.parametrize(("typed", "repaired"), [
    ("I rebuilt reporting w/ dbt b/c it was slow", "I rebuilt reporting with dbt because it was slow"),
    ("W/ the team thru the peak, w/o overtime", "With the team through the peak, without overtime"),
    ("the w/e report and a/b tests", "the w/e report and a/b tests"),  # not shorthand for one word
    ("reporting , and cut the close !!", "reporting, and cut the close!"),
    ("dbt,Excel and 1,000 rows", "dbt, Excel and 1,000 rows"),
    ("we met... then Sam joined", "we met, then Sam joined"),
    ("we met...Then Sam joined", "we met. Then Sam joined"),
    ("...and the budget", "and the budget"),
    ("great :) thanks", "great :) thanks"),  # an emoticon's colon is `check`'s, not punctuation
])
def test_a_hurried_notes_shorthand_and_punctuation_are_written_out(typed: str, repaired: str) -> None:
    assert repair(typed).text == repaired
