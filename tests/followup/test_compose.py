"""The composer: the letters' content, tones, channels, panels, and the limits it keeps."""

from __future__ import annotations

import dataclasses
import os
import itertools
import re
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from followup.answers import Answers, Interviewer, loads
from followup.checks import sentences, shared_sentence_ratio
from followup.compose import Refused, compose, variant_picker
from followup.languages.en.letters import format_date
from followup.rules import NO_THIRD_CHECK_IN
from followup.wording import clip

variant = variant_picker(0)
from followup.letter import Letter, body_text, word_count
from followup.schema import MESSAGE_LIMIT

TODAY = date(2026, 11, 27)  # the day after the examples' interview (a Thursday)
KINDS = ("thank-you", "check-in", "after-rejection")
TONES = ("formal", "warm", "brief")
CHANNELS = ("email", "letter", "message")


def example(name: str = "thank-you", **changes: object) -> Answers:
    text = files("followup").joinpath(f"examples/{name}.json").read_text(encoding="utf-8")
    return dataclasses.replace(loads(text), **changes)


def bare(kind: str = "thank-you", **changes: object) -> Answers:
    """Only what is required: every optional input left empty."""
    base = example(kind)
    empty = dict(
        company_address="", interview_time=None, their_needs="", your_strength="", forgot_to_mention="",
        decision_date=None, sign_off="", interviewers=tuple(Interviewer(name=p.name) for p in base.interviewers),
        candidate=dataclasses.replace(base.candidate, email="", phone="", profile_url="", address=""),
    )
    return dataclasses.replace(base, **{**empty, **changes})


def text_of(letter: Letter) -> str:
    return "\n".join(filter(None, [letter.subject or "", letter.date_line or "", *letter.sender_block,
                                   *letter.recipient_block, body_text(letter)]))


def same_topic_panel(size: int, tone: str = "warm", channel: str = "email") -> Answers:
    names = ["Dana Lee", "Sam Okafor", "Priya Raman", "Tom Becker", "Ines Duarte", "Wei Chen", "Ana Souza",
             "Kofi Mensah"]
    people = tuple(Interviewer(name=n, title="Analytics Lead", topic="the migration of sales reporting to dbt")
                   for n in names[:size])
    return example("panel", interviewers=people, tone=tone, channel=channel)


# --- the default letter ------------------------------------------------------------------


def test_default_thank_you_email_is_one_personal_letter_of_100_to_200_words() -> None:
    (letter,) = compose(example(), TODAY)
    words = word_count(body_text(letter))
    assert 100 <= words <= 200
    assert letter.subject == "Thank you – Data Analyst interview"
    assert letter.salutation == "Dear Dana,"
    assert letter.recipient_name == "Dana Lee" and letter.recipient_email == "dana.lee@northwind.example"
    assert letter.closing == "Best regards,"
    assert letter.signature == ("Alex Morgan", "alex.morgan@example.com", "+44 7700 900123",
                                "https://www.linkedin.com/in/alex-morgan-example")
    assert letter.date_line is None and letter.sender_block == () and letter.recipient_block == ()


def test_thank_you_follows_the_guide_spine_thanks_detail_fit_forgotten_point_and_close() -> None:
    answers = example()
    (letter,) = compose(answers, TODAY)
    body = " ".join(letter.paragraphs)
    assert body.startswith("Thank you for")
    assert "your plan to move the monthly sales reporting from spreadsheets to dbt" in body
    assert answers.their_needs in body
    assert answers.your_strength in body
    assert "taught SQL to a group of eight analysts" in body
    assert "yesterday" in body  # the interview was the day before
    assert re.search(r"look forward|hope", letter.paragraphs[-1])
    assert "4 December" in letter.paragraphs[-1]  # the decision date they gave


