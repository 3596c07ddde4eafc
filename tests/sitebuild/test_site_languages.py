"""The site's German section: a page's language is its folder, German pages get the German nav,
Material's German interface words and the German site-wide words, and every page's footer links
stay within its language."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.structure.nav import Navigation, Section

from sitebuild import languages


def _page(src_uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), previous_page=None, next_page=None,
                           title=src_uri, is_homepage=src_uri == "index.md")


def _config() -> SimpleNamespace:
    theme = {"language": "en", "palette": [{"toggle": {"name": "Switch to dark mode"}},
                                           {"toggle": {"name": "Switch to light mode"}}]}
    return SimpleNamespace(theme=theme, copyright="Follow-up Kit. Free to use and to host yourself.")


def _nav():
    index, sources, builder = _page("index.md"), _page("sources.md"), _page("de/builder.md")
    guide = _page("de/nachfassen.md")
    german = Section("Deutsch", [guide, builder])
    return Navigation([index, sources, german], [index, sources, guide, builder]), (index, sources, guide, builder)


def test_a_pages_language_is_its_folder() -> None:
    assert languages.page_language("de/builder.md") == "de"
    assert languages.page_language("builder.md") == "en"
    assert languages.page_language("design/notes.md") == "en"


def test_a_german_page_renders_in_german_and_the_next_page_in_english_again() -> None:
    nav, (index, sources, guide, builder) = _nav()
    config = _config()
    context = languages.on_page_context({}, builder, config, nav)
    assert config.theme["language"] == "de"
    assert [p.title for p in context["nav"].items] == ["de/nachfassen.md", "de/builder.md"]
    assert context["nav"].homepage is index
    assert config.copyright.startswith("Follow-up Kit. Kostenlos")
    assert config.theme["palette"][0]["toggle"]["name"] == "Zum dunklen Modus wechseln"
    out = languages.on_post_page('<a title="Link to this section">', builder, config)
    assert out == '<a title="Link zu diesem Abschnitt">'
    assert config.theme["language"] == "en" and config.copyright.startswith("Follow-up Kit. Free")
    assert config.theme["palette"][1]["toggle"]["name"] == "Switch to light mode"
    assert (builder.previous_page, builder.next_page) == (guide, None)

    context = languages.on_page_context({}, sources, config, nav)
    assert config.theme["language"] == "en"
    assert [getattr(item, "title", None) for item in context["nav"].items] == ["index.md", "sources.md"]
    assert context["nav"].homepage is index
    assert (sources.previous_page, sources.next_page) == (index, None)  # never into the German section
    assert languages.on_post_page('<a title="Link to this section">', sources, config) == '<a title="Link to this section">'
