"""The built site as search engines and visitors meet it: one title and one description per page,
the anchors the composer's checks link to, the sitemap, robots.txt, the icons and the 404 page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from followup.checks.findings import table
from followup.languages import LANGUAGES
from site_walk import ALL_PAGES, GUIDE_PAGES, html_files, parse_page, url_of

ROOT = Path(__file__).resolve().parents[2]
LINKS = sorted({(f"{lang.family}:{code}", anchor) for lang in LANGUAGES
                for code, anchor in {**table(lang.code).ANCHORS, **table(lang.code).ADVICE}.items()})
"""Every guide link of every language's messages table (a finding's or a plan step's), by family."""
SITE_DESCRIPTION = re.search(r"^site_description: (.+)$", (ROOT / "mkdocs.yml").read_text(), re.M)[1]  # type: ignore[index]



def _page(site: Path, url: str):  # type: ignore[no-untyped-def]
    return parse_page(site / url / "index.html")


@pytest.mark.parametrize("url", ALL_PAGES, ids=lambda u: u or "home")
def test_every_page_exists_with_a_title_and_its_own_description(site_dir: Path, url: str) -> None:
    page = _page(site_dir, url)
    assert page.title.endswith("Follow-up Kit")
    description = page.meta.get("description", "")
    assert 50 <= len(description) <= 200, description
    if url in GUIDE_PAGES.values():
        assert description != SITE_DESCRIPTION, "set `description:` in the page's front matter"


def test_page_titles_and_descriptions_are_unique(site_dir: Path) -> None:
    pages = [parse_page(path) for path in html_files(site_dir) if path.name == "index.html"]
    titles = [p.title for p in pages]
    descriptions = [p.meta.get("description") for p in pages]
    assert len(set(titles)) == len(titles), titles
    assert len(set(descriptions)) == len(descriptions), descriptions


@pytest.mark.parametrize(("code", "anchor"), LINKS)  # each language's table: finding or step -> guide anchor
def test_every_anchor_the_checks_and_the_plan_link_to_exists(site_dir: Path, code: str, anchor: str) -> None:
    url, fragment = anchor.split("#")
    assert fragment in _page(site_dir, url).ids, f"{code}: no #{fragment} on {url}"


def test_no_guide_anchor_is_written_outside_the_messages_tables() -> None:
    """The checks and the plan link only through the languages' tables (so every link is tested above)."""
    code = [*(ROOT / "builder" / "followup" / "checks").glob("*.py"), ROOT / "builder" / "followup" / "plan.py"]
    used = set(re.findall(r"[\"']([a-z/-]+/#[a-z0-9-]+)[\"']", "".join(p.read_text(encoding="utf-8") for p in code)))
    assert not used, f"guide links written in the code instead of languages/<family>/messages.py: {used}"
    tables = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "builder" / "followup" / "languages").glob("*/messages.py"))
    assert set(re.findall(r"[\"']([a-z-]+/#[a-z0-9-]+)[\"']", tables)) <= {anchor for _, anchor in LINKS}


@pytest.mark.parametrize("url", ALL_PAGES, ids=lambda u: u or "home")
def test_every_page_has_a_canonical_url_under_site_url(site_dir: Path, url: str) -> None:
    canonical = _page(site_dir, url).canonical or ""
    home = _page(site_dir, "").canonical or ""
    assert urlsplit(home).scheme == "https"
    assert canonical == home + url


def test_the_sitemap_lists_every_page(site_dir: Path) -> None:
    tree = ElementTree.parse(site_dir / "sitemap.xml")
    locs = {el.text for el in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    home = _page(site_dir, "").canonical
    assert locs == {f"{home}{url}" for url in ALL_PAGES}


def test_robots_txt_allows_crawling(site_dir: Path) -> None:
    lines = (site_dir / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /" not in lines


def test_every_page_shows_the_site_logo_and_favicon(site_dir: Path) -> None:
    for path in html_files(site_dir):
        page = parse_page(path)
        fetched = {ref.url.rsplit("/", 1)[-1] for ref in page.references}
        assert {"logo.svg", "favicon.svg"} <= fetched, url_of(site_dir, path)
    for name in ("logo.svg", "favicon.svg"):
        svg = ElementTree.parse(site_dir / "assets" / "images" / name).getroot()
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def test_the_404_page_explains_and_links_home_through_site_url(site_dir: Path) -> None:
    page = parse_page(site_dir / "404.html")
    home_path = urlsplit(_page(site_dir, "").canonical or "").path
    assert page.title == "Page not found - Follow-up Kit"
    links = {ref.url for ref in page.references if ref.tag == "a"}
    assert {home_path, home_path + "builder/", home_path + "examples/"} <= links


def test_no_page_credits_the_theme_generator(site_dir: Path) -> None:
    """`extra.generator: false`: the footer carries no "Made with" link to another site."""
    for path in html_files(site_dir):
        assert "Made with" not in path.read_text(encoding="utf-8"), url_of(site_dir, path)


def test_the_readme_states_the_first_visits_download_as_this_build_measured_it(site_dir: Path) -> None:
    """The README cannot be filled in by the build: this keeps its one figure true."""
    manifest = json.loads((site_dir / "assets" / "pyodide" / "runtime.json").read_text(encoding="utf-8"))
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"first visit downloads about {manifest['first_visit_bytes'] / 1_000_000:.1f} MB" in " ".join(readme.split())


def test_the_privacy_page_states_the_first_visits_download_as_this_build_measured_it(site_dir: Path) -> None:
    manifest = json.loads((site_dir / "assets" / "pyodide" / "runtime.json").read_text(encoding="utf-8"))
    total = manifest["first_visit_bytes"]  # the offline copy is the same files: no wheel (sw-runtime.js)
    html = (site_dir / "privacy" / "index.html").read_text(encoding="utf-8")
    assert f"The first load downloads about {total / 1_000_000:.1f} MB" in html
    for page in site_dir.rglob("*.html"):
        assert "{{ runtime." not in page.read_text(encoding="utf-8"), page
