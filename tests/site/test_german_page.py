"""The German guide page as a reader meets it (docs/de/nachfassen.md, URL de/nachfassen/): the headings
`check` links to, German throughout, the composer's German letters, and a way in from the English guide."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path


URL = "de/nachfassen/"
ANCHORS = ("dankesmail", "zeitpunkt", "nachfragen", "absage", "anrede", "brief", "kurznachricht", "fehler")
"""The ids the German contract gives the page's headings (the German checks link to them)."""
ENGLISH = re.compile(r"\b(?:the|and|with|your|thank you|dear|regards|interview|Subject|Note \d+ of)\b")


def _html(site_dir: Path) -> str:
    return (site_dir / URL / "index.html").read_text(encoding="utf-8")


def _article(site_dir: Path) -> str:
    html = _html(site_dir)
    start = html.index('<article class="md-content__inner')
    return html[start:html.rindex("</article>")]  # the letters are <article>s of their own inside it


def _text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_every_heading_the_checks_link_to_is_there(site_dir: Path) -> None:
    html = _article(site_dir)
    for anchor in ANCHORS:
        assert re.search(rf'<h2 id="{anchor}"', html), anchor


def test_the_page_and_the_letters_say_they_are_german(site_dir: Path) -> None:
    assert '<html lang="de"' in _html(site_dir)
    html = _article(site_dir)
    assert html.count('<div class="fk-example" lang="de-DE">') == 4  # the four German example answers


def test_the_letters_are_the_composers_german(site_dir: Path) -> None:
    text = _text(_article(site_dir))
    for said in ("Sehr geehrte Frau Dr. Schulz,", "Guten Tag Aylin Demir,", "Mit freundlichen Grüßen", "Viele Grüße",
                 "Nachricht 1 von 3: an", "Geschrieben vom Briefassistenten"):
        assert said in text, said


def _english_in_prose_and_captions(site_dir: Path) -> list[str]:
    text = _text(_article(site_dir))
    text = re.sub(r"https?://\S+|\S+@\S+|\S+\.json", " ", text)
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})


def test_no_english_word_on_the_german_page(site_dir: Path) -> None:
    assert _english_in_prose_and_captions(site_dir) == []


def test_the_english_check_can_fail() -> None:
    assert ENGLISH.search("Dear Dana, thank you for the interview")


def test_the_english_guide_links_here_and_the_page_links_its_sources(site_dir: Path) -> None:
    why = (site_dir / "why" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a[^>]*href="\.\./de/nachfassen/"[^>]*hreflang="de"', why) or \
        re.search(r'<a[^>]*hreflang="de"[^>]*href="\.\./de/nachfassen/"', why)
    assert 'href="../../sources/#german"' in _html(site_dir)
    sources = (site_dir / "sources" / "index.html").read_text(encoding="utf-8")
    assert 'id="german"' in sources
