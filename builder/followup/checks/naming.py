"""Checks of the answers that name things: each name, job title and company name the letter writes
otherwise than typed (`followup.as_written`), and a company's name typed all in small letters or in
capitals that the letter keeps as typed, because only the company knows its spelling."""

from __future__ import annotations

from followup.answers import Answers
from followup.as_written import careless_case, changes, has_long_word
from followup.checks.findings import Finding, find
from followup.wording import clean


def renamed(answers: Answers) -> dict[str, str]:
    """Field path -> the form the letter writes, for each interviewer's name the letter changes."""
    return {path: new for path, _, new in changes(answers) if path.startswith("interviewers.") and path.endswith(".name")}


def naming(answers: Answers) -> list[Finding]:
    """Your name and the job titles as the letter writes them, and the company's name to check.

    An interviewer's name is `checks.text.names`' (with the rest of what is said about them).
    """
    lang = answers.language
    out: list[Finding] = []
    found = changes(answers)
    for path, typed, new in found:
        if path == "candidate.name":
            out.append(find(lang, "suggestion", "own-name", "own-name.capitals", path, typed=typed, written=new))
        elif path == "company":
            out.append(find(lang, "suggestion", "company-name", "company-name.written", path, typed=typed,
                            written=new))
        elif path == "role" or path.endswith(".title"):
            out.append(find(lang, "suggestion", "title", f"title.{careless_case(typed)}", path, typed=typed,
                            written=new))
    company = clean(answers.company)
    case = careless_case(company)
    kept = all(path != "company" for path, _, _ in found)
    if kept and (case == "lower" or (case == "upper" and has_long_word(company))):
        out.append(find(lang, "suggestion", "company-name", f"company-name.{case}", "company", typed=company))
    return out