def test_interview_day_is_said_the_way_a_person_says_it() -> None:
    body = lambda a, t: " ".join(compose(a, t)[0].paragraphs)  # noqa: E731
    assert " today about" in body(example(), date(2026, 11, 26))
    assert " on Thursday about" in body(example(), date(2026, 11, 30))
    assert " on 26 November about" in body(example(), date(2026, 12, 10))
    assert " on 26 November." in body(example(tone="formal"), TODAY)
    assert " on 26 November 2026." in body(example(tone="formal"), date(2027, 1, 4))


def test_format_date_is_day_month_year_whatever_the_locale() -> None:
    assert format_date(date(2026, 11, 28), "en-GB") == "28 November 2026"
    assert format_date(date(2026, 3, 1), "en-GB", with_year=False) == "1 March"
    assert format_date(date(2026, 11, 28), "en-US") == "November 28, 2026"
    assert format_date(date(2026, 3, 1), "en-US", with_year=False) == "March 1"


# --- tones -----------------------------------------------------------------------------------


def test_three_tones_differ_in_wording_not_just_sign_off() -> None:
    letters = {tone: compose(example(tone=tone), TODAY)[0] for tone in TONES}
    for a, b in itertools.combinations(TONES, 2):
        assert shared_sentence_ratio(letters[a], letters[b]) <= 0.25, (a, b)
    assert letters["formal"].salutation == "Dear Dana Lee,"
    assert letters["warm"].salutation == "Dear Dana,"
    assert letters["brief"].salutation == "Hi Dana,"
    assert "I'm" not in body_text(letters["formal"]) and "didn't" not in body_text(letters["formal"])
    assert word_count(body_text(letters["brief"])) < word_count(body_text(letters["warm"]))


@pytest.mark.parametrize(("tone", "channel", "closing"), [
    ("formal", "letter", "Yours sincerely,"), ("formal", "email", "Kind regards,"),
    ("warm", "email", "Best regards,"), ("warm", "letter", "Warm regards,"), ("brief", "email", "Best,"),
])
def test_default_sign_off_fits_tone_and_channel(tone: str, channel: str, closing: str) -> None:
    assert compose(example(tone=tone, channel=channel), TODAY)[0].closing == closing


@pytest.mark.parametrize(("sign_off", "closing"), [("Cheers", "Cheers,"), ("All the best,", "All the best,"),
                                                   ("Thanks again!", "Thanks again!")])
def test_the_persons_own_sign_off_wins(sign_off: str, closing: str) -> None:
    assert compose(example(sign_off=sign_off), TODAY)[0].closing == closing


# --- channels --------------------------------------------------------------------------------


def test_printed_letter_has_sender_block_date_and_recipient_block_but_no_subject() -> None:
    (letter,) = compose(example(channel="letter", tone="formal"), TODAY)
    assert letter.subject is None
    assert letter.date_line == "27 November 2026"
    assert letter.sender_block[:3] == ("Alex Morgan", "14 Elm Road", "Leeds LS6 2AB")
    assert "alex.morgan@example.com" in letter.sender_block
    assert letter.recipient_block == ("Dana Lee", "Head of Analytics", "Northwind Traders", "1 Harbour Street",
                                      "Bristol BS1 5TT")
    assert letter.signature == ("Alex Morgan",)
    assert letter.closing == "Yours sincerely,"


def test_one_line_address_is_split_at_its_commas() -> None:
    answers = example(channel="letter", company_address="1 Harbour Street, Bristol BS1 5TT")
    assert compose(answers, TODAY)[0].recipient_block[-2:] == ("1 Harbour Street", "Bristol BS1 5TT")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_short_message_has_no_subject_or_address_greets_by_first_name_and_fits(kind: str, tone: str) -> None:
    for letter in compose(example(kind, tone=tone, channel="message"), TODAY):
        assert letter.subject is None and letter.date_line is None
        assert letter.sender_block == () and letter.recipient_block == ()
        assert letter.salutation in {"Hi Dana,", "Dear Dana Lee,"}
        assert letter.signature == ("Alex Morgan",)
        assert "@" not in body_text(letter)
        assert len(body_text(letter)) <= MESSAGE_LIMIT


