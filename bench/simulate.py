"""A province on paper: a 1,000,000-file sweep on 1, 4, 16 and 64 workers, simulated from
per-file costs measured on this machine.

    python bench/simulate.py [--files 1000000] [--workers 1 4 16 64] [--scans 0.33]

First it measures, on the sample archive, in this process (OCR off, then the sample's
scanned PDF through Tesseract where installed):

- the time to read and judge each file (``analyze_entry``), by format: the workers' cost;
- the time Tesseract takes per scanned page;
- what the client spends per file as results arrive (unpickling a record, the unit's
  item checks, the cross-check facts, the store): serial, whatever the cluster's size;
- the bytes a record travels as, the bytes the client keeps per file (tracemalloc);
- the time to list the archive (``scan_archive``) per file on a local disk.

Then it plays a sweep of ``--files`` files drawn from that mix, a share ``--scans`` of
them scans of ``--pages`` pages read by OCR, in batches of 64 over W single-threaded
workers (each batch to the first free worker), and adds what no worker shares: the walk
of the archive (over a network share: ``--dir-ms`` per folder of ``--files-per-dir``
files, an assumption stated in the output), the share's bandwidth for the bytes read
(``--share-mbps`` for files averaging ``--file-mb``), the scheduler's cost per task
(``--task-ms``) and the client's serial work. The wall time is the walk followed by the
slowest of reading, bandwidth, the scheduler and the client.
"""

from __future__ import annotations

import argparse
import gc
import heapq
import pickle
import random
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_audit import load_ruleset  # noqa: E402
from evidence_audit.files.extract.base import Limits  # noqa: E402
from evidence_audit.files.scan import scan_archive  # noqa: E402
from evidence_audit.judge.analyze import analyze_entry  # noqa: E402
from evidence_audit.judge.cross import cross_view  # noqa: E402
from evidence_audit.judge.items import UnitTally  # noqa: E402
from evidence_audit.sweep.store import RecordStore  # noqa: E402

BATCH = 64


def measure(rounds: int) -> dict[str, object]:
    """Per-file costs on the sample archive (best of ``rounds`` per file)."""
    rules = load_ruleset(None)
    tracemalloc.start()
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    scan = scan_archive(ROOT / "sample_archive")
    walk = (time.perf_counter() - started) / len(scan.files)
    gc.collect()
    entry_bytes = (tracemalloc.get_traced_memory()[0] - base) / len(scan.files)
    tracemalloc.stop()
    costs: dict[str, list[float]] = defaultdict(list)
    groups = []
    for entry in scan.files:
        best = float("inf")
        for _ in range(rounds):
            t = time.perf_counter()
            records = analyze_entry(entry, rules, Limits(ocr=False))
            best = min(best, time.perf_counter() - t)
        costs[records[0].format].append(best)
        groups.append(records)
    blobs = [pickle.dumps(g) for g in groups]
    record_bytes = statistics.mean(len(b) for b in blobs)
    unit_types = {u: rules.unit_type(u) for u in scan.units}
    tracemalloc.start()
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    tallies = {u: UnitTally(u, t, rules) for u, t in unit_types.items()}
    facts = []
    store = RecordStore()
    t = time.perf_counter()
    for index, blob in enumerate(blobs):
        group = pickle.loads(blob)
        store.add(index, group)
        for member, record in enumerate(group):
            tallies[record.unit].add(record, (index, member))
            fact = cross_view(record, unit_types, rules)
            if fact is not None:
                facts.append(fact)
        del group
    client = (time.perf_counter() - t) / len(blobs)
    store.files()  # written out: what stays is the summaries
    gc.collect()
    kept = (tracemalloc.get_traced_memory()[0] - base) / len(blobs)
    tracemalloc.stop()
    ocr_page = _ocr_page()
    return {
        "costs": dict(costs),
        "walk": walk,
        "client": client,
        "record_bytes": record_bytes,
        "kept": kept,
        "entry_bytes": entry_bytes,
        "ocr_page": ocr_page,
    }


def _ocr_page() -> float:
    """Seconds the OCR engine spends on a page of the sample's scanned PDF (1.5 if none)."""
    from evidence_audit.files.extract import extract

    for pdf in sorted((ROOT / "sample_archive").rglob("*.pdf")):
        with pdf.open("rb") as stream:
            t = time.perf_counter()
            found = extract(stream, "pdf", Limits(ocr_pages=1))
            seconds = time.perf_counter() - t
        if any(p.code == "ocr_text" for p in found.problems):
            return seconds
    return 1.5


