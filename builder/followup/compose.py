"""Compose follow-up letters from answers.

The wording lives in Jinja2 templates (`followup.templates`); `followup.context` prepares
what they need (how to greet each person, dates in the chosen English, each free-text
answer read for its shape by `followup.shapes`); this module renders them, traces each
fault to its answer and assembles the structured `Letter`. User text is only ever passed
to the templates as variables, never compiled.

Phrasings are chosen per sentence slot from a stable hash of the answers (so two
people's letters differ) and the interviewer's position (so notes to one panel differ).
Every letter is read by `followup.proofread`; a fault makes the composer try other
phrasings, then leave out the answer that caused it, which the letter records in
`Letter.left_out` for `check` to report.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

from followup.answers import Answers
from followup.as_written import as_written
from followup.context import (FIELD_OF, _context, _greeting, _lines, _names_in, _Person, _shapes, _sign_off,
                              company_ref, role_title, seed_of, subject_role, variant_picker)
from followup.languages import get
from followup.letter import Letter
from followup.messages import message_letter
from followup.names import address, is_role_name
from followup.proofread import faults, reason, repeated_openings, repeated_phrases
from followup.wording import clean, shorten_title, tidy

PARA = "\x1e"
"""Paragraph mark the templates write between paragraphs (ASCII record separator).

