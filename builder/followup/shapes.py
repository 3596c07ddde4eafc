"""The shape of what a person typed into a free-text answer, and its forms for a sentence.

People answer "What you discussed" with a phrase ("the dbt migration"), a sentence ("You
asked how I would handle late data."), a question ("how do we keep the night shift
staffed?"), a lead-in ("we discussed…", "Also, …", "I forgot to mention that…"), a list,
or a line pasted from a résumé. `shape` reads the text once and returns a `Shaped`: its
shape and the forms a template can place without changing what it says. A shape no frame
of a slot can take is left out of that slot, and `Shaped.reason` says why.

Shapes:
  phrase    a noun phrase or -ing phrase: goes after "about", "bring", "needs"
  inf       an infinitive ("to cut churn"): goes after "needs"
  event     a past-tense clause about the conversation ("you asked how…"): after "when"
  fact      a clause stating something ("the team is growing"): after "that"
  own       a sentence in the writer's voice ("I led…", "My thesis…"): a sentence of its own
  question  a question: `indirect` ("how to keep…") when it can be said so, else quoted
  none      nothing usable; `reason` says why
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from followup.answer_cache import answer_cache
from followup.clauses import (AUX, BASE_VERBS, DETERMINERS, FINITE, MODALS, PREPOSITIONS, SPEECH_PAST, SUBJECTS, WH,
                              cuts, has_finite, is_gerund, is_past, stray_verb, verb_by_form)
from followup.typed import capitalised_elsewhere, repair
from followup.wording import EMOJI, TRAILING, clean, join_names, lower_first_word, upper_first

FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|My|me|Me|mine)\b")
INLINE_BULLET = re.compile(r"\s*[;,]\s*[-–—•*·▪]\s+|\s+[•·▪]\s+")
"""A bullet typed inside one line: after a semicolon or comma ("; - led a team"), or a bullet dot anywhere."""
BULLET = re.compile(r"^\s*(?:[-*•·▪●–—>]|\d+[.)]|[a-z][.)])\s+")
DATE_RANGE = re.compile(r"\(?\b(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:19|20)\d{2}|present|now|current|today)\b\)?",
                        re.IGNORECASE)
ALL_LEADS = (
    r"so basically", r"basically", r"so", r"well", r"um+", r"erm", r"like", r"honestly", r"anyway",
    r"q", r"also", r"and", r"plus", r"oh", r"ps", r"sorry", r"oops", r"p\.s\.", r"btw", r"by the way", r"one more thing",
    r"additionally", r"finally", r"lastly", r"also worth mentioning", r"fyi", r"note",
)
LABELS = (
    r"(?:key |core |main |relevant |technical |top )?(?:skills?|strengths?|experience|achievements?|"
    r"highlights?|expertise|qualifications?|competenc(?:y|ies))", r"background", r"profile", r"summary",
    r"tools", r"tech(?:nical)? stack", r"stack", r"requirements?", r"needs?", r"topics?", r"re",
)
"""Headings pasted from a résumé, a profile or notes ("Skills:", "Key achievements –"): dropped before
the answer is read, but only with a colon or a spaced dash after them ("experience with dbt" stays)."""
_HEADING = re.compile(rf"^(?:{'|'.join(LABELS)})\s*(?::|\s[-–—])\s*", re.IGNORECASE)
SLOT_LEADS = {
    "topic": (
        r"we (?:also )?(?:discussed|talked about|covered|spoke about|went over|chatted about|got into|dug into)",
        r"(?:we )?(?:had a )?(?:discussion|conversation|chat|talk) (?:about|of|on)",
        r"(?:discussed|discussing|talked about|talking about|talk about|chatted about|covered|spoke about|"
        r"speaking about|went over|going over)",
        r"our (?:discussion|conversation|chat|talk) (?:about|of|on)",
        r"(?:the )?topic(?: was)?", r"about",
        r"(?:i think|i learned|i heard|i gathered|i understood|it sounds like|it seems like|it seems)(?: that)?",
    ),
    "needs": (
        r"we (?:also )?(?:discussed|talked about|covered|spoke about|went over)",
        r"(?:i think |i learned |i heard |i gathered |i understood |it sounds like |it seems like |it seems )?"
        r"(?:that )?(?:they|the team|you|we|the company|the department|the unit|the ward|the school|they all)"
        r" (?:really |mainly |mostly |urgently |desperately )?(?:need|needs|want|wants|are looking for|"
        r"is looking for|'re looking for|’re looking for|require|requires)",
        r"(?:looking for|need|needs|wants|want|requires|require)",
        r"(?:i think|i learned|i heard|i gathered|i understood|it sounds like|it seems like|it seems)(?: that)?",
    ),
    "strength": (
        r"(?:i think )?my (?:matching |main |biggest |key )?strength (?:is|would be)(?: that)?",
        r"what i (?:would|'d|’d|can) bring is", r"i (?:would|could|can) bring",
    ),
    "forgot": (
        r"(?:i )?(?:forgot|meant|wanted|didn't get|didn’t get|did not get|neglected|failed|should have (?:liked )?)"
        r" ?(?:to )?(?:mention|say|tell you|add|share|bring up|ask|mentioned|said)(?: about)?",
        r"(?:i )?didn't mention|(?:i )?did not mention|(?:i )?should have mentioned|one thing i forgot",
        r"something i forgot(?: to mention)?(?: is)?", r"that",
    ),
}


ABOUT_THEM = re.compile(r"\b(?:they|the team|you|we)(?:'re| are)? (?:need|needs|want|wants|looking)\b", re.I)
"""A sentence about what the team needs: never a strength, whoever typed it."""
MAX_WORDS = {"topic": 30, "needs": 35, "strength": 50, "forgot": 45}
"""Longest answer a sentence can carry; a longer one is asked to be cut to its point."""
QUALITIES = re.compile(r"\b(?:certified|qualified|licensed|registered|accredited|chartered|trained|fluent|bilingual|"
                       r"trilingual|insured|vetted|cleared)\b", re.IGNORECASE)
"""Words that make a phrase a description of the writer ("Xactimate certified"): it reads as "I am …"."""
OWN_THINGS = re.compile(r"\b(?:dissertation|thesis|degree|phd|msc|mba|bsc|certificate|certification|licence|license|"
                        r"portfolio|track record|publications?)\b")
"""Nouns that make a strength typed as a bare noun phrase the writer's own thing: "my first-class dissertation"."""


