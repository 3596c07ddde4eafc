"""The example letters (scripts/sitebuild/examples.py): rendered by the real composer at build time from
the `followup` package's example answers files (one set for the package, the guide and the tests),
never typed into a page, and a broken example stops the build."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from followup.answers import loads
from followup.compose import compose
from followup.formats import to_html
from followup.letter import body_text
from followup.timing import timing_for
from sitebuild import examples as hook

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FOLDER = hook.examples()
EXAMPLES = sorted(item.name for item in FOLDER.iterdir() if item.name.endswith(".json"))


def _read(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def _markers() -> list[tuple[str, str]]:
    """(page, marker arguments) for every letter marker in the guide's Markdown."""
    return [(page.relative_to(DOCS).as_posix(), m["args"]) for page in sorted(DOCS.rglob("*.md"))
            for m in hook.MARKER.finditer(page.read_text())]


def _expected_html(args: str) -> list[str]:
    """What the composer itself writes for a marker: the reference the built page must contain."""
    marker = hook.parse_marker(args)
    answers = loads(_read(marker.file))
    timing = timing_for(answers)
    assert timing is not None
    today = marker.today or timing.send_by.date()
    letters = compose(answers, today)
    return [to_html(letter) for letter in letters if marker.to in (None, letter.recipient_name)]


def test_parse_marker_reads_the_file_and_options() -> None:
    assert hook.parse_marker('panel.json to="Dr. Aisha Mensah" today="2026-03-25"') == hook.Marker(
        file="panel.json", to="Dr. Aisha Mensah", today=date(2026, 3, 25)
    )
    assert hook.parse_marker("thank-you.json") == hook.Marker(file="thank-you.json")


@pytest.mark.parametrize(
    "args",
    ["", "../secrets.json", "notes.txt", "panel.json color=red", "panel.json to", 'panel.json today="soon"'],
)
def test_parse_marker_refuses_what_it_does_not_understand(args: str) -> None:
    with pytest.raises(ValueError):
        hook.parse_marker(args)


def test_a_marker_becomes_the_composers_letter_and_a_link_to_its_answers_file() -> None:
    markdown = "Intro.\n\n<!-- letter: thank-you.json -->\n\nOutro.\n"
    out = hook.render_markers(markdown, FOLDER, "examples/", "examples.md")
    assert "<!-- letter:" not in out
    assert _expected_html("thank-you.json")[0] in out
    assert '<a href="thank-you.json" download>thank-you.json</a>' in out
    assert out.startswith("Intro.") and out.rstrip().endswith("Outro.")


def test_the_answers_link_is_relative_to_the_page_it_is_on() -> None:
    out = hook.render_markers("<!-- letter: thank-you.json -->", FOLDER, "panel/", "panel.md")
    assert '<a href="../examples/thank-you.json" download>' in out


def test_without_today_the_letter_is_dated_the_day_after_the_interview() -> None:
    answers = loads(_read("thank-you-formal-letter.json"))
    assert answers.interview_date and answers.interview_date.weekday() < 4  # Monday to Thursday
    (letter,) = compose(answers, answers.interview_date + timedelta(days=1))
    out = hook.render_markers("<!-- letter: thank-you-formal-letter.json -->", FOLDER, "examples/", "examples.md")
    assert letter.date_line and letter.date_line in out


def test_after_a_friday_interview_the_example_is_written_on_monday_as_the_guide_advises() -> None:
    answers = loads(_read("thank-you-message.json"))
    assert answers.interview_date == date(2026, 3, 20)  # a Friday
    (letter,) = compose(answers, date(2026, 3, 23))
    out = hook.render_markers("<!-- letter: thank-you-message.json -->", FOLDER, "examples/", "examples.md")
    assert "on Friday" in body_text(letter) and "yesterday" not in out
    assert to_html(letter) in out


def test_to_keeps_only_that_interviewers_letter() -> None:
    out = hook.render_markers('<!-- letter: panel.json to="Sam Okafor" -->', FOLDER, "examples/", "examples.md")
    assert out.count('<article class="letter"') == 1
    assert "Dear Sam" in out


def test_on_a_german_page_the_words_around_the_letters_are_german() -> None:
    out = hook.render_markers("<!-- letter: panel.json -->", FOLDER, "de/nachfassen/", "de/nachfassen.md")
    assert "Nachricht 1 von 3: an " in out and "Geschrieben vom Briefassistenten aus der Datei" in out
    assert "Note 1 of" not in out and "Written by" not in out
    assert 'href="../../examples/panel.json"' in out
    english = hook.render_markers("<!-- letter: panel.json -->", FOLDER, "examples/", "examples.md")
    assert "Note 1 of 3: to " in english and "Nachricht" not in english


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("<!-- letter: missing.json -->", "cannot read followup/examples/missing.json"),
        ('<!-- letter: panel.json to="Nobody" -->', "no letter in followup/examples/panel.json is addressed to 'Nobody'"),
        ("<!-- letter: panel.json colour=blue -->", "unknown option"),
    ],
)
def test_a_broken_example_stops_the_build_naming_the_page(marker: str, message: str) -> None:
    with pytest.raises(PluginError, match=re.escape(message)) as error:
        hook.render_markers(marker, FOLDER, "examples/", "examples.md")
    assert str(error.value).startswith("examples.md: example letter")


def test_invalid_answers_stop_the_build(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text(json.dumps({"schema_version": 1, "kind": "thank-you"}))
    with pytest.raises(PluginError, match="is not a valid answers file"):
        hook.render_markers("<!-- letter: bad.json -->", tmp_path, "examples/", "examples.md")


def test_every_example_answers_file_is_shown_on_some_page() -> None:
    used = {hook.parse_marker(args).file for _, args in _markers()}
    assert used == set(EXAMPLES)


@pytest.mark.parametrize(("page", "args"), _markers(), ids=lambda v: v if isinstance(v, str) else None)
def test_the_built_page_shows_exactly_what_the_composer_writes(site_dir: Path, page: str, args: str) -> None:
    built = (site_dir / page.removesuffix(".md").replace("index", "") / "index.html").read_text(encoding="utf-8")
    for html in _expected_html(args):
        assert html in built
    file = hook.parse_marker(args).file
    up = "../" * page.count("/")  # a page in a folder (de/) is one more level down
    assert f'<a href="{file}" download>' in built or f'<a href="../{up}examples/{file}" download>' in built
    assert (site_dir / "examples" / file).read_bytes() == (FOLDER / file).read_bytes()


def test_no_marker_is_left_unrendered_in_the_built_site(site_dir: Path) -> None:
    leftovers = [p for p in site_dir.rglob("*.html") if "<!-- letter:" in p.read_text(encoding="utf-8")]
    assert leftovers == []


def test_the_short_message_example_fits_the_message_limit() -> None:
    from followup.messages import limit_for

    answers = loads(_read("thank-you-message.json"))
    (letter,) = compose(answers, date(2026, 3, 23))  # the Monday after, as the hook writes it
    assert len(body_text(letter)) <= limit_for(answers.message_to)
