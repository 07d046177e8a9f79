"""What was planted in a generated archive: each file's facts, and the archive itself.

A generator describes every file it writes with a :class:`Planted` record: its true kind
and date, its title and text, the ledger it holds, its picture size, whether it can be
read at all. :class:`Archive` keeps the records with the bytes, writes them to disk
(zip members into GBK zips, pinned modification times) and gives the truth files the
tests and the accuracy bench compare an audit with. :mod:`testkit.oracle` derives item
statuses from the records alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .packages import ZipTime, gbk_zip
from .sheets import Ledger

__all__ = ["Archive", "Photo", "Planted", "photo_of", "units_of", "write_json"]

#: The member time of folder entries and of nested zips inside a zip.
_NESTED_ZIP_TIME: ZipTime = (2019, 10, 12, 8, 0, 0)


@dataclass(frozen=True)
class Photo:
    """A picture's planted facts. Photos with the same ``picture`` are one picture
    (re-saved or resized); byte-identical copies need no key (their bytes are equal)."""

    width: int
    height: int
    software: str = ""  # the EXIF Software tag (an editor's name marks an edited photo)
    picture: str | None = None


def photo_of(data: bytes, picture: str | None = None) -> Photo | None:
    """A picture's planted facts (its size read from its bytes: JPEG, PNG, HEIC), or None
    for anything else; ``picture`` names it when other files hold the same picture."""
    if not (data.startswith((b"\xff\xd8", b"\x89PNG")) or data[4:8] == b"ftyp"):
        return None
    from PIL import Image

    if data[4:8] == b"ftyp":
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        with Image.open(io.BytesIO(data)) as im:
            return Photo(im.size[0], im.size[1], picture=picture)
    except OSError:
        return None


@dataclass
class Planted:
    """The truth about one file of a generated archive.

    ``kind`` is the kind of the content (None: noise to be skipped, or a file outside
    any unit); ``date`` the date a reader should credit it with (ISO, or None when it
    carries none). An unreadable file (``readable`` False) that a name claims for a kind
    gives that kind in ``name_kind``: it is a candidate for the kind's items that fails
    them. ``problems`` are the file-level problem codes planted (unreadable, empty_file,
    extension_mismatch, no_text_layer).
    """

    path: str  # relative to the archive root, '/'-separated; a zip member 'a.zip!/b/c'
    kind: str | None
    date: str | None = None
    title: str = ""  # the document's title (a ledger's title row goes in the ledger)
    text: str = ""  # everything a reader gets: title, body, table cells
    ledger: Ledger | None = None
    doc_number: str | None = None  # the document's own 发文字号
    photo: Photo | None = None
    readable: bool = True
    name_kind: str | None = None
    problems: tuple[str, ...] = ()
    sha256: str = ""

    @property
    def unit(self) -> str | None:
        """The unit folder the file lies in (None for a file in the archive root)."""
        head, sep, _ = self.path.partition("/")
        return head if sep else None

    @property
    def name(self) -> str:
        return self.path.replace("!/", "/").rsplit("/", 1)[-1]

    @property
    def claimed_kind(self) -> str | None:
        """The kind the file is a candidate for: its content's, or (unreadable) its name's."""
        return self.kind if self.readable else (self.name_kind or self.kind)


@dataclass
class _Entry:
    planted: Planted
    data: bytes
    when: dt.datetime | None  # modification time (aware, or naive local time)


@dataclass
class Archive:
    """The files of a generated archive, with what was planted in each."""

    entries: dict[str, _Entry] = field(default_factory=dict)

    def add(self, planted: Planted, data: bytes, when: dt.datetime | None = None) -> Planted:
        """Record a file. ``when`` is its modification time (inside a zip, its member time)."""
        if planted.path in self.entries:
            raise ValueError(f"planted twice: {planted.path}")
        planted.sha256 = hashlib.sha256(data).hexdigest()
        self.entries[planted.path] = _Entry(planted, data, when)
        return planted

    def copy(self, source: str, path: str, when: dt.datetime | None = None) -> Planted:
        """A byte-identical copy of a recorded file (what "- 副本" and "(1)" files are)."""
        entry = self.entries[source]
        return self.add(replace(entry.planted, path=path), entry.data,
                        when if when is not None else entry.when)  # fmt: skip

    def data(self, path: str) -> bytes:
        return self.entries[path].data

    def set_data(self, path: str, data: bytes) -> None:
        """Replace a file's bytes (e.g. after a conversion by LibreOffice)."""
        self.entries[path].data = data
        self.entries[path].planted.sha256 = hashlib.sha256(data).hexdigest()

    @property
    def files(self) -> list[Planted]:
        """Every planted file, zip members included, in path order."""
        return [self.entries[p].planted for p in sorted(self.entries)]

    def write(self, root: Path) -> None:
        """Write the archive under ``root`` (emptied first): zip members into GBK zips,
        modification times set where planted."""
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        containers = sorted({p.split("!/", 1)[0] for p in self.entries if "!/" in p})
        for path, entry in sorted(self.entries.items()):
            if "!/" in path:
                continue
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(entry.data)
            if entry.when is not None:
                stamp = entry.when.timestamp()
                os.utime(target, (stamp, stamp))
        for container in containers:
            target = root / container
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self._zip(container))

    def _zip(self, prefix: str) -> bytes:
        members: list[tuple[str, bytes, ZipTime]] = []
        nested: dict[str, None] = {}
        for path, entry in self.entries.items():
            if not path.startswith(prefix + "!/"):
                continue
            rest = path[len(prefix) + 2 :]
            if "!/" in rest:
                nested[rest.split("!/", 1)[0]] = None
                continue
            when = entry.when or dt.datetime(2019, 12, 6, 9, 30)
            members.append((rest, entry.data, _zip_time(when)))
        for name in nested:
            members.append((name, self._zip(f"{prefix}!/{name}"), _NESTED_ZIP_TIME))
        members.sort(key=lambda m: m[0])
        return gbk_zip(members)

    def truth(self, unit_types: dict[str, str], *, problems: bool = False) -> dict[str, Any]:
        """The truth file the end-to-end test and the accuracy bench read: unit types and
        every file's kind and date (and planted problems)."""
        files: dict[str, Any] = {}
        for f in self.files:
            files[f.path] = {"kind": f.kind, "date": f.date}
            if problems:
                files[f.path]["problems"] = sorted(f.problems)
        return {"units": dict(sorted(unit_types.items())), "files": files}


def _zip_time(when: dt.datetime) -> ZipTime:
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def write_json(path: Path, data: Any) -> None:
    """JSON as the repository keeps it: UTF-8, one-space indent, sorted keys."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def units_of(files: Iterable[Planted]) -> list[str]:
    """The unit folders of the planted files, sorted."""
    return sorted({u for f in files if (u := f.unit) is not None})
