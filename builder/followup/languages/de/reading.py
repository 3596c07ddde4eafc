"""German free text read for its shape, so that a frame never asks it for a case or word order it lacks.

German answers the questions of the form in shapes English does not have: a noun phrase is in the
case its writer thought of ("der neue Prozess", nominative; "jemanden, der…", accusative), a
subordinate clause has its verb last ("wie Sie das Reporting umstellen wollen"), a main clause its
verb second ("Bei Fabrikam habe ich…"). The frames in `templates/de/` take each shape as it is:

  phrase    a noun phrase: after a colon ("…im Gedächtnis geblieben: der neue Prozess."), where
            German leaves a phrase in the case it was typed in; never after a preposition
  pp        a phrase that brings its own preposition ("über den neuen Prozess"): after "Gespräch"
  sub       a clause opened by "dass", "wie", "ob", "weil", "was"… (`conj`), verb last: after a
            comma ("Besonders interessant fand ich, wie…")
  inf       an infinitive with "zu" ("das Reporting umzustellen"): after "darum, "
  own       a main clause, verb second: a sentence of its own, its first letter capital
  list      two to four short noun phrases typed as a list, joined ("dbt, Excel und Power BI"): after
            a colon, in a frame that speaks of several things
  question  a question: quoted („Wie …?“)
  none      nothing a frame can take; `reason` says why, in German, for `check`

Edge cases: a main clause whose verb is a plural form in "-en" after a noun ("Die Kunden erwarten…")
is not told from an infinitive phrase ("Prozesse automatisieren") and is read as a noun phrase;
umlauts typed as ae/oe/ue and "ss" for "ß" are kept as typed; nouns typed in lower case are left so
(only `check` may point them out: a lower-case noun cannot be told from a verb or adjective with
certainty); a determiner capitalised only because it opens the answer ("Der neue Prozess") is
lowered after a colon, but "Ihr/Ihre…" keeps its capital (it addresses the reader); a longer list,
a résumé line, a link or an answer too long for one sentence is left out, except that of several
sentences the first is used when it reads whole (`shortened_from`).
"""

from __future__ import annotations

import re

from followup.answer_cache import answer_cache
from followup.shapes import Shaped
from followup.wording import EMOJI, clean, typed_punctuation, upper_first

SUBORDINATORS = frozenset("""dass ob wie weil was wer wen wem wo wann warum wieso weshalb welche welcher welches
welchen welchem wofür womit woran worauf wozu wobei wodurch woher wohin inwiefern inwieweit als damit sodass""".split())
"""Words that open a clause with its verb last."""
_W_WORDS = frozenset("wie was wer wen wem wo wann warum wieso weshalb welche welcher welches welchen wofür womit "
                     "woran worauf wozu inwiefern".split())
FINITE = frozenset("""ist sind war waren bin bist seid hat haben habe hatte hatten hast hattest wird werden wurde
wurden würde würden werde kann können konnte konnten könnte könnten will wollen wollte wollten möchte möchten
muss müssen musste mussten soll sollen sollte sollten darf dürfen durfte gibt gab geht ging gehen suchen sucht
suche suchte braucht brauchen brauche brauchte plant planen plane plante arbeite arbeitet arbeiten arbeitete leite
leitet leiten leitete bringe bringt bringen brachte kenne kennt kennen kannte spreche spricht sprechen sprach
erzählte erzählten fragte fragten erklärte erklärten zeigte zeigten wächst wachsen steht stehen stand liegt liegen
lag fehlt fehlen fehlte geht geht's gibt's baue baut bauen baute betreue betreut betreuen betreute entwickle
entwickelt entwickeln entwickelte verantworte verantwortet habt gehört""".split())
"""Finite verbs common in answers: one near the start of a clause makes it a main clause."""
FIRST_PERSON_FORMS = frozenset("habe hab bin arbeite leite bringe kenne spreche suche brauche plane baue betreue "
                               "entwickle verantworte werde hatte war".split())
