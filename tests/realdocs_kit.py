"""Shared by the tests reproducing real documents (tests/test_realdocs_*.py): each writes
the document's real lines to a file in a unit's folder and reads it as an audit does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import openpyxl

from evidence_audit import load_ruleset
from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord

RULES = load_ruleset("east-west-2019")


def _analyse(path: Path, name: str) -> FileRecord:
    return analyze_file(FileEntry(f"项目组/{name}", "项目组", str(path)), RULES)


def save_docx(document: Any, tmp_path: Path, name: str) -> FileRecord:
    """Save a python-docx document as 项目组/``name`` and read it."""
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return _analyse(path, name)


def docx_lines(tmp_path: Path, name: str, lines: list[str], title: str = "") -> FileRecord:
    """A docx of one paragraph per line (``title``: its title property), read."""
    document = docx.Document()
    if title:
        document.core_properties.title = title
    for line in lines:
        document.add_paragraph(line)
    return save_docx(document, tmp_path, name)


def text_file(tmp_path: Path, name: str, text: str) -> FileRecord:
    """A UTF-8 text file, read."""
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return _analyse(path, name)


def file_of(tmp_path: Path, name: str, data: bytes) -> FileRecord:
    """A file of these bytes (a PDF built by a test), read."""
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return _analyse(path, name)


def workbook(
    tmp_path: Path,
    name: str,
    sheets: dict[str, list[list[Any]]],
    merged: dict[str, list[str]] | None = None,
) -> FileRecord:
    """An .xlsx of the given sheets (name → rows, in order; ``merged``: name → cell ranges
    merged, as "A1:G2"), read."""
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(title, []):
            sheet.merge_cells(cells)
    book.save(str(path))
    return _analyse(path, name)


def add_table(document: Any, rows: list[list[str]]) -> None:
    """Append a table of these cells to a python-docx document."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def counted(record: FileRecord) -> str:
    """The kind the file counts as: ``other`` when it is not sure enough to count."""
    return record.kind if record.confidence >= RULES.count_confidence else "other"


def dated(record: FileRecord) -> tuple[str | None, str | None]:
    """The file's date and its role."""
    return (record.date.isoformat() if record.date else None), record.date_source
