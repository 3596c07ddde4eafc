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
from followup import proofread
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


_FIRST_MEETING = re.compile(r"\b(?:to meet|enjoyed meeting|nice meeting|meeting you)\b", re.IGNORECASE)
_NEW_TO_THEM = re.compile(r"\b(?:join(?:ing)? (?!the team)|get(?:ting)? to know|learn(?:ing)? (?:so much )?about|"
                          r"insight into the work|work together)", re.IGNORECASE)


def check_in_repeats(letter: Letter, answers: Answers) -> list[str]:
    """A check-in naming the company, the role or "the process" more than twice, or any letter saying a
    phrase of the frames twice (see `repeated_phrases`)."""
    text = " ".join(letter.paragraphs)
    out = []
    for what, needle in (("the company", company_ref(answers.company)), ("the role", role_title(answers.role)),
                         ("the process", "the process")):
        n = text.casefold().count(needle.casefold()) if needle else 0
        if n > 2 and letter.kind == "check-in":
            out.append(f"{what} {n} times: {text}")
    return out + repeated_phrases(letter, answers)


def repeated_phrases(letter: Letter, answers: Answers) -> list[str]:
    """A phrase of `proofread.REPEAT_WORDS` words said twice in one letter, unless the person typed it
    (the composer's own fault, `followup.proofread.repeated_phrases`, read on the finished letter)."""
    text = " ".join(letter.paragraphs)
    typed = " ".join(answers.free_texts())
    found = proofread.repeated_phrases(text, typed, (company_ref(answers.company), role_title(answers.role)))
    return [f"{fault}: {text}" for fault in found]


def known_people_claims(letter: Letter, answers: Answers) -> list[str]:
    """A first meeting the answers do not support: "great to meet" someone known, "joining" one's own employer."""
    text = " ".join(letter.paragraphs)
    person = next((p for p in answers.interviewers if p.name.strip() == letter.recipient_name), None)
    out = []
    if (answers.internal or (person and person.met_before)) and _FIRST_MEETING.search(text):
        out.append(f"a first meeting with someone known: {text}")
    if answers.internal and _NEW_TO_THEM.search(text):
        out.append(f"the employer as new to an internal candidate: {text}")
    return out


def role_notes(letter: Letter, answers: Answers) -> list[str]:
    """The role in a sentence with its brackets, contract note, reference or link (the subject may keep a reference)."""
    title = role_title(answers.role)
    notes = [n for n in re.findall(r"[(\[][^()\[\]]*[)\]]|\s[–—|-]\s.*$|https?://\S+", answers.role) if n.strip()]
    out = []
    for p in letter.paragraphs:
        after = re.search(re.escape(title) + r"(?: role| position)?\s*(?:[(\[]|[–—|-]\s|,\s*(?:\d|FTC|contract|ref))", p) \
            if title else None
        if after or any(n.strip() in p for n in notes):
            out.append(f"the role with its notes: {p}")
    return out


def letter_faults(letter: Letter, answers: Answers, lengths: bool = True) -> list[str]:
    names = _names_in(answers)
    out = [f"{fault}: {p}" for p in letter.paragraphs for fault in faults(p, names)]
    out += check_in_repeats(letter, answers) + known_people_claims(letter, answers) + role_notes(letter, answers)
    out += [f"a pronoun clash: {p}" for p in letter.paragraphs if _CLASH.search(p)]
    if letter.subject is not None and len(letter.subject.removeprefix("Re: ")) > SUBJECT_MAX:  # a reply's "Re: "
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
        if not (0 if answers.internal else 1) <= count <= 3:  # an internal candidate's own employer may go unnamed
            hits.append(f"{stem} {tone}/{channel}: the company {count} times")
    assert hits == []


def test_every_letter_names_the_role() -> None:
    hits = [f"{stem} {tone}/{channel}" for stem, tone, channel, answers, letter in
            letters_in_every_variant(("email", "letter"))
            if role_title(answers.role) not in " ".join(letter.paragraphs)]
    assert hits == []


def test_the_frame_detectors_see_what_they_look_for() -> None:
    answers = dataclasses.replace(answers_of(CORPUS / "80-internal-ops-panel-ftc.json"), kind="check-in")
    (letter,) = compose(answers, TODAY)
    said = dataclasses.replace(letter, paragraphs=(
        "I am following up on the Operations Manager (internal) role at Harbourside Foods. I wanted to ask how "
        "things are going. I'd love to hear how things are going at Harbourside Foods, and Harbourside Foods is "
        "great. It was great to meet you, and I'm keen on joining Harbourside Foods.",))
    found = " | ".join(letter_faults(said, answers, lengths=False))
    for fault in ("the company 4 times", 'a phrase said twice: "how things are going"', "a first meeting with someone known",
                  "the employer as new to an internal candidate", "the role with its notes"):
        assert fault in found, fault
    assert letter_faults(letter, answers, lengths=False) == []
