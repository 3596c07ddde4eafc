"""Property tests: generated answers through every kind, tone and channel, and a fuzzed loader.

The number of examples comes from a profile: `FOLLOWUP_HYPOTHESIS_PROFILE=ci` for CI
(10,000 answer sets), the quicker default otherwise; `FOLLOWUP_HYPOTHESIS_EXAMPLES=N`
overrides either.
"""

from __future__ import annotations

import json
import os
import re
import string
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.answers import Answers, AnswersError, loads, parse, to_dict
from followup.bundle import UNEXPECTED, render, render_json
from followup.schema import FIELDS, MESSAGE_LIMIT

_OVERRIDE = int(os.environ.get("FOLLOWUP_HYPOTHESIS_EXAMPLES", "0") or 0)
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("followup-dev", max_examples=_OVERRIDE or 300, **_COMMON)
settings.register_profile("followup-ci", max_examples=_OVERRIDE or 10_000, **_COMMON)
PROFILE = settings.get_profile(
    "followup-ci" if os.environ.get("FOLLOWUP_HYPOTHESIS_PROFILE") == "ci" else "followup-dev")
# Fuzzing the loader is cheap; it gets the same count.
fuzz = settings(PROFILE)

HOSTILE = [
    "{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "{# comment #}", "{{ config.__class__ }}",
    "<script>alert(1)</script>", "<SCRIPT SRC=//x.example/x.js></SCRIPT>", '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>", "javascript:alert(1)", "%s %d {0} {name}", "${7*7}", "\u202eevil\u202c",
    "zero\u200bwidth", "e\u0301\u0301\u0301", "👩🏽‍💻🚀", "Ünïcödé Çømpåny", "&amp; &lt; &#60;", "\\n\\t",
    "a,b;c\\d", "*bold* _it_ [x](y) # h", "Robert'); DROP TABLE--", "   ", "",
]
SAFE_ALPHABET = string.ascii_letters + string.digits + " .,'-&éüñ"

safe_text = st.text(alphabet=SAFE_ALPHABET, min_size=1, max_size=60).map(str.strip).filter(bool)
# Any printable unicode: letters, marks, symbols, emoji, bidi and zero-width characters.
printable = st.characters(blacklist_categories=("Cc", "Cs"))
# Text that passes validation, so that most examples get all the way to letters.
valid_line = st.one_of(safe_text, safe_text, st.sampled_from([h for h in HOSTILE if h.strip()]),
                       st.text(alphabet=printable, min_size=1, max_size=90).filter(str.strip))
valid_paragraph = st.one_of(
    valid_line,
    st.text(alphabet=SAFE_ALPHABET + "\n", max_size=600),
    st.text(alphabet=printable, max_size=300),
    st.builds(lambda s, n: (s * n)[:600], st.sampled_from(["x", "é", "{{ ", "<s>", "word "]), st.integers(0, 200)),
)
# Anything at all, for the error paths: control characters, surrogates, 4,000-character strings.
wild_text = st.one_of(
    st.text(max_size=80),
    st.sampled_from(HOSTILE),
    st.builds(lambda s, n: s * n, st.sampled_from(["x", "é", "{{", "<s>", "word "]), st.integers(0, 800)),
)
dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)).map(date.isoformat)
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
valid_email = st.one_of(st.just(""), st.just("dana@example.com"), st.just("zoë@exämple.de"),
                        st.builds(lambda a, b: f"{a}@{b}.example", st.text(string.ascii_letters, min_size=1,
                                                                            max_size=20),
                                  st.text(string.ascii_lowercase, min_size=1, max_size=20)))


def _choice(name: str) -> st.SearchStrategy[str]:
    field = next(f for f in FIELDS if f.name == name)
    return st.sampled_from(field.choice_values())


def _answers(line: st.SearchStrategy[str], paragraph: st.SearchStrategy[str], email: st.SearchStrategy[str],
             date_value: st.SearchStrategy[str], time_value: st.SearchStrategy[str]) -> st.SearchStrategy[dict]:
    optional_line = st.one_of(st.just(""), line)
    optional_paragraph = st.one_of(st.just(""), paragraph)
    interviewer = st.fixed_dictionaries(
        {"name": line},
        optional={"title": optional_line, "email": email, "topic": optional_paragraph},
    )
    return st.fixed_dictionaries(
        {
            "schema_version": st.just(1),
            "kind": _choice("kind"),
            "tone": _choice("tone"),
            "channel": _choice("channel"),
            "company": line,
            "role": line,
            "candidate": st.fixed_dictionaries(
                {"name": line},
                optional={"email": email, "phone": st.sampled_from(["", "+1 555 0100", "(0)20 7946 0958"]),
                          "profile_url": st.sampled_from(["", "https://example.com/me", "http://x.example/?a=<b>"]),
                          "address": optional_paragraph},
            ),
            "interview_date": date_value,
            "interviewers": st.lists(interviewer, min_size=1, max_size=5) | st.just([]),
        },
        optional={
            "company_address": optional_paragraph,
            "interview_time": time_value,
            "stage": _choice("stage"),
            "their_needs": optional_paragraph,
            "your_strength": optional_paragraph,
            "forgot_to_mention": optional_paragraph,
            "decision_date": st.one_of(st.just(""), dates),
            "check_in_number": st.integers(1, 3),
            "ask_for_feedback": st.booleans(),
            "sign_off": st.one_of(st.just(""), st.sampled_from(["Best", "Cheers", "{{ x }}", "<b>Hi</b>"]), line),
        },
    )


