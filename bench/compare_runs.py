"""Compare two per-file readings of the real-document corpus, file by file.

    python bench/compare_runs.py BEFORE.json AFTER.json [--manifest PATH]

``BEFORE`` and ``AFTER`` are written by ``bench/real_documents.py --per-file`` from the
code before and after a change. Every file whose reading changed is listed with its
labels, each changed field marked ``+`` (now right), ``-`` (now wrong), ``=`` (right
before and after, as the label or an ``also_ok`` answer) or ``~`` (wrong before and after), and the net change per field is summed: a round's effect on the files
it was tuned on, and on every other file, in one look.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from real_documents import right  # noqa: E402  (what a right answer is: the bench's own)

DEFAULT_MANIFEST = HERE / "corpus" / "manifest.csv"


def _shown(field: str, got: dict[str, Any]) -> str:
    if field == "kind":
        return f"{got['kind']} {got['confidence']:.0%}" + (
            "" if got["counted"] == got["kind"] else " (not counted)"
        )
    if field == "date":
        return f"{got['date'] or 'none'} ({got['date_source']})"
    return str(got[field] or "none")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    with args.manifest.open(encoding="utf-8", newline="") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    net: Counter[str] = Counter()
    changed = 0
    for rid in sorted(set(before) & set(after), key=lambda r: (len(r), r)):
        old, new, row = before[rid], after[rid], rows.get(rid)
        if row is None:
            continue
        lines = []
        for field in ("kind", "date", "doc_number", "title"):
            if _shown(field, old) == _shown(field, new):
                continue
            was, now = right(field, old, row), right(field, new, row)
            mark = "+" if now and not was else "-" if was and not now else "=" if now else "~"
            net[field] += (mark == "+") - (mark == "-")
            label = row["kind"] if field == "kind" else row[field] or "none"
            lines.append(
                f"    {mark} {field}: {_shown(field, old)} -> {_shown(field, new)} (label {label})"
            )
        if lines:
            changed += 1
            print(f"{rid} [{row['split']}] {row['repository']}:{row['path']}")
            print("\n".join(lines))
    only = len(set(before) ^ set(after))
    print(f"{changed} files changed" + (f"; {only} files read in one run only" if only else ""))
    print(
        "net (files right after minus before): "
        + ", ".join(f"{f} {net[f]:+d}" for f in ("kind", "date", "doc_number", "title"))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
