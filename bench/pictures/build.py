"""Rebuild the real-picture corpus (bench/pictures/manifest.csv) from repository snapshots.

    python bench/pictures/build.py MIRRORS OUT

MIRRORS holds one git mirror per repository, named ``owner+name/repo`` (as the project's
snapshot tool lays them out); OUT receives the files, named by their manifest id. A file
is its repository's blob at the commit given, or derived from it as the ``derived``
column says (a page of a scanned PDF rendered to JPEG, or the first part of a picture's
bytes: a broken copy). Each file is checked against ``file_sha256``; a rendered page may
differ by a few bytes with another PDFium or Pillow version (said, not fatal).

The files are not committed: their repositories give no licence that allows it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent / "manifest.csv"


def blob(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    git = mirrors / repo.replace("/", "+") / "repo"
    done = subprocess.run(
        ["git", "-C", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    )
    return done.stdout


def derive(data: bytes, how: str, built: dict[str, bytes]) -> bytes:
    if not how:
        return data
    page = re.match(r"page (\d+) of \d+ rendered by PDFium at (\d+) dpi, JPEG quality (\d+)", how)
    if page:
        import pypdfium2 as pdfium

        number, dpi, quality = (int(g) for g in page.groups())
        pdf = pdfium.PdfDocument(data)
        image = pdf[number - 1].render(scale=dpi / 72).to_pil().convert("RGB")
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality)
        return out.getvalue()
    cut = re.match(r"the first (\d+)% of the bytes of (\S+)", how)
    if cut:
        source = built[cut.group(2)]
        return source[: int(len(source) * int(cut.group(1)) / 100)]
    raise ValueError(f"unknown derivation: {how}")


def main(argv: list[str]) -> None:
    mirrors, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    built: dict[str, bytes] = {}
    with MANIFEST.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in sorted(rows, key=lambda r: bool(r["derived"].startswith("the first"))):
        data = blob(mirrors, row["repository"], row["commit"], row["path"])
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            sys.exit(f"{row['id']}: the source differs from the manifest's sha256")
        made = derive(data, row["derived"], built)
        built[row["id"]] = made
        if hashlib.sha256(made).hexdigest() != row["file_sha256"]:
            print(f"{row['id']}: differs from the manifest's file_sha256 ({row['derived']})")
        (out / row["id"]).write_bytes(made)
    print(f"{len(built)} files in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