def test_short_message_keeps_the_detail_when_it_fits() -> None:
    (letter,) = compose(example(channel="message"), TODAY)
    assert "your plan to move the monthly sales reporting from spreadsheets to dbt" in body_text(letter)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
def test_short_message_never_passes_the_limit_even_with_every_field_at_its_maximum(kind: str, tone: str) -> None:
    long = "Extraordinarily " * 12 + "long"
    person = Interviewer(name="Maximiliana-Alexandrina " + "Q" * 60, title="T" * 200, topic=("word " * 120)[:600])
    answers = example(kind, tone=tone, channel="message", company=long[:200], role=long[:200],
                      interviewers=(person, person), their_needs="n " * 300, your_strength="s " * 300,
                      candidate=dataclasses.replace(example().candidate, name="Bartholomew " * 8 + "Smith"))
    for letter in compose(answers, TODAY):
        text = body_text(letter)
        assert len(text) <= MESSAGE_LIMIT, text
        assert "{" not in text


def test_short_message_shortens_the_detail_at_a_seam_never_mid_clause() -> None:
    topic = ("your plan to move the monthly sales reporting from spreadsheets to dbt, which the regional "
             "managers asked for in the spring")
    person = Interviewer(name="Dana Lee", topic=topic)
    (letter,) = compose(example(channel="message", interviewers=(person,)), TODAY)
    text = body_text(letter)
    assert len(text) <= 200
    assert "your plan to move the monthly sales reporting" in text and "…" not in text
    assert letter.closing and letter.salutation == "Hi Dana,"
    assert text.split("\n")[1].endswith(".")


def test_clip_cuts_at_a_word_boundary() -> None:
    assert clip("short", 10) == "short"
    assert clip("the quick brown fox jumps", 16) == "the quick brown…"
    assert len(clip("x" * 50, 10)) == 10
    assert clip("anything", 1) == ""


# --- panels ----------------------------------------------------------------------------------


def test_panel_gives_one_note_per_interviewer_in_order_each_about_their_topic() -> None:
    answers = example("panel")
    letters = compose(answers, TODAY)
    assert [letter.recipient_name for letter in letters] == ["Dana Lee", "Sam Okafor", "Priya Raman"]
    assert [letter.salutation for letter in letters] == ["Dear Dana,", "Dear Sam,", "Dear Priya,"]
    for letter, person in zip(letters, answers.interviewers):
        assert person.topic in " ".join(letter.paragraphs)
        others = [p for p in answers.interviewers if p is not person]
        assert all(o.topic not in " ".join(letter.paragraphs) for o in others)


def test_panel_notes_mention_other_members_in_some_notes_and_the_forgotten_point_once() -> None:
    letters = compose(example("panel"), TODAY)
    bodies = [" ".join(letter.paragraphs) for letter in letters]
    assert sum("taught SQL" in b for b in bodies) == 1
    assert any("Priya" in b and "Dana" in b for b in bodies[1:])
    assert "Sam" not in bodies[0]


@pytest.mark.parametrize("size", [2, 3, 5, 8])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("channel", ["email", "letter"])
def test_panel_notes_with_identical_topics_share_at_most_half_their_sentences(
        size: int, tone: str, channel: str) -> None:
    letters = compose(same_topic_panel(size, tone, channel), TODAY)
    assert len(letters) == size
    for a, b in itertools.combinations(letters, 2):
        assert shared_sentence_ratio(a, b) <= 0.5, (a.recipient_name, b.recipient_name)


@pytest.mark.parametrize("size", [3, 5])
@pytest.mark.parametrize("tone", TONES)
def test_panel_short_messages_with_identical_topics_are_not_copies(size: int, tone: str) -> None:
    letters = compose(same_topic_panel(size, tone, "message"), TODAY)
    for a, b in itertools.combinations(letters, 2):
        assert shared_sentence_ratio(a, b) <= 0.5, (a.recipient_name, b.recipient_name)