def simulate(files: int, workers: int, m: dict[str, object], args: argparse.Namespace) -> dict:
    rng = random.Random(7)
    costs: dict[str, list[float]] = m["costs"]  # type: ignore[assignment]
    pool = [c for values in costs.values() for c in values]
    ocr = float(m["ocr_page"]) * args.pages  # type: ignore[arg-type]
    free = [0.0] * workers  # when each worker is next free
    heapq.heapify(free)
    busy = 0.0
    for start in range(0, files, BATCH):
        n = min(BATCH, files - start)
        work = sum(rng.choice(pool) + (ocr if rng.random() < args.scans else 0.0) for _ in range(n))
        busy += work
        at = heapq.heappop(free)
        heapq.heappush(free, at + work)
    reading = max(free)
    folders = files / args.files_per_dir
    walk = folders * args.dir_ms / 1000 + files * float(m["walk"])  # type: ignore[arg-type]
    bandwidth = files * args.file_mb / args.share_mbps
    scheduler = (files / BATCH) * args.task_ms / 1000 if workers > 1 else 0.0
    client = files * float(m["client"])  # type: ignore[arg-type]
    results = files * float(m["record_bytes"]) / (args.client_mbps * 2**20)  # type: ignore[arg-type]
    stages = {
        "reading": reading,
        "share bandwidth": bandwidth,
        "scheduler": scheduler,
        "client": client,
        "results to client": results,
    }
    bottleneck = max(stages, key=lambda k: stages[k])
    memory = args.base_mb + files * (float(m["kept"]) + float(m["entry_bytes"])) / 2**20  # type: ignore[arg-type]
    return {
        "wall": walk + stages[bottleneck],
        "walk": walk,
        "bottleneck": bottleneck,
        "stages": stages,
        "memory_mb": memory,
        "cpu_hours": busy / 3600,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4, 16, 64])
    parser.add_argument("--scans", type=float, default=1 / 3, help="share of files OCR reads")
    parser.add_argument("--pages", type=int, default=3, help="pages OCR reads per scan")
    parser.add_argument("--rounds", type=int, default=3, help="timings per sample file")
    parser.add_argument("--dir-ms", type=float, default=5.0, help="listing one folder (share)")
    parser.add_argument("--files-per-dir", type=float, default=20.0)
    parser.add_argument("--file-mb", type=float, default=1.0, help="average file size")
    parser.add_argument("--share-mbps", type=float, default=110.0, help="the share's MB/s")
    parser.add_argument("--client-mbps", type=float, default=110.0, help="results' MB/s in")
    parser.add_argument("--task-ms", type=float, default=1.0, help="scheduler per task")
    parser.add_argument("--base-mb", type=float, default=110.0, help="client before files")
    args = parser.parse_args()
    m = measure(args.rounds)
    costs: dict[str, list[float]] = m["costs"]  # type: ignore[assignment]
    pool = [c for values in costs.values() for c in values]
    print("measured on this machine (sample archive, best of "
          f"{args.rounds} per file, OCR off):")  # fmt: skip
    print(f"  read and judge a file: mean {statistics.mean(pool) * 1000:.1f} ms, "
          f"median {statistics.median(pool) * 1000:.1f} ms over {len(pool)} files; by format: "
          + ", ".join(f"{k} {statistics.mean(v) * 1000:.0f} ms" for k, v in sorted(costs.items())))  # fmt: skip
    print(f"  OCR: {m['ocr_page']:.2f} s a page; client per file: "
          f"{float(m['client']) * 1000:.2f} ms; record sent: {float(m['record_bytes']) / 1024:.1f} KB; "
          f"kept per file: {float(m['kept']) / 1024:.2f} KB summaries + "
          f"{float(m['entry_bytes']) / 1024:.2f} KB listing; walk (local disk): "
          f"{float(m['walk']) * 1e6:.0f} µs a file")  # fmt: skip
    print(f"assumed: {args.scans:.0%} scans of {args.pages} pages; share: {args.dir_ms:g} ms a "
          f"folder of {args.files_per_dir:g} files, {args.file_mb:g} MB a file at "
          f"{args.share_mbps:g} MB/s; scheduler {args.task_ms:g} ms a task of {BATCH} files")  # fmt: skip
    print(f"\n{args.files:,} files:")
    print("workers | wall time | walk | reading | bottleneck | client memory")
    for w in args.workers:
        r = simulate(args.files, w, m, args)
        print(f"{w:7d} | {r['wall'] / 3600:8.1f} h | {r['walk'] / 60:4.0f} min | "
              f"{r['stages']['reading'] / 3600:6.1f} h | {r['bottleneck']} | "
              f"{r['memory_mb'] / 1024:.1f} GB")  # fmt: skip


if __name__ == "__main__":
    main()
