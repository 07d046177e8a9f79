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
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from ._tables import build_table
from .base import Extraction, Limits, Table, document_properties
from .ooxml import core_properties, open_zip

__all__ = ["body_blocks", "read_docx", "word_extraction"]


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
            return word_extraction(*_read_main_part(zf, exc, limits), meta, limits)

    # Paragraph.style resolves the default style by scanning every style, per paragraph
    # (most of the reading time); the style id of the paragraph element is enough.
    style_names = {s.style_id: s.name or "" for s in document.styles}

    paragraphs, tables, title = body_blocks(document.element.body, style_names, limits)
    return word_extraction(paragraphs, tables, title, meta, limits)


def _is_heading(style: str) -> bool:
    return style.startswith(("Title", "Heading", "标题", "title", "heading"))


def word_extraction(
    paragraphs: Sequence[str | int],
    raw_tables: list[list[list[str]]],
    title: str | None,
    meta: dict[str, str | None],
    limits: Limits,
) -> Extraction:
    """The extraction of a Word document from its blocks and its tables' cells: the
    blocks are paragraphs' texts and, where a table stands among them, its index in
    ``raw_tables`` (its rows are read there, in document order); a table no block
    places is read after them."""
    parts: list[str] = []
    size = 0
    placed: set[int] = set()

    def add_rows(raw: list[list[str]]) -> None:
        nonlocal size
        for cells in raw:
            if size < limits.text_chars and (line := _row_text(cells)):
                parts.append(line)
                size += len(line) + 1

    for block in paragraphs:
        if size >= limits.text_chars:
            break
        if isinstance(block, int):
            placed.add(block)
            add_rows(raw_tables[block])
            continue
        parts.append(block)
        size += len(block) + 1
    tables: list[Table] = []
    for index, raw in enumerate(raw_tables):
        if index not in placed:
            add_rows(raw)
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


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{_MC}}}Fallback"  # the VML copy of a drawing's text box: read once only
_NOT_TEXT = {
    _q("pPr"), _q("rPr"), _q("sdtPr"), _q("sdtEndPr"), _q("txbxContent"), _q("del"), _q("moveFrom"),
    _FALLBACK,
}  # fmt: skip
_BREAK_TYPES = (None, "textWrapping")  # a page or column break is no line break
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_INLINE_EXTENT = f"{{{_WP}}}inline/{{{_WP}}}extent"
# An inline picture this wide (10 cm, in EMU) leaves no room on its line, whose text
# width on an A4 page is 14.5-16 cm: the text before and after it is on lines of its own.
_WIDE_PICTURE = 3_600_000
_PICTURE_BREAK = "\x00"
_PICTURE_BREAKS = re.compile(r"\s*\x00[\s\x00]*")