"""Verbs of "ich": an answer opening with one has dropped its "ich" ("Habe fünf Jahre…"), it asks nothing."""
PRONOUN_SUBJECTS = frozenset("ich wir er es man du".split())
DETERMINERS = frozenset("""der die das den dem des ein eine einen einem einer eines kein keine keinen keinem mein
meine meinen meinem meiner unser unsere unseren unserem unserer dieser diese dieses diesen jede jeder jedes alle
mehr viele einige""".split())
PREPOSITIONS = frozenset("über zum zur zu um von vom mit bei für".split())
_PP_TOPIC = frozenset("über zum zur zu um".split())
"""Prepositions a topic may open with: "unser Gespräch über…", "…zum Thema…", "…um die Frage…"."""
_INF = re.compile(r"(?:^|\s)(?:\w+zu\w{2,}en|zu \w+(?:en|ern|eln|n))$")
_OWN = re.compile(r"(?<![\w-])(?:ich|mein\w*|mir|mich)(?![\w-])", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TAG = re.compile(r"(?<!\w)#\w+")
_BULLET = re.compile(r"^\s*(?:[-*•·▪●–—>]|\d+[.)])\s+", re.MULTILINE)
_RESUME = re.compile(r"\b(?:19|20)\d{2}\s*(?:-|–|—|bis)\s*(?:(?:19|20)\d{2}|heute|jetzt|dato)\b|\bseit (?:19|20)\d{2}\b"
                     r"|\s\|\s|\s[-–—]\s*\d+\+?\s*(?:Jahre?n?|J\.|Monate?n?)(?!\w)|\(\s*\d+\+?\s*(?:Jahre?n?|Monate?n?)\s*\)",
                     re.IGNORECASE)
_LEADS = re.compile(r"^(?:(?:und|aber|also|ähm|äh|ach ja|naja|na ja|übrigens|außerdem|ausserdem|zudem|ps|p\.s\.|"
                    r"btw|noch was|thema|themen|stichwort)\s*[,:;–—-]+\s*|(?:und|ähm|äh|ps|p\.s\.)\s+"
                    r"|(?:(?:meine |wichtige |fachliche )?(?:skills|kenntnisse|fachkenntnisse|stärken?|erfahrung(?:en)?|"
                    r"berufserfahrung|kompetenzen|qualifikation(?:en)?|schwerpunkte?|erfolge|profil|tools|"
                    r"tech[- ]?stack|anforderungen|bedarf|key skills)\s*(?::|\s[–—-])\s*))",
                    re.IGNORECASE)
"""Words before the answer proper. Only with a comma or colon after them, or words outside the
clause ("und", "äh"): a first word such as "Außerdem habe ich…" is part of a verb-second clause.
A heading pasted from a résumé or notes ("Kenntnisse:", "Erfahrung –") only with a colon or a
spaced dash after it ("Erfahrung mit dbt" stays)."""
_BARE_LEAD = re.compile(r"^(?:also|auch|außerdem|ausserdem|übrigens|uebrigens|zudem|zusätzlich|zusaetzlich|ebenso|"
                        r"dann|noch|und zwar|aber|naja|na ja|ach ja|btw)\s+(\S+)"
                        r"(?:\s+(\S+))?", re.IGNORECASE)
"""A lead word typed without a comma: answer proper after it unless it opens a verb-second clause."""
_ABBREVIATIONS = re.compile(r"(?:\b(?:Mio|Mrd|Tsd|ca|bzw|usw|etc|evtl|ggf|inkl|exkl|Nr|Dr|Prof|Hr|Fr|St|Abt|z\.\s?B|"
                            r"u\.\s?a|d\.\s?h|v\.\s?a|o\.\s?ä|Std|Min|Jh|Mag|Ing|[^\W\d_])|\d)\.$")
"""What ends in a full stop without ending a sentence: "2,5 Mio. Euro", "z. B. Excel", "am 3. März" (a
single letter with a stop is an abbreviation's part)."""
_SHOUTED_MIN = 8
"""Letters in capitals, outside words of at most four letters (SAP, KPI, HR), that make an answer shouted."""
_FORGOT_LEAD = re.compile(r"^ich\s+(?:habe|hab)\s+(?:leider\s+)?(?:vergessen(?:\s+zu\s+(?:erwähnen|sagen))?|"
                          r"nicht\s+(?:erwähnt|gesagt))\s*[,:]?\s*(?=dass\b|ob\b|wie\b|was\b|:|$)",
                          re.IGNORECASE)
LIST_MAX = 4
LIST_ITEM_WORDS = 6
"""A list of at most this many short noun phrases is said as one ("A, B und C"); any other is left out."""
MAX_WORDS = {"topic": 30, "needs": 35, "strength": 50, "forgot": 45}
"""Longest answer a sentence can carry, as in English."""
_TALKED_ABOUT = (
    re.compile(r"^wir\s+haben\s+(?:uns\s+)?(?:(?:auch|viel|lange|ausführlich|vor allem|kurz)\s+)*über\s+(.+?)\s+"
               r"(?:gesprochen|geredet|diskutiert|unterhalten|ausgetauscht)$", re.IGNORECASE),
    re.compile(r"^(?:es|das\s+gespräch)\s+ging\s+(?:(?:vor allem|viel|hauptsächlich|unter anderem|auch)\s+)*um\s+(.+)$",
               re.IGNORECASE),
    re.compile(r"^wir\s+haben\s+(?:(?:auch|vor allem|ausführlich|lange|kurz)\s+)*(.+?)\s+(?:besprochen|diskutiert)$",
               re.IGNORECASE),
)
"""A topic typed as what was talked about: its object is in the accusative, as after "über", so
"Wir haben über X gesprochen", "Es ging um X" and "Wir haben X besprochen" become "über X"."""
_TALKED_HOW = re.compile(r"^wir\s+haben\s+(?:(?:auch|vor allem|ausführlich|lange|kurz)\s+)*(?:darüber\s+gesprochen|"
                         r"besprochen|diskutiert)\s*,\s*(?=\S)", re.IGNORECASE)
"""A topic typed as "Wir haben besprochen, wie…": the clause after the comma is the topic."""

_CONJ_BY_SLOT = {
    "topic": SUBORDINATORS - {"damit", "sodass", "wer", "wen", "wem"},
    "needs": frozenset({"dass", "was", "wie", "wen", "welche", "welcher", "welches"}),
    "strength": frozenset({"dass", "weil"}),
    "forgot": frozenset({"dass", "wie", "was", "ob", "wo", "warum", "welche", "welcher", "welches"}),
}
"""The clauses each slot's frames can join."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


def _words(text: str) -> list[str]:
    return [w.strip(",;:()\"„“”'").lower() for w in text.split()]


def _head(text: str) -> str:
    """The clause before its first comma: a relative clause after it ("jemanden, der…") says nothing of the shape."""
    return text.split(",", 1)[0]


_NOT_VERBS = frozenset("""nicht erst jetzt meist bereits recht zuletzt zunächst längst sonst fast oft selbst
zumindest mindestens höchst seit samt statt weit gut direkt konkret insgesamt zuerst zudem somit damit bisher
schnellst best meist""".split())
"""Words ending in "t" that are no verb: adverbs and prepositions that may follow a noun."""


def is_main_clause(text: str) -> bool:
    """A finite verb in first to fourth place of the head, or a subject pronoun next to a verb form, or a
    word in "-t" after a noun with more words after it ("Die Firma plant eine Umstellung"): an
    infinitive never ends in "-t", so "Prozesse automatisieren" stays a phrase."""
    typed = [w.strip(",;:()\"„“”'") for w in _head(text).split()]
    words = [w.lower() for w in typed]
    if any(w in FINITE for w in words[:4]):
        return True
    for i in range(1, min(4, len(typed) - 1)):
        word = typed[i]
        if (typed[i - 1][:1].isupper() and word.islower() and len(word) > 3 and word.endswith("t")
                and word not in _NOT_VERBS):
            return True
    for i, w in enumerate(words):
        if w in PRONOUN_SUBJECTS:
            near = words[max(0, i - 1):i] + words[i + 1:i + 2]
            if any(re.fullmatch(r"\w+(?:e|t|en|te|ten|st)", n) for n in near):
                return True
    return False


def in_own_voice(text: str) -> bool:
    """The answer is about the writer ("ich…", "mein…", "mir"): something they told, not something they heard."""
    return bool(_OWN.search(text))


def _lower_determiner(text: str) -> str:
    """"Der neue Prozess" -> "der neue Prozess" mid-sentence; "Ihr Plan" and any noun keep their capital."""
    first, sep, rest = text.partition(" ")
    return first.lower() + sep + rest if rest and first.lower() in DETERMINERS and first[1:].islower() else text


@answer_cache(maxsize=1024)
def shape(raw: str, slot: str, keep: frozenset[str] = frozenset()) -> Shaped:
    """The shape of one German answer for `slot` ("topic", "needs", "strength", "forgot"); see the module docstring."""
    text = EMOJI.sub("", raw or "")
    if not clean(text):
        return Shaped("none")
    if _LINK.search(text) or _TAG.search(text):
        bare = clean(_TAG.sub("", _LINK.sub("", text)))
        if not bare:
            return Shaped("none", reason="es ist nur ein Link oder Hashtag, den kein Satz tragen kann")
        return Shaped("none", reason="es enthält einen Link oder Hashtag (den Link weglassen: er gehört in die Signatur)")
    text = typed_punctuation(text)  # a phone's spacing and marks ("Excel ,dbt", "!!!"), as English's `typed`
    if _RESUME.search(text):  # before a list: a résumé's lines are no list of topics
        return Shaped("none", reason="es liest sich wie eine Zeile aus dem Lebenslauf (in einem Satz sagen, was Sie "
                                     "dort erreicht haben)")
    if shouted(text):
        return Shaped("none", reason="es ist in Großbuchstaben getippt (in gewöhnlicher Schreibung eingeben: "
                                     "Substantive groß, alles andere klein)")
    lines = [line for line in text.splitlines() if clean(line)]
    bullets = len(_BULLET.findall(text))
    if len(lines) >= 2 or bullets >= 2 or clean(text).count(";") >= 2:
        items = [clean(_BULLET.sub("", x)).rstrip(" .;,") for x in (lines if len(lines) >= 2 else text.split(";"))]
        items = [x for x in items if x]
        shaped = [_shape_one(x, slot) for x in items if len(x.split()) <= LIST_ITEM_WORDS]
        if 2 <= len(items) <= LIST_MAX and len(shaped) == len(items) and all(item.shape == "phrase" for item in shaped):
            listed = ", ".join(item.text for item in shaped[:-1]) + " und " + shaped[-1].text
            return Shaped("list", listed, low=listed)
        points = max(len(items), bullets)
        return Shaped("none", reason=f"es ist eine Liste mit {points} Punkten (den wichtigsten Punkt als einen Satz schreiben)")
    text = clean(_BULLET.sub("", text))
    return _shape(text, slot)


def shouted(text: str) -> bool:
    """True for an answer typed in capitals. German writes nouns with a capital, so which letters a
    shouted answer should have cannot be known: it is left out, never guessed. Short all-capital
    words (SAP, KPI) are acronyms, not shouting."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 4]
    upper = sum(1 for w in long_words for c in w if c.isupper())
    cased = sum(1 for w in long_words for c in w if c.isalpha())
    return upper >= _SHOUTED_MIN and upper > 0.7 * cased


def strip_bare_lead(text: str) -> str:
    """The answer without a lead word typed with no comma ("also jemand, der…" -> "jemand, der…"),
    unless the word opens a verb-second clause ("Außerdem habe ich…", "Außerdem leite ich…"): then the
    verb follows it, or a subject pronoun follows the word after it."""
    m = _BARE_LEAD.match(text)
    if not m:
        return text
    second, third = m.group(1).lower(), (m.group(2) or "").lower().strip(",.;:")
    if second not in SUBORDINATORS and (second in FINITE or third in PRONOUN_SUBJECTS | {"sie"}):
        return text
    return text[m.start(1):]


def _shape(text: str, slot: str) -> Shaped:
    for _ in range(3):
        before = text
        text = strip_bare_lead(clean(_LEADS.sub("", text)))
        if slot == "forgot":
            text = clean(_FORGOT_LEAD.sub("", text)).lstrip(":, ")
        if text == before:
            break
    if not text:
        return Shaped("none", reason="es sagt nur, wie die Antwort beginnt")
    sentences = _sentences(text)
    if len(sentences) > 1:
        first = _shape_one(sentences[0], slot)
        if first.shape == "none":
            return Shaped("none", reason="es sind mehrere Sätze (den wichtigsten als einen Satz schreiben)")
        return Shaped(first.shape, first.text, first.quoted, low=first.low, shortened_from=len(text))
    return _shape_one(text, slot)


def _sentences(text: str) -> list[str]:
    """The typed text cut into sentences, never after an abbreviation or an ordinal ("Mio.", "3.")."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and _ABBREVIATIONS.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def _shape_one(text: str, slot: str) -> Shaped:
    words = _words(text)
    if len(words) > MAX_WORDS[slot]:
        return Shaped("none", reason=f"es ist zu lang für einen Satz (auf den Kern kürzen, höchstens {MAX_WORDS[slot]} "
                                     "Wörter)")
    if words[0] in FIRST_PERSON_FORMS and not text.rstrip().endswith("?"):
        return Shaped("none", reason="es fehlt das „ich“ am Anfang (als ganzen Satz schreiben)")
    question = text.rstrip().endswith("?") or (
        words[0] in FINITE and len(words) > 2) or (words[0] in _W_WORDS and len(words) > 1 and words[1] in FINITE)
    body = text.rstrip(" .!?;:,–—-")
    if not body:
        return Shaped("none")
    if question:
        if slot not in ("topic", "forgot"):
            return Shaped("none", reason="es ist eine Frage (als Aussage schreiben)")
        quoted = upper_first(body) + "?"
        return Shaped("question", quoted=quoted)
    if slot == "topic" and _TALKED_HOW.match(body):
        rest = _TALKED_HOW.sub("", body)
        if rest.split()[0].lower() in _CONJ_BY_SLOT["topic"]:
            return _shape_one(rest, slot)
    if slot == "topic":
        for pattern in _TALKED_ABOUT:
            m = pattern.match(body)
            if m and m.group(1).split()[0].lower() not in SUBORDINATORS | PREPOSITIONS:
                pp = "über " + _lower_determiner(m.group(1))
                return Shaped("pp", pp, low=pp)
    first = words[0]
    if first in SUBORDINATORS:
        if first not in _CONJ_BY_SLOT[slot]:
            return Shaped("none", reason=f"ein Nebensatz mit „{first}“ passt hier in keinen Satz (als ganzen Satz "
                                         "schreiben)")
        clause = first + body[len(first):]
        return Shaped("sub", clause, low=clause)
    if is_main_clause(body):
        return Shaped("own", upper_first(body), low=body)
    if first in PREPOSITIONS:
        ok = (slot == "topic" and first in _PP_TOPIC) or (slot == "forgot" and first == "über")
        if not ok:
            return Shaped("none", reason="es beginnt mit einer Präposition (als Stichwort ohne Präposition oder als "
                                         "ganzen Satz schreiben)")
        pp = first + body[len(first):]
        return Shaped("pp", pp, low=pp)
    if _INF.search(body) and "," not in body:  # "Ihr Plan, das Reporting umzustellen" is a noun phrase
        if slot == "forgot":
            return Shaped("none", reason="es ist ein Satzteil mit „zu“ (als ganzen Satz schreiben)")
        inf = _lower_determiner(body)
        return Shaped("inf", inf, low=inf)
    phrase = _lower_determiner(body)
    return Shaped("phrase", phrase, low=phrase)
