"""Property tests: text generated in every shape people type, through every free-text slot.

Each generated answer is built from a shape (a noun phrase, a clause, a question, a
first-person sentence, a lead-in, a list, a résumé line, lower case...) with random
content words, and put in one slot of a realistic answers file. The letters are read
by the same detectors as the corpus (tests/followup/test_corpus.py).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.answers import Interviewer
from followup.checks import check
from followup.compose import compose

from test_corpus import answers_of, FILES, letter_faults  # noqa: I001 - the corpus test's detectors
from test_properties import PROFILE

NOUNS = ["data quality", "the night shift", "supplier lead times", "onboarding", "the Q3 roadmap", "churn",
         "the Kubernetes migration", "parent evenings", "our claims backlog", "month-end close", "Salesforce",
         "the new ward", "guest reviews", "the API", "field sampling", "tier-2 suppliers"]
VERBS = ["keep", "cut", "improve", "scale", "fix", "staff", "measure", "automate", "explain"]
PAST = ["led", "built", "rebuilt", "cut", "ran", "managed", "launched", "reduced", "trained"]
LEADS = ["Also, ", "also ", "I forgot to mention that ", "forgot to say ", "We discussed ", "we talked about ",
         "Discussing ", "your question about ", "They need ", "the team needs ", "Our biggest issue is ",
         "PS ", "And ", "I think they need ", "One more thing: "]
ENDS = ["", ".", "!", " ", "..."]

noun = st.sampled_from(NOUNS)
shapes = st.one_of(
    st.builds(lambda n, m: f"{n} and {m}", noun, noun),  # noun phrase
    st.builds(lambda v, n: f"how do we {v} {n}?", st.sampled_from(VERBS), noun),  # question, convertible
    st.builds(lambda v, n: f"What would you {v} first in {n}?", st.sampled_from(VERBS), noun),  # question
    st.builds(lambda v, n: f"why does {n} {v} so slowly", st.sampled_from(VERBS), noun),  # question, no mark
    st.builds(lambda v, n: f"you asked how I would {v} {n}", st.sampled_from(VERBS), noun),  # event clause
    st.builds(lambda n: f"{n} is the main worry this year", noun),  # fact clause
    st.builds(lambda p, n: f"I {p} {n} for three years", st.sampled_from(PAST), noun),  # first person
    st.builds(lambda p, n: f"{p.capitalize()} {n}, reducing costs 30% (2021–2023)", st.sampled_from(PAST), noun),
    st.builds(lambda n: f"Responsible for {n}", noun),  # résumé line
    st.builds(lambda a, b, c: f"- {a}\n- {b}\n- {c}", noun, noun, noun),  # bullets
    st.builds(lambda a, b: f"{a}\n{b}", noun, noun),  # two lines of prose
    st.builds(lambda v, n: f"{v} {n}", st.sampled_from(VERBS), noun),  # bare verb phrase
    st.builds(lambda n: f"to {n}", noun),
    st.builds(lambda n: n.lower(), noun),
)
first_person = st.builds(lambda p, n: f"I {p} {n} for three years", st.sampled_from(PAST), noun)
phrase = st.builds(lambda n, m: f"{n} and {m}", noun, noun)
# A lead-in goes with what people put after it: a phrase after "we discussed", a sentence after "Also,".
typed = st.one_of(
    st.builds(lambda body, end: body.strip() + end, shapes, st.sampled_from(ENDS)),
    st.builds(lambda lead, body, end: lead + body + end, st.sampled_from(LEADS), phrase, st.sampled_from(ENDS)),
    st.builds(lambda lead, body, end: lead + body + end, st.sampled_from(["Also, ", "I forgot to mention that ",
                                                                         "PS ", "One more thing: "]),
              first_person, st.sampled_from(ENDS)),
)
SLOTS = ("topic", "their_needs", "your_strength", "forgot_to_mention")
BASES = [answers_of(f) for f in FILES[:12]]
TODAY = date(2026, 12, 1)


@settings(PROFILE, max_examples=min(PROFILE.max_examples, 2_000))  # each example composes a whole letter
@given(text=typed, slot=st.sampled_from(SLOTS), base=st.sampled_from(BASES),
       tone=st.sampled_from(("formal", "warm", "brief")), channel=st.sampled_from(("email", "letter", "message")))
def test_any_shape_in_any_slot_reads_right(text: str, slot: str, base, tone: str, channel: str) -> None:
    answers = dataclasses.replace(base, tone=tone, channel=channel, kind="thank-you",
                                  interview_date=base.interview_date or date(2026, 11, 20))
    if slot == "topic":
        people = answers.interviewers or (Interviewer(name="Dana Lee"),)
        answers = dataclasses.replace(answers, interviewers=(dataclasses.replace(people[0], topic=text),))
    else:
        answers = dataclasses.replace(answers, **{slot: text})
    letters = compose(answers, TODAY)
    reported = {f.field for f in check(answers, TODAY, letters) if f.level == "problem"}
    for letter in letters:
        assert letter_faults(letter, answers, lengths=False) == [], (text, slot)
        for field, why in letter.left_out:
            assert field in reported, (text, field, why)
