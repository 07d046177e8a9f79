"""Helpers shared by the readers of zip-based office formats (OOXML, ODF, OFD): a package
opened only after its declared sizes are checked, and OOXML core properties.

XML safety: python-docx and python-pptx parse parts with lxml parsers built with
``resolve_entities=False``, and calamine's quick-xml expands no DTD entities, so entity
bombs are harmless; what no parser bounds is the sheer size of a part, hence
:func:`open_zip`, which checks the declared member sizes before any parser sees the
package. Core properties are read with defusedxml rather than through python-docx, whose
``core_properties`` invents defaults ("Word Document", "python-docx", now) when a package
has none.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from typing import BinaryIO
from xml.etree import ElementTree as ET

import olefile
from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from .base import Limits

__all__ = ["bomb_reason", "core_properties", "iso_datetime", "open_zip"]

_METADATA_XML_MAX = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml")

_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


def open_zip(stream: BinaryIO, limits: Limits) -> zipfile.ZipFile:
    """Open an OOXML/ODF package after checking it cannot blow up when parsed.

    Raises ``encrypted`` for a password-protected OOXML file (an OLE2 file holding an
    ``EncryptedPackage`` stream) and ``container_limit`` when the declared sizes, member
    count or compression ratio are out of bounds.
    """
    stream.seek(0)
    if stream.read(8) == _OLE_MAGIC:
        stream.seek(0)
        with olefile.OleFileIO(stream) as ole:  # closes only what it opened itself
            encrypted = ole.exists("EncryptedPackage")
        if encrypted:
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")
        raise ExtractionError("unreadable", "文件不是 Office Open XML 格式，无法解析")
    stream.seek(0)
    zf = zipfile.ZipFile(stream)
    try:
        _check_members(zf.infolist(), limits)
    except ExtractionError:
        zf.close()
        raise
    return zf


def bomb_reason(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    """Why a zip member looks like a decompression bomb, or None: the one test every zip
    reader here applies (office packages and archives alike)."""
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor_bytes and ratio > limits.member_ratio:
        return f"压缩比 {ratio:.0f}:1，疑似压缩炸弹"
    return None


def _check_members(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.container_members:
        raise ExtractionError("container_limit", f"压缩包内文件过多（{len(infos)} 个）")
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.lower().endswith(_XML_SUFFIXES))
    if total > limits.max_file_bytes or xml > limits.max_xml_bytes:
        raise ExtractionError(
            "container_limit", f"解压后体积过大（{total // (1024 * 1024)} MB），疑似压缩炸弹"
        )
    for info in infos:
        reason = bomb_reason(info, limits)
        if reason is not None:
            raise ExtractionError("container_limit", reason)


_FRACTION = re.compile(r"\.(\d+)")


def iso_datetime(value: str | dt.datetime | dt.date | None) -> str | None:
    """An ISO 8601 string for a W3CDTF text or a date(time); None for empty or garbage."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Python 3.10's fromisoformat wants 0, 3 or 6 fraction digits ("16:00:00.5" is valid ISO)
    text = _FRACTION.sub(lambda m: "." + (m.group(1) + "000000")[:6], text)
    try:
        return dt.datetime.fromisoformat(text).isoformat()
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None


def metadata_part(zf: zipfile.ZipFile, name: str) -> ET.Element | None:
    """The parsed XML of a package's small metadata part, or None when it is absent,
    larger than 1 MB or malformed: metadata is optional, the content may still be read."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _METADATA_XML_MAX:
        return None
    with zf.open(info) as part:
        data = part.read(_METADATA_XML_MAX)
    try:
        root: ET.Element = SafeET.fromstring(data)
    except Exception:  # defusedxml's refusals and ParseError alike
        return None
    return root


def core_properties(zf: zipfile.ZipFile) -> dict[str, str | None]:
    """Title, author, created and modified from ``docProps/core.xml`` (None when absent).

    A missing, oversized or malformed part gives no metadata rather than an error: the
    content may still be readable.
    """
    out: dict[str, str | None] = dict.fromkeys(("title", "author", "created", "modified"))
    root = metadata_part(zf, "docProps/core.xml")
    if root is None:
        return out

    def text(path: str) -> str | None:
        node = root.find(path, _NS)
        value = (node.text or "").strip() if node is not None else ""
        return value or None

    out["title"] = text("dc:title")
    out["author"] = text("dc:creator")
    out["created"] = iso_datetime(text("dcterms:created"))
    out["modified"] = iso_datetime(text("dcterms:modified"))
    return out
