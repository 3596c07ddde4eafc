"""German letters from realistic answers: every German corpus file, in every tone and channel, and every
German typing habit on it, read by the German detectors (`detectors_de`).

The corpus (tests/followup/corpus/de/) is answers typed the way people type German: umlauts as ae/oe/ue,
lower-case nouns, von/zu and double names, titles, English loan words, questions, résumé lines, links.
One test per detector over the whole corpus, and one over the corpus with the typing habits of
`mutators_de` (three tone-and-channel variants per file and habit, as `test_mutated_corpus` reads
the English one), so each fault class passes or fails on its own.

A fault the composer makes today is marked in `FAULTS` / `MUTATED_FAULTS` with the fault class as
reason (strict: the mark fails the day the fault is fixed, so the list can only shrink). The tests
never fix the composer. Every detector is shown failing on a hand-made bad letter, and passing on a
good one.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from detectors_de import DETECTORS
from mutators_de import MUTATORS_DE
from test_corpus import CHANNELS, TODAY, TONES
from test_mutated_corpus import NAMED_WHEN_CHANGED, _free_fields, habit_hits, naming_hits, variants_for

from followup.answers import Answers, loads, parse
from followup.checks import check
from followup.compose import SUBJECT_MAX, compose
from followup.letter import Letter, body_text
from followup.messages import limit_for

CORPUS = Path(__file__).parent / "corpus" / "de"
FILES = sorted(CORPUS.glob("*.json"))
HABITS = ("link", "hashtag", "emoji", "shouting", "date-range", "heading", "duration", "punctuation", "two-colons")
"""The English corpus's habit detectors (`test_mutated_corpus.habit_hits`) that read German letters too (its
"capital-added" does not: German frames capitalise their own nouns; `typed-capitals` reads German)."""
_WHOLE_END = re.compile(r"(?:[.!?]|[.!?][\"”’“)])$")

FAULTS: dict[str, str] = {}
"""Detector -> the composer's fault class it finds over the corpus today (an expected failure)."""
MUTATED_FAULTS: dict[str, str] = {**FAULTS}
"""The same over the corpus typed carelessly."""


@dataclasses.dataclass(frozen=True)
class Read:
    where: str
    answers: Answers
    letter: Letter
    problems: frozenset[str]
    named: frozenset[str] = frozenset()
    """Fields `check` names with a problem or a suggestion."""
    habit: str = ""


def answers_of(path: Path) -> Answers:
    return loads(path.read_text(encoding="utf-8"))


def _compose(where: str, answers: Answers, reads: list[Read], crashes: list[str], habit: str = "") -> None:
    try:
        letters = compose(answers, TODAY)
    except ValueError:
        return  # a third check-in is refused, with its own test
    except Exception as error:  # a German letter that cannot be written at all is the first fault
        crashes.append(f"{where}: {type(error).__name__}: {error}")
        return
    try:
        findings = check(answers, TODAY, letters)
    except Exception as error:
        crashes.append(f"{where}: check failed: {type(error).__name__}: {error}")
        findings = []
    problems = frozenset(f.field for f in findings if f.level == "problem")
    named = frozenset(f.field for f in findings if f.level in ("problem", "suggestion"))
    reads += [Read(f"{where} to {letter.recipient_name}", answers, letter, problems, named, habit) for letter in letters]


@cache
def corpus_letters() -> tuple[tuple[Read, ...], tuple[str, ...]]:
    reads: list[Read] = []
    crashes: list[str] = []
    for path in FILES:
        answers = answers_of(path)
        for tone, channel in itertools.product(TONES, CHANNELS):
            _compose(f"{path.stem} {tone}/{channel}", dataclasses.replace(answers, tone=tone, channel=channel),
                     reads, crashes)
    return tuple(reads), tuple(crashes)


@cache
def mutated_letters() -> tuple[tuple[tuple[Read, Answers], ...], tuple[str, ...]]:
    reads: list[Read] = []
    crashes: list[str] = []
    originals: list[Answers] = []
    for mutator, path in itertools.product(MUTATORS_DE, FILES):
        data = json.loads(path.read_text(encoding="utf-8"))
        answers, original = parse(MUTATORS_DE[mutator](data)), parse(data)
        if answers == original:
            continue
        for tone, channel in variants_for(path.stem, mutator):
            before = len(reads)
            _compose(f"{path.stem} {mutator} {tone}/{channel}",
                     dataclasses.replace(answers, tone=tone, channel=channel), reads, crashes, mutator)
            originals += [original] * (len(reads) - before)
    return tuple(zip(reads, originals, strict=True)), tuple(crashes)


