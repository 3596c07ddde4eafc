"""The guide's facts, read from its Markdown sources: every survey figure is on the sources page with
its source and year, and every waiting rule and message limit the guide states is the composer's own
constant. When a constant in followup.timing, followup.schema or followup.checks changes, these tests
fail until the guide says the same."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from site_walk import GUIDE_PAGES

from followup import checks, schema, timing
from followup.answers import loads
from followup.compose import MAX_CHECK_INS, compose
from followup.letter import body_text
from sitebuild.rules import render_rules

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLES = files("followup") / "examples"  # the one set of example answers
PAGES = tuple(GUIDE_PAGES)

NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth")
NUM = r"(\d+|" + "|".join(NUMBERS) + ")"
ORD = "(" + "|".join(ORDINALS) + ")"


def number(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.index(word) if word in NUMBERS else ORDINALS.index(word)


def markdown(page: str) -> str:
    """A page's Markdown as the site shows it: rules filled in from the composer (sitebuild.rules),
    without its front matter and its letter markers (the composer's text)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    return re.sub(r"<!--.*?-->", "", render_rules(text, page), flags=re.S)


def prose(page: str) -> str:
    """The page as one line of words: emphasis and line breaks out, so phrases match across lines."""
    return " ".join(markdown(page).replace("**", "").split())


def blocks(page: str) -> list[str]:
    """Paragraphs, list items, table rows and headings: the unit a figure and its source share."""
    out: list[list[str]] = []
    for line in markdown(page).splitlines():
        stripped = line.strip()
        starts = re.match(r"(\||[-*] |\d+\. |#)", stripped)
        if not stripped:
            out.append([])
        elif starts or not out:
            out.append([stripped])
        else:
            out[-1].append(stripped)
    return [" ".join(b).replace("**", "") for b in out if b]


# --- survey figures --------------------------------------------------------------------------------

PERCENT = re.compile(r"\b(\d+(?:\.\d+)?)(?:%| percent\b| per cent\b)", re.I)
SAMPLE = re.compile(
    r"\b(\d[\d,]*) (?:(?:US|senior|human resources|HR|hiring) )*(?:executives|employers|recruiters|managers|"
    r"job seekers|respondents)\b")


def survey_rows() -> list[dict[str, str]]:
    rows = []
    for line in markdown("sources.md").splitlines():
        if re.match(r"\|\s*\d{4}\s*\|", line):
            year, who, asked, findings = (cell.strip() for cell in line.strip().strip("|").split("|"))
            rows.append({"year": year, "who": who, "asked": asked, "findings": findings})
    return rows


def test_the_sources_page_has_a_survey_table_with_a_source_and_year_on_every_row() -> None:
    rows = survey_rows()
    assert len(rows) >= 5
    for row in rows:
        assert re.fullmatch(r"(19|20)\d{2}", row["year"]) and row["who"] and row["findings"], row


def _figures(pattern: re.Pattern[str], column: str) -> list[tuple[str, str, str]]:
    return [(page, block, m.group(1)) for page in PAGES for block in blocks(page) for m in pattern.finditer(block)]


def _matching_rows(value: str, column: str) -> list[dict[str, str]]:
    pattern = re.compile(rf"(?<![\d,.]){re.escape(value)}(?:%|\s)")
    return [row for row in survey_rows() if pattern.search(row[column] + " ")]


def _cited(block: str, rows: list[dict[str, str]]) -> bool:
    """True when the block names the year and the source (its first word) of one of the rows."""
    return any(row["year"] in block and re.match(r"\w+", row["who"])[0] in block for row in rows)  # type: ignore[index]


def test_every_survey_row_says_who_was_asked_and_how_many() -> None:
    """A figure is only as good as its sample: each row gives the number asked, or says plainly that its
    publisher gave none (so a reader knows it is missing, not forgotten)."""
    for row in survey_rows():
        assert re.search(r"\d", row["asked"]) or "no sample size" in row["asked"], row


PERCENTAGES = _figures(PERCENT, "findings")
SAMPLES = _figures(SAMPLE, "asked")


def test_the_guide_quotes_figures_at_all() -> None:
    """The two tests below would pass on a guide without figures: make sure they have work to do."""
    assert len(PERCENTAGES) >= 20 and len(SAMPLES) >= 4
    assert {page for page, _, _ in PERCENTAGES} >= {"index.md", "why.md", "channels.md", "sources.md"}


@pytest.mark.parametrize(("page", "block", "value"), PERCENTAGES, ids=lambda v: v if len(v) < 12 else None)
def test_every_percentage_is_on_the_sources_page_and_cited_where_it_is_quoted(page: str, block: str,
                                                                            value: str) -> None:
    rows = _matching_rows(value, "findings")
    assert rows, f"{page}: {value}% is not in the sources page's survey table"
    assert all(row["year"] and row["asked"] for row in rows), f"{page}: {value}% has no year or sample on the sources page"
    assert _cited(block, rows), (f"{page}: {value}% is quoted without the source and year of "
                                 f"{[r['who'] + ' ' + r['year'] for r in rows]}: {block[:120]}")


@pytest.mark.parametrize(("page", "block", "value"), SAMPLES, ids=lambda v: v if len(v) < 12 else None)
def test_every_sample_size_is_on_the_sources_page_and_cited_where_it_is_quoted(page: str, block: str,
                                                                             value: str) -> None:
    rows = _matching_rows(value, "asked")
    assert rows, f"{page}: a sample of {value} is not in the sources page's survey table"
    assert _cited(block, rows), f"{page}: the sample of {value} is quoted without its source and year: {block[:120]}"


# --- waiting rules and limits ----------------------------------------------------------------------

LIMITS = schema.MESSAGE_LIMITS
RULES: dict[str, tuple[str, int]] = {
    "send within hours": (rf"within {NUM} hours", int(timing.SEND_WITHIN.total_seconds() // 3600)),
    "hours after the interview ended": (rf"{NUM} hours of the end of the interview", int(timing.SEND_WITHIN.total_seconds() // 3600)),
    "Monday morning": (rf"{NUM} a\.m\. on Monday", timing.MONDAY_MORNING.hour),
    "end of day without a time": (rf"assumes {NUM} p\.m\.", timing.DEFAULT_END.hour - 12),
    "after the decision date": (rf"{NUM} business days after the decision date", timing.AFTER_DECISION_DATE),
    "without a decision date": (rf"(?<!least ){NUM} business days after the interview", timing.WITHOUT_DECISION_DATE),
    "at least": (rf"at least {NUM} business days", timing.EARLIEST_WITHOUT_DECISION_DATE),
    "not before": (rf"before the {ORD} business day", timing.EARLIEST_WITHOUT_DECISION_DATE),
    "second check-in": (rf"{NUM} business days(?: \(a week\))? after (?:the|your) first", timing.BETWEEN_CHECK_INS),
    "most check-ins": (rf"{NUM} check-ins at most", MAX_CHECK_INS),
    "free connection note": (rf"{NUM} characters on a free account|free account\W+{NUM} characters",
                             LIMITS["linkedin-note"] or 0),
    "Premium connection note": (rf"{NUM}(?: characters)? with Premium|Premium account\W+{NUM} characters",
                                LIMITS["linkedin-note-premium"] or 0),
    "no hard limit": (rf"near {NUM} characters", schema.MESSAGE_TARGET),
    "thank-you too long": (rf"past about {NUM} words", checks.LENGTHS["thank-you"][1]),
    "panel size": (rf"up to {NUM} notes", schema.field_by_path("interviewers").max_items or 0),
}


def _statements(pattern: str) -> list[tuple[str, int, str]]:
    found = []
    for page in PAGES:
        text = prose(page)
        for m in re.finditer(pattern, text, re.I):
            value = next(g for g in m.groups() if g)
            found.append((page, number(value), text[max(0, m.start() - 60) : m.end() + 20]))
    return found


@pytest.mark.parametrize("rule", RULES)
def test_every_statement_of_a_rule_matches_the_composers_constant(rule: str) -> None:
    pattern, constant = RULES[rule]
    found = _statements(pattern)
    assert found, f"the guide never states the rule ({rule}): did its wording change?"
    wrong = [(page, value, context) for page, value, context in found if value != constant]
    assert not wrong, f"the composer says {constant} ({rule}); the guide says otherwise: {wrong}"


@pytest.mark.parametrize(("page", "rules"), [
    ("index.md", ("send within hours", "Monday morning", "after the decision date", "without a decision date",
                  "second check-in")),
    ("when.md", ("send within hours", "Monday morning", "after the decision date", "without a decision date",
                 "not before", "second check-in")),
    ("check-in.md", ("after the decision date", "without a decision date", "at least", "not before",
                     "second check-in", "most check-ins")),
    ("channels.md", ("free connection note", "Premium connection note", "no hard limit")),
])
def test_the_pages_a_reader_looks_at_first_state_the_rules_themselves(page: str, rules: tuple[str, ...]) -> None:
    text = prose(page)
    missing = [rule for rule in rules if not re.search(RULES[rule][0], text, re.I)]
    assert not missing, f"{page} does not state: {missing}"


def test_no_page_gives_another_number_of_business_days() -> None:
    """One answer everywhere: no ranges ("five to seven"), and only the composer's own counts."""
    allowed = {timing.AFTER_DECISION_DATE, timing.WITHOUT_DECISION_DATE, timing.EARLIEST_WITHOUT_DECISION_DATE,
               timing.BETWEEN_CHECK_INS, timing.REPLY_WITHIN}
    for page in PAGES:
        text = prose(page)
        ranges = re.findall(rf"{NUM}\s*(?:to|or|-|–)\s*{NUM} (?:more )?business days?", text, re.I)
        assert not ranges, f"{page}: a range of business days {ranges}: give the composer's one answer"
        counts = {number(m) for m in re.findall(rf"\b{NUM} business days?\b", text, re.I)}
        counts |= {number(m) for m in re.findall(rf"\b{ORD} business day\b", text, re.I)}
        assert counts <= allowed, f"{page}: {sorted(counts - allowed)} business days is no rule of the composer"


def test_no_page_gives_another_message_length() -> None:
    """Every "N characters" is a limit of schema.MESSAGE_LIMITS or the target for messages without one
    (an SMS segment's size, a fact about phones, is the one exception)."""
    allowed = {limit for limit in LIMITS.values() if limit} | {schema.MESSAGE_TARGET}
    for page in PAGES:
        text = re.sub(r"SMS segment holds \d+", "", prose(page))
        counts = {int(m) for m in re.findall(r"\b(\d+)[- ]characters?\b", text)}
        assert counts <= allowed, f"{page}: {sorted(counts - allowed)} characters is no limit of the composer"


def test_a_connection_note_limit_always_says_which_account() -> None:
    """LinkedIn's limit depends on the account: a bare "a connection note holds N characters" is wrong
    for one of them, whatever N is."""
    for page in PAGES:
        for sentence in (s for block in blocks(page) for s in re.split(r"(?<=[.!?])\s", block)):
            if re.search(r"\d+ characters", sentence) and "connection" in sentence.lower():
                assert "free" in sentence or "Premium" in sentence, f"{page}: {sentence}"


def test_the_channels_page_lists_every_kind_of_short_message() -> None:
    text = prose("channels.md")
    labels = {"linkedin-note": "free account", "linkedin-note-premium": "Premium account",
              "linkedin-message": "already connected", "text": "A text message"}
    assert set(labels) == set(LIMITS), "a new kind of short message: describe it on the channels page"
    for kind, words in labels.items():
        row = next((r for r in text.split("| |") if words in r), "")
        limit = LIMITS[kind]
        assert (f"{limit} characters" in row) if limit else ("near" in row and "limit" in row), (kind, row)


def test_the_short_message_example_is_sent_with_the_strictest_default_limit() -> None:
    answers = json.loads(EXAMPLES.joinpath("thank-you-message.json").read_text(encoding="utf-8"))
    default = schema.field_by_path("message_to").default
    assert LIMITS[default] == min(limit for limit in LIMITS.values() if limit)
    assert answers["channel"] == "message" and answers["message_to"] == default


def test_the_short_message_example_fits_the_limit_the_examples_page_promises() -> None:
    text = EXAMPLES.joinpath("thank-you-message.json").read_text(encoding="utf-8")
    limit = LIMITS[json.loads(text)["message_to"]]
    assert limit and f"fit in {limit} characters" in prose("examples.md")
    for letter in compose(loads(text), date(2026, 3, 23)):
        assert len(body_text(letter)) <= limit, body_text(letter)


def test_every_example_answers_file_is_in_the_current_format() -> None:
    paths = sorted((p for p in EXAMPLES.iterdir() if p.name.endswith(".json")), key=lambda p: p.name)
    assert len(paths) >= 10  # the four letter kinds and the guide's variants
    for path in paths:
        assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == schema.SCHEMA_VERSION, path.name
