"""The builder page's words: every language's table has English's keys and placeholders (the list of
what is missing is the failure message), and the page's template asks only for keys that exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sitebuild import strings
from sitebuild.languages import SITE_KEYS

ROOT = Path(__file__).resolve().parents[2]
OTHER_FAMILIES = [f for f in strings.families() if f != strings.REFERENCE]
JS_DIR = ROOT / "docs" / "assets" / "builder"


def test_german_has_a_table() -> None:
    assert "de" in OTHER_FAMILIES


@pytest.mark.parametrize("family", OTHER_FAMILIES)
def test_every_table_has_every_key_english_has(family: str) -> None:
    assert strings.missing(family) == [], f"strings/{family}.json lacks {strings.missing(family)}"
    assert strings.extra(family) == [], f"strings/{family}.json has keys English does not: {strings.extra(family)}"
    assert strings.placeholder_problems(family) == []


@pytest.mark.parametrize("family", OTHER_FAMILIES)
def test_every_other_language_names_the_site_wide_words(family: str) -> None:
    site = strings.table(family)["site"]
    assert [key for key in SITE_KEYS if not site.get(key)] == []


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]


@pytest.mark.parametrize("family", strings.families())
def test_no_word_is_empty_and_spaces_at_the_edges_are_englishs(family: str) -> None:
    """A space at an edge is part of the words' use ("Overdue: " before a step); a translation keeps it."""
    english = strings.table("en")
    bad = [f"{part}:{key}" for part in strings.PARTS for key, text in strings.table(family)[part].items()
           if not text.strip() or _edges(text) != _edges(english[part].get(key, text.strip()))]
    assert bad == []


def test_a_missing_key_is_listed_and_reads_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    english = strings.table("en")
    stages = {key: "x" for key in strings.protocol_stages()}
    formats = {key: "x" for key in (*strings.worded_formats(), *strings.SCHEMA_WORDS)}
    partial = {"page": {**dict(list(english["page"].items())[1:]), **formats}, "script": {**english["script"], **stages}}
    (tmp_path / "en.json").write_text(json.dumps(english), encoding="utf-8")
    (tmp_path / "xx.json").write_text(json.dumps(partial), encoding="utf-8")
    monkeypatch.setattr(strings, "HERE", tmp_path)
    strings.table.cache_clear()
    try:
        first = next(iter(english["page"]))
        assert strings.missing("xx") == [f"page:{first}"]
        assert strings.Words("xx")(first) == english["page"][first]
    finally:
        strings.table.cache_clear()


def test_the_template_asks_only_for_keys_english_has() -> None:
    template = (ROOT / "overrides" / "builder.html").read_text(encoding="utf-8")
    asked = set(re.findall(r"""\bt\("([\w.-]+)"[,)]""", template))
    assert asked and asked - strings.table("en")["page"].keys() == set()


def _asked(pattern: str) -> set[str]:
    return {key for path in JS_DIR.glob("*.js") for key in re.findall(pattern, path.read_text(encoding="utf-8"))}


def test_the_scripts_ask_only_for_keys_english_has() -> None:
    english = strings.table("en")["script"].keys()
    asked = _asked(r"""\bt\(\s*["']([\w.-]+)["']""")
    counted = _asked(r"""\btn\(\s*["']([\w.-]+)["']""")
    assert len(asked) > 50 and counted
    assert asked - english == set()
    assert {f"{key}.{form}" for key in counted for form in ("one", "other")} - english == set()


def test_placeholders_are_filled() -> None:
    words = strings.Words("de")
    assert words("exports.download", label=".txt") == ".txt herunterladen"
    assert json.loads(words.script_json()) == strings.words("de", "script")
