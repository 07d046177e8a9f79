"""Writing a report file: checked before the sweep, never written in place, never half.

A report is written to a temporary file beside its target, flushed to disk, then renamed
over the target in one step. An existing target is never opened for writing, so a hard
link or a symlink at the target's place cannot carry the bytes into another file (an
archive file, say), and a full disk or a crash leaves the previous report as it was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from ..errors import EvidenceAuditError

__all__ = ["OutputError", "check_writable", "write_atomic"]


class OutputError(EvidenceAuditError):
    """A report cannot be written where it was asked for."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_writable(path: str | os.PathLike[str], option: str, *, folder: bool = False) -> None:
    """Raise :class:`OutputError` unless a report can be written at ``path``: its folder
    exists, is writable on a writable file system, and ``path`` is not a folder. With
    ``folder``, ``path`` is a folder of reports, made if need be. Nothing is created."""
    target = Path(os.path.abspath(path))
    if folder:
        if target.exists() and not target.is_dir():
            raise OutputError(f"{option} {path} 不是文件夹")
        existing = next(p for p in (target, *target.parents) if p.exists())
        _check_folder(existing, option)
        return
    if target.is_dir():
        raise OutputError(f"{option} {path} 是一个文件夹，请给出报告文件的路径")
    _check_folder(target.parent, option)


def _check_folder(folder: Path, option: str) -> None:
    if not folder.is_dir():
        raise OutputError(f"{option} 的文件夹不存在：{folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"没有在 {folder} 中写入文件的权限（{option}）")
    if hasattr(os, "statvfs"):
        with suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                raise OutputError(f"{folder} 所在的文件系统是只读的（{option}）")


def write_atomic(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Write a file by ``write(stream)`` into a temporary file beside ``path``, flush it
    to disk and rename it over ``path``. On any failure ``path`` is left as it was and
    the temporary file is removed."""
    target = Path(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)  # a report replaced keeps its mode
    except OSError:
        mode = 0o666 & ~_umask()
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".evidence-audit-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)  # the new directory entry; no existing inode is written
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, nor needed, on Windows."""
    if os.name == "nt":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
