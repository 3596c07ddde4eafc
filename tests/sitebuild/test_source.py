"""The source hook: a copy built by GitHub Actions links to its own repository, other builds to none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import ROOT
from sitebuild import source as hook


@pytest.mark.parametrize(("environ", "url"), [
    ({"GITHUB_REPOSITORY": "someone/follow-up-kit"}, "https://github.com/someone/follow-up-kit"),
    ({"GITHUB_REPOSITORY": "a-b/c.d", "GITHUB_SERVER_URL": "https://git.example.com/"}, "https://git.example.com/a-b/c.d"),
    ({}, None),
    ({"GITHUB_REPOSITORY": "no-slash"}, None),
    ({"GITHUB_REPOSITORY": "x/y\"><script>"}, None),
    ({"GITHUB_REPOSITORY": "x/y", "GITHUB_SERVER_URL": "javascript:alert(1)"}, None),
])
def test_source_url_comes_only_from_a_well_formed_github_environment(environ: dict[str, str], url: str | None) -> None:
    assert hook.source_url(environ) == url


def test_a_github_build_links_the_footer_and_the_privacy_page_to_the_repository(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "GITHUB_REPOSITORY": "someone/follow-up-kit",
           "GITHUB_SERVER_URL": "https://github.com", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
                   cwd=ROOT, env=env, check=True, timeout=300)
    url = "https://github.com/someone/follow-up-kit"
    privacy = (tmp_path / "site" / "privacy" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{url}">the project\'s repository</a>' in privacy
    assert f'<a href="{url}">the project\'s source code</a>' in privacy
    guide = (tmp_path / "site" / "why" / "index.html").read_text(encoding="utf-8")
    assert f'href="{url}"' in guide and "api.github.com" not in guide
