"""Checks: the guide's advice as code.

`check` looks at the answers (and the letters composed from them) the way a
careful friend would before you press send, and returns findings: problems to
fix, suggestions to consider, and things done well. Each finding says what to
do in plain words and links to the part of the guide that explains why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from followup.answers import Answers, label_for
from followup.compose import MAX_CHECK_INS, SUBJECT_MAX, Refused, company_ref, compose, role_title
from followup.english import format_date
from followup.letter import Letter, body_text, word_count
from followup.messages import limit_for
from followup.names import address, has_case
from followup.wording import clean

Level = Literal["problem", "suggestion", "good"]

ANCHORS = {
    "missing-detail": "what-to-write/#specific-detail",
    "has-detail": "what-to-write/#specific-detail",
    "length": "what-to-write/#length",
    "resume-paste": "what-to-write/#your-strength",
    "no-name": "mistakes/#names",
    "placeholder": "mistakes/#placeholders",
    "emoji": "mistakes/#form",
    "panel-similar": "panel/#one-note-each",
    "late": "when/#late",
    "on-time": "when/#within-24-hours",
    "early-check-in": "check-in/#decision-date",
    "date-check": "when/#timeline",
    "third-check-in": "check-in/#how-many",
    "message-too-long": "channels/#short-message",
    "message-shortened": "channels/#short-message",
    "rejection-feedback": "rejection/#feedback",
    "address-as": "mistakes/#names",
    "rephrase": "what-to-write/#specific-detail",
    "subject": "channels/#email",
    "thin-note": "panel/#one-note-each",
    "letter-address": "channels/#printed-letter",
    "sign-off": "mistakes/#form",
}
"""Where in the guide each finding is explained (site-relative URLs)."""

LEVEL_ORDER = {"problem": 0, "suggestion": 1, "good": 2}

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

PLAUSIBLE_DAYS = 366
"""An interview further back than this is a mistyped year, not a follow-up."""
COMBINE_AFTER_DAYS = 7
"""From a week after the interview, the guide says to combine the thank-you with a check-in."""

MIN_TOPIC_WORDS = 3
GENERIC_TOPICS = frozenset({
    "the role", "role", "the job", "job", "the position", "position", "the company", "company",
    "the team", "team", "everything", "things", "stuff", "the interview", "interview", "general",
    "various things", "lots", "a lot", "n/a", "na", "-",
})
ROLE_ONLY_NAMES = re.compile(
    r"^(dear\s+)?(the\s+)?(hiring|recruit\w*|talent|hr|human resources|people|interview\w*)?\s*"
    r"(manager|team|recruiter|partner|panel|committee|department|lead|sir|madam|sir or madam|whom it may concern|"
    r"interviewer)?s?$",
    re.IGNORECASE,
)
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
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
DATE_RANGE = re.compile(r"\b(19|20)\d{2}\s*(-|–|—|to)\s*((19|20)\d{2}|present|now|current|today)\b", re.IGNORECASE)
BULLET_LINE = re.compile(r"^\s*([-*•·▪●–]|\d+[.)])\s+", re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    """One piece of advice about the answers or the letters.

    `anchor` is a site-relative link into the guide; `field` the dotted path of
    the answer to change (None when it is about the letter as a whole).
    """

    level: Level
    code: str
    message: str
    anchor: str
    field: str | None = None


def _finding(level: Level, code: str, message: str, field: str | None = None) -> Finding:
    return Finding(level=level, code=code, message=message, anchor=ANCHORS[code], field=field)


# --- helpers shared with the tests ----------------------------------------------------


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


def _placeholder_in(text: str) -> str | None:
    for pattern in PLACEHOLDERS:
        m = pattern.search(text)
        if m:
            return m.group(0).strip()
    return None


def _text_fields(answers: Answers) -> list[tuple[str, str]]:
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


def _called(answers: Answers, i: int) -> str:
    """Interviewer `i` as the findings name them: as the letter greets them, or their whole name."""
    person = answers.interviewers[i]
    a = address(person.name, person.address_as, answers.style)
    return (a.given if a.certain else a.formal) or f"interviewer {i + 1}"


def _when(d: date, style: str) -> str:
    """"Monday 30 November 2026" (en-GB) or "Monday, November 30, 2026" (en-US)."""
    day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[d.weekday()]
    return f"{day} {format_date(d, style)}" if style == "en-GB" else f"{day}, {format_date(d, style)}"


# --- the checks -------------------------------------------------------------------------


def _detail(answers: Answers) -> list[Finding]:
    if answers.kind != "thank-you":
        return []
    if not answers.interviewers:
        return [_finding("problem", "missing-detail",
                         "Add who interviewed you and one thing you discussed with them: a specific detail "
                         "is what shows you listened, and what makes a note feel written for them.",
                         "interviewers")]
    out: list[Finding] = []
    for i, person in enumerate(answers.interviewers):
        topic = " ".join(person.topic.split())
        who = person.name.strip() or f"interviewer {i + 1}"
        field = f"interviewers.{i}.topic"
        if not topic:
            out.append(_finding("problem", "missing-detail",
                                f"Add one specific thing you discussed with {who}: a project, a problem, or a "
                                "question they asked. Without it, the note could be sent to anyone.", field))
        elif topic.lower().rstrip(".") in GENERIC_TOPICS or len(topic.split()) < MIN_TOPIC_WORDS:
            out.append(_finding("problem", "missing-detail",
                                f'"{topic}" is too general to show you listened. Name something only you and '
                                f"{who} talked about, for example a project they described or a question they "
                                "asked.", field))
    if not out:
        out.append(_finding("good", "has-detail",
                            "Each note mentions something specific you discussed: that is what makes a "
                            "thank-you memorable." if len(answers.interviewers) > 1 else
                            "The note mentions something specific you discussed: that is what makes a "
                            "thank-you memorable."))
    return out


def _names(answers: Answers) -> list[Finding]:
    if not answers.interviewers:
        return [_finding("suggestion", "no-name",
                         'The letter opens with "Dear Hiring Team". If you know who you met or who wrote to '
                         "you, add their name: a letter to a person gets read by that person.", "interviewers")]
    out: list[Finding] = []
    for i, person in enumerate(answers.interviewers):
        name = clean(person.name)
        field = f"interviewers.{i}.name"
        guess = address(person.name, "", answers.style)
        if not name or guess.role:
            out.append(_finding("suggestion", "no-name",
                                f'"{name}" is a role, not a name. If you can find the person\'s name (in the '
                                "invitation email, on the company's site or on LinkedIn), use it.", field))
        elif has_case(name) and name == name.lower():
            out.append(_finding("suggestion", "no-name",
                                f'Check how "{name}" spells their name, capitals included: a name written '
                                "carefully is the first thing they will notice.", field))
        if name and not guess.role and not clean(person.address_as) and not guess.certain \
                and (answers.tone != "formal" or answers.channel == "message"):
            out.append(_finding("suggestion", "address-as",
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


def _left_out(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
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
                out.append(_finding("problem", "message-shortened",
                                    f"To fit {limit} characters, the message to {letter.recipient_name} leaves out "
                                    "what you discussed, which is what makes a note worth sending. Shorten it to a "
                                    "few words, or send an email instead.", path))
                continue
            label = label_for(path)
            advice = REPHRASE[path.rsplit(".", 1)[-1]]
            out.append(_finding("problem", "rephrase",
                                f'The letter leaves out "{label}": {why}, and it could not be made to read well '
                                f"in a sentence. {advice}", path))
    return out

def _placeholders(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in _text_fields(answers):
        found = _placeholder_in(value)
        if found:
            out.append(_finding("problem", "placeholder",
                                f'"{found}" looks like placeholder text. Replace it with the real words before '
                                "sending: a left-over placeholder tells the reader the letter was a template.",
                                path))
    return out


def _emoji(answers: Answers) -> list[Finding]:
    out: list[Finding] = []
    for path, value in _text_fields(answers):
        found = EMOJI.search(value)
        if found:
            out.append(_finding("suggestion", "emoji",
                                f"Leave out the {found.group(0)}: emoji read as too casual in a follow-up, "
                                "even after a relaxed interview.", path))
    return out


def _panel(answers: Answers, letters: tuple[Letter, ...] | None) -> list[Finding]:
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
            first = people[seen[key]]
            out.append(_finding("suggestion", "panel-similar",
                                f"{_called(answers, seen[key])} and {_called(answers, i)} have the same topic. "
                                f"Give each a different detail: something you discussed with "
                                f"{_called(answers, i)} in particular, so each note is clearly theirs.",
                                f"interviewers.{i}.topic"))
        else:
            seen[key] = i
    if letters and not out:
        for a in range(len(letters)):
            for b in range(a + 1, len(letters)):
                if shared_sentence_ratio(letters[a], letters[b]) > 0.5:
                    out.append(_finding("suggestion", "panel-similar",
                                        f"The notes to {letters[a].recipient_name} and {letters[b].recipient_name}"
                                        " share more than half of their sentences. Give each person a "
                                        "different detail from your conversation with them.",
                                        f"interviewers.{b}.topic"))
    return out


def _resume(answers: Answers) -> list[Finding]:
    if answers.kind == "after-rejection" or not answers.your_strength.strip():
        return []
    reasons = looks_like_resume(answers.your_strength)
    if not reasons:
        return []
    return [_finding("suggestion", "resume-paste",
                     "Your strength reads like a pasted resume (" + ", ".join(reasons) + "). Pick the one "
                     "result that best answers what they need and say it in one sentence, for example: "
                     '"I rebuilt our sales reporting and cut the monthly close from five days to two."',
                     "your_strength")]


THIN_PANEL_NOTE = 100
"""Words below which a panel note reads as a form letter with a new name."""
CASUAL_SIGN_OFFS = frozenset({"cheers", "thx", "thanks!", "ta", "later", "xx", "xo", "love", "peace", "cya"})


def _length(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    out: list[Finding] = []
    panel = answers.kind == "thank-you" and len(letters) > 1
    for i, letter in enumerate(letters):
        body = body_text(letter)
        to = f" to {letter.recipient_name}" if len(letters) > 1 else ""
        if letter.channel == "message":
            limit = limit_for(answers.message_to)
            if limit is not None and len(body) > limit:
                out.append(_finding("problem", "message-too-long",
                                    f"The message{to} is {len(body)} characters; this kind of message holds "
                                    f"{limit}. Shorten the detail, or send an email instead."))
            continue
        low, high = length_range(letter.kind, letter.tone)
        words = word_count(body)
        if words > high:
            out.append(_finding("problem", "length",
                                f"The letter{to} is {words} words; aim for under {high}, ideally 100-200 for a "
                                "thank-you. Keep one detail and one strength, and cut the rest: a short note "
                                "gets read to the end."))
        elif words < low:
            out.append(_finding("suggestion", "length",
                                f"The letter{to} is only {words} words. Add a specific detail from the "
                                "conversation or a sentence on what you would bring, so it says more than "
                                "thanks."))
        elif panel and words < THIN_PANEL_NOTE:
            out.append(_finding("suggestion", "thin-note",
                                f"The note{to} is only {words} words: next to the others it may read as the same "
                                "letter with a new name. Add more of what you discussed with them in particular.",
                                f"interviewers.{i}.topic"))
    return out


def _form(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
    """The letter's frame: subject line, a printed letter's address and sign-off."""
    out: list[Finding] = []
    subject = next((letter.subject for letter in letters if letter.subject), "")
    role = role_title(answers.role)
    if subject and role and role not in subject:
        out.append(_finding("suggestion", "subject",
                            f'The subject line shortens the role to stay under {SUBJECT_MAX} characters: '
                            f'"{subject}". A shorter role title reads better there.', "role"))
    if answers.channel == "letter" and not clean(answers.company_address):
        out.append(_finding("suggestion", "letter-address",
                            "A printed letter has no company address: add the street, town and postcode, so that "
                            "the letter can be posted and the recipient block is complete.", "company_address"))
    sign = clean(answers.sign_off).rstrip(",.!").casefold()
    if sign in CASUAL_SIGN_OFFS and (answers.channel == "letter" or answers.tone == "formal"):
        out.append(_finding("suggestion", "sign-off",
                            f'"{clean(answers.sign_off)}" is too casual for a {"printed" if answers.channel == "letter" else "formal"} '
                            'letter. Leave Sign-off empty for one that fits, or write "Kind regards".', "sign_off"))
    return out


def _dates(answers: Answers, today: date) -> list[Finding]:
    """Dates that cannot be right: every timing finding would be nonsense with them."""
    out: list[Finding] = []
    interview, decision = answers.interview_date, answers.decision_date
    if interview is not None and interview > today:
        out.append(_finding("problem", "date-check",
                            f"The interview date, {_when(interview, answers.style)}, is after today. Check it: the letter "
                            "and its dates are worked out from the day the interview took place.",
                            "interview_date"))
    elif interview is not None and (today - interview).days > PLAUSIBLE_DAYS:
        out.append(_finding("problem", "date-check",
                            f"The interview date, {format_date(interview, answers.style)}, is more than a year ago. Check "
                            "the year.", "interview_date"))
    if interview is not None and decision is not None and decision < interview:
        out.append(_finding("problem", "date-check",
                            f"The decision date they gave, {format_date(decision, answers.style)}, is before the interview "
                            f"({format_date(interview, answers.style)}). Check it: the letter mentions it.", "decision_date"))
    return out


def _shortened(answers: Answers, letters: tuple[Letter, ...]) -> list[Finding]:
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
        out.append(_finding("suggestion", "message-shortened",
                            f"To fit {limit} characters, the message{to} leaves out {what}. {fix}, "
                            "or send an email instead.", field))
    return out


def _ago(days: int) -> str:
    return "earlier today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"


def _timing(answers: Answers, today: date, now: datetime | None) -> list[Finding]:
    from followup.timing import timing_for  # written alongside; imported late to keep checks light

    timing = timing_for(answers)
    if timing is None:
        return []
    if answers.kind == "thank-you":
        deadline = timing.send_by
        # With the time of day, "late" starts at the send-by time itself, not the day after it.
        if (now > deadline) if now is not None else today > deadline.date():
            days = (today - answers.interview_date).days if answers.interview_date else 0
            # Only once a check-in would not itself be too early (the decision date may be ahead).
            if days >= COMBINE_AFTER_DAYS and today >= timing.earliest_check_in:
                return [_finding("suggestion", "late",
                                 f"The interview was {_ago(days)}. After a week, a thank-you on its own "
                                 "comes late: set Letter type to \"Check-in when you have heard nothing\", which "
                                 "thanks them again and asks for news in one short message.", "kind")]
            past = "past Monday morning" if timing.send_by_moved else "past the usual 24 hours"
            return [_finding("suggestion", "late",
                             f"The interview was {_ago(days)}, {past}. Send it anyway: a "
                             "short, sincere note a few days late still beats none. Keep it brief and skip "
                             "apologising at length.")]
        why = ("the 24 hours end on a weekend, and Monday morning is when a note gets read"
               if timing.send_by_moved else "within 24 hours of the interview")
        # The letter says when you met ("yesterday") as seen from the day it is written.
        then = (" If you send it on Monday, write it on Monday too, so that it says when you met as seen "
                "from then." if timing.send_by_moved and today < deadline.date() else "")
        return [_finding("good", "on-time",
                         f"You are on time: send it by {deadline.strftime('%H:%M')} on {_when(deadline.date(), answers.style)}, "
                         f"{why}.{then}")]
    if answers.kind == "check-in" and answers.check_in_number <= MAX_CHECK_INS:
        first = answers.check_in_number == 1
        earliest = timing.earliest_check_in if first else timing.second_check_in
        if today < earliest:
            if first and answers.decision_date:
                wait = (f"Wait until {_when(earliest, answers.style)}, two business days after the decision date they gave "
                        f"({format_date(answers.decision_date, answers.style)})")
            elif first:
                wait = (f"Wait until {_when(timing.check_in, answers.style)}, seven business days after the interview, or "
                        f"at the very least until {_when(earliest, answers.style)}, five")
            else:
                wait = f"Wait until {_when(earliest, answers.style)}, a week after your first check-in"
            return [_finding("problem", "early-check-in",
                             f"It is too early to check in. {wait}: writing before then can read as "
                             "impatient.", "decision_date" if answers.decision_date else "interview_date")]
    return []


def _check_ins(answers: Answers) -> list[Finding]:
    if answers.kind == "check-in" and answers.check_in_number > MAX_CHECK_INS:
        return [_finding("problem", "third-check-in",
                         "Two check-ins, about a week apart, is the polite maximum. If you still have no "
                         "answer, move on to other applications; a friendly LinkedIn connection request "
                         "keeps the door open.", "check_in_number")]
    return []


def _feedback(answers: Answers) -> list[Finding]:
    if answers.kind == "after-rejection" and answers.ask_for_feedback:
        return [_finding("good", "rejection-feedback",
                         "Asking for feedback is a good move: keep it a light request, and thank them "
                         "whether or not they reply.", "ask_for_feedback")]
    return []


def check(answers: Answers, today: date, letters: tuple[Letter, ...] | None = None,
          now: datetime | None = None) -> list[Finding]:
    """Every finding about these answers and their letters, problems first.

    `letters` are composed here when not given; a refused letter (third check-in)
    simply has none to measure. `now`, when known, is the local time of writing: a
    thank-you is late from its send-by time on, not only from the next day.
    """
    if letters is None:
        try:
            letters = compose(answers, today)
        except Refused:
            letters = ()
    dates = _dates(answers, today)
    findings = [
        *_check_ins(answers),
        *_placeholders(answers),
        *_emoji(answers),
        *_detail(answers),
        *_names(answers),
        *_panel(answers, letters),
        *_resume(answers),
        *_left_out(answers, letters),
        *_length(answers, letters),
        *_form(answers, letters),
        *_shortened(answers, letters),
        *(dates or _timing(answers, today, now)),
        *_feedback(answers),
    ]
    return sorted(findings, key=lambda f: LEVEL_ORDER[f.level])
