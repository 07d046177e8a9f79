"""Results of the per-file work, kept between sweeps so that a scheduled sweep only reads
the files that changed.

The cache is one SQLite file, readable by its owner only, in a folder outside the archive.
It keeps what the audit needs and nothing personal in clear: records are stored sealed
(personal numbers as masked numbers with a keyed hash, texts masked, see
:mod:`~evidence_audit.sweep._redact`), with the file's name left out (it is the key's
business, and the key is a keyed hash). The key is made of the file's path, size,
modification time, device and inode as the walk saw them, the ruleset's fingerprint, the
tool's code, the limits, and whether OCR read pictures and scans and with which engine:
change any of them and the file is read again (a sweep with OCR never reuses results read
without it).

The secret that keys the hashes (of files and of ID numbers) is the cache's own, made
when the cache is made and kept in it: it is never derived from anything public.

A cache never stops a sweep. A folder that cannot hold it is a usage error said before any
file is read (:class:`CacheError`); a damaged database is set aside and rebuilt, with a
warning; a write that fails mid-sweep (a full disk) turns the cache off for the rest of the
sweep, with a warning, and the sweep goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import hmac
import logging
import os
import pickle
import secrets
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from .._version import __version__
from ..errors import EvidenceAuditError
from ..files.extract.base import Limits
from ..files.extract.ocr import engine_id
from ..files.scan import FileEntry
from ..findings import Problem
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from ..text.identity import mask_text

log = logging.getLogger("evidence_audit")

FILE_NAME = "records.sqlite"
_SCHEMA_VERSION = b"2"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB)",
    "CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, value BLOB, archive TEXT)",
)
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26  # SQLite's result codes
_COMMIT_EVERY = 200  # records written between commits: a killed sweep keeps most of its work


class CacheError(EvidenceAuditError):
    """The cache folder cannot be used (a usage error, said before the sweep starts)."""


def default_cache_dir() -> Path:
    """%LOCALAPPDATA%\\evidence-audit on Windows, $XDG_CACHE_HOME or ~/.cache elsewhere."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "evidence-audit"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "evidence-audit"


def check_cache_location(folder: str | os.PathLike[str]) -> None:
    """Raise :class:`CacheError` unless a cache can live in ``folder`` (it may not exist
    yet). Creates nothing."""
    path = Path(os.path.abspath(folder))
    if path.exists() and not path.is_dir():
        raise CacheError(f"缓存路径不是文件夹：{folder}")
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        raise CacheError(f"无法创建缓存目录：{folder}")
    if not os.access(existing, os.W_OK | os.X_OK):
        where = "缓存目录" if existing == path else "缓存目录的上级文件夹"
        raise CacheError(f"没有写入{where}的权限：{existing}")
    database = path / FILE_NAME
    if database.exists() or database.is_symlink():
        st = database.lstat()
        if not stat.S_ISREG(st.st_mode):
            raise CacheError(f"缓存文件不是普通文件：{database}")
        if not os.access(database, os.R_OK | os.W_OK):
            raise CacheError(f"没有读写缓存文件的权限：{database}")


def _code_digest() -> str:
    """A digest of the package's own code: an upgrade (or a patch) invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _private_file(path: Path) -> None:
    """Make sure ``path`` exists and only its owner can read or write it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)
    else:
        os.close(fd)


