"""Careless typing, repaired where the repair is certain: what a hurried answer becomes before it is read.

`repair` takes one free-text answer as typed and returns a `Typed`: the text a letter may
use, and what it changed or could not decide, so that `check` can tell the writer.

Repairs (each table-driven; nothing is guessed from a dictionary):
  contractions  an apostrophe-less contraction that is not itself a word: "youre", "dont",
                "im", "ive", "cant", "isnt"… become "you're", "don't", "I'm"… . Ambiguous
                forms are decided by the next word only ("its a big lift" -> "it's a big
                lift", "its budget" stays; "id love to" -> "I'd love to", "id" elsewhere
                stays; "youre team" -> "your team"); "were", "well", "hell", "shell", "ill", "wed", "lets" are words
                and are never changed. When the answer drops apostrophes elsewhere,
                `doubtful` names each of these left as typed ("its" and "id" included).
  shorthand     "w/", "w/o", "b/c" and "thru" written out ("with", "without", "because",
                "through"): each stands for one word only.
  "i"           the pronoun typed in lower case ("i led", "i'm") becomes "I".
  shouting      an answer mostly in capitals is put in sentence case, keeping what is
                clearly an acronym: a word with a digit or "&" whose letters come in
                runs of three or fewer ("P&L", "A380", "KS3"; not "6-MONTH"), a word of
                two to five letters without a vowel ("SQL", "NHS", "CRM"; not the
                abbreviations of NOT_ACRONYMS such as "VS", "YRS"), a two-letter word
                that is not an English word ("CI", "HR", "QA"; "IT" and "US" are
                words), and any word in `keep` (capitalised in another answer). A proper
                noun in capitals loses its capital: `shouting` says so, and `check`
                shows what the letter used.
  links, tags   a URL or a hashtag is never written into a sentence: it is taken out (with
                a preposition left dangling before it, "see it at https://…") and kept
                in `links`/`tags` for `check`, which asks for the subject in words.
  punctuation   a phone's spacing and marks (`wording.typed_punctuation`): "reporting , and" ->
                "reporting, and", "dbt,Excel" -> "dbt, Excel", "!!!" -> "!", "reporting...cut" ->
                "reporting, cut".
  dates         a résumé date range in brackets or at the end ("(2019 - 2023)") is taken out, and
                so is a duration after a dash at the end or in brackets ("– 5 years", "- 3 yrs at
                Contoso", "(18 months)"): a résumé's shorthand no sentence can carry.

`doubtful` also names a possessive that reads as a plural typed with an apostrophe
("the warehouse's were full" -> 'warehouse's' looks like a typo of 'warehouses'):
it is not changed, because an apostrophe is sometimes right where it looks wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followup.answer_cache import answer_cache
from followup.wording import typed_punctuation

CONTRACTIONS = {
    "youre": "you're", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "im": "I'm", "ive": "I've",
    "cant": "can't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "mustnt": "mustn't", "neednt": "needn't", "theyre": "they're", "thats": "that's",
    "whats": "what's", "theres": "there's", "youve": "you've", "weve": "we've", "theyve": "they've",
    "youll": "you'll", "theyll": "they'll", "itll": "it'll", "youd": "you'd", "theyd": "they'd",
    "shes": "she's", "hows": "how's", "wheres": "where's", "whos": "who's", "wont": "won't",
}
"""Apostrophe-less contractions that are not English words themselves: always repaired."""

BY_NEXT_WORD = {
    "its": ("it's", frozenset("""a an the not been being going getting taking working so very really just also still
                                 about all more too
                                 quite hard easy great good important clear possible time my your our their no
                                 only always never what how why""".split())),
    "id": ("I'd", frozenset("""love like be have need prefer rather bring welcome enjoy also been say want really
                               add mention hope happily gladly""".split())),
}
"""Forms that are words too ("its" is a possessive): repaired only before a word that settles it."""
SHORTHAND = {"w/": "with", "w/o": "without", "b/c": "because", "thru": "through"}
"""A hurried note's shorthand that stands for one word only: written out, as a contraction is repaired."""
_SHORTHAND = re.compile(r"(?<![\w/])(w/o|w/|b/c|thru)(?=\s|$)", re.IGNORECASE)
YOUR_NOUNS = frozenset("""team company role question questions plan plans time help feedback offer interview email
                          message manager panel advice insight insights perspective process business""".split())
"""Nouns that show "youre" was "your" ("youre team"), not "you're"."""

_DOUBT_ADVICE = {"were": "we're", "well": "we'll", "hell": "he'll", "shell": "she'll", "ill": "I'll", "wed": "we'd",
                 "its": "it's", "id": "I'd", "lets": "let's"}
