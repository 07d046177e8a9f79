"""Run the per-file work on a Dask distributed cluster (``pip install 'evidence-audit[dask]'``).

The cluster is one that already runs (``dask scheduler`` on one machine, ``dask worker
tcp://SCHEDULER:8786`` on machines that mount the archives, with evidence-audit installed
on each). Files are sent in batches, so that a million files make a few thousand tasks,
never more in flight than the workers can start on; each batch returns its records to
this process, which stores them in its cache and keeps only what the audit needs.

A file that kills its worker is handled as the local pool handles it: Dask retries the
batch on another worker (``distributed.scheduler.allowed-failures`` times); a batch that
keeps killing workers is split into one task per file, and the file that still kills
its worker is reported ``unreadable`` with the reason. A file stuck in native code past
the per-file limit brings its worker down (the nanny starts a fresh one) and is reported
``timeout``. The records are the same as a local run's.
"""

from __future__ import annotations

import math
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import replace
from types import TracebackType
from typing import Any

from ..errors import EvidenceAuditError
from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..judge.analyze import failed_record
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from ._redact import read_entry, seal_record
from .run import ProgressCallback, Results

try:
    from distributed import Client, KilledWorker, Worker, as_completed
    from distributed.utils import sync
except ImportError as exc:  # pragma: no cover - said to the user
    raise EvidenceAuditError(
        "使用 --scheduler 需要安装 Dask：pip install 'evidence-audit[dask]'"
    ) from exc

#: Files per task at most: large enough that the scheduler is not flooded (a million
#: files make some 16,000 tasks), small enough to spread a prefecture over 64 workers.
MAX_BATCH = 64
_STALLED = "evidence-audit-stalled"
CRASHED = "解析该文件时读取程序崩溃，文件可能已损坏或结构异常"
STUCK = "读取超过 {seconds:g} 秒仍未完成（读取程序无响应），已跳过"  # as the local pool says


