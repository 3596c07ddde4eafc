"""How the words of a typed answer are read: which are verbs, by list and by form, and where a phrase may be cut.

`followup.shapes` asks these questions of every answer. Verbs are known by list (FINITE,
IRREGULAR_PAST, BASE_VERBS) and by form (a regular past "-ed" after a short subject, a
third-person "-s" before a determiner or number); a verb inside a how/why/what clause
belongs to that clause. A phrase is cut only at a seam where what remains says the same
thing, only less (see `cuts`).
"""

from __future__ import annotations

import re

from followup.wording import TRAILING

WH = ("how", "what", "where", "when", "which", "why", "who", "whether")
AUX = frozenset({"do", "does", "did", "can", "could", "should", "would", "will", "might", "must", "shall",
                 "is", "are", "was", "were", "have", "has", "had", "may"})
MODALS = frozenset({"can", "could", "should", "would", "will", "might", "must", "shall", "may", "do"})
FINITE = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
    "may", "might", "does", "do", "did", "needs", "need", "wants", "want", "keeps", "struggles", "lacks",
    "relies", "runs", "uses", "spends", "loses", "gets", "goes", "makes", "takes", "means", "isn't",
    "aren't", "doesn't", "don't", "can't", "won't", "wasn't", "hasn't", "haven't", "plans", "hopes",
    "expects", "faces", "sees", "thinks", "feels", "works", "grew", "became", "came", "mention", "mentions",
    "say", "says", "show", "shows", "complain", "complains", "report", "reports", "struggle", "struggles",
})
SUBJECTS = frozenset({"you", "they", "she", "he", "we", "it", "there", "this", "that", "i"})
SPEECH_PAST = frozenset({
    "asked", "mentioned", "explained", "described", "shared", "told", "showed", "presented", "talked",
    "walked", "said", "gave", "spoke", "discussed", "outlined", "raised", "brought", "pointed", "noted",
    "took", "introduced", "challenged", "wondered", "suggested", "offered", "answered", "covered",
})
IRREGULAR_PAST = frozenset({
    "built", "led", "ran", "grew", "cut", "wrote", "made", "taught", "won", "drove", "set", "brought",
    "took", "gave", "kept", "sold", "began", "found", "held", "met", "spent", "rebuilt", "rewrote",
    "oversaw", "undertook", "spoke", "told", "said", "saw", "became", "did", "got", "went", "put",
})
NOT_PAST = frozenset({"need", "seed", "speed", "feed", "breed", "bed", "red", "shed", "weed", "hundred",
                      "based", "used", "skilled", "detailed", "advanced", "experienced", "dedicated",
                      "certified", "qualified", "related", "limited", "automated", "distributed"})
NOT_GERUND = frozenset({"thing", "something", "nothing", "anything", "everything", "morning", "evening",
                        "during", "king", "ring", "spring", "string", "ceiling", "bring", "sibling",
                        "wing", "sing", "swing", "sting", "sling", "bling", "ping", "meeting"})
BASE_VERBS = frozenset("""
approve reduce improve cut fix build hire grow scale find make get keep increase automate speed modernise
modernize migrate replace launch expand lower raise retain recruit train support manage deliver move
streamline standardise standardize simplify consolidate rebuild redesign create develop hit meet win
cover staff fill bring handle stop prevent ship clean unify integrate upgrade digitise digitize open
close sell reach engage explain prove protect secure stabilise stabilize onboard mentor lead run
""".split())
"""Verbs that open a need typed without its "to" ("approve more loans"): read as "to approve more loans"."""
PREPOSITIONS = frozenset({"without", "with", "for", "in", "on", "at", "by", "from", "and", "but", "or", "so",
                          "because", "while", "although", "though", "if", "unless", "into", "onto", "of"})
def is_past(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in NOT_PAST)


def is_gerund(word: str) -> bool:
    w = word.lower()
    return w.endswith("ing") and len(w) > 4 and w not in NOT_GERUND


def has_finite(words: list[str]) -> bool:
    """True when a finite verb follows the first word before any relative pronoun or wh-word.

    A verb inside a "how/why/what" clause ("crunch, and how the studio plans milestones")
    belongs to that clause, not to the answer: it does not make the answer a statement.
    """
    for w in words[1:8]:
        if w in ("that", "which", "who", "whose", "whom", "where", "when", "how", "why", "what", "whether"):
            return False
        if w in FINITE:
            return True
    return False


DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "these",
                         "those", "each", "every", "both", "all", "one", "two", "three", "four", "five", "fewer",
                         "less", "more", "most", "many", "few", "no", "any", "some", "several", "better", "faster"})
_NOT_AFTER = DETERMINERS | PREPOSITIONS | AUX | frozenset({"been", "being", "be", "get", "got", "very", "more", "most"})


