"""Typing habits, applied to the answers of a corpus file: how people type in a hurry on a phone.

Each mutator takes an answers file as decoded JSON and returns a changed copy (the
argument is never changed). A mutator changes the free-text answers (what was discussed
with each interviewer, what the team needs, the strength, what was forgotten) and, for
the capitals habits, every answer that names something (`NAMING`): your name, the company,
the role, each interviewer's name and job title. Every mutator is deterministic: the same
file always mutates the same way, so a failure can be reproduced by its name alone.

A habit that does not apply to an answer (an empty answer, a URL on a name) leaves it
as it was; a file no mutator changes is not read twice.
"""

from __future__ import annotations

import copy
import re
import zlib
from collections.abc import Callable
from typing import Any

Answers = dict[str, Any]
FREE = ("their_needs", "your_strength", "forgot_to_mention")
"""Top-level free-text answers; every interviewer's "topic" is one too."""

LONG = 590
"""Characters of an answer made by joining two answers: the length people paste from notes."""
LIMIT = 600
"""The schema's limit on a free-text answer: a mutated answer stays a valid one."""


def _free_paths(data: Answers) -> list[tuple[Any, str]]:
    """(container, key) of every non-empty free-text answer, in file order."""
    out: list[tuple[Any, str]] = [(p, "topic") for p in data.get("interviewers", []) if p.get("topic", "").strip()]
    out += [(data, k) for k in FREE if str(data.get(k, "")).strip()]
    return out


NAMING = ("candidate.name", "company", "role", "interviewers.name", "interviewers.title")
"""The answers that name something, typed the way the capitals habits type everything."""


def _naming_paths(data: Answers) -> list[tuple[Any, str]]:
    """(container, key) of every non-empty answer of `NAMING`."""
    out: list[tuple[Any, str]] = [(data.get("candidate", {}), "name"), (data, "company"), (data, "role")]
    for person in data.get("interviewers", []):
        out += [(person, "name"), (person, "title")]
    return [(holder, key) for holder, key in out if str(holder.get(key, "")).strip()]


def _each(change: Callable[[str, int, str], str], names: Callable[[str], str] | None = None) -> Callable[[Answers], Answers]:
    """A mutator that applies `change(text, position, key)` to every free-text answer (and `names` to
    every answer of `NAMING`)."""

    def mutate(data: Answers) -> Answers:
        out = copy.deepcopy(data)
        for i, (holder, key) in enumerate(_free_paths(out)):
            text = holder[key]
            changed = change(text, i, key)
            while len(changed) > LIMIT:  # the habit on an answer near the limit: the answer gives way
                text = text[: len(text) - (len(changed) - LIMIT) - 1].rsplit(" ", 1)[0]
                changed = change(text, i, key)
            holder[key] = changed
        if names is not None:
            for holder, key in _naming_paths(out):
                holder[key] = names(holder[key])
        return out

    return mutate


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _no_apostrophes(text: str, i: int, key: str) -> str:
    return re.sub(r"['’]", "", text)


def _no_final_stop(text: str, i: int, key: str) -> str:
    return text.rstrip().rstrip(".!")


LEADS = ("also", "and", "so", "plus")


def _lead(text: str, i: int, key: str) -> str:
    word = LEADS[(_seed(text) + i) % len(LEADS)]
    return f"{word} {text[:1].lower() + text[1:] if text[1:2].islower() else text}"


EMOJIS = ("😊", "🙏", "👍", "🙂")


def _emoji(text: str, i: int, key: str) -> str:
    return f"{text.rstrip()} {EMOJIS[(_seed(text) + i) % len(EMOJIS)]}"


def _points(text: str) -> list[str]:
    """The answer as two or three points, split where it joins things ("and", ", ", "; ")."""
    parts = [p.strip(" .;,") for p in re.split(r";|,\s+|\s+and\s+|\n", text) if p.strip(" .;,-")]
    parts = [re.sub(r"^[-*•]\s*", "", p) for p in parts]
    if len(parts) < 2:
        parts = [text.strip(" ."), "weekly reporting"]
    return parts[:3]


def _one_line_list(text: str, i: int, key: str) -> str:
    first, *rest = _points(text)
    return first + "; " + "; ".join(f"- {p}" for p in rest)


def _line_list(text: str, i: int, key: str) -> str:
    return "\n".join(f"- {p}" for p in _points(text))


URLS = ("https://www.example.com/blog/2026/11/our-roadmap", "www.example.org/projects/river-data")


def _url(text: str, i: int, key: str) -> str:
    return f"{text.rstrip()} {URLS[(_seed(text) + i) % len(URLS)]}"


def _hashtag(text: str, i: int, key: str) -> str:
    return f"{text.rstrip(' .')} #hiring #opentowork"


def _resume_dates(text: str, i: int, key: str) -> str:
    return f"{text.rstrip(' .')} (2019 - 2023)" if key != "topic" else text


