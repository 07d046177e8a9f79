"""Rebuild the real-document corpus folder from snapshots of its public repositories.

    python tools/build_corpus.py MIRRORS OUT [--manifest bench/corpus/manifest.csv]

``MIRRORS`` holds one bare git directory per repository, named ``owner+name`` (either
``owner+name/repo`` or ``owner+name/repo/.git``, as a snapshot tool lays them out, or
``owner+name.git``). Each manifest row is read with ``git show COMMIT:PATH``, checked
against its sha256 and written to ``OUT/<id>/<file name>`` (the file name is kept: it is
one of the signals the library weighs). Fetching the snapshots is not this script's job.
Exit status 0 when every file was written, 1 when some could not be (each one is named).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MANIFEST = HERE.parent / "bench" / "corpus" / "manifest.csv"


def git_dir(mirrors: Path, repository: str) -> Path | None:
    """The bare git directory of ``repository`` under ``mirrors``, if there is one."""
    base = repository.replace("/", "+")
    for candidate in (
        mirrors / base / "repo" / ".git",
        mirrors / base / "repo",
        mirrors / f"{base}.git",
        mirrors / base,
    ):
        if (candidate / "objects").is_dir():
            return candidate
    return None


def read_blob(gdir: Path, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit``."""
    return subprocess.run(
        ["git", "--git-dir", str(gdir), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    args = parser.parse_args(argv)
    failures = 0
    with args.manifest.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        gdir = git_dir(args.mirrors, row["repository"])
        if gdir is None:
            print(f"{row['id']}: no snapshot of {row['repository']} in {args.mirrors}")
            failures += 1
            continue
        try:
            data = read_blob(gdir, row["commit"], row["path"])
        except subprocess.CalledProcessError as exc:
            print(f"{row['id']}: {row['repository']} {row['path']}: {exc.stderr.decode().strip()}")
            failures += 1
            continue
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            print(f"{row['id']}: sha256 differs for {row['repository']} {row['path']}")
            failures += 1
            continue
        target = args.out / row["id"] / row["path"].rsplit("/", 1)[-1]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"{len(rows) - failures} of {len(rows)} files written to {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