@dataclass(frozen=True)
class Shaped:
    """What a free-text answer can become in a letter; see the module docstring."""

    shape: str
    """One of the shapes the module docstring lists (not to be confused with the letter's kind)."""
    text: str = ""
    quoted: str = ""
    """For a question that cannot be said indirectly: the question as typed, capitalised."""
    reason: str = ""
    """For shape "none": what makes the text unusable, as advice ("it is a list of 4 points")."""
    cuts: tuple[str, ...] = field(default=())
    """Shorter forms of a phrase, each still whole (for a message that must fit)."""
    low: str = ""
    """`text` as it reads after "that" in mid-sentence: its first word in the case it was typed in
    ("sorry…" stays small), a common word lowered ("The…" -> "the…"), "I" and names kept."""
    shortened_from: int = 0
    """When the answer was too long or a list and `text` is its first sentence, clause or point
    that reads whole: the full answer's length in characters (0 when the whole answer is used)."""


def _strip_leads(text: str, slot: str) -> str:
    """Drop words that introduce an answer rather than say it ("Also,", "we discussed", "Skills:")."""
    for _ in range(3):
        before = text
        text = _HEADING.sub("", text)
        generic = "|".join(ALL_LEADS)
        text = re.sub(rf"^(?:{generic})\b[,:;.!\-–—]*\s+", "", text, flags=re.IGNORECASE)
        for lead in SLOT_LEADS.get(slot, ()):
            text = re.sub(rf"^(?:{lead})\b\s*(?:that\b|[,:;\-–—])?\s*", "", text, flags=re.IGNORECASE)
        if text == before:
            break
    return text.strip()


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?])\s+(?=[-–—•*]\s)", text)
    return [p for p in (p.strip() for p in parts) if p]


