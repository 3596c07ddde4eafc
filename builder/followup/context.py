"""The context a letter's template is rendered with: everything it needs, prepared from the answers.

How to greet each person, dates as a person says them, the role and company as a sentence
names them, each free-text answer read for its shape (`followup.shapes`) and for what its
frame may claim (`followup.frames`), and the stable choice of phrasings. User text only
ever reaches a template as a variable, never as template source.

Edge cases: an interviewer without a name is greeted as the hiring team; a slot the letter
kind does not use, or one already left out, is passed as kind "none"; only the first note
of a panel carries the point the candidate forgot to make.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from followup.answer_cache import answer_cache
from followup.answers import Answers, Interviewer
from followup.frames import in_own_voice, is_need, is_trait, role_parts, says_also
from followup.languages import get
from followup.names import Address, address
from followup.schema import field_by_path
from followup.shapes import Shaped, keep_words, shape
from followup.wording import COMMON_STARTERS, clean, join_names, lower_first_word

MET_IN_PERSON = frozenset({"on-site", "panel", "final"})
"""Stages at which the candidate met people in a room (a tour, the team) - never assumed otherwise."""

_ARTICLE_NAMES = re.compile(r"^(?:University|College|Institute|Bank|Ministry|Department|Office|Council|City|County|"
                            r"State|Government|Museum|Library|School|Academy|Board|Hospital|Royal \w+|National \w+|"
                            r"Federal \w+|Open University)\b(?: of\b| for\b|$)")
_ROLE_SUFFIX = re.compile(r"\s+(?:role|position|job|opening|vacancy|post)$", re.IGNORECASE)
_ROLE_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)



FIELD_OF = {"topic": "topic", "needs": "their_needs", "strength": "your_strength", "forgot": "forgot_to_mention"}
"""Each slot's answer field."""


# --- what the templates need ------------------------------------------------------------


def role_title(role: str) -> str:
    """The role as a sentence names it: "a Data Analyst role" -> "Data Analyst" (letters add their own noun).

    Brackets, contract notes and reference numbers are not part of it (see `frames.role_parts`).
    """
    title = _ROLE_ARTICLE.sub("", role_parts(role)[0])
    return _ROLE_SUFFIX.sub("", title) or clean(role)


def subject_role(role: str) -> str:
    """The role as a subject line names it: the title, with a short reference when one was typed."""
    ref = role_parts(role)[1]
    return f"{role_title(role)} ({ref})" if ref else role_title(role)


def company_ref(company: str) -> str:
    """The company as it reads mid-sentence: "University of Northbridge" needs "the"."""
    name = clean(company)
    return f"the {name}" if _ARTICLE_NAMES.match(name) else name


def _when(interview: date | None, today: date, tone: str, channel: str, style: str) -> str:
    """When the interview was, as the letter's language says it after a verb (the `letters` table's `when`)."""
    return get(style).table("letters").when(interview, today, tone, channel, style)


def seed_of(answers: Answers) -> int:
    """A stable number from the answers' content: the same answers always read the same."""
    key = "\x1f".join([answers.company, answers.role, answers.candidate.name, answers.their_needs,
                       answers.your_strength, *(p.name + p.topic for p in answers.interviewers)])
    return zlib.crc32(clean(key).casefold().encode("utf-8"))


SLOT_SHIFTS = (2, 1, 3, 4, 1, 1, 2, 3)


