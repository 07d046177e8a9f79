"""The layers of the package hold: imports run downwards only, and no module imports
itself back through others (imports inside functions count)."""

from __future__ import annotations

import re
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


def _ruleset_words() -> set[str]:
    """Every word of the built-in rulesets that names something of one inspection."""
    import json

    words: set[str] = set()
    for path in (ROOT / "schemas").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "kinds" not in data:
            continue  # a schema, not a ruleset
        words |= set(data.get("labels", {}).values())
        words |= set(data["units"].get("types", {}).values())
        words |= {k["title"] for k in data["kinds"]}
        for area in data["areas"]:
            words.add(area["title"])
            for item in area["items"]:
                words.add(item["title"])
                words |= {c["label"] for c in item.get("checks", ()) if c.get("label")}
        for cross in data.get("cross_checks", ()):
            words.add(cross["title"])
            words |= {cross["label"]} if cross.get("label") else set()
    return {w for w in words if len(w) >= 2}


def test_no_word_of_an_inspection_in_the_code() -> None:
    import ast

    words = _ruleset_words()
    hits = []
    for path in sorted((ROOT / "evidence_audit").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings:
                    continue
                hits += [
                    f"{path.relative_to(ROOT)}:{node.lineno}: {word}"
                    for word in sorted(words)
                    if word in node.value
                ]
    assert words and hits == []


#: Folders of one machine (written so that this file does not hold them itself), where an
#: absolute path starts: not inside a repository's own path (frontend/web/home/img/…).
_MACHINE_PATHS = re.compile("(?<![\\w.~-])/(?:" + "|".join(("work", "root", "home")) + ")/")


def test_a_machine_path_is_told_from_a_repository_path() -> None:
    home = "/".join(("", "home", "clerk"))
    assert _MACHINE_PATHS.search(f"see {home}/x and file://{home}")
    assert not _MACHINE_PATHS.search("frontend/web/home/img/blog/a.jpg")


def test_no_absolute_machine_path_in_a_tracked_file() -> None:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:  # not a git checkout (an unpacked sdist): nothing to hold
        return
    hits = []
    for name in listed.stdout.decode("utf-8", "replace").split("\0"):
        path = ROOT / name
        if not name or name.startswith("sample_archive/") or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", "ignore")
        hits += [f"{name}: {m.group()}" for m in _MACHINE_PATHS.finditer(text)]
    assert hits == []


def test_modules_used_only_inside_their_package_are_named_private() -> None:
    """A module that no other package imports is its package's business: ``_name.py``.

    What another layer may import keeps a public name, so the folders show each layer's
    interface at a glance (the package's own API is pinned in test_public_api.py).
    """
    graph = grimp.build_graph("evidence_audit", cache_dir=None)
    public_inside = []
    for module in sorted(graph.modules):
        package, _, name = module.rpartition(".")
        if package.count(".") < 1 or name.startswith("_") or graph.find_children(module):
            continue  # top-level modules, private ones and subpackages
        outside = [
            importer for importer in graph.find_modules_that_directly_import(module)
            if importer != package and not importer.startswith(package + ".")
        ]  # fmt: skip
        if not outside:
            public_inside.append(module)
    assert public_inside == []
