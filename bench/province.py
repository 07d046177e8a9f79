"""Memory of a large audit: every process of `evidence-audit ARCHIVE`, sampled as it runs.

    python bench/province.py [--files 10000 100000] [--runs 2] [--jobs 2] [--keep DIR]

The archive is the sample archive multiplied with hard links (no file is copied) inside
the sample's own unit folders: copy k of a unit's files goes in its sub-folder "第k批", so
that the audit sees the sample's 12 units holding thousands of files each, as a
prefecture's counties do (not thousands of units of a dozen files). The archive is built
under the temporary folder (or ``--keep DIR``), never in the repository. The
command runs as a user runs it (`python -m evidence_audit ARCHIVE -q --json --xlsx
--jobs N --no-ocr`: OCR's cost is the simulation's business, see bench/simulate.py) while
this script samples every process of its tree five times a second: resident memory
(RSS) and proportional memory (PSS: shared pages split between the processes that share
them, so that the sum is what the machine really spends).

Prints, per run: files, wall seconds, files per second, and the peak of the largest
process and of the sum of all processes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_archive"


def build(target: Path, files: int, archives: int = 1) -> int:
    """``archives`` archives of about ``files`` files in all, hard links to the sample's;
    the count made.

    Each archive has the sample's own unit folders (12, as a prefecture has a few dozen):
    the files multiply inside them, copy k of a unit's files in its sub-folder "第k批"
    (the first copy where the sample has it), so that a unit holds hundreds or thousands
    of files as a real county's folder does, not thousands of units of a dozen files.
    With several archives, archive k is ``target/州k`` (audited with ``--collection``).
    """
    units = [u for u in sorted(SAMPLE.iterdir()) if u.is_dir()]
    sources = {
        u: [p for p in sorted(u.rglob("*")) if p.is_file() and not p.is_symlink()] for u in units
    }
    per_copy = sum(len(s) for s in sources.values())
    copies = max(1, round(files / archives / per_copy))
    made = 0
    for a in range(archives):
        root = target if archives == 1 else target / f"州{a + 1:02d}"
        for k in range(copies):
            for unit, paths in sources.items():
                base = root / unit.name if k == 0 else root / unit.name / f"第{k}批"
                for source in paths:
                    dest = base / source.relative_to(unit)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    os.link(source, dest)
                    made += 1
    return made


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``command``; its wall time and the peaks of its process tree (MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak_rss: dict[int, float] = {}
    peak_pss: dict[int, float] = {}
    peak_sum_pss = peak_sum_rss = 0.0
    swept = 0.0  # the main process's memory when its workers have gone: the sweep's end
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        total_pss = total_rss = 0.0
        for p in tree:
            try:
                info = p.memory_full_info()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            rss, pss = info.rss / 2**20, getattr(info, "pss", info.rss) / 2**20
            peak_rss[p.pid] = max(peak_rss.get(p.pid, 0.0), rss)
            peak_pss[p.pid] = max(peak_pss.get(p.pid, 0.0), pss)
            total_rss += rss
            total_pss += pss
        if len(tree) == 1 and len(peak_rss) > 1 and not swept:
            swept = peak_rss.get(process.pid, 0.0)
        peak_sum_rss = max(peak_sum_rss, total_rss)
        peak_sum_pss = max(peak_sum_pss, total_pss)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command} ended with {process.returncode}")
    return {
        "seconds": seconds,
        "largest_rss": max(peak_rss.values(), default=0.0),
        "largest_pss": max(peak_pss.values(), default=0.0),
        "main_rss": peak_rss.get(process.pid, 0.0),
        "swept_rss": swept,
        "sum_rss": peak_sum_rss,
        "sum_pss": peak_sum_pss,
        "processes": float(len(peak_rss)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="build the archives here and keep them")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="province-bench-"))
    env = dict(os.environ)
    for files in args.files:
        archive = base / f"archive-{files}"
        if not archive.exists():
            made = build(archive, files)
        else:
            made = sum(1 for p in archive.rglob("*") if p.is_file())
        print(f"archive of {made} files (hard links to the sample's), OCR off, jobs {args.jobs}")
        for run in range(1, args.runs + 1):
            out = base / f"report-{files}"
            command = [
                sys.executable, "-m", "evidence_audit", str(archive), "-q",
                "--json", f"{out}.json", "--xlsx", f"{out}.xlsx", "--jobs", str(args.jobs), "--no-ocr",
            ]  # fmt: skip
            m = measure(command, env)
            print(
                f"  run {run}: {m['seconds']:.0f} s ({made / m['seconds']:.0f} files/s); "
                f"largest process {m['largest_rss']:.0f} MB RSS / {m['largest_pss']:.0f} MB PSS "
                f"(main {m['main_rss']:.0f} MB RSS, {m['swept_rss']:.0f} MB until the sweep's end); "
                f"all {m['processes']:.0f} processes "
                f"{m['sum_rss']:.0f} MB RSS / {m['sum_pss']:.0f} MB PSS at their peak",
                flush=True,
            )
    if args.keep is None:
        import shutil

        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
