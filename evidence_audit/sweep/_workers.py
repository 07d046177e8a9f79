"""Analyse files in worker processes that a crashing or hanging parser cannot take down,
and that never outlive the sweep.

A parser written in C or Rust can abort the whole process on a hostile file, or spin
where no Python signal reaches it. Files are therefore read in worker processes, one
file at a time each, so the sweep always knows which file a worker is on and since when:

- a worker that dies takes only its file with it: the file is read once more in a fresh
  worker, and if that one dies too the file is reported ``unreadable``;
- a worker still on its file when the per-file limit is up (stuck in native code, or
  stopped) is killed and its file reported ``timeout``: one file never costs more than
  the limit;
- workers die with the sweep: each watches its parent (on Linux the kernel kills it
  when the parent dies, even by SIGKILL; elsewhere a watchdog thread notices within half
  a second), ignores Ctrl-C (which the terminal sends to the whole process group: the
  parent decides), and the parent kills every worker when it stops for any reason.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import secrets
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any

from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..judge.analyze import failed_record
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from ._redact import read_entry, seal_record
from .store import Pickled

Progress = Callable[[int, int, str], None]
#: Time a worker gets past the per-file limit to report the timeout itself.
_GRACE = 1.0
_WATCH_EVERY = 0.5
_PR_SET_PDEATHSIG = 1


def analyze_isolated(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    limits: Limits,
    workers: int,
    progress: Progress | None = None,
    secret: bytes = b"",
) -> list[list[FileRecord]]:
    """The sealed records of each entry, in order, read by ``workers`` processes
    (``secret`` keys the personal numbers, see :mod:`~evidence_audit.sweep._redact`)."""
    results: list[list[FileRecord]] = [[] for _ in entries]
    for index, records in iter_isolated(entries, rules, limits, workers, progress, secret):
        results[index] = records
    return results


def iter_isolated(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    limits: Limits,
    workers: int,
    progress: Progress | None = None,
    secret: bytes = b"",
) -> Iterator[tuple[int, list[FileRecord]]]:
    """(index of the entry, its sealed records) for every entry, as soon as each is read:
    the caller never holds more than the results it keeps."""
    with _Pool(max(1, workers), rules, limits, secret or secrets.token_bytes(32)) as pool:
        yield from pool.run(entries, progress)


# --- in the worker ---------------------------------------------------------------------


def _die_with_parent(sweep: int, direct: bool) -> None:
    """End this process as soon as its parent is gone, however the parent ended.

    ``sweep`` is the sweep's process; ``direct`` says it is this process's parent (fork
    and spawn; with forkserver the parent is the server, which ends with the sweep).
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # the kernel's own watchdog
    parent = os.getppid()
    if direct and parent != sweep:  # the sweep died before the line above
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(_WATCH_EVERY)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _serve(
    conn: Connection, rules: Ruleset, limits: Limits, secret: bytes, sweep: int, direct: bool
) -> None:
    """A worker: read files one at a time until told to stop or orphaned."""
    _die_with_parent(sweep, direct)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent to handle
    for name in ("SIGTERM", "SIGHUP"):  # not the parent's handlers, inherited by fork
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    # What the worker inherited from the sweep (forked: its listing, the ruleset) is never
    # its garbage: out of the collector's sight, it costs nothing to collect after each
    # file, and its pages stay shared with the parent's.
    gc.freeze()
    _work(conn, rules, limits, secret)


