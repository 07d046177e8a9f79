"""The records of one sweep, kept on disk as they are read, for the report's file list.

A sweep of a province reads hundreds of thousands of files; holding every record until
the report is written would make memory grow with the archive. The records (sealed: no
clear personal number, see :mod:`~evidence_audit.sweep._redact`) go into a private
temporary SQLite file instead, and the report's ``files`` reads them back one at a time,
sorted by path; the audit keeps its own compact summaries of what judging needs. The file
is removed when the report is no longer used (or at exit); a sweep killed outright (the
out-of-memory killer, ``kill -9``) cannot remove its own, so the next sweep removes the
folders of sweeps no longer running. Should the store fail (a full temporary folder), the
records are kept in memory instead: the report is the same, only its memory grows.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

from ..models import FileRecord

_BATCH = 500  # rows written at once
_PREFIX = "evidence-audit-"
_FOLDER = re.compile(re.escape(_PREFIX) + r"(\d+)-")  # the pid of the sweep that made it
_T = TypeVar("_T")


class Pickled(list[FileRecord]):
    """Records that arrive with their pickled form (``blobs``, one per record, made by
    the worker that read them): the store keeps those bytes as they are. Pickling in the
    sweep would cost its time and leave a UTF-8 copy on every Chinese string it touches,
    the strings the summaries keep included (CPython caches it on the string)."""

    blobs: Sequence[bytes] = ()

    @classmethod
    def of(cls, blobs: Sequence[bytes]) -> Pickled:
        """The records of ``blobs``, which they keep."""
        records = cls(pickle.loads(blob) for blob in blobs)
        records.blobs = blobs
        return records


class Unpickled(Sequence[_T]):
    """Objects kept as their pickles, each made again as it is read: for what the sweep
    must hold until its end and reads once or twice (the views of the checks across
    units), a third of their size as objects, whose many short strings and tuples each
    carry an object's header."""

    def __init__(self, blobs: Sequence[bytes]) -> None:
        self._blobs = blobs

    @staticmethod
    def pickle(value: object) -> bytes:
        """The form a value is kept in."""
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._blobs)

    def __iter__(self) -> Iterator[_T]:
        for blob in self._blobs:
            value: _T = pickle.loads(blob)
            yield value

    @overload
    def __getitem__(self, index: int) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[_T]: ...
    def __getitem__(self, index: int | slice) -> _T | Sequence[_T]:
        if isinstance(index, slice):
            return Unpickled(self._blobs[index])
        value: _T = pickle.loads(self._blobs[index])
        return value


class RecordStore:
    """Records added in any order, read back sorted by path (then by the order of the
    archive). :meth:`files` ends the writing and gives the report's file list."""

    def __init__(self) -> None:
        remove_stale_stores()
        # readable by its owner only
        self._folder = tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-")
        self._db = sqlite3.connect(
            os.path.join(self._folder, "records.sqlite"), check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute(
            "CREATE TABLE files (path BLOB, entry INTEGER, member INTEGER, value BLOB)"
        )
        self._pending: list[tuple[bytes, int, int, bytes]] = []
        self._memory: list[tuple[bytes, int, int, bytes]] | None = None  # after a failure
        self._cleanup = weakref.finalize(self, _remove, self._db, self._folder)

    def add(self, entry: int, records: Sequence[FileRecord]) -> None:
        """The records of the ``entry``-th file of the archive (its own, then its members')."""
        blobs = records.blobs if isinstance(records, Pickled) else ()
        for member, record in enumerate(records):
            if member < len(blobs):
                value = blobs[member]
            else:
                value = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            self._pending.append((_key(record.path), entry, member, value))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._memory is None:
            try:
                self._db.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", self._pending)
            except sqlite3.Error:
                self._to_memory()
        if self._memory is not None:
            self._memory.extend(self._pending)
        self._pending.clear()

    def _to_memory(self) -> None:
        """The store failed: what it holds, and all that follows, is kept in memory."""
        self._memory = []
        with contextlib.suppress(sqlite3.Error):
            self._memory.extend(self._db.execute("SELECT path, entry, member, value FROM files"))

    def files(self) -> Sequence[FileRecord]:
        """The stored records as a sequence sorted by path; the store lives as long as it."""
        self._flush()
        if self._memory is None:
            try:
                self._db.execute("CREATE INDEX files_order ON files (path, entry, member)")
                self._db.commit()
                return StoredFiles(self)
            except sqlite3.Error:
                self._to_memory()
        assert self._memory is not None
        rows = sorted(self._memory, key=lambda row: row[:3])
        return tuple(pickle.loads(value) for *_, value in rows)

    def _rows(self, sql: str, *args: object) -> Iterator[FileRecord]:
        cursor = self._db.execute(sql, args)
        while rows := cursor.fetchmany(256):
            for (value,) in rows:
                record: FileRecord = pickle.loads(value)
                yield record


_ORDER = "ORDER BY path, entry, member"


class StoredFiles(Sequence[FileRecord]):
    """A report's files, read from its sweep's store as they are used."""

    def __init__(self, store: RecordStore) -> None:
        self._store = store
        (self._count,) = store._db.execute("SELECT count(*) FROM files").fetchone()

    def __len__(self) -> int:
        return int(self._count)

    def __iter__(self) -> Iterator[FileRecord]:
        return self._store._rows(f"SELECT value FROM files {_ORDER}")

    @overload
    def __getitem__(self, index: int) -> FileRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileRecord]: ...
    def __getitem__(self, index: int | slice) -> FileRecord | Sequence[FileRecord]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        sql = f"SELECT value FROM files {_ORDER} LIMIT 1 OFFSET ?"
        return next(self._store._rows(sql, index))

    def find(self, path: str) -> FileRecord | None:
        """The first record of ``path``, without reading the others."""
        sql = f"SELECT value FROM files WHERE path = ? {_ORDER} LIMIT 1"
        return next(self._store._rows(sql, _key(path)), None)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[tuple[FileRecord, ...]], tuple[list[FileRecord]]]:
        return tuple, (list(self),)  # pickled as the plain tuple of its records

    def __repr__(self) -> str:
        return f"<{len(self)} stored file records>"


def _key(path: str) -> bytes:
    """A path as the store keeps it: its UTF-8 bytes, in the same order as the text (a
    string bound as text would keep a UTF-8 copy of itself for as long as it lives)."""
    return path.encode("utf-8", "surrogatepass")


def remove_stale_stores(folder: str | None = None) -> list[str]:
    """Remove the stores that sweeps killed outright left in the temporary ``folder``:
    this user's, named by a process that no longer runs. Returns their paths. Not on
    Windows, where a process cannot be asked whether another runs without a library."""
    if os.name != "posix":
        return []
    folder = folder or tempfile.gettempdir()
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            match = _FOLDER.match(entry.name)
            if match is None or _running(int(match[1])):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False) and entry.stat().st_uid == os.getuid():
                    shutil.rmtree(entry.path)
                    removed.append(entry.path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        pass  # another user's, or not ours to ask about: it runs
    return True


def _remove(db: sqlite3.Connection, folder: str) -> None:
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
