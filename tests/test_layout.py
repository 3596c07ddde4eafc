"""The tests' own layout: pytest imports every test module by its file name (no packages), so two
test modules with one name in different folders stop the whole run at collection."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_two_test_modules_share_a_file_name():
    names = Counter(path.name for path in TESTS.rglob("*.py")
                    if path.name != "conftest.py" and "__pycache__" not in path.parts)
    assert [name for name, count in names.items() if count > 1] == []
