"""Office documents saved as one XML file: Word 2003 XML (WordprocessingML 2003), Word's
Flat OPC (a whole .docx package as one ``pkg:package`` file) and Excel 2003 XML
(SpreadsheetML 2003).

Office offers these as "XML document" / "XML spreadsheet 2003" and opens them under any
name; county systems save them with a .doc or .xls name. The file is parsed once with
defusedxml (no DTD entities, no external entities, no network), its size bounded by
``Limits.max_xml_bytes``:

- a Flat OPC package is unpacked into an in-memory .docx (its XML parts re-serialised,
  its base64 parts decoded, ``[Content_Types].xml`` written from the parts' content
  types) and read by the .docx reader, python-docx or its lenient main-part reader;
- a Word 2003 document's elements are renamed into the 2006 WordprocessingML namespace,
  whose vocabulary they share for what is read (paragraphs, runs, tables, merged cells,
  text boxes, styles), and its body is read by the .docx reader's own paragraph and table
  code; its properties come from ``o:DocumentProperties``;
- a 2003 spreadsheet's worksheets are read as sheets (``ss:Index`` gaps and
  ``ss:MergeAcross`` kept, so that columns stay aligned).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree import ElementTree as ET
from xml.sax.saxutils import quoteattr

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from . import _docx
from ._spreadsheet import RawCell, sheets_extraction
from .base import Extraction, Limits
from .ooxml import iso_datetime

__all__ = ["read_spreadsheet_xml", "read_word_xml"]

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
WORDML_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
SPREADSHEET_2003 = "urn:schemas-microsoft-com:office:spreadsheet"
_OFFICE = "urn:schemas-microsoft-com:office:office"
_W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_SPAN = 256  # ss:MergeAcross / ss:Index steps honoured
_MAX_COLUMN = 16_384  # Excel's last column


def _parse(stream: BinaryIO, limits: Limits, what: str) -> ET.Element:
    """The file's XML tree, parsed safely; a bomb or broken XML as a clear problem."""
    stream.seek(0)
    data = stream.read(limits.max_xml_bytes + 1)
    if len(data) > limits.max_xml_bytes:
        mb = limits.max_xml_bytes // (1024 * 1024)
        raise ExtractionError("file_too_large", f"{what}超过 {mb} MB 上限，未读取内容")
    data = _utf8(data)
    try:
        root: ET.Element = SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise ExtractionError(
            "unreadable", f"{what}含有实体声明或外部引用（疑似 XML 炸弹），未解析"
        ) from exc
    except ET.ParseError as exc:
        raise ExtractionError("unreadable", f"{what}已损坏，XML 无法解析（{exc}）") from exc
    return root


_DECLARED = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"""
)
_GBK = {"gb2312", "gbk", "x-gbk", "cp936", "936", "gb_2312-80", "euc-cn"}


def _utf8(data: bytes) -> bytes:
    """The document in UTF-8 when it declares another multi-byte encoding (a GBK or
    GB2312 template, which Word opens): expat reads no multi-byte encoding but its own."""
    declared = _DECLARED.match(data[:1024])
    if declared is None:
        return data
    label = declared.group(1).decode("ascii").lower()
    try:
        codec = "gb18030" if label in _GBK else codecs.lookup(label).name
    except LookupError:
        return data  # expat says what it cannot read
    if codec in ("utf-8", "ascii") or codec.startswith(("utf-16", "latin", "iso8859", "cp12")):
        return data  # expat reads these itself
    head = data[: declared.end()].replace(declared.group(1), b"utf-8", 1)
    return head + data[declared.end() :].decode(codec, "replace").encode("utf-8")


# --- Word: Flat OPC and WordprocessingML 2003 -----------------------------------------


def read_word_xml(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text, first heading, tables and properties of a Word XML document (Flat OPC or
    Word 2003 XML), as the .docx reader reads a .docx."""
    root = _parse(stream, limits, "Word XML 文档")
    if root.tag == f"{{{PKG}}}package":
        return _docx.read_docx(_flat_opc_package(root, limits), limits)
    if root.tag == f"{{{WORDML_2003}}}wordDocument":
        return _read_wordml_2003(root, limits)
    raise ExtractionError(
        "unreadable", "XML 文件不是 Word 文档（缺少 w:wordDocument 或 pkg:package）"
    )


def _flat_opc_package(root: ET.Element, limits: Limits) -> io.BytesIO:
    """The parts of a Flat OPC package written into an in-memory zip package."""
    buffer = io.BytesIO()
    types: list[tuple[str, str]] = []
    size = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for count, part in enumerate(root.iter(f"{{{PKG}}}part")):
            if count >= limits.container_members:
                raise ExtractionError("container_limit", f"文档的部件过多（超过 {count} 个）")
            name = (part.get(f"{{{PKG}}}name") or "").lstrip("/")
            if not name or name.lower() == "[content_types].xml":
                continue
            data = _part_bytes(part)
            if data is None:
                continue
            size += len(data)
            if size > limits.max_xml_bytes:
                raise ExtractionError("container_limit", "文档各部件解开后体积过大，未读取内容")
            zf.writestr(name, data)
            types.append((name, part.get(f"{{{PKG}}}contentType") or ""))
        overrides = "".join(
            f"<Override PartName={quoteattr('/' + name)} ContentType={quoteattr(kind)}/>"
            for name, kind in types
            if kind
        )
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns='
            '"http://schemas.openxmlformats.org/package/2006/content-types">'
            f"{overrides}</Types>",
        )
    buffer.seek(0)
    return buffer


