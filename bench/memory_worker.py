"""Memory of one worker's per-file work: what reading file after file leaves behind.

    python bench/memory_worker.py ARCHIVE [--files 3000] [--every 500] [--no-collect]

Reads the archive's files one after the other in this process exactly as a worker does
(``read_entry``, OCR off), and prints the resident memory every ``--every`` files, with
and without a full garbage collection after each file (``--no-collect``: what a worker
did before it collected), so that the growth per thousand files shows.
"""

from __future__ import annotations

import argparse
import gc
import secrets
import time
from dataclasses import replace

import psutil

from evidence_audit.files.scan import scan_archive
from evidence_audit.judge.analyze import DEFAULT_LIMITS
from evidence_audit.rules.ruleset import load_ruleset
from evidence_audit.sweep._redact import read_entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--no-collect", action="store_true")
    args = parser.parse_args()
    rules = load_ruleset(None)
    limits = replace(DEFAULT_LIMITS, ocr=False)
    entries = scan_archive(args.archive).files[: args.files]
    secret = secrets.token_bytes(32)
    me = psutil.Process()
    gc.freeze()
    started = time.perf_counter()
    print(f"{len(entries)} files; collect after each: {not args.no_collect}")
    print(f"      0 files: {me.memory_info().rss / 2**20:6.1f} MB")
    for done, entry in enumerate(entries, 1):
        read_entry(entry, rules, limits, secret)
        if not args.no_collect:
            gc.collect()
        if done % args.every == 0 or done == len(entries):
            seconds = time.perf_counter() - started
            print(
                f"  {done:5d} files: {me.memory_info().rss / 2**20:6.1f} MB "
                f"({done / seconds:.0f} files/s)",
                flush=True,
            )


if __name__ == "__main__":
    main()
