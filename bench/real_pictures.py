"""How the library judges real pictures: what each shows, and what a document picture is.

    python bench/pictures/build.py MIRRORS CORPUS     # rebuild the files
    python bench/real_pictures.py CORPUS [--split dev|heldout|all] [-v]

The pictures (bench/pictures/manifest.csv) come from public repositories: event photos
of a university student's home page, screenshots of applications, web pages and WeChat
articles, a phone photo of a train ticket, pictures of text, diagrams and shop
advertisements, scanned pages of a 函 and of printed government web pages, and broken
copies of some of them. They were labelled by looking at them, before the library was
run on them, and split by repository into a development part and a held-out part.

Each picture is read as the audit reads it (with OCR) and scored on:
- its class (photo, document, screenshot, chart), strict and lenient (``also_ok``);
- whether it counts as a photo (the ruleset's ``photo`` kind at or above
  ``count_confidence``: a photo the library doubts is counted for no item) when it is one,
  and only then: a document, a screenshot or a web graphic counted as an event photo is
  false assurance;
- whether a document or a screenshot is read as a document (classified by its text);
- the kind of a document picture, its title and 发文字号 where labelled;
- whether a broken copy is flagged ``unreadable`` (and so never counted).
One run: the results are deterministic.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_audit import load_ruleset  # noqa: E402
from evidence_audit.files.extract.base import Limits  # noqa: E402
from evidence_audit.files.scan import FileEntry  # noqa: E402
from evidence_audit.judge.analyze import analyze_file, picture_verdict  # noqa: E402

MANIFEST = ROOT / "bench" / "pictures" / "manifest.csv"


def _normal(text: str) -> str:
    return "".join(text.split()).replace("·", "").replace("•", "").replace("・", "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    parser.add_argument("-v", action="store_true", help="print every picture, not only misses")
    args = parser.parse_args(argv)
    rules = load_ruleset()
    with MANIFEST.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if args.split in ("all", r["split"])]
    score: Counter[str] = Counter()
    seconds = []
    for row in rows:
        label = row["class"]
        if label == "ambiguous":
            continue
        path = args.corpus / row["id"]
        entry = FileEntry(f"单位/{row['id']}", "单位", str(path))
        start = time.process_time()
        record = analyze_file(entry, rules, Limits())
        seconds.append(time.process_time() - start)
        damaged = not record.readable
        verdict = picture_verdict(record.format, record.extraction, rules)
        shown = verdict.picture.id if verdict else ("damaged" if damaged else "none")
        misses = []
        if label == "damaged":
            score["damaged"] += 1
            score["damaged flagged"] += damaged
            if not damaged:
                misses.append("not flagged as damaged")
        else:
            lenient = {label, *filter(None, row["also_ok"].split(";"))}
            score["pictures"] += 1
            score["class strict"] += shown == label
            score["class lenient"] += shown in lenient
            if shown not in lenient:
                misses.append(f"class {shown}")
            is_photo = (
                record.kind == "photo"
                and record.classification.confidence >= rules.count_confidence
            )
            if label == "photo":
                score["photos"] += 1
                score["photos counted as photos"] += is_photo
                if not is_photo:
                    misses.append(f"photo not counted ({record.kind})")
            else:
                score["non-photos"] += 1
                score["non-photos counted as photos"] += is_photo
                if is_photo:
                    misses.append("counted as a photo")
            if label in ("document", "screenshot"):
                read = verdict is not None and verdict.picture.read_as == "document"
                score["documents and screenshots"] += 1
                score["read as documents"] += read
                if not read:
                    misses.append("not read as a document")
            if row["kind"]:
                kinds = {row["kind"], *filter(None, row["kind_also_ok"].split(";"))}
                score["kinds"] += 1
                score["kind strict"] += record.kind == row["kind"]
                score["kind lenient"] += record.kind in kinds
                if record.kind not in kinds:
                    misses.append(f"kind {record.kind}")
            if row["title"]:
                score["titles"] += 1
                got = _normal(record.doc.title or "") == _normal(row["title"])
                score["title found"] += got
                if not got:
                    misses.append(f"title {record.doc.title!r}")
            if row["doc_number"]:
                score["numbers"] += 1
                got = _normal(record.doc.doc_number or "") == _normal(row["doc_number"])
                score["number found"] += got
                if not got:
                    misses.append(f"发文字号 {record.doc.doc_number!r}")
        if misses or args.v:
            codes = ",".join(p.code for p in record.problems)
            print(
                f"{row['id']} [{label}] → {shown}, {record.kind} ({codes}) "
                f"{seconds[-1]:.2f}s: {'; '.join(misses) or 'ok'}  — {row['note']}"
            )
    print()
    print(f"split: {args.split}; {len(seconds)} pictures, {sum(seconds):.1f} CPU s")

    def ratio(hit: str, of: str) -> str:
        return f"{score[hit]}/{score[of]}"

    print(
        f"class: {ratio('class strict', 'pictures')} strict, {ratio('class lenient', 'pictures')}"
        f" lenient; photos counted as photos {ratio('photos counted as photos', 'photos')}; "
        f"non-photos counted as photos {ratio('non-photos counted as photos', 'non-photos')}"
    )
    print(
        f"documents and screenshots read as documents "
        f"{ratio('read as documents', 'documents and screenshots')}; "
        f"kind {ratio('kind strict', 'kinds')} strict, {ratio('kind lenient', 'kinds')} lenient; "
        f"titles {ratio('title found', 'titles')}; 发文字号 {ratio('number found', 'numbers')}; "
        f"damaged flagged {ratio('damaged flagged', 'damaged')}"
    )


if __name__ == "__main__":
    main()
