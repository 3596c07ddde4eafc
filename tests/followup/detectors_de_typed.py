"""Where the composer put what the person typed, read in a German letter: the text-level German detectors.

Part of the German corpus detectors (`detectors_de` lists them all in `DETECTORS`); these read the
frames around a typed answer and the sentences they make:

  case-after-preposition a typed phrase whose case the preposition before it contradicts ("über der
                         neue Prozess", "mit die neue Halle", "zum der Export") or a typed clause
                         after a preposition ("über wir haben …"); a quoted phrase is left alone
  no-verb                a sentence without a finite verb (greeting formulas such as "Vielen Dank
                         für …" excepted)
  lead-word-kept         a typed answer's leading "auch", "und", "also", "ausserdem" kept where the frame
                         places it ("… zu einem Thema: ausserdem die Sanierung …")
  typed-capitals         a typed answer's words given other capitals than typed (its first word
                         excepted: it may begin a sentence); German frames capitalise their own nouns,
                         so unlike the English habit detector this reads only the typed answer's span

Edge cases: the verb detector knows finite verbs by a lexicon and by a subject pronoun or noun beside
them, and reads only the main clause (a "dass/wie/ob…" clause's verb does not make a sentence whole),
so it can miss a verbless sentence; the case detector judges only the article and the adjective's
ending ("der neue" is nominative), never the noun. `typed_words` and `is_typed` tell the person's
words from the frames' for every German detector.
"""

from __future__ import annotations

import re

from followup.answers import Answers
from followup.letter import Letter

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")

_ACC = {"über", "für", "um", "durch", "gegen", "ohne"}
_DAT = {"mit", "von", "zu", "bei", "nach", "aus", "seit", "gegenüber"}
_CONTRACTED = {"zum", "zur", "vom", "beim", "im", "am", "ins", "ans", "aufs", "übers", "fürs"}
_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
             "keine", "mein", "meine", "unser", "unsere"}
_CLAUSE = {"ich", "wir", "du", "er", "es", "man", "dass", "ob", "wie", "weil", "wenn", "was", "warum", "wo", "wann",
           "welche", "welcher", "welches"}
_FINITE = re.compile(r"\b(?:bin|bist|ist|sind|seid|war|waren|wäre|wären|sei|habe|hast|hat|haben|habt|hatte|hatten|"
                     r"hätte|hätten|werde|wirst|wird|werden|würde|würden|wurde|wurden|kann|können|könnte|könnten|"
                     r"möchte|möchten|mag(?!\.)|will|wollen|wollte|soll|sollen|sollte|sollten|darf|dürfen|dürfte|muss|"
                     r"müssen|müsste|musste|gibt|gab|geht|ging|freue|freut|danke|bedanke|passt|interessiert|fand)\b",
                     re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\b(?:ich|wir|es|er|man|Sie)\s+[a-zäöüß]+(?:e|st|t|en|te|ten)\b"
                           r"|\b[a-zäöüß]+\s+(?:ich|wir)\b"  # verb second: "fand ich", "freue ich"
                           r"|\b[a-zäöüß]+(?:e|st|t|en|te|ten)\s+(?:Sie|es|mich|mir|uns|Ihnen)\b"
                           r"|\b[A-ZÄÖÜ][\w-]*\s+(?!(?:nicht|jetzt|erst|seit|mit|bereits|selbst|sonst|meist|zuletzt|"
                           r"zunächst|oft|gut|weit|bitte|recht|fast|bisschen)\b)[a-zäöüß]{2,}(?:t|te|ten)\b")  # "Team braucht"
_SUBORDINATE = re.compile(r"\b(?:dass|wie|ob|weil|wenn|als|damit|obwohl|sodass|bevor|nachdem|während)\b[^,;:]*")
"""A dependent clause (its verb does not make the sentence whole): read only what is left of the sentence."""
_FORMULA = re.compile(r"^(?:(?:Nochmals\s+)?(?:[Vv]ielen|[Hh]erzlichen|[Bb]esten)\s+Dank|[Dd]anke|Viel Erfolg|Alles Gute|"
                      r"Bis bald)\b")
