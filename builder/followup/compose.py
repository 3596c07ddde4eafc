"""Compose follow-up letters from answers.

The wording lives in Jinja2 templates (`followup.templates`); this module
prepares what the templates need (names, dates, the user's phrases made to fit
into a sentence) and assembles the structured `Letter`. User text is only ever
passed to the templates as variables, never compiled as a template.

Panel notes vary by the interviewer's position in the list: each sentence slot
has several phrasings, and the note's plan (which supporting sentences it uses,
whether it mentions the other panel members) changes with the index, so that
notes to one panel are not the same text with a new name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

from followup.answers import Answers, Interviewer
from followup.letter import Letter, body_text
from followup.schema import MESSAGE_LIMIT

PARA = "\x1e"
"""Paragraph mark the templates write between paragraphs (ASCII record separator).

Python counts it as whitespace, so `clean` strips it from anything a person types:
only a template can start a new paragraph.
"""

MAX_CHECK_INS = 2
"""Two check-ins is the polite maximum; after that, move on."""

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SIGN_OFFS = {
    ("formal", "letter"): "Yours sincerely",
    ("formal", "email"): "Kind regards",
    ("formal", "message"): "Kind regards",
    ("warm", "letter"): "Warm regards",
    ("warm", "email"): "Best regards",
    ("warm", "message"): "Best",
    ("brief", "letter"): "Thanks",
    ("brief", "email"): "Thanks",
    ("brief", "message"): "Thanks",
}
"""Default sign-off by tone and channel, used when the person leaves theirs empty."""

STAGE_NOUNS = {
    "phone-screen": "phone call",
    "video": "video interview",
    "on-site": "interview",
    "panel": "panel interview",
    "final": "final-round interview",
}

# Names that are really a role or a group: greet them as written ("Dear Hiring Manager,").
ROLE_WORDS = frozenset({
    "hiring", "manager", "recruiter", "recruiting", "recruitment", "team", "hr", "talent",
    "sir", "madam", "committee", "panel", "department", "people", "whom", "interviewer",
})
HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.",
                        "ms", "ms.", "mx", "mx.", "sir", "dame"})

# Words that begin a phrase but are not names: lower-cased when the phrase goes mid-sentence.
LEADING_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "how", "what", "why", "when", "where", "which", "whether", "who",
    "your", "their", "our", "my", "his", "her", "its", "some", "this", "that", "these",
    "those", "ways", "we", "you", "they", "she", "he", "it", "there", "being", "having",
    "someone", "somebody", "more", "better", "faster", "fewer", "less", "building",
    "making", "getting", "moving", "improving", "reducing", "growing", "to", "people",
    # common openings of a strength or a need typed as a phrase ("Strong SQL skills")
    "strong", "deep", "solid", "extensive", "proven", "broad", "hands-on", "several", "many", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "years", "experience",
    "expertise", "knowledge", "skills", "background", "fluency", "fluent", "excellent", "good",
    "great", "practical", "direct", "recent", "over", "nearly", "almost", "about", "around", "most",
    "reliable", "clean", "cleaner", "clear", "clearer", "accurate", "consistent", "help", "support",
})
CLAUSE_SUBJECTS = frozenset({"we", "you", "i", "they", "she", "he"})
IRREGULAR_PAST = frozenset({
    "built", "led", "ran", "grew", "cut", "wrote", "made", "taught", "won", "drove", "set",
    "brought", "took", "gave", "kept", "sold", "began", "found", "held", "met", "spent",
    "shipped", "rebuilt", "rewrote", "overhauled", "oversaw", "launched",
})
FIRST_PERSON = re.compile(r"\b([Ii]|[Ii]'m|[Ii]'ve|[Ii]'d|[Ii]'ll|[Mm]y|[Ww]e)\b|\b[Ii]’[a-z]+")
FORGOT_PREFIX = re.compile(
    r"^(?:i\s+)?(?:forgot|meant|wanted|didn't get|did not get|neglected)\s+to\s+"
    r"(?:mention|say|tell you|add)\s*(?:that\s+)?(?::\s*)?", re.IGNORECASE)
TRAILING = ".;:,!?-–— "


class Refused(ValueError):
    """The letter should not be written; the message says why and what to do instead."""


@dataclass(frozen=True)
class _Parts:
    """The user's phrases, each made to fit the slot where a template puts it."""

    topic: str
    topic_clause: bool
    needs: str
    strength: str
    strength_np: bool
    forgot: str


# --- text helpers -------------------------------------------------------------------


def clean(text: str) -> str:
    """One line of text: whitespace collapsed, so user text can never break paragraphs."""
    return " ".join((text or "").split())