class RecordCache:
    """A key → records store. Use as a context manager; writes commit as they go and on exit."""

    def __init__(self, folder: str | os.PathLike[str], rules: Ruleset, limits: Limits) -> None:
        check_cache_location(folder)
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise CacheError(f"无法创建缓存目录：{folder}（{exc.strerror or exc}）") from exc
        self.path = self.folder / FILE_NAME
        self.hits = 0
        self.misses = 0
        self.broken = False  # a write failed: the cache is off for the rest of the sweep
        self._pending = 0
        self._db: sqlite3.Connection | None = None
        try:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                if not _is_damage(exc):
                    raise
                self._set_aside(exc)
                self._db = self._open()
        except sqlite3.Error as exc:  # locked by another sweep, an I/O error...
            log.warning("无法使用缓存 %s（%s），本次检查不使用缓存", self.path, exc)
            self.broken = True
        self.secret = self._secret()
        # Results read without OCR, or by another engine, are never reused for this sweep.
        reader = (engine_id() or "no engine") if limits.ocr else "no ocr"
        salt = f"{__version__}|{_code_digest()}|{rules.fingerprint}|{limits!r}|{reader}"
        self._salt = hashlib.sha256(salt.encode()).digest()

    # --- opening ----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            _private_file(self.path)
            db = sqlite3.connect(self.path, timeout=10)
        except (OSError, sqlite3.OperationalError) as exc:
            raise CacheError(f"无法打开缓存文件 {self.path}：{exc}") from exc
        try:
            db.execute("PRAGMA secure_delete = ON")  # what is deleted is overwritten
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check[0] if check else '?'}")
            columns = [row[1] for row in db.execute("PRAGMA table_info(records)")]
            if "path" in columns:  # written by an older version: clear names and numbers
                db.execute("DROP TABLE records")
                db.commit()
                db.execute("VACUUM")
            for statement in _SCHEMA:
                db.execute(statement)
            if "archive" not in [row[1] for row in db.execute("PRAGMA table_info(records)")]:
                # written before several archives shared a cache
                db.execute("ALTER TABLE records ADD COLUMN archive TEXT")
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _set_aside(self, exc: Exception) -> None:
        """Move a damaged database out of the way (kept for whoever wants to look)."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{FILE_NAME}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-journal", "-wal", "-shm"):
                side = self.path.with_name(FILE_NAME + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
        except OSError as move:
            raise CacheError(f"缓存文件已损坏且无法移开：{self.path}（{move.strerror}）") from exc
        log.warning(
            "缓存文件已损坏（%s），已移到 %s 并重建缓存；本次检查将重新读取所有文件", exc, aside
        )

    def _secret(self) -> bytes:
        """The cache's own secret key, made with the cache (a fresh one when it is off)."""
        if self._db is None:
            return secrets.token_bytes(32)
        row = self._db.execute("SELECT value FROM meta WHERE name = 'secret'").fetchone()
        if row is not None and isinstance(row[0], bytes) and len(row[0]) >= 32:
            return row[0]
        secret = secrets.token_bytes(32)
        try:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('secret', ?)", (secret,))
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (_SCHEMA_VERSION,))
            self._db.commit()
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
        return secret

    # --- use --------------------------------------------------------------------------

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._db is None:
            return
        if not self.broken:
            try:
                self._db.commit()
            except (sqlite3.Error, OSError) as error:
                self._fail(error)
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def _fail(self, exc: BaseException) -> None:
        if not self.broken:
            log.warning("写入缓存失败（%s），本次检查不再使用缓存，检查继续", exc)
        self.broken = True
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.rollback()

    @property
    def _live(self) -> sqlite3.Connection | None:
        return None if self.broken else self._db

    def key(self, entry: FileEntry) -> str | None:
        """The entry's key, or None when it can't be stat'ed (then it is never cached).

        The walk's stat is used: the file is not looked up again."""
        if entry.size is None:
            try:
                st = os.stat(entry.disk_path)
            except OSError:
                return None
            seen: tuple[int | None, ...] = (st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino)
        else:
            seen = (entry.size, entry.mtime_ns, entry.dev, entry.ino)
        raw = f"{entry.path}|{'|'.join(map(str, seen))}".encode("utf-8", "surrogatepass")
        return hmac.new(self.secret, self._salt + raw, hashlib.sha256).hexdigest()

    def get(self, key: str, entry: FileEntry | None = None) -> list[FileRecord] | None:
        """The records stored under ``key``, placed back at ``entry``'s path and unit."""
        db = self._live
        if db is None:
            self.misses += 1
            return None
        try:
            row = db.execute("SELECT value FROM records WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            row = None
        if row is None:
            self.misses += 1
            return None
        try:
            stored: list[FileRecord] = pickle.loads(row[0])
        except Exception:  # a cache from an incompatible version: read the file again
            self.misses += 1
            return None
        self.hits += 1
        return [_place(r, entry) for r in stored] if entry is not None else stored

    def archive_tag(self, root: str | os.PathLike[str] | None) -> str | None:
        """The archive a record belongs to, as a keyed hash (the cache holds no names)."""
        if root is None:
            return None
        where = os.path.abspath(root).encode("utf-8", "surrogatepass")
        return hmac.new(self.secret, b"archive|" + where, hashlib.sha256).hexdigest()[:32]

    def put(
        self,
        key: str,
        entry: FileEntry | str,
        records: Sequence[FileRecord],
        root: str | os.PathLike[str] | None = None,
    ) -> None:
        """Store sealed ``records`` under ``key``, without the file's name; ``root`` is the
        archive it belongs to (so that a sweep prunes only its own archive's entries)."""
        db = self._live
        if db is None:
            return
        if any(p.code in ("timeout", "file_vanished") for r in records for p in r.problems):
            return  # transient: try again next time
        path = entry.path if isinstance(entry, FileEntry) else entry
        value = pickle.dumps([_unplace(r, path) for r in records], protocol=pickle.HIGHEST_PROTOCOL)
        try:
            db.execute(
                "INSERT OR REPLACE INTO records (key, value, archive) VALUES (?, ?, ?)",
                (key, value, self.archive_tag(root)),
            )
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                db.commit()
                self._pending = 0
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)

    def prune(self, keep: Iterable[str], root: str | os.PathLike[str] | None = None) -> int:
        """Forget every entry of the archive ``root`` not in ``keep`` (files deleted or
        changed since); other archives' entries are left alone."""
        db = self._live
        if db is None:
            return 0
        wanted = set(keep)
        try:
            rows = db.execute(
                "SELECT key FROM records WHERE archive IS ?", (self.archive_tag(root),)
            )
            stale = [k for (k,) in rows if k not in wanted]
            db.executemany("DELETE FROM records WHERE key = ?", [(k,) for k in stale])
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
            return 0
        return len(stale)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged or foreign file (set aside and rebuilt), not a busy or locked one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "quick_check" in str(exc)
    text = str(exc)
    return any(m in text for m in ("not a database", "malformed", "quick_check"))


