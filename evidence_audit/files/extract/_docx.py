"""Word documents (.docx) with python-docx, and leniently when python-docx refuses.

python-docx parses every part with ``docx.oxml.parser.oxml_parser`` (and
``docx.opc.oxml.oxml_parser`` for rels and content types), both
``etree.XMLParser(remove_blank_text=True, resolve_entities=False)`` (checked in
python-docx 1.2): entity expansion and external entities are not resolved; lxml's default
``huge_tree=False`` also caps text node size and depth. Part sizes are bounded beforehand
by :func:`~evidence_audit.files.extract.ooxml.open_zip`.

python-docx loads every part a relationship names and refuses the whole package when one
is missing (a dangling ``customUI`` relationship, an image or a ``styles.xml`` that is not
there) or when the main part's content type is not the one it expects; Word opens such
files. Then the main part alone (``word/document.xml``, as the package relationships
name it) is read here with defusedxml (no entities, no DTD, no network; its size bounded
by ``open_zip``): paragraphs, tables (merged cells repeated as python-docx gives them)
and the first heading. A package whose main part is missing or is not XML stays
unreadable.

python-docx is imported when a .docx is first read: the sweep's main process, which
reads no file, does not carry its 14 MB.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from typing import BinaryIO

from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from ._tables import build_table
from .base import Extraction, Limits, Table, document_properties
from .ooxml import core_properties, open_zip

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
    import docx

    with open_zip(stream, limits) as zf:
        meta = core_properties(zf)
        stream.seek(0)
        try:
            document = docx.Document(stream)
        except Exception as exc:  # python-docx refuses what Word opens: read the main part
            return _extraction(*_read_main_part(zf, exc, limits), meta, limits)

    title: str | None = None
    # Paragraph.style resolves the default style by scanning every style, per paragraph
    # (most of the reading time); the style id of the paragraph element is enough.
    style_names = {s.style_id: s.name or "" for s in document.styles}
    paragraphs: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        if title is None and _is_heading(style_names.get(paragraph._p.style or "", "")):
            title = text
        paragraphs.append(text)
    tables: list[list[list[str]]] = []
    for table in document.tables:
        raw: list[list[str]] = []
        for row_index, row in enumerate(table.rows):
            if row_index > limits.max_rows:
                break
            raw.append([cell.text for cell in row.cells])
        tables.append(raw)
    return _extraction(paragraphs, tables, title, meta, limits)


def _is_heading(style: str) -> bool:
    return style.startswith(("Title", "Heading", "标题", "title", "heading"))


def _extraction(
    paragraphs: list[str],
    raw_tables: list[list[list[str]]],
    title: str | None,
    meta: dict[str, str | None],
    limits: Limits,
) -> Extraction:
    """The extraction of a Word document from its paragraphs and its tables' cells."""
    parts: list[str] = []
    size = 0
    for text in paragraphs:
        if size >= limits.text_chars:
            break
        parts.append(text)
        size += len(text) + 1
    tables: list[Table] = []
    for index, raw in enumerate(raw_tables):
        for cells in raw:
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
        **document_properties(meta),
        pages=None,
        tables=tuple(tables),
    )


# --- the lenient reader: the main part only ------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFFICE_DOCUMENT = "/officedocument"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _main_part_name(zf: zipfile.ZipFile) -> str | None:
    """The main document part, as the package relationships name it (case kept)."""
    names = {n.lower(): n for n in zf.namelist()}
    rels = names.get("_rels/.rels")
    if rels is not None:
        root = _parse(zf.read(rels))
        for node in root if root is not None else ():
            kind = (node.get("Type") or "").lower()
            if kind.endswith(_OFFICE_DOCUMENT):
                target = posixpath.normpath((node.get("Target") or "").lstrip("/")).lower()
                if target in names:
                    return names[target]
    return names.get("word/document.xml")


def _style_names(zf: zipfile.ZipFile, main: str) -> dict[str, str]:
    """Style id → style name, when the styles part is there (it is optional)."""
    folder = posixpath.dirname(main)
    names = {n.lower(): n for n in zf.namelist()}
    part = names.get(posixpath.join(folder, "styles.xml").lower())
    if part is None:
        return {}
    root = _parse(zf.read(part))
    if root is None:
        return {}
    out: dict[str, str] = {}
    for style in root.iter(_q("style")):
        name = style.find(_q("name"))
        out[style.get(_q("styleId")) or ""] = name.get(_q("val")) or "" if name is not None else ""
    return out


def _parse(data: bytes) -> ET.Element | None:
    """An XML part, or None when it is not well-formed (or defusedxml refuses it)."""
    try:
        root: ET.Element = SafeET.fromstring(data)
    except Exception:  # ParseError and defusedxml's refusals alike
        return None
    return root


def _paragraph_text(p: ET.Element) -> str:
    out: list[str] = []
    for node in p.iter():
        if node.tag == _q("t"):
            out.append(node.text or "")
        elif node.tag == _q("tab"):
            out.append("\t")
        elif node.tag in (_q("br"), _q("cr")):
            out.append("\n")
    return "".join(out)


def _cell_text(tc: ET.Element) -> str:
    return "\n".join(_paragraph_text(p) for p in tc.iter(_q("p")))


def _table_rows(tbl: ET.Element, limits: Limits) -> list[list[str]]:
    """The rows of a table as python-docx gives them: a cell spanning columns repeated,
    a vertically merged cell given the text of the cell it continues."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in tbl.findall(_q("tr")):  # its own rows, not a nested table's
        if len(rows) > limits.max_rows:
            break
        cells: list[str] = []
        for tc in tr.findall(_q("tc")):
            props = tc.find(_q("tcPr"))
            span_node = props.find(_q("gridSpan")) if props is not None else None
            merge = props.find(_q("vMerge")) if props is not None else None
            span = int(span_node.get(_q("val")) or 1) if span_node is not None else 1
            column = len(cells)
            if merge is not None and merge.get(_q("val")) in (None, "continue"):
                text = above.get(column, "")
            else:
                text = _cell_text(tc)
            for k in range(max(1, min(span, 64))):
                above[column + k] = text
                cells.append(text)
        rows.append(cells)
    return rows


def _read_main_part(
    zf: zipfile.ZipFile, refused: Exception, limits: Limits
) -> tuple[list[str], list[list[list[str]]], str | None]:
    """Paragraphs, tables and first heading of the main part, read without python-docx."""
    main = _main_part_name(zf)
    if main is None:
        raise ExtractionError("unreadable", f"Word 文档缺少正文部分（{refused}）") from refused
    root = _parse(zf.read(main))
    if root is None:
        raise ExtractionError("unreadable", "Word 文档的正文部分已损坏，无法解析") from refused
    body = root.find(_q("body"))
    if body is None:
        raise ExtractionError("unreadable", "Word 文档的正文部分没有内容（缺少 body）")
    styles = _style_names(zf, main)
    paragraphs: list[str] = []
    tables: list[list[list[str]]] = []
    title: str | None = None

    def walk(element: ET.Element) -> None:
        nonlocal title
        for block in element:
            if block.tag == _q("tbl"):
                tables.append(_table_rows(block, limits))
            elif block.tag == _q("p"):
                text = _paragraph_text(block).strip()
                if not text:
                    continue
                if title is None:
                    style = block.find(f"{_q('pPr')}/{_q('pStyle')}")
                    style_id = style.get(_q("val")) or "" if style is not None else ""
                    if _is_heading(styles.get(style_id, style_id)):
                        title = text
                paragraphs.append(text)
            else:  # content controls, tracked insertions, custom XML: look inside
                walk(block)

    walk(body)
    return paragraphs, tables, title