def _words(text: str) -> list[str]:
    return [w.strip(",;:()\"“”‘’'").lower() for w in text.split()]


def _is_question(text: str, words: list[str]) -> bool:
    if text.endswith("?"):
        return True
    return len(words) >= 3 and words[0] in WH[:6] and words[1] in AUX and words[2] in SUBJECTS | {"the", "a", "our", "your"}


def indirect_question(text: str) -> str:
    """"How do we keep X?" -> "how to keep X"; "" when it cannot be said indirectly without a guess.

    Only questions whose subject is "we", "I" or "one" with "do" or a modal turn into
    "wh- to …", which changes no one's words: a question with "you" could have been asked
    by either side, so it is quoted as typed.
    """
    words = text.rstrip("?").split()
    if len(words) < 4:
        return ""
    wh, aux, subject = (w.lower() for w in words[:3])
    if wh in ("how", "what", "where", "when", "which", "whether") and aux in MODALS and subject in ("we", "i", "one"):
        rest = " ".join(words[3:]).rstrip(TRAILING)
        if rest.split()[0].lower() in ("not", "never"):
            return ""
        return f"{wh} to {rest}"
    return ""


def _list_items(raw: str) -> list[str]:
    """The points of a list (bullets, or three or more short unpunctuated lines); [] for prose.

    Prose broken over lines ("I speak\nSpanish", a pasted paragraph) is not a list.
    """
    lines = [line for line in raw.splitlines() if line.strip()]
    inline = INLINE_BULLET.split(raw) if len(lines) == 1 else []
    if len(inline) >= 2:  # "I cut shrink 18%; - led a team of 35; - P&L of £4.2m": a list typed on one line
        return [clean(BULLET.sub("", p)) for p in inline if clean(p)]
    bullets = sum(1 for line in lines if BULLET.match(line))
    unpunctuated = all(not line.rstrip().endswith((".", "!", "?", ",")) and len(line.split()) <= 8 for line in lines)
    if bullets >= 2 or (bullets and len(lines) == 1) or (len(lines) >= 3 and unpunctuated):
        return [clean(BULLET.sub("", line)) for line in lines]
    if raw.count(";") >= 2:
        return [clean(p) for p in raw.split(";") if p.strip()]
    parts = [clean(p) for p in raw.split(",")]
    if parts and re.fullmatch(rf"(?:{'|'.join(ALL_LEADS)})", parts[0], re.IGNORECASE):
        return []  # "Also, my certificate": a lead-in, not a list
    if len(lines) == 1 and len(parts) >= 2 and all(p and len(p.split()) <= 3 for p in parts) \
            and not has_finite(["", *_words(raw)]) and not re.search(r"\bI\b", raw):
        return parts  # "Go, Postgres, Kafka"
    return []


def _shift_voice(text: str) -> str:
    """The team's words in the writer's letter to them: "our"/"we" -> "your"/"you"."""
    swaps = {"we": "you", "our": "your", "us": "you", "ours": "yours", "ourselves": "yourselves",
             "we're": "you're", "we’re": "you’re", "we've": "you've", "we’ve": "you’ve", "we'll": "you'll",
             "we’ll": "you’ll", "we'd": "you'd", "we’d": "you’d"}

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = swaps[word.lower()]
        return upper_first(new) if word[:1].isupper() else new

    return re.sub(r"\b(?:we're|we’re|we've|we’ve|we'll|we’ll|we'd|we’d|we|our|us|ours|ourselves)\b", swap, text,
                  flags=re.IGNORECASE)


def _they_to_you(text: str) -> str:
    """A sentence about "them" (the team) written to them: "they are" -> "you are"."""
    return re.sub(r"^(they|their|them)\b", lambda m: {"they": "you", "their": "your", "them": "you"}[m.group(1).lower()],
                  text, flags=re.IGNORECASE)


