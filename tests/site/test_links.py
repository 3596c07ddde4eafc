"""Link check over the built site: every internal link, script, stylesheet and image resolves to a
file, every #fragment exists in the page it points to, and nothing is fetched from another origin.

Works on the built files (no server), so a broken link is reported with the page and the URL.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from site_walk import FETCHING, html_files, is_internal, parse_page, resolve, url_of

def _site_path(site: Path) -> str:
    """The path of the site_url the site was built with ("/follow-up-kit/"): where absolute links point."""
    canonical = parse_page(site / "index.html").canonical
    return urlsplit(canonical).path if canonical else "/"


def _broken_links(site: Path) -> list[str]:
    site_path = _site_path(site)
    pages = {path: parse_page(path) for path in html_files(site)}
    broken = []
    for path, page in pages.items():
        page_url = url_of(site, path)
        for ref in page.references:
            if not is_internal(ref.url) or ref.url.startswith(("data:", "mailto:", "javascript:")):
                continue
            target, fragment = resolve(site, page_url, ref.url, site_path)
            where = f"{path.relative_to(site)}: <{ref.tag} {ref.attribute}={ref.url!r}>"
            if target is None:
                broken.append(f"{where} leaves the site's path {site_path}")
            elif not target.is_file():
                broken.append(f"{where} -> {target.relative_to(site)} does not exist")
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse_page(target).ids
                if fragment not in ids:
                    broken.append(f"{where} -> no id {fragment!r} in {target.relative_to(site)}")
    return broken


def test_every_internal_link_and_fragment_resolves(site_dir: Path) -> None:
    assert _broken_links(site_dir) == []


def test_the_link_check_catches_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "why").mkdir()
    (tmp_path / "why" / "index.html").write_text('<h2 id="courtesy">Courtesy</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="why/#courtesy">ok</a> <a href="why/#nope">bad anchor</a> <a href="when/">bad page</a>'
        ' <a href="#top">bad local anchor</a> <img src="assets/missing.svg" alt="">',
        encoding="utf-8",
    )
    broken = _broken_links(tmp_path)
    assert len(broken) == 4
    assert any("no id 'nope'" in b for b in broken)
    assert any("when/index.html does not exist" in b for b in broken)
    assert any("no id 'top'" in b for b in broken)
    assert any("assets/missing.svg does not exist" in b for b in broken)


def test_guide_pages_link_only_relatively_so_the_site_works_under_any_sub_path(site_dir: Path) -> None:
    absolute = []
    for path in html_files(site_dir):
        if path.name == "404.html" and path.parent == site_dir:
            continue  # served at any depth, so its links are absolute by design (from site_url)
        for ref in parse_page(path).references:
            if is_internal(ref.url) and ref.url.startswith("/"):
                absolute.append(f"{path.relative_to(site_dir)}: {ref.url}")
    assert absolute == []


def test_no_page_fetches_anything_from_another_origin(site_dir: Path) -> None:
    foreign = []
    for path in html_files(site_dir):
        for ref in parse_page(path).references:
            fetches = (ref.tag, ref.attribute) in FETCHING and ref.rel not in {"canonical", "alternate"}
            if fetches and not is_internal(ref.url) and not ref.url.startswith("data:"):
                foreign.append(f"{path.relative_to(site_dir)}: <{ref.tag} {ref.attribute}={ref.url!r}>")
    assert foreign == []
