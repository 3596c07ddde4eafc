"""Checks of the letters themselves: panel notes alike, length, the frame, a shortened message."""

from __future__ import annotations

import re

from followup.answers import Answers
from followup.answers import field_label
from followup.as_written import as_written
from followup.checks.findings import Finding, called, find, say
from followup.compose import SUBJECT_MAX, company_ref, role_title
from followup.letter import Letter, body_text, word_count
from followup.messages import limit_for
from followup.wording import clean

# Word counts that read well, by letter kind, for email and printed letters.
# A thank-you is ideally 100-200 words; below 60 it says little, above 300 it is a chore.
# Check-ins and replies to a rejection are shorter by design.
LENGTHS = {
    "thank-you": (60, 300),
    "check-in": (25, 180),
    "after-rejection": (30, 200),
}
BRIEF_MIN = 40
"""A brief note is short on purpose: below this many words it says no more than thanks."""


def length_range(kind: str, tone: str) -> tuple[int, int]:
    """Words that read well for a letter of this kind and tone (email or printed letter)."""
    low, high = LENGTHS[kind]
    return (min(low, BRIEF_MIN), high) if tone == "brief" else (low, high)

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
def sentences(letter: Letter) -> list[str]:
    """The sentences of a letter's paragraphs, normalised for comparison.

    Salutation, sign-off and signature are left out: they are meant to be alike.
    """
    out: list[str] = []
    for paragraph in letter.paragraphs:
        for s in SENTENCE_END.split(paragraph):
            s = " ".join(s.split()).lower()
            if s:
                out.append(s)
    return out


def shared_sentence_ratio(a: Letter, b: Letter) -> float:
    """The share of sentences two notes have in common, against the shorter note.

    0.0 means no sentence is repeated; above 0.5, more than half of one note is
    word for word in the other.
    """
    sa, sb = sentences(a), sentences(b)
    if not sa or not sb:
        return 0.0
    shared = len(set(sa) & set(sb))
    return shared / min(len(set(sa)), len(set(sb)))


def panel(answers: Answers, letters: tuple[Letter, ...] | None) -> list[Finding]:
    people = answers.interviewers
    if answers.kind != "thank-you" or len(people) < 2:
        return []
    lang = answers.language
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for i, person in enumerate(people):
        key = " ".join(person.topic.lower().split()).rstrip(".")
        if not key:
            continue
        if key in seen:
            out.append(find(lang, "suggestion", "panel-similar", "panel-similar.topic", f"interviewers.{i}.topic",
                            first=called(answers, seen[key]), second=called(answers, i)))
        else:
            seen[key] = i
    if letters and not out:
        for a in range(len(letters)):
            for b in range(a + 1, len(letters)):
                if shared_sentence_ratio(letters[a], letters[b]) > 0.5:
                    out.append(find(lang, "suggestion", "panel-similar", "panel-similar.sentences",
                                    f"interviewers.{b}.topic", first=letters[a].recipient_name,
                                    second=letters[b].recipient_name))
    return out


THIN_PANEL_NOTE = 100
"""Words below which a panel note reads as a form letter with a new name."""
CASUAL_SIGN_OFFS = frozenset({"cheers", "thx", "thanks!", "ta", "later", "xx", "xo", "love", "peace", "cya",
                              "lg", "vg", "ciao", "tschüss", "tschüs", "bis bald", "bis dann", "liebe grüße", "mfg"})