def variant_picker(seed: int):  # noqa: ANN201 - a template global
    """`variant(index, slot, count)`: which of `count` phrasings slot `slot` uses in note `index`.

    Notes of one panel get different phrasings (the index moves each slot on by one,
    then by the slot's own shift); the seed turns every slot by its own amount, so two
    candidates' letters differ.
    """

    def variant(index: int, slot: int, count: int = 5) -> int:
        base = index + SLOT_SHIFTS[slot % len(SLOT_SHIFTS)] * (index // count)
        turn = (seed >> (slot * 3)) % 997
        return (base + turn) % count

    return variant


def _names_in(answers: Answers) -> frozenset[str]:
    """Words the person typed with a capital that is theirs, not a sentence's: names, products, "Year 9".

    A common word capitalised only because it starts the answer or a sentence ("The corpus…")
    is not one: in the middle of a letter's sentence it must lose its capital.
    """
    words: set[str] = set()
    proper = (answers.company, answers.role, *(p.name for p in answers.interviewers),
              *(p.title for p in answers.interviewers), *(p.address_as for p in answers.interviewers))
    free = (answers.their_needs, answers.your_strength, answers.forgot_to_mention,
            *(p.topic for p in answers.interviewers))
    for text, typed in [*((t, False) for t in proper), *((t, True) for t in free)]:
        words |= _names_in_text(text or "", typed)
    return frozenset(words)


@answer_cache(maxsize=1024)
def _names_in_text(text: str, typed: bool) -> frozenset[str]:
    """`_names_in` of one answer (`typed`: a free-text one, whose sentences may start with a common
    word); cached per answer, as a keystroke changes one."""
    words: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        found = re.findall(r"[^\W\d_][\w'’-]*", sentence)
        for i, (w, nxt) in enumerate(zip(found, [*found[1:], ""])):
            if not w[:1].isupper() or (typed and i == 0 and w.lower() in COMMON_STARTERS):
                continue
            words.add(w)
            if nxt[:1].isupper():
                words.add(f"{w} {nxt}")
    return frozenset(words)


@dataclass(frozen=True)
class _Person:
    interviewer: Interviewer | None
    address: Address | None


def _greeting(tone: str, channel: str, person: _Person, language: str = "en-US") -> str:
    """The salutation line, from the language's table: by tone, channel and what is known of the person."""
    form = person.interviewer.form_of_address if person.interviewer else ""
    return get(language).table("letters").salutation(tone, channel, person.address, form, language)


def _sign_off(answers: Answers, person: _Person) -> str:
    """The closing line: the person's own words or the language's default (a letter to no name may differ)."""
    named = not (person.address is None or person.address.role)
    return get(answers.language).table("letters").sign_off(clean(answers.sign_off), answers.tone, answers.channel,
                                                           answers.language, named)


def _lines(text: str) -> tuple[str, ...]:
    """An address as lines: its own line breaks, or else its commas."""
    raw = (text or "").strip()
    if not raw:
        return ()
    parts = raw.splitlines() if "\n" in raw else raw.split(",")
    return tuple(line for line in (clean(p) for p in parts) if line)


def _shapes(answers: Answers, interviewer: Interviewer | None) -> dict[str, Shaped]:
    """Each free-text answer read for its shape: English by `followup.shapes`, another language by its
    family's `reading` module (`followup.languages.<family>.reading`), which has its own kinds."""
    texts = {"topic": interviewer.topic if interviewer else "", "needs": answers.their_needs,
             "strength": answers.your_strength, "forgot": answers.forgot_to_mention}
    language = get(answers.language)
    if language.family != "en":
        reading = language.table("reading")
        return {slot: reading.shape(texts[slot], slot) for slot in texts}
    keep = keep_words(answers)  # acronyms a shouted answer keeps in capitals
    small = _typed_small(answers)
    return {slot: _small_start(shape(texts[slot], slot, keep), small) for slot in texts}


_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _typed_small(answers: Answers) -> frozenset[str]:
    """Words the writer typed in lower case somewhere in the free-text answers."""
    return frozenset(w for text in answers.free_texts() for w in _small_words(text or ""))


@answer_cache(maxsize=1024)
def _small_words(text: str) -> frozenset[str]:
    """The lower-case words of one answer, cached per answer."""
    return frozenset(_SMALL_WORD.findall(text))


def _small_start(shaped: Shaped, small: frozenset[str]) -> Shaped:
    """`shaped` with its first word in lower case where it goes mid-sentence, when its capital is only
    the answer's start: "Silicon anodes…" is "silicon anodes…" after "about" if the writer typed
    "silicon" small elsewhere. A word never typed small ("Kubernetes", "Dublin") keeps its capital;
    an answer said as a sentence of its own (kind "own") keeps its text's capital for the start."""

    def small_first(text: str) -> str:
        first = text.split(" ", 1)[0]
        if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.lower() in small:
            return first.lower() + text[len(first):]
        return text

    low = small_first(shaped.low) if shaped.low else shaped.low
    text = shaped.text if shaped.shape == "own" else small_first(shaped.text)
    return dataclasses.replace(shaped, text=text, low=low) if (text, low) != (shaped.text, shaped.low) else shaped


def _others(answers: Answers, index: int) -> str:
    n = len(answers.interviewers)
    if n < 2:
        return ""
    picks = [(index + 1) % n, (index - 1) % n] if n > 2 else [(index + 1) % n]
    names = []
    for j in dict.fromkeys(p for p in picks if p != index):
        person = answers.interviewers[j]
        a = address(person.name, person.address_as, answers.language)
        if a.role or not a.formal:
            continue  # "the HR team" is not someone one was glad to meet
        names.append(a.formal if answers.tone == "formal" or not a.certain else a.given)
    text = join_names(names)
    return ", ".join(names) + " and the rest of the panel" if n > 3 else text


def _met(answers: Answers, known: bool) -> str:
    """The verb of "great to … you": never "meet" someone the answers say the writer knew before."""
    if known:
        return "talk with" if answers.stage in MET_IN_PERSON else "speak with"
    return "meet" if answers.stage != "phone-screen" else "speak with"


def _others_known(answers: Answers, index: int) -> bool:
    """True when any other panel member was known before: one "met" covers them all, so none is "met"."""
    return any(p.met_before for j, p in enumerate(answers.interviewers) if j != index)


def _context(answers: Answers, today: date, index: int, person: _Person, seed: int,
             dropped: frozenset[str]) -> dict[str, Any]:
    interviewer = person.interviewer
    shapes = _shapes(answers, interviewer)
    role = role_title(answers.role)
    style = answers.language
    words = get(style).table("letters")
    noun = "position" if answers.tone == "formal" else "role"
    ctx: dict[str, Any] = {
        "tone": answers.tone,
        "channel": answers.channel,
        "style": style,
        "index": index,
        "variant": variant_picker(seed),
        "sp": lambda word: words.spell(word, style),
        "panel": len(answers.interviewers) > 1 and answers.kind == "thank-you",
        "company": company_ref(answers.company),
        "role": role,
        "subject_role": subject_role(answers.role),
        "role_noun": f"the {role} {noun}",
        "title": clean(interviewer.title) if interviewer else "",
        "at_when": _when(answers.interview_date, today, answers.tone, answers.channel, style),
        "stage_noun": words.STAGE_NAMES.get(answers.stage, words.STAGE_NAMES["on-site"]),
        "in_person": answers.stage in MET_IN_PERSON,
        "met": _met(answers, known=answers.internal or bool(interviewer and interviewer.met_before)),
        "others_met": _met(answers, known=answers.internal or _others_known(answers, index)),
        "internal": answers.internal,
        "known": bool(interviewer and interviewer.met_before),
        "others": _others(answers, index) if answers.kind == "thank-you" else "",
        "decision": words.format_date(answers.decision_date, style, answers.decision_date.year != today.year)
        if answers.decision_date else "",
        "decision_passed": bool(answers.decision_date and answers.decision_date < today),
        "check_in_number": answers.check_in_number,
        "reply": False,
        "ask_for_feedback": answers.ask_for_feedback,
        "candidate": clean(answers.candidate.name),
        "subject_name": f" ({clean(answers.candidate.name)})" if len(clean(answers.candidate.name)) <= 28 else "",
        "addressed": bool(person.address and not person.address.role),
        "several": len(answers.interviewers) > 1,
        "parts": ("thanks", "detail", "close", "company"),
    }
    for slot, shaped in shapes.items():
        used = answers.kind in field_by_path("interviewers.topic" if slot == "topic" else FIELD_OF[slot]).kinds
        if slot in dropped or not used or (slot == "forgot" and index > 0):
            shaped = Shaped("none")
        ctx[slot] = shaped.text
        ctx[f"{slot}_low"] = shaped.low or lower_first_word(shaped.text)
        ctx[f"{slot}_shape"] = shaped.shape
        ctx[f"{slot}_q"] = shaped.quoted
        ctx[f"{slot}_need"] = shaped.shape == "phrase" and is_need(shaped.text)
        ctx[f"{slot}_trait"] = shaped.shape in ("phrase", "inf") and is_trait(shaped.text)
        ctx[f"{slot}_also"] = says_also(shaped.text)
        ctx[f"{slot}_mine"] = in_own_voice(shaped.text)
    if get(style).family != "en":
        ctx.update(_other_language(answers, today, index, shapes, ctx))
    return ctx


def _other_language(answers: Answers, today: date, index: int, shapes: dict[str, Shaped],
                    ctx: dict[str, Any]) -> dict[str, Any]:
    """What a letter in another language than English reads instead of English's words: the company and
    the other panel members as its table names them, the interview's date for a subject line, and each
    slot's opening word (the conjunction of a clause, the preposition of a phrase) and own voice."""
    language = get(answers.language)
    words = language.table("letters")
    reading = language.table("reading")
    out: dict[str, Any] = {"family": language.family, "company": words.company_ref(answers.company),
                           "role": words.role_title(ctx["role"]), "subject_role": words.role_title(ctx["subject_role"])}
    interview = answers.interview_date
    out["subject_date"] = (" am " + words.format_date(interview, answers.language, interview.year != today.year)
                           if interview else "")
    names = []
    n = len(answers.interviewers)
    if answers.kind == "thank-you" and n > 1:
        picks = [(index + 1) % n, (index - 1) % n] if n > 2 else [(index + 1) % n]
        for j in dict.fromkeys(p for p in picks if p != index):
            person = answers.interviewers[j]
            a = address(person.name, person.address_as, answers.language)
            if a.formal and not a.role and words.person(a, person.form_of_address) not in names:
                names.append(words.person(a, person.form_of_address))
    out["others_many"] = n > 3  # the template adds "and the others": the names are then only listed
    out["others"] = ", ".join(names) if n > 3 else words.join_names(names)
    out["others_known"] = answers.internal or _others_known(answers, index)
    for slot in shapes:
        text = str(ctx[slot])
        out[f"{slot}_conj"] = text.split()[0].lower() if ctx[f"{slot}_shape"] in ("sub", "pp") and text else ""
        out[f"{slot}_mine"] = reading.in_own_voice(text)
    return out
