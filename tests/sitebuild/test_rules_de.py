"""The German pages state the composer's rules in German words (scripts/sitebuild/rules_de.py), from the
same constants as the English pages, and never type a rule's value by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup import rules
from sitebuild import rules_de
from sitebuild.rules import MARKER, render_rules, words_for

ROOT = Path(__file__).resolve().parents[2]
GERMAN_PAGES = sorted((ROOT / "docs" / "de").glob("*.md"))
NUM = r"(?:\d+|" + "|".join(rules_de.WORDS[1:]) + ")"
HAND_STATED = {
    "hours": rf"\b{NUM} Stunden\b",
    "working days": rf"\b{NUM} (?:Arbeits|Werk)tage?n?\b",
    "a clock time": r"\b\d{1,2}:\d\d Uhr\b",
    "characters": rf"\b\d+ Zeichen\b",
    "check-ins": rf"\b{NUM} Nachfragen\b",
}
QUOTED = re.compile(r"„[^“]*“")
"""Text in German quotation marks shows a form ("bis 17:00 Uhr" as the way to write a time), not a rule."""


@pytest.mark.parametrize("name", sorted(rules_de.RULES))
def test_every_german_rule_is_an_english_rule_and_states_its_constants(name: str) -> None:
    words, values = rules_de.RULES[name]
    assert values == rules.BY_NAME[name].values, name
    for value in values:
        assert str(value) in words or rules_de.zahl(value) in words.lower(), (name, value, words)


def test_german_words_for_one_and_many_days() -> None:
    assert rules_de.arbeitstage(2, dative=True) == "zwei Arbeitstagen"
    assert rules_de.arbeitstage(1, dative=True) == "einem Arbeitstag"
    assert rules_de.arbeitstage(7) == "sieben Arbeitstage"
    assert rules_de.zahl(24) == "24"


def test_a_page_under_de_gets_german_words_and_an_unknown_rule_stops_the_build() -> None:
    assert render_rules("{{ rule.reply_within }}", "de/x.md", words_for("de/x.md")) == "innerhalb von zwei Arbeitstagen"
    assert render_rules("{{ rule.reply_within }}", "rejection.md", words_for("rejection.md")) == "within two business days"
    with pytest.raises(ValueError, match="no German words for rule 'panel_max'"):
        render_rules("{{ rule.panel_max }}", "de/x.md", words_for("de/x.md"))


@pytest.mark.parametrize("page", GERMAN_PAGES, ids=lambda p: p.name)
def test_no_german_page_states_a_rule_by_hand(page: Path) -> None:
    text = MARKER.sub(" ", " ".join(page.read_text(encoding="utf-8").replace("**", "").split()))
    text = QUOTED.sub(" ", text)
    for what, pattern in HAND_STATED.items():
        found = [text[max(0, m.start() - 50):m.end() + 20] for m in re.finditer(pattern, text, re.I)]
        assert not found, f"{page.name} types {what} by hand; write a {{{{ rule.NAME }}}} marker instead: {found}"


def test_the_hand_check_catches_a_typed_german_rule() -> None:
    typed = ["innerhalb von 24 Stunden", "zwei Arbeitstage nach dem Termin", "bis 10:00 Uhr", "200 Zeichen"]
    assert all(any(re.search(p, s, re.I) for p in HAND_STATED.values()) for s in typed)


def test_the_german_guide_page_is_read() -> None:
    assert "nachfassen.md" in [p.name for p in GERMAN_PAGES]
