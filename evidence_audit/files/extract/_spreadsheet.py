"""Spreadsheets (.xlsx, .xls, WPS .et, .ods) through python-calamine.

calamine is Rust: its XML reader (quick-xml) does not expand DTD entities, so the zip
checks of :func:`~evidence_audit.files.extract.ooxml.open_zip` are what bounds an xlsx/ods.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from ...errors import ExtractionError
from ._tables import build_table
from .base import Cell, Extraction, Limits, Table, document_properties
from .ooxml import core_properties, iso_datetime, metadata_part, open_zip

__all__ = ["RawCell", "read_ods", "read_xls", "read_xlsx", "sheets_extraction"]

_RawCell = int | float | str | bool | dt.time | dt.date | dt.datetime | dt.timedelta
RawCell = _RawCell  # a cell as a workbook library gives it, before it becomes a Cell
_TEXT_ROWS = 12  # leading non-blank rows of each sheet given as text
_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _cell(value: _RawCell) -> Cell:
    """A calamine value as a :data:`Cell`: dates as ISO text, integral floats as int."""
    if isinstance(value, bool | int | str):
        return value if value != "" else None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)  # timedelta (a duration cell)


def _is_encryption_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return isinstance(exc, PasswordError) or "password" in text or "encrypt" in text


def _sheet_rows(
    rows: Iterator[list[_RawCell]], seen: list[tuple[Cell, ...]]
) -> Iterator[Sequence[Cell]]:
    """Converted rows; the first non-blank ones are also kept in ``seen`` for the text."""
    for raw in rows:
        if not any(raw) and raw.count(0) == 0:  # blank (empty cells are ""), not zeros
            yield ()
            continue
        row = tuple(_cell(v) for v in raw)
        if len(seen) < _TEXT_ROWS and any(c is not None for c in row):
            seen.append(row)
        yield row


def _fields_above(seen: list[tuple[Cell, ...]]) -> list[str]:
    """The fields of a sheet's head above its table, a label closed by a colon and its
    value in the next cell (盘点时间： | 2018-07-26), as a form's head holds them: lines
    of the text, up to the first row that is none."""
    out = []
    for row in seen:
        cells = [c for c in row if c is not None]
        if len(cells) != 2 or not isinstance(cells[0], str):
            break
        if not cells[0].rstrip().endswith(("：", ":")):
            break
        out.append(f"{cells[0].strip()}\t{cells[1]}")
    return out


def _sheet_text(table: Table | None, seen: list[tuple[Cell, ...]]) -> str:
    if table is None:
        lines = ["\t".join(str(c) for c in row if c is not None) for row in seen]
    else:
        lines = [table.title, *_fields_above(seen), "\t".join(h for h in table.header if h)]
        lines += ["\t".join(str(c) for c in row if c is not None) for row in table.rows[:10]]
    return "\n".join(line for line in lines if line)


def _read_workbook(stream: BinaryIO, limits: Limits, meta: dict[str, str | None]) -> Extraction:
    stream.seek(0)
    try:
        workbook = CalamineWorkbook.from_filelike(stream)
    except CalamineError as exc:
        if _is_encryption_error(exc):
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容") from exc
        raise

    def rows_of(index: int) -> Iterator[list[_RawCell]]:
        try:
            sheet = workbook.get_sheet_by_index(index)
        except CalamineError as exc:
            if _is_encryption_error(exc):
                raise ExtractionError("encrypted", "文件有密码保护，无法读取内容") from exc
            raise
        # iter_rows starts at sheet row 1 (leading blank rows included), which keeps row
        # numbers true; it only skips leading blank columns.
        rows: Iterator[list[_RawCell]] = sheet.iter_rows()
        return rows

    with workbook:
        return sheets_extraction(workbook.sheet_names, rows_of, limits, meta)


def sheets_extraction(
    names: Sequence[str],
    rows_of: Callable[[int], Iterator[list[_RawCell]]],
    limits: Limits,
    meta: dict[str, str | None],
) -> Extraction:
    """Tables and text of a workbook's sheets, whichever library gives the rows."""
    tables: list[Table] = []
    texts: list[str] = []
    size = 0
    for index, name in enumerate(names[: limits.max_tables]):
        seen: list[tuple[Cell, ...]] = []
        # Every row is read: build_table stops at Limits.max_rows data rows and says so.
        table = build_table(name, _sheet_rows(rows_of(index), seen), limits)
        if table is not None:
            tables.append(table)
        if size < limits.text_chars and (text := _sheet_text(table, seen)):
            texts.append(text)
            size += len(text) + 1
    return Extraction(
        text="\n".join(texts)[: limits.text_chars],
        **document_properties(meta),
        pages=len(names),
        tables=tuple(tables),
    )


