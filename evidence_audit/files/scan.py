"""Walk an archive read-only: one unit per top-level folder, every file under it.

Nothing here reads a file's content; the walk lists folders and stats entries, once
each. Folders are opened relative to their parent (``openat``), without following links
and without touching their access time where the system allows it, so that no path is
too long to walk and no folder can be swapped for a link mid-walk. Directory symlinks
are never followed; file symlinks are resolved once and kept only when they lead to a
regular file inside the archive; every other link (dangling, looping, to a pipe or a
device) is listed as skipped with the reason.

:func:`open_entry` opens a listed file for reading: without following a link, without
blocking on a pipe, and only if it is still the very file the walk saw (same device and
inode), so a file swapped for a link to ``/etc/passwd`` between the walk and the read is
refused, not read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import ArchiveError
from ..findings import Problem
from .names import NAME_ENCODING, display_name

#: Files that office machines leave behind: listed as skipped, never audited.
_NOISE_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"})
_NOISE_PREFIXES = ("~$", ".~lock.", "._", "~wrl")
_MAX_DEPTH = 32
_FD_WALK = (
    os.scandir in os.supports_fd
    and os.open in os.supports_dir_fd
    and os.stat in os.supports_dir_fd
    and hasattr(os, "O_DIRECTORY")
)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NOATIME = getattr(os, "O_NOATIME", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_DIR = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _O_NOFOLLOW | _O_CLOEXEC
_O_FILE = os.O_RDONLY | getattr(os, "O_BINARY", 0) | _O_NOFOLLOW | _O_CLOEXEC
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in must not hang the open
_PATH_MAX = 4096
if hasattr(os, "pathconf"):
    with suppress(OSError, ValueError):
        _PATH_MAX = os.pathconf("/", "PC_PATH_MAX")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file listed but not audited (lock files, Thumbs.db, files outside unit folders)."""

    path: str
    reason: str  # noise | outside_unit | symlink_outside | symlink_dir | symlink_dangling | symlink_loop | not_a_file | too_deep
    message: str


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file to audit: where it is, which unit folder it belongs to, what the walk saw.

    ``path`` is the name shown in reports (GBK names decoded, odd bytes and control
    characters escaped); ``disk_path`` is the path as the system spells it. The stat
    fields are the walk's (None for an entry made by hand): the file is read only if it
    is still the same file.
    """

    path: str  # relative to the archive root, '/'-separated, NFC, safe to show
    unit: str
    disk_path: str  # absolute path on disk (as the OS spells it; links resolved)
    size: int | None = None
    mtime_ns: int | None = None
    dev: int | None = None
    ino: int | None = None
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def identity(self) -> tuple[int, int] | None:
        """(device, inode) as the walk saw them, if known."""
        if self.dev is None or self.ino is None or (self.dev == 0 and self.ino == 0):
            return None
        return self.dev, self.ino


@dataclass(frozen=True, slots=True)
class Scan:
    root: str
    units: tuple[str, ...]  # top-level folder names, NFC, sorted
    files: tuple[FileEntry, ...]
    skipped: tuple[Skipped, ...]
    problems: tuple[Problem, ...]  # name clashes, odd names, unreadable folders
    #: (device, inode) of every folder of the archive, its root included
    folder_ids: frozenset[tuple[int, int]] = frozenset()
    #: (device, inode) of every regular file seen, audited or skipped
    file_ids: frozenset[tuple[int, int]] = frozenset()

    def holds(self, path: str | os.PathLike[str]) -> bool:
        """True when writing ``path`` could touch the archive.

        That is: ``path`` is one of the archive's files (a hard link or a symlink to it
        included), or ``path`` or one of its folders is a folder of the archive (a second
        mount or a bind mount of it included). Compared by device and inode, not by name.
        """
        target = Path(os.path.abspath(path))
        try:
            st = os.stat(target)
        except OSError:
            pass
        else:
            if (st.st_dev, st.st_ino) in self.folder_ids | self.file_ids:
                return True
        for folder in target.parents:
            try:
                st = os.stat(folder)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in self.folder_ids:
                return True
        return False


class FileReplaced(OSError):
    """The file on disk is no longer the one the walk listed (swapped, or not a file)."""


def is_noise(name: str) -> bool:
    lower = name.lower()
    return lower in _NOISE_NAMES or lower.startswith(_NOISE_PREFIXES)


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies below it (links resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def scan_archive(root: str | os.PathLike[str]) -> Scan:
    """List the units and files of an archive. Raises ArchiveError if root is no folder."""
    root_path = Path(root)
    try:
        st = os.stat(root_path)
    except FileNotFoundError as exc:
        raise ArchiveError(f"找不到档案目录：{root}") from exc
    except PermissionError as exc:
        raise ArchiveError(f"没有读取档案目录的权限：{root}") from exc
    except OSError as exc:
        raise ArchiveError(f"无法读取档案目录：{root}（{exc.strerror or exc}）") from exc
    if not stat.S_ISDIR(st.st_mode):
        raise ArchiveError(f"档案路径不是文件夹：{root}")
    walker = _Walker(os.path.realpath(root_path))
    try:
        walker.top()
    except PermissionError as exc:
        raise ArchiveError(f"没有读取档案目录的权限：{root}") from exc
    return Scan(
        str(root),
        tuple(walker.units),
        tuple(walker.files),
        tuple(walker.skipped),
        tuple(walker.problems),
        frozenset(walker.folder_ids),
        frozenset(walker.file_ids),
    )


# --- opening without side effects ------------------------------------------------------

_noatime_refused = False  # O_NOATIME needs the file's owner; asked once, then not again


def _open(path: str, flags: int, dir_fd: int | None = None) -> int:
    """os.open with O_NOATIME where the system grants it (the owner, or root)."""
    global _noatime_refused
    where = {} if dir_fd is None else {"dir_fd": dir_fd}
    if _O_NOATIME and not _noatime_refused:
        try:
            return os.open(path, flags | _O_NOATIME, **where)
        except PermissionError as exc:
            # EPERM: O_NOATIME refused (not the owner); EACCES: not readable at all
            _noatime_refused = exc.errno == errno.EPERM
    return os.open(path, flags, **where)


def _open_by_parts(path: str, flags: int) -> int:
    """Open a path longer than the system's limit one folder at a time (openat)."""
    parts = [p for p in path.split(os.sep) if p]
    fd = os.open(os.sep, _O_DIR)
    try:
        for part in parts[:-1]:
            child = os.open(part, _O_DIR, dir_fd=fd)
            os.close(fd)
            fd = child
        return _open(parts[-1], flags, dir_fd=fd)
    finally:
        os.close(fd)