# --- names out, names back ---------------------------------------------------------------


def _relative(path: str | None, own: str) -> str | None:
    """A path of a record as stored: "" for the file itself, "!/member" (masked) for a
    member of a zip, masked for anything else."""
    if path is None:
        return None
    if path == own:
        return ""
    if path.startswith(own + "!/"):
        return mask_text(path[len(own) :])
    return mask_text(path)


def _absolute(path: str | None, own: str) -> str | None:
    if path is None:
        return None
    if path == "" or path.startswith("!/"):
        return own + path
    return path


def _move_problems(problems: tuple[Problem, ...], move: object, own: str) -> tuple[Problem, ...]:
    assert callable(move)
    return tuple(dataclasses.replace(p, file=move(p.file, own)) for p in problems)


def _unplace(record: FileRecord, own: str) -> FileRecord:
    extraction = record.extraction
    return dataclasses.replace(
        record,
        path=_relative(record.path, own) or "",
        unit="",
        problems=_move_problems(record.problems, _relative, own),
        extraction=dataclasses.replace(
            extraction, problems=_move_problems(extraction.problems, _relative, own)
        ),
    )


def _place(record: FileRecord, entry: FileEntry) -> FileRecord:
    own = entry.path
    extraction = record.extraction
    return dataclasses.replace(
        record,
        path=_absolute(record.path, own) or own,
        unit=entry.unit,
        problems=_move_problems(record.problems, _absolute, own),
        extraction=dataclasses.replace(
            extraction, problems=_move_problems(extraction.problems, _absolute, own)
        ),
    )