_PRONOUN_S = frozenset({"it's", "that's", "what's", "there's", "here's", "he's", "she's", "who's", "let's",
                        "where's", "how's", "one's", "everyone's", "today's", "year's", "years'"})
_AFTER_PLURAL = frozenset({"are", "were", "have", "and", "in", "on", "at", "for", "to", "of", "that", "which"})

URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|uk|dev|app|gov|edu)(?:/\S*)?\b",
                 re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w-]*")
DATES = re.compile(r"\s*\(\s*(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:19|20)\d{2}|present|now|current|today)\s*\)"
                   r"|[,;]?\s+(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:19|20)\d{2}|present|now|current|today)\s*\.?\s*$"
                   r"|\s*\(\s*\d+\+?\s*(?:years?|yrs?|months?|mos?)\s*\)"
                   r"|[,;]?\s+[-–—]\s*\d+\+?\s*(?:years?|yrs?|months?|mos?)\b(?:\s+(?:at|with|in|for)\s+[^.;,]{1,40})?"
                   r"\s*\.?\s*$",
                   re.IGNORECASE)
_DANGLING = re.compile(r"\s*(?:\b(?:at|on|here|see|via|from|in)\b\s*)?[:\-–—]?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w'’&-]*")
_VOWEL = re.compile(r"[AEIOUY]")
NOT_ACRONYMS = frozenset({"VS", "HMM", "PTS", "MR", "MRS", "MS", "DR", "ST", "FT", "LBS", "HRS", "YRS", "MTHS",
                          "WKS", "PLS", "THX", "BTW", "TBH", "JR", "SR", "NR", "PP", "CF", "ETC"})
"""Vowel-less abbreviations and chat words that are written in small letters."""
TWO_LETTER_WORDS = frozenset("""AM AN AS AT BE BY DO GO HE HI IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP US WE
                                 YE YO AH EH HA HM""".split())
"""English words of two letters: any other two-letter word in capitals ("CI", "HR", "QA") is an acronym."""


@dataclass(frozen=True)
class Typed:
    """One answer after `repair`; see the module docstring."""

    text: str
    shouting: bool = False
    """True when the answer was mostly capitals and was put in sentence case."""
    links: tuple[str, ...] = field(default=())
    tags: tuple[str, ...] = field(default=())
    doubtful: tuple[tuple[str, str], ...] = field(default=())
    """(word as typed, what it may have meant) for words left as typed."""


@answer_cache(maxsize=1024)
def is_shouting(text: str) -> bool:
    """True when most words of an answer are typed in capitals: three or more, or every word of a
    short answer when one of them is not an acronym ("FASTER CI"; "SQL" alone is not shouting)."""
    words = [w for w in _WORD.findall(text) if any(ch.isalpha() for ch in w) and len(w) > 1]
    caps = [w for w in words if w.isupper()]
    if len(caps) >= 3:
        return len(caps) >= 0.6 * len(words)
    return len(words) >= 2 and len(caps) == len(words) and any(not is_acronym(w) for w in caps)


def is_acronym(word: str, keep: frozenset[str] = frozenset()) -> bool:
    """A word in capitals that stays in capitals: see the module docstring ("shouting")."""
    core = word.strip("'’-")
    if core in keep:
        return True
    if any(ch.isdigit() for ch in core) or "&" in core:
        return all(len(run) <= 3 for run in re.findall(r"[^\W\d_]+", core))
    if len(core) == 2 and core.isalpha():
        return core.upper() not in TWO_LETTER_WORDS | NOT_ACRONYMS
    return 2 <= len(core) <= 5 and not _VOWEL.search(core.upper()) and core.upper() not in NOT_ACRONYMS


