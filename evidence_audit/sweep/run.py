"""Run the per-file work over many files: in this process, in worker processes that a
crashing parser cannot take down, or on a Dask cluster; reusing cached results where the
file is unchanged.

Every way of running is an :class:`Executor`: it yields each entry's records as soon as
they are read, so a caller that keeps only what it needs holds memory bounded by that,
not by the number of files.

Every record leaves the sweep sealed (:mod:`~evidence_audit.sweep._redact`): personal
numbers keyed with the cache's secret, or with a fresh secret for a sweep without cache.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, overload

from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..judge.analyze import DEFAULT_LIMITS
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from ._redact import read_entry
from ._workers import iter_isolated
from .cache import RecordCache

ProgressCallback = Callable[[int, int, str], None]
#: (index of the entry, its records: the file's own, then a zip's members'), as read.
Results = Iterator[tuple[int, list[FileRecord]]]


class Listing(Sequence[FileEntry]):
    """An archive's files for one sweep, each let go (:meth:`release`) once its records
    are taken: at 100,000 files the listing is some 60 MB, which would otherwise stay
    until the last file is read, on top of the summaries growing meanwhile."""

    def __init__(self, entries: Iterable[FileEntry]) -> None:
        self._entries: list[FileEntry | None] = list(entries)

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> FileEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileEntry]: ...
    def __getitem__(self, index: int | slice) -> FileEntry | Sequence[FileEntry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        entry = self._entries[index]
        if entry is None:
            raise RuntimeError(f"file {index} of the listing was asked for after its release")
        return entry

    def release(self, index: int) -> None:
        """Let the ``index``-th entry go: its records are taken, nothing reads it again."""
        self._entries[index] = None


class _Picked(Sequence[FileEntry]):
    """Some entries of a sequence, by their indices, without a copy of them (a copy would
    keep alive what the listing releases)."""

    def __init__(self, entries: Sequence[FileEntry], indices: Sequence[int]) -> None:
        self._entries = entries
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> FileEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileEntry]: ...
    def __getitem__(self, index: int | slice) -> FileEntry | Sequence[FileEntry]:
        if isinstance(index, slice):
            return _Picked(self._entries, self._indices[index])
        return self._entries[self._indices[index]]


class Executor(Protocol):
    """A way to run the per-file work: the local pool, or a Dask cluster."""

    def analyze(
        self,
        entries: Sequence[FileEntry],
        rules: Ruleset,
        limits: Limits,
        progress: ProgressCallback | None,
        secret: bytes,
    ) -> Results:
        """Every entry's sealed records (``secret`` keys the personal numbers), in the
        order they are finished."""
        ...


class LocalExecutor:
    """This machine: ``jobs=1`` reads in this process (fast for a few files, but a parser
    that aborts takes the caller down with it); any other value, or None for one per CPU,
    reads in worker processes that a crashing or hanging parser cannot take down."""

    def __init__(self, jobs: int | None = 1) -> None:
        self.jobs = jobs

    def analyze(
        self,
        entries: Sequence[FileEntry],
        rules: Ruleset,
        limits: Limits,
        progress: ProgressCallback | None,
        secret: bytes,
    ) -> Results:
        if self.jobs == 1:
            for done, entry in enumerate(entries, 1):
                yield done - 1, read_entry(entry, rules, limits, secret)
                if progress:
                    progress(done, len(entries), entry.path)
            return
        if not entries:
            return
        workers = max(1, min(self.jobs or os.cpu_count() or 1, len(entries)))
        yield from iter_isolated(entries, rules, limits, workers, progress, secret)


def sweep(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    *,
    executor: Executor | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    cache: str | os.PathLike[str] | None = None,
    root: str | os.PathLike[str] | None = None,
    prune: bool = False,
) -> Results:
    """Every entry's records, as soon as each is known: cached ones first, then the rest
    as the executor reads them (stored in the cache as they come). Given a
    :class:`Listing`, the caller may release each entry once it has taken its records.

    ``root`` is the archive the entries belong to: a cache shared by several archives
    keeps them apart, and ``prune`` (only for a sweep of every unit) forgets the files of
    that archive no longer seen.
    """
    run = executor or LocalExecutor(1)
    if cache is None:
        yield from run.analyze(entries, rules, limits, progress, secrets.token_bytes(32))
        return
    with RecordCache(cache, rules, limits) as store:
        todo: list[tuple[int, str | None]] = []
        keys: list[str] = []
        for index, entry in enumerate(entries):
            key = store.key(entry)
            cached = store.get(key, entry) if key is not None else None
            if key is not None:
                keys.append(key)
            if cached is not None:
                yield index, cached
            else:
                todo.append((index, key))
        fresh = _Picked(entries, [index for index, _ in todo])
        for position, records in run.analyze(fresh, rules, limits, progress, store.secret):
            index, key = todo[position]
            if key is not None:
                store.put(key, entries[index], records, root=root)
            yield index, records
        if prune:
            store.prune(keys, root=root)


def analyze_entries(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    *,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    cache: str | os.PathLike[str] | None = None,
    prune: bool = False,
    executor: Executor | None = None,
) -> list[FileRecord]:
    """The records of every entry, in order (a zip's own record, then its members').

    With ``cache``, unchanged files come from the cache and fresh results are stored;
    ``prune`` forgets entries of files no longer seen (only for a sweep of every unit).
    """
    groups = analyze_groups(
        entries,
        rules,
        jobs=jobs,
        limits=limits,
        progress=progress,
        cache=cache,
        prune=prune,
        executor=executor,
    )
    return [record for group in groups for record in group]


def analyze_groups(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    *,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    cache: str | os.PathLike[str] | None = None,
    prune: bool = False,
    executor: Executor | None = None,
) -> list[list[FileRecord]]:
    """The records of each entry, in order: the file's own, then its members'."""
    groups: list[list[FileRecord]] = [[] for _ in entries]
    results = sweep(
        entries,
        rules,
        executor=executor or LocalExecutor(jobs),
        limits=limits,
        progress=progress,
        cache=cache,
        prune=prune,
    )
    for index, records in results:
        groups[index] = records
    return groups