def _lower_first(text: str) -> str:
    """Lower-case a leading function word ("The plan" -> "the plan"); leave names alone."""
    first, sep, rest = text.partition(" ")
    if first.lower() in LEADING_FUNCTION_WORDS and (not first.isupper() or len(first) == 1):
        return first.lower() + sep + rest
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _phrase(text: str) -> str:
    """A user phrase ready to sit inside a sentence: no trailing stop, no capital function word."""
    return _lower_first(clean(text).rstrip(TRAILING))


def _sentence(text: str) -> str:
    """A user sentence without its final stop (the template adds it), capitalised."""
    return _upper_first(clean(text).rstrip(TRAILING))


def _is_clause(text: str) -> bool:
    """True when the text reads as a sentence about the conversation ("you asked me …")."""
    words = clean(text).split()
    return len(words) >= 2 and words[0].lower().strip(",") in CLAUSE_SUBJECTS


def _first_word_is_past_verb(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in {"seed", "speed", "need"})


def _parts(answers: Answers, interviewer: Interviewer | None) -> _Parts:
    topic = clean(interviewer.topic) if interviewer else ""
    topic_clause = _is_clause(topic)
    strength = clean(answers.your_strength)
    strength_np = False
    if strength:
        first = strength.split()[0]
        if FIRST_PERSON.search(strength) or first[:1].isupper() and first.lower() in {
            "at", "in", "as", "over", "while", "during", "last", "since", "for", "after", "before"
        }:
            strength = _sentence(strength)
        elif _first_word_is_past_verb(first):
            strength = "I " + _lower_first_word(strength.rstrip(TRAILING))
        elif first.lower().endswith("ing") and len(first) > 4:  # "Managing a team of five"
            strength, strength_np = "experience " + _lower_first_word(strength.rstrip(TRAILING)), True
        else:
            strength, strength_np = _phrase(strength), True
    forgot = clean(answers.forgot_to_mention)
    forgot = FORGOT_PREFIX.sub("", forgot)
    if forgot.lower().startswith("that "):
        forgot = forgot[5:]
    return _Parts(
        topic=_phrase(topic) if not topic_clause else _lower_first(topic.rstrip(TRAILING)),
        topic_clause=topic_clause,
        needs=_phrase(answers.their_needs),
        strength=strength,
        strength_np=strength_np,
        forgot=_phrase(forgot) if forgot else "",
    )