def sentence_case(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Shouted text in sentence case: acronyms kept, "I" and the first letter of each sentence after the
    first capitalised. The answer's own first letter stays small: it may go mid-sentence, and a frame
    that starts a sentence with it capitalises it there."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if is_acronym(w, keep) else w.lower()

    out = _WORD.sub(word, text)
    out = re.sub(r"([.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return fix_i(out)


PROPER_WORDS = frozenset("""
afrikaans albanian american amharic arabic armenian australian austrian bengali bosnian brazilian british
bulgarian burmese canadian cantonese catalan croatian czech danish dutch english estonian ethiopian european
farsi filipino finnish french gaelic german greek gujarati haitian hausa hebrew hindi hungarian icelandic
igbo indonesian irish italian japanese kannada kazakh khmer korean kurdish latvian lithuanian macedonian
malay malayalam mandarin marathi mexican mongolian nepali nigerian norwegian pashto persian portuguese
punjabi romanian russian scottish serbian sinhala slovak slovenian somali spanish swahili swedish tagalog
tamil telugu thai tigrinya ukrainian urdu uzbek vietnamese welsh xhosa yoruba zulu
""".split())
"""Languages and nationalities that are never common words in English, so "arabic" typed in lower
case is always "Arabic". Words that are ("polish", "turkish delight" aside, "china") are not here."""


def proper_words(text: str) -> str:
    """Every word of PROPER_WORDS typed in lower case given its capital ("i speak somali")."""
    return re.sub(r"(?<![\w'’-])([a-z]+)(?![\w'’])",
                  lambda m: m.group(1).capitalize() if m.group(1) in PROPER_WORDS else m.group(1), text)


def fix_i(text: str) -> str:
    """The pronoun "i" typed in lower case ("i led", "i'm", "i've") written as "I"."""
    return re.sub(r"(?<![\w'’-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’-]))", "I", text)


def _written_out(m: re.Match[str]) -> str:
    typed = m.group(1)
    word = SHORTHAND[typed.lower()]
    return word.capitalize() if typed[:1].isupper() else word


def _contractions(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        word, rest = m.group(1), m.group(2)
        low = word.lower()
        fixed = CONTRACTIONS.get(low)
        if low == "wont" and re.match(r"\s+to\b", rest):
            fixed = None  # "as is her wont to": the noun
        following = rest.split()[0].lower() if rest.split() else ""
        if low == "youre" and following in YOUR_NOUNS:
            fixed = "your"  # "youre team": a typo of "your"
        if fixed is None and low in BY_NEXT_WORD:
            form, nexts = BY_NEXT_WORD[low]
            nxt = re.match(r"\s+([\w'’-]+)", rest)
            if nxt and nxt.group(1).lower() in nexts:
                fixed = form
        if fixed is None:
            return m.group(0)
        if word[:1].isupper() and not fixed.startswith("I'"):
            fixed = fixed[:1].upper() + fixed[1:]
        return fixed

    return re.sub(r"(?<![\w'’-])([A-Za-z]+)(?![\w'’-])(?=(\s+[\w'’-]+|))", one, text)


def _doubtful(text: str, drops_apostrophes: bool) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    words = re.findall(r"[\w'’-]+|[.,;:!?]", text)
    for word, nxt in zip(words, [*words[1:], "."]):
        low = word.lower()
        if drops_apostrophes and low in _DOUBT_ADVICE:
            out.append((word, _DOUBT_ADVICE[low]))
        m = re.fullmatch(r"([a-z]{3,})['’]s", word)
        if m and low not in _PRONOUN_S and (nxt.lower() in _AFTER_PLURAL or nxt in ".,;:!?"):
            out.append((word, m.group(1) + "s"))
    return list(dict.fromkeys(out))


@answer_cache(maxsize=1024)
def repair(raw: str, keep: frozenset[str] = frozenset()) -> Typed:
    """The answer with every certain repair made; see the module docstring.

    Pure, so cached: a keystroke changes one answer, and every render repairs them all
    (`check` and `shapes.shape` each ask)."""
    text = raw or ""
    links = tuple(m.group(0).rstrip(".,;:)") for m in URL.finditer(text))
    tags = tuple(HASHTAG.findall(text))
    if links or tags:
        text = HASHTAG.sub(" ", URL.sub(" ", text))
        lines = [_DANGLING.sub("", line.rstrip(" .,;:()")) for line in text.splitlines()]
        text = "\n".join(line for line in lines if line.strip())
    text = _SHORTHAND.sub(_written_out, typed_punctuation(DATES.sub("", text)))
    shouting = is_shouting(text)
    if shouting:
        text = sentence_case(text, keep)
    text = proper_words(fix_i(_contractions(text)))
    drops = "'" not in raw and "’" not in raw and any(w.lower() in CONTRACTIONS for w in _WORD.findall(raw))
    return Typed(text=text, shouting=shouting, links=links, tags=tags, doubtful=tuple(_doubtful(text, drops)))


@answer_cache(maxsize=256)
def capitalised_elsewhere(texts: tuple[str, ...]) -> frozenset[str]:
    """Words of two letters or more in capitals in answers not typed in capitals throughout ("KAFKA" in
    a role, "IGD" in a calm answer): the writer's acronyms, kept when another answer is shouted."""
    out: set[str] = set()
    for raw in texts:
        text = HASHTAG.sub(" ", URL.sub(" ", raw or ""))  # a link's small letters do not calm a shouted answer
        if text and not is_shouting(text):
            out.update(w for w in _WORD.findall(text) if len(w) > 1 and w.isupper() and w.isalpha())
    return frozenset(out)
