"""`mkdocs build --strict` is clean: no warning of any kind (broken Markdown links, unknown nav
entries, hook warnings), and the pages the guide promises are all built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from site_walk import ALL_PAGES

ROOT = Path(__file__).resolve().parents[2]


def test_strict_build_is_clean_and_builds_every_page(tmp_path: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "WARNING" not in output
    for url in ALL_PAGES:
        assert (tmp_path / "site" / url / "index.html").is_file(), url


def test_site_url_can_be_set_without_editing_mkdocs_yml(tmp_path: Path) -> None:
    """What the Pages workflow does for a fork: SITE_URL sets canonical links and the sitemap."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="https://someone.github.io/my-kit/")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        check=True,
    )
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://someone.github.io/my-kit/">' in home
    assert "https://someone.github.io/my-kit/why/" in (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
