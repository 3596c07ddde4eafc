"""The README's example letter is what the command it names prints today (wrapped for reading)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _unwrap(text: str) -> list[str]:
    """Paragraphs with their line breaks inside a paragraph turned into spaces (the signature block
    keeps its lines: it is compared line by line too, since both sides wrap nothing there)."""
    return [" ".join(part.split()) for part in text.strip().split("\n\n")]


def test_the_readme_example_letter_is_the_composers_output() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"For the example answers, `followup compose (\S+) --today (\S+)`\nprints:\n\n```text\n(.*?)```",
                      readme, re.S)
    assert found, "the README's example block moved: update this test"
    path, today, shown = found.groups()
    done = subprocess.run([sys.executable, "-m", "followup", "compose", str(ROOT / path), "--today", today],
                          capture_output=True, text=True, check=True)
    assert _unwrap(shown) == _unwrap(done.stdout)
