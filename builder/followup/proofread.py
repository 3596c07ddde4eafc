"""Faults a careful reader would circle in a composed sentence, found mechanically.

The composer reads every letter it writes with `faults` and, when one is found, tries
other phrasings and then leaves the answer that caused it out; the tests run the same
reader over a corpus of realistic answers.
"""

from __future__ import annotations

import re
from collections import Counter

from followup.answer_cache import answer_cache

STEMS = ("discuss", "conversation", "talk", "question", "need", "ask", "mention", "bring", "help")
"""Word stems that read as a stutter when a frame's word meets the same stem in the answer."""

_COLON_CAPITAL = re.compile(r"[^\s]:\s+(?![\"“‘(])(\w+)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TALK = re.compile(r"^(?:discuss(?:es|ed|ing|ion|ions)?|conversations?|talk(?:s|ed|ing)?|chat(?:s|ted|ting)?|spoke|"
                   r"speak(?:s|ing)?)$")
"""Words of talking, whole: "conversational Spanish" or "talkative" is not a second word of talking."""
_ONCE = ("also",)
"""Words a sentence says once: a frame's "also" next to the answer's own reads as a stutter."""
_EMBEDDED_QUESTION = re.compile(r"\b(?:about|of|on|into|that|when|hear|how)\s+(?:how|what|why|where|when|which|who)\s+"
                                r"(?:do|does|did|can|could|should|would|will|is|are|was|were)\s+(?:we|you|they|I|it|the|our)\b",
                                re.IGNORECASE)
_BULLET = re.compile(r"[•·▪●]|(?:^|[.!?:]\s+)[-*]\s")
_STRAY_DASH = re.compile(r"\b(?:that|about|mention|is|was|on|of|to|when|and)\s+[-–—*]\s", re.IGNORECASE)
"""A dash right after the letter's own words ("…mention that - I have…"): what a lead-in left behind."""


def _doubled(sentence: str) -> str | None:
    # Tokens as written, so that "Johnson & Johnson" or "Q&A" keep their separator between the words.
    words = [(_WORD.fullmatch(t.strip(".,;:!?\"“”‘’()")) or [""])[0].lower() for t in sentence.split()]
    for a, b in zip(words, words[1:]):
        if a and a == b and len(a) > 1 and a not in ("that", "had", "very", "bye", "so", "is"):
            return f'"{a} {b}"'
        stem = a and b and next((s for s in STEMS if a.startswith(s) and b.startswith(s)), None)
        if stem:
            return f'"{a} {b}"'
    for word in _ONCE:
        if words.count(word) > 1:
            return f'"{word} … {word}"'
    talk = [i for i, w in enumerate(words) if w and _TALK.match(w)]
    for i, j in zip(talk, talk[1:]):
        if j - i <= 2:  # "our conversation about discussing"
            return f'"{" ".join(words[i:j + 1])}"'
    return None


_GERMAN_QUOTED_QUESTION = re.compile(r"[„\"“][^“\"”]*\?[“\"”]")


def faults(text: str, names: frozenset[str] = frozenset(), family: str = "en") -> list[str]:
    """What reads wrong in one paragraph of a letter; empty when nothing does.

    `names` are words the person typed with a capital (names, products, places): after
    a colon they may keep it. Checked: a capital after a colon in mid-sentence, a word
    or stem doubled at a seam ("discussion in which we discussed" is caught by its stems
    only when adjacent), "also" twice anywhere in one sentence, a bullet marker or a
    line break inside a sentence, a question mark inside a sentence that is not quoted,
    a dash left after the letter's words, a bracket left open in a sentence, and an empty
    slot left by a template (two spaces, " ." or " ,").

    A letter in another language (`family`) is read only for what every language shares: line
    breaks, bullets, brackets, a word doubled, a question mark in a sentence that does not quote
    it, empty slots and sentences opening alike (German writes nouns and "Sie" with a capital, and
    a full sentence after a colon too, so the capitals are English's checks alone).

    Cached per paragraph (`followup.answer_cache`); each call gets a list of its own.
    """
    return list(_faults(text, names, family))


@answer_cache(maxsize=1024)
def _faults(text: str, names: frozenset[str], family: str) -> tuple[str, ...]:
    if family != "en":
        return tuple(_shared_faults(text))
    out: list[str] = []
    if "\n" in text:
        out.append("a line break inside a paragraph")
    if _BULLET.search(text):
        out.append("a bullet marker inside a sentence")
    if _STRAY_DASH.search(text):
        out.append("a stray dash after the letter's words")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if sentence.count("(") != sentence.count(")") or sentence.count("[") != sentence.count("]"):
            out.append("a bracket left open")
    for m in _COLON_CAPITAL.finditer(text):
        word = m.group(1)
        if word[:1].isupper() and word != "I" and not word.startswith(("I'", "I’")) and word not in names:
            out.append(f'a capital after a colon ("{word}")')
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        doubled = _doubled(sentence)
        if doubled:
            out.append(f"a doubled word {doubled}")
        if _EMBEDDED_QUESTION.search(sentence) and not re.search(r"[\"“]", sentence):
            out.append("a question turned into a statement")
        inner = sentence.rstrip("\"”’)").rstrip("?")
        if "?" in inner and not re.search(r"[\"“][^\"”]*\?[\"”]", sentence):
            out.append("a question inside a statement")
    if re.search(r"\s[.,;:]|\s{2,}", text):
        out.append("an empty slot")
    out += repeated_openings(text) + _stray_capitals(text, names)
    return tuple(out)


def _shared_faults(text: str) -> list[str]:
    out: list[str] = []
    if "\n" in text:
        out.append("a line break inside a paragraph")
    if re.search(r"[•·▪●]|(?:^|[.!?:]\s+)[-*]\s", text):
        out.append("a bullet marker inside a sentence")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if sentence.count("(") != sentence.count(")") or sentence.count("[") != sentence.count("]"):
            out.append("a bracket left open")
        raw = sentence.split()
        words = [w.strip(".,;:!?\"„“”()").lower() for w in raw]
        # a word repeated across a comma is a list ("mit Anna, Anna Müller"), not a stutter
        doubled = next((a for a, b, seam in zip(words, words[1:], raw) if a and a == b and len(a) > 1
                        and a not in ("die", "das") and not seam.endswith((",", ";", ":"))), None)
        if doubled:
            out.append(f'a doubled word "{doubled} {doubled}"')
        inner = sentence.rstrip("\"”“)").rstrip("?")
        if "?" in inner and not _GERMAN_QUOTED_QUESTION.search(sentence):
            out.append("a question inside a statement")
    if re.search(r"\s[.,;:]|\s{2,}", text):
        out.append("an empty slot")
    return out + repeated_openings(text)


def repeated_openings(text: str) -> list[str]:
    """Two sentences of `text` (a paragraph, or a whole letter) that open with the same three words
    ("It was great… It was great…"). Cached per text; each call gets a list of its own."""
    return list(_repeated_openings(text))


@answer_cache(maxsize=1024)
def _repeated_openings(text: str) -> tuple[str, ...]:
    openings = [" ".join(s.lower().split()[:3]) for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
    return tuple(f'two sentences opening "{o}"' for o in {o for o in openings if openings.count(o) > 1})


def _stray_capitals(text: str, names: frozenset[str]) -> list[str]:
    """A common word with a capital inside a sentence ("…is that The corpus…"), unless typed so in a name."""
    from followup.wording import COMMON_STARTERS

    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = sentence.split()
        for i, word in enumerate(words[1:], start=1):
            core = word.strip("\"'“”‘’(),;:.!?")
            if not core or core == "I" or not core[0].isupper() or core[1:] != core[1:].lower():
                continue
            if core.lower() not in COMMON_STARTERS or words[i - 1].endswith((":", '"', "“")) or word[:1] in "\"“‘'(":
                continue
            if core not in names:
                out.append(f'a capital inside a sentence ("{core}")')
    return out


_REASONS = (
    ("a line break", "it runs over several lines", "write it as one sentence"),
    ("a bullet marker", "it is a list", "keep the one point that matters most"),
    ("a capital after a colon", "what follows its colon ({0}) cannot keep its capital mid-sentence",
     "say it without the colon"),
    ("a doubled word", "next to the letter's own words it reads {0}", "say it without that word"),
    ("a question", "it is a question the letter could not turn into a statement",
     "write what you want to know as a statement"),
    ("a stray dash", "it starts with a dash, which reads as a stray mark after the letter's words",
     "start it with its first word"),
    ("a bracket left open", "it has a bracket that is not closed", "close the bracket or leave it out"),
    ("a phrase said twice", "with it the letter would say {0} twice, however it is phrased",
     "say it in other words"),
    ("an empty slot", "once tidied it leaves a gap in the sentence, a stray comma, bracket or dash",
     "write it as a whole phrase"),
    ("two sentences opening", "it starts the same way as the letter's sentence next to it ({0})",
     "start it differently"),
    ("a capital inside a sentence", "it gives {0} a capital in the middle of the letter's sentence",
     "write that word in lower case unless it is a name"),
)


REPEAT_WORDS = 4
"""A letter never says a phrase of this many words twice (unless the person typed it)."""
_SMALL = frozenset("the a an to of and or i you in on for with about it was is that my your our we at".split())
_GRAM_WORD = re.compile(r"[\w'’-]+")


def repeated_phrases(text: str, typed: str = "", masks: tuple[str, ...] = ()) -> list[str]:
    """Faults for each phrase of `REPEAT_WORDS` words that the whole letter `text` says twice.

    A phrase is the person's own, and no fault, when two of its words that are not both small
    ones stand together in `typed` (their answers). Each of `masks` (the company, the role) counts
    as one word: a long name said twice is the name said twice, not a repeated phrase.

    Cached per letter, answers and masks (a keystroke elsewhere leaves the letter's text as it was);
    each call gets a list of its own.
    """
    return list(_repeated_phrases(text, typed, tuple(masks)))


@answer_cache(maxsize=256)
def _repeated_phrases(text: str, typed: str, masks: tuple[str, ...]) -> tuple[str, ...]:
    for i, needle in enumerate(m for m in masks if m):
        text = re.sub(re.escape(needle), f" qmask{i}q ", text, flags=re.IGNORECASE)
    words = _GRAM_WORD.findall(text.casefold())
    own = " " + " ".join(_GRAM_WORD.findall(typed.casefold())) + " "
    grams = [" ".join(words[i:i + REPEAT_WORDS]) for i in range(len(words) - REPEAT_WORDS + 1)]

    def typed_in(gram: str) -> bool:
        pair = gram.split()
        return any(f" {a} {b} " in own and not {a, b} <= _SMALL for a, b in zip(pair, pair[1:]))

    counts = Counter(grams)  # in order of first appearance, as the faults are listed
    return tuple(f'a phrase said twice: "{g}"' for g, n in counts.items() if n > 1 and not typed_in(g))


def reason(fault: str, language: str = "en-US") -> str:
    """Why an answer that caused `fault` was left out, as `check` says it: "<cause> (<what to type>)".

    `fault` is one of the strings `faults` returns; an unknown one gets a general reason. No
    colon in the result: `check` puts it after one. The words are the letter language's (its
    `letters` table's `FAULT_REASONS`, English's own here).
    """
    from followup.languages import get

    quoted = re.search(r"(\"[^\"]*\")\)?$", fault)
    table = getattr(get(language).table("letters"), "FAULT_REASONS", None)
    if table is not None:
        for prefix, cause, fix in table:
            if fault.startswith(prefix):
                return f"{cause.format(quoted.group(1) if quoted else 'ein Wort')} ({fix})"
        return table[-1][1]
    for prefix, cause, fix in _REASONS:
        if fault.startswith(prefix):
            return f"{cause.format(quoted.group(1) if quoted else 'a word')} ({fix})"
    return f"it reads wrong in the letter ({fault})"