Python counts it as whitespace, so `clean` strips it from anything a person types:
only a template can start a new paragraph.
"""

MAX_CHECK_INS = 2
"""Two check-ins is the polite maximum; after that, move on."""

SUBJECT_MAX = 70
"""Longest subject line: longer ones are cut off in most inboxes."""


class Refused(ValueError):
    """The letter should not be written; the message says why and what to do instead."""


# --- templates ----------------------------------------------------------------------------


def _env(family: str = "en", region: str = "") -> jinja2.Environment:
    """The template environment of one language family, the same object however it is asked for
    (`_env()` is `_env("en", "")`: the start-up snapshot compiles English templates into it)."""
    return _environment(family, region)


@lru_cache(maxsize=None)
def _environment(family: str, region: str) -> jinja2.Environment:
    """The template environment of one language family (`templates/<family>/`): plain text out, every
    variable required. A family's templates import each other by their bare names ("_shared.j2").

    `region` is a code whose spelling of the templates' own words differs (de-CH writes "ss" for "ß"):
    the template source is `localise`d once, never the person's text, which reaches it as variables.
    """

    def load(name: str) -> str:
        text = files("followup.templates").joinpath(family, name).read_text(encoding="utf-8")
        return get(region).table("letters").localise(text, region) if region else text

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["PARA"] = PARA
    return env


def _template(answers: Answers) -> jinja2.Template:
    language = get(answers.language)
    regional = answers.language in getattr(language.table("letters"), "TEMPLATE_VARIANTS", ())
    return _env(language.family, answers.language if regional else "").get_template(f"{answers.kind}.j2")


def paragraphs(rendered: str) -> tuple[str, ...]:
    """Template output split at PARA marks, each paragraph on one line.

    A full stop after a name that ends with one ("Kumo Interactive K.K.", "Acme Inc.") is
    not doubled.
    """
    return tuple(p for p in (tidy(b) for b in str(rendered).split(PARA)) if p)


# --- composing ----------------------------------------------------------------------------

ATTEMPTS = 6
"""Phrasings tried before an answer that keeps reading wrong is left out."""


def _faults_of(letter: Letter, names: frozenset[str], typed: str = "", masks: tuple[str, ...] = ()) -> list[str]:
    """The proofreader's faults of each paragraph, and what the whole letter says twice: a phrase,
    or two sentences opening alike across a paragraph break ("I came away… / I came away…")."""
    family = get(letter.language).family
    found = [f for p in letter.paragraphs for f in faults(p, names, family)]
    text = " ".join(letter.paragraphs)
    across = [f for f in repeated_openings(text) if f not in found]
    return found + across + repeated_phrases(text, typed, masks)


def _typed(answers: Answers) -> str:
    """Everything the person typed in free text: a phrase of theirs said twice is theirs to say."""
    return " ".join(answers.free_texts())


def _letter(answers: Answers, today: date, index: int, person: _Person) -> Letter:
    """The letter to one person, read by the proofreader; a fault is traced to the answer that causes it.

    Other phrasings come first. A fault that survives them all is traced by leaving out
    each answer in turn: the answer whose absence removes the fault is the one left out
    (with the fault's own reason, for `check`), and every other answer stays. A fault no
    answer causes (in a name or the role) is left as it is: no answer is dropped for it.
    """
    template = _template(answers)
    names = _names_in(answers)
    typed, masks = _typed(answers), (company_ref(answers.company), role_title(answers.role))
    seed = seed_of(answers)
    shapes = _shapes(answers, person.interviewer)
    left_out = {s: shaped.reason for s, shaped in shapes.items() if shaped.shape == "none" and shaped.reason}

    def build(turn: int) -> Letter:
        ctx = _context(answers, today, index, person, seed + turn * 7919, frozenset(left_out))
        ctx["alternatives"] = [variant_picker(seed + (turn + k) * 7919) for k in range(ATTEMPTS)]
        return _assemble(answers, today, person, template, ctx, tuple(left_out.items()))

    def best() -> tuple[Letter, list[str]]:
        tried = []
        for turn in range(ATTEMPTS):
            letter = build(turn)
            found = _faults_of(letter, names, typed, masks)
            if not found:
                return letter, []
            tried.append((letter, found))
        return min(tried, key=lambda t: len(t[1]))

    letter, found = best()
    while found:
        base = build(0)
        before = _faults_of(base, names, typed, masks)
        culprit = None
        for slot in SLOT_ORDER:
            if slot in left_out or shapes[slot].shape == "none":
                continue
            left_out[slot] = ""
            after = _faults_of(build(0), names, typed, masks)
            del left_out[slot]
            gone = list((Counter(before) - Counter(after)).elements())  # the same fault may occur twice
            if gone and (culprit is None or len(gone) > len(culprit[1])):
                culprit = (slot, gone)
        if culprit is None:
            break  # the fault is in a name or the role, which no letter can leave out
        left_out[culprit[0]] = reason(culprit[1][0], answers.language)
        letter, found = best()
    return letter


SLOT_ORDER = ("topic", "needs", "strength", "forgot")
"""The order answers are tried in when tracing a fault (ties go to the first)."""


def _assemble(answers: Answers, today: date, person: _Person, template: jinja2.Template, ctx: dict[str, Any],
              left_out: tuple[tuple[str, str], ...]) -> Letter:
    candidate = answers.candidate
    name = clean(candidate.name)
    interviewer = person.interviewer
    words = get(answers.language).table("letters")
    recipient = clean(interviewer.name) if interviewer and clean(interviewer.name) else words.NO_NAME_RECIPIENT
    where = (lambda s: f"interviewers.{ctx['index']}.topic" if s == "topic" else FIELD_OF[s])
    common: dict[str, Any] = dict(
        kind=answers.kind, tone=answers.tone, channel=answers.channel, recipient_name=recipient,
        recipient_email=clean(interviewer.email) if interviewer else "",
        salutation=_greeting(answers.tone, answers.channel, person, answers.language), closing=_sign_off(answers, person),
        language=answers.language, left_out=tuple((where(s), why) for s, why in left_out),
    )
    if answers.channel == "message":
        return message_letter(template, ctx, common, name, answers.message_to, _names_in(answers),
                              ctx.get("alternatives", ()))
    module = template.make_module(ctx)
    body = paragraphs(module.body())
    contact = tuple(x for x in (clean(candidate.email), clean(candidate.phone), clean(candidate.profile_url)) if x)
    if answers.channel == "email":
        subject = clean(str(module.subject()))
        if len(subject) > SUBJECT_MAX:  # the candidate's name goes first, then the role is shortened
            ctx = {**ctx, "subject_name": ""}
            subject = clean(str(template.make_module(ctx).subject()))
        if len(subject) > SUBJECT_MAX:
            ctx = {**ctx, "subject_role": shorten_title(ctx["role"], max(12, len(ctx["role"]) - len(subject) + SUBJECT_MAX))}
            subject = clean(str(template.make_module(ctx).subject()))
        if answers.kind == "check-in" and answers.check_in_number > 1:
            # A reply in the first check-in's thread: that subject, exactly, after "Re: ".
            subject = clean(str(template.make_module({**ctx, "reply": True}).subject()))
        return Letter(subject=subject, date_line=None, sender_block=(), recipient_block=(), paragraphs=body,
                      signature=(name, *contact), **common)
    title = clean(interviewer.title) if interviewer else ""
    # The printed page's conventions (followup.languages.<family>.documents): the address field's
    # form ("Frau"/"Herrn" in German) and whether a subject line is printed (DIN 5008: yes).
    paper = get(answers.language).table("documents")
    recipient_block = paper.recipient_block(interviewer.form_of_address if interviewer else "", recipient, title,
                                            clean(answers.company), _lines(answers.company_address))
    # The letterhead names the sender: the subject line does not repeat the name an email's carries.
    subject = (clean(str(template.make_module({**ctx, "subject_name": ""}).subject()))
               if paper.ARRANGEMENT == "din5008-b" else None)
    return Letter(subject=subject, date_line=words.format_date(today, answers.language),
                  sender_block=(name, *_lines(candidate.address), *contact), recipient_block=recipient_block,
                  paragraphs=body, signature=(name,), **common)


def compose(answers: Answers, today: date) -> tuple[Letter, ...]:
    """The letters for these answers: one per interviewer for a thank-you, else exactly one.

    Raises `Refused` for a third check-in: two is the polite maximum.
    """
    if answers.kind == "check-in" and answers.check_in_number > MAX_CHECK_INS:
        own = getattr(get(answers.language).table("letters"), "NO_THIRD_CHECK_IN", None)
        if own:  # the language says it in its own words
            raise Refused(own)
        from followup.rules import NO_THIRD_CHECK_IN  # followup.rules reads this module: import late

        raise Refused(f"A third check-in is not written. {NO_THIRD_CHECK_IN}")
    answers = as_written(answers)  # names, job titles, a company as the letter writes them; `check` says where
    people = [_Person(p, address(p.name, p.address_as, answers.language) if clean(p.name) or clean(p.address_as)
                      else None) for p in answers.interviewers]
    if answers.kind == "thank-you" and people:
        return tuple(_letter(answers, today, i, person) for i, person in enumerate(people))
    first = people[0] if people else _Person(None, None)
    return (_letter(answers, today, 0, first),)


def greeting_guesses(answers: Answers) -> list[dict[str, Any]]:
    """For each interviewer, the name the greeting uses without "Address them as", and how sure it is.

    A German greeting is sure when the form of address is known (the answer, or "Frau"/"Herr" typed
    with the name) and a surname was found: else it greets the whole name ("Guten Tag Anna Müller,"),
    which `check` may suggest improving by giving the form of address.
    """
    out = []
    german = hasattr(get(answers.language).table("letters"), "read_name")  # a language reading names its own way
    for p in answers.interviewers:
        a = address(p.name, "", answers.language)
        if german:
            known = bool(p.form_of_address or a.form) and a.certain
            out.append({"guess": a.formal if known or a.role else a.given, "certain": known or a.role})
            continue
        used = a.formal if answers.tone == "formal" or a.role else a.given
        out.append({"guess": used, "certain": a.certain or answers.tone == "formal" or a.role})
    return out


__all__ = ["FIELD_OF", "MAX_CHECK_INS", "PARA", "SUBJECT_MAX", "Refused", "clean", "company_ref", "compose",
           "greeting_guesses", "is_role_name", "paragraphs", "role_title", "seed_of", "subject_role",
           "variant_picker"]
