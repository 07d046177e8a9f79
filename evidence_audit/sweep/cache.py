"""Results of the per-file work, kept between sweeps so that a scheduled sweep only reads
the files that changed.

A file's records are stored under a key made of its path, size and modification time, the
ruleset's fingerprint, the tool version and the limits: change any of them and the file
is read again. The cache is one SQLite file in a folder outside the archive.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from .._version import __version__
from ..files.extract.base import Limits
from ..files.scan import FileEntry
from ..models import FileRecord
from ..rules.ruleset import Ruleset

_SCHEMA = "CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, path TEXT, value BLOB)"


def default_cache_dir() -> Path:
    """%LOCALAPPDATA%\\evidence-audit on Windows, $XDG_CACHE_HOME or ~/.cache elsewhere."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "evidence-audit"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "evidence-audit"


def _code_digest() -> str:
    """A digest of the package's own code: an upgrade (or a patch) invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class RecordCache:
    """A key → records store. Use as a context manager; writes commit on exit."""

    def __init__(self, folder: str | os.PathLike[str], rules: Ruleset, limits: Limits) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.folder / "records.sqlite")
        self._db.execute(_SCHEMA)
        salt = f"{__version__}|{_code_digest()}|{rules.fingerprint}|{limits!r}"
        self._salt = hashlib.sha256(salt.encode()).hexdigest()
        self.hits = 0
        self.misses = 0

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.commit()
        self._db.close()

    def key(self, entry: FileEntry) -> str | None:
        """The entry's key, or None when it can't be stat'ed (then it is never cached)."""
        try:
            st = os.stat(entry.disk_path)
        except OSError:
            return None
        raw = f"{self._salt}|{entry.path}|{st.st_size}|{st.st_mtime_ns}"
        return hashlib.sha256(raw.encode()).hexdigest()

    def get(self, key: str) -> list[FileRecord] | None:
        row = self._db.execute("SELECT value FROM records WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            records: list[FileRecord] = pickle.loads(row[0])
        except Exception:  # a cache from an incompatible version: read the file again
            self.misses += 1
            return None
        self.hits += 1
        return records

    def put(self, key: str, path: str, records: Sequence[FileRecord]) -> None:
        if any(p.code in ("timeout", "file_vanished") for r in records for p in r.problems):
            return  # transient: try again next time
        self._db.execute(
            "INSERT OR REPLACE INTO records (key, path, value) VALUES (?, ?, ?)",
            (key, path, pickle.dumps(list(records), protocol=pickle.HIGHEST_PROTOCOL)),
        )

    def prune(self, keep: Iterable[str]) -> int:
        """Forget every entry not in ``keep`` (files deleted or changed since)."""
        wanted = set(keep)
        stale = [k for (k,) in self._db.execute("SELECT key FROM records") if k not in wanted]
        self._db.executemany("DELETE FROM records WHERE key = ?", [(k,) for k in stale])
        return len(stale)
