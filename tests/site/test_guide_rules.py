"""One rule, said once: the guide states the composer's rules through `{{ rule.NAME }}` markers that the
build fills in from `followup.rules` (scripts/sitebuild/rules.py), never by hand.

These tests render every rule, check that each states its constants, that the checks and reminders
say the same sentences, and fail when a page types a rule's value itself."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from importlib.resources import files
from pathlib import Path

import pytest
from fixed_clock import FIXED_TODAY, days_ago
from site_walk import GUIDE_PAGES

from followup import rules, schema, timing
from followup.answers import loads
from followup.checks.timing import check_ins
from followup.checks.timing import timing as timing_findings
from followup.compose import MAX_CHECK_INS
from followup.reminders import reminders
from sitebuild.rules import MARKER, render_rules

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = tuple(GUIDE_PAGES)
NUM = r"(?:\d+|" + "|".join(rules.WORDS[1:]) + ")"

# What a rule's value looks like when a page types it by hand (the rendered words of the rules above).
HAND_STATED = {
    "hours": rf"\b{NUM} hours\b",
    "business days": rf"\b{NUM} business days?\b",
    "an ordinal business day": r"\b(?:" + "|".join(rules.ORDINALS[1:]) + r") business day\b",
    "a clock time": r"\b\d{1,2}(?::\d\d)? [ap]\.m\.",
    "characters": rf"\b\d+[- ]characters?\b",
    "check-ins": rf"\b{NUM} check-ins\b",
    "notes in one go": rf"\bup to {NUM} notes\b",
    "words too many": rf"\bpast about {NUM} words\b",
}
# Facts that are not the composer's rules: what a source said, and how phones count a text.
NOT_RULES = re.compile(r"SMS segment holds \d+ plain characters|at least five business days before a check-in|"
                       r"for waiting at least five business days")


def raw(page: str) -> str:
    """A page as typed: front matter included (the description is shown too), markers and comments out."""
    text = (DOCS / page).read_text(encoding="utf-8")
    text = MARKER.sub(" ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    return NOT_RULES.sub(" ", " ".join(text.replace("**", "").split()))


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.name)
def test_every_rule_renders_and_states_its_constants(rule: rules.Rule) -> None:
    text = render_rules(f"{{{{ rule.{rule.name} }}}}", "test")
    assert text == rule.text and text.strip(), rule.name
    assert rule.values, f"{rule.name} states no constant: it is not a rule"
    for value in rule.values:
        spelled = {str(value), rules.word(value), rules.ordinal(value)}
        if value < 24:
            spelled.add(rules.clock(time(value)))
        if rule.name in ("late_after", "late_thank_you"):
            spelled.add(rules.days_as_weeks(value))
        assert any(s in text.lower() for s in spelled), f"{rule.name} does not state {value}: {text!r}"


def test_the_rules_are_the_composers_constants() -> None:
    by = rules.BY_NAME
    assert by["send_within"].values == (timing.SEND_WITHIN.total_seconds() // 3600,)
    assert by["after_decision_date"].values == (timing.AFTER_DECISION_DATE,)
    assert by["without_decision_date"].values == (timing.WITHOUT_DECISION_DATE,)
    assert by["earliest_day"].values == (timing.EARLIEST_WITHOUT_DECISION_DATE,)
    assert by["between_check_ins"].values == (timing.BETWEEN_CHECK_INS,)
    assert by["reply_within"].values == (timing.REPLY_WITHIN,)
    assert by["max_check_ins"].values == (MAX_CHECK_INS,)
    assert by["note_free"].values == (schema.MESSAGE_LIMITS["linkedin-note"],)
    assert by["note_premium"].values == (schema.MESSAGE_LIMITS["linkedin-note-premium"],)
    assert by["message_target"].values == (schema.MESSAGE_TARGET,)


def test_capitalize_and_unknown_names() -> None:
    assert render_rules("{{ rule.send_within | capitalize }}", "p").startswith("Within ")
    with pytest.raises(ValueError, match="page.md.*no rule named 'nope'"):
        render_rules("{{ rule.nope }}", "page.md")
    with pytest.raises(ValueError, match="unknown filter"):
        render_rules("{{ rule.send_within | shout }}", "page.md")


def test_every_rule_is_stated_by_the_guide() -> None:
    used = {m["name"] for page in PAGES for m in MARKER.finditer((DOCS / page).read_text(encoding="utf-8"))}
    unused = sorted(set(rules.BY_NAME) - used)
    assert not unused, f"rules no page states (state them, or remove them from followup.rules): {unused}"


@pytest.mark.parametrize("page", PAGES)
def test_no_page_states_a_rule_by_hand(page: str) -> None:
    text = raw(page)
    for what, pattern in HAND_STATED.items():
        found = [text[max(0, m.start() - 50):m.end() + 20] for m in re.finditer(pattern, text, re.I)]
        assert not found, f"{page} types {what} by hand; write a {{{{ rule.NAME }}}} marker instead: {found}"


def test_the_hand_check_catches_a_typed_rule() -> None:
    """The check above must be able to fail: a typed rule is caught, a marker is not."""
    typed = "Check in two business days after the decision date, within 24 hours, kept near 300 characters."
    assert all(any(re.search(p, s, re.I) for p in HAND_STATED.values()) for s in typed.split(", "))
    marked = MARKER.sub(" ", "Check in {{ rule.after_decision_date }}, {{ rule.send_within }}.")
    assert not any(re.search(p, marked, re.I) for p in HAND_STATED.values())


def _example(name: str, **changes: object):  # noqa: ANN202
    answers = loads(files("followup").joinpath("examples", name).read_text(encoding="utf-8"))
    return replace(answers, **changes)


def test_checks_and_reminders_say_the_rules_sentences() -> None:
    third = _example("check-in-second.json", check_in_number=MAX_CHECK_INS + 1)
    assert [f.message for f in check_ins(third)] == [rules.NO_THIRD_CHECK_IN]
    late = _example("thank-you.json", decision_date=None)
    today = days_ago(-timing.LATE_AFTER_DAYS - 7, late.interview_date)
    [finding] = timing_findings(late, today, None)
    assert rules.LATE_THANK_YOU in finding.message
    second = _example("check-in.json")
    timing_of = timing.timing_for(second)
    assert timing_of is not None
    [text] = [r for r in reminders(second, timing_of) if r.code == "second-check-in"]
    assert rules.SECOND_CHECK_IN_SHORTER in text.description
    assert FIXED_TODAY  # the fixed clock is the only "today" these tests know


def test_the_built_site_shows_no_marker(site_dir: Path) -> None:
    """Every marker was filled in, in the pages, their descriptions and the search index."""
    left = [str(p.relative_to(site_dir)) for p in (*site_dir.rglob("*.html"), site_dir / "search" / "search_index.json")
            if "rule." in p.read_text(encoding="utf-8") and MARKER.search(p.read_text(encoding="utf-8"))]
    assert not left, f"unreplaced rule markers in {left}"
    when = (site_dir / "when" / "index.html").read_text(encoding="utf-8")
    assert rules.text("send_within") in when and rules.BY_NAME["first_check_in"].text in when
