"""Checks: the guide's advice as code.

`check` looks at the answers (and the letters composed from them) the way a
careful friend would before you press send, and returns findings: problems to
fix, suggestions to consider, and things done well. Each finding says what to
do in plain words and links to the part of the guide that explains why.
"""

from __future__ import annotations

from datetime import date, datetime

from followup.answers import Answers
from followup.checks.findings import ANCHORS, LEVEL_ORDER, Finding, Level
from followup.checks.letters import (LENGTHS, form, length, length_range, panel, sentences, shared_sentence_ratio,
                                     shortened, thread)
from followup.checks.text import (casual, detail, emoji, left_out, looks_like_resume, names, placeholders, resume,
                                  typing)
from followup.checks.naming import naming
from followup.checks.timing import check_ins, dates, decision_passed, feedback, timing
from followup.compose import Refused, compose
from followup.letter import Letter

__all__ = ["ANCHORS", "LENGTHS", "Finding", "Level", "check", "length_range", "looks_like_resume", "sentences",
           "shared_sentence_ratio"]


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
    impossible = dates(answers, today)
    findings = [
        *check_ins(answers),
        *placeholders(answers),
        *emoji(answers),
        *casual(answers),
        *detail(answers),
        *names(answers),
        *naming(answers),
        *panel(answers, letters),
        *resume(answers),
        *left_out(answers, letters),
        *typing(answers),
        *length(answers, letters),
        *form(answers, letters),
        *shortened(answers, letters),
        *thread(answers, letters),
        *(impossible or timing(answers, today, now)),
        *([] if impossible else decision_passed(answers, today)),
        *feedback(answers),
    ]
    return sorted(findings, key=lambda f: LEVEL_ORDER[f.level])