def read_xlsx(stream: BinaryIO, limits: Limits) -> Extraction:
    """Every sheet of an .xlsx workbook, with ``docProps/core.xml`` metadata.

    calamine lays a sheet out densely from its first to its last used cell, so one stray
    cell at XFD1048576 asks for hundreds of GB and aborts the process. Such workbooks are
    read row by row with openpyxl instead.
    """
    with open_zip(stream, limits) as zf:
        meta = core_properties(zf)
        sparse = any(_extent(zf, info) > _MAX_DENSE_CELLS for info in _sheet_parts(zf))
    if sparse:
        return _read_sparse_xlsx(stream, limits, meta)
    return _read_workbook(stream, limits, meta)


_MAX_DENSE_CELLS = 20_000_000
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\b[^>]*?\bref="[A-Z]*[0-9]*:?([A-Z]{1,3})([0-9]{1,7})"'
)


def _sheet_parts(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [
        i for i in zf.infolist()
        if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
    ]  # fmt: skip


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The number of cells from A1 to the sheet's farthest cell reference."""
    rows = cols = 0
    with zf.open(info) as part:
        tail = b""
        while chunk := part.read(1 << 20):
            data = tail + chunk
            for pattern in (_DIMENSION, _CELL_REF):
                for m in pattern.finditer(data):
                    cols = max(cols, _column_number(m.group(1)))
                    rows = max(rows, int(m.group(2)))
            tail = data[-200:]
    return rows * cols


def _read_sparse_xlsx(stream: BinaryIO, limits: Limits, meta: dict[str, str | None]) -> Extraction:
    import openpyxl

    stream.seek(0)
    workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    names = workbook.sheetnames

    def rows_of(index: int) -> Iterator[list[_RawCell]]:
        raw = workbook[names[index]].iter_rows(max_col=_SPARSE_MAX_COLUMNS, values_only=True)
        # The million empty rows before a stray far cell cost one count each.
        return ([] if row.count(None) == len(row) else [_plain(v) for v in row] for row in raw)

    try:
        return sheets_extraction(names, rows_of, limits, meta)
    finally:
        workbook.close()


_SPARSE_MAX_COLUMNS = 200


def _plain(value: object) -> _RawCell:
    """An openpyxl value as calamine would give it (empty as "", rich text as text)."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str | dt.date | dt.time | dt.timedelta):
        return value
    return str(value)


def read_xls(stream: BinaryIO, limits: Limits) -> Extraction:
    """Every sheet of a BIFF workbook (.xls, and WPS .et which is the same format)."""
    return _read_workbook(stream, limits, {})


def _odf_meta(zf: zipfile.ZipFile) -> dict[str, str | None]:
    """Title, author and dates from an ODF ``meta.xml`` (empty when absent or malformed)."""
    out: dict[str, str | None] = {}
    root = metadata_part(zf, "meta.xml")
    if root is None:
        return out

    def text(path: str) -> str | None:
        node = root.find(f"office:meta/{path}", _ODF)
        value = (node.text or "").strip() if node is not None else ""
        return value or None

    out["title"] = text("dc:title")
    out["author"] = text("meta:initial-creator") or text("dc:creator")
    out["created"] = iso_datetime(text("meta:creation-date"))
    out["modified"] = iso_datetime(text("dc:date"))
    return out


def read_ods(stream: BinaryIO, limits: Limits) -> Extraction:
    """Every sheet of an OpenDocument spreadsheet, with ``meta.xml`` metadata."""
    with open_zip(stream, limits) as zf:
        meta = _odf_meta(zf)
    return _read_workbook(stream, limits, meta)
