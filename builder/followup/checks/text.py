"""Checks of what was typed: the detail, names, placeholders, emoji, a pasted résumé, answers left out,
and careless typing the letter repaired or could not (capitals, links, long answers, typos)."""

from __future__ import annotations

import re

from followup import languages
from followup.answer_cache import answer_cache
from followup.answers import Answers, field_label, label_for
from followup.as_written import careless_case
from followup.languages import DEFAULT
from followup.checks.findings import Finding, find, say
from followup.checks.naming import renamed
from followup.say import table
from followup.compose import FIELD_OF
from followup.letter import Letter
from followup.messages import limit_for
from followup.names import address
from followup.schema import field_by_path
from followup.shapes import keep_words, list_items, shape
from followup.typed import is_shouting, repair
from followup.wording import EMOJI, clean

MIN_TOPIC_WORDS = 3
LOWER_WORDS = 3
"""An answer of this many words typed in small letters throughout is asked about where nouns take a
capital (German): shorter ones ("dbt", "excel") may be names spelt so."""
GENERIC_TOPICS = frozenset({
    "the role", "role", "the job", "job", "the position", "position", "the company", "company",
    "the team", "team", "everything", "things", "stuff", "the interview", "interview", "general",
    "various things", "lots", "a lot", "n/a", "na", "-",
    # German: the same few words that fit any interview.
    "die stelle", "stelle", "der job", "die position", "das unternehmen", "unternehmen", "die firma",
    "firma", "das team", "alles", "vieles", "sachen", "das gespräch", "gespräch", "das vorstellungsgespräch",
    "allgemeines", "allgemein", "verschiedenes", "diverses", "k. a.", "k.a.",
})
PLACEHOLDERS = (
    re.compile(r"\[[^\[\]]{1,40}\]"),  # [Company], [Name]
    re.compile(r"<[^<>]{1,40}>"),  # <name>
    re.compile(r"\{\{?[^{}]{1,40}\}\}?"),  # {name}, {{ role }}
    re.compile(r"\b[Xx]{3,}\b"),  # XXX
    re.compile(r"\bTODO\b|\bTBD\b|\bFIXME\b"),
    re.compile(r"lorem ipsum", re.IGNORECASE),
    re.compile(r"^\s*insert\b|\binsert (your|the|name|company|role|title|date|here)\b", re.IGNORECASE),
    re.compile(r"\b(your|company|interviewer|first|last) name here\b", re.IGNORECASE),
    re.compile(r"\b(hier einfügen|(name|firma|datum|stelle|text) (hier )?einfügen)\b", re.IGNORECASE),  # German
)
DATE_RANGE = re.compile(r"\b(19|20)\d{2}\s*(-|–|—|to|bis)\s*((19|20)\d{2}|present|now|current|today|heute)\b",
                        re.IGNORECASE)
DURATION = re.compile(r"\s[-–—]\s*\d+\+?\s*(?:years?|yrs?|months?|mos?|Jahre?n?|J\.|Monate?n?)(?!\w)"
                      r"|\(\s*\d+\+?\s*(?:years?|yrs?|months?|mos?|Jahre?n?|Monate?n?)\s*\)", re.IGNORECASE)
"""A résumé's duration after a dash or in brackets ("– 5 years", "(18 Monate)"), in each language's words."""
DUTY = re.compile(r"\b(?:responsible for|verantwortlich für|zuständig für)\b", re.IGNORECASE)
"""The phrase of a job description, in each language's words."""
BULLET_LINE = re.compile(r"^\s*([-*•·▪●–]|\d+[.)])\s+", re.MULTILINE)


def looks_like_resume(text: str, code: str = DEFAULT.code) -> list[str]:
    """The reasons a strength reads like a pasted resume, in language `code` (empty when it reads
    like a sentence)."""
    reasons: list[str] = []
    words = len(text.split())
    lines = [line for line in text.splitlines() if line.strip()]
    if words > 60:
        reasons.append(say(code, "resume.words", words=words))
    if BULLET_LINE.search(text):
        reasons.append(say(code, "resume.bullets"))
    elif len(lines) >= 3:
        reasons.append(say(code, "resume.lines", lines=len(lines)))
    duty = DUTY.search(text)
    if duty:
        reasons.append(say(code, "resume.phrase", phrase=" ".join(duty.group(0).lower().split())))
    if DATE_RANGE.search(text):
        reasons.append(say(code, "resume.dates"))
    elif DURATION.search(text):
        reasons.append(say(code, "resume.duration"))
    if text.count(",") + text.count(";") * 2 >= 5:
        reasons.append(say(code, "resume.list"))
    return reasons