def verb_by_form(body: str) -> bool:
    """True when a short subject ("my team", "the studio", "Priya") is followed by a verb known by its form.

    Read: a regular or irregular past ("cleared", "reduced", "kept") or a third-person "-s"
    form before a determiner or number ("the depot ships 2,000 pallets"), within the first
    five words, before any comma, wh-word or preposition. "a trained nurse", "the detailed
    plan" and "Led a team" (no subject) are not read as statements.
    """
    tokens = body.split()[:6]
    words = [t.strip("\"“”‘’()").lower() for t in tokens]
    if not words or words[0] in PREPOSITIONS or words[0] in WH or is_past(words[0]) or is_gerund(words[0]) \
            or words[0] in BASE_VERBS or words[0] == "to":
        return False
    start = 1 if words[0] in DETERMINERS else 0
    for i in range(start + 1, len(words)):
        w, before = words[i], words[i - 1]
        if tokens[i - 1].endswith((",", ";", ":")) or w in WH or w in PREPOSITIONS or w in ("that", "which", "who"):
            return False
        if is_past(w) and before not in _NOT_AFTER:
            # "the tool adopted by the team", "data collected in 2023": a participle, not a verb
            return w in IRREGULAR_PAST or words[i + 1:i + 2] not in ([p] for p in PREPOSITIONS | {"by"})
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i == start + 1 and re.fullmatch(r"[a-z]{3,}[^su]s", w) and (nxt in DETERMINERS or nxt[:1].isdigit()):
            return True
    return False


SEAMS = (", ", "; ", " – ", " — ", " which ", " so that ", " so ", " because ", " including ", " especially ",
         " while ", " where ", " when ", " and how ", " and ", " for ", " on ", " in ", " with ", " at ", " from ",
         " by ", " across ", " over ", " during ", " within ")
CLAUSE_SEAMS = frozenset({", ", "; ", " – ", " — ", " which ", " so that ", " because ", " including ", " especially ",
                          " while ", " on ", " across ", " over ", " during ", " within "})
"""Seams a how/what/to clause may end at: what follows them is an adjunct. " and ", " in ", " from "
may fall inside the clause's subject or object ("how analysts in Dublin and Rotterdam share…",
"how to keep volunteers from burning out"), where a cut changes the meaning."""
CLAUSE_MIN_WORDS = 5
"""A clause cut shorter than this has likely lost its verb or its object."""


def _whole_cut(head: str, seam: str) -> bool:
    """True when `head`, cut at `seam` from a longer phrase, still says the same thing, only less."""
    words = head.split()
    if words[-1].lower() in ("the", "a", "an", "of", "to", "and", "or", "our", "your", "my", "their"):
        return False
    if words[0].lower() in WH or words[0].lower() == "to":
        return seam in CLAUSE_SEAMS and len(words) >= CLAUSE_MIN_WORDS
    return True


def cuts(phrase: str, min_words: int = 3) -> tuple[str, ...]:
    """Shorter forms of a phrase, longest first, each ending at a seam (never mid-clause).

    "how your managers use the weekly pack on Monday mornings" -> ("how your managers use
    the weekly pack",). A form shorter than `min_words` words is not offered, nor one that
    changes the meaning (see `_whole_cut`): "how analysts in Dublin and Rotterdam share one
    dbt project" and "how to keep volunteers from burning out" have no cut.
    """
    out: list[str] = []
    current = phrase
    while True:
        best, seam_at = -1, ""
        for seam in SEAMS:
            i = current.rfind(seam)
            if i > best:
                best, seam_at = i, seam
        if best <= 0:
            break
        current = current[:best].rstrip(TRAILING)
        if len(current.split()) < min_words:
            break
        if not _whole_cut(current, seam_at):
            continue
        out.append(current)
    return tuple(out)


def stray_verb(words: list[str]) -> str:
    """A finite verb in what was read as a phrase, outside any wh-, relative or "to" clause; "" if none.

    A phrase with one ("the ops team finally adopted the new tool") is a clause whose subject
    the rules could not find: put after "about" it would read "…about the ops team finally
    adopted…", so its shape is uncertain.
    """
    for i, w in enumerate(words[1:12], start=1):
        if w in ("that", "which", "who", "whose", "whom", "where", "when", "how", "why", "what", "whether", "to",
                 "if", "because", "while", "so", "after", "before", "until", "since", "as", "than"):
            return ""
        before = words[i - 1]
        if (w in FINITE and w not in ("need", "want", "plans", "works", "means", "report", "reports", "show",
                                      "shows", "runs", "uses")) or \
                (w.endswith("ed") and is_past(w) and before not in _NOT_AFTER and not before.endswith("ly")
                 and i + 1 < len(words)):
            return w
    return ""
