"""Identify a file's format from its leading bytes and container structure, not its name.

Office packages are read as their standards say: OPC part names (docx/xlsx/pptx) and OLE2
stream names (doc/xls/ppt) are case-insensitive, and the package's main part is found
through its relationships and content types, so a minimal package without the usual
parts, or with its parts in other folders, is still what it is; a macro-enabled one
(xlsm, docm, pptm) is told apart from a plain one. An OLE2 file that lacks the stream its
extension promises (a .doc cut short) is said to be damaged, not an unknown format.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

import olefile
from defusedxml import ElementTree as SafeET

#: Format id → family. Families are what rulesets refer to ("image", "document", ...).
FAMILIES: dict[str, str] = {
    "docx": "document", "doc": "document", "wps": "document", "odt": "document",
    "pdf": "document", "ofd": "document", "txt": "document", "rtf": "document",
    "html": "document", "wordxml": "document", "json": "document",
    "xlsx": "spreadsheet", "xls": "spreadsheet", "et": "spreadsheet", "ods": "spreadsheet",
    "csv": "spreadsheet", "xmlss": "spreadsheet",
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
        "rtf": "rtf doc", "html": "html htm mht mhtml xls doc", "wordxml": "xml doc",
        "json": "json geojson jsonl txt",
        "xmlss": "xml xls",
        "xlsx": "xlsx xlsm xltx xltm et", "xls": "xls xlt", "et": "et ett",
        "ods": "ods", "csv": "csv txt",
        "pptx": "pptx pptm ppsx dps", "ppt": "ppt pps pot", "dps": "dps dpt", "odp": "odp",
        "jpeg": "jpg jpeg jpe jfif", "png": "png", "heic": "heic heif",
        "tiff": "tif tiff", "webp": "webp", "bmp": "bmp dib", "gif": "gif",
        "zip": "zip", "7z": "7z", "rar": "rar", "gzip": "gz tgz",
    }.items()
}  # fmt: skip

_OOXML_MAIN = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}
# The content type of a package's main part → (format, macro-enabled).
_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": ("docx", False),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": ("docx", False),
    "application/vnd.ms-word.document.macroenabled.main+xml": ("docx", True),
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml": ("docx", True),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ("xlsx", False),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ("xlsx", False),
    "application/vnd.ms-excel.sheet.macroenabled.main+xml": ("xlsx", True),
    "application/vnd.ms-excel.template.macroenabled.main+xml": ("xlsx", True),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": ("pptx", False),
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": ("pptx", False),
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": ("pptx", False),
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": ("pptx", True),
    "application/vnd.ms-powerpoint.slideshow.macroenabled.main+xml": ("pptx", True),
    "application/vnd.ms-powerpoint.template.macroenabled.main+xml": ("pptx", True),
}  # fmt: skip
# Main parts where the usual layout puts them, for a package without content types.
_MAIN_PARTS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}
_OFFICE_DOCUMENT = "/officedocument"  # the relationship type of a package's main part ends so
# Extensions of macro-enabled packages (and WPS's own, which may be either).
_MACRO_EXTENSIONS = frozenset({"docm", "dotm", "xlsm", "xltm", "pptm", "potm", "ppsm"})
_EITHER_EXTENSIONS = frozenset({"wps", "et", "dps"})
_MACRO_NAMES = {"docx": "docm", "xlsx": "xlsm", "pptx": "pptm"}
_XML_PART_MAX = 1024 * 1024
# The Current User stream of an encrypted PowerPoint 97-2003 file ([MS-PPT] 2.3.2).
_PPT_ENCRYPTED_TOKEN = 0xF3D1C4DF
# What each OLE2 format keeps its content in, by extension (names are case-insensitive).
_OLE_STREAMS = {
    "doc": "worddocument", "dot": "worddocument", "wps": "worddocument", "wpt": "worddocument",
    "xls": "workbook", "xlt": "workbook", "et": "workbook", "ett": "workbook",
    "ppt": "powerpoint document", "pps": "powerpoint document", "pot": "powerpoint document",
    "dps": "powerpoint document", "dpt": "powerpoint document",
}  # fmt: skip
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
    macro: bool = False  # a macro-enabled Office package (xlsm, docm, pptm)
    damaged: str | None = None  # why the file is known to be broken, before any reader

    @property
    def name(self) -> str:
        """The format as people know it: xlsm for a macro-enabled xlsx."""
        return _MACRO_NAMES.get(self.format, self.format) if self.macro else self.format


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
    found = _sniff(stream, head, ext)
    fmt = found.format
    ok = ext in EXTENSIONS.get(fmt, frozenset()) or fmt in ("unknown", "empty", "ole")
    if fmt in _MACRO_NAMES and ext not in _EITHER_EXTENSIONS:
        ok = ok and (ext in _MACRO_EXTENSIONS) == found.macro  # Excel refuses either way
    return Identity(
        fmt, FAMILIES.get(fmt, "other"), found.encrypted, ok, found.macro, found.damaged
    )


@dataclass(frozen=True, slots=True)
class _Found:
    format: str
    encrypted: bool = False
    macro: bool = False
    damaged: str | None = None


def _sniff(stream: BinaryIO, head: bytes, ext: str) -> _Found:
    found = _sniff_magic(stream, head, ext)
    return found if isinstance(found, _Found) else _Found(found)


def _sniff_magic(stream: BinaryIO, head: bytes, ext: str) -> _Found | str:
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        fmt, macro = _sniff_zip(stream)
        if fmt == _DAMAGED_ZIP:
            # A damaged zip (a half-copied docx, say): trust the extension among the zip
            # formats so that its reader reports it as unreadable.
            return ext if ext in _ZIP_FORMATS else "zip"
        return _Found(fmt, macro=macro)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _sniff_ole(stream, ext)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    office_xml = _sniff_office_xml(stream, head)
    if office_xml is not None:
        return office_xml
    claimed = next((fmt for fmt, exts in EXTENSIONS.items() if ext in exts), "unknown")
    magic = _MAGIC.get(claimed)
    if magic is not None and len(head) < len(magic) and magic.startswith(head):
        # A few bytes of the claimed format's signature and nothing more: a file cut short
        # (a copy that stopped), not text. Its reader reports it as unreadable.
        return claimed
    return _sniff_text(head, ext)


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


def _sniff_zip(stream: BinaryIO) -> tuple[str, bool]:
    """(format, macro-enabled) of a zip: ODF, OFD, an Office package, or a plain zip."""
    try:
        with zipfile.ZipFile(stream) as zf:
            names = {n.lower(): n for n in zf.namelist()}  # OPC names ignore case
            if "mimetype" in names:
                info = zf.getinfo(names["mimetype"])
                if info.file_size < 200:
                    fmt = _ODF_MIME.get(zf.read(info).strip())
                    if fmt:
                        return fmt, False
            if "ofd.xml" in names:
                return "ofd", False
            package = _office_package(zf, names)
            if package is not None:
                return package
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
        return _DAMAGED_ZIP, False
    finally:
        stream.seek(0)
    return "zip", False


def _office_package(zf: zipfile.ZipFile, names: dict[str, str]) -> tuple[str, bool] | None:
    """An Office Open XML package's format, from its main part's content type (found
    through the package relationships), else from where its parts are."""
    types = _content_types(zf, names)
    if types is not None:
        defaults, overrides = types
        main = _main_part(zf, names)
        if main is not None:
            extension = posixpath.splitext(main)[1].lstrip(".")
            kind = overrides.get(main) or defaults.get(extension)
            if kind in _MAIN_TYPES:
                return _MAIN_TYPES[kind]
        for kind in overrides.values():
            if kind in _MAIN_TYPES:
                return _MAIN_TYPES[kind]
    for part, fmt in _MAIN_PARTS.items():
        if part in names:
            return fmt, False
    if types is not None:
        for prefix, fmt in _OOXML_MAIN.items():
            if any(n.startswith(prefix) for n in names):
                return fmt, False
    return None


def _xml_part(zf: zipfile.ZipFile, name: str) -> SafeET.Element | None:
    info = zf.getinfo(name)
    if info.file_size > _XML_PART_MAX:
        return None
    try:
        return SafeET.fromstring(zf.read(info))
    except Exception:  # defusedxml's refusals and ParseError alike: a damaged part
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _content_types(
    zf: zipfile.ZipFile, names: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]] | None:
    """[Content_Types].xml as (extension → type, part name → type), lower-cased."""
    if "[content_types].xml" not in names:
        return None
    root = _xml_part(zf, names["[content_types].xml"])
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for node in root if root is not None else ():
        kind = (node.get("ContentType") or "").strip().lower()
        if _local(node.tag) == "Default":
            defaults[(node.get("Extension") or "").lower()] = kind
        elif _local(node.tag) == "Override":
            overrides[(node.get("PartName") or "").lstrip("/").lower()] = kind
    return defaults, overrides


def _main_part(zf: zipfile.ZipFile, names: dict[str, str]) -> str | None:
    """The package's main part (lower-cased), as its root relationships name it."""
    if "_rels/.rels" not in names:
        return None
    root = _xml_part(zf, names["_rels/.rels"])
    for node in root if root is not None else ():
        if (node.get("Type") or "").lower().endswith(_OFFICE_DOCUMENT):
            target = (node.get("Target") or "").lstrip("/")
            return posixpath.normpath(target).lower() if target else None
    return None