@answer_cache(maxsize=1024)
def placeholder_in(text: str) -> str | None:
    """The first placeholder left in `text` ("[Company]", "XXX"), or None. Cached per answer: every
    render reads every field, and a keystroke changes one."""
    for pattern in PLACEHOLDERS:
        m = pattern.search(text)
        if m:
            return m.group(0).strip()
    return None


def text_fields(answers: Answers) -> list[tuple[str, str]]:
    c = answers.candidate
    fields = [
        ("company", answers.company), ("role", answers.role), ("company_address", answers.company_address),
        ("candidate.name", c.name), ("candidate.email", c.email), ("candidate.phone", c.phone),
        ("candidate.profile_url", c.profile_url), ("candidate.address", c.address),
    ]
    for i, person in enumerate(answers.interviewers):
        fields += [(f"interviewers.{i}.name", person.name), (f"interviewers.{i}.title", person.title),
                   (f"interviewers.{i}.email", person.email), (f"interviewers.{i}.topic", person.topic)]
    fields += [("their_needs", answers.their_needs), ("your_strength", answers.your_strength),
               ("forgot_to_mention", answers.forgot_to_mention), ("sign_off", answers.sign_off)]
    return [(path, value) for path, value in fields if value]


def detail(answers: Answers) -> list[Finding]:
    if answers.kind != "thank-you":
        return []
    lang = answers.language
    if not answers.interviewers:
        return [find(lang, "problem", "missing-detail", "missing-detail.nobody", "interviewers")]
    out: list[Finding] = []
    for i, person in enumerate(answers.interviewers):
        topic = " ".join(person.topic.split())
        who = person.name.strip() or say(lang, "interviewer", n=i + 1)
        field = f"interviewers.{i}.topic"
        if not topic:
            out.append(find(lang, "problem", "missing-detail", "missing-detail.empty", field, who=who))
        elif topic.lower().rstrip(".") in GENERIC_TOPICS or len(topic.split()) < MIN_TOPIC_WORDS:
            out.append(find(lang, "problem", "missing-detail", "missing-detail.general", field, topic=topic, who=who))
    if not out:
        out.append(find(lang, "good", "has-detail", "has-detail.each" if len(answers.interviewers) > 1
                        else "has-detail.one"))
    return out


def names(answers: Answers) -> list[Finding]:
    """A role or a carelessly typed name instead of a name, and a greeting the letter could not be sure of.

    English letters greet by given name when they can tell it ("Address them as" says it when they
    cannot); a German letter greets by the form of address (Frau, Herr) and, without one, by the
    whole name, never a guessed gender: it asks for the form of address instead.
    """
    lang = answers.language
    if not answers.interviewers:
        return [find(lang, "suggestion", "no-name", "no-name.nobody", "interviewers")]
    german = languages.get(lang).family == "de"
    out: list[Finding] = []
    written = renamed(answers)
    for i, person in enumerate(answers.interviewers):
        name = clean(person.name)
        field = f"interviewers.{i}.name"
        guess = address(person.name, "", answers.language)
        if not name or guess.role:
            out.append(find(lang, "suggestion", "no-name", "no-name.role", field, name=name))
        elif field in written:
            out.append(find(lang, "suggestion", "no-name", "no-name.capitals", field, name=name,
                            written=written[field]))
        if german:
            if name and not guess.role and not person.form_of_address:
                path = f"interviewers.{i}.form_of_address"
                out.append(find(lang, "suggestion", "address-as", "address-as.form", path, name=name,
                                field=field_label(path, lang)))
        elif name and not guess.role and not clean(person.address_as) and not guess.certain \
                and (answers.tone != "formal" or answers.channel == "message"):
            path = f"interviewers.{i}.address_as"
            out.append(find(lang, "suggestion", "address-as", "address-as", path, given=guess.given,
                            field=field_label(path, lang)))
    return out


