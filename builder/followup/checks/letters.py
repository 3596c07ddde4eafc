"""Checks of the letters themselves: panel notes alike, length, the frame, a shortened message."""

from __future__ import annotations

import re

from followup.answers import Answers
from followup.checks.findings import Finding, called, finding
from followup.compose import SUBJECT_MAX, company_ref, role_title
from followup.letter import Letter, body_text, word_count
from followup.messages import limit_for
from followup.wording import clean

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
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for i, person in enumerate(people):
        key = " ".join(person.topic.lower().split()).rstrip(".")
        if not key:
            continue
        if key in seen:
            out.append(finding("suggestion", "panel-similar",
                                f"{called(answers, seen[key])} and {called(answers, i)} have the same topic. "
                                f"Give each a different detail: something you discussed with "
                                f"{called(answers, i)} in particular, so each note is clearly theirs.",
                                f"interviewers.{i}.topic"))
        else:
            seen[key] = i
    if letters and not out:
        for a in range(len(letters)):
            for b in range(a + 1, len(letters)):
                if shared_sentence_ratio(letters[a], letters[b]) > 0.5:
                    out.append(finding("suggestion", "panel-similar",
                                        f"The notes to {letters[a].recipient_name} and {letters[b].recipient_name}"
                                        " share more than half of their sentences. Give each person a "
                                        "different detail from your conversation with them.",
                                        f"interviewers.{b}.topic"))
    return out


THIN_PANEL_NOTE = 100
"""Words below which a panel note reads as a form letter with a new name."""
CASUAL_SIGN_OFFS = frozenset({"cheers", "thx", "thanks!", "ta", "later", "xx", "xo", "love", "peace", "cya"})


def length(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    out: list[Finding] = []
    panel = answers.kind == "thank-you" and len(letters) > 1
    for i, letter in enumerate(letters):
        body = body_text(letter)
        to = f" to {letter.recipient_name}" if len(letters) > 1 else ""
        if letter.channel == "message":
            limit = limit_for(answers.message_to)
            if limit is not None and len(body) > limit:
                out.append(finding("problem", "message-too-long",
                                    f"The message{to} is {len(body)} characters; this kind of message holds "
                                    f"{limit}. Shorten the detail, or send an email instead."))
            continue
        low, high = length_range(letter.kind, letter.tone)
        words = word_count(body)
        if words > high:
            out.append(finding("problem", "length",
                                f"The letter{to} is {words} words; aim for under {high}, ideally 100-200 for a "
                                "thank-you. Keep one detail and one strength, and cut the rest: a short note "
                                "gets read to the end."))
        elif words < low:
            out.append(finding("suggestion", "length",
                                f"The letter{to} is only {words} words. Add a specific detail from the "
                                "conversation or a sentence on what you would bring, so it says more than "
                                "thanks."))
        elif panel and words < THIN_PANEL_NOTE:
            out.append(finding("suggestion", "thin-note",
                                f"The note{to} is only {words} words: next to the others it may read as the same "
                                "letter with a new name. Add more of what you discussed with them in particular.",
                                f"interviewers.{i}.topic"))
    return out


def form(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """The letter's frame: subject line, a printed letter's address and sign-off."""
    out: list[Finding] = []
    subject = next((letter.subject for letter in letters if letter.subject), "")
    role = role_title(answers.role)
    if subject and role and role not in subject:
        out.append(finding("suggestion", "subject",
                            f'The subject line shortens the role to stay under {SUBJECT_MAX} characters: '
                            f'"{subject}". A shorter role title reads better there.', "role"))
    if answers.channel == "letter" and not clean(answers.company_address):
        out.append(finding("suggestion", "letter-address",
                            "A printed letter has no company address: add the street, town and postcode, so that "
                            "the letter can be posted and the recipient block is complete.", "company_address"))
    sign = clean(answers.sign_off).rstrip(",.!").casefold()
    if sign in CASUAL_SIGN_OFFS and (answers.channel == "letter" or answers.tone == "formal"):
        out.append(finding("suggestion", "sign-off",
                            f'"{clean(answers.sign_off)}" is too casual for a {"printed" if answers.channel == "letter" else "formal"} '
                            'letter. Leave Sign-off empty for one that fits, or write "Kind regards".', "sign_off"))
    return out


def shortened(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """Say what a short message left out to fit its limit (the detail itself: see `_left_out`)."""
    limit = limit_for(answers.message_to)
    if limit is None:
        return []
    out: list[Finding] = []
    # The templates use the role without a trailing "role"/"position" and both with whitespace
    # collapsed: compare with that, case aside (a template may start a sentence with either).
    wanted = (("the role", "role", role_title(answers.role)),
              ("the company's name", "company", company_ref(answers.company)))
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
                left_out.append(("the end of what you discussed", f"interviewers.{i}.topic"))
        if not left_out:
            continue
        to = f" to {letter.recipient_name}" if len(letters) > 1 else ""
        what = " and ".join(w for w, _ in left_out)
        if topic:
            fix, field = "Shorten what you discussed to make room", f"interviewers.{i}.topic"
        else:  # nothing of the person's own words to shorten here but the names themselves
            fix, field = "A shorter role or company name makes room", left_out[0][1]
        out.append(finding("suggestion", "message-shortened",
                            f"To fit {limit} characters, the message{to} leaves out {what}. {fix}, "
                            "or send an email instead.", field))
    return out




def thread(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """A check-in by email goes in the earlier thread: the first in the last email with them, the second in the first's.

    The composer writes the subject such a reply has: a second check-in's is "Re: " and the
    first's; a first check-in's own subject is for when there is no earlier email to answer.
    """
    if answers.kind != "check-in" or answers.channel != "email" or not letters or not letters[0].subject:
        return []
    if answers.check_in_number == 1:
        text = ("Send this as a reply in your last email thread with them (your thank-you note, or the email that "
                "arranged the interview), so that they see the whole conversation: the subject here is only for "
                "when there is no earlier email to answer.")
    else:
        text = (f'Send this as a reply to your first check-in, so that both are in one thread: its subject, '
                f'"{letters[0].subject}", is what that reply\'s subject reads.')
    return [finding("suggestion", "check-in-thread", text)]
