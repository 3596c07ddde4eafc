"""Letters from realistic answers: every corpus file in every tone and channel, read by detectors.

The corpus (tests/followup/corpus/) is answers typed the way people type. Each letter is
read for what a careful reader would circle: the proofreader's faults, a wrong greeting,
a length out of range, a message over its limit or ending mid-phrase, a pronoun clash, a
subject too long, letters from different people that are the same text, and an answer
left out of the letter without a finding that says so.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from datetime import date
from pathlib import Path

import pytest

from followup.answers import Answers, loads
from followup.checks import check, length_range, shared_sentence_ratio
from followup.compose import SUBJECT_MAX, _names_in, company_ref, compose, role_title
from followup.letter import Letter, body_text, word_count
from followup.messages import limit_for
from followup.proofread import faults

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(CORPUS.glob("*.json"))
FILES = [f for f in FILES if f.name != "expected.json"]
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TONES = ("formal", "warm", "brief")
CHANNELS = ("email", "letter", "message")
TODAY = date(2026, 12, 1)
SHARED_MAX = 0.4

_CLASH = re.compile(r"\bneeds? [^.]*\b(?:we|our|us)\b|\bneeds?,? they\b", re.IGNORECASE)
_WHOLE_END = re.compile(r"(?:[.!?]|[.!?][\"”’)])$")


def answers_of(path: Path) -> Answers:
    return loads(path.read_text(encoding="utf-8"))


def variants(answers: Answers):
    for tone, channel in itertools.product(TONES, CHANNELS):
        yield tone, channel, dataclasses.replace(answers, tone=tone, channel=channel)


def letter_faults(letter: Letter, answers: Answers, lengths: bool = True) -> list[str]:
    names = _names_in(answers)
    out = [f"{fault}: {p}" for p in letter.paragraphs for fault in faults(p, names)]
    out += [f"a pronoun clash: {p}" for p in letter.paragraphs if _CLASH.search(p)]
    if letter.subject is not None and len(letter.subject) > SUBJECT_MAX:
        out.append(f"a subject of {len(letter.subject)} characters: {letter.subject}")
    if letter.paragraphs and not _WHOLE_END.search(letter.paragraphs[-1]):
        out.append(f"a letter ending mid-phrase: {letter.paragraphs[-1]}")
    body = body_text(letter)
    if letter.channel == "message":
        limit = limit_for(answers.message_to)
        if limit is not None and len(body) > limit:
            out.append(f"a message of {len(body)} characters, over {limit}")
        if not letter.closing or not letter.salutation:
            out.append("a message without its greeting or closing")
    elif lengths:
        low, high = length_range(letter.kind, letter.tone)
        words = word_count(body)
        if not low <= words <= high + 20:
            out.append(f"{words} words, outside {low}-{high}")
    return out


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_every_letter_reads_right_in_every_tone_and_channel(path: Path) -> None:
    hits: list[str] = []
    for tone, channel, answers in variants(answers_of(path)):
        try:
            letters = compose(answers, TODAY)
        except ValueError:
            continue  # a third check-in is refused, with its own test
        findings = check(answers, TODAY, letters)
        reported = {f.field for f in findings if f.level == "problem"}
        for letter in letters:
            hits += [f"{tone}/{channel} to {letter.recipient_name}: {h}" for h in letter_faults(letter, answers)]
            for field, why in letter.left_out:
                if field not in reported:
                    hits.append(f"{tone}/{channel}: {field} left out ({why}) without a problem on it")
    assert hits == []


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_greetings_are_the_expected_ones(path: Path) -> None:
    answers = answers_of(path)
    expected = EXPECTED[path.stem]["interviewers"]
    for tone in TONES:
        letters = compose(dataclasses.replace(answers, tone=tone, channel="email", kind="thank-you"), TODAY) \
            if answers.interviewers else ()
        got = [letter.salutation for letter in letters]
        assert got == [people[tone] for people in expected], tone


def test_letters_from_different_people_are_not_the_same_text() -> None:
    by_group: dict[tuple[str, str, str], list[tuple[str, Letter]]] = {}
    for path in FILES:
        for tone, channel, answers in variants(answers_of(path)):
            if channel == "message":
                continue  # two or three sentences: sharing one is a third of them
            try:
                first = compose(answers, TODAY)[0]
            except ValueError:
                continue
            by_group.setdefault((answers.kind, tone, channel), []).append((path.stem, first))
    worst: list[tuple[float, str, str]] = []
    for letters in by_group.values():
        for (a, la), (b, lb) in itertools.combinations(letters, 2):
            ratio = shared_sentence_ratio(la, lb)
            if ratio > SHARED_MAX:
                worst.append((ratio, a, b))
    assert sorted(worst, reverse=True)[:10] == []


def test_the_corpus_is_large_and_varied_enough() -> None:
    assert len(FILES) >= 60
    kinds = {answers_of(f).kind for f in FILES}
    assert kinds == {"thank-you", "check-in", "after-rejection"}


def letters_in_every_variant(channels: tuple[str, ...] = CHANNELS):
    """(file stem, tone, channel, answers, letter) for every corpus file, tone and channel."""
    for path in FILES:
        for tone, channel, answers in variants(answers_of(path)):
            if channel not in channels:
                continue
            try:
                letters = compose(answers, TODAY)
            except ValueError:
                continue  # a third check-in is refused, with its own test
            for letter in letters:
                yield path.stem, tone, channel, answers, letter


def test_no_letter_names_the_role_more_than_twice() -> None:
    """The role belongs in the letter once or twice; three times reads as a form filled in."""
    hits = []
    for stem, tone, channel, answers, letter in letters_in_every_variant():
        role = role_title(answers.role)
        count = " ".join(letter.paragraphs).count(role)
        if role and count > 2:
            hits.append(f"{stem} {tone}/{channel}: the role {count} times")
    assert hits == []


def test_every_letter_names_the_company_but_not_in_every_sentence() -> None:
    # A short message may leave the company out to fit, and `check` says so.
    hits = []
    for stem, tone, channel, answers, letter in letters_in_every_variant(("email", "letter")):
        count = " ".join(letter.paragraphs).count(company_ref(answers.company))
        if not 1 <= count <= 3:
            hits.append(f"{stem} {tone}/{channel}: the company {count} times")
    assert hits == []


def test_every_letter_names_the_role() -> None:
    hits = [f"{stem} {tone}/{channel}" for stem, tone, channel, answers, letter in
            letters_in_every_variant(("email", "letter"))
            if role_title(answers.role) not in " ".join(letter.paragraphs)]
    assert hits == []