def _sniff_ole(stream: BinaryIO, ext: str) -> _Found:
    try:
        ole = olefile.OleFileIO(stream)
        try:
            streams = {"/".join(s).lower() for s in ole.listdir(streams=True, storages=False)}
            encrypted_ppt = "powerpoint document" in streams and _ppt_encrypted(ole)
        finally:
            ole.close()
    except Exception:  # olefile raises many types on damaged files
        return _damaged_ole(ext, "OLE2 目录无法解析")
    finally:
        stream.seek(0)
    if "encryptedpackage" in streams:  # a password-protected OOXML file
        guess = {"doc": "docx", "xls": "xlsx", "ppt": "pptx"}.get(ext, ext)
        return _Found(guess if guess in FAMILIES else "ole", encrypted=True)
    if "worddocument" in streams:
        return _Found("wps" if ext in ("wps", "wpt") else "doc")
    if "workbook" in streams or "book" in streams:
        return _Found("et" if ext in ("et", "ett") else "xls")
    if "powerpoint document" in streams:
        return _Found("dps" if ext in ("dps", "dpt") else "ppt", encrypted=encrypted_ppt)
    return _damaged_ole(ext, f"缺少 {_OLE_STREAMS[ext]} 数据流" if ext in _OLE_STREAMS else "")