def test_shared_sentence_ratio_sees_a_copy_pasted_note() -> None:
    (letter,) = compose(example(), TODAY)
    renamed = dataclasses.replace(letter, salutation="Dear Sam,")
    assert shared_sentence_ratio(letter, renamed) == 1.0
    assert len(sentences(letter)) >= 5


def test_variant_gives_different_phrasings_to_the_first_notes_and_spreads_the_rest() -> None:
    assert [variant(i, 0) for i in range(5)] == [0, 1, 2, 3, 4]
    for i, j in itertools.combinations(range(8), 2):
        same_slots = sum(variant(i, slot) == variant(j, slot) for slot in (0, 2, 3, 5))
        assert same_slots <= 1, (i, j)


# --- check-ins and rejections --------------------------------------------------------------


def test_first_check_in_names_role_and_date_restates_interest_and_asks_for_an_update() -> None:
    (letter,) = compose(example("check-in"), date(2026, 11, 25))
    body = " ".join(letter.paragraphs)
    assert "the Data Analyst role" in body and "my interview on 12 November" in body
    assert "20 November" in body  # the decision date they gave
    assert re.search(r"interested|keen", body)
    assert re.search(r"update|news|where things stand", body)
    assert letter.subject == "Following up on my Data Analyst interview (Alex Morgan)"


def test_second_check_in_is_shorter_and_lighter() -> None:
    first = compose(example("check-in"), date(2026, 11, 25))[0]
    for tone in TONES:
        second = compose(example("check-in", check_in_number=2, tone=tone), date(2026, 12, 2))[0]
        assert "once more" in body_text(second)
        assert word_count(body_text(second)) < word_count(body_text(first))
    (thank_you,) = compose(example(), TODAY)
    assert word_count(body_text(first)) < word_count(body_text(thank_you))


def test_third_check_in_is_refused_with_the_reason_and_what_to_do() -> None:
    with pytest.raises(Refused) as refused:
        compose(example("check-in", check_in_number=3), date(2026, 12, 10))
    assert isinstance(refused.value, ValueError)
    message = str(refused.value)
    assert message == f"A third check-in is not written. {NO_THIRD_CHECK_IN}"
    assert "two check-ins" in message.lower() and "move on" in message and "LinkedIn" not in message


@pytest.mark.parametrize("tone", TONES)
def test_reply_to_rejection_thanks_keeps_the_door_open_and_asks_for_feedback_only_when_wanted(tone: str) -> None:
    asked = " ".join(compose(example("after-rejection", tone=tone), TODAY)[0].paragraphs)
    not_asked = " ".join(compose(example("after-rejection", tone=tone, ask_for_feedback=False), TODAY)[0].paragraphs)
    assert asked.startswith(("Thank", "I appreciate"))
    assert re.search(r"disappoint|sorry", asked)
    assert re.search(r"future|other (roles|openings)|another role|stay in touch", asked)
    assert "feedback" in asked and "feedback" not in not_asked


@pytest.mark.parametrize("kind", ["check-in", "after-rejection"])
def test_without_an_interviewer_the_letter_goes_to_the_hiring_team(kind: str) -> None:
    letters = compose(example(kind, interviewers=()), TODAY)
    assert len(letters) == 1
    assert letters[0].salutation == "Dear Hiring Team,"
    assert letters[0].recipient_name == "Hiring Team" and letters[0].recipient_email == ""


