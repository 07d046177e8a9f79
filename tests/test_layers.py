"""The layers of the package hold: imports run downwards only, and no module imports
itself back through others (imports inside functions count)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
TOP_LEVEL_LIMIT = 10


def test_import_linter_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run(
        [str(lint) if lint.exists() else "lint-imports", "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_import_cycles_between_modules() -> None:
    graph = grimp.build_graph("evidence_audit", cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported.startswith(module + ".") or module.startswith(imported + "."):
                continue  # a package and its own modules
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                cycles.append(" -> ".join((module, *back)))
    assert cycles == []


def test_at_most_ten_modules_at_the_top_of_the_package() -> None:
    top = sorted(p.name for p in (ROOT / "evidence_audit").glob("*.py"))
    assert len(top) <= TOP_LEVEL_LIMIT, top