def _damaged_ole(ext: str, why: str) -> _Found:
    """An OLE2 file without its content: damaged when its extension says what it was."""
    if ext not in _OLE_STREAMS:
        return _Found("ole")  # another OLE2 format (msg, vsd...): not ours to judge
    fmt = {"dot": "doc", "wpt": "wps", "xlt": "xls", "ett": "et", "pps": "ppt",
           "pot": "ppt", "dpt": "dps"}.get(ext, ext)  # fmt: skip
    return _Found(fmt, damaged=f"文件不完整或已损坏（{why}），无法读取内容")


def _ppt_encrypted(ole: olefile.OleFileIO) -> bool:
    """True when a PowerPoint 97-2003 file is password-protected ([MS-PPT] 2.3.2)."""
    names = {"/".join(s).lower(): s for s in ole.listdir(streams=True, storages=False)}
    if "encryptedsummary" in names:
        return True
    if "current user" not in names:
        return False
    head = ole.openstream(names["current user"]).read(16)
    return len(head) >= 16 and struct.unpack_from("<I", head, 12)[0] == _PPT_ENCRYPTED_TOKEN


# Office's one-file XML formats: the root element's namespace says which.
_WORDML_2003 = b"http://schemas.microsoft.com/office/word/2003/wordml"
_SPREADSHEET_2003 = b"urn:schemas-microsoft-com:office:spreadsheet"
_FLAT_OPC = b"http://schemas.microsoft.com/office/2006/xmlPackage"
_FLAT_OPC_WORD = b'/word/document.xml"'
_ROOT = re.compile(rb"<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_FLAT_OPC_SCAN = 16 * 1024 * 1024  # bytes searched for a Flat OPC's Word main part


def _sniff_office_xml(stream: BinaryIO, head: bytes) -> str | None:
    """Word 2003 XML or a Word Flat OPC package ("wordxml"), Excel 2003 XML ("xmlss"),
    from the root element and its namespace; None for any other file."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return None
    root = _ROOT.search(_XML_PROLOG.sub(b"", text))
    if root is None:
        return None
    name = root.group(1)
    if name == b"wordDocument" and _WORDML_2003 in head:
        return "wordxml"
    if name == b"Workbook" and _SPREADSHEET_2003 in head:
        return "xmlss"
    word = b'progid="Word.Document"' in head
    if name == b"package" and _FLAT_OPC in head and (word or _holds(stream, _FLAT_OPC_WORD)):
        return "wordxml"
    return None


_XML_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S)


def _holds(stream: BinaryIO, needle: bytes) -> bool:
    """Whether the stream's first bytes contain ``needle`` (read in chunks)."""
    stream.seek(0)
    seen = b""
    read = 0
    try:
        while read < _FLAT_OPC_SCAN:
            chunk = stream.read(1024 * 1024)
            if not chunk:
                return False
            read += len(chunk)
            if needle in seen[-len(needle) :] + chunk:
                return True
            seen = chunk
        return False
    finally:
        stream.seek(0)


#: An HTML element's opening tag (not Markdown's occasional <div align=center> or <img>).
_HTML_TAG = re.compile(
    rb"<(?:script|table|tr|td|th|div|meta|head|body|title|link|style|p|span|center|font|form"
    rb"|br|img|a|ul|ol|li|iframe|input|h[1-6])\b",
    re.IGNORECASE,
)
#: How many such tags a text's first 4 KB holds when it is a page, not a note with markup.
_HTML_FRAGMENT_TAGS = 10


#: How a server page's source opens: a directive or a code block before its markup.
_SERVER_PAGE = (b"<%@", b"<%--", b"<?php")
#: HTML tags a server page's first 4 KB holds when its markup is a page's, not only code.
_SERVER_PAGE_TAGS = 3


#: A page's <title> element, whole: what a text opening with a tag and holding it is.
_TITLE_ELEMENT = re.compile(rb"<title>[^<>]*</title>", re.IGNORECASE)

#: How a JSON document opens: an object's first key (or its end), an array's first value.
_JSON_OPENING = re.compile(rb'\{\s*["}]|\[\s*[\[{"\]]')


def _sniff_text(head: bytes, ext: str) -> str:
    lowered = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if _JSON_OPENING.match(lowered) and _looks_like_text(head):
        return "json"  # a crawler's record holding a page's HTML as one of its values
    if lowered.startswith((b"<html", b"<!doctype html", b"mime-version")) or b"<html" in lowered:
        return "html"
    if lowered.startswith(_SERVER_PAGE) and len(_HTML_TAG.findall(head)) >= _SERVER_PAGE_TAGS:
        # a server page's source (<%@ Page … %> of ASP.NET, <%@ page …%> of JSP, <?php …?>)
        # whose markup is the page: read as the page it renders
        return "html"
    if lowered.startswith(b"<") and (
        len(_HTML_TAG.findall(head)) >= _HTML_FRAGMENT_TAGS or _TITLE_ELEMENT.search(head)
    ):
        # a page saved without its <html> (a crawler's fragment, a CMS's body, a server-side
        # include's page: <!--#include …--> over its <title>)
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
