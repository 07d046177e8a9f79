"""Word documents (.docx) with python-docx.

python-docx parses every part with ``docx.oxml.parser.oxml_parser`` (and
``docx.opc.oxml.oxml_parser`` for rels and content types), both
``etree.XMLParser(remove_blank_text=True, resolve_entities=False)`` (checked in
python-docx 1.2): entity expansion and external entities are not resolved; lxml's default
``huge_tree=False`` also caps text node size and depth. Part sizes are bounded beforehand
by :func:`~evidence_audit.files.extract.ooxml.open_zip`.
"""

from __future__ import annotations

from typing import BinaryIO

import docx

from .base import Extraction, Limits, Table
from .ooxml import core_properties, open_zip
from .tables import build_table

__all__ = ["read_docx"]


def _row_text(cells: list[str]) -> str:
    """One table row as text; the repeats python-docx gives for merged cells dropped."""
    out: list[str] = []
    for cell in cells:
        if cell and (not out or out[-1] != cell):
            out.append(cell)
    return "\t".join(out)


def read_docx(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text, first heading, tables and core properties of a .docx file."""
    with open_zip(stream, limits) as zf:
        meta = core_properties(zf)
    stream.seek(0)
    document = docx.Document(stream)

    parts: list[str] = []
    size = 0
    title: str | None = None
    # Paragraph.style resolves the default style by scanning every style, per paragraph
    # (most of the reading time); the style id of the paragraph element is enough.
    style_names = {s.style_id: s.name or "" for s in document.styles}
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        if title is None:
            style = style_names.get(paragraph._p.style or "", "")
            if style.startswith(("Title", "Heading", "标题")):
                title = text
        if size < limits.text_chars:
            parts.append(text)
            size += len(text) + 1

    tables: list[Table] = []
    for index, table in enumerate(document.tables):
        raw: list[list[str]] = []
        for row_index, row in enumerate(table.rows):
            if row_index > limits.max_rows:
                break
            cells = [cell.text for cell in row.cells]
            raw.append(cells)
            if size < limits.text_chars and (line := _row_text(cells)):
                parts.append(line)
                size += len(line) + 1
        if len(tables) < limits.max_tables:
            found = build_table(f"表{index + 1}", raw, limits)
            if found is not None:
                tables.append(found)

    return Extraction(
        text="\n".join(parts)[: limits.text_chars],
        title=title,
        meta_title=meta["title"],
        author=meta["author"],
        created=meta["created"],
        modified=meta["modified"],
        pages=None,
        tables=tuple(tables),
    )
