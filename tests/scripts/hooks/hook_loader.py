"""Loads one of scripts/hooks/*.py as a module, as MkDocs does, for the hook tests beside this file."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HOOKS = Path(__file__).resolve().parents[3] / "scripts" / "hooks"


def load_hook(name: str) -> ModuleType:
    """scripts/hooks/NAME.py, loaded under the module name NAME_hook."""
    spec = importlib.util.spec_from_file_location(f"{name}_hook", HOOKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
