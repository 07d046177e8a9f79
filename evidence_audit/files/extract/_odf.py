"""OpenDocument text (.odt): paragraphs, headings and tables from ``content.xml``, and
title, author, dates and page count from ``meta.xml``.

Parts are parsed with defusedxml (no entity expansion) after
:func:`~evidence_audit.files.extract.ooxml.open_zip` has checked the package sizes. OpenDocument
spreadsheets (.ods) are read by :mod:`.spreadsheet`.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from ._tables import build_table
from .base import Cell, Extraction, Limits, Table, document_properties
from .ooxml import iso_datetime, open_zip

__all__ = ["read_odt"]

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"

_CONTENT_MAX = 64 * 1024 * 1024
_META_MAX = 1024 * 1024
#: Repeats honoured for table:number-columns-repeated / -rows-repeated; office suites
#: write huge counts for the empty remainder of a sheet.
_MAX_REPEAT = 256

_PARAGRAPHS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_TABLE_TAG = f"{{{_TABLE}}}table"
_ROW_TAG = f"{{{_TABLE}}}table-row"
_CELLS = {f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"}
_COVERED = f"{{{_TABLE}}}covered-table-cell"
_ROW_GROUPS = {
    f"{{{_TABLE}}}{name}" for name in ("table-header-rows", "table-rows", "table-row-group")
}
#: Inline elements whose text is not part of the running text (footnotes, comments).
_SKIP = {f"{{{_TEXT}}}note", f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}tracked-changes"}


def _part(zf: zipfile.ZipFile, name: str, limit: int) -> Element | None:
    """A parsed part, or None when it is missing or bigger than ``limit``."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        return None
    with zf.open(info) as part:
        root: Element = SafeET.fromstring(part.read(limit + 1))
    return root


def _meta(zf: zipfile.ZipFile) -> dict[str, str | None]:
    """Title, author, dates and page count from ``meta.xml`` (None when absent)."""
    out: dict[str, str | None] = dict.fromkeys(("title", "author", "created", "modified", "pages"))
    try:
        root = _part(zf, "meta.xml", _META_MAX)
    except Exception:  # defusedxml's refusals and ParseError alike: metadata is optional
        return out
    found = root.find(f"{{{_OFFICE}}}meta") if root is not None else None
    if found is None:
        return out
    meta: Element = found

    def text(tag: str) -> str | None:
        node = meta.find(tag)
        value = (node.text or "").strip() if node is not None else ""
        return value or None

    out["title"] = text(f"{{{_DC}}}title")
    out["author"] = text(f"{{{_META}}}initial-creator") or text(f"{{{_DC}}}creator")
    out["created"] = iso_datetime(text(f"{{{_META}}}creation-date"))
    out["modified"] = iso_datetime(text(f"{{{_DC}}}date"))
    stats = meta.find(f"{{{_META}}}document-statistic")
    if stats is not None:
        out["pages"] = stats.get(f"{{{_META}}}page-count")
    return out


def _inline(node: Element) -> Iterator[str]:
    """The text of a paragraph's content, spaces, tabs and line breaks included."""
    if node.text:
        yield node.text
    for child in node:
        tag = child.tag
        if tag == f"{{{_TEXT}}}s":
            yield " " * min(_count(child.get(f"{{{_TEXT}}}c")), _MAX_REPEAT)
        elif tag == f"{{{_TEXT}}}tab":
            yield "\t"
        elif tag == f"{{{_TEXT}}}line-break":
            yield "\n"
        elif tag not in _SKIP:
            yield from _inline(child)
        if child.tail:
            yield child.tail


def _count(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


def _cell_text(cell: Element) -> str:
    paragraphs = ("".join(_inline(p)).strip() for p in cell.iter() if p.tag in _PARAGRAPHS)
    return "\n".join(p for p in paragraphs if p)


def _row_elements(node: Element) -> Iterator[Element]:
    """The rows of a table in order, through header rows and row groups, not into cells."""
    for child in node:
        if child.tag == _ROW_TAG:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _row_elements(child)


def _rows(table: Element) -> Iterator[list[Cell]]:
    """Rows of a table with repeated cells and rows expanded; covered cells are None."""
    for row in _row_elements(table):
        cells: list[Cell] = []
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            value: Cell = None if cell.tag == _COVERED else (_cell_text(cell) or None)
            span = min(_count(cell.get(f"{{{_TABLE}}}number-columns-repeated")), _MAX_REPEAT)
            cells.extend([value] * span)
        for _ in range(min(_count(row.get(f"{{{_TABLE}}}number-rows-repeated")), _MAX_REPEAT)):
            yield cells


def _row_text(cells: list[Cell]) -> str:
    return "\t".join(str(c).replace("\n", " ") for c in cells if c is not None)


def read_odt(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text, first heading, tables and ``meta.xml`` properties of an .odt document."""
    with open_zip(stream, limits) as zf:
        meta = _meta(zf)
        root = _part(zf, "content.xml", _CONTENT_MAX)
    if root is None:
        raise ExtractionError("unreadable", "文档缺少正文部分 content.xml，无法解析")
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ExtractionError("unreadable", "content.xml 中没有文本正文，无法解析")

    parts: list[str] = []
    size = 0
    title: str | None = None
    tables: list[Table] = []

    def add(line: str) -> None:
        nonlocal size
        if line and size < limits.text_chars:
            parts.append(line)
            size += len(line) + 1

    def walk(node: Element) -> None:
        nonlocal title
        for child in node:
            if child.tag in _PARAGRAPHS:
                text = "".join(_inline(child)).strip()
                if title is None and text and child.tag == f"{{{_TEXT}}}h":
                    title = text
                add(text)
            elif child.tag == _TABLE_TAG:
                raw = list(_rows(child))
                for cells in raw:
                    add(_row_text(cells))
                if len(tables) < limits.max_tables:
                    name = child.get(f"{{{_TABLE}}}name") or f"表{len(tables) + 1}"
                    if (found := build_table(name, raw, limits)) is not None:
                        tables.append(found)
            elif child.tag not in _SKIP:
                walk(child)  # lists, sections, frames: their paragraphs in order

    walk(body)
    pages = meta["pages"]
    return Extraction(
        text="\n".join(parts)[: limits.text_chars],
        title=title,
        **document_properties(meta),
        pages=int(pages) if pages and pages.isdigit() else None,
        tables=tuple(tables),
    )
