"""Links a copy of the site to the source code it was built from, when GitHub Actions builds it.

There GITHUB_SERVER_URL and GITHUB_REPOSITORY name the repository being built (a fork builds
with its own name), so every copy points at its own code: a link at the foot of every page, and
on the privacy page where it tells you to download or fork the code. Built anywhere else there is
no link rather than a wrong one. Not Material's `repo_url`: with it, every page would ask
api.github.com for the repository's stars and forks, a request to another origin.
"""

from __future__ import annotations

import os
import re
from typing import Any

PAGE = "privacy.md"
PHRASES = ("the project's source code", "the project's repository")
"""Made links on PAGE, where the text says to download or fork the code."""


def source_url(environ: os._Environ[str] | dict[str, str] = os.environ) -> str | None:
    repository = environ.get("GITHUB_REPOSITORY", "").strip()
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repository):
        return None
    server = environ.get("GITHUB_SERVER_URL", "").strip().rstrip("/") or "https://github.com"
    if not re.fullmatch(r"https://[\w.-]+(:\d+)?", server):
        return None
    return f"{server}/{repository}"


def on_config(config: Any) -> Any:
    url = source_url()
    if url:
        social = list(config.extra.get("social") or [])
        social.append({"icon": "fontawesome/brands/github", "link": url, "name": "The source code of this site"})
        config.extra["social"] = social
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    url = source_url()
    if not url or page.file.src_uri != PAGE:
        return markdown
    for phrase in PHRASES:
        markdown = markdown.replace(phrase, f"[{phrase}]({url})", 1)
    return markdown
