"""Typing habits of people writing German in a hurry, applied to the German corpus's answers.

The English habits (`mutators.MUTATORS`) that make sense in German are reused as they are: all lower
case, all capitals, no final stop, an emoji, a link, hashtags, answers joined into one long one,
résumé dates. Those that would put English words into a German answer ("also"/"and" in front, "my
experience with …", a list padded with "weekly reporting") are replaced by German ones, and German
adds its own:

  umlauts       ä ö ü ß typed as ae oe ue ss, in the answers and in the names (a keyboard without them)
  lower-nouns   nouns typed in lower case, the first word of an answer and "Sie/Ihnen/Ihr" kept
  no-commas     every comma left out (German sets many more than English)
  lead-word-de  an answer begun with "auch", "und", "also" or "ausserdem"
  list-de       an answer typed as a list of two or three points, one a line
  duration-de   a résumé's duration after a dash or in brackets ("– 3 Jahre bei Contoso", "(18 Monate)")
  heading-de    an answer pasted with its heading from a résumé or notes ("Kenntnisse:", "Erfahrung –")

Same contract as `mutators`: a mutator returns a changed copy (never changes its argument), is
deterministic, and keeps a valid answers file (an answer pushed past the limit gives way).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mutators import MUTATORS, Answers, _each, _seed, durations, headings

REUSED = ("lower", "upper", "no-final-stop", "emoji", "url", "hashtag", "joined-long", "resume-dates", "phone-marks",
          "comma-no-space", "ellipsis")
"""The English habits that read the same in German."""

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_READER = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"}


def _umlauts(text: str, i: int, key: str) -> str:
    return text.translate(_UMLAUTS)


def _lower_nouns(text: str, i: int, key: str) -> str:
    words = text.split(" ")
    return " ".join(w if n == 0 or w.strip("„\"(),.;:!?") in _READER else w.lower() for n, w in enumerate(words))


def _no_commas(text: str, i: int, key: str) -> str:
    return text.replace(",", "")


LEADS = ("auch", "und", "also", "ausserdem")


def _lead(text: str, i: int, key: str) -> str:
    word = LEADS[(_seed(text) + i) % len(LEADS)]
    first = text.split(" ", 1)[0]
    keep = first in _READER or not first[1:2].islower() or key == "topic"  # a topic's noun keeps its capital
    return f"{word} {text if keep else text[:1].lower() + text[1:]}"


def _list(text: str, i: int, key: str) -> str:
    parts = [p.strip(" .;,-") for p in re.split(r";|,\s+|\s+und\s+|\n", text) if p.strip(" .;,-")]
    if len(parts) < 2:
        return text
    return "\n".join(f"- {p}" for p in parts[:3])


DURATIONS_DE = (" - 4 Jahre", " – 3 Jahre bei Contoso", " (18 Monate)")
HEADINGS_DE = {
    "topic": ("Thema:", "Stichwort –"),
    "their_needs": ("Anforderungen:", "Bedarf -"),
    "your_strength": ("Kenntnisse:", "Stärken -", "Erfahrung:", "Skills –"),
    "forgot_to_mention": ("Erfolge:", "Qualifikationen -"),
}


MUTATORS_DE: dict[str, Callable[[Answers], Answers]] = {
    **{name: MUTATORS[name] for name in REUSED},
    "umlauts": _each(_umlauts, lambda name: name.translate(_UMLAUTS)),
    "lower-nouns": _each(_lower_nouns),
    "no-commas": _each(_no_commas),
    "lead-word-de": _each(_lead),
    "list-de": _each(_list),
    "heading-de": _each(headings(HEADINGS_DE)),
    "duration-de": _each(durations(DURATIONS_DE)),
}
"""Every habit applied to the German corpus, by name."""