def test_check_in_and_rejection_go_to_the_first_interviewer_only() -> None:
    two = example("panel").interviewers[:2]
    for kind in ("check-in", "after-rejection"):
        letters = compose(example(kind, interviewers=two), TODAY)
        assert [letter.recipient_name for letter in letters] == ["Dana Lee"]


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "tone", "salutation"), [
    ("Dr. Priya Raman", "warm", "Dear Dr Raman,"),
    ("Dr Priya Raman", "formal", "Dear Dr Raman,"),
    ("Hiring Manager", "warm", "Dear Hiring Manager,"),
    ("Hiring Manager", "brief", "Dear Hiring Manager,"),
    ("Dana Lee-Park", "formal", "Dear Dana Lee-Park,"),
    ("José María Ortega", "brief", "Hi José María Ortega,"),
    ("María de la Cruz", "brief", "Hi María,"),
    ("Nguyễn Thị Mai", "warm", "Dear Nguyễn Thị Mai,"),
    ("Dana Lee, PhD (she/her)", "warm", "Dear Dana,"),
    ("Cher", "formal", "Dear Cher,"),
])
def test_salutation_uses_the_name_as_the_tone_calls_for(name: str, tone: str, salutation: str) -> None:
    answers = example(tone=tone, interviewers=(Interviewer(name=name, topic="the quarterly planning cycle"),))
    assert compose(answers, TODAY)[0].salutation == salutation


# --- missing inputs and hostile inputs -----------------------------------------------------

DANGLING = re.compile(r"\s[.,;:]|: \.|about \.|\bthe\s+\.|  |\.\.|\(\s*\)|^\s|\s$")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_missing_optional_inputs_still_give_clean_prose(kind: str, tone: str, channel: str) -> None:
    for answers in (bare(kind, tone=tone, channel=channel), bare(kind, tone=tone, channel=channel,
                                                                  interviewers=(), interview_date=None)):
        for letter in compose(answers, TODAY):
            assert letter.paragraphs
            for paragraph in letter.paragraphs:
                assert not DANGLING.search(paragraph), paragraph
                assert paragraph[0].isupper() and paragraph[-1] in ".?!", paragraph
            assert letter.signature[0] == "Alex Morgan"
            if channel == "message":
                assert len(body_text(letter)) <= MESSAGE_LIMIT


def test_thank_you_without_interviewers_still_writes_one_letter() -> None:
    letters = compose(bare(interviewers=()), TODAY)
    assert len(letters) == 1 and letters[0].salutation == "Dear Hiring Team,"


@pytest.mark.parametrize("hostile", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{# hidden #}",
                                     "{{ config.__class__ }}", "<b>bold</b>"])
def test_user_text_is_never_run_as_a_template(hostile: str) -> None:
    person = Interviewer(name="Dana Lee", title=hostile, topic=hostile)
    answers = example(company=hostile, role=hostile, interviewers=(person,), their_needs=hostile,
                      your_strength=hostile, forgot_to_mention=hostile, channel="letter")
    (letter,) = compose(answers, TODAY)
    text = text_of(letter)
    assert hostile in text
    assert "49" not in text and "xxx" not in text


def test_user_line_breaks_cannot_start_new_paragraphs() -> None:
    answers = example(your_strength="I rebuilt the reports.\n\n\x1eAnd cut the close.\n\nTo two days",
                      forgot_to_mention="I speak\n\x1eSpanish")
    (letter,) = compose(answers, TODAY)
    assert len(letter.paragraphs) == len(compose(example(), TODAY)[0].paragraphs)
    assert not any("\n" in p or "\x1e" in p for p in letter.paragraphs)
    assert "I speak Spanish" in " ".join(letter.paragraphs)


@pytest.mark.parametrize(("strength", "expected"), [
    ("five years of SQL and dbt experience", " five years of SQL and dbt experience."),
    ("Built a forecasting model that cut stock-outs by 30%", "I built a forecasting model that cut stock-outs by 30%."),
    ("I cut the monthly close from five days to two.", "I cut the monthly close from five days to two."),
    ("Strong SQL and Python skills", " strong SQL and Python skills."),
    ("Managing a team of five analysts", " experience managing a team of five analysts."),
])
def test_strength_is_turned_into_a_sentence_whatever_form_it_was_typed_in(strength: str, expected: str) -> None:
    (letter,) = compose(example(your_strength=strength), TODAY)
    assert expected in " ".join(letter.paragraphs)