class DaskExecutor:
    """The per-file work on the Dask cluster whose scheduler is at ``address``.

    ``path_map`` holds (prefix here, prefix on the workers) pairs for workers that mount
    the archives at another path; the first matching prefix is replaced. Use as a
    context manager: the connection is closed on exit.
    """

    def __init__(
        self,
        address: str | Client,
        *,
        path_map: Sequence[tuple[str, str]] = (),
        batch_files: int = MAX_BATCH,
    ) -> None:
        self._address = address
        self.path_map = tuple((os.path.abspath(here), there) for here, there in path_map)
        self.batch_files = max(1, batch_files)
        self._client: Client | None = None
        self._own = False

    def __enter__(self) -> DaskExecutor:
        if isinstance(self._address, Client):
            self._client = self._address
        else:
            try:
                self._client = Client(self._address)  # distributed.comm.timeouts.connect
            except OSError as exc:
                raise EvidenceAuditError(f"无法连接 Dask 调度器 {self._address}：{exc}") from exc
            self._own = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._own and self._client is not None:
            self._client.close()
        self._client = None

    @property
    def client(self) -> Client:
        if self._client is None:
            raise RuntimeError("DaskExecutor is used outside its with block")
        return self._client

    def worker_path(self, path: str) -> str:
        """Where the workers find the file that is at ``path`` here."""
        absolute = os.path.abspath(path)
        for here, there in self.path_map:
            if absolute == here or absolute.startswith(here.rstrip(os.sep) + os.sep):
                rest = absolute[len(here) :].lstrip(os.sep).replace(os.sep, "/")
                return f"{there.rstrip('/')}/{rest}" if rest else there
        return absolute

    def _shipped(self, entry: FileEntry) -> FileEntry:
        """The entry as a worker finds it: its path there; where the workers mount the
        share elsewhere, another device and inode (the size and time still checked)."""
        there = self.worker_path(entry.disk_path)
        if there == os.path.abspath(entry.disk_path):
            return replace(entry, disk_path=there)
        return replace(entry, disk_path=there, dev=None, ino=None)

    def analyze(
        self,
        entries: Sequence[FileEntry],
        rules: Ruleset,
        limits: Limits,
        progress: ProgressCallback | None,
        secret: bytes,
    ) -> Results:
        if not entries:
            return
        client: Any = self.client
        threads = max(1, sum(client.nthreads().values()))
        size = max(1, min(self.batch_files, math.ceil(len(entries) / (threads * 4))))
        queue: deque[list[int]] = deque(
            list(range(i, min(i + size, len(entries)))) for i in range(0, len(entries), size)
        )
        shipped = [self._shipped(e) for e in entries]
        sweep_id = uuid.uuid4().hex[:12]
        done = 0
        pending: Any = as_completed()
        # key → (entry indices, read alone?); files of a batch that kept killing its
        # workers wait in ``suspects`` and are then read one at a time, nothing else
        # running, so that only the file that kills can be blamed for a death
        tasks: dict[str, tuple[list[int], bool]] = {}
        suspects: deque[int] = deque()
        count = 0

        def submit(batch: list[int], alone: bool) -> None:
            nonlocal count
            count += 1
            future = client.submit(
                analyze_batch,
                [shipped[i] for i in batch],
                rules,  # 24 KB for the built-in ruleset: sent with each batch, never lost
                limits,
                secret,
                key=f"evidence-audit-{sweep_id}-{count}",
                pure=False,
                retries=0,
            )
            tasks[str(future.key)] = (batch, alone)
            pending.add(future)

        def fill() -> None:
            while queue and len(tasks) < threads * 2:
                submit(queue.popleft(), alone=False)
            if not queue and not tasks and suspects:
                submit([suspects.popleft()], alone=True)

        fill()
        try:
            while tasks:
                future: Any = next(pending)
                batch, alone = tasks.pop(str(future.key))
                outcome = self._outcome(future, batch, alone, entries, rules, limits, secret)
                for index, records in outcome:
                    if records is None:
                        suspects.append(index)
                        continue
                    done += 1
                    if progress:
                        progress(done, len(entries), entries[index].path)
                    yield index, records
                future.release()
                fill()
        finally:
            for future in list(pending.futures):
                future.cancel()

    def _outcome(
        self,
        future: Any,
        batch: list[int],
        alone: bool,
        entries: Sequence[FileEntry],
        rules: Ruleset,
        limits: Limits,
        secret: bytes,
    ) -> Iterator[tuple[int, list[FileRecord] | None]]:
        """The records of a finished task; None for a file to be read again alone."""
        try:
            groups: list[list[FileRecord]] = future.result()
        except KilledWorker:
            if not alone:
                for index in batch:
                    yield index, None
                return
            entry = entries[batch[0]]
            client: Any = self.client
            stuck = client.get_metadata([_STALLED, entry.path], default=False)
            if stuck:
                code, message = "timeout", STUCK.format(seconds=limits.seconds_per_file)
            else:
                code, message = "unreadable", CRASHED
            yield batch[0], [seal_record(failed_record(entry, rules, code, message), secret)]
            return
        except Exception as exc:
            raise EvidenceAuditError(
                f"Dask 集群无法完成读取（请确认每个 worker 都安装了 evidence-audit 并能访问档案）："
                f"{type(exc).__name__}: {exc}"
            ) from exc
        yield from zip(batch, groups, strict=True)


def analyze_batch(
    entries: Sequence[FileEntry], rules: Ruleset, limits: Limits, secret: bytes
) -> list[list[FileRecord]]:
    """The task a worker runs: each entry's records, in order.

    A file still running twice its time limit later is stuck where no exception reaches
    (native code): the worker marks it and ends itself, as the local pool ends a stuck
    worker process; Dask then starts a fresh worker and retries the batch without it.
    """
    from distributed import get_worker

    worker = get_worker()
    out = []
    for entry in entries:
        with _Watchdog(worker, entry, limits):
            out.append(read_entry(entry, rules, limits, secret))
    return out


class _Watchdog:
    """Ends this worker process if one file outlives twice its time limit (plus 2 s)."""

    def __init__(self, worker: Worker, entry: FileEntry, limits: Limits) -> None:
        self.worker = worker
        self.entry = entry
        seconds = limits.seconds_per_file
        self.timer = threading.Timer(seconds * 2 + 2, self._stuck) if seconds > 0 else None

    def __enter__(self) -> None:
        if self.timer is not None:
            self.timer.daemon = True
            self.timer.start()

    def __exit__(self, *exc: object) -> None:
        if self.timer is not None:
            self.timer.cancel()

    def _stuck(self) -> None:
        try:  # tell the scheduler why, so that the file is reported as timed out
            sync(
                self.worker.loop,
                self.worker.scheduler.set_metadata,
                keys=[_STALLED, self.entry.path],
                value=True,
            )
        finally:
            os._exit(70)
