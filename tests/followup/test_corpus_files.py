"""The realistic answers corpus (tests/followup/corpus/) is well-formed.

These tests check the data only: every file is a valid answers file, and
expected.json holds one greeting triple per interviewer of every file. The
letters composed from the corpus are tested elsewhere, against expected.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from followup.answers import Answers, loads

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(CORPUS.glob("[0-9][0-9]-*.json"))
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TONES = ("formal", "warm", "brief")
# A greeting line: "Dear ...," in every tone, or "Hi ...," in the brief one.
GREETING = re.compile(r"(Dear|Hi) \S.*,")


def _load(path: Path) -> Answers:
    return loads(path.read_bytes())


def test_corpus_is_large_and_mixed() -> None:
    assert len(FILES) >= 64
    answers = [_load(p) for p in FILES]
    kinds = Counter(a.kind for a in answers)
    assert kinds["thank-you"] >= 36 and kinds["check-in"] >= 12 and kinds["after-rejection"] >= 8
    panels = [a for a in answers if a.kind == "thank-you" and 2 <= len(a.interviewers) <= 6]
    assert len(panels) >= 12
    for values in ({a.tone for a in answers}, {a.channel for a in answers}, {a.stage for a in answers},
                   {a.language for a in answers}, {a.message_to for a in answers if a.channel == "message"}):
        assert len(values) >= 2
    assert sum(any(i.address_as for i in a.interviewers) for a in answers) >= 4


def test_file_names_are_numbered_once() -> None:
    numbers = [p.name[:2] for p in FILES]
    assert len(numbers) == len(set(numbers))
    assert all(re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.json", p.name) for p in FILES)
    assert {p.name for p in CORPUS.glob("*.json")} == {p.name for p in FILES} | {"expected.json"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_is_valid_answers_of_version_2_or_3(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    # Version 3 only where a file needs its answers (an internal candidate, someone met before).
    assert raw["schema_version"] == (3 if "internal" in raw or any("met_before" in p for p in raw.get("interviewers", []))
                                     else 2)
    answers = _load(path)
    assert answers.language == raw["style"]  # stated in every file, never left to the default
    assert answers.interview_date is not None and (answers.interview_date.year, answers.interview_date.month) in (
        (2026, 10), (2026, 11))


def test_expected_has_one_entry_per_file() -> None:
    assert set(EXPECTED) == {p.stem for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_expected_greets_each_interviewer_in_every_tone(path: Path) -> None:
    answers = _load(path)
    greetings = EXPECTED[path.stem]["interviewers"]
    assert len(greetings) == len(answers.interviewers)
    for person, triple in zip(answers.interviewers, greetings, strict=True):
        assert set(triple) == set(TONES)
        assert all(GREETING.fullmatch(triple[t]) for t in TONES), triple
        assert triple["formal"].startswith("Dear ") and triple["warm"].startswith("Dear ")
        # Pronoun notes never reach a greeting.
        assert not any(re.search(r"\((s?he|they)/", triple[t]) for t in TONES), triple
        if person.address_as:  # a filled-in "Address them as" wins in every tone
            name = " ".join(person.address_as.split())
            assert triple == {"formal": f"Dear {name},", "warm": f"Dear {name},", "brief": f"Hi {name},"}
