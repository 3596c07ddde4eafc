"""`followup compose --format docx|odt [-o FILE]`, run as a real process."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from fixed_clock import cli_args
from reading import TODAY, Case, example, expected, read_docx, read_odt

from followup.documents import to_document

DAY = TODAY.isoformat()


def followup(*args: str, cwd: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run([sys.executable, "-m", "followup", *cli_args(args)], stdout=stdout, stderr=subprocess.PIPE,
                            cwd=cwd, timeout=120)
    assert b"Traceback" not in result.stderr
    return result


def answers_file(tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(example(name)), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", ("docx", "odt"))
def test_compose_writes_the_document_to_the_file_named_by_o(tmp_path, fmt):
    out = tmp_path / f"letter.{fmt}"
    result = followup("compose", answers_file(tmp_path, "panel"), "--format", fmt, "--today", DAY, "-o", str(out),
                      cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    case = Case.of("panel")
    assert out.read_bytes() == to_document(case.letters(), fmt, case.author())
    read = (read_docx if fmt == "docx" else read_odt)(out.read_bytes())
    assert read.paragraphs == expected(case.letters()) and len(read.page_breaks) == 2


def test_to_picks_one_note_of_a_panel(tmp_path):
    out = tmp_path / "sam.docx"
    result = followup("compose", answers_file(tmp_path, "panel"), "--format", "docx", "--to", "Sam Okafor",
                      "--today", DAY, "--output", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (sam,) = [letter for letter in Case.of("panel").letters() if letter.recipient_name == "Sam Okafor"]
    assert read_docx(out.read_bytes()).paragraphs == expected((sam,))


@pytest.mark.parametrize("fmt", ("docx", "odt"))
def test_a_document_goes_to_a_pipe_but_never_to_a_terminal(tmp_path, fmt):
    source = answers_file(tmp_path, "thank-you")
    piped = followup("compose", source, "--format", fmt, "--today", DAY, cwd=tmp_path)
    assert piped.returncode == 0 and piped.stdout.startswith(b"PK\x03\x04")
    main, child = pty.openpty()
    try:
        tty = followup("compose", source, "--format", fmt, "--today", DAY, cwd=tmp_path, stdout=child)
    finally:
        os.close(child)
        os.close(main)
    assert tty.returncode == 2
    message = tty.stderr.decode()
    assert message.count("\n") == 1 and "-o FILE" in message and f".{fmt}" in message


def test_o_writes_a_text_format_too_exactly_as_printed(tmp_path):
    source = answers_file(tmp_path, "panel")
    printed = followup("compose", source, "--format", "md", "--today", DAY, cwd=tmp_path)
    out = tmp_path / "notes.md"
    written = followup("compose", source, "--format", "md", "--today", DAY, "-o", str(out), cwd=tmp_path)
    assert written.returncode == 0 and written.stdout == b""
    assert out.read_bytes() == printed.stdout


def test_o_into_a_missing_folder_is_a_one_line_usage_error(tmp_path):
    for fmt in ("docx", "text"):
        result = followup("compose", answers_file(tmp_path, "thank-you"), "--format", fmt, "-o",
                          str(tmp_path / "missing" / "letter"), cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.decode().count("\n") == 1 and "cannot write it" in result.stderr.decode()


def test_bad_answers_write_no_file(tmp_path):
    out = tmp_path / "letter.docx"
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert followup("compose", str(bad), "--format", "docx", "-o", str(out), cwd=tmp_path).returncode == 2
    assert not out.exists()
