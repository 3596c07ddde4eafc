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


@pytest.mark.parametrize("family", strings.families())
def test_no_word_is_empty_or_untrimmed(family: str) -> None:
    bad = [f"{part}:{key}" for part in strings.PARTS for key, text in strings.table(family)[part].items()
           if not text.strip() or text != text.strip()]
    assert bad == []


def test_a_missing_key_is_listed_and_reads_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    english = strings.table("en")
    partial = {"page": dict(list(english["page"].items())[1:]), "script": english["script"]}
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


def test_the_scripts_ask_only_for_keys_english_has() -> None:
    asked = {key for path in JS_DIR.glob("*.js")
             for key in re.findall(r"""\bt\(\s*["']([\w.-]+)["']""", path.read_text(encoding="utf-8"))}
    assert asked - strings.table("en")["script"].keys() == set()


def test_placeholders_are_filled() -> None:
    words = strings.Words("de")
    assert words("exports.download", label=".txt") == ".txt herunterladen"
    assert json.loads(words.script_json()) == strings.words("de", "script")
