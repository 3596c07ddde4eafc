"""Small text helpers every part of the composer shares: one line, capitals, lists, clipping.

Pure functions on strings; none of them knows about letters or answers.
"""

from __future__ import annotations

import re

TRAILING = ".;:,!?-–— "
"""Characters stripped from the end of a phrase before a template adds its own stop."""


def clean(text: str | None) -> str:
    """One line of text: whitespace collapsed, so user text can never break paragraphs."""
    return " ".join((text or "").split())


def tidy(text: str) -> str:
    """One line, and no doubled full stop after a name that ends with one ("Acme Inc..")."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", clean(text))


_SPACE_BEFORE = re.compile(r"[ \t]+([,;:!?]|\.(?!\.))(?=\s|$)")
_SPACE_BEFORE_WORD = re.compile(r"[ \t]+([,;])(?=[^\W\d_])")
_REPEATED = re.compile(r"([!?])[!?]+")
_NO_SPACE_AFTER = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")
_LEADING_ELLIPSIS = re.compile(r"^\s*(?:\.{2,}|…)\s*")
_ELLIPSIS = re.compile(r"[ \t]*(?:\.{2,}|…)[ \t]*(?=(\w))")


def typed_punctuation(text: str) -> str:
    """A phone's punctuation as a sentence writes it: no space before , ; : ! ? or a stop ("great ,
    thanks"), a space after a comma between words ("dbt,Excel"), one ! or ? ("!!!", "?!"), and an
    ellipsis between words a comma before a small letter ("reporting...cut" -> "reporting, cut") or a
    stop before a capital. Edge cases: a number keeps its comma ("1,000") and an emoticon its colon
    (":)"); an ellipsis at the start goes, one at the end is left to `TRAILING`; line breaks stay."""
    text = _LEADING_ELLIPSIS.sub("", _SPACE_BEFORE.sub(r"\1", _REPEATED.sub(r"\1", text)))
    text = _SPACE_BEFORE_WORD.sub(r"\1 ", text)
    text = _ELLIPSIS.sub(lambda m: ". " if m.group(1)[:1].isupper() else ", ", text)
    return _NO_SPACE_AFTER.sub(", ", text)


def upper_first(text: str) -> str:
    """Capitalise the first character only ("iOS apps" stays "IOS apps": callers avoid that case)."""
    return text[:1].upper() + text[1:] if text else text


COMMON_STARTERS = frozenset("""
the a an how what why when where which whether who whom your their our my his her its some this that these
those ways we you they she he it there being having someone somebody more better faster fewer less
to people strong deep solid extensive proven broad hands-on several many two three four five six seven
eight nine ten years year experience expertise knowledge skills skill background fluency fluent excellent
good great practical direct recent over nearly almost about around most reliable clean cleaner clear
clearer accurate consistent help support also and plus one another any all each every both either
neither no not only just really very much lots plenty data new old current next first last final whole
team teams staff customer customers client clients patient patients student students user users
improving reducing growing building making getting moving managing leading running creating designing
developing delivering scaling hiring training teaching writing working handling keeping setting cutting
fixing finding using bringing migrating automating moving shipping supporting onboarding planning
quality speed cost costs time budget process processes project projects plan plans strategy roadmap
problem problems issue issues challenge challenges need needs goal goals question questions
communication leadership management ownership collaboration teamwork attention care focus
if because since although though while during after before until with without within across between
for from in on at by into onto of as like than then so such same other others own
""".split())
"""Words that start a phrase without being a name: lower-cased when the phrase goes mid-sentence.

A word not listed keeps its capital ("Kubernetes", "Monday", "Excel"): a proper noun
spelled in lower case is a worse mistake than a common word left capitalised.
"""


def lower_first_word(text: str) -> str:
    """Lower-case the first word when it is a common word written with a capital ("The" -> "the").

    Words in capitals or with inner capitals ("SQL", "McKinsey", "iPhone"), "I", and
    any word not in COMMON_STARTERS (a likely name) are left alone; a hyphenated word whose
    first part is common is lowered ("First-class" -> "first-class", "Well-known").
    """
    first, sep, rest = text.partition(" ")
    core = first.strip("\"'“‘(,")
    if len(core) > 1 and core[1:] != core[1:].lower():
        return text
    common = core.lower() in COMMON_STARTERS or core.lower().rstrip("'’s") in COMMON_STARTERS
    if common or (core.count("-") == 1 and core.lower().split("-")[0] in COMMON_STARTERS and core[1:].islower()):
        return first.replace(core[:1], core[:1].lower(), 1) + sep + rest
    return text


def join_names(names: list[str], conjunction: str = "and") -> str:
    """"A", "A and B", "A, B and C"."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


def clip(text: str, limit: int) -> str:
    """Shorten text to at most `limit` characters at a word boundary, with an ellipsis.

    Only for names and titles that must fit a hard limit; sentences are shortened by
    leaving parts out, never by clipping.
    """
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ""
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():  # the cut falls inside a word: drop that word
        space = cut.rfind(" ")
        if space >= max(1, (limit - 1) // 2):
            cut = cut[:space]
    cut = cut.rstrip(TRAILING)
    return cut + "…" if cut else ""


def shorten_title(title: str, limit: int) -> str:
    """A job title cut at its own seams to fit `limit`: "Senior Data Analyst (Contract, 12 months)"
    -> "Senior Data Analyst"; words are dropped from the end only when no seam helps.
    """
    title = clean(title)
    if len(title) <= limit:
        return title
    for seam in (" (", " – ", " — ", " - ", ", ", " / ", " | "):
        head = title.split(seam)[0].strip()
        if head and len(head) <= limit:
            return head
    words = title.split()
    while words and (len(" ".join(words)) > limit or words[-1].lower() in _DANGLING):
        words.pop()
    return " ".join(words).rstrip(TRAILING)


_DANGLING = frozenset({"of", "and", "for", "the", "in", "at", "to", "&", "-", "–", "a", "an", "with", "on"})


# Emoji, not symbols: ✓ ★ ☎ ✉ • → are fine in a letter (resume bullets), ✉️ 😊 ⏰ 🇬🇧 👩‍💻 1️⃣ are not.
# A base is a pictograph (U+1F000 up), a BMP character shown as emoji by default, a symbol
# followed by the emoji selector U+FE0F, or a keycap; a whole sequence is matched, to quote it whole.
_EMOJI_BASE = (
    "(?:[\U0001F1E6-\U0001F1FF]{2}"  # a flag: two regional indicators
    "|[\U0001F000-\U0001FAFF]"
    "|[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1"
    "\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A"
    "\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]"
    "|[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u21AA\u2300-\u27BF\u2934\u2935\u2B05-\u2B55\u3030"
    "\u303D\u3297\u3299]\uFE0F"
    "|[0-9#*]\uFE0F?\u20E3)"
)
_EMOJI_MODS = "(?:[\U0001F3FB-\U0001F3FF]|\uFE0F|[\U000E0020-\U000E007F])*"  # skin tones, selector, tags
EMOJI = re.compile(f"{_EMOJI_BASE}{_EMOJI_MODS}(?:\u200D{_EMOJI_BASE}{_EMOJI_MODS})*")
