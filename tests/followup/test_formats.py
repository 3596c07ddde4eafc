"""Output formats: the same letter laid out as text, Markdown, HTML, .eml, mailto and .ics."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from datetime import date, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import markdown  # ships with mkdocs: renders the Markdown the way the site would
import pytest

from followup.answers import parse
from followup.formats import (
    ics_escape,
    ics_fold,
    mailto,
    md_escape,
    reminders,
    to_eml,
    to_html,
    to_ics,
    to_markdown,
    to_text,
)
from followup.letter import Letter, body_text
from followup.timing import Timing, timing_for

HOSTILE = '<script>alert("x")</script> & {{ 7*7 }} {% for %} *bold* [link](http://e.com)'

EMAIL = Letter(
    kind="thank-you", tone="warm", channel="email",
    recipient_name="Dana Lee", recipient_email="dana@northwind.example",
    subject="Thank you - Data Analyst interview",
    date_line=None, sender_block=(), recipient_block=(),
    salutation="Dear Dana,",
    paragraphs=("Thank you for your time today.", "I enjoyed hearing about the churn dashboard.\nIt sounded fun."),
    closing="Best regards,",
    signature=("Alex Morgan", "alex@example.com"),
)
PRINTED = replace(
    EMAIL, channel="letter", subject=None, date_line="25 November 2026",
    sender_block=("Alex Morgan", "22 Elm Street", "Tacoma, WA 98402"),
    recipient_block=("Dana Lee", "Northwind Traders", "1 Harbour Road"),
)
MESSAGE = replace(
    EMAIL, channel="message", subject=None,
    paragraphs=("Thanks for the chat about the churn dashboard today.",), closing="Best,", signature=("Alex",),
)


def answers(**changes):
    data = {"schema_version": 1, "kind": "thank-you", "company": "Northwind Traders", "role": "Data Analyst",
            "candidate": {"name": "Alex Morgan", "email": "alex@example.com"},
            "interviewers": [{"name": "Dana Lee", "email": "dana@northwind.example"}, {"name": "Sam Roe"}],
            "interview_date": "2026-11-24", "interview_time": "14:30"}
    data.update(changes)
    return parse(data)


def hostile(letter: Letter) -> Letter:
    return replace(letter, subject=HOSTILE if letter.subject else None, salutation=HOSTILE,
                   paragraphs=(HOSTILE, f"line one\n{HOSTILE}"), closing=HOSTILE,
                   signature=(HOSTILE,), sender_block=(HOSTILE,) if letter.sender_block else (),
                   recipient_block=(HOSTILE,) if letter.recipient_block else (), recipient_name=HOSTILE)


# --- text ------------------------------------------------------------------------


def test_email_text_puts_the_subject_line_on_top():
    assert to_text(EMAIL) == (
        "Subject: Thank you - Data Analyst interview\n\n"
        "Dear Dana,\n\nThank you for your time today.\n\n"
        "I enjoyed hearing about the churn dashboard.\nIt sounded fun.\n\n"
        "Best regards,\nAlex Morgan\nalex@example.com"
    )


def test_printed_letter_text_has_address_blocks_and_date_and_no_subject():
    text = to_text(PRINTED)
    assert text.startswith("Alex Morgan\n22 Elm Street\nTacoma, WA 98402\n\n25 November 2026\n\n"
                           "Dana Lee\nNorthwind Traders\n1 Harbour Road\n\nDear Dana,")
    assert "Subject" not in text


def test_message_text_is_the_body_alone():
    assert to_text(MESSAGE) == body_text(MESSAGE)
    assert not to_text(MESSAGE).startswith("Subject")


# --- Markdown --------------------------------------------------------------------


def test_markdown_layout():
    md = to_markdown(EMAIL)
    assert md.startswith("**Subject:** Thank you - Data Analyst interview\n\nDear Dana,\n\n")
    assert "churn dashboard.  \nIt sounded fun." in md
    assert md.endswith("Best regards,  \nAlex Morgan  \nalex@example.com")


@pytest.mark.parametrize("text", [
    "# not a heading", "> not a quote", "- not a list", "+ not a list", "1. not a list", "*not emphasis*",
    "[not](a link)", "<b>not bold</b>", "`not code`", "snake_case_name", "&amp; stays literal", "    not code",
    "back\\slash", "---", "-not a list", "+44 20 7946 0958", "2026 was a year", "#hashtag",
])
def test_markdown_escaping_renders_literally(text):
    rendered = markdown.markdown(md_escape(text))
    assert rendered == f"<p>{_html_text(text.strip())}</p>"


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_markdown_of_a_hostile_letter_renders_no_markup():
    rendered = markdown.markdown(to_markdown(hostile(EMAIL)))
    assert "<script" not in rendered and "<a " not in rendered and "<strong>bold" not in rendered


def test_markdown_of_a_printed_letter_keeps_address_lines():
    md = to_markdown(PRINTED)
    assert md.startswith("Alex Morgan  \n22 Elm Street  \nTacoma, WA 98402\n\n25 November 2026\n\nDana Lee  \n")


# --- HTML ------------------------------------------------------------------------


def test_html_is_one_article_with_the_letter_parts():
    out = to_html(EMAIL)
    assert out.startswith('<article class="letter" data-kind="thank-you" data-tone="warm" data-channel="email">')
    assert out.endswith("</article>")
    assert '<p class="letter-subject"><strong>Subject:</strong> Thank you - Data Analyst interview</p>' in out
    assert "<p>I enjoyed hearing about the churn dashboard.<br>\nIt sounded fun.</p>" in out
    assert '<p class="letter-signoff">Best regards,<br>\nAlex Morgan<br>\nalex@example.com</p>' in out


def test_printed_html_has_address_elements():
    out = to_html(PRINTED)
    assert '<address class="letter-sender">Alex Morgan<br>\n22 Elm Street' in out
    assert '<p class="letter-date">25 November 2026</p>' in out
    assert '<address class="letter-recipient">Dana Lee<br>' in out


@pytest.mark.parametrize("letter", [EMAIL, PRINTED, MESSAGE], ids=lambda x: x.channel)
def test_html_escapes_everything_a_user_typed(letter):
    out = to_html(hostile(letter))
    assert "<script" not in out
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in out
    tags = set(re.findall(r"</?([a-z]+)", out))
    assert tags <= {"article", "p", "strong", "br", "address"}


# --- .eml ------------------------------------------------------------------------


def test_eml_has_headers_and_a_utf8_body():
    a = answers()
    letter = replace(EMAIL, salutation="Dear Dána,")
    raw = to_eml(letter, a)
    assert "\r\n" in raw
    msg = email.message_from_string(raw, policy=email.policy.default)
    assert msg["To"] == "Dana Lee <dana@northwind.example>"
    assert msg["From"] == "Alex Morgan <alex@example.com>"
    assert msg["Subject"] == "Thank you - Data Analyst interview"
    assert msg["X-Unsent"] == "1"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == body_text(letter)


def test_eml_leaves_out_addresses_it_does_not_know():
    a = answers(candidate={"name": "Alex Morgan"})
    msg = email.message_from_string(to_eml(replace(EMAIL, recipient_email=""), a), policy=email.policy.default)
    assert msg["To"] is None and msg["From"] is None


def test_eml_encodes_non_ascii_names_and_domains():
    a = answers(candidate={"name": "Zoë Ångström", "email": "zoe@exämple.de"})
    raw = to_eml(replace(EMAIL, recipient_name="José Núñez"), a)
    assert raw.isascii()
    msg = email.message_from_string(raw, policy=email.policy.default)
    assert msg["From"] == "Zoë Ångström <zoe@xn--exmple-cua.de>"
    assert msg["To"] == "José Núñez <dana@northwind.example>"


def test_eml_drops_an_address_with_a_non_ascii_local_part_instead_of_failing():
    a = answers(candidate={"name": "Jörg", "email": "jörg@example.de"})
    msg = email.message_from_string(to_eml(EMAIL, a), policy=email.policy.default)
    assert msg["From"] is None


def test_eml_header_cannot_be_injected_by_a_name():
    raw = to_eml(replace(EMAIL, subject="Hi\r\nBcc: evil@example.com"), answers())
    msg = email.message_from_string(raw, policy=email.policy.default)
    assert msg["Bcc"] is None


def test_eml_of_a_printed_letter_gets_a_plain_subject():
    msg = email.message_from_string(to_eml(PRINTED, answers()), policy=email.policy.default)
    assert msg["Subject"] == "Data Analyst at Northwind Traders"


# --- mailto ----------------------------------------------------------------------


def test_mailto_encodes_address_subject_and_body_with_crlf():
    link = mailto(replace(EMAIL, subject="Thanks & more?", paragraphs=("a=b&c #1",)))
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == "dana@northwind.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more?"]
    assert query["body"][0] == "Dear Dana,\r\n\r\na=b&c #1\r\n\r\nBest regards,\r\nAlex Morgan\r\nalex@example.com"
    assert " " not in link and "\n" not in link


def test_mailto_without_an_address_or_subject():
    link = mailto(replace(MESSAGE, recipient_email=""))
    assert link.startswith("mailto:?body=")
    assert unquote(link.removeprefix("mailto:?body=")) == body_text(MESSAGE).replace("\n", "\r\n")


# --- .ics ------------------------------------------------------------------------


def test_ics_escape():
    assert ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_ics_fold_keeps_lines_within_75_octets_without_splitting_characters():
    line = "DESCRIPTION:" + "é€😀x" * 60
    folded = ics_fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join([pieces[0], *(p[1:] for p in pieces[1:])]) == line


def test_short_lines_are_not_folded():
    assert ics_fold("VERSION:2.0") == "VERSION:2.0"


def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_calendar_for_a_thank_you_has_three_reminders():
    a = answers()
    timing = timing_for(a)
    assert timing is not None
    ics = to_ics(a, timing)
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    lines = _unfold(ics)
    assert lines[:5] == ["BEGIN:VCALENDAR", "VERSION:2.0", lines[2], "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    assert lines[2].startswith("PRODID:-//Follow-up Kit//")
    assert lines.count("BEGIN:VEVENT") == 3 and lines.count("BEGIN:VALARM") == 3
    assert "DTSTART:20261125T140000" in lines and "DTEND:20261125T143000" in lines
    assert "DTSTART;VALUE=DATE:20261203" in lines and "DTEND;VALUE=DATE:20261204" in lines
    assert "DTSTART;VALUE=DATE:20261210" in lines
    for required in ("UID:", "DTSTAMP:", "SUMMARY:", "DESCRIPTION:", "TRIGGER:"):
        assert sum(line.startswith(required) for line in lines) >= 3
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_ics_uids_are_stable_and_distinct():
    a = answers()
    timing = timing_for(a)
    assert timing is not None
    first, second = to_ics(a, timing), to_ics(a, timing)
    assert first == second
    uids = [line for line in _unfold(first) if line.startswith("UID:")]
    assert len(set(uids)) == 3
    other = answers(company="Contoso")
    other_timing = timing_for(other)
    assert other_timing is not None
    assert not set(uids) & {line for line in _unfold(to_ics(other, other_timing)) if line.startswith("UID:")}


def test_ics_text_is_escaped():
    a = answers(company="Smith, Jones; and \\Sons")
    timing = timing_for(a)
    assert timing is not None
    lines = _unfold(to_ics(a, timing))
    assert "SUMMARY:Send your thank-you note: Smith\\, Jones\\; and \\\\Sons" in lines


def test_ics_parses_as_a_calendar_line_by_line():
    """Every unfolded line is NAME[;PARAM=VALUE]:VALUE and BEGIN/END pair up."""
    a = answers(company="Ünïcode Çompany " * 5)
    timing = timing_for(a)
    assert timing is not None
    stack = []
    for line in _unfold(to_ics(a, timing))[:-1]:
        assert re.match(r"^[A-Z-]+(;[A-Z-]+=[A-Z]+)*:", line), line
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
        elif name == "END":
            assert stack.pop() == value
    assert stack == []


def test_check_in_reminders_depend_on_which_check_in():
    a1 = answers(kind="check-in", check_in_number=1)
    a2 = answers(kind="check-in", check_in_number=2)
    t = Timing(datetime(2026, 11, 25, 17), date(2026, 12, 3), date(2026, 12, 10), date(2026, 12, 1))
    assert [r.code for r in reminders(a1, t)] == ["check-in", "second-check-in"]
    assert [r.code for r in reminders(a2, t)] == ["second-check-in"]


def test_after_rejection_has_no_reminders():
    a = answers(kind="after-rejection")
    t = Timing(datetime(2026, 11, 25, 17), date(2026, 12, 3), date(2026, 12, 10), date(2026, 12, 1))
    assert reminders(a, t) == []
    with pytest.raises(ValueError):
        to_ics(a, t)


@pytest.mark.parametrize("text", ["+44 20 7946 0958", "-5 degrees", "2026 was a year", "Hello, world."])
def test_markdown_leaves_ordinary_text_unescaped(text):
    assert md_escape(text) == text