def _part_bytes(part: ET.Element) -> bytes | None:
    """A Flat OPC part's content: its XML child re-serialised, or its base64 data."""
    xml = part.find(f"{{{PKG}}}xmlData")
    if xml is not None:
        children = list(xml)
        if not children:
            return None
        body: bytes = ET.tostring(children[0], encoding="utf-8")
        return body
    binary = part.find(f"{{{PKG}}}binaryData")
    if binary is not None:
        try:
            return base64.b64decode("".join((binary.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            return None  # a damaged picture must not cost the text
    return None


# Word 2003 names that 2006 spells otherwise; and what is not in the body's flow: a
# footnote's text (2003 writes it inline, where 2006 keeps a reference) and a comment.
_RENAMED = {"vmerge": "vMerge", "hlink": "hyperlink"}
_AML = "http://schemas.microsoft.com/aml/2001/core"
_NOT_FLOW = {f"{{{WORDML_2003}}}footnote", f"{{{WORDML_2003}}}endnote"}


def _renamed(root: ET.Element) -> None:
    """Word 2003 elements and attributes moved into the 2006 namespace, in place; its
    footnotes' and comments' text taken out of the paragraphs it was written in."""
    old = f"{{{WORDML_2003}}}"
    new = f"{{{_W2006}}}"
    for node in root.iter():
        for child in [c for c in node if c.tag in _NOT_FLOW or _is_comment(c)]:
            node.remove(child)
        if isinstance(node.tag, str) and node.tag.startswith(old):
            local = node.tag[len(old) :]
            node.tag = new + _RENAMED.get(local, local)
        for key in [k for k in node.attrib if k.startswith(old)]:
            node.attrib[new + key[len(old) :]] = node.attrib.pop(key)


def _is_comment(node: ET.Element) -> bool:
    return (
        node.tag == f"{{{_AML}}}annotation" and node.get(f"{{{WORDML_2003}}}type") == "Word.Comment"
    )


def _read_wordml_2003(root: ET.Element, limits: Limits) -> Extraction:
    meta = _office_properties(root)
    _renamed(root)
    w = f"{{{_W2006}}}"
    body = root.find(f"{w}body")
    if body is None:
        raise ExtractionError("unreadable", "Word XML 文档没有正文（缺少 w:body）")
    styles: dict[str, str] = {}
    for style in root.iter(f"{w}style"):
        name = style.find(f"{w}name")
        styles[style.get(f"{w}styleId") or ""] = (
            name.get(f"{w}val") or "" if name is not None else ""
        )
    paragraphs, tables, title = _docx.body_blocks(body, styles, limits)
    return _docx.word_extraction(paragraphs, tables, title, meta, limits)


def _office_properties(root: ET.Element) -> dict[str, str | None]:
    """Title, author, created and last saved of ``o:DocumentProperties``."""
    props = root.find(f"{{{_OFFICE}}}DocumentProperties")

    def text(tag: str) -> str | None:
        node = props.find(f"{{{_OFFICE}}}{tag}") if props is not None else None
        value = (node.text or "").strip() if node is not None else ""
        return value or None

    return {
        "title": text("Title"),
        "author": text("Author"),
        "created": iso_datetime(text("Created")),
        "modified": iso_datetime(text("LastSaved")),
    }


# --- Excel: SpreadsheetML 2003 ----------------------------------------------------------

_SS = f"{{{SPREADSHEET_2003}}}"


def read_spreadsheet_xml(stream: BinaryIO, limits: Limits) -> Extraction:
    """Every worksheet of an Excel 2003 XML workbook, with its document properties."""
    root = _parse(stream, limits, "Excel XML 表格")
    if root.tag != f"{_SS}Workbook":
        raise ExtractionError("unreadable", "XML 文件不是 Excel 表格（缺少 ss:Workbook）")
    sheets = root.findall(f"{_SS}Worksheet")
    names = [s.get(f"{_SS}Name") or f"Sheet{i + 1}" for i, s in enumerate(sheets)]

    def rows_of(index: int) -> Iterator[list[RawCell]]:
        table = sheets[index].find(f"{_SS}Table")
        return _sheet_rows(table) if table is not None else iter(())

    return sheets_extraction(names, rows_of, limits, _office_properties(root))


def _index(node: ET.Element, after: int) -> int:
    """The 1-based ss:Index of a row or cell, else the one after ``after``; a jump back
    or too far is ignored (Excel refuses such a file)."""
    value = node.get(f"{_SS}Index")
    if value is not None and value.strip().isdigit():
        index = int(value)
        if after < index <= after + _MAX_COLUMN:
            return index
    return after + 1


def _sheet_rows(table: ET.Element) -> Iterator[list[RawCell]]:
    """A worksheet's rows from row 1, blank rows for ss:Index gaps, as calamine gives
    them: cells "" where empty, numbers as floats."""
    number = 0
    for row in table.iter(f"{_SS}Row"):
        index = _index(row, number)
        for _ in range(index - number - 1):
            yield []
        number = index
        cells: list[RawCell] = []
        for cell in row.findall(f"{_SS}Cell"):
            column = _index(cell, len(cells))
            if column > _MAX_COLUMN:
                break
            cells.extend([""] * (column - 1 - len(cells)))
            cells.append(_cell_value(cell))
            span = cell.get(f"{_SS}MergeAcross") or ""
            if span.strip().isdigit():
                cells.extend([""] * min(int(span), _MAX_SPAN))
        yield cells


def _cell_value(cell: ET.Element) -> RawCell:
    data = cell.find(f"{_SS}Data")
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type") or "String"
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text.strip()
    if kind == "Boolean":
        return text.strip() == "1"
    if kind == "DateTime":
        value = iso_datetime(text)
        if value is not None and value.endswith("T00:00:00"):
            return value[:10]  # a date cell, as calamine gives one
        return value or text.strip()
    return text
