"""Walk an archive read-only: one unit per top-level folder, every file under it.

Nothing here opens a file for reading its content; it only lists. Directory symlinks
are never followed (no loops, no escape); file symlinks are followed only when they
resolve inside the archive.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ArchiveError
from ..findings import Problem

#: Files that office machines leave behind: listed as skipped, never audited.
_NOISE_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db", "icon\r"})
_NOISE_PREFIXES = ("~$", ".~lock.", "._", "~wrl")
_MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file listed but not audited (lock files, Thumbs.db, files outside unit folders)."""

    path: str
    reason: str  # noise | outside_unit | symlink_outside | not_a_file
    message: str


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One file to audit: where it is and which unit folder it belongs to."""

    path: str  # relative to the archive root, '/'-separated, NFC
    unit: str
    disk_path: str  # absolute path on disk (as the OS spells it)


@dataclass(frozen=True, slots=True)
class Scan:
    root: str
    units: tuple[str, ...]  # top-level folder names, NFC, sorted
    files: tuple[FileEntry, ...]
    skipped: tuple[Skipped, ...]
    problems: tuple[Problem, ...]  # name clashes, unreadable folders


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
    if not root_path.exists():
        raise ArchiveError(f"找不到档案目录：{root}")
    if not root_path.is_dir():
        raise ArchiveError(f"档案路径不是文件夹：{root}")
    real_root = os.path.realpath(root_path)
    units: list[str] = []
    files: list[FileEntry] = []
    skipped: list[Skipped] = []
    problems: list[Problem] = []
    try:
        top = _entries(str(root_path), problems, "")
    except PermissionError as exc:
        raise ArchiveError(f"没有读取档案目录的权限：{root}") from exc
    for name, entry in top:
        if entry.is_dir(follow_symlinks=False):
            if is_noise(name):
                continue
            units.append(name)
            for rel, disk in _walk(entry.path, name, real_root, problems, skipped, 1):
                files.append(FileEntry(rel, name, disk))
        elif entry.is_symlink() and entry.is_dir():
            skipped.append(Skipped(name, "symlink_dir", "指向文件夹的符号链接，未跟随"))
        else:
            reason = "noise" if is_noise(name) else "outside_unit"
            message = "系统或临时文件" if reason == "noise" else "不在任何单位文件夹内"
            skipped.append(Skipped(name, reason, message))
    return Scan(str(root), tuple(units), tuple(files), tuple(skipped), tuple(problems))


def _entries(folder: str, problems: list[Problem], rel: str) -> list[tuple[str, os.DirEntry[str]]]:
    """The entries of a folder, NFC-named and sorted; NFC/NFD twins are reported."""
    with os.scandir(folder) as it:
        raw = list(it)
    seen: dict[str, str] = {}
    out = []
    for entry in raw:
        name = unicodedata.normalize("NFC", entry.name)
        if name in seen and seen[name] != entry.name:
            where = f"{rel}/{name}" if rel else name
            problems.append(
                Problem("name_clash", f"“{where}”有两个仅编码形式不同的同名文件", where)
            )
        seen[name] = entry.name
        out.append((name, entry))
    out.sort(key=lambda pair: (pair[0], pair[1].name))
    return out


def _walk(
    folder: str,
    rel: str,
    real_root: str,
    problems: list[Problem],
    skipped: list[Skipped],
    depth: int,
) -> Iterator[tuple[str, str]]:
    if depth > _MAX_DEPTH:
        skipped.append(Skipped(rel, "too_deep", f"文件夹层级超过 {_MAX_DEPTH} 层，未继续"))
        return
    try:
        entries = _entries(folder, problems, rel)
    except PermissionError:
        problems.append(Problem("permission_denied", f"没有读取文件夹“{rel}”的权限", rel))
        return
    except FileNotFoundError:
        problems.append(Problem("file_vanished", f"扫描期间文件夹“{rel}”消失", rel))
        return
    for name, entry in entries:
        child = f"{rel}/{name}"
        try:
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                inside = os.path.commonpath([real_root, target]) == real_root
                if not inside:
                    skipped.append(
                        Skipped(child, "symlink_outside", "符号链接指向档案目录之外，已跳过")
                    )
                elif os.path.isdir(target):
                    skipped.append(Skipped(child, "symlink_dir", "指向文件夹的符号链接，未跟随"))
                elif os.path.isfile(target):
                    yield child, entry.path
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, child, real_root, problems, skipped, depth + 1)
            elif is_noise(name):
                skipped.append(Skipped(child, "noise", "系统或临时文件（锁文件、缩略图缓存等）"))
            elif entry.is_file(follow_symlinks=False):
                yield child, entry.path
            else:
                skipped.append(Skipped(child, "not_a_file", "不是普通文件（设备、管道等）"))
        except OSError:
            problems.append(Problem("file_vanished", f"扫描期间“{child}”无法访问", child))
