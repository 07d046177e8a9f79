"""Score evidence-audit on the real-document corpus (bench/corpus/manifest.csv).

    python bench/real_documents.py CORPUS --split SPLIT[,SPLIT...] [--manifest PATH] [--json OUT]
        [--per-file OUT] [--jobs N]

``CORPUS`` is the folder written by ``tools/build_corpus.py`` (``CORPUS/<id>/<file>``).
Each file is analysed on its own, as a file of a unit named after its id, with the
built-in ruleset. Fields scored against the hand labels of the manifest:

- kind, strict (the label) and lenient (the label or an ``also_ok`` answer). A file the
  library is not sure of (confidence below the ruleset's ``count_confidence``: it is not
  counted for any item) scores as ``other``. A file counted for a kind that neither the
  label nor ``also_ok`` allows is false assurance (an item reported present on a paper
  that is not one): those are counted apart and their misses marked;
- 成文日期: the date the library gives the file equals the labelled date; where the label
  has no date, the library must claim no date from the document's text;
- 发文字号: equal, white space ignored (both empty counts as right);
- title: equal, white space ignored, over the files whose label has a title.

Every miss is listed. The splits are the manifest's ``split`` column: ``dev``,
``dev_seen`` and each ``heldoutN`` part. A held-out part is scored once, blind, at the end
of the work it measures (that figure is the one quoted, see bench/corpus/README.md); from
then on it is seen, and figures on it are development figures. Several splits can be
given, comma-separated; ``all`` scores every row.

``--per-file OUT`` writes what the library said of each file (kind, confidence, date and
its source, 发文字号, title, first reasons), keyed by row id: two such files, from the code
before and after a change, are compared by ``bench/compare_runs.py``. ``--jobs`` reads
files in that many processes (each file's reading is a pure function of the file).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from evidence_audit import load_ruleset  # noqa: E402
from evidence_audit.files.extract.base import Limits  # noqa: E402
from evidence_audit.files.scan import FileEntry  # noqa: E402
from evidence_audit.judge.analyze import analyze_file  # noqa: E402

DEFAULT_MANIFEST = HERE / "corpus" / "manifest.csv"
#: What is scored is the reading, not the speed: a scan read by OCR on a busy machine
#: gets time enough to be read whole (the audit's own limit is 60 s a file).
LIMITS = Limits(seconds_per_file=600)
_WS = re.compile(r"\s+")
#: The small-form brackets ﹝﹞ are 〔〕's compatibility forms (NFKC folds them): a label
#: keeping a number's ﹝﹞ as printed and the library's 〔〕 are the same number.
_SMALL_FORMS = str.maketrans("﹝﹞", "〔〕")


def norm(value: str | None) -> str:
    """A field for comparison: white space dropped, small-form brackets as 〔〕."""
    return _WS.sub("", value or "").translate(_SMALL_FORMS)


def right(field: str, got: dict[str, Any], row: dict[str, str]) -> bool:
    """Whether a file's reading ``got`` has ``field`` right by the row's labels: kind
    leniently (the label or an ``also_ok`` answer), the 成文日期 (no labelled date: none
    claimed from the text), the 发文字号 and the title white space ignored (a row without
    a labelled title has none to miss)."""
    if field == "kind":
        return got["counted"] in {row["kind"], *filter(None, row["also_ok"].split(";"))}
    if field == "date":
        return got["date"] == row["date"] if row["date"] else not got["text_date"]
    if field == "doc_number":
        return norm(got["doc_number"]) == norm(row["doc_number"])
    return not row["title"] or norm(got["title"]) == norm(row["title"])


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else "n/a"


@lru_cache(maxsize=1)
def _rules() -> Any:
    return load_ruleset("east-west-2019")


def read_row(corpus: Path, row: dict[str, str]) -> dict[str, Any] | None:
    """What the library says of one row's file (None when the file is not there)."""
    folder = corpus / row["id"]
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    if not files:
        return None
    rules = _rules()
    disk = files[0]
    entry = FileEntry(f"{row['id']}/{disk.name}", row["id"], str(disk))
    record = analyze_file(entry, rules, LIMITS)
    c = record.classification
    return {
        "kind": c.kind,
        "confidence": round(c.confidence, 4),
        "counted": c.kind if c.confidence >= rules.count_confidence else "other",
        "reasons": list(c.reasons[:2]),
        "date": record.date.isoformat() if record.date else "",
        "date_source": record.date_source,
        "text_date": record.doc.doc_date is not None,
        "doc_number": record.doc.doc_number or "",
        "title": record.doc.title or "",
    }


