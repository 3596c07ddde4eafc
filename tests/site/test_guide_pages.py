"""The guide as a reader in a hurry meets it (issue "the guide"): a letter in one click, the practical
path first, each thing said once, and the situations people search for findable by their words."""

from __future__ import annotations

import json
import re
from pathlib import Path

from site_walk import GUIDE_PAGES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def html(site_dir: Path, url: str) -> str:
    return (site_dir / url / "index.html").read_text(encoding="utf-8")


def test_read_the_guide_opens_the_practical_path(site_dir: Path) -> None:
    home = html(site_dir, "")
    link = re.search(r'<a [^>]*href="([^"]+)"[^>]*>Read the guide</a>', home)
    assert link and link[1].rstrip("/").endswith("when"), "Read the guide should open 'When to send it'"


def test_what_to_write_shows_a_complete_model_note_before_the_advice(site_dir: Path) -> None:
    page = html(site_dir, "what-to-write/")
    model, advice = page.find('class="fk-example"'), page.find('id="structure"')
    assert 0 < model < advice, "the model note comes before 'A structure that works'"
    note = page[model:advice]
    assert "Dear Dana" in note and "Alex Morgan" in note and "Thank you" in note


def test_we_will_be_in_touch_is_a_heading_the_search_finds(site_dir: Path) -> None:
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}
    assert "in touch" in titles.get("check-in/#in-touch", "").lower()
    assert "check-in.md#in-touch" in (DOCS / "index.md").read_text(encoding="utf-8")


def _prose(page: str) -> str:
    return " ".join((DOCS / page).read_text(encoding="utf-8").split())


def test_one_marker_for_common_advice() -> None:
    """Advice no survey measured links to the sources page's two lists; no page spells the phrase out."""
    marked = 0
    for page in GUIDE_PAGES:
        text = _prose(page)
        if page != "sources.md":
            assert "common advice from career sites" not in text.lower(), page
            assert "consensus" not in text.lower(), f"{page}: say 'common advice' and link it"
        for label, href in re.findall(r"\[(common advice|our suggestion)\]\(([^)]+)\)", text):
            marked += 1
            want = "#advice" if label == "common advice" else "#suggestions"
            assert href.endswith(want) and ("sources.md" in href or page == "sources.md"), (page, label, href)
    assert marked >= 10


def test_linkedin_limits_are_stated_on_the_channels_page_only() -> None:
    """The connection note's limits: the channels page's table, the sources page's note, and the example
    that has to fit; every other page links to the table."""
    for page in GUIDE_PAGES:
        text = _prose(page)
        count = len(re.findall(r"\{\{ rule\.note_(?:free|premium) \}\}|rule\.connection_note", text))
        allowed = {"channels.md": 4, "sources.md": 1, "examples.md": 1}.get(page, 0)
        assert count <= allowed, f"{page} states LinkedIn's limits {count} times; link to channels.md#short-message"


def test_other_countries_say_the_habits_are_american_and_british_and_link_the_german_page() -> None:
    text = _prose("why.md")
    assert "relatively American phenomenon" in text and "American and British" in text
    assert re.search(r"\]\(de/nachfassen\.md\)\{[^}]*hreflang=\"de\"", text)
    assert (DOCS / "de" / "nachfassen.md").is_file()
