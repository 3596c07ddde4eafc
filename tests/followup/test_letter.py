"""The Letter structure and its plain-text body."""

from __future__ import annotations

import dataclasses

import pytest

from followup.letter import Letter, body_text, word_count


def _letter(**changes: object) -> Letter:
    base = Letter(
        kind="thank-you", tone="warm", channel="email", recipient_name="Dana Lee",
        recipient_email="dana@example.com", subject="Thank you – Data Analyst interview", date_line=None,
        sender_block=(), recipient_block=(), salutation="Dear Dana,",
        paragraphs=("First paragraph.", "Second paragraph."), closing="Best regards,",
        signature=("Alex Morgan", "alex@example.com"),
    )
    return dataclasses.replace(base, **changes)


def test_letter_is_frozen() -> None:
    letter = _letter()
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.salutation = "Hi"  # type: ignore[misc]


def test_email_body_has_blank_lines_between_blocks_and_no_subject() -> None:
    assert body_text(_letter()) == (
        "Dear Dana,\n\nFirst paragraph.\n\nSecond paragraph.\n\nBest regards,\nAlex Morgan\nalex@example.com"
    )


def test_printed_letter_body_leaves_the_address_blocks_to_the_formats() -> None:
    letter = _letter(channel="letter", subject=None, date_line="28 November 2026",
                     sender_block=("Alex Morgan", "14 Elm Road"), recipient_block=("Dana Lee",))
    text = body_text(letter)
    assert text.startswith("Dear Dana,")
    assert "14 Elm Road" not in text and "28 November 2026" not in text


def test_message_body_uses_single_line_breaks_so_every_character_counts_once() -> None:
    letter = _letter(channel="message", subject=None, paragraphs=("Thanks for your time.",),
                     closing="Best,", signature=("Alex Morgan",))
    assert body_text(letter) == "Dear Dana,\nThanks for your time.\nBest,\nAlex Morgan"


def test_empty_parts_leave_no_blank_lines() -> None:
    letter = _letter(paragraphs=("Only one.", ""), closing="", signature=("Alex Morgan",))
    assert body_text(letter) == "Dear Dana,\n\nOnly one.\n\nAlex Morgan"


@pytest.mark.parametrize(("text", "words"), [("", 0), ("one", 1), ("Dear Dana,\n\nThank you,\ttruly.", 5)])
def test_word_count_counts_runs_between_spaces(text: str, words: int) -> None:
    assert word_count(text) == words