def left_out(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """Answers a letter could not use, each on its field with how to rephrase it."""
    lang = answers.language
    out: list[Finding] = []
    seen: set[str] = set()
    for letter in letters:
        for path, why in letter.left_out:
            if path in seen:
                continue
            seen.add(path)
            if why == "the message's limit":
                out.append(find(lang, "problem", "message-shortened", "message-shortened.detail", path,
                                limit=limit_for(answers.message_to), name=letter.recipient_name))
                continue
            advice = say(lang, "rephrase." + path.rsplit(".", 1)[-1])
            out.append(find(lang, "problem", "rephrase", "rephrase", path, label=label_for(path, lang),
                            why=table(lang).after_colon(_ours(why, lang)), advice=advice))
    return out


def _ours(reason: str, code: str) -> str:
    """A reading's reason in the region's spelling ("Grossbuchstaben" in Switzerland), except the
    typed words it quotes („…“), which stay as typed."""
    return "".join(part if part.startswith("„") else table(code).localise(part, code)
                   for part in re.split(r"(„[^“]*“)", reason))


def placeholders(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = placeholder_in(value)
        if found:
            out.append(find(answers.language, "problem", "placeholder", "placeholder", path, found=found))
    return out


def emoji(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = _first(EMOJI, value)
        if found:
            out.append(find(answers.language, "suggestion", "emoji", "emoji", path, found=found))
    return out


CHAT = re.compile(r"\b(?:lol|lmao|haha+|btw|omg|tbh|imo|gonna|wanna|pls|plz|thx|u r|ur|cuz|tho|idk)\b", re.IGNORECASE)
"""Chat shorthand that the letter would carry into a formal note word for word."""


def casual(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = _first(CHAT, value)
        if found and not path.endswith(("email", "profile_url", "name")):
            out.append(find(answers.language, "suggestion", "emoji", "emoji.chat", path, found=found))
    return out


@answer_cache(maxsize=1024)
def _first(pattern: re.Pattern[str], text: str) -> str | None:
    """What `pattern` first finds in `text`, or None; cached per answer, as `placeholder_in`."""
    found = pattern.search(text)
    return found.group(0) if found else None


def resume(answers: Answers) -> list[Finding]:
    if answers.kind == "after-rejection" or not answers.your_strength.strip():
        return []
    reasons = looks_like_resume(answers.your_strength, answers.language)
    if not reasons:
        return []
    return [find(answers.language, "suggestion", "resume-paste", "resume-paste", "your_strength",
                 reasons=", ".join(reasons))]


SLOT_OF = {name: slot for slot, name in FIELD_OF.items()}
"""Free-text answers by their field name, with the slot of `followup.shapes` that reads them."""


def typed_answers(answers: Answers) -> list[tuple[str, str, str]]:
    """(field path, slot, text) of every non-empty free-text answer the letter kind uses."""
    out = [(f"interviewers.{i}.topic", "topic", p.topic) for i, p in enumerate(answers.interviewers)]
    out += [(name, slot, getattr(answers, name)) for name, slot in SLOT_OF.items() if name != "topic"]
    used = [(path, slot, text) for path, slot, text in out
            if answers.kind in field_by_path("interviewers.topic" if slot == "topic" else path).kinds]
    return [(path, slot, text) for path, slot, text in used if clean(text)]


def typing(answers: Answers) -> list[Finding]:
    """What careless typing did to each free-text answer, on its field, with what the letter used.

    Capitals (shouting) and a long answer are reported with the form the letter used; a link
    or hashtag with a request for the subject in words; each word left as typed that may be a
    typo. An answer the letter leaves out is reported by `left_out`, not here.
    """
    lang = answers.language
    out: list[Finding] = []
    keep = keep_words(answers)
    language = languages.get(lang)
    nouns_capitalised = language.table("letters").NOUNS_CAPITALISED
    # What the letter made of each answer: read as the composer reads it (`context._shapes`).
    reading = language.table("reading") if language.family != "en" else None
    for path, slot, text in typed_answers(answers):
        typed = repair(text, keep)
        shaped = reading.shape(text, slot) if reading else shape(text, slot, keep)
        used = shaped.text or shaped.quoted
        if is_shouting(text) and used:
            out.append(find(lang, "suggestion", "capitals", "capitals", path, used=used))
        elif nouns_capitalised and used and careless_case(text) == "lower" and len(text.split()) >= LOWER_WORDS:
            out.append(find(lang, "suggestion", "lower-nouns", "lower-nouns", path, used=used))
        for link in typed.links:
            out.append(find(lang, "suggestion" if used else "problem", "link", "link", path, link=link))
        if typed.tags:
            out.append(find(lang, "suggestion" if used else "problem", "link", "link.tags", path,
                            tags=" ".join(typed.tags)))
        if shaped.shortened_from and used:
            points = len(list_items(typed.text))
            what = (say(lang, "shortened-answer.points", points=points) if points >= 2
                    else say(lang, "shortened-answer.characters", characters=shaped.shortened_from))
            out.append(find(lang, "suggestion", "shortened-answer", "shortened-answer", path, what=what, used=used))
        for word, meant in typed.doubtful:
            out.append(find(lang, "suggestion", "typo", "typo", path, word=word, meant=meant))
    return out
