"""Measure evidence-audit against archives whose truth is known.

    python bench/accuracy.py [--out DIR] [--jobs N] [--only holdout|holdout2]
    python bench/accuracy.py --archive ARCHIVE --truth TRUTH

Run from a checkout with the package installed (``pip install '.[test]'``). By default it
writes the two holdout archives (``bench/holdout.py``; ``bench/holdout2.py``, which needs
LibreOffice) into DIR (default ``bench/out/``, which git ignores) and audits each; with
``--archive`` and ``--truth`` it audits an archive written before. The truth format is
described in ``testkit/score.py``; its item statuses and cross checks come from the
oracle (``testkit/oracle.py``).

Prints file-kind accuracy with every mismatch (and whether the tool counted the file for
an item it should not, or said it was unsure), date accuracy, unit types, item-status
agreement with every disagreement, the cross-unit checks, and the wall time of each
audit. These are development figures: the holdouts were written to test the classifier,
and its rules were tuned while looking at them. Exit status 0.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:  # testkit/ lives at the repository root, beside bench/
    sys.path.insert(0, str(REPO))

from evidence_audit import Report, audit, load_ruleset  # noqa: E402
from testkit import load_script  # noqa: E402
from testkit.score import FAILING, Score, score  # noqa: E402

DEFAULT_OUT = HERE / "out"
GENERATORS = {"holdout": "bench/holdout.py", "holdout2": "bench/holdout2.py"}


def generate(name: str, out: Path) -> tuple[Path, Path]:
    """Write the holdout archive ``name`` into ``out``: (archive, truth)."""
    load_script(GENERATORS[name]).build(out)
    return out / f"{name}_archive", out / f"{name}_truth.json"


def measure(archive: Path, truth: dict[str, Any], jobs: int) -> tuple[Report, Score, float]:
    start = time.perf_counter()
    report = audit(archive, jobs=jobs)
    return report, score(report, truth), time.perf_counter() - start


def print_details(report: Report, truth: dict[str, Any], result: Score) -> None:
    ruleset = load_ruleset()
    threshold = ruleset.count_confidence
    item_kinds = {it.id: set(it.kinds) for it in ruleset.items}
    files = {f.path: f for f in report.files}
    counted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for u in report.units:
        for it in u.items:
            for p in it.files:
                counted[p].append((u.unit, it.item))

    print("== File kinds ==")
    print(f"accuracy (all truth files, noise must be skipped): {result.kinds}")
    print(f"accuracy (evidence files, kind != other):          {result.evidence_kinds}")
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for t in truth["files"].values():
        per_kind[t["kind"] or "(skip)"]["n"] += 1
    for _, want, _ in result.kind_misses:
        per_kind[want or "(skip)"]["miss"] += 1
    print(
        "per true kind: "
        + ", ".join(f"{k} {c['n'] - c['miss']}/{c['n']}" for k, c in sorted(per_kind.items()))
    )
    print("-- mismatches (path | expected -> got | confidence | category | top reasons) --")
    for path, want, got in result.kind_misses:
        rec = files.get(path)
        if rec is None:
            print(f"* {path}\n    expected {want or '(skipped)'} -> got {got}  [not analysed]")
            continue
        wrong = [(u, i) for u, i in counted.get(path, []) if want not in item_kinds.get(i, set())]
        if wrong:
            category = "counted wrongly"
        elif rec.confidence < threshold:
            category = "uncertain"
        elif rec.kind == "other":
            category = "confident miss (other)"
        else:
            category = "wrong, not counted"
        print(f"* {path}")
        print(
            f"    expected {want or '(skipped)'} -> got {got}  conf {rec.confidence:.2f}  [{category}]"
        )
        reasons = list(rec.classification.reasons)[:4]
        if reasons:
            print("    reasons: " + " | ".join(reasons))
        if wrong:
            print("    counted for: " + ", ".join(f"{u}:{i}" for u, i in wrong))
        if rec.problems:
            print("    file problems: " + ", ".join(p.code for p in rec.problems))

    print("\n== Dates ==")
    print(f"date accuracy (analysed files with a kind): {result.dates}")
    for path, want, got in result.date_misses:
        rec = files[path]
        print(f"* {path}: {want} -> {got} ({rec.date_source})  [{truth['files'][path]['kind']}]")

    print("\n== Units ==")
    print(f"unit types: {result.units}")

    print("\n== Item statuses ==")
    print(f"item-status agreement: {result.items}")
    print(
        f"present reported failing: {len(result.present_reported_failing)}; "
        f"failing reported present: {len(result.failing_reported_present)}"
    )
    print(
        "confusion (expected -> got: n): "
        + ", ".join(f"{w}->{g}: {v}" for (w, g), v in sorted(result.confusion.items()) if w != g)
    )
    units = {u.unit: u for u in report.units}
    for unit, item_id, want, got in result.item_misses:
        print(
            f"* {unit} | {item_id} | {want} -> {got}"
            + ("  (FALSE ASSURANCE)" if want in FAILING and got == "present" else "")
        )
        item = (
            next((i for i in units[unit].items if i.item == item_id), None)
            if unit in units
            else None
        )
        for p in list(item.problems if item else ())[:3]:
            print(f"    {p.code}: {p.message}" + (f" [{p.file}]" if p.file else ""))

    print("\n== Checks across units ==")
    print(f"check agreement: {result.checks}")
    for check, want, got in result.check_misses:
        print(f"* {check}: {want} -> {got}")


def run(archive: Path, truth_path: Path, jobs: int) -> Score:
    truth = json.loads(truth_path.read_text("utf-8"))
    report, result, seconds = measure(archive, truth, jobs)
    print(f"archive: {archive}\ntruth:   {truth_path}")
    print(f"audit: {seconds:.2f} s (jobs={jobs}); {len(report.files)} files analysed, "
          f"{len(report.skipped)} skipped\n")  # fmt: skip
    print_details(report, truth, result)
    print(f"\nSUMMARY {archive.name}: {result.summary()}; audit {seconds:.2f} s\n")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="evidence-audit accuracy on truth-labelled archives")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="where the holdout archives are written (default: bench/out)")  # fmt: skip
    ap.add_argument("--only", choices=sorted(GENERATORS), action="append",
                    help="measure only this holdout (repeatable)")  # fmt: skip
    ap.add_argument("--archive", type=Path, help="an archive written before (with --truth)")
    ap.add_argument("--truth", type=Path, help="its truth file")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the audit")
    args = ap.parse_args(argv)
    if args.archive or args.truth:
        if not (args.archive and args.truth):
            ap.error("--archive and --truth go together")
        run(args.archive, args.truth, args.jobs)
        return 0
    for name in args.only or sorted(GENERATORS):
        if name == "holdout2" and shutil.which("soffice") is None:
            print("holdout2: skipped (needs LibreOffice: soffice with Writer and Calc)\n")
            continue
        print(f"writing {name} into {args.out} ...")
        archive, truth = generate(name, args.out)
        run(archive, truth, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
