"""Analyse files in worker processes that a crashing or hanging parser cannot take down.

A parser written in C or Rust can abort the whole process on a hostile file, or spin
where no Python signal reaches it. Files are therefore read in worker processes, a few
at a time: if a worker dies or stalls, the files it may have been reading are each read
again alone, and the one that kills its worker again is reported as unreadable; the
sweep goes on with a fresh pool.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout  # not the builtin before 3.11
from concurrent.futures.process import BrokenProcessPool

from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..judge.analyze import analyze_entry, failed_record
from ..models import FileRecord
from ..rules.ruleset import Ruleset

Progress = Callable[[int, int, str], None]


def analyze_isolated(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    limits: Limits,
    workers: int,
    progress: Progress | None = None,
) -> list[list[FileRecord]]:
    """The records of each entry, in order, read by ``workers`` processes."""
    results: list[list[FileRecord] | None] = [None] * len(entries)
    queue = deque(range(len(entries)))
    done = 0
    # A worker that neither finishes nor hits its own SIGALRM limit is stuck in C code.
    stall = limits.seconds_per_file * 2 + 2 if limits.seconds_per_file > 0 else None

    def finish(index: int, records: list[FileRecord]) -> None:
        nonlocal done
        results[index] = records
        done += 1
        if progress:
            progress(done, len(entries), entries[index].path)

    while queue:
        pool = ProcessPoolExecutor(max_workers=workers)
        in_flight: dict[Future[list[FileRecord]], int] = {}
        suspects: list[int] = []
        try:
            while queue or in_flight:
                while queue and len(in_flight) < workers * 2:
                    index = queue.popleft()
                    future = pool.submit(analyze_entry, entries[index], rules, limits)
                    in_flight[future] = index
                finished, _ = wait(in_flight, timeout=stall, return_when=FIRST_COMPLETED)
                if not finished:
                    suspects = list(in_flight.values())
                    break
                for future in finished:
                    index = in_flight.pop(future)
                    try:
                        records = future.result()
                    except BrokenProcessPool:
                        suspects = [index, *in_flight.values()]
                        break
                    finish(index, records)
                if suspects:
                    break
        finally:
            _stop(pool)
        for index in suspects:
            finish(index, _alone(entries[index], rules, limits, stall))
    return [r if r is not None else [] for r in results]


def _alone(
    entry: FileEntry, rules: Ruleset, limits: Limits, stall: float | None
) -> list[FileRecord]:
    """Read one file in a process of its own, to tell whether it is the one that crashes."""
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        return pool.submit(analyze_entry, entry, rules, limits).result(timeout=stall)
    except BrokenProcessPool:
        return [
            failed_record(
                entry, rules, "unreadable", "解析该文件时读取程序崩溃，文件可能已损坏或结构异常"
            )
        ]
    except (FutureTimeout, TimeoutError):
        return [failed_record(entry, rules, "timeout", "读取该文件时程序长时间无响应，已跳过")]
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting for a stuck worker."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to kill
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)
