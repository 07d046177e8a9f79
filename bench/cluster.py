"""A Dask cluster on this machine against the local pool, on the same archive.

    python bench/cluster.py [--files 1500] [--runs 2]

Starts `dask scheduler` and two `dask worker` processes (one thread each: the same two
readers as `--jobs 2`), builds the sample archive multiplied to about ``--files`` files
with hard links, and runs, alternately, `evidence-audit ARCHIVE --jobs 2` and
`evidence-audit ARCHIVE --scheduler ADDRESS`, each writing its JSON report. Prints the
wall time of every run, whether the reports are the same byte for byte, and the ratio of
the medians (cluster / local). OCR is off in both (--no-ocr).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from province import build

BIN = Path(sys.executable).parent


def _start_cluster(folder: Path, env: dict[str, str]) -> tuple[str, list[subprocess.Popen[bytes]]]:
    info = folder / "scheduler.json"
    log = open(folder / "cluster.log", "wb")  # noqa: SIM115 - closed with the processes
    scheduler = subprocess.Popen(
        [str(BIN / "dask"), "scheduler", "--scheduler-file", str(info), "--host", "127.0.0.1",
         "--port", "0", "--dashboard-address", "127.0.0.1:0"],
        env=env, stdout=log, stderr=log,
    )  # fmt: skip
    for _ in range(300):
        if info.exists() and info.stat().st_size:
            break
        time.sleep(0.1)
    address = json.loads(info.read_text())["address"]
    workers = [
        subprocess.Popen(
            [
                str(BIN / "dask"),
                "worker",
                address,
                "--nthreads",
                "1",
                "--nworkers",
                "1",
                "--host",
                "127.0.0.1",
                "--dashboard-address",
                "127.0.0.1:0",
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
        for _ in range(2)
    ]
    from distributed import Client

    with Client(address) as client:
        client.wait_for_workers(2, timeout=120)
    return address, [scheduler, *workers]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    env = dict(os.environ)
    base = Path(tempfile.mkdtemp(prefix="cluster-bench-", dir=Path(__file__).resolve().parents[2]))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        archive = base / "archive"
        made = build(archive, args.files)
        address, processes = _start_cluster(base, env)
        print(f"archive of {made} files; cluster at {address}: 2 workers × 1 thread")
        times: dict[str, list[float]] = {"local": [], "cluster": []}
        texts: dict[str, set[bytes]] = {"local": set(), "cluster": set()}
        for run in range(args.runs):
            for how, extra in (("local", ["--jobs", "2"]), ("cluster", ["--scheduler", address])):
                out = base / f"{how}-{run}.json"
                started = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "evidence_audit", str(archive), "-q", "--no-ocr",
                     "--json", str(out), *extra],
                    env=env, check=False,
                )  # fmt: skip
                seconds = time.perf_counter() - started
                if done.returncode not in (0, 1):
                    raise SystemExit(f"{how} ended with {done.returncode}")
                times[how].append(seconds)
                texts[how].add(out.read_bytes())
                print(f"  {how}: {seconds:.1f} s ({made / seconds:.0f} files/s)", flush=True)
        same = len(texts["local"] | texts["cluster"]) == 1
        ratio = statistics.median(times["cluster"]) / statistics.median(times["local"])
        print(f"same report byte for byte: {same}; wall time cluster / local: {ratio:.2f}")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