valid_answers = _answers(valid_line.filter(lambda t: len(t.strip()) <= 40), valid_paragraph, valid_email, dates,
                         st.one_of(st.just(""), times))
wild_answers = _answers(st.one_of(valid_line, wild_text), st.one_of(valid_paragraph, wild_text),
                        st.one_of(valid_email, wild_text), st.one_of(dates, st.just(""), wild_text),
                        st.one_of(st.just(""), times, wild_text))
answers_data = st.one_of(valid_answers, valid_answers, valid_answers, wild_answers)
today = st.dates(min_value=date(2020, 1, 1), max_value=date(2036, 12, 31)).map(date.isoformat)

ALLOWED_TAGS = {"article", "p", "strong", "br", "address"}


def _user_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _user_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _user_strings(v)]
    return []


@PROFILE
@given(data=answers_data, day=today)
def test_every_answer_set_renders_or_fails_cleanly(data: dict[str, Any], day: str) -> None:
    result = render(data, day)
    json.dumps(result)  # always JSON-ready
    if not result["ok"]:
        assert result["refused"] or result["errors"]
        for error in result["errors"]:
            assert error["message"] != UNEXPECTED, "a crash inside render"
            assert error["message"] and "\n" not in error["message"]
        if result["refused"]:
            assert data["kind"] == "check-in" and data.get("check_in_number") == 3
        return
    typed = "".join(_user_strings(data))
    for letter in result["letters"]:
        for name in ("text", "md", "article", "html", "eml", "subject", "recipient"):
            output = letter[name] or ""
            for syntax in ("{{", "{%", "{#"):
                if syntax in output:
                    assert syntax in typed, f"template syntax {syntax!r} in {name} that the user did not type"
        html = letter["article"]
        assert "<script" not in html.lower()
        assert set(re.findall(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)", html)) <= ALLOWED_TAGS
        if data["channel"] == "message":
            assert letter["characters"] <= MESSAGE_LIMIT
            assert len(letter["body"]) <= MESSAGE_LIMIT
    if result["ics"] is not None:
        assert all(len(line.encode("utf-8")) <= 75 for line in result["ics"].split("\r\n"))


@PROFILE
@given(data=answers_data)
def test_valid_answers_survive_a_round_trip(data: dict[str, Any]) -> None:
    try:
        answers = parse(data)
    except AnswersError as err:
        assert err.problems and all(p.message for p in err.problems)
        return
    assert parse(to_dict(answers)) == answers
    assert loads(json.dumps(to_dict(answers))) == answers


def _valid_document() -> str:
    return json.dumps({
        "schema_version": 1, "kind": "thank-you", "company": "Acme", "role": "Clerk",
        "candidate": {"name": "Jo", "email": "jo@example.com"}, "interview_date": "2026-11-24",
        "interviewers": [{"name": "Dana", "topic": "filing"}], "check_in_number": 1, "ask_for_feedback": False,
    })


def _loads_cleanly(text: str | bytes) -> None:
    try:
        result = loads(text)
    except AnswersError as err:
        assert err.problems and all(p.message for p in err.problems)
    else:
        assert isinstance(result, Answers)


@fuzz
@given(cut=st.integers(0, len(_valid_document()) - 1))
def test_truncated_json_is_an_answers_error(cut: int) -> None:
    try:
        loads(_valid_document()[:cut])
    except AnswersError as err:
        assert err.problems
    else:
        raise AssertionError("a truncated document was accepted")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@fuzz
@given(path=st.sampled_from([
    ("schema_version",), ("kind",), ("company",), ("role",), ("candidate",), ("candidate", "name"),
    ("candidate", "email"), ("interview_date",), ("interviewers",), ("interviewers", 0),
    ("interviewers", 0, "name"), ("interviewers", 0, "topic"), ("check_in_number",), ("ask_for_feedback",),
    ("tone",), ("channel",), ("stage",), ("sign_off",), ("decision_date",), ("interview_time",),
]), value=json_values)
def test_any_value_at_any_key_is_accepted_or_an_answers_error(path: tuple[Any, ...], value: Any) -> None:
    document = json.loads(_valid_document())
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    _loads_cleanly(json.dumps(document))


@fuzz
@given(text=st.one_of(
    st.text(max_size=200),
    st.text(alphabet='{}[]":,0123456789.eE+-truefalsn \\u', max_size=200),
    st.builds(lambda n, o, c: o * n + c * n, st.integers(1, 200_000), st.sampled_from(["[", '{"a":']),
              st.sampled_from(["]", "}"])),
    st.builds(lambda n: "1" + "0" * n, st.integers(1, 20_000)),
    st.builds(lambda n: f'{{"check_in_number": 1e{n}}}', st.integers(1, 100_000)),
))
def test_malformed_json_text_is_an_answers_error(text: str) -> None:
    _loads_cleanly(text)


@fuzz
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_are_an_answers_error(raw: bytes) -> None:
    _loads_cleanly(raw)


@fuzz
@given(text=st.text(max_size=300))
def test_render_json_never_raises(text: str) -> None:
    result = json.loads(render_json(text, "2026-11-25"))
    assert result["ok"] is False or isinstance(result["letters"], list)


def test_the_profiles_exist_with_the_documented_counts() -> None:
    assert settings.get_profile("followup-ci").max_examples == (_OVERRIDE or 10_000)
    assert settings.get_profile("followup-dev").max_examples == (_OVERRIDE or 300)

