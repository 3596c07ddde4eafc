"""Answers data the loader tests share: one complete answers file and the problems a parse reports."""

from __future__ import annotations

from typing import Any

import pytest

from followup.answers import AnswersError, Problem, parse


def complete() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "kind": "thank-you",
        "tone": "warm",
        "channel": "email",
        "company": "Northwind Traders",
        "company_address": "1 Harbour Road\nSeattle, WA 98101",
        "role": "Data Analyst",
        "candidate": {
            "name": "Alex Morgan",
            "email": "alex@example.com",
            "phone": "+1 555 0100",
            "profile_url": "https://example.com/alex",
            "address": "22 Elm Street\nTacoma, WA 98402",
        },
        "interview_date": "2026-11-24",
        "interview_time": "14:30",
        "stage": "panel",
        "interviewers": [
            {"name": "Dana Lee", "title": "Analytics Manager", "email": "dana@northwind.example",
             "topic": "the weekly churn dashboard"},
            {"name": "Sam Roe", "title": "Data Engineer", "email": "", "topic": "the dbt migration"},
        ],
        "their_needs": "Faster monthly reporting.",
        "your_strength": "I cut a reporting cycle from five days to one.",
        "forgot_to_mention": "I have used Looker for three years.",
        "decision_date": "2026-12-04",
        "check_in_number": 1,
        "ask_for_feedback": False,
        "sign_off": "Best regards",
    }


def problems_of(data: object) -> list[Problem]:
    with pytest.raises(AnswersError) as caught:
        parse(data)
    return caught.value.problems


def only_problem(data: object) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]
