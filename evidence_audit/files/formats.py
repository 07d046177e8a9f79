"""Identify a file's format from its leading bytes and container structure, not its name."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

import olefile

#: Format id → family. Families are what rulesets refer to ("image", "document", ...).
FAMILIES: dict[str, str] = {
    "docx": "document", "doc": "document", "wps": "document", "odt": "document",
    "pdf": "document", "ofd": "document", "txt": "document", "rtf": "document",
    "html": "document",
    "xlsx": "spreadsheet", "xls": "spreadsheet", "et": "spreadsheet", "ods": "spreadsheet",
    "csv": "spreadsheet",
    "pptx": "presentation", "ppt": "presentation", "dps": "presentation", "odp": "presentation",
    "jpeg": "image", "png": "image", "heic": "image", "tiff": "image", "webp": "image",
    "bmp": "image", "gif": "image",
    "zip": "archive", "7z": "archive", "rar": "archive", "gzip": "archive",
    "ole": "other", "unknown": "other", "empty": "other",
}  # fmt: skip

#: Extensions that are normal for each format; anything else is an extension mismatch.
EXTENSIONS: dict[str, frozenset[str]] = {
    fmt: frozenset(exts.split())
    for fmt, exts in {
        "docx": "docx docm dotx dotm wps", "doc": "doc dot", "wps": "wps wpt",
        "odt": "odt", "pdf": "pdf", "ofd": "ofd", "txt": "txt text log md",
        "rtf": "rtf doc", "html": "html htm mht mhtml xls doc",
        "xlsx": "xlsx xlsm xltx xltm et", "xls": "xls xlt", "et": "et ett",
        "ods": "ods", "csv": "csv txt",
        "pptx": "pptx pptm ppsx dps", "ppt": "ppt pps pot", "dps": "dps dpt", "odp": "odp",
        "jpeg": "jpg jpeg jpe jfif", "png": "png", "heic": "heic heif",
        "tiff": "tif tiff", "webp": "webp", "bmp": "bmp dib", "gif": "gif",
        "zip": "zip", "7z": "7z", "rar": "rar", "gzip": "gz tgz",
    }.items()
}  # fmt: skip

_OOXML_MAIN = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}
_ODF_MIME = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_HEAD = 4096
_DAMAGED_ZIP = "damaged-zip"
_ZIP_FORMATS = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp", "ofd", "zip"})


@dataclass(frozen=True, slots=True)
class Identity:
    """What a file is, from its bytes."""

    format: str
    family: str
    encrypted: bool = False
    extension_ok: bool = True


def extension_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot + 1 :].lower() if dot > 0 else ""


def guess_from_extension(name: str) -> tuple[str, str]:
    """(format, family) that a file's extension claims: a hint for files that can't be read."""
    ext = extension_of(name)
    for fmt, exts in EXTENSIONS.items():
        if ext in exts:
            return fmt, FAMILIES[fmt]
    return "unknown", "other"


def identify(stream: BinaryIO, name: str) -> Identity:
    """Identify ``stream`` (seekable, at any position) whose file name is ``name``.

    The name only chooses between formats whose bytes are identical (doc vs wps,
    xls vs et) and between text and csv; everything else comes from the content.
    """
    ext = extension_of(name)
    stream.seek(0)
    head = stream.read(_HEAD)
    stream.seek(0)
    fmt, encrypted = _sniff(stream, head, ext)
    ok = ext in EXTENSIONS.get(fmt, frozenset()) or fmt in ("unknown", "empty", "ole")
    return Identity(fmt, FAMILIES.get(fmt, "other"), encrypted, ok)


def _sniff(stream: BinaryIO, head: bytes, ext: str) -> tuple[str, bool]:
    if not head:
        return "empty", False
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        fmt = _sniff_zip(stream)
        if fmt == _DAMAGED_ZIP:
            # A damaged zip (a half-copied docx, say): trust the extension among the zip
            # formats so that its reader reports it as unreadable.
            return (ext if ext in _ZIP_FORMATS else "zip"), False
        return fmt, False
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _sniff_ole(stream, ext)
    if b"%PDF-" in head[:1024]:
        return "pdf", False
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg", False
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png", False
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif", False
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff", False
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp", False
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic", False
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp", False
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z", False
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar", False
    if head.startswith(b"\x1f\x8b"):
        return "gzip", False
    if head.startswith(b"{\\rtf"):
        return "rtf", False
    claimed = next((fmt for fmt, exts in EXTENSIONS.items() if ext in exts), "unknown")
    magic = _MAGIC.get(claimed)
    if magic is not None and len(head) < len(magic) and magic.startswith(head):
        # A few bytes of the claimed format's signature and nothing more: a file cut short
        # (a copy that stopped), not text. Its reader reports it as unreadable.
        return claimed, False
    return _sniff_text(head, ext), False


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The leading bytes every file of a binary format starts with.
_MAGIC: dict[str, bytes] = {
    **dict.fromkeys(_ZIP_FORMATS, b"PK\x03\x04"),
    **dict.fromkeys(("doc", "wps", "xls", "et", "ppt", "dps"), _OLE_MAGIC),
    "pdf": b"%PDF-",
    "jpeg": b"\xff\xd8\xff",
    "png": b"\x89PNG\r\n\x1a\n",
    "7z": b"7z\xbc\xaf\x27\x1c",
}


def _sniff_zip(stream: BinaryIO) -> str:
    try:
        with zipfile.ZipFile(stream) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    fmt = _ODF_MIME.get(zf.read(info).strip())
                    if fmt:
                        return fmt
            if "OFD.xml" in names or "ofd.xml" in names:
                return "ofd"
            if "[Content_Types].xml" in names:
                for prefix, fmt in _OOXML_MAIN.items():
                    if any(n.startswith(prefix) for n in names):
                        return fmt
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
        return _DAMAGED_ZIP
    finally:
        stream.seek(0)
    return "zip"


def _sniff_ole(stream: BinaryIO, ext: str) -> tuple[str, bool]:
    try:
        ole = olefile.OleFileIO(stream)
        try:
            streams = {"/".join(s) for s in ole.listdir(streams=True, storages=False)}
        finally:
            ole.close()
    except Exception:  # olefile raises many types on damaged files
        return "ole", False
    finally:
        stream.seek(0)
    if "EncryptedPackage" in streams:  # a password-protected OOXML file
        guess = {"doc": "docx", "xls": "xlsx", "ppt": "pptx"}.get(ext, ext)
        return (guess if guess in FAMILIES else "ole"), True
    if "WordDocument" in streams:
        return ("wps" if ext in ("wps", "wpt") else "doc"), False
    if "Workbook" in streams or "Book" in streams:
        return ("et" if ext in ("et", "ett") else "xls"), False
    if "PowerPoint Document" in streams:
        return ("dps" if ext in ("dps", "dpt") else "ppt"), False
    return "ole", False


def _sniff_text(head: bytes, ext: str) -> str:
    lowered = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"mime-version")) or b"<html" in lowered:
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    if not _looks_like_text(head):
        return "unknown"
    return "csv" if ext == "csv" else "txt"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    for enc in ("utf-8", "gb18030"):
        try:
            head.decode(enc)
            return True
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # a multibyte char cut by the head limit
                return True
    return False