def _wide_picture(drawing: Any) -> bool:
    extent = drawing.find(_INLINE_EXTENT)
    width = extent.get("cx") if extent is not None else None
    return width is not None and width.isdigit() and int(width) >= _WIDE_PICTURE


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as Word shows it: its runs, hyperlinks, inline content
    controls (w:sdt), fields' results and tracked insertions, a line break on either
    side of an inline picture as wide as the line; not its text boxes
    (:func:`_text_boxes`) nor deleted text."""
    out: list[str] = []

    def visit(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag == _q("t"):
                out.append(child.text or "")
            elif tag in (_q("tab"), _q("ptab")):
                out.append("\t")
            elif tag == _q("br"):
                out.append("\n" if child.get(_q("type")) in _BREAK_TYPES else "")
            elif tag == _q("cr"):
                out.append("\n")
            elif tag == _q("drawing") and _wide_picture(child):
                out.append(_PICTURE_BREAK)
                visit(child)
                out.append(_PICTURE_BREAK)
            elif tag == _q("noBreakHyphen"):
                out.append("-")
            elif isinstance(tag, str) and tag not in _NOT_TEXT:
                visit(child)

    visit(p)
    text = "".join(out)
    if _PICTURE_BREAK in text:  # one line break where the picture stood, no blank line
        text = _PICTURE_BREAKS.sub("\n", text).strip("\n")
    return text


def _text_boxes(p: Any) -> list[Any]:
    """The text boxes anchored in a paragraph (w:txbxContent), each once: the DrawingML
    one, not its VML fallback copy, nor a box inside another."""
    boxes: list[Any] = []

    def visit(node: Any) -> None:
        for child in node:
            if child.tag == _q("txbxContent"):
                boxes.append(child)
            elif child.tag != _FALLBACK and isinstance(child.tag, str):
                visit(child)

    visit(p)
    return boxes


def _is_contents(sdt: Any) -> bool:
    """A content control holding a table of contents (its gallery says so)."""
    gallery = sdt.find(f"{_q('sdtPr')}/{_q('docPartObj')}/{_q('docPartGallery')}")
    return gallery is not None and "contents" in (gallery.get(_q("val")) or "").lower()


def _blocks(
    body: Any, styles: dict[str, str], table: Callable[[Any], list[list[str]]]
) -> tuple[list[str | int], list[list[list[str]]], str | None]:
    """Blocks, tables (their cells by ``table``) and first heading of a body, in
    document order: a paragraph's text, or a table's index in the tables where it
    stands (a form's header table or a red-head laid out as a table before the
    headline); paragraphs inside block content controls (a cover's or a title block's
    w:sdt) and tracked insertions too, and a text box's paragraphs before the paragraph
    it is anchored in (a red-head or a cover title drawn in a box)."""
    paragraphs: list[str | int] = []
    tables: list[list[list[str]]] = []
    title: str | None = None

    def walk(element: Any) -> None:
        nonlocal title
        for block in element:
            tag = block.tag
            if tag == _q("tbl"):
                paragraphs.append(len(tables))
                tables.append(table(block))
            elif tag == _q("p"):
                for box in _text_boxes(block):
                    walk(box)
                text = _paragraph_text(block).strip()
                if not text:
                    continue
                if title is None:
                    style = block.find(f"{_q('pPr')}/{_q('pStyle')}")
                    style_id = style.get(_q("val")) or "" if style is not None else ""
                    if _is_heading(styles.get(style_id, style_id)):
                        title = text
                paragraphs.append(text)
            elif tag == _q("sdt") and _is_contents(block):
                continue  # a table of contents repeats the headings, page numbers added
            elif isinstance(tag, str) and tag not in _NOT_TEXT and tag != _q("sectPr"):
                walk(block)  # content controls, tracked insertions, custom XML: look inside

    walk(body)
    return paragraphs, tables, title


def body_blocks(
    body: Any, styles: dict[str, str], limits: Limits
) -> tuple[list[str | int], list[list[list[str]]], str | None]:
    """Blocks (paragraphs' texts, tables' indexes where they stand), tables' cells and
    first heading of a WordprocessingML body (lxml's
    or ElementTree's elements alike), as Word shows them; ``styles`` maps style ids to
    names (the heading styles make the first heading)."""
    return _blocks(body, styles, lambda tbl: _table_rows(tbl, limits))


_WRAPPERS = {_q("sdt"), _q("sdtContent"), _q("customXml"), _q("ins"), _q("smartTag")}


def _children(element: Any, tag: str) -> list[Any]:
    """The children of ``element`` with ``tag``, also those wrapped in content controls
    (a cover's row or cell in a w:sdt), custom XML or tracked insertions."""
    out: list[Any] = []
    for child in element:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _WRAPPERS:
            out.extend(_children(child, tag))
    return out


def _cell_text(tc: Any) -> str:
    """A cell's paragraphs, as python-docx gives them (a table nested in it is not read
    into the cell's text), and those in content controls."""
    return "\n".join(_paragraph_text(p) for p in _children(tc, _q("p")))


def _table_rows(tbl: Any, limits: Limits) -> list[list[str]]:
    """The rows of a table as python-docx gives them: a cell spanning columns repeated,
    a vertically merged cell given the text of the cell it continues; and the rows and
    cells python-docx skips, wrapped in content controls (a cover's title and date)."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in _children(tbl, _q("tr")):  # its own rows, not a nested table's
        if len(rows) > limits.max_rows:
            break
        cells: list[str] = []
        for tc in _children(tr, _q("tc")):
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
) -> tuple[list[str | int], list[list[list[str]]], str | None]:
    """Blocks, tables and first heading of the main part, read without python-docx."""
    main = _main_part_name(zf)
    if main is None:
        raise ExtractionError("unreadable", f"Word 文档缺少正文部分（{refused}）") from refused
    root = _parse(zf.read(main))
    if root is None:
        raise ExtractionError("unreadable", "Word 文档的正文部分已损坏，无法解析") from refused
    body = root.find(_q("body"))
    if body is None:
        raise ExtractionError("unreadable", "Word 文档的正文部分没有内容（缺少 body）")
    return body_blocks(body, _style_names(zf, main), limits)
