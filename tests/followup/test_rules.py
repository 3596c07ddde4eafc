"""followup.rules: the composer's rules in words (the guide, the checks and the reminders read them)."""

from __future__ import annotations

from datetime import time

import pytest

from followup import rules, timing


@pytest.mark.parametrize(("n", "words"), [(1, "one"), (7, "seven"), (12, "twelve"), (13, "13"), (24, "24")])
def test_small_numbers_are_words_and_larger_ones_digits(n: int, words: str) -> None:
    assert rules.word(n) == words


@pytest.mark.parametrize(("n", "words"), [(1, "first"), (5, "fifth"), (12, "twelfth"), (13, "13th")])
def test_ordinals(n: int, words: str) -> None:
    assert rules.ordinal(n) == words


@pytest.mark.parametrize(("t", "words"), [(time(10), "10 a.m."), (time(17), "5 p.m."), (time(12), "noon"),
                                          (time(0), "12 a.m."), (time(9, 30), "9:30 a.m.")])
def test_clock_times_as_the_guide_writes_them(t: time, words: str) -> None:
    assert rules.clock(t) == words


@pytest.mark.parametrize(("days", "words"), [(7, "a week"), (14, "two weeks"), (5, "five days")])
def test_days_as_weeks(days: int, words: str) -> None:
    assert rules.days_as_weeks(days) == words


def test_one_business_day_is_singular() -> None:
    assert rules.business_days(1) == "one business day" and rules.business_days(2) == "two business days"


def test_rule_names_are_unique_and_an_unknown_one_names_the_known_ones() -> None:
    assert len(rules.BY_NAME) == len(rules.RULES)
    with pytest.raises(KeyError, match="send_within"):
        rules.text("no_such_rule")


def test_the_floor_is_stated_as_applying_only_without_a_decision_date() -> None:
    sentence = rules.text("first_check_in")
    with_date, without = sentence.split(". With no date, ")
    assert rules.ordinal(timing.EARLIEST_WITHOUT_DECISION_DATE) not in with_date
    assert rules.ordinal(timing.EARLIEST_WITHOUT_DECISION_DATE) in without


def test_the_late_thank_you_sentence_does_not_assume_a_note_was_sent() -> None:
    assert "again" not in rules.LATE_THANK_YOU and "If you never thanked them" in rules.LATE_THANK_YOU


def test_no_third_check_in_suggests_no_linkedin_request_mid_process() -> None:
    assert "LinkedIn" not in rules.NO_THIRD_CHECK_IN
