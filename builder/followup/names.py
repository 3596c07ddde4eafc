"""How a letter greets a person: the name as typed, read for its given name and surname.

A name is never rewritten for the recipient block or the To line; this module only
decides what goes after "Dear". It tells the given name apart only where English
usage makes that certain (two words, a surname particle, a marked surname, a
nickname). Anywhere else it greets the whole name, which is never wrong, and says the
guess is uncertain so that `check` can ask for "Address them as".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from followup.answer_cache import answer_cache
from followup.wording import clean

# Titles people type before a name, by their lower-case form without a full stop.
# The value is how an abbreviation is written in US English; UK English drops the stop.
TITLES = {
    "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "mx": "Mx.", "dr": "Dr.",
    "prof": "Prof.", "professor": "Professor", "rev": "Rev.", "revd": "Revd", "reverend": "Reverend",
    "fr": "Fr.", "father": "Father", "pastor": "Pastor", "rabbi": "Rabbi", "imam": "Imam",
    "capt": "Capt.", "captain": "Captain", "col": "Col.", "colonel": "Colonel", "maj": "Maj.",
    "major": "Major", "lt": "Lt.", "lieutenant": "Lieutenant", "cmdr": "Cmdr.", "commander": "Commander",
    "gen": "Gen.", "general": "General", "sgt": "Sgt.", "sergeant": "Sergeant", "sir": "Sir",
    "dame": "Dame", "lord": "Lord", "lady": "Lady", "hon": "Hon.", "judge": "Judge", "justice": "Justice",
    "cllr": "Cllr", "councillor": "Councillor", "dra": "Dra.", "sra": "Sra.", "herr": "Herr",
    "frau": "Frau", "mme": "Mme", "mlle": "Mlle", "sheikh": "Sheikh", "sheikha": "Sheikha", "alhaji": "Alhaji",
    "alhaja": "Alhaja", "chief": "Chief", "ing": "Ing.", "eng": "Eng.", "dott": "Dott.", "dra": "Dra.",
}
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
"""Titles that go with the given name: "Sir Keir Starmer" is "Sir Keir"."""

POST_NOMINALS = frozenset({
    "phd", "md", "mba", "cpa", "cfa", "pmp", "pe", "rn", "np", "pa", "esq", "jr", "sr", "ii", "iii",
    "iv", "obe", "mbe", "cbe", "kbe", "dbe", "msc", "bsc", "ma", "ba", "mphil", "dphil", "jd", "llm",
    "dds", "dvm", "frcs", "frcp", "mrcp", "facs", "shrm-cp", "shrm-scp", "sphr", "phr", "cipd",
    "fcca", "aca", "fca", "acca", "cissp", "ceng", "peng", "qc", "kc", "edd", "psyd", "lcsw", "mbbs", "mbchb",
    "mrcgp", "mrcs", "frcpsych", "bds", "fhea", "pgce", "qts", "dnp", "msn", "bsn", "ccrn", "faia", "aia", "leed",
    "cpa,", "frsa", "fcipd", "mcipd", "chfp", "ms", "mpa", "mph", "drph", "ph.d", "d.phil", "m.d", "b.a", "m.a",
})
PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "zu", "los", "las", "les", "y", "ní", "nic", "ó", "uí", "mac", "al", "el", "bin", "binti", "bte",
    "ibn", "bint", "ap",
})
PATRONYMIC = frozenset({"bin", "binti", "bte", "ibn", "bint", "a/l", "a/p"})
"""Markers of a patronymic: the name before it is the one a person is addressed by."""

# Common family names of traditions that write the family name first. A two-word name
# that starts with one is greeted whole: "Zhang Wei" may be Zhang (family) Wei (given).
FAMILY_FIRST = frozenset("""
zhang wang li liu chen yang zhao huang zhou wu xu sun zhu ma hu guo lin he gao luo zheng liang
xie tang han cao deng feng cheng cai peng pan yuan yu dong su ye lu wei jiang tian du ding shen
fan fu zhong xiao qian
nguyễn nguyen trần tran lê phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui
đỗ hồ ngô ngo dương duong lý
sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō yoshida
yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
choi jung jeong kang cho yoon jang lim shin kwon hwang ahn
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth
farkas balogh papp takács takacs juhász juhasz lakatos mészáros oláh rácz
""".split())
FAMILY_FIRST_AMBIGUOUS = frozenset({"kim", "lee", "park", "song"})
"""Family names that are also English given names: family-first only before a name like "Min-jun"."""

ROLE_WORDS = frozenset({
    "hiring", "manager", "managers", "recruiter", "recruiters", "recruiting", "recruitment", "team",
    "hr", "talent", "acquisition", "committee", "panel", "department", "people", "whom",
    "interviewer", "interviewers", "human", "resources", "sir", "madam", "partner", "office",
    "careers", "staff", "board", "admissions", "personnel",
})
_PRONOUNS = re.compile(r"[(\[]\s*(?:she|he|they|ze|xe|it|any)\s*/\s*[a-z/ ]+[)\]]|\b(?:she|he|they)/(?:her|him|them|they|hers|his|theirs)\b",
                       re.IGNORECASE)
_NICKNAME = re.compile(r"[(\[]\s*([^\W\d_][\w'’-]*)\s*[)\]]|[\"“”‘'](?=[^\W\d_])([\w'’-]+)[\"“”’']")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")


@dataclass(frozen=True)
class Address:
    """The forms of a name a greeting uses.

    `formal` follows "Dear" in a formal letter; `given` in a warm or brief one.
    `certain` is False when `given` had to fall back to the whole name (or a title
    and the whole name) because the composer cannot tell which part the person
    goes by.
    """

    formal: str
    given: str
    certain: bool
    role: bool = False
    form: str = ""
    """German letters: the form of address typed with the name ("Frau …": "ms", "Herr …": "mr"), else ""."""


_ROLE_FILLER = frozenset({"the", "dear", "of", "and", "&", "or", "to", "it", "may", "concern"})
_GROUP_NOUNS = frozenset({"team", "department", "committee", "panel", "office", "board"})


def is_role_name(name: str) -> bool:
    """True for a role or group typed as a name: "Talent Acquisition Team", "Hiring Manager".

    Every word is a role word (or "the", "of"...), or the last is a group noun
    ("Northwind Hiring Team"). "Sir Keir Starmer" is a person: "Sir" is a title.
    """
    words = [w.strip(".,").lower() for w in clean(name).split()]
    words = [w for w in words if w]
    if not words:
        return True
    if words[-1] in _GROUP_NOUNS and len(words) > 1:
        return True
    return all(w in ROLE_WORDS or w in _ROLE_FILLER for w in words) and any(w in ROLE_WORDS for w in words)


def has_case(text: str) -> bool:
    """True when the letters of `text` come in capitals and small letters (Latin, Cyrillic, Greek...).

    Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai have none: their names
    are neither "in lower case" nor split by capitals.
    """
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.lower() != ch.upper() for ch in letters)


def title_form(word: str, style: str) -> str | None:
    """A title as the style writes it ("Dr" -> "Dr." in en-US, "Dr" in en-GB); None if not a title."""
    key = word.rstrip(".").lower()
    written = TITLES.get(key)
    if written is None:
        return None
    return written.rstrip(".") if style == "en-GB" else written


def _strip_notes(name: str) -> tuple[str, str]:
    """(name without pronoun notes and nickname, the nickname or "")."""
    text = _PRONOUNS.sub(" ", name)
    nick = ""
    m = _NICKNAME.search(text)
    if m:
        candidate = m.group(1) or m.group(2)
        if candidate.lower() not in POST_NOMINALS:
            nick = candidate
        text = text[: m.start()] + " " + text[m.end():]
    return clean(text.replace("()", " ").replace("[]", " ")), nick


def _is_post_nominal(word: str) -> bool:
    return word.strip(",").replace(".", "").lower() in POST_NOMINALS


def _strip_post_nominals(words: list[str]) -> tuple[list[str], bool]:
    """Words without trailing post-nominals; True when a comma separated them ("Dana Lee, PhD").

    After a comma, any run of words in capitals ("Okonkwo-Smith, MBBS FRCP") is post-nominals.
    """
    comma_at = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
    if comma_at is not None and all(w.replace(".", "").replace(",", "").isupper() for w in words[comma_at + 1:]):
        words = words[: comma_at + 1]
        words[-1] = words[-1].rstrip(",")
        return words, True
    comma = False
    while len(words) > 1 and _is_post_nominal(words[-1]):
        words = words[:-1]
        comma = comma or words[-1].endswith(",")
        words[-1] = words[-1].rstrip(",")
    return words, comma


def _marked_surname(words: list[str]) -> int | None:
    """Index of a surname written in capitals among other words ("NGUYEN Mai", "Wei ZHANG")."""
    caps = [i for i, w in enumerate(words) if len(w.strip(".-'")) > 1 and w.isupper()]
    return caps[0] if len(caps) == 1 and len(words) >= 2 and not all(w.isupper() for w in words) else None


def _titlecase(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), word)


def ordinary_capitals(name: str) -> str:
    """A name typed all in capitals or all in lower case, in its ordinary capitals; any other name as typed.

    "ANNE-MARIE O'NEILL" -> "Anne-Marie O'Neill", "sanne de vries" -> "Sanne de Vries",
    "mcallister" -> "McAllister", "dr smith" -> "Dr Smith" (the title's stop is `title_form`'s).
    A particle keeps its small letter except as the first word; post-nominals typed in
    capitals keep them ("PHD" is left alone, not guessed into "PhD"). "Mac" is not split
    ("Macron", "Machado"): "MACDONALD" becomes "Macdonald", a spelling of its own.
    """
    text = clean(name)
    letters = [ch for ch in text if ch.isalpha()]
    if not has_case(text) or len(letters) < 2 or not (text.isupper() or text.islower()):
        return text
    words = text.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < len(words) - 1 and low in PARTICLES:
            out.append(low)
        elif i > 0 and word.isupper() and _is_post_nominal(word):
            out.append(word)
        else:
            out.append(capitalised(low))
    return " ".join(out)


def capitalised(word: str) -> str:
    """One lower-case name word with its capitals: each hyphenated part, after O'/D', after Mc."""
    def part(m: re.Match[str]) -> str:
        w = m.group(0)
        w = w[:1].upper() + w[1:]
        if re.match(r"[OD]['’][^\W\d_]", w):
            w = w[:2] + w[2].upper() + w[3:]
        if re.match(r"Mc[^\W\d_]{2}", w):
            w = "Mc" + w[2].upper() + w[3:]
        return w
    return re.sub(r"[^\W\d_][\w'’]*", part, word)


def read_name(name: str, style: str = "en-US") -> Address:
    """The greeting forms of a name typed in any shape; see the module docstring.

    Edge cases: a title with a surname it cannot find ("Dr. Ana María García López")
    keeps the whole name after the title; "Sir" and "Dame" take the given name; a
    patronymic ("Ahmad bin Ismail") has no surname, so a title goes with "Ahmad".
    """
    full = ordinary_capitals(unicodedata.normalize("NFC", name))
    if not full or is_role_name(full):
        return Address(full, full, True, role=True)
    text, nick = _strip_notes(full)
    words = text.split()
    titles: list[str] = []
    while len(words) > 1 and title_form(words[0], style):
        titles.append(title_form(words[0], style) or "")
        words = words[1:]
    words, _ = _strip_post_nominals(words)
    if not words:
        return Address(full, full, False)
    comma = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
    given, surname = _split(words, comma)
    whole = " ".join(_titlecase(w) if i == _marked_surname(words) else w.rstrip(",") for i, w in enumerate(words))
    if comma is not None:  # "Lee, Dana": written given name first for the greeting
        whole = " ".join((given or "").split() + (surname or "").split()) or whole
    if titles:
        title = " ".join(titles)
        lower = titles[-1].rstrip(".").lower()
        if lower in GIVEN_NAME_TITLES and given:
            form = f"{title} {nick or given}"
        elif surname and not any(p in PATRONYMIC for p in surname.lower().split()):
            form = f"{title} {surname}"
        elif surname and given:  # a patronymic: addressed by the given name
            form = f"{title} {given}"
        else:
            form = f"{title} {whole}"
        return Address(form, form, bool(surname) or len(words) == 1)
    if nick:
        return Address(whole, nick, True)
    if given:
        return Address(whole, given, True)
    return Address(whole, whole, len(words) == 1 and has_case(whole) or False)


def _split(words: list[str], comma: int | None) -> tuple[str | None, str | None]:
    """(given name, surname) where the words make them certain, else None for the unknown part."""
    if comma is not None:
        return " ".join(words[comma + 1:]), " ".join(w.rstrip(",") for w in words[: comma + 1])
    if len(words) == 1:
        return None, None
    if not has_case(" ".join(words)):
        return None, None
    marked = _marked_surname(words)
    if marked is not None:
        rest = [w for i, w in enumerate(words) if i != marked]
        return (rest[0] if len(rest) == 1 else None), _titlecase(words[marked])
    lower = [w.lower() for w in words]
    particle = next((i for i in range(1, len(words)) if lower[i] in PARTICLES or lower[i] in PATRONYMIC), None)
    if particle is not None:
        given = words[:particle]
        if len(given) == 1 and not _INITIAL.match(given[0]):
            return given[0], " ".join(words[particle:])
        return None, " ".join(words[particle:])
    if _INITIAL.match(words[0]):
        return None, (words[-1] if len(words) == 2 else None)
    if len(words) == 3 and _INITIAL.match(words[1]):  # "John F. Kennedy"
        return words[0], words[2]
    if len(words) != 2:
        return None, None
    first = lower[0]
    if first in FAMILY_FIRST:
        return None, None
    if first in FAMILY_FIRST_AMBIGUOUS and "-" in words[1]:
        return None, None
    return words[0], words[1]


@answer_cache(maxsize=1024)
def address(name: str, address_as: str = "", style: str = "en-US") -> Address:
    """The greeting forms for a person: what they asked to be called wins over any reading.

    A language whose `letters` table reads names itself (`read_name`, German) is asked instead: there
    `formal` is what follows "Frau"/"Herr", `given` the whole name a greeting without them uses.
    """
    from followup.languages import get

    own = getattr(get(style).table("letters"), "read_name", None)
    if own is not None:
        return own(name, address_as, style)
    chosen = ordinary_capitals(unicodedata.normalize("NFC", address_as))
    if chosen:
        return Address(chosen, chosen, True, role=is_role_name(chosen))
    return read_name(name, style)


def matches(typed: str, name: str) -> bool:
    """True when `typed` names the same person as `name`, whatever the Unicode form or case."""
    def key(s: str) -> str:
        return clean(unicodedata.normalize("NFC", s)).casefold()
    return bool(key(typed)) and key(typed) == key(name)
