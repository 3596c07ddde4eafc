"""Make `import followup` mean the package in builder/, not this test folder.

pytest puts tests/ on sys.path (for tests/conftest.py), and then tests/followup/ is a
namespace package named `followup` that hides the editable install (its finder runs
after the path scan). A regular package anywhere on sys.path wins over a namespace
portion, so adding builder/ is enough. The lasting fix is `pythonpath = ["builder"]`
in pyproject's [tool.pytest.ini_options]; this keeps the tests right until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUILDER = str(Path(__file__).resolve().parents[2] / "builder")
if BUILDER not in sys.path:
    sys.path.append(BUILDER)
if getattr(sys.modules.get("followup"), "__file__", "") is None:  # a namespace package got in first
    for name in [n for n in sys.modules if n == "followup" or n.startswith("followup.")]:
        del sys.modules[name]
