"""Measure evidence-audit against an archive whose truth is known.

    cd /work/main && /work/venv/bin/python bench/accuracy.py [ARCHIVE] [TRUTH]

Defaults to the holdout written by ``bench/holdout.py`` (bench/out/holdout_archive and
bench/out/holdout_truth.json). Truth format: {"units": {name: type}, "files": {path:
{"kind": kind|"other"|null, "date": ISO|null}}, "items": {unit: {item_id: status}}};
a null kind means the file should be skipped as noise or as lying outside any unit.

Prints file-kind accuracy with every mismatch (and whether the tool counted the file for
an item it should not, or said it was unsure), date accuracy, unit types, item-status
agreement with every disagreement, and the wall time of the audit. Exit status 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from evidence_audit import audit, load_ruleset  # noqa: E402

DEFAULT_ARCHIVE = HERE / "out" / "holdout_archive"
DEFAULT_TRUTH = HERE / "out" / "holdout_truth.json"
#: kinds whose date decides an item (the "in period" checks)
DATED_KINDS = {"letter", "plan", "photo", "news", "minutes"}


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="evidence-audit accuracy on a truth-labelled archive")
    ap.add_argument("archive", nargs="?", type=Path, default=DEFAULT_ARCHIVE)
    ap.add_argument("truth", nargs="?", type=Path, default=DEFAULT_TRUTH)
    ap.add_argument(
        "--jobs", type=int, default=1, help="worker processes for the audit (default 1)"
    )
    args = ap.parse_args(argv)
    truth: dict[str, Any] = json.loads(args.truth.read_text("utf-8"))
    ruleset = load_ruleset()
    threshold = ruleset.count_confidence
    item_kinds = {it.id: set(it.kinds) for it in ruleset.items}

    t0 = time.perf_counter()
    report = audit(args.archive, jobs=args.jobs)
    wall = time.perf_counter() - t0

    files = {f.path: f for f in report.files}
    skipped = {s.path: s for s in report.skipped}
    counted: dict[str, list[tuple[str, str]]] = defaultdict(list)  # path -> [(unit, item)]
    for u in report.units:
        for it in u.items:
            for p in it.files:
                counted[p].append((u.unit, it.item))

    print(f"archive: {args.archive}")
    print(f"truth:   {args.truth}")
    print(
        f"audit wall time: {wall:.2f} s (jobs={args.jobs}); {len(report.files)} files analysed, "
        f"{len(report.skipped)} skipped; count threshold {threshold}"
    )

    # ------------------------------------------------------------------ file kinds
    tf: dict[str, dict[str, Any]] = truth["files"]
    ok = 0
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    mismatches: list[dict[str, Any]] = []
    for path, t in sorted(tf.items()):
        want = t["kind"]
        rec = files.get(path)
        got = rec.kind if rec else None
        per_kind[want or "(skip)"]["n"] += 1
        if want == got:
            ok += 1
            per_kind[want or "(skip)"]["ok"] += 1
            continue
        m: dict[str, Any] = {"path": path, "want": want or "(skipped)", "rec": rec}
        if rec is None:
            s = skipped.get(path)
            m["got"] = f"(skipped: {s.reason})" if s else "(not in report)"
            m["category"] = "not analysed"
        else:
            m["got"] = rec.kind
            wrong = [
                (u, i)
                for u, i in counted.get(path, [])
                if want is None or want not in item_kinds.get(i, set())
            ]
            m["wrong_items"] = wrong
            if wrong:
                m["category"] = "counted wrongly"
            elif rec.confidence < threshold:
                m["category"] = "uncertain"
            elif rec.kind == "other":
                m["category"] = "confident miss (other)"
            else:
                m["category"] = "wrong, not counted"
        mismatches.append(m)
    n = len(tf)
    print()
    print("== File kinds ==")
    print(f"accuracy (all truth files, noise must be skipped): {pct(ok, n)}")
    classified = [p for p, t in tf.items() if t["kind"] is not None]
    ok_cls = sum(1 for p in classified if p in files and files[p].kind == tf[p]["kind"])
    print(f"accuracy (files with a kind):                      {pct(ok_cls, len(classified))}")
    evidence = [p for p in classified if tf[p]["kind"] != "other"]
    ok_ev = sum(1 for p in evidence if p in files and files[p].kind == tf[p]["kind"])
    print(f"accuracy (evidence files, kind != other):          {pct(ok_ev, len(evidence))}")
    cats = Counter(m["category"] for m in mismatches)
    print(
        f"mismatches: {len(mismatches)} — "
        + ", ".join(f"{k}: {v}" for k, v in sorted(cats.items()))
    )
    print(
        "per true kind: "
        + ", ".join(f"{k} {c['ok']}/{c['n']}" for k, c in sorted(per_kind.items()))
    )
    print()
    print("-- mismatch list (path | expected -> got | confidence | category | top reasons) --")
    for m in mismatches:
        rec = m["rec"]
        conf = f"{rec.confidence:.2f}" if rec else "-"
        print(f"* {m['path']}")
        print(f"    expected {m['want']} -> got {m['got']}  conf {conf}  [{m['category']}]")
        if rec is not None:
            reasons = list(rec.classification.reasons)[:4]
            if reasons:
                print("    reasons: " + " | ".join(reasons))
            if rec.classification.runner_up:
                print(f"    runner-up: {rec.classification.runner_up}")
            if m.get("wrong_items"):
                print("    counted for: " + ", ".join(f"{u}:{i}" for u, i in m["wrong_items"]))
            probs = [p.code for p in rec.problems]
            if probs:
                print("    file problems: " + ", ".join(probs))

    # ------------------------------------------------------------------ dates
    print()
    print("== Dates ==")
    both = [p for p in classified if p in files]
    d_ok = [
        p for p in both if (files[p].date.isoformat() if files[p].date else None) == tf[p]["date"]
    ]
    dated = [p for p in both if tf[p]["date"] is not None]
    dated_ok = [p for p in dated if p in d_ok]
    undated = [p for p in both if tf[p]["date"] is None]
    undated_ok = [p for p in undated if p in d_ok]
    rel = [p for p in both if tf[p]["kind"] in DATED_KINDS]
    rel_ok = [p for p in rel if p in d_ok]
    print(f"date accuracy (all analysed files):           {pct(len(d_ok), len(both))}")
    print(f"  truth has a date -> same date found:        {pct(len(dated_ok), len(dated))}")
    print(f"  truth has no date -> tool also none:        {pct(len(undated_ok), len(undated))}")
    print(
        f"  kinds with an in-period check ({', '.join(sorted(DATED_KINDS))}): {pct(len(rel_ok), len(rel))}"
    )
    print("-- date mismatches (path | expected -> got (source)) --")
    for p in both:
        if p in d_ok:
            continue
        r = files[p]
        got = r.date.isoformat() if r.date else None
        print(f"* {p}: {tf[p]['date']} -> {got} ({r.date_source})  [{tf[p]['kind']}]")

    # ------------------------------------------------------------------ units and items
    print()
    print("== Units ==")
    rep_units = {u.unit: u for u in report.units}
    u_ok = 0
    for name, typ in sorted(truth["units"].items()):
        got = rep_units[name].type if name in rep_units else "(absent)"
        u_ok += got == typ
        if got != typ:
            print(f"* unit {name}: expected {typ} -> got {got}")
    print(f"unit types: {pct(u_ok, len(truth['units']))}")
    for name in sorted(set(rep_units) - set(truth["units"])):
        print(f"* extra unit in report: {name} ({rep_units[name].type})")

    print()
    print("== Item statuses ==")
    total = agree = 0
    confusion: Counter[tuple[str, str]] = Counter()
    disagreements = []
    for unit, items in sorted(truth["items"].items()):
        ur = rep_units.get(unit)
        got_items = {it.item: it for it in ur.items} if ur else {}
        for item_id, want in sorted(items.items()):
            total += 1
            it = got_items.get(item_id)
            got = it.status if it else "(absent)"
            confusion[(want, got)] += 1
            if got == want:
                agree += 1
            else:
                disagreements.append((unit, item_id, want, got, it))
        for item_id, it in sorted(got_items.items()):
            if item_id not in items and it.status != "not_applicable":
                disagreements.append((unit, item_id, "not_applicable", it.status, it))
    print(f"item-status agreement: {pct(agree, total)}")
    failing = {"missing", "insufficient", "defective"}
    fw = [k for k in confusion if k[0] in failing]
    tp = sum(v for (w, g), v in confusion.items() if w in failing and g in failing)
    print(
        f"failing items found as failing (any failing status): {pct(tp, sum(confusion[k] for k in fw))}"
    )
    fp = sum(v for (w, g), v in confusion.items() if w == "present" and g in failing)
    fn = sum(v for (w, g), v in confusion.items() if w in failing and g == "present")
    print(f"present reported failing: {fp}; failing reported present: {fn}")
    print(
        "confusion (expected -> got: n): "
        + ", ".join(f"{w}->{g}: {v}" for (w, g), v in sorted(confusion.items()) if w != g)
    )
    print("-- disagreements (unit | item | expected -> got | first problems) --")
    for unit, item_id, want, got, it in disagreements:
        print(f"* {unit} | {item_id} | {want} -> {got}")
        if it is not None:
            for p in list(it.problems)[:3]:
                where = f" [{p.file}]" if p.file else ""
                print(f"    {p.code}: {p.message}{where}")
            if it.files:
                print(
                    "    counted: "
                    + "; ".join(it.files[:4])
                    + (" ..." if len(it.files) > 4 else "")
                )

    extra = sorted(set(files) - set(tf))
    if extra:
        print()
        print(f"== Files in report but not in truth: {len(extra)} ==")
        for p in extra:
            print(f"* {p}: {files[p].kind} ({files[p].confidence:.2f})")
    print()
    print(
        f"SUMMARY kind accuracy {pct(ok, n)}; evidence kind accuracy {pct(ok_ev, len(evidence))}; "
        f"date accuracy {pct(len(d_ok), len(both))}; item agreement {pct(agree, total)}; "
        f"audit {wall:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