def _work(conn: Connection, rules: Ruleset, limits: Limits, secret: bytes) -> None:
    """Answer each task (index, packed entry) with (index, the records pickled)."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, packed = task
        records = read_entry(_unpack(packed), rules, limits, secret)
        blobs = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in records]
        del records
        conn.send((index, blobs))
        del blobs
        # Readers leave reference cycles behind (python-docx's package and its parts,
        # holding lxml trees in native memory; pypdfium2's handles) that only a full
        # collection frees, and the collector, blind to native memory, runs one rarely:
        # a worker grew by 30 MB every thousand files. Collected after each file, it
        # stays the size of one file's work (bench/memory_worker.py).
        gc.collect()


# --- in the sweep ----------------------------------------------------------------------


def _pack(entry: FileEntry) -> tuple[object, ...]:
    """An entry to send to a worker, its strings as UTF-8 bytes: pickling the strings
    themselves would leave a UTF-8 copy of each on the sweep's listing (CPython caches it
    on the string), three strings a file for the whole sweep."""
    return (
        *(s.encode("utf-8", "surrogatepass") for s in (entry.path, entry.unit, entry.disk_path)),
        entry.size,
        entry.mtime_ns,
        entry.dev,
        entry.ino,
        entry.problems,
    )


def _unpack(packed: tuple[Any, ...]) -> FileEntry:
    path, unit, disk_path, *rest = packed
    strings = (b.decode("utf-8", "surrogatepass") for b in (path, unit, disk_path))
    return FileEntry(*strings, *rest)


class _Worker:
    def __init__(
        self,
        context: multiprocessing.context.BaseContext,
        rules: Ruleset,
        limits: Limits,
        secret: bytes,
    ) -> None:
        self.conn, theirs = context.Pipe()
        direct = context.get_start_method() != "forkserver"
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, rules, limits, secret, os.getpid(), direct),
            daemon=True,
            name="evidence-audit-worker",
        )
        self.process.start()
        theirs.close()
        self.index: int | None = None
        self.deadline: float | None = None

    def give(self, index: int, entry: FileEntry, seconds: float) -> None:
        self.index = index
        self.deadline = time.monotonic() + seconds + _GRACE if seconds > 0 else None
        self.conn.send((index, _pack(entry)))

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
            self.process.join(timeout=1)
        self.kill()


class _Pool:
    def __init__(self, size: int, rules: Ruleset, limits: Limits, secret: bytes) -> None:
        self.size = size
        self.secret = secret
        self.rules = rules
        self.limits = limits
        self.context = multiprocessing.get_context()
        self.workers: list[_Worker] = []

    def __enter__(self) -> _Pool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop every worker: politely after a sweep, at once when it was interrupted."""
        for worker in self.workers:
            if exc is None and worker.index is None:
                worker.stop()
            else:
                worker.kill()
        self.workers.clear()

    def run(
        self, entries: Sequence[FileEntry], progress: Progress | None
    ) -> Iterator[tuple[int, list[FileRecord]]]:
        """(index, records) of every entry, in the order they are finished."""
        out: deque[tuple[int, list[FileRecord]]] = deque()
        queue = deque(range(len(entries)))
        retried: set[int] = set()
        idle: list[_Worker] = []
        busy: list[_Worker] = []
        done = 0
        seconds = self.limits.seconds_per_file

        def finish(index: int, records: list[FileRecord]) -> None:
            nonlocal done
            out.append((index, records))
            done += 1
            if progress:
                progress(done, len(entries), entries[index].path)

        def lost(worker: _Worker, timed_out: bool) -> None:
            busy.remove(worker)
            self.workers.remove(worker)
            worker.kill()
            index = worker.index
            assert index is not None
            entry = entries[index]
            if timed_out:
                finish(index, [seal_record(failed_record(
                    entry, self.rules, "timeout",
                    f"读取超过 {seconds:g} 秒仍未完成（读取程序无响应），已跳过",
                ), self.secret)])  # fmt: skip
            elif index not in retried:  # one more try alone, in a fresh worker
                retried.add(index)
                queue.appendleft(index)
            else:
                finish(index, [seal_record(failed_record(
                    entry, self.rules, "unreadable",
                    "解析该文件时读取程序崩溃，文件可能已损坏或结构异常",
                ), self.secret)])  # fmt: skip

        while queue or busy:
            while queue and (idle or len(self.workers) < self.size):
                worker = idle.pop() if idle else self._spawn()
                index = queue.popleft()
                busy.append(worker)
                try:
                    worker.give(index, entries[index], seconds)
                except OSError:
                    lost(worker, timed_out=False)
            if not busy:
                continue
            deadlines = [w.deadline for w in busy if w.deadline is not None]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            now = time.monotonic()
            for worker in list(busy):
                try:
                    answer = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):
                    lost(worker, timed_out=False)
                    continue
                if answer is not None:
                    busy.remove(worker)
                    worker.index = worker.deadline = None
                    idle.append(worker)
                    finish(answer[0], Pickled.of(answer[1]))
                elif not worker.process.is_alive():
                    lost(worker, timed_out=False)
                elif worker.deadline is not None and now >= worker.deadline:
                    lost(worker, timed_out=True)
            while out:
                yield out.popleft()
        while out:
            yield out.popleft()

    def _spawn(self) -> _Worker:
        worker = _Worker(self.context, self.rules, self.limits, self.secret)
        self.workers.append(worker)
        return worker