SHORTENED = (("with", "w/"), ("because", "b/c"), ("through", "thru"), ("without", "w/o"))


def _shorthand(text: str, i: int, key: str) -> str:
    """A hurried note's shorthand for every word it can stand for ("w/", "b/c", "thru")."""
    for word, short in SHORTENED:
        text = re.sub(rf"\b{word}\b", short, text)
    return text if "/" in text or "thru" in text else f"{text.rstrip(' .')} w/ the team"


def _phone_marks(text: str, i: int, key: str) -> str:
    """A phone's spacing: a space before each comma, "!!" at the end."""
    return text.rstrip(" .").replace(", ", " , ") + " !!"


def _no_space_after_comma(text: str, i: int, key: str) -> str:
    return re.sub(r",\s+(?=[^\W\d_])", ",", text)


def _ellipsis(text: str, i: int, key: str) -> str:
    """Clauses joined by "..." where a comma or "and" was."""
    joined = re.sub(r",\s+|\s+and\s+", "...", text, count=1)
    return joined if joined != text else f"...{text}"


def durations(options: tuple[str, ...]) -> Callable[[str, int, str], str]:
    """A habit that ends what you bring and what you forgot with a résumé's duration, one of `options`."""

    def change(text: str, i: int, key: str) -> str:
        if key in ("topic", "their_needs"):
            return text
        return text.rstrip(" .") + options[(_seed(text) + i) % len(options)]

    return change


def headings(by_answer: dict[str, tuple[str, ...]]) -> Callable[[str, int, str], str]:
    """A habit that starts each answer with a heading of `by_answer[key]`, as pasted with it."""

    def change(text: str, i: int, key: str) -> str:
        options = by_answer[key]
        return f"{options[(_seed(text) + i) % len(options)]} {text}"

    return change


DURATIONS = (" - 4 years", " – 3 yrs at Contoso", " (18 months)")
HEADINGS = {
    "topic": ("Topic:", "Topics -"),
    "their_needs": ("Needs:", "Requirements –"),
    "your_strength": ("Skills:", "Key strengths -", "Experience:", "Achievements –"),
    "forgot_to_mention": ("Highlights:", "Background -"),
}
"""Headings pasted with an answer from a résumé, a profile or one's notes, by answer."""


_TOLD = re.compile(r"^(?:we (?:discussed|talked about|covered)|discussing|talked about)\s+", re.IGNORECASE)


def _voice(text: str, i: int, key: str) -> str:
    """A topic in the writer's voice: "my …" or "I …" in front of what was discussed (a topic that is a
    sentence about the interviewer, "you asked…", is left as it is)."""
    if key != "topic" or re.match(r"(?:you|your question|how|what|why)\b", text, re.IGNORECASE):
        return text
    text = _TOLD.sub("", text)
    low = text[:1].lower() + text[1:] if text[1:2].islower() else text
    return f"my experience with {low}" if _seed(text) % 2 else f"I told you about {low}"


def _joined(data: Answers) -> Answers:
    """Each free-text answer followed by the others, repeated, to about `LONG` characters, cut at a word."""
    out = copy.deepcopy(data)
    paths = _free_paths(out)
    texts = [h[k].strip() for h, k in paths]
    for n, (holder, key) in enumerate(paths):
        others = texts[n:] + texts[:n]
        joined = ""
        j = 0
        while len(joined) < LONG:
            piece = others[j % len(others)].rstrip(" .")
            joined = f"{joined} {piece[:1].upper() + piece[1:]}." if joined else piece + "."
            j += 1
        cut = joined[:LONG].rsplit(" ", 1)[0].rstrip(" ,;") + "."
        holder[key] = cut
    return out


def _title_lower(name: str) -> str:
    return name.lower()


MUTATORS: dict[str, Callable[[Answers], Answers]] = {
    "lower": _each(lambda t, i, k: t.lower(), _title_lower),
    "upper": _each(lambda t, i, k: t.upper(), str.upper),
    "no-apostrophes": _each(_no_apostrophes),
    "no-final-stop": _each(_no_final_stop),
    "lead-word": _each(_lead),
    "emoji": _each(_emoji),
    "list-one-line": _each(_one_line_list),
    "list-lines": _each(_line_list),
    "url": _each(_url),
    "hashtag": _each(_hashtag),
    "joined-long": _joined,
    "resume-dates": _each(_resume_dates),
    "heading": _each(headings(HEADINGS)),
    "phone-marks": _each(_phone_marks),
    "shorthand": _each(_shorthand),
    "comma-no-space": _each(_no_space_after_comma),
    "ellipsis": _each(_ellipsis),
    "resume-duration": _each(durations(DURATIONS)),
    "writer-voice": _each(_voice),
}
"""Every habit by name; the names appear in test ids and in the expected-failure list."""