def _to_addressee(text: str) -> str:
    """A topic about the person the note goes to ("She asked about…") said to them ("you asked about…")."""
    m = re.match(r"(she|he|they)\s+(?=\w+)", text, re.IGNORECASE)
    if not m:
        return text
    rest = text[m.end():]
    rest = re.sub(r"\b(?:his|her|their)\b(?=\s+\w)", "your", rest)
    rest = re.sub(r"\b(?:him|her|them)\b", "you", rest)
    rest = re.sub(r"\b(?:she|he)\b", "you", rest)
    return "you " + rest


SHORT_SEAMS = ("; ", " – ", " — ", " - ", ", and ", ", but ", ", so ", ", ")
"""Where a long sentence may end early: after a whole first clause, never inside a phrase."""


def _first_whole(text: str, slot: str, keep: frozenset[str]) -> Shaped | None:
    """The first sentence, else the first clause, of a long answer when it reads whole on its own."""
    sentences = _sentences(clean(text))
    pieces = sentences[:1] if len(sentences) > 1 else []
    first = sentences[0] if sentences else ""
    for seam in SHORT_SEAMS:
        head = first.split(seam)[0]
        if head != first and len(head.split()) >= 4:
            pieces.append(head)
    for piece in pieces:
        shaped = _shape(piece, slot, keep)
        if shaped.shape != "none" and (shaped.shape != "phrase" or seam_free(piece)):
            return shaped
    return None


def seam_free(piece: str) -> bool:
    """True when a clause cut from a longer sentence still ends on a word that can end a phrase."""
    return piece.split()[-1].lower().strip(TRAILING) not in _OPEN_ENDS


_OPEN_ENDS = frozenset({"the", "a", "an", "of", "to", "and", "or", "our", "your", "my", "their", "with", "for",
                        "in", "on", "at", "from", "by", "is", "are", "was", "were", "that", "which", "who"})


@answer_cache(maxsize=1024)
def shape(raw: str, slot: str, keep: frozenset[str] = frozenset()) -> Shaped:
    """The shape of one free-text answer for `slot` ("topic", "needs", "strength" or "forgot").

    Pure, so cached: the composer reads the same answers for every phrasing it tries, and
    `check` reads them again. Typing is repaired first (`followup.typed`); `keep` are words capitalised in the other
    answers, kept in capitals when this one is shouted. An answer too long for a sentence,
    or a list that no frame can join, gives its first sentence, clause or point when that
    reads whole, with `shortened_from` set; a link or hashtag alone is left out.
    """
    typed = repair(EMOJI.sub("", raw or ""), keep)  # an emoji is pointed out by `check`, never written
    if not clean(typed.text):
        if typed.links or typed.tags:
            return Shaped("none", reason="it is only a link or a hashtag, which a sentence cannot carry")
        return Shaped("none")
    shaped = _with_low(_shape(typed.text, slot, keep), typed.text)
    too_long = shaped.reason.endswith("too long for one sentence")
    if shaped.shape == "none" and (too_long or shaped.reason.startswith("it is a list")):
        items = _list_items(typed.text)
        part = items[0] if not too_long and len(items) >= 2 else typed.text
        first = _shape(part, slot, keep) if part != typed.text and len(part.split()) >= 2 else None
        if first is None or first.shape == "none":
            first = _first_whole(part, slot, keep)
        whole = first is not None and first.shape != "none" and not re.search(r"[.!?]\s", first.text)
        if whole and first and (first.shape != "question" or slot != "strength"):
            return _with_low(Shaped(first.shape, first.text, first.quoted, cuts=first.cuts,
                                    shortened_from=len(clean(raw))), typed.text)
    return shaped