def shape(read: Read) -> list[str]:
    """A message over its limit or without greeting and closing, a letter ending mid-phrase, an email's
    subject too long for an inbox (a printed letter's DIN 5008 subject line may run to a second line)."""
    letter, out = read.letter, []
    if letter.channel == "email" and letter.subject is not None and len(letter.subject.removeprefix("Re: ").removeprefix("AW: ")) > SUBJECT_MAX:
        out.append(f"a subject of {len(letter.subject)} characters: {letter.subject}")
    if letter.paragraphs and not _WHOLE_END.search(letter.paragraphs[-1]):
        out.append(f"a letter ending mid-phrase: {letter.paragraphs[-1]}")
    if letter.channel == "message":
        limit = limit_for(read.answers.message_to)
        if limit is not None and len(body_text(letter)) > limit:
            out.append(f"a message of {len(body_text(letter))} characters, over {limit}")
        if not letter.closing or not letter.salutation:
            out.append("a message without its greeting or closing")
    return out


def unnamed(read: Read, original: Answers) -> list[str]:
    """An answer a habit changed in a way the letter cannot repair (capitals, a link, an emoji, a long answer,
    and in German small letters throughout) that `check` does not name (the English corpus's rule,
    `test_mutated_corpus.NAMED_WHEN_CHANGED`)."""
    before = dict(_free_fields(original))
    changed = [(field, text) for field, text in _free_fields(read.answers) if text != before.get(field)]
    if read.habit == "lower":  # German nouns take a capital: an answer of a few words typed without any is named
        changed = [(field, text) for field, text in changed if len(text.split()) >= 3]
    elif read.habit not in NAMED_WHEN_CHANGED:
        return []
    return [f"{read.where}: {field} changed by the habit, and check says nothing"
            for field, _ in changed if field not in read.named]


def unreported(read: Read) -> list[str]:
    return [f"{field} left out ({why}) without a problem on it" for field, why in read.letter.left_out
            if field not in read.problems]


EXTRA: dict[str, object] = {"shape": shape, "unreported": unreported}
ALL = (*DETECTORS, *EXTRA)


def hits_of(name: str, read: Read) -> list[str]:
    found = EXTRA[name](read) if name in EXTRA else DETECTORS[name](read.letter, read.answers)  # type: ignore[operator]
    return [f"{read.where}: {h}" for h in found]


def _params(names: tuple[str, ...], faults: dict[str, str]) -> list[object]:
    return [pytest.param(n, id=n, marks=pytest.mark.xfail(strict=True, reason=faults[n]) if n in faults else ())
            for n in names]


def test_every_german_variant_is_composed() -> None:
    reads, crashes = corpus_letters()
    assert crashes == ()
    assert len(reads) >= len(FILES) * len(TONES) * len(CHANNELS)


@pytest.mark.parametrize("detector", _params(ALL, FAULTS))
def test_no_german_letter_has(detector: str) -> None:
    reads, _ = corpus_letters()
    assert reads, "no German letter was written: nothing to read"
    hits = [h for read in reads for h in hits_of(detector, read)]
    assert hits == [], f"{len(hits)} hits, first: {hits[:5]}"


@pytest.mark.parametrize("detector", _params((*ALL, *HABITS, "unnamed", "naming"), MUTATED_FAULTS))
def test_no_german_letter_typed_carelessly_has(detector: str) -> None:
    pairs, crashes = mutated_letters()
    assert pairs and not crashes, crashes[:5]
    if detector == "unnamed":
        hits = sorted({h for r, original in pairs for h in unnamed(r, original)})
    elif detector == "naming":  # names and titles typed in small letters or capitals (the English corpus's rule)
        hits = [f"{r.where}: {d}: {h}" for r, original in pairs for d, h in naming_hits(r.answers, r.letter, original,
                                                                                         set(r.named))]
    elif detector in HABITS:
        hits = [f"{r.where}: {h}" for r, original in pairs for d, h in habit_hits(r.answers, r.letter, original)
                if d == detector]
    else:
        hits = [h for r, _ in pairs for h in hits_of(detector, r)]
    assert hits == [], f"{len(hits)} hits, first: {hits[:5]}"


