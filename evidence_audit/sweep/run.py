"""Run the per-file work over many files: in this process, or in worker processes that a
crashing parser cannot take down, reusing cached results where the file is unchanged.

Every record leaves the sweep sealed (:mod:`~evidence_audit.sweep.redact`): personal
numbers keyed with the cache's secret, or with a fresh secret for a sweep without cache.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence

from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..judge.analyze import DEFAULT_LIMITS
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from .cache import RecordCache
from .redact import read_entry
from .workers import analyze_isolated

ProgressCallback = Callable[[int, int, str], None]


def analyze_entries(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    *,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    cache: str | os.PathLike[str] | None = None,
    prune: bool = False,
) -> list[FileRecord]:
    """The records of every entry, in order (a zip's own record, then its members').

    With ``cache``, unchanged files come from the cache and fresh results are stored;
    ``prune`` forgets entries of files no longer seen (only for a sweep of every unit).
    """
    if cache is None:
        groups = analyze_groups(
            entries, rules, jobs=jobs, limits=limits, progress=progress,
            secret=secrets.token_bytes(32),
        )  # fmt: skip
        return [record for group in groups for record in group]
    with RecordCache(cache, rules, limits) as store:
        records, keys = analyze_cached(entries, rules, store, jobs, limits, progress)
        if prune:
            store.prune(keys)
    return records


def analyze_cached(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    store: RecordCache,
    jobs: int | None,
    limits: Limits,
    progress: ProgressCallback | None,
) -> tuple[list[FileRecord], list[str]]:
    """Records from the cache where the file is unchanged, read afresh elsewhere; and the
    keys of every file seen."""
    found: dict[int, list[FileRecord]] = {}
    todo: list[tuple[int, FileEntry, str | None]] = []
    keys: list[str] = []
    for index, entry in enumerate(entries):
        key = store.key(entry)
        if key is not None:
            keys.append(key)
        cached = store.get(key, entry) if key is not None else None
        if cached is not None:
            found[index] = cached
        else:
            todo.append((index, entry, key))
    fresh = analyze_groups(
        [e for _, e, _ in todo], rules, jobs=jobs, limits=limits, progress=progress,
        secret=store.secret,
    )  # fmt: skip
    for (index, entry, key), records in zip(todo, fresh, strict=True):
        found[index] = records
        if key is not None:
            store.put(key, entry, records)
    return [r for index in range(len(entries)) for r in found[index]], keys


def analyze_groups(
    entries: Sequence[FileEntry],
    rules: Ruleset,
    *,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    secret: bytes | None = None,
) -> list[list[FileRecord]]:
    """The sealed records of each entry, in order: the file's own, then its members'.

    ``jobs=1`` reads in this process (fast for a few files, but a parser that aborts
    takes the caller down with it); any other value, or None for one per CPU, reads in
    worker processes that a crashing or hanging parser cannot take down. ``secret`` keys
    the sealed personal numbers (a fresh one when None).
    """
    secret = secret or secrets.token_bytes(32)
    if jobs == 1:
        groups: list[list[FileRecord]] = []
        for done, entry in enumerate(entries, 1):
            groups.append(read_entry(entry, rules, limits, secret))
            if progress:
                progress(done, len(entries), entry.path)
        return groups
    workers = max(1, min(jobs or os.cpu_count() or 1, len(entries)))
    return analyze_isolated(entries, rules, limits, workers, progress, secret)