_ABBREVIATIONS = re.compile(r"\b(?:Dr|Prof|Mag|Dipl|Ing|Univ|z\.\s?B|Nr|ca|bzw|usw|inkl|St|Str|Hr|Fr)\.|\b\d{1,2}\.(?=\s)")


def typed_words(answers: Answers) -> set[str]:
    """Every word the person typed anywhere (answers, company, role, names, titles), casefolded."""
    texts = [*answers.free_texts(), answers.company, answers.role, answers.candidate.name,
             *(p.name for p in answers.interviewers), *(p.title for p in answers.interviewers),
             *(p.address_as for p in answers.interviewers)]
    return {w.casefold().strip(".") for t in texts for w in _WORD.findall(t)}


def _typed_text(answers: Answers) -> str:
    return " " + " ".join(" ".join(_WORD.findall(t)) for t in answers.free_texts()).casefold() + " "


def is_typed(window: str, answers: Answers) -> bool:
    """Whether the words of `window` stand together, in this order, in what the person typed."""
    words = " ".join(_WORD.findall(window)).casefold()
    return bool(words) and f" {words} " in _typed_text(answers)


def sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences: split after . ! ? before a capital, not after "Dr." or "26."."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\x00"), paragraph)
    parts = re.split(r"(?<=[.!?])\s+(?=[„\"(]?[A-ZÄÖÜ])", protected)
    return [p.replace("\x00", ".") for p in parts if p.strip()]


def case_after_preposition(letter: Letter, answers: Answers) -> list[str]:
    out = []
    for typed in answers.free_texts():
        head = _WORD.findall(typed)[:3]
        if len(head) < 2:
            continue
        pattern = re.compile(r"(\S+)\s+(„|\"|')?" + r"\s+".join(re.escape(w) for w in head) + r"\b")
        for p in letter.paragraphs:
            for m in pattern.finditer(p):
                prep, quoted = m.group(1).casefold(), m.group(2)
                first, second = head[0].casefold(), head[1]
                if quoted or prep not in _ACC | _DAT | _CONTRACTED:
                    continue
                wrong = (first in _CLAUSE
                         or prep in _CONTRACTED and first in _ARTICLES
                         or prep in _ACC and (first == "der" or first in {"ein", "kein", "mein", "unser"}
                                              and second.islower() and second.endswith("er"))
                         or prep in _DAT and (first in {"die", "das", "eine", "keine", "meine", "unsere"}
                                              or first == "der" and second.islower() and second.endswith("e")))
                if wrong:
                    out.append(f"{m.group(1)} + typed {' '.join(head)!r}: {p}")
    return out


def no_verb(letter: Letter, answers: Answers) -> list[str]:
    out = []
    for p in letter.paragraphs:
        for s in sentences(p):
            main = _SUBORDINATE.sub(" ", s)
            if _FORMULA.match(s.lstrip("„\"(")) or _FINITE.search(main) or _SUBJECT_VERB.search(main):
                continue
            out.append(f"a sentence without a verb: {s}")
    return out


_LEADS = ("auch", "und", "also", "ausserdem", "außerdem", "plus")


def lead_word_kept(letter: Letter, answers: Answers) -> list[str]:
    out = []
    text = " ".join(letter.paragraphs)
    for typed in answers.free_texts():
        words = typed.split()
        if len(words) < 3 or words[0].casefold() not in _LEADS:
            continue
        m = re.search(r"\s+".join(re.escape(w) for w in words[:3]), text, re.IGNORECASE)
        if m:
            out.append(f"the typed lead word {words[0]!r} kept: {text[max(0, m.start() - 40):m.end() + 20]}")
    return out


def typed_capitals(letter: Letter, answers: Answers) -> list[str]:
    out = []
    text = " ".join(letter.paragraphs)
    for typed in answers.free_texts():
        words = typed.split()
        if len(words) < 3:
            continue
        m = re.search(r"\s+".join(re.escape(w) for w in words[:6]), text, re.IGNORECASE)
        if m is None:
            continue
        changed = [(a, b) for a, b in zip(words[1:6], m.group(0).split()[1:]) if a != b]
        if changed:
            out.append(f"capitals changed in a typed answer {changed}: {m.group(0)}")
    return out