def counts() -> Counter[tuple[str, str]]:
    """(set, detector) -> hits; `python tests/followup/test_corpus_de.py` prints them and an example of each."""
    tally: Counter[tuple[str, str]] = Counter()
    for read in corpus_letters()[0]:
        for name in ALL:
            tally[("corpus", name)] += len(hits_of(name, read))
    for read, original in mutated_letters()[0]:
        for name in ALL:
            tally[("mutated", name)] += len(hits_of(name, read))
        for d, _ in habit_hits(read.answers, read.letter, original):
            if d in HABITS:
                tally[("mutated", d)] += 1
        tally[("mutated", "unnamed")] += len(unnamed(read, original))
    return tally


# --- The corpus itself ------------------------------------------------------------------------------


def test_the_german_corpus_is_large_and_typed_the_way_people_type() -> None:
    raw = [json.loads(p.read_text(encoding="utf-8")) for p in FILES]
    answers = [answers_of(p) for p in FILES]
    assert len(FILES) >= 25
    assert all(r["schema_version"] == 4 for r in raw)
    assert {a.language for a in answers} == {"de-DE", "de-AT", "de-CH"}
    assert {a.kind for a in answers} == {"thank-you", "check-in", "after-rejection"}
    assert {a.tone for a in answers} == set(TONES) and {a.channel for a in answers} == set(CHANNELS)
    assert {a.message_to for a in answers if a.channel == "message"} >= {"linkedin-note", "linkedin-message", "text"}
    assert sum(len(a.interviewers) >= 2 for a in answers) >= 5  # panels
    assert any(a.internal for a in answers) and any(p.met_before for a in answers for p in a.interviewers)
    forms = Counter(p.form_of_address for a in answers for p in a.interviewers)
    assert forms["ms"] >= 5 and forms["mr"] >= 5 and forms[""] >= 3
    text = json.dumps(raw, ensure_ascii=False)
    names = " ".join(p.name for a in answers for p in a.interviewers)
    for habit in (r"\b\w*(?:ae|oe|ue)\w*\b", r"\bvon \w", r"\bzu \w", r"\w-\w+ \w+-\w", r"\bDr\.", r"\bProf\. Dr\.",
                  r"\bDipl\.-Ing\.", r"\bMag\.", r"\bMeeting\b", r"\bFeedback\b", r"\bSkills\b", r"\?\"",
                  r"https?://", r"\b20\d\d ?[-–] ?20\d\d\b", r"\\n- "):
        assert re.search(habit, text), habit
    assert re.search(r"\bvon \w", names) and re.search(r"\bzu \w", names)
    assert any(t.islower() for a in answers for t in a.free_texts() if len(t) > 20)  # nouns typed in lower case


# --- The detectors can fail -------------------------------------------------------------------------


def _letter(answers: Answers, to: str, salutation: str, paragraphs: tuple[str, ...], closing: str) -> Letter:
    return Letter(kind=answers.kind, tone=answers.tone, channel="email", recipient_name=to, recipient_email="",
                  subject="Vielen Dank für das Gespräch", date_line=None, sender_block=(), recipient_block=(),
                  salutation=salutation, paragraphs=paragraphs, closing=closing, signature=(answers.candidate.name,),
                  language=answers.language)


