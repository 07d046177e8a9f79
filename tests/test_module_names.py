"""Each module binds each of its top-level names once.

A pattern constant defined again lower in a module silently replaces the first for every
use above it too (session 30: a new ``_DATED_FIELD`` in docparse.py replaced the
table-title one, and a spreadsheet's title took its 时间 field). Ruff and mypy do not
report a reassigned module-level name, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import evidence_audit

PACKAGE = Path(evidence_audit.__file__).parent


def _bound_twice(source: str) -> list[str]:
    """Top-level names assigned, defined or annotated more than once in ``source``."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_a_constant_bound_twice_is_found() -> None:
    source = 'import re\n_FIELD = re.compile("a")\ndef f(): ...\n_FIELD = re.compile("b")\n'
    assert _bound_twice(source) == ["_FIELD"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
