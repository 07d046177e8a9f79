"""Read zip members in place, as files of the unit, without extracting anything to disk.

Member names written by Chinese Windows tools are GBK without the UTF-8 flag; they are
decoded as such. Sizes, counts and compression ratios are bounded (zip bombs become a
``container_limit`` problem on the zip, and the sweep goes on).
"""

from __future__ import annotations

import posixpath
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from ..findings import Problem
from .extract.base import Limits
from .extract.ooxml import bomb_reason
from .scan import is_noise

_UTF8_FLAG = 0x800


@dataclass(frozen=True, slots=True)
class Member:
    name: str  # decoded, '/'-separated, NFC
    data: bytes


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's real name: UTF-8 when flagged, else UTF-8 or GB18030 (never CP437)."""
    if info.flag_bits & _UTF8_FLAG:
        name = info.filename
    else:
        try:
            raw = info.filename.encode("cp437")
        except UnicodeEncodeError:  # already decoded with a metadata_encoding
            raw = info.filename.encode("utf-8")
        for encoding in ("utf-8", "gb18030"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            name = info.filename
    name = name.replace("\\", "/")
    return unicodedata.normalize("NFC", name)


def read_members(stream: BinaryIO, limits: Limits) -> tuple[list[Member], list[Problem]]:
    """The files inside a zip (noise and folders left out) and the limits that were hit."""
    problems: list[Problem] = []
    members: list[Member] = []
    stream.seek(0)
    try:
        zf = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return [], [Problem("unreadable", f"压缩包已损坏，无法打开（{type(exc).__name__}）")]
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.container_members:
            problems.append(
                Problem(
                    "container_limit",
                    f"压缩包内有 {len(infos)} 个文件，只读取前 {limits.container_members} 个",
                )
            )
            infos = infos[: limits.container_members]
        total = 0
        for info in infos:
            name = member_name(info)
            if _skip(name):
                continue
            if info.flag_bits & 0x1:
                problems.append(Problem("encrypted", f"压缩包内文件“{name}”有密码保护，无法读取"))
                continue
            bomb = bomb_reason(info, limits)
            if bomb is not None:
                problems.append(Problem("container_limit", f"压缩包内“{name}”{bomb}，未读取"))
                continue
            if (
                info.file_size > limits.max_file_bytes
                or total + info.file_size > limits.container_bytes
            ):
                problems.append(
                    Problem("container_limit", f"压缩包内“{name}”过大或解压总量超过上限，未读取")
                )
                continue
            try:
                data = _read_bounded(zf, info, limits.max_file_bytes)
            except _TooLarge:
                problems.append(
                    Problem(
                        "container_limit", f"压缩包内“{name}”实际大小超过声明，疑似压缩炸弹，未读取"
                    )
                )
                continue
            except (
                zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError
            ) as exc:  # fmt: skip
                problems.append(
                    Problem("unreadable", f"压缩包内“{name}”无法解压（{type(exc).__name__}）")
                )
                continue
            total += len(data)
            members.append(Member(name, data))
    members.sort(key=lambda m: m.name)
    return members, problems


def read_7z_members(stream: BinaryIO, limits: Limits) -> tuple[list[Member], list[Problem]]:
    """The files inside a 7z archive, read into memory with the same limits as zips."""
    import py7zr
    from py7zr.io import BytesIOFactory

    problems: list[Problem] = []
    stream.seek(0)
    try:
        with py7zr.SevenZipFile(stream) as archive:
            if archive.needs_password():
                return [], [Problem("encrypted", "7z 压缩包有密码保护，无法读取其中的文件")]
            wanted: list[str] = []
            total = 0
            for info in archive.list():
                name = unicodedata.normalize("NFC", info.filename.replace("\\", "/"))
                if info.is_directory or _skip(name):
                    continue
                size = int(info.uncompressed or 0)
                if len(wanted) >= limits.container_members:
                    problems.append(
                        Problem(
                            "container_limit",
                            f"压缩包内文件过多，只读取前 {limits.container_members} 个",
                        )
                    )
                    break
                if size > limits.max_file_bytes or total + size > limits.container_bytes:
                    problems.append(
                        Problem(
                            "container_limit", f"压缩包内“{name}”过大或解压总量超过上限，未读取"
                        )
                    )
                    continue
                total += size
                wanted.append(info.filename)
            factory = BytesIOFactory(limit=limits.max_file_bytes)
            if wanted:
                archive.extract(targets=wanted, factory=factory)
    except Exception as exc:  # py7zr raises many types on damaged archives
        if "password" in type(exc).__name__.lower():  # an encrypted header
            return [], [Problem("encrypted", "7z 压缩包有密码保护，无法读取其中的文件")]
        return [], [Problem("unreadable", f"7z 压缩包已损坏，无法读取（{type(exc).__name__}）")]
    members = [
        Member(unicodedata.normalize("NFC", name.replace("\\", "/")), product.read())
        for name, product in factory.products.items()
        if name in wanted
    ]
    members.sort(key=lambda m: m.name)
    return members, problems


def damaged_members(stream: BinaryIO, limits: Limits) -> list[str]:
    """The members of a zip package (docx, xlsx, odt, ofd...) whose bytes fail their
    CRC or cannot be inflated: parts a reader may never open (an image, the properties),
    read here once so that a damaged package is said to be damaged."""
    bad: list[str] = []
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as zf:
            total = 0
            for info in zf.infolist():
                if info.is_dir() or info.flag_bits & 0x1:  # folders; encrypted members
                    continue
                total += info.file_size
                if info.file_size > limits.max_file_bytes or total > limits.container_bytes:
                    break  # the zip-bomb bounds hold here too
                try:
                    with zf.open(info) as member:
                        while member.read(1 << 20):
                            pass
                except (
                    zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError
                ):  # fmt: skip
                    bad.append(member_name(info))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return []
    finally:
        stream.seek(0)
    return bad


class _TooLarge(Exception):
    pass


def _skip(name: str) -> bool:
    parts = name.split("/")
    if any(p in ("__MACOSX", ".git") for p in parts) or ".." in parts:
        return True
    return is_noise(posixpath.basename(name)) or not posixpath.basename(name)


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, never more than ``limit`` bytes whatever its header claims."""
    chunks: list[bytes] = []
    size = 0
    with zf.open(info) as member:
        while chunk := member.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)
