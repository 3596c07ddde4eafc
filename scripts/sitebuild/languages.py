"""MkDocs hook: the site's German section (`docs/de/`) in German, in the same build as the English site.

A page's language is its folder: `docs/de/…` is German, everything else English (`page_language`).
For a German page, Material renders with `theme.language` set to `de` for that page only, so its
`<html lang>`, its interface words (search, "skip to content", the footer) and its search's translated
strings are Material's own German; the sidebar lists the German section, not the English guide,
and an English page's sidebar is the English guide's alone (the pages link each other in their text).
Every other setting is shared: one build pass, one copy of the assets, the Pyodide runtime and the
service worker (whose scope is the site root, so `/de/` pages are precached and work offline like
the rest).

Why not mkdocs-static-i18n: version 1.3.1 fails on the files this build generates from content
(`File.generated(content=…)`, whose `abs_src_path` is None: the examples and the web app manifest),
and it builds the whole site again for each language (every hook twice).

The few site-wide words mkdocs.yml says in English (the copyright line, the colour scheme toggles'
names, the heading links' title) come, on a German page, from the `site` part of the German page
strings (`sitebuild/strings/de.json`); a page's previous/next links stay within its language.

Edge cases: a page that is in neither the nav's German section nor under `de/` is English; the
language and the English words are put back after each page, so a failed page cannot leave the
next one in German.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.nav import Navigation, Section

from sitebuild.strings import table

DEFAULT = "en"
SECTIONS = {"de": "de/"}
"""The site's languages other than the default, each with the docs folder its pages live in."""

SITE_KEYS = ("copyright", "palette_toggles", "permalink_title")
"""The `site` words every non-default language's table gives (`palette_toggles`: the toggles' names
in mkdocs.yml's order, separated by "|")."""
ENGLISH_PERMALINK_TITLE = "Link to this section"
"""mkdocs.yml's `toc.permalink_title`, which Markdown writes into each page's headings."""

_state: dict[str, Any] = {"language": DEFAULT, "copyright": None, "toggles": None}


def page_language(src_uri: str) -> str:
    """The language of the page at `src_uri` (relative to docs/, '/'-separated): its folder's."""
    return next((lang for lang, folder in SECTIONS.items() if src_uri.startswith(folder)), DEFAULT)


def _is_section_of(item: Any, folder: str) -> bool:
    pages = [child for child in getattr(item, "children", None) or () if getattr(child, "file", None)]
    return bool(pages) and all(child.file.src_uri.startswith(folder) for child in pages)


def language_nav(nav: Navigation, language: str) -> Navigation:
    """The sidebar of a page in `language`: the German section's pages on a German page; on an English
    one the nav without any other language's section. The logo's link (the nav's homepage) stays the
    site's home page."""
    if language == DEFAULT:
        others = tuple(SECTIONS.values())
        items = [item for item in nav.items
                 if not (isinstance(item, Section) and any(_is_section_of(item, f) for f in others))]
        pages = [page for page in nav.pages if page_language(page.file.src_uri) == DEFAULT]
    else:
        folder = SECTIONS[language]
        items = [child for item in nav.items if isinstance(item, Section) and _is_section_of(item, folder)
                 for child in item.children]
        pages = [page for page in nav.pages if page.file.src_uri.startswith(folder)]
    own = Navigation(items, pages)
    own.homepage = nav.homepage  # the logo still leads to the site's home
    return own


def _neighbours(page: Any, nav: Navigation, language: str) -> None:
    """Previous and next page within the page's own language (the footer's links)."""
    pages = [p for p in nav.pages if page_language(p.file.src_uri) == language]
    if page not in pages:
        return
    at = pages.index(page)
    page.previous_page = pages[at - 1] if at > 0 else None
    page.next_page = pages[at + 1] if at + 1 < len(pages) else None


def _toggles(config: Any) -> list[dict[str, Any]]:
    return [option["toggle"] for option in config.theme.get("palette") or [] if option.get("toggle")]


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Navigation) -> dict[str, Any]:
    language = page_language(page.file.src_uri)
    _state["language"] = config.theme["language"]
    _state["copyright"] = config.copyright
    _state["toggles"] = [toggle["name"] for toggle in _toggles(config)]
    config.theme["language"] = language
    context["page_language"] = language
    _neighbours(page, nav, language)
    context["nav"] = language_nav(nav, language)
    if language != DEFAULT:
        site = table(language).get("site", {})
        config.copyright = site.get("copyright", config.copyright)
        for toggle, name in zip(_toggles(config), site.get("palette_toggles", "").split("|"), strict=False):
            toggle["name"] = name or toggle["name"]
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    language = config.theme["language"]
    config.theme["language"] = _state["language"]
    config.copyright = _state["copyright"]
    for toggle, name in zip(_toggles(config), _state["toggles"] or (), strict=False):
        toggle["name"] = name
    if language != DEFAULT:
        title = table(language).get("site", {}).get("permalink_title")
        if title:
            output = output.replace(f'title="{ENGLISH_PERMALINK_TITLE}"', f'title="{title}"')
    return output