def _read_star(args: tuple[Path, dict[str, str]]) -> dict[str, Any] | None:
    return read_row(*args)


def read_rows(
    corpus: Path, rows: list[dict[str, str]], jobs: int = 1
) -> list[dict[str, Any] | None]:
    """Each row's reading, in row order, in ``jobs`` processes."""
    work = [(corpus, row) for row in rows]
    if jobs <= 1:
        return [read_row(*w) for w in work]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_read_star, work, chunksize=4))


def score(corpus: Path, rows: list[dict[str, str]], jobs: int = 1) -> dict[str, Any]:
    """Analyse every row's file and compare it with its labels."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    false_assurance: list[str] = []
    per_file: dict[str, Any] = {}
    for row, got in zip(rows, read_rows(corpus, rows, jobs), strict=True):
        if got is None:
            misses.append(f"{row['id']}: file missing from {corpus / row['id']}")
            continue
        per_file[row["id"]] = got
        kind = got["counted"]
        label = row["kind"]
        strict, lenient = kind == label, right("kind", got, row)
        where = f"{row['id']} {row['repository']}:{row['path']}"
        for field, good in (("kind (strict)", strict), ("kind (lenient)", lenient)):
            totals[field][0] += good
            totals[field][1] += 1
        per_kind[label][0] += strict
        per_kind[label][1] += lenient
        per_kind[label][2] += 1
        if not lenient and kind != "other":
            false_assurance.append(row["id"])
        if not lenient:
            misses.append(
                f"kind{'!' if kind != 'other' else ' '} {where}: labelled {label}"
                f"{' (or ' + row['also_ok'] + ')' if row['also_ok'] else ''},"
                f" got {got['kind']} {got['confidence']:.0%} — {'; '.join(got['reasons'])}"
            )
        good = right("date", got, row)
        totals["成文日期"][0] += good
        totals["成文日期"][1] += 1
        if not good:
            misses.append(
                f"date  {where}: labelled {row['date'] or 'none'} ({row['date_role']}),"
                f" got {got['date'] or 'none'} ({got['date_source']})"
            )
        good = right("doc_number", got, row)
        totals["发文字号"][0] += good
        totals["发文字号"][1] += 1
        if not good:
            misses.append(
                f"docno {where}: labelled {row['doc_number'] or 'none'},"
                f" got {got['doc_number'] or 'none'}"
            )
        if row["title"]:
            good = right("title", got, row)
            totals["title"][0] += good
            totals["title"][1] += 1
            if not good:
                misses.append(f"title {where}: labelled {row['title']}, got {got['title']}")
    return {
        "fields": {k: {"right": v[0], "total": v[1]} for k, v in totals.items()},
        "kinds": {k: {"strict": v[0], "lenient": v[1], "total": v[2]} for k, v in per_kind.items()},
        "false_assurance": false_assurance,
        "misses": misses,
        "per_file": per_file,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--split",
        required=True,
        help="dev, dev_seen or heldoutN, as in the manifest's split column (several: comma-separated)",
    )
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--json", type=Path, help="also write the figures and misses as JSON")
    parser.add_argument(
        "--per-file", type=Path, help="also write what the library said of each file, as JSON"
    )
    parser.add_argument("--jobs", type=int, default=1, help="processes reading files (default 1)")
    args = parser.parse_args(argv)
    with args.manifest.open(encoding="utf-8", newline="") as f:
        splits = set(args.split.split(","))
        rows = [r for r in csv.DictReader(f) if "all" in splits or r["split"] in splits]
    if not rows:
        parser.error(f"no manifest row has split {args.split}")
    result = score(args.corpus, rows, args.jobs)
    per_file = result.pop("per_file")
    print(f"{args.split}: {len(rows)} files")
    for field, v in result["fields"].items():
        print(f"  {field:15} {pct(v['right'], v['total'])}")
    wrong = result["false_assurance"]
    print(
        f"  counted for a kind it is not (false assurance, marked kind!): {len(wrong)}"
        + (f" ({', '.join(wrong)})" if wrong else "")
    )
    print("  per kind (strict / lenient):")
    for kind, v in sorted(result["kinds"].items()):
        print(f"    {kind:18} {pct(v['strict'], v['total'])}  /  {pct(v['lenient'], v['total'])}")
    print(f"misses ({len(result['misses'])}):")
    for miss in result["misses"]:
        print("  " + miss)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.per_file:
        args.per_file.write_text(
            json.dumps(per_file, ensure_ascii=False, indent=0), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
