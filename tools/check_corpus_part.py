"""Check a new blind part of the real-document corpus before it is scored and merged.

    python tools/check_corpus_part.py PART_MANIFEST SPLIT [--mirrors DIR] [--readme PART_README]
    python tools/check_corpus_part.py PART_MANIFEST SPLIT --reproduced [--readme PART_README]

``PART_MANIFEST`` is the gatherer's copy of ``bench/corpus/manifest.csv`` (main's rows as
they were when the part was begun, unchanged, then the new part's rows). Checked: the
header and CRLF line endings; main's rows untouched; the part's rows are of ``SPLIT``, their ids new and
unique, their kinds and ``also_ok`` answers kinds of the built-in ruleset (or ``other``),
their dates ISO dates with a role; no repository (case-insensitively) nor sha256 already
in either manifest, no sha256 twice. With ``--mirrors``, every file is rebuilt from its
snapshot and its sha256 checked; with ``--readme``, the part's new README text must name
no machine path. With ``--reproduced`` the part is one of reproductions of stored web pages
(``bench/corpus/reproduced/``): its rows name the page (``page:HOST`` and its address)
instead of a repository and commit, no address may be used twice, and each file must be
committed under ``bench/corpus/reproduced/files/<id>/`` with its sha256. Exit status 0
when all holds, 1 otherwise (each failure printed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MANIFEST = REPO / "bench" / "corpus" / "manifest.csv"
PICTURES = REPO / "bench" / "pictures" / "manifest.csv"
README = REPO / "bench" / "corpus" / "README.md"
REPRODUCED = REPO / "bench" / "corpus" / "reproduced"
RULESET = REPO / "schemas" / "east-west-2019.json"
ROLES = {"signature", "issue", "meeting", "title", "cover", "body"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MACHINE_PATH = re.compile(r"(?<![\w.])/(?:work|tmp|home|root)/")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def problems(part_manifest: Path, split: str, reproduced: bool = False) -> list[str]:
    """Every way the part's manifest breaks the corpus's rules."""
    found: list[str] = []
    base = REPRODUCED / "manifest.csv" if reproduced else MANIFEST
    raw = part_manifest.read_bytes()
    if raw.count(b"\n") != raw.count(b"\r\n"):
        found.append("line endings: every line must end in CRLF, as the manifest's rows do")
    main_text = base.read_text(encoding="utf-8")
    if part_manifest.read_text(encoding="utf-8").splitlines()[0] != main_text.splitlines()[0]:
        found.append("header differs from the manifest's")
    main_rows = [r for r in _rows(base) if r["split"] != split]
    rows = _rows(part_manifest)
    new = [r for r in rows if r["split"] == split]
    old = [r for r in rows if r["split"] != split]
    if old != main_rows[: len(old)] or rows[: len(old)] != old:
        found.append("main's rows were changed, dropped or reordered, or the part's are not last")
    if not new:
        found.append("no new rows")
    pictures = _rows(PICTURES)
    used_repos = {r["repository"].lower() for r in main_rows + pictures}
    used_sha = {r["sha256"] for r in main_rows + _rows(MANIFEST)} | {
        r[c] for r in pictures for c in ("sha256", "file_sha256") if r[c]
    }
    used_pages = {r["path"] for r in main_rows}
    used_ids = {r["id"] for r in main_rows}
    kinds = {k["id"] for k in json.loads(RULESET.read_text(encoding="utf-8"))["kinds"]}
    seen_sha: set[str] = set()
    seen_ids: set[str] = set()
    for row in new:
        rid = row["id"]
        if rid in used_ids or rid in seen_ids:
            found.append(f"{rid}: id already used")
        seen_ids.add(rid)
        if reproduced:
            found += _reproduction_problems(row, used_pages)
            used_pages.add(row["path"])
        elif row["repository"].lower() in used_repos:
            found.append(f"{rid}: repository {row['repository']} is already in a manifest")
        if row["sha256"] in used_sha or row["sha256"] in seen_sha:
            found.append(f"{rid}: sha256 already in a manifest or twice in this part")
        seen_sha.add(row["sha256"])
        for kind in [row["kind"], *filter(None, row["also_ok"].split(";"))]:
            if kind not in kinds:
                found.append(f"{rid}: {kind!r} is no kind of the ruleset")
        if bool(row["date"]) != bool(row["date_role"]):
            found.append(f"{rid}: a date needs its role and a role its date")
        if row["date"] and not _DATE.fullmatch(row["date"]):
            found.append(f"{rid}: date {row['date']!r} is not YYYY-MM-DD")
        if row["date_role"] and row["date_role"] not in ROLES:
            found.append(f"{rid}: date role {row['date_role']!r} is not one of {sorted(ROLES)}")
        if row["relabelled_after_seeing_output"] not in {"no", "yes"}:
            found.append(f"{rid}: relabelled_after_seeing_output must be no or yes")
        if not reproduced and not re.fullmatch(r"[0-9a-f]{40}", row["commit"]):
            found.append(f"{rid}: commit is not 40 hex digits")
    return found


def _reproduction_problems(row: dict[str, str], used_pages: set[str]) -> list[str]:
    rid = row["id"]
    found: list[str] = []
    if not row["repository"].startswith("page:") or not row["path"].startswith("http"):
        found.append(
            f"{rid}: a reproduction names its page: repository page:HOST, path its address"
        )
    if row["path"] in used_pages:
        found.append(f"{rid}: page {row['path']} already reproduced")
    files = sorted((REPRODUCED / "files" / rid).glob("*"))
    if len(files) != 1:
        found.append(f"{rid}: bench/corpus/reproduced/files/{rid}/ must hold exactly one file")
    elif hashlib.sha256(files[0].read_bytes()).hexdigest() != row["sha256"]:
        found.append(f"{rid}: sha256 differs for {files[0].name}")
    return found


def rebuild(part_manifest: Path, split: str, mirrors: Path) -> list[str]:
    """Rebuild the part's files from their snapshots; the build script checks each sha256."""
    rows = [r for r in _rows(part_manifest) if r["split"] == split]
    with tempfile.TemporaryDirectory() as tmp:
        only = Path(tmp) / "rows.csv"
        with only.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        done = subprocess.run(
            [
                sys.executable,
                str(HERE / "build_corpus.py"),
                str(mirrors),
                f"{tmp}/out",
                "--manifest",
                str(only),
            ],
            capture_output=True,
            text=True,
        )
    return [] if done.returncode == 0 else done.stdout.strip().splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part_manifest", type=Path)
    parser.add_argument("split")
    parser.add_argument("--mirrors", type=Path, help="snapshots to rebuild the part's files from")
    parser.add_argument("--readme", type=Path, help="the part's copy of bench/corpus/README.md")
    parser.add_argument(
        "--reproduced", action="store_true", help="a part of reproductions of stored web pages"
    )
    args = parser.parse_args(argv)
    found = problems(args.part_manifest, args.split, args.reproduced)
    if args.mirrors and not found:
        found += rebuild(args.part_manifest, args.split, args.mirrors)
    if args.readme:
        readme = REPRODUCED / "README.md" if args.reproduced else README
        known = set(readme.read_text(encoding="utf-8").splitlines())
        added = [
            line
            for line in args.readme.read_text(encoding="utf-8").splitlines()
            if line not in known
        ]
        if any(_MACHINE_PATH.search(line) for line in added):
            found.append("the part's README text names a machine path")
    count = sum(r["split"] == args.split for r in _rows(args.part_manifest))
    for problem in found:
        print(problem)
    print(
        f"{args.split}: {count} rows, " + (f"{len(found)} problems" if found else "all checks pass")
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