def _with_low(shaped: Shaped, typed: str) -> Shaped:
    """`shaped` with its `low` form: a first word capitalised by `shape` but typed small goes back to small."""
    if not shaped.text:
        return shaped
    first = shaped.text.split()[0]
    typed_small = first[:1].isupper() and first[1:] == first[1:].lower() and first != "I" and \
        re.search(rf"(?<![\w'’-]){re.escape(first[:1].lower() + first[1:])}(?![\w'’-])", typed) is not None and \
        re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", typed) is None
    low = first[:1].lower() + shaped.text[1:] if typed_small else lower_first_word(shaped.text)
    return Shaped(shaped.shape, shaped.text, shaped.quoted, shaped.reason, shaped.cuts, low, shaped.shortened_from)


def _shape(raw: str, slot: str, keep: frozenset[str]) -> Shaped:
    if not clean(raw):
        return Shaped("none")
    items = _list_items(raw)
    if len(items) >= 2:
        shaped = [_shape(item, slot, keep) for item in items]
        nouns = all(s.shape == "phrase" and s.text.split()[0].lower() not in PREPOSITIONS for s in shaped)
        if nouns and len(items) <= 4 and all(len(s.text.split()) <= 6 for s in shaped):
            return Shaped("phrase", join_names([s.text for s in shaped]))
        if all(s.shape == "inf" for s in shaped) and len(items) <= 3:
            return Shaped("inf", "to " + join_names([s.text[3:] for s in shaped]))
        return Shaped("none", reason=f"it is a list of {len(items)} points")
    text = clean(items[0] if items else raw)
    text = DATE_RANGE.sub("", text).strip() if slot == "strength" else text
    text = clean(_strip_leads(text, slot))
    if not text:
        return Shaped("none", reason="it only says how the answer starts")
    sentences = _sentences(text)
    words = _words(text)
    if _is_question(text, words):
        if len(sentences) > 1:
            return Shaped("none", reason="it has more than one sentence with a question among them")
        if slot == "strength":
            return Shaped("none", reason="it is a question")
        q = text if text.endswith("?") else text.rstrip(TRAILING) + "?"
        return Shaped("question", indirect_question(q), quoted=upper_first(q))
    body = text.rstrip(TRAILING)
    if not any(ch.isalnum() for ch in body):
        return Shaped("none", reason="it has no words")
    if len(body.split()) > MAX_WORDS[slot]:
        return Shaped("none", reason=f"it is {len(body.split())} words long, too long for one sentence")
    if len(sentences) > 1:
        if slot in ("strength", "forgot") and FIRST_PERSON.search(sentences[0]) and len(sentences) <= 2:
            return Shaped("own", " ".join(upper_first(s) for s in sentences).rstrip(TRAILING))
        return Shaped("none", reason=f"it is {len(sentences)} sentences")
    first = words[0]
    question = re.match(r"(?:your|the|their|his|her) question (?:about|on|of)\s+(?=(?:how|what|why|whether|where|when)\b)",
                        body, re.IGNORECASE)
    if slot == "topic" and question:  # "your question about how I'd…" -> "you asked how I'd…"
        return Shaped("event", "you asked " + body[question.end():])
    if slot == "topic" and re.match(r"(?:she|he|they)\s", body, re.IGNORECASE):
        body = _to_addressee(body)
        words = _words(body)
        first = words[0]
    if slot == "needs":
        body = _they_to_you(_shift_voice(body))
        words = _words(body) or [""]
        first = words[0]
    finite = has_finite(words) or verb_by_form(body)
    speaks = re.search(r"(?:^|\s)I(?:\s|['’])", body) or (FIRST_PERSON.search(body) and finite)
    if first == "i" or first.startswith(("i'", "i’")) or (speaks and slot in ("strength", "forgot")):
        if slot == "topic" and len(words) > 1 and words[1] in SPEECH_PAST:
            return Shaped("event", body)
        if slot == "needs":
            return Shaped("none", reason="it is about you, not about what the team needs")
        about_them = ABOUT_THEM.search(body)
        if slot == "strength" and about_them:
            return Shaped("none", reason="it is about what they need, not about you")
        if about_them or slot == "topic":
            body = re.sub(r"\bthey\b", "you", _shift_voice(body)) if slot != "topic" or about_them else body
        return Shaped("own", upper_first(body))
    if slot == "strength" and is_past(first) and not has_finite(words):
        return Shaped("own", "I " + body[:1].lower() + body[1:] if body[1:2].islower() else "I " + body)
    if slot == "strength" and first == "responsible" and len(words) > 2:
        return Shaped("own", "I was " + body[:1].lower() + body[1:])
    if first in WH and len(words) > 2:  # "how congregations can host…": a question's content as a noun phrase
        phrase = lower_first_word(body)
        return Shaped("phrase", phrase, cuts=cuts(phrase))
    if slot == "needs" and first in BASE_VERBS and len(words) > 1 and words[1] not in ("of", "and", "is", "are"):
        inf = "to " + lower_first_word(body) if body[:1].isupper() and body[1:2].islower() else "to " + body
        return Shaped("inf", inf, cuts=cuts(inf))
    if first == "to" and len(words) > 1:
        return Shaped("inf", body, cuts=cuts(body)) if slot == "needs" else Shaped("phrase", body, cuts=cuts(body))
    if first in SUBJECTS or finite:
        if len(words) > 1 and words[1] in SPEECH_PAST or (first in ("you", "we", "they") and len(words) > 1
                                                              and is_past(words[1])):
            return Shaped("event", lower_first_word(body))
        if slot == "strength":  # no frame says "that …" of a strength: it is the writer's own sentence
            if ABOUT_THEM.search(body):  # "They need data quality…": what they need, not what you bring
                return Shaped("none", reason="it is about what they need, not about you")
            return Shaped("own", upper_first(body))
        # A statement about the team, in their words: said back to them ("they need" -> "you need").
        return Shaped("fact", lower_first_word(_they_to_you(_shift_voice(body)) if slot in ("topic", "forgot") else body))
    if slot in ("topic", "forgot"):
        body = re.sub(r"\bour\b", "your", re.sub(r"\bOur\b", "Your", body))
    resume_like = body.count(",") >= 2 or re.search(r",\s*(?:and\s+)?(?:[a-z]+ed|led|built|grew|ran|cut|won|made|drove)\b", body)
    if slot == "strength" and resume_like and not has_finite(["", *words]):
        return Shaped("none", reason="it reads like lines from a résumé")
    if slot in ("strength", "forgot") and QUALITIES.search(body) and not has_finite(["", *words]) \
            and "," not in body:
        return Shaped("own", "I am " + lower_first_word(body) if first not in ("a", "an") else "I am " + body)
    if slot == "strength" and is_gerund(first):
        return Shaped("phrase", "experience " + lower_first_word(body))
    phrase = lower_first_word(body)
    if slot == "strength" and first not in DETERMINERS and OWN_THINGS.search(" ".join(words[:4])):
        phrase = "my " + phrase  # "First-class dissertation on…": the writer's own, said so
    verb = stray_verb(words)
    if verb in FINITE:  # a long subject before its verb ("the rollout of the tool across four sites was delayed")
        return Shaped("own", upper_first(body)) if slot == "strength" else Shaped("fact", lower_first_word(body))
    if verb:  # a clause the rules above could not place: said whole in the writer's voice, or left out
        if slot in ("strength", "forgot") and FIRST_PERSON.search(body):
            return Shaped("own", upper_first(body))
        return Shaped("none", reason=f'it reads as a sentence ("{verb}") whose shape the letter cannot be sure of')
    return Shaped("phrase", phrase, cuts=cuts(phrase))


def keep_words(answers: Any) -> frozenset[str]:
    """The acronyms a shouted answer keeps: words in capitals in the company, role, titles and calm answers."""
    return capitalised_elsewhere((answers.company, answers.role, *(p.title for p in answers.interviewers),
                                  *answers.free_texts()))


def list_items(text: str) -> list[str]:
    """The points of an answer typed as a list (bullets on lines or on one line, semicolons); [] for prose."""
    return _list_items(text)