def length(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    lang = answers.language
    out: list[Finding] = []
    panel = answers.kind == "thank-you" and len(letters) > 1
    for i, letter in enumerate(letters):
        body = body_text(letter)
        to = say(lang, "to", name=letter.recipient_name) if len(letters) > 1 else ""
        if letter.channel == "message":
            limit = limit_for(answers.message_to)
            if limit is not None and len(body) > limit:
                out.append(find(lang, "problem", "message-too-long", "message-too-long", None, to=to,
                                length=len(body), limit=limit))
            continue
        low, high = length_range(letter.kind, letter.tone)
        words = word_count(body)
        if words > high:
            out.append(find(lang, "problem", "length", "length.long", None, to=to, words=words, high=high))
        elif words < low:
            out.append(find(lang, "suggestion", "length", "length.short", None, to=to, words=words))
        elif panel and words < THIN_PANEL_NOTE:
            out.append(find(lang, "suggestion", "thin-note", "thin-note", f"interviewers.{i}.topic", to=to,
                            words=words))
    return out


def form(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """The letter's frame: subject line, a printed letter's address and sign-off."""
    lang = answers.language
    out: list[Finding] = []
    subject = next((letter.subject for letter in letters if letter.subject), "")
    role = role_title(as_written(answers).role)  # the role as the letter writes it
    if subject and role and role not in subject:
        out.append(find(lang, "suggestion", "subject", "subject", "role", limit=SUBJECT_MAX, subject=subject))
    if answers.channel == "letter" and not clean(answers.company_address):
        out.append(find(lang, "suggestion", "letter-address", "letter-address", "company_address"))
    sign = clean(answers.sign_off).rstrip(",.!").casefold()
    if sign in CASUAL_SIGN_OFFS and (answers.channel == "letter" or answers.tone == "formal"):
        key = "sign-off.letter" if answers.channel == "letter" else "sign-off.formal"
        out.append(find(lang, "suggestion", "sign-off", key, "sign_off", sign_off=clean(answers.sign_off),
                        field=field_label("sign_off", lang)))
    return out


def shortened(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """Say what a short message left out to fit its limit (the detail itself: see `_left_out`)."""
    limit = limit_for(answers.message_to)
    if limit is None:
        return []
    lang = answers.language
    out: list[Finding] = []
    # The templates use the role without a trailing "role"/"position" and both with whitespace
    # collapsed: compare with that, case aside (a template may start a sentence with either).
    written = as_written(answers)  # the role and the company as the letter writes them
    wanted = ((say(lang, "shortened.role"), "role", role_title(written.role)),
              (say(lang, "shortened.company"), "company", company_ref(written.company)))
    for i, letter in enumerate(letters):
        if letter.channel != "message":
            continue
        body = clean(body_text(letter)).casefold()
        left_out = [(what, path) for what, path, value in wanted if value and value.casefold() not in body]
        topic = answers.kind == "thank-you" and i < len(answers.interviewers)
        typed = clean(answers.interviewers[i].topic).rstrip(".!").casefold() if topic else ""
        dropped = any(path.endswith(".topic") for path, _ in letter.left_out)
        if topic and typed and not dropped and typed not in body:
            last = typed.split()[-1]
            if last not in body:
                left_out.append((say(lang, "shortened.topic"), f"interviewers.{i}.topic"))
        if not left_out:
            continue
        to = say(lang, "to", name=letter.recipient_name) if len(letters) > 1 else ""
        what = say(lang, "and").join(w for w, _ in left_out)
        if topic:
            fix, field = say(lang, "shortened.fix-topic"), f"interviewers.{i}.topic"
        else:  # nothing of the person's own words to shorten here but the names themselves
            fix, field = say(lang, "shortened.fix-names"), left_out[0][1]
        out.append(find(lang, "suggestion", "message-shortened", "message-shortened", field, limit=limit, to=to,
                        what=what, fix=fix))
    return out




def thread(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """A check-in by email goes in the earlier thread: the first in the last email with them, the second in the first's.

    The composer writes the subject such a reply has: a second check-in's is "Re: " and the
    first's; a first check-in's own subject is for when there is no earlier email to answer.
    """
    if answers.kind != "check-in" or answers.channel != "email" or not letters or not letters[0].subject:
        return []
    if answers.check_in_number == 1:
        return [find(answers.language, "suggestion", "check-in-thread", "check-in-thread.first")]
    return [find(answers.language, "suggestion", "check-in-thread", "check-in-thread.second",
                 subject=letters[0].subject)]
