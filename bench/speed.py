"""Speed and memory of a sweep: the sample archive replicated into a larger archive.

    python bench/speed.py [--copies 10] [--jobs 1 2]

Prints files, seconds, files per second and peak memory per run. Each copy of a unit
folder gets a new name of the same type ("青溪县" → "青溪3县"), so the audit sees
copies × 11 units. The archive is built in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_audit import audit  # noqa: E402


def build(target: Path, copies: int) -> int:
    sample = ROOT / "sample_archive"
    for k in range(copies):
        for unit in sample.iterdir():
            if unit.is_dir():
                name = unit.name if k == 0 else f"{unit.name[:-1]}{k}{unit.name[-1]}"
                shutil.copytree(unit, target / name, symlinks=True)
    return sum(1 for p in target.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        files = build(archive, args.copies)
        size = sum(p.stat().st_size for p in archive.rglob("*") if p.is_file())
        print(f"archive: {files} files, {size / 1e6:.1f} MB, {args.copies} copies of the sample")
        for jobs in args.jobs:
            start = time.perf_counter()
            report = audit(archive, jobs=jobs)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"jobs={jobs}: {len(report.files)} files in {seconds:.2f} s = "
                f"{len(report.files) / seconds:.0f} files/s; peak RSS {peak:.0f} MB"
                f" (largest worker {children:.0f} MB)"
            )
        cache = Path(tmp) / "cache"
        for label in ("cold cache", "warm cache (nothing changed)"):
            start = time.perf_counter()
            audit(archive, jobs=max(args.jobs), cache=cache)
            print(f"{label}: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
