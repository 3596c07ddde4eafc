"""The `followup` command, run as a real process: output, exit codes, one-line errors."""

from __future__ import annotations

import email
import email.policy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fixed_clock import cli_args

from followup.cli_example import EXAMPLES
from followup.languages import LANGUAGES
from followup.schema import SCHEMA_VERSION, json_schema


def run(*args: str, stdin: str | None = None, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "followup", *cli_args(args)],
        input=stdin, capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=120,
    )
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    return result


def example(kind: str, cwd: Path) -> dict[str, Any]:
    result = run("example", kind, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write(tmp_path: Path, data: object, name: str = "a.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_schema_prints_the_json_schema(tmp_path):
    result = run("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


@pytest.mark.parametrize("kind", ["thank-you", "check-in", "after-rejection", "panel"])
def test_example_prints_a_valid_answers_file(tmp_path, kind):
    data = example(kind, tmp_path)
    assert data["schema_version"] == SCHEMA_VERSION
    path = write(tmp_path, data)
    assert run("compose", str(path), "--today", "2026-11-25", cwd=tmp_path).returncode == 0


def test_example_without_a_kind_is_the_thank_you(tmp_path):
    assert run("example", cwd=tmp_path).stdout == run("example", "thank-you", cwd=tmp_path).stdout


def test_example_of_an_unknown_kind_is_a_usage_error(tmp_path):
    result = run("example", "love-letter", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("followup: argument KIND: invalid choice")


def test_compose_prints_an_email_with_its_subject(tmp_path):
    path = write(tmp_path, example("thank-you", tmp_path))
    result = run("compose", str(path), "--today", "2026-11-25", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("Subject: ")
    assert "{{" not in result.stdout and "{%" not in result.stdout


def test_compose_reads_standard_input(tmp_path):
    text = run("example", "thank-you", cwd=tmp_path).stdout
    from_stdin = run("compose", "-", "--today", "2026-11-25", stdin=text, cwd=tmp_path)
    from_file = run("compose", str(write(tmp_path, text)), "--today", "2026-11-25", cwd=tmp_path)
    assert from_stdin.returncode == 0
    assert from_stdin.stdout == from_file.stdout


def test_panel_prints_every_note_clearly_separated(tmp_path):
    data = example("panel", tmp_path)
    names = [i["name"] for i in data["interviewers"]]
    assert len(names) >= 3
    result = run("compose", str(write(tmp_path, data)), "--today", "2026-11-25", cwd=tmp_path)
    assert result.returncode == 0
    for number, name in enumerate(names, start=1):
        assert f"----- Note {number} of {len(names)}: to {name} -----\n" in result.stdout
    notes = result.stdout.split("----- Note ")[1:]
    assert len(set(notes)) == len(names)


def test_to_picks_one_note_case_insensitively(tmp_path):
    data = example("panel", tmp_path)
    second = data["interviewers"][1]["name"]
    result = run("compose", str(write(tmp_path, data)), "--to", second.upper(), "--today", "2026-11-25",
                 cwd=tmp_path)
    assert result.returncode == 0
    assert "----- Note" not in result.stdout
    assert second.split()[0] in result.stdout


def test_to_an_unknown_name_lists_the_names(tmp_path):
    data = example("panel", tmp_path)
    result = run("compose", str(write(tmp_path, data)), "--to", "Nobody Here", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("followup: no note to 'Nobody Here': the notes are to ")
    for interviewer in data["interviewers"]:
        assert interviewer["name"] in result.stderr


@pytest.mark.parametrize(("fmt", "marker"), [
    ("md", "**Subject:**"),
    ("html", '<article class="letter"'),
])
def test_compose_formats(tmp_path, fmt, marker):
    path = write(tmp_path, example("thank-you", tmp_path))
    result = run("compose", str(path), "--format", fmt, "--today", "2026-11-25", cwd=tmp_path)
    assert result.returncode == 0
    assert marker in result.stdout


def test_compose_html_of_a_panel_is_one_article_per_note(tmp_path):
    data = example("panel", tmp_path)
    result = run("compose", str(write(tmp_path, data)), "--format", "html", cwd=tmp_path)
    assert result.stdout.count('<article class="letter"') == len(data["interviewers"])
    assert "----- Note" not in result.stdout


def test_compose_eml_is_a_message(tmp_path):
    data = example("thank-you", tmp_path)
    result = run("compose", str(write(tmp_path, data)), "--format", "eml", cwd=tmp_path)
    msg = email.message_from_string(result.stdout, policy=email.policy.default)
    assert msg["Subject"]
    assert msg.get_content_type() == "text/plain"


def test_compose_ics_is_a_calendar(tmp_path):
    data = example("thank-you", tmp_path)
    result = subprocess.run([sys.executable, "-m", "followup", *cli_args(["compose", str(write(tmp_path, data)),
                             "--format", "ics"])], capture_output=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert result.stdout.endswith(b"END:VCALENDAR\r\n")


def test_ics_of_a_reply_to_a_rejection_is_refused_with_the_reason(tmp_path):
    data = example("after-rejection", tmp_path)
    result = run("compose", str(write(tmp_path, data)), "--format", "ics", cwd=tmp_path)
    assert result.returncode == 2
    assert "no reminders" in result.stderr


def test_a_broken_file_exits_2_with_a_one_line_reason(tmp_path):
    data = example("thank-you", tmp_path)
    data["company"] = ""
    result = run("compose", str(write(tmp_path, data)), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "followup: " + str(tmp_path / "a.json") + \
        ": Company is required: enter the employer's name.\n"


def test_several_problems_put_the_first_reason_on_the_first_line(tmp_path):
    data = example("thank-you", tmp_path)
    data["company"] = ""
    data["tone"] = "loud"
    data["extra"] = 1
    result = run("compose", str(write(tmp_path, data)), cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("followup: ")
    assert lines[0].endswith('Unknown field "extra": remove it, or check its spelling. (and 2 more problems, below)')
    assert lines[1:] == ['  Tone must be one of: formal, warm, brief (not "loud").',
                         "  Company is required: enter the employer's name."]


def test_malformed_json_exits_2_naming_line_and_column(tmp_path):
    path = write(tmp_path, '{\n  "kind": "thank-you"\n  "company": "x"\n}')
    result = run("check", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "not valid JSON" in result.stderr and "line 3, column 3" in result.stderr


@pytest.mark.parametrize("args", [
    ("compose", "missing.json"),
    ("check", "missing.json"),
])
def test_a_missing_file_exits_2(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "followup: missing.json: no such file\n"


def test_a_folder_is_not_an_answers_file(tmp_path):
    result = run("compose", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "is a folder" in result.stderr


def test_a_binary_file_exits_2(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("compose", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert "not UTF-8 text" in result.stderr


@pytest.mark.parametrize("args", [
    (),
    ("frobnicate",),
    ("compose",),
    ("compose", "a.json", "--format", "pdf"),
    ("compose", "a.json", "--nope"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("followup: ")
    assert "followup --help" in result.stderr


def test_bad_today_exits_2(tmp_path):
    path = write(tmp_path, example("thank-you", tmp_path))
    result = run("compose", str(path), "--today", "tomorrow", cwd=tmp_path)
    assert result.returncode == 2
    assert "--today must be a date like 2026-11-24" in result.stderr


def test_help_exits_0(tmp_path):
    result = run("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "compose" in result.stdout and "schema" in result.stdout


def test_third_check_in_is_refused_with_the_reason(tmp_path):
    data = example("check-in", tmp_path)
    data["check_in_number"] = 3
    result = run("compose", str(write(tmp_path, data)), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("followup: ")


def test_check_prints_findings_and_exits_1_on_a_problem(tmp_path):
    data = example("thank-you", tmp_path)
    data["interviewers"][0]["topic"] = ""
    data["their_needs"] = ""
    data["your_strength"] = ""
    data["forgot_to_mention"] = ""
    result = run("check", str(write(tmp_path, data)), "--today", data["interview_date"], cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("problem: ") and line.endswith("(see what-to-write/#specific-detail)")
               for line in lines), lines
    for line in lines:
        assert line.split(":")[0] in {"problem", "suggestion", "good"}
        assert line.endswith(")") and "(see " in line


def test_check_of_a_good_example_exits_0(tmp_path):
    data = example("thank-you", tmp_path)
    result = run("check", str(write(tmp_path, data)), "--today", data["interview_date"], cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "problem:" not in result.stdout


def test_python_dash_m_and_the_console_script_agree(tmp_path):
    script = Path(sys.executable).with_name("followup")
    result = subprocess.run([str(script), "schema"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0
    assert result.stdout == run("schema", cwd=tmp_path).stdout


def test_to_finds_a_name_typed_in_another_unicode_form_or_case(tmp_path):
    data = example("panel", tmp_path)
    data["interviewers"][1]["name"] = "José Martínez"  # composed characters (NFC)
    path = write(tmp_path, data)
    decomposed = "JOSE\u0301 MARTI\u0301NEZ"
    result = run("compose", str(path), "--to", decomposed, "--today", "2026-11-27", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Dear José" in result.stdout and "Dana" not in result.stdout.split("\n", 3)[2]


@pytest.mark.parametrize("kind", ["thank-you", "check-in", "after-rejection"])
def test_schema_requires_per_kind_exactly_what_compose_refuses_without(kind):
    from followup.answers import AnswersError, parse

    schema = json_schema()
    rule = next((r["then"] for r in schema["allOf"] if r["if"]["properties"]["kind"]["const"] == kind), {})
    stated = set(schema["required"]) | set(rule.get("required", [])) | {"candidate.name"}
    stated -= {"candidate", "schema_version"}
    with pytest.raises(AnswersError) as caught:
        parse({"schema_version": SCHEMA_VERSION, "kind": kind})
    enforced = {p.path for p in caught.value.problems}
    assert enforced == stated - {"kind"}
    if "interviewers" in enforced:
        assert rule["properties"]["interviewers"]["minItems"] == 1


def test_example_in_a_language_code_is_the_family_s_example_in_that_region(tmp_path):
    english = run("example", "thank-you", cwd=tmp_path).stdout
    assert run("example", "thank-you", "--language", "en", cwd=tmp_path).stdout == english
    us = run("example", "thank-you", "--language", "en-US", cwd=tmp_path).stdout
    assert json.loads(us) == {**json.loads(english), "language": "en-US"}


@pytest.mark.parametrize("kind", EXAMPLES)
def test_example_in_german_is_the_german_example_and_a_code_sets_its_region(tmp_path, kind):
    german = example_in(kind, "de", tmp_path)
    assert german["language"] == "de-DE"
    swiss = example_in(kind, "de-CH", tmp_path)
    assert swiss == {**german, "language": "de-CH"}
    result = run("check", str(write(tmp_path, swiss)), "--today", swiss["interview_date"], cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert re.match(r"(Problem|Vorschlag|Gut): ", result.stdout), result.stdout
    assert "(siehe " in result.stdout and "(see " not in result.stdout


def example_in(kind: str, language: str, cwd: Path) -> dict[str, Any]:
    result = run("example", kind, "--language", language, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_an_unknown_language_is_a_usage_error_listing_the_languages(tmp_path):
    result = run("example", "--language", "fr", cwd=tmp_path)
    assert result.returncode == 2
    assert "de-CH" in result.stderr and result.stderr.count("\n") == 1


def test_help_lists_the_letter_languages(tmp_path):
    text = " ".join(run("--help", cwd=tmp_path).stdout.split())
    for lang in LANGUAGES:
        assert f"{lang.code} ({lang.name})" in text


def test_problems_of_german_answers_are_listed_in_german(tmp_path):
    data = example_in("thank-you", "de", tmp_path)
    data["candidate"] = {**data["candidate"], "name": "", "email": "x at y"}
    data["check_in_number"] = 9
    result = run("compose", str(write(tmp_path, data)), cwd=tmp_path)
    assert result.returncode == 2
    first, *rest = result.stderr.splitlines()
    assert first.endswith("(und 2 weitere Probleme, siehe unten)")
    assert len(rest) == 2 and "sieht nicht wie eine E-Mail-Adresse aus" in rest[0]