def test_topic_typed_as_a_sentence_reads_naturally() -> None:
    person = Interviewer(name="Sam Okafor", topic="You asked how I would handle late-arriving data.")
    (letter,) = compose(example(interviewers=(person,)), TODAY)
    assert "when you asked how I would handle late-arriving data." in " ".join(letter.paragraphs)


def test_forgot_to_mention_drops_a_leading_i_forgot_to_mention() -> None:
    (letter,) = compose(example(forgot_to_mention="I forgot to mention that I speak Spanish"), TODAY)
    body = " ".join(letter.paragraphs)
    assert "didn't get to mention is that I speak Spanish." in body


def test_templates_ship_in_the_package() -> None:
    names = {p.name for p in files("followup.templates").joinpath("en").iterdir()}
    assert {"thank-you.j2", "check-in.j2", "after-rejection.j2", "_shared.j2"} <= names


@pytest.mark.parametrize("name", ["thank-you", "panel", "check-in", "after-rejection"])
def test_example_answers_parse_and_compose(name: str) -> None:
    answers = example(name)
    letters = compose(answers, TODAY)
    assert letters and all(letter.kind == answers.kind for letter in letters)


# --- golden letters ----------------------------------------------------------------------------
# Realistic answer sets whose letters were read and approved by a person. A change in
# wording shows up here as a diff to review; FOLLOWUP_UPDATE_GOLDEN=1 rewrites the files.

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_TODAY = date(2026, 11, 27)


def render_golden(letters: tuple[Letter, ...]) -> str:
    out = []
    for letter in letters:
        head = [f"===== to {letter.recipient_name} ({letter.kind}, {letter.tone}, {letter.channel}) ====="]
        if letter.subject:
            head.append(f"Subject: {letter.subject}")
        blocks = ["\n".join(head)]
        if letter.sender_block:
            blocks.append("\n".join(letter.sender_block))
        if letter.date_line:
            blocks.append(letter.date_line)
        if letter.recipient_block:
            blocks.append("\n".join(letter.recipient_block))
        body = body_text(letter)
        blocks.append(body)
        blocks.append(f"[{word_count(body)} words, {len(body)} characters]")
        out.append("\n\n".join(blocks))
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("case", sorted(p.stem for p in GOLDEN.glob("*.json")))
def test_golden_letters_match_the_reviewed_files(case: str) -> None:
    answers = loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    text = render_golden(compose(answers, GOLDEN_TODAY))
    expected = GOLDEN / f"{case}.txt"
    if os.environ.get("FOLLOWUP_UPDATE_GOLDEN") == "1":
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), f"no golden file for {case}: run with FOLLOWUP_UPDATE_GOLDEN=1 and review it"
    assert text == expected.read_text(encoding="utf-8")


def test_there_are_golden_cases_for_every_kind_and_channel() -> None:
    answers = [loads(p.read_text(encoding="utf-8")) for p in GOLDEN.glob("*.json")]
    assert {a.kind for a in answers} == set(KINDS)
    assert {a.channel for a in answers} == set(CHANNELS)
    assert {a.tone for a in answers} == set(TONES)


def test_an_answers_capital_start_goes_small_mid_sentence_when_the_writer_types_the_word_small_elsewhere() -> None:
    base = example("thank-you", their_needs="someone to take the silicon anode work to pouch cells")
    data = dataclasses.replace(base, interviewers=(dataclasses.replace(
        base.interviewers[0], topic="Silicon anodes and the swelling problem in large formats"), *base.interviewers[1:]))
    text = "\n".join(compose(data, date(2026, 11, 27))[0].paragraphs)
    assert "silicon anodes and the swelling problem" in text and "Silicon anodes" not in text.split("\n", 1)[1]
    named = dataclasses.replace(base, interviewers=(dataclasses.replace(
        base.interviewers[0], topic="Kubernetes upgrades and the on-call rota"), *base.interviewers[1:]))
    assert "Kubernetes upgrades" in "\n".join(compose(named, date(2026, 11, 27))[0].paragraphs)