def open_entry(entry: FileEntry) -> BinaryIO:
    """Open a listed file read-only: no link followed, no pipe waited on, no access time
    changed where the system allows it, and only if it is the file the walk saw.

    Raises FileNotFoundError, PermissionError, :class:`FileReplaced` (the file was
    swapped for a link, a pipe or another file since the walk) or another OSError.
    """
    flags = _O_FILE | _O_NONBLOCK
    try:
        fd = _open(entry.disk_path, flags)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG and _FD_WALK and os.path.isabs(entry.disk_path):
            fd = _open_by_parts(entry.disk_path, flags)
        elif exc.errno == errno.ELOOP and _O_NOFOLLOW:
            raise FileReplaced(errno.ELOOP, "扫描后文件被替换为符号链接") from exc
        else:
            raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileReplaced(errno.EINVAL, "扫描后文件被替换，已不是普通文件")
        seen = entry.identity
        if seen is not None and st.st_ino != 0 and seen != (st.st_dev, st.st_ino):
            raise FileReplaced(errno.ESTALE, "扫描后文件被替换，已不是扫描时的同一个文件")
        if _O_NONBLOCK and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """The stat of a file named on the command line (``explain``); ArchiveError, saying
    what it is, when it is not a regular file (a pipe is never opened: it would hang)."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise ArchiveError(f"找不到文件：{path}") from exc
    except OSError as exc:
        raise ArchiveError(f"无法读取文件：{path}（{exc.strerror or exc}）") from exc
    if not stat.S_ISREG(st.st_mode):
        raise ArchiveError(f"不是普通文件（{kind_of(st.st_mode)}），未读取：{path}")
    return st


def file_entry(path: str | os.PathLike[str], parts: Sequence[str]) -> FileEntry:
    """The entry of one file given by its path, named by ``parts`` (its unit folder, the
    folders below, its name, as on disk), with the stat its read will be checked against.
    Raises ArchiveError when the path is not a regular file."""
    disk = os.path.realpath(path)
    st = regular_file(disk)
    shown = [display_name(p) for p in parts]
    rel = "/".join(name for name, _ in shown)
    problems = tuple(_name_problem(c, rel) for _, codes in shown for c in codes)
    return FileEntry(
        rel, shown[0][0], disk, st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino, problems
    )


def kind_of(mode: int) -> str:
    """What a non-regular entry is, in words."""
    if stat.S_ISDIR(mode):
        return "文件夹"
    if stat.S_ISFIFO(mode):
        return "命名管道 FIFO"
    if stat.S_ISSOCK(mode):
        return "套接字"
    if stat.S_ISCHR(mode):
        return "字符设备"
    if stat.S_ISBLK(mode):
        return "块设备"
    if stat.S_ISLNK(mode):
        return "符号链接"
    return "特殊文件"


def _name_problem(code: str, where: str) -> Problem:
    if code == NAME_ENCODING:
        return Problem(
            code,
            f"名称“{where}”不是 UTF-8 编码（已按 GBK 解码显示，无法解码的字节以 \\xNN 显示），"
            "建议按 UTF-8 重新命名",
            where,
        )
    return Problem(code, f"名称“{where}”含控制字符（已以 \\xNN 显示），建议重新命名", where)


# --- the walk ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Listed:
    name: str  # as shown: decoded, escaped, NFC
    raw: str  # as the OS spells it
    codes: tuple[str, ...]
    entry: os.DirEntry[str]


class _Walker:
    def __init__(self, real_root: str) -> None:
        self.real_root = real_root
        self.units: list[str] = []
        self.files: list[FileEntry] = []
        self.skipped: list[Skipped] = []
        self.problems: list[Problem] = []
        self.folder_ids: set[tuple[int, int]] = set()
        self.file_ids: set[tuple[int, int]] = set()

    @contextmanager
    def _folder(self, name: str, parent: int | None, disk: str) -> Iterator[int | str]:
        """A handle on a folder: a descriptor opened relative to its parent, or its path."""
        if not _FD_WALK:
            st = os.stat(disk, follow_symlinks=False)
            self.folder_ids.add((st.st_dev, st.st_ino))
            yield disk
            return
        fd = _open(name, _O_DIR, dir_fd=parent) if parent is not None else _open(disk, _O_DIR)
        try:
            st = os.fstat(fd)
            self.folder_ids.add((st.st_dev, st.st_ino))
            yield fd
        finally:
            os.close(fd)

    def _list(self, handle: int | str, rel: str) -> list[_Listed]:
        """The entries of a folder, listed once, shown-named and sorted; NFC/NFD twins
        are reported."""
        with os.scandir(handle) as it:
            raw = list(it)
        out: list[_Listed] = []
        seen: dict[str, str] = {}
        for entry in raw:
            name, codes = display_name(entry.name)
            if name in seen and seen[name] != entry.name:
                where = f"{rel}/{name}" if rel else name
                self.problems.append(
                    Problem("name_clash", f"“{where}”有两个仅编码形式不同的同名文件或文件夹", where)
                )
            seen[name] = entry.name
            out.append(_Listed(name, entry.name, codes, entry))
        out.sort(key=lambda e: (e.name, e.raw))
        return out

    def top(self) -> None:
        with self._folder("", None, self.real_root) as handle:
            for item in self._list(handle, ""):
                entry = item.entry
                disk = os.path.join(self.real_root, item.raw)
                if entry.is_dir(follow_symlinks=False):
                    if is_noise(item.name):
                        continue
                    if item.name not in self.units:
                        self.units.append(item.name)  # NFC/NFD twins are one unit
                    self.problems.extend(_name_problem(c, item.name) for c in item.codes)
                    self._walk_folder(item, handle, disk, item.name, item.name, 1)
                    continue
                self._remember_file(entry)
                if entry.is_symlink() and _is_dir(disk):
                    self.skipped.append(
                        Skipped(item.name, "symlink_dir", "指向文件夹的符号链接，未跟随")
                    )
                elif is_noise(item.name):
                    self.skipped.append(Skipped(item.name, "noise", "系统或临时文件"))
                else:
                    self.skipped.append(Skipped(item.name, "outside_unit", "不在任何单位文件夹内"))
        self.units.sort()

    def _remember_file(self, entry: os.DirEntry[str]) -> None:
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            return
        if stat.S_ISREG(st.st_mode):
            self.file_ids.add((st.st_dev, st.st_ino))

    def _walk_folder(
        self, item: _Listed, parent: int | str, disk: str, rel: str, unit: str, depth: int
    ) -> None:
        if depth > _MAX_DEPTH:
            self.skipped.append(Skipped(rel, "too_deep", f"文件夹层级超过 {_MAX_DEPTH} 层，未继续"))
            return
        try:
            with self._folder(item.raw, parent if isinstance(parent, int) else None, disk) as h:
                listed = self._list(h, rel)
                for child in listed:
                    self._visit(child, h, os.path.join(disk, child.raw), rel, unit, depth)
        except PermissionError:
            self.problems.append(Problem("permission_denied", f"没有读取文件夹“{rel}”的权限", rel))
        except FileNotFoundError:
            self.problems.append(Problem("file_vanished", f"扫描期间文件夹“{rel}”消失", rel))
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # swapped for a link since it was listed
                self.problems.append(
                    Problem("file_vanished", f"扫描期间文件夹“{rel}”被替换为符号链接，未进入", rel)
                )
            else:
                self.problems.append(
                    Problem(
                        "file_vanished", f"扫描期间文件夹“{rel}”无法读取（{exc.strerror}）", rel
                    )
                )

    def _visit(
        self, item: _Listed, handle: int | str, disk: str, rel: str, unit: str, depth: int
    ) -> None:
        child = f"{rel}/{item.name}"
        entry = item.entry
        try:
            if entry.is_symlink():
                self._symlink(item, disk, child, unit)
            elif entry.is_dir(follow_symlinks=False):
                self.problems.extend(_name_problem(c, child) for c in item.codes)
                self._walk_folder(item, handle, disk, child, unit, depth + 1)
            else:
                st = entry.stat(follow_symlinks=False)
                if not stat.S_ISREG(st.st_mode):
                    what = kind_of(st.st_mode)
                    self.skipped.append(
                        Skipped(child, "not_a_file", f"不是普通文件（{what}），未读取")
                    )
                    return
                self.file_ids.add((st.st_dev, st.st_ino))
                if is_noise(item.name):
                    self.skipped.append(
                        Skipped(child, "noise", "系统或临时文件（锁文件、缩略图缓存等）")
                    )
                    return
                self._add(child, unit, disk, st, item.codes)
        except FileNotFoundError:
            self.problems.append(Problem("file_vanished", f"扫描期间“{child}”消失", child))
        except OSError as exc:
            self.problems.append(
                Problem("file_vanished", f"扫描期间“{child}”无法访问（{exc.strerror}）", child)
            )

    def _symlink(self, item: _Listed, disk: str, child: str, unit: str) -> None:
        """A link is resolved once, here; what it leads to is listed or skipped, with why."""
        try:
            target = os.path.realpath(disk, strict=True)
        except FileNotFoundError:
            self.skipped.append(
                Skipped(child, "symlink_dangling", "符号链接指向的文件不存在（失效链接）")
            )
            return
        except (OSError, RuntimeError) as exc:
            if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
                self.skipped.append(Skipped(child, "symlink_loop", "符号链接形成循环，无法解析"))
            else:
                self.skipped.append(
                    Skipped(child, "symlink_dangling", f"符号链接无法解析（{exc.strerror}）")
                )
            return
        if os.path.commonpath([self.real_root, target]) != self.real_root:
            self.skipped.append(
                Skipped(child, "symlink_outside", "符号链接指向档案目录之外，已跳过")
            )
            return
        st = os.stat(target)
        if stat.S_ISDIR(st.st_mode):
            self.skipped.append(Skipped(child, "symlink_dir", "指向文件夹的符号链接，未跟随"))
        elif not stat.S_ISREG(st.st_mode):
            what = kind_of(st.st_mode)
            self.skipped.append(
                Skipped(child, "not_a_file", f"符号链接指向的不是普通文件（{what}），未读取")
            )
        else:
            self._add(child, unit, target, st, item.codes)

    def _add(
        self, rel: str, unit: str, disk: str, st: os.stat_result, codes: tuple[str, ...]
    ) -> None:
        problems = [_name_problem(c, rel) for c in codes]
        if len(os.fsencode(disk)) >= _PATH_MAX:
            problems.append(
                Problem(
                    "path_too_long",
                    f"路径超过系统上限（{_PATH_MAX} 字节），许多程序无法打开该文件，建议缩短文件夹层级或名称",
                    rel,
                )
            )
        self.files.append(
            FileEntry(
                rel, unit, disk, st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino, tuple(problems)
            )
        )


def _is_dir(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


__all__ = [
    "FileEntry",
    "FileReplaced",
    "Scan",
    "Skipped",
    "file_entry",
    "is_inside",
    "is_noise",
    "kind_of",
    "open_entry",
    "regular_file",
    "scan_archive",
]