def _lower_first_word(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first[1:].islower() or len(first) == 1:
        first = first.lower()
    return first + (" " + rest if rest else "")


def clip(text: str, limit: int) -> str:
    """Shorten text to at most `limit` characters at a word boundary, with an ellipsis."""
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


# --- names and dates ----------------------------------------------------------------


def format_date(d: date, with_year: bool = True) -> str:
    """"28 November 2026": unambiguous everywhere, and independent of the machine's locale."""
    out = f"{d.day} {MONTHS[d.month - 1]}"
    return f"{out} {d.year}" if with_year else out


def _is_role_name(name: str) -> bool:
    words = {w.strip(".,").lower() for w in name.split()}
    return bool(words & ROLE_WORDS) or not name.strip()


def _names(name: str) -> tuple[str, str, str]:
    """(full, familiar, formal) forms of a name; familiar is the first name.

    Without titles we cannot write "Dear Ms. Lee", so formal letters use the full name.
    An honorific the person typed ("Dr. Priya Raman") is kept: "Dr. Raman".
    """
    full = clean(name)
    if _is_role_name(full):
        return full, full, full
    words = full.split()
    if words[0].lower() in HONORIFICS and len(words) >= 2:
        honorific = words[0] if words[0].endswith(".") or words[0].lower() in {"sir", "dame", "professor"} \
            else words[0] + "."
        short = f"{honorific} {words[-1]}"
        return full, short, short
    return full, words[0], full


def _salutation(tone: str, channel: str, interviewer: Interviewer | None) -> str:
    if interviewer is None or not clean(interviewer.name):
        return {"formal": "Dear Hiring Team,", "warm": "Dear Hiring Team,", "brief": "Hello,"}[tone]
    full, familiar, formal = _names(interviewer.name)
    if _is_role_name(full):
        return f"Dear {full},"
    if channel == "message":
        return f"Dear {familiar}," if tone == "formal" else f"Hi {familiar},"
    return {"formal": f"Dear {formal},", "warm": f"Dear {familiar},", "brief": f"Hi {familiar},"}[tone]


def _when(interview: date | None, today: date, tone: str, channel: str) -> str:
    """" yesterday", " on Tuesday", " on 24 November" or "": when the interview was, as a person says it.

    A printed letter arrives days later and formal letters prefer the date itself, so
    both always name the date.
    """
    if interview is None:
        return ""
    days = (today - interview).days
    if tone != "formal" and channel != "letter" and 0 <= days <= 6:
        if days == 0:
            return " today"
        if days == 1:
            return " yesterday"
        return f" on {WEEKDAYS[interview.weekday()]}"
    return " on " + format_date(interview, with_year=interview.year != today.year)


def _sign_off(answers: Answers) -> str:
    default = SIGN_OFFS[(answers.tone, answers.channel)]
    if answers.kind == "after-rejection" and default == "Thanks":
        default = "Best"  # the brief reply already opens with thanks
    words = clean(answers.sign_off) or default
    words = words.rstrip(", ")
    return words if words[-1:] in "!." else words + ","


def _lines(text: str) -> tuple[str, ...]:
    """An address as lines: its own line breaks, or else its commas."""
    raw = (text or "").strip()
    if not raw:
        return ()
    parts = raw.splitlines() if "\n" in raw else raw.split(",")
    return tuple(line for line in (clean(p) for p in parts) if line)


def role_title(role: str) -> str:
    """The role as letters name it: "Data Analyst role" -> "Data Analyst" (they add their own noun)."""
    title = clean(role)
    return re.sub(r"\s+(role|position|job|opening|vacancy)$", "", title, flags=re.IGNORECASE) or title


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- templates ----------------------------------------------------------------------


def _load_template(name: str) -> str:
    return files("followup.templates").joinpath(name).read_text(encoding="utf-8")


SLOT_SHIFTS = (2, 1, 3, 4, 1, 1)
"""How far each sentence slot's phrasing moves on for notes beyond the first `count`.

Chosen by trying every combination on panels of six to eight people with identical
topics: with these, no two notes share more than a third of their sentences.
"""


def variant(index: int, slot: int, count: int = 5) -> int:
    """Which of `count` phrasings sentence slot number `slot` uses in note `index`.

    The first `count` notes of a panel get different phrasings; beyond that each
    slot moves on by its own shift, so that two notes rarely share a phrasing in
    more than one slot.
    """
    return (index + SLOT_SHIFTS[slot] * (index // count)) % count


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    """The template environment: plain text out, every variable required."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["variant"] = variant
    env.globals["PARA"] = PARA
    return env


def _paragraphs(rendered: str) -> tuple[str, ...]:
    """Template output split at PARA marks, each paragraph on one line."""
    blocks = str(rendered).split(PARA)
    return tuple(p for p in (" ".join(b.split()) for b in blocks) if p)


# --- composing ----------------------------------------------------------------------


def _context(answers: Answers, today: date, index: int, interviewer: Interviewer | None) -> dict[str, Any]:
    parts = _parts(answers, interviewer)
    role = role_title(answers.role)
    noun = "position" if answers.tone == "formal" else "role"
    others: list[str] = []
    if interviewer is not None and len(answers.interviewers) > 1:
        n = len(answers.interviewers)
        picks = [(index + 1) % n, (index - 1) % n] if n > 2 else [(index + 1) % n]
        for j in dict.fromkeys(p for p in picks if p != index):
            full, familiar, _ = _names(answers.interviewers[j].name)
            others.append(full if answers.tone == "formal" else familiar)
        others_text = _join_names(others)
        if n > 3:
            others_text = ", ".join(others) + (" and the rest of the panel")
    else:
        others_text = ""
    title = clean(interviewer.title) if interviewer else ""
    return {
        "tone": answers.tone,
        "channel": answers.channel,
        "index": index,
        "panel": len(answers.interviewers) > 1 and answers.kind == "thank-you",
        "company": clean(answers.company),
        "role": role,
        "role_noun": f"the {role} {noun}",
        "title": title,
        "at_when": _when(answers.interview_date, today, answers.tone, answers.channel),
        "interview_date": format_date(answers.interview_date, answers.interview_date.year != today.year)
        if answers.interview_date else "",
        "stage_noun": STAGE_NOUNS.get(answers.stage, "interview"),
        "topic": parts.topic,
        "topic_clause": parts.topic_clause,
        "needs": parts.needs,
        "strength": parts.strength,
        "strength_np": parts.strength_np,
        "forgot": parts.forgot if index == 0 else "",
        "others": others_text,
        "decision": format_date(answers.decision_date, answers.decision_date.year != today.year)
        if answers.decision_date else "",
        "decision_passed": bool(answers.decision_date and answers.decision_date < today),
        "check_in_number": answers.check_in_number,
        "ask_for_feedback": answers.ask_for_feedback,
        "candidate": clean(answers.candidate.name),
        "addressed": bool(interviewer and clean(interviewer.name) and not _is_role_name(interviewer.name)),
        "size": 0,
    }


def _letter(answers: Answers, today: date, index: int, interviewer: Interviewer | None) -> Letter:
    template = _env().get_template(f"{answers.kind}.j2")
    ctx = _context(answers, today, index, interviewer)
    module = template.make_module(ctx)
    tone, channel = answers.tone, answers.channel
    candidate = answers.candidate
    name = clean(candidate.name)
    recipient = clean(interviewer.name) if interviewer and clean(interviewer.name) else "Hiring Team"
    common = dict(
        kind=answers.kind,
        tone=tone,
        channel=channel,
        recipient_name=recipient,
        recipient_email=clean(interviewer.email) if interviewer else "",
        salutation=_salutation(tone, channel, interviewer),
        closing=_sign_off(answers),
        style=answers.style,
    )
    if channel == "message":
        return _message(template, ctx, common, name)
    paragraphs = _paragraphs(module.body())
    contact = tuple(x for x in (clean(candidate.email), clean(candidate.phone), clean(candidate.profile_url)) if x)
    if channel == "email":
        return Letter(subject=" ".join(str(module.subject()).split()), date_line=None, sender_block=(),
                      recipient_block=(), paragraphs=paragraphs, signature=(name, *contact), **common)
    title = clean(interviewer.title) if interviewer else ""
    recipient_block = tuple(x for x in (recipient, title, clean(answers.company)) if x) + _lines(
        answers.company_address)
    return Letter(subject=None, date_line=format_date(today), sender_block=(name, *_lines(candidate.address), *contact),
                  recipient_block=recipient_block, paragraphs=paragraphs, signature=(name,), **common)


def _message(template: jinja2.Template, ctx: dict[str, Any], common: dict[str, Any], name: str) -> Letter:
    """A short message that always fits MESSAGE_LIMIT, counting every character.

    Tries the natural wording, then shorter variants; as a last resort it trims the
    person's own phrases (the longest first) at a word boundary with an ellipsis.
    """

    def build(c: dict[str, Any], salutation: str, signer: str) -> Letter:
        # A phrase cut short ends with its ellipsis: no full stop after it ("a quarterly…", not "….").
        paragraphs = tuple(re.sub(r"…[.!?]", "…", p) for p in _paragraphs(template.make_module(c).message()))
        return Letter(subject=None, date_line=None, sender_block=(), recipient_block=(),
                      paragraphs=paragraphs, signature=(signer,) if signer else (),
                      **{**common, "salutation": salutation})

    salutation = common["salutation"]
    for size in (0, 1, 2):
        letter = build({**ctx, "size": size}, salutation, name)
        if len(body_text(letter)) <= MESSAGE_LIMIT:
            return letter
    # Last resort: trim the person's own words, longest first, until it fits.
    # The shortest wording uses only the topic and the two names.
    c = {**ctx, "size": 2}
    trimmable = ["topic"]
    extra = {"salutation": salutation, "signer": name}
    for _ in range(40):
        letter = build(c, extra["salutation"], extra["signer"])
        over = len(body_text(letter)) - MESSAGE_LIMIT
        if over <= 0:
            return letter
        lengths = {k: len(c[k]) for k in trimmable if c[k]}
        lengths.update({k: len(v) for k, v in extra.items() if len(v) > 24})
        if not lengths:
            break
        key = max(lengths, key=lambda k: lengths[k])
        if key in extra:
            extra[key] = clip(extra[key], max(24, lengths[key] - over - 1))
        else:
            c[key] = clip(c[key], max(0, lengths[key] - over - 1))
            if key == "topic" and not c["topic"]:
                c["topic_clause"] = False
    # Unreachable with the schema's limits; kept so the limit holds whatever comes in.
    bare = {**c, **{k: "" for k in trimmable}, "topic_clause": False}
    return build(bare, "Hello,", clip(name, 24))


def compose(answers: Answers, today: date) -> tuple[Letter, ...]:
    """The letters for these answers: one per interviewer for a thank-you, else exactly one.

    Raises `Refused` for a third check-in: two is the polite maximum.
    """
    if answers.kind == "check-in" and answers.check_in_number > MAX_CHECK_INS:
        raise Refused(
            "A third check-in is not written: two check-ins, about a week apart, is the polite maximum. "
            "If you have still heard nothing, it is time to move on to other applications; you could "
            "send a friendly LinkedIn connection request to stay in touch."
        )
    if answers.kind == "thank-you" and answers.interviewers:
        return tuple(_letter(answers, today, i, person) for i, person in enumerate(answers.interviewers))
    first = answers.interviewers[0] if answers.interviewers else None
    return (_letter(answers, today, 0, first),)
