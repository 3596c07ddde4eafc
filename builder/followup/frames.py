"""What a sentence frame needs to know about an answer beyond its shape.

`followup.shapes` reads an answer's grammatical shape; this module reads the few
facts that decide which frame may hold it, so that no frame claims what the answer
does not support:

- `says_also`: the answer already has "also", so a frame must not add another
  ("I also meant to mention that I have also taught SQL").
- `in_own_voice`: the answer is about the writer ("my year abroad", "how I'd report
  risk"): it is something the writer told, never something they were "interested to
  hear about".
- `is_need` / `is_trait`: a need that names a problem or a task ("someone who can make
  the numbers trustworthy") can take a bridge ("I could help there"); a need that is a
  trait ("someone who is eager to learn") cannot be "helped with", so it gets a frame
  that fits a trait or no bridge.
- `role_parts`: the role as a sentence may name it (no parentheses, contract notes or
  reference numbers) and the short reference a subject line may keep.

Edge cases: every test is on whole words, case aside; an empty answer is none of
these; "I" inside a quoted question still counts as the writer's voice (the frame
that quotes a question does not use this flag).
"""

from __future__ import annotations

import re

from followup.answer_cache import answer_cache
from followup.wording import clean

_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_OWN = re.compile(r"(?:^|[\s(\"“])(?:my|mine|myself|me|I|I'm|I’m|I'd|I’d|I've|I’ve|I'll|I’ll)(?=$|[\s,.;:!?)\"”])")
_NEED = re.compile(r"(?:someone|somebody|a person|people|more|better|faster|fewer|less|a way|ways|help|support|"
                   r"an? (?:[\w'-]+ ){1,3}(?:who|that))\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:who|(?<=someone )that|(?<=somebody )that|(?<=person )that|(?<=people )that)\s+(?:(?:really|genuinely|truly|naturally|always|also)\s+)?(\w+)(?:\s+(\w+))?",
                  re.IGNORECASE)
_TRAIT_VERBS = frozenset("""is are 's has have works work learns learn enjoys enjoy likes like loves love thrives
thrive cares care fits fit communicates communicate gets get wants want brings bring shows show stays stay""".split())
_TRAIT_AFTER_MODAL = frozenset("work learn adapt communicate cope fit get think stay be keep".split())
_TRAIT_NOUNS = re.compile(r"\b(?:team player|self-starter|fast learner|quick learner|good communicator|"
                          r"people person|go-getter|can-do attitude|positive attitude|safe pair of hands)\b",
                          re.IGNORECASE)

_LINK = re.compile(r"\s*(?:https?://|www\.)\S+", re.IGNORECASE)
_PARENS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_TAIL = re.compile(r"\s+(?:[–—-]|\|)\s+.*$|,\s+(?=.*\b(?:contract|FTC|fixed[- ]term|months?|maternity|cover|"
                   r"part[- ]time|full[- ]time|permanent|temporary|temp|secondment|hybrid|remote)\b).*$",
                   re.IGNORECASE)
_REFERENCE = re.compile(r"\s*(?:\b(?:ref(?:erence)?|req(?:uisition)?|job id|vacancy|job)\b\.?\s*(?:no\.?|number|#)?"
                        r"\s*[:#]?\s*[A-Z0-9][\w/-]*\d[\w/-]*|#\s*\w*\d[\w-]*|\b[A-Z]{1,4}-?\d{3,}\b)",
                        re.IGNORECASE)
REFERENCE_MAX = 14
"""Longest reference a subject line keeps ("Ref 2024-117"); a longer one is left to the email's body."""


def says_also(text: str) -> bool:
    """True when the answer already says "also" (the frame then adds no "also" of its own)."""
    return bool(_ALSO.search(text or ""))


def in_own_voice(text: str) -> bool:
    """True when the answer is about the writer: "my…", "I…", "me" as a whole word."""
    return bool(_OWN.search(clean(text)))


def is_need(text: str) -> bool:
    """True when a noun phrase names what the team needs ("someone who…", "more…", "a way to…")."""
    return bool(_NEED.match(clean(text)))


def is_trait(text: str) -> bool:
    """True when a need describes a kind of person rather than a problem to solve.

    "someone who is eager to learn and works well in a team", "a team player", "someone
    who can work alone" are traits; "someone who can make the weekly numbers trustworthy"
    and "someone who owns the data pipeline" are tasks.
    """
    text = clean(text)
    if _TRAIT_NOUNS.search(text):
        return True
    m = _WHO.search(text)
    if not m:
        return False
    verb, nxt = m.group(1).lower(), (m.group(2) or "").lower()
    if verb in ("can", "could", "will", "would", "should", "must"):
        return nxt in _TRAIT_AFTER_MODAL
    return verb in _TRAIT_VERBS and nxt != "able"


@answer_cache(maxsize=256)
def role_parts(role: str) -> tuple[str, str]:
    """(the role as a sentence names it, a short reference for the subject line or "").

    "Data Analyst (internal) – 12-month FTC, ref R-0042" -> ("Data Analyst", "ref R-0042").
    What is left out of the sentence: a link, anything in brackets, a tail after a spaced dash or
    bar, a tail after a comma that is a contract note, and reference numbers. When that
    would leave nothing, the role is kept as typed, without its brackets.
    """
    typed = clean(role)
    ref = ""
    m = _REFERENCE.search(typed)
    if m and len(m.group(0).strip()) <= REFERENCE_MAX:
        ref = m.group(0).strip().strip(":() ")
    title = _REFERENCE.sub("", _PARENS.sub("", _LINK.sub("", typed)))
    title = _TAIL.sub("", title).strip(" ,;:–—-|/")
    title = clean(title)
    if not title:
        title = clean(re.sub(r"[()\[\]]", " ", typed)) or typed
    return title, ref