def test_every_detector_fails_on_a_hand_made_bad_letter() -> None:
    data = json.loads((CORPUS / "26-architektur-ohne-anrede.json").read_text(encoding="utf-8"))
    data["language"] = "de-CH"
    data["interviewers"][0]["topic"] = "der neue Prozess für die Rechnungsprüfung"
    data["forgot_to_mention"] = "ausserdem spreche ich Dänisch"
    answers = parse(data)
    bad = _letter(answers, "Kim Nguyen", "Sehr geehrter Herr nguyen", (
        "Gestern habe ich gern mit ihnen gesprochen, vor allem über der neue Prozess für die Rechnungsprüfung.",
        "Thank you for the interview. Sie suchen Erfahrung mit holzbau im schulbau.",
        "Noch nicht erwähnt habe ich: ausserdem spreche ich Dänisch.",
        "Frau Schmitz-Berger hat mir die Stelle gut erklärt. Die Stelle passt gut zu mir, und die Stelle passt gut "
        "zu mir.",
        "Ich verbleibe mit freundlichen Grüßen, bis bald"), "Mit freundlichen Grüßen,")
    bad = dataclasses.replace(bad, channel="message")
    comma = dataclasses.replace(bad, salutation="Sehr geehrter Herr nguyen,")
    ladies = dataclasses.replace(bad, salutation="Sehr geehrte Damen und Herren,")
    german = dataclasses.replace(bad, language="de-DE")  # Switzerland may leave the comma out; Germany may not
    read = Read("hand-made", answers, bad, frozenset())
    left = dataclasses.replace(read, letter=dataclasses.replace(bad, left_out=(("their_needs", "a list"),)))
    found = {name: [h for r in (read, dataclasses.replace(read, letter=comma), dataclasses.replace(read, letter=ladies),
                                dataclasses.replace(read, letter=german), left) for h in hits_of(name, r)] for name in ALL}
    austria = answers_of(CORPUS / "03-bahn-ingenieur-wien-brief.json")
    dropped = _letter(austria, "Dipl.-Ing. Florian Huber", "Sehr geehrter Herr Huber,", ("Ich freue mich.",),
                      "Mit freundlichen Grüßen")
    found["title-dropped"] += hits_of("title-dropped", Read("hand-made", austria, dropped, frozenset()))
    assert [name for name, hits in found.items() if not hits] == []
    joined = " | ".join(h for hits in found.values() for h in hits)
    for what in ("lower-case 'ihnen'", "a guessed gender", "a name word in lower case", "without its comma",
                 "'Damen und Herren'", "'Frau Schmitz-Berger'", "a closing with a comma", "pulled into a sentence",
                 "English words", "a capital after the salutation's comma: 'Gestern'", "über + typed 'der neue Prozess'",
                 "'ß' in a Swiss letter", "a phrase said twice", "a sentence without a verb: Thank you",
                 "ending mid-phrase", "their_needs left out", "capitals changed in a typed answer", "the typed lead word 'ausserdem' kept", "Dipl.-Ing. of 'Dipl.-Ing. Florian Huber' left out"):
        assert what in joined, what


def test_a_habit_check_does_not_name_is_seen() -> None:
    original = answers_of(CORPUS / "04-backend-zuerich-brief.json")
    shouted = dataclasses.replace(original, your_strength=original.your_strength.upper())
    letter = _letter(shouted, "Reto Keller", "Hallo Herr Keller,", ("Ich freue mich.",), "Freundliche Grüsse")
    read = Read("hand-made", shouted, letter, frozenset(), frozenset(), "upper")
    assert unnamed(read, original) == ["hand-made: your_strength changed by the habit, and check says nothing"]
    assert unnamed(dataclasses.replace(read, named=frozenset({"your_strength"})), original) == []


def test_no_detector_fires_on_a_good_letter() -> None:
    answers = answers_of(CORPUS / "01-controller-muenchen-formal.json")
    good = _letter(answers, "Dr. Katrin Vogel", "Sehr geehrte Frau Dr. Vogel,", (
        "vielen Dank für das Gespräch am 24. November und für Ihre Zeit. Besonders gern denke ich an unser Gespräch "
        "über die Umstellung des Reportings auf SAP S/4HANA zurück.",
        "Bei der Kessler AG habe ich den Monatsabschluss von acht auf fünf Arbeitstage verkürzt. Diese Erfahrung "
        "würde ich gern in Ihr Team einbringen.",
        "Ich freue mich darauf, von Ihnen zu hören."), "Mit freundlichen Grüßen")
    read = Read("hand-made", answers, good, frozenset())
    assert {name: hits_of(name, read) for name in ALL} == {name: [] for name in ALL}


def test_the_german_habits_change_the_answers_and_keep_them_valid() -> None:
    files = [json.loads(p.read_text(encoding="utf-8")) for p in FILES]
    for name, mutator in MUTATORS_DE.items():
        changed = 0
        for data in files:
            once, again = mutator(data), mutator(data)
            assert once == again, name
            changed += once != data
            parse(once)
        assert changed >= 3, (name, changed)  # a habit that changes no file would read nothing
    data = json.loads((CORPUS / "02-intensivpflege-panel-hamburg.json").read_text(encoding="utf-8"))
    umlauts = MUTATORS_DE["umlauts"](data)
    assert umlauts["interviewers"][1]["name"] == "Svenja Moeller-Hansen"
    assert "ß" not in json.dumps(umlauts, ensure_ascii=False).replace("Grüße", "")


if __name__ == "__main__":
    tally = counts()
    for (where, name), n in sorted(tally.items()):
        if n:
            print(f"{where:8} {name:24} {n}")
