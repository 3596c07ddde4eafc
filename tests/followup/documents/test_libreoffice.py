"""Every example's .docx and .odt, opened by LibreOffice (headless) and printed to PDF, read back
with poppler's pdftotext and pdfinfo: the letter's text is there in order, on the paper its
English style asks for, one page per letter.

One `soffice` call converts every file (starting LibreOffice is most of the cost), with a
profile of its own under the test's temporary folder, so it neither touches nor waits for
anyone's LibreOffice. `scripts/setup --browser` installs LibreOffice Writer, poppler-utils and
the Carlito font on Debian.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from reading import Case, corpus, expected

from followup.documents import to_document
from followup.documents.layout import xml_safe
from followup.letter import Letter

FORMATS = ("docx", "odt")
CASES = [Case(e, channel, style) for e in ("thank-you", "check-in", "after-rejection", "panel")
         for channel, style in (("email", "en-US"), ("letter", "en-GB"), ("message", "en-US"))]
PAGE_POINTS = {"en-US": (612.0, 792.0), "en-GB": (595.3, 841.9)}
LONG_WORD = "Supercalifragilistic" * 15  # 300 characters, far wider than a line


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run scripts/setup --browser (it installs it on Debian)"
    return path


def _hostile() -> Letter:
    """A printed letter holding the hostile corpus (the short strings) and one very long word."""
    texts = [xml_safe(h.text) for h in corpus() if len(h.text) < 200 and h.category != "control"]
    base = Case("thank-you", "letter", "en-US").letters()[0]
    return replace(base, paragraphs=(LONG_WORD, *texts[:40]))


def _words(text: str) -> str:
    """Text as a PDF gives it back: whitespace (line ends included) as single spaces."""
    return " ".join(text.split())


def _comparable(text: str) -> str:
    """Text without whitespace and hyphens: pdftotext joins a word hyphenated at a line's end
    ("late-" + "arriving") into one without its hyphen."""
    return re.sub(r"[\s-]+", "", text)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """Every case in both formats, plus the hostile letter, converted by one soffice call."""
    soffice = _tool("soffice")
    folder = tmp_path_factory.mktemp("documents")
    sources = []
    for case in CASES:
        for fmt in FORMATS:
            path = folder / f"{case.id}-{fmt}.{fmt}"
            path.write_bytes(to_document(case.letters(), fmt, case.author()))
            sources.append(path)
    for fmt in FORMATS:
        path = folder / f"hostile-{fmt}.{fmt}"
        path.write_bytes(to_document([_hostile()], fmt, "Alex Morgan"))
        sources.append(path)
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, sources)],
                   check=True, capture_output=True, timeout=240)
    return {path.stem: path.with_suffix(".pdf") for path in sources}


def _pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run([_tool("pdftotext"), *pages, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _pdfinfo(pdf: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return pages, (float(size.group(1)), float(size.group(2)))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_libreoffice_prints_the_letter_on_one_page_each(pdfs, case: Case, fmt: str):
    pdf = pdfs[f"{case.id}-{fmt}"]
    letters = case.letters()
    pages, size = _pdfinfo(pdf)
    assert pages == len(letters), "one page per letter: a single letter fits on one page"
    assert size == pytest.approx(PAGE_POINTS[case.style], abs=0.1)
    printed = _comparable(_pdftotext(pdf))
    position = 0
    for style, text in expected(letters):  # every paragraph, in order
        found = printed.find(_comparable(text), position)
        assert found >= 0, f"{style} paragraph missing or out of order: {text!r}"
        position = found + len(_comparable(text))
    for number, letter in enumerate(letters, start=1):  # each note on its own page
        page = _comparable(_pdftotext(pdf, number))
        assert _comparable(letter.salutation) in page and _comparable(letter.paragraphs[-1]) in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_libreoffice_shows_hostile_text_literally_and_wraps_a_very_long_word(pdfs, fmt):
    pdf = pdfs[f"hostile-{fmt}"]
    text = _pdftotext(pdf)
    lines = text.splitlines()
    # The long word wraps at the margin, whole: its pieces are consecutive lines, none of them wider.
    start = next(i for i, line in enumerate(lines) if line.startswith("Supercal"))
    joined, i = "", start
    while len(joined) < len(LONG_WORD):
        joined += lines[i].strip()
        i += 1
    assert joined == LONG_WORD and i - start >= 3
    printed = _comparable(text)
    checked = 0
    for paragraph in _hostile().paragraphs[1:]:
        # pdftotext leaves out invisible format characters (bidi controls, zero-width) and guesses
        # spaces from gaps; every visible character must be there: markup and template syntax
        # as text, never interpreted.
        visible = _comparable("".join(ch for ch in paragraph if ch.isprintable() or ch.isspace()))
        if visible.isascii():
            assert visible in printed, paragraph
            checked += 1
    assert checked >= 30
    assert "<script>window.__pwned=1</script>" in text
