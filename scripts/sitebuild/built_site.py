"""The built site that the tests, scripts/bench and scripts/lighthouse look at: `site/` unless
$FOLLOWUP_SITE_DIR names another folder, built with `mkdocs build --strict` when missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT

SITE_DIR = Path(os.environ.get("FOLLOWUP_SITE_DIR", ROOT / "site"))


def ensure_built(site_dir: Path = SITE_DIR) -> Path:
    """`site_dir`, built first when it holds no site (a build that exists is trusted as it is:
    scripts/test builds before it tests)."""
    if not (site_dir / "index.html").exists():
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
            cwd=ROOT,
            env=env,
            check=True,
        )
    return site_dir
