"""Every comparison with a kind, tone, channel or stage, in every template and module, uses a declared value.

The values are `followup.vocabulary`'s (the choices of the answers fields). A template or module
that compares one of those names with a literal that is not declared (a misspelling, a value
removed from the schema) fails here instead of silently taking the other branch.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup import schema
from followup.vocabulary import BY_NAME, KINDS

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(p for p in (ROOT / "templates").glob("*/*.j2") if p.parent.name not in ("docx", "odt"))
"""Every language's letter templates (`templates/<family>/`)."""
MODULES = sorted(p for p in (ROOT / "builder" / "followup").rglob("*.py"))
NAMES = "|".join(BY_NAME)

# Jinja: `tone == "formal"`, `channel != 'letter'`, `kind in ("thank-you", "check-in")`.
_JINJA = re.compile(rf"""\b(?:\w+\.)?({NAMES})\s*(==|!=|not\s+in|in)\s*(\([^)]*\)|\[[^\]]*\]|"[^"]*"|'[^']*')""")
_STRING = re.compile(r""""([^"]*)"|'([^']*)'""")

# `kind` also names a text's shape (followup.shapes: "phrase", "none", ...): these receivers hold shapes.
_OTHER_VOCABULARY = {"shapes.py": {"s", "shaped", "first"}, "reading.py": {"first", "item"}, "compose.py": {"s", "shaped"}, "context.py": {"shaped"}}


_SET = re.compile(rf"{{%-?\s*set\s+({NAMES})\s*=")


def _template_uses(path: Path) -> Iterator[tuple[str, str, int]]:
    text = path.read_text(encoding="utf-8")
    # A template that sets one of the names itself (thank-you.j2's `kind`, a topic's shape) means its
    # own variable from there on, not the answer.
    rebound = {m.group(1): m.start() for m in reversed(list(_SET.finditer(text)))}
    for m in _JINJA.finditer(text):
        if m.group(1) in rebound and m.start() > rebound[m.group(1)]:
            continue
        line = text.count("\n", 0, m.start()) + 1
        for s in _STRING.finditer(m.group(3)):
            yield m.group(1), s.group(1) if s.group(1) is not None else s.group(2), line


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found[node.target.id] = node.value
    return found


def _strings(node: ast.expr, constants: dict[str, ast.expr]) -> list[str] | None:
    """The string literals a comparison's right side stands for, or None when it is not literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and node.id in constants:
        return _strings(constants[node.id], constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"frozenset", "set", "tuple"} \
            and len(node.args) == 1:
        return _strings(node.args[0], constants)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        values = [_strings(e, constants) for e in node.elts]
        if all(v is not None for v in values):
            return [s for v in values if v is not None for s in v]
    return None


def _module_uses(path: Path) -> Iterator[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    other = _OTHER_VOCABULARY.get(path.name, set())
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        subject = node.left
        if isinstance(subject, ast.Name):
            name = subject.id
        elif isinstance(subject, ast.Attribute):
            if isinstance(subject.value, ast.Subscript) or (isinstance(subject.value, ast.Name) and subject.value.id in other):
                continue
            name = subject.attr
        else:
            continue
        if name not in BY_NAME:
            continue
        for value in _strings(node.comparators[0], constants) or []:
            yield name, value, node.lineno


@pytest.mark.parametrize("path", [*TEMPLATES, *MODULES], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_compared_value_is_declared(path: Path) -> None:
    uses = _template_uses(path) if path.suffix == ".j2" else _module_uses(path)
    wrong = [f"line {line}: {name} compared with {value!r}, not one of {BY_NAME[name]}"
             for name, value, line in uses if value not in BY_NAME[name]]
    assert wrong == []


def test_the_scan_finds_the_comparisons_it_checks() -> None:
    """The scan is not blind: the templates and modules compare with every tone and channel, and it sees them."""
    seen = {(name, value) for path in TEMPLATES for name, value, _ in _template_uses(path)}
    seen |= {(name, value) for path in MODULES for name, value, _ in _module_uses(path)}
    assert {("tone", "formal"), ("tone", "brief"), ("channel", "message"), ("kind", "thank-you"),
            ("stage", "phone-screen"), ("stage", "final")} <= seen
    assert len(seen) >= 10


def test_a_misspelt_branch_is_caught(tmp_path: Path) -> None:
    template = tmp_path / "bad.j2"
    template.write_text('{% if tone == "formall" %}x{% elif channel in ("email", "lettre") %}y{% endif %}'
                        '{% set kind = "phrase" %}{% if kind == "phrase" %}z{% endif %}')
    module = tmp_path / "bad.py"
    module.write_text('ROUNDS = frozenset({"final", "onsite"})\n'
                      'def f(answers):\n    return answers.stage in ROUNDS or answers.kind == "thankyou"\n')
    bad = [(n, v) for path, uses in ((template, _template_uses), (module, _module_uses))
           for n, v, _ in uses(path) if v not in BY_NAME[n]]
    assert bad == [("tone", "formall"), ("channel", "lettre"), ("stage", "onsite"), ("kind", "thankyou")]


def test_the_schemas_kinds_are_the_kind_fields_choices() -> None:
    assert schema.KINDS == KINDS
