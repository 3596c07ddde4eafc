"""Checks of what was typed: the detail, names, placeholders, emoji, a pasted résumé, answers left out,
and careless typing the letter repaired or could not (capitals, links, long answers, typos)."""

from __future__ import annotations

import re

from followup.answers import Answers, label_for
from followup.checks.findings import Finding, finding
from followup.compose import FIELD_OF
from followup.letter import Letter
from followup.messages import limit_for
from followup.names import address, has_case, ordinary_capitals
from followup.schema import field_by_path
from followup.shapes import keep_words, list_items, shape
from followup.typed import is_shouting, repair
from followup.wording import EMOJI, clean

MIN_TOPIC_WORDS = 3
GENERIC_TOPICS = frozenset({
    "the role", "role", "the job", "job", "the position", "position", "the company", "company",
    "the team", "team", "everything", "things", "stuff", "the interview", "interview", "general",
    "various things", "lots", "a lot", "n/a", "na", "-",
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
)
DATE_RANGE = re.compile(r"\b(19|20)\d{2}\s*(-|–|—|to)\s*((19|20)\d{2}|present|now|current|today)\b", re.IGNORECASE)
BULLET_LINE = re.compile(r"^\s*([-*•·▪●–]|\d+[.)])\s+", re.MULTILINE)


def looks_like_resume(text: str) -> list[str]:
    """The reasons a strength reads like a pasted resume (empty when it reads like a sentence)."""
    reasons: list[str] = []
    words = len(text.split())
    lines = [line for line in text.splitlines() if line.strip()]
    if words > 60:
        reasons.append(f"it is {words} words long")
    if BULLET_LINE.search(text):
        reasons.append("it has bullet points")
    elif len(lines) >= 3:
        reasons.append(f"it runs over {len(lines)} lines")
    if re.search(r"\bresponsible for\b", text, re.IGNORECASE):
        reasons.append('it says "responsible for"')
    if DATE_RANGE.search(text):
        reasons.append("it has date ranges")
    if text.count(",") + text.count(";") * 2 >= 5:
        reasons.append("it is a long list")
    return reasons


def placeholder_in(text: str) -> str | None:
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
    if not answers.interviewers:
        return [finding("problem", "missing-detail",
                         "Add who interviewed you and one thing you discussed with them: a specific detail "
                         "is what shows you listened, and what makes a note feel written for them.",
                         "interviewers")]
    out: list[Finding] = []
    for i, person in enumerate(answers.interviewers):
        topic = " ".join(person.topic.split())
        who = person.name.strip() or f"interviewer {i + 1}"
        field = f"interviewers.{i}.topic"
        if not topic:
            out.append(finding("problem", "missing-detail",
                                f"Add one specific thing you discussed with {who}: a project, a problem, or a "
                                "question they asked. Without it, the note could be sent to anyone.", field))
        elif topic.lower().rstrip(".") in GENERIC_TOPICS or len(topic.split()) < MIN_TOPIC_WORDS:
            out.append(finding("problem", "missing-detail",
                                f'"{topic}" is too general to show you listened. Name something only you and '
                                f"{who} talked about, for example a project they described or a question they "
                                "asked.", field))
    if not out:
        out.append(finding("good", "has-detail",
                            "Each note mentions something specific you discussed: that is what makes a "
                            "thank-you memorable." if len(answers.interviewers) > 1 else
                            "The note mentions something specific you discussed: that is what makes a "
                            "thank-you memorable."))
    return out


def names(answers: Answers) -> list[Finding]:
    if not answers.interviewers:
        return [finding("suggestion", "no-name",
                         'The letter opens with "Dear Hiring Team". If you know who you met or who wrote to '
                         "you, add their name: a letter to a person gets read by that person.", "interviewers")]
    out: list[Finding] = []
    for i, person in enumerate(answers.interviewers):
        name = clean(person.name)
        field = f"interviewers.{i}.name"
        guess = address(person.name, "", answers.language)
        if not name or guess.role:
            out.append(finding("suggestion", "no-name",
                                f'"{name}" is a role, not a name. If you can find the person\'s name (in the '
                                "invitation email, on the company's site or on LinkedIn), use it.", field))
        elif has_case(name) and (name == name.lower() or name == name.upper()) and len(name) > 3:
            out.append(finding("suggestion", "no-name",
                                f'Check how "{name}" spells their name, capitals included: the greeting writes it '
                                f'"{ordinary_capitals(name)}", but a name written carefully is the first thing '
                                "they will notice.", field))
        if name and not guess.role and not clean(person.address_as) and not guess.certain \
                and (answers.tone != "formal" or answers.channel == "message"):
            out.append(finding("suggestion", "address-as",
                                f'The letter greets them as "{guess.given}", their whole name, because it cannot '
                                "tell which part of it they go by. If you know (from how they sign their emails, "
                                'for example), fill in "Address them as".', f"interviewers.{i}.address_as"))
    return out


REPHRASE = {
    "topic": 'Write it as a short phrase, for example "your plan to move reporting to dbt", or as a sentence '
             'about the conversation, for example "you asked how I would handle late data".',
    "their_needs": 'Write it as what the team needs, for example "someone who can make the weekly numbers '
                   'trustworthy", or as one sentence, for example "the weekly numbers are not trusted".',
    "your_strength": 'Write one sentence about you, for example "I rebuilt our sales reporting and cut the '
                     'monthly close from five days to two."',
    "forgot_to_mention": 'Write it as one sentence, for example "I have also taught SQL to eight analysts."',
}


def left_out(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """Answers a letter could not use, each on its field with how to rephrase it."""
    out: list[Finding] = []
    seen: set[str] = set()
    for letter in letters:
        for path, why in letter.left_out:
            if path in seen:
                continue
            seen.add(path)
            if why == "the message's limit":
                limit = limit_for(answers.message_to)
                out.append(finding("problem", "message-shortened",
                                    f"To fit {limit} characters, the message to {letter.recipient_name} leaves out "
                                    "what you discussed, which is what makes a note worth sending. Shorten it to a "
                                    "few words, or send an email instead.", path))
                continue
            label = label_for(path)
            advice = REPHRASE[path.rsplit(".", 1)[-1]]
            out.append(finding("problem", "rephrase",
                                f'The letter leaves out "{label}": {why}, and it could not be made to read well '
                                f"in a sentence. {advice}", path))
    return out

def placeholders(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = placeholder_in(value)
        if found:
            out.append(finding("problem", "placeholder",
                                f'"{found}" looks like placeholder text. Replace it with the real words before '
                                "sending: a left-over placeholder tells the reader the letter was a template.",
                                path))
    return out


def emoji(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = EMOJI.search(value)
        if found:
            out.append(finding("suggestion", "emoji",
                                f"Leave out the {found.group(0)}: emoji read as too casual in a follow-up, "
                                "even after a relaxed interview.", path))
    return out


CHAT = re.compile(r"\b(?:lol|lmao|haha+|btw|omg|tbh|imo|gonna|wanna|pls|plz|thx|u r|ur)\b", re.IGNORECASE)
"""Chat shorthand that the letter would carry into a formal note word for word."""


def casual(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in text_fields(answers):
        found = CHAT.search(value)
        if found and not path.endswith(("email", "profile_url", "name")):
            out.append(finding("suggestion", "emoji",
                               f'"{found.group(0)}" is chat shorthand, and the letter uses your words as you '
                               "typed them: write it out in full, as you would in an email to a stranger.", path))
    return out


def resume(answers: Answers) -> list[Finding]:
    if answers.kind == "after-rejection" or not answers.your_strength.strip():
        return []
    reasons = looks_like_resume(answers.your_strength)
    if not reasons:
        return []
    return [finding("suggestion", "resume-paste",
                     "Your strength reads like a pasted resume (" + ", ".join(reasons) + "). Pick the one "
                     "result that best answers what they need and say it in one sentence, for example: "
                     '"I rebuilt our sales reporting and cut the monthly close from five days to two."',
                     "your_strength")]


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
    out: list[Finding] = []
    keep = keep_words(answers)
    for path, slot, text in typed_answers(answers):
        typed = repair(text, keep)
        shaped = shape(text, slot, keep)
        used = shaped.text or shaped.quoted
        if is_shouting(text) and used:
            out.append(finding("suggestion", "capitals",
                                "This answer is typed in capitals, which reads as shouting: the letter puts it in "
                                f'ordinary capitals as "{used}". Retype it with capitals only where they belong '
                                "(names, places, acronyms), so the letter can keep them.", path))
        for link in typed.links:
            out.append(finding("suggestion" if used else "problem", "link",
                                f'A letter cannot say "{link}" in a sentence, so it leaves the link out. Say in a '
                                "few words what it is about (for example \"the dashboard I built for the night "
                                "shift\"); you can send the link separately if they asked for it.", path))
        if typed.tags:
            out.append(finding("suggestion" if used else "problem", "link",
                                f"Hashtags ({' '.join(typed.tags)}) do not belong in a letter, so it leaves them out. "
                                "If they name the subject, say it in words instead.", path))
        if shaped.shortened_from and used:
            points = len(list_items(typed.text))
            what = f"a list of {points} points" if points >= 2 else f"{shaped.shortened_from} characters long"
            out.append(finding("suggestion", "shortened-answer",
                                f"This answer is {what}, more than one sentence of a letter can carry, so the letter "
                                f'uses its first part: "{used}". If another part matters more, shorten the answer '
                                "to that one point.", path))
        for word, meant in typed.doubtful:
            out.append(finding("suggestion", "typo",
                                f'"{word}" looks like a typo of "{meant}": the letter uses it as you typed it. '
                                "Correct it if you meant the other word.", path))
    return out
