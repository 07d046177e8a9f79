"""Web pages: saved pages (.html, .mht) and the many "xls" files that are really HTML.

Office can save a workbook as HTML and keep the .xls name, and web systems export their
lists the same way; both open in Excel as if they were spreadsheets. The page is read
with the standard library's :class:`html.parser.HTMLParser`: the text (script and style
left out), ``<title>``, the first heading, and every ``<table>`` as a :class:`Table`
(``colspan``/``rowspan`` expanded so that columns stay aligned, as a merged sheet cell
would be). Single-file web archives (MHT, "MIME-Version: …") are unpacked with
:mod:`email` first. The charset comes from a BOM, then ``<meta charset>`` /
``http-equiv`` content type, then UTF-8, then GB18030.
"""

from __future__ import annotations

import codecs
import email
import re
from email.message import Message
from html.parser import HTMLParser
from typing import BinaryIO

from ...errors import ExtractionError
from ._tables import build_table
from .base import Cell, Extraction, Limits, Table
from .breadcrumbs import breadcrumb_labels

__all__ = ["MAX_HTML_BYTES", "read_html"]

#: Bytes read from a page; web-system exports of a few thousand rows stay well below.
MAX_HTML_BYTES = 16 * 1024 * 1024
_MAX_SPAN = 256  # colspan / rowspan honoured
_MAX_PARTS = 50  # HTML parts of an MHT archive read
_SNIFF = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")
#: White space inside <pre>, whose line breaks are the text's: spaces and tabs only.
_LINE_SPACES = re.compile(r"[^\S\n]+")
_CHINESE = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "936", "euc-cn", "hz-gb-2312"}

_SKIP = frozenset({"script", "style", "template", "noscript", "xml", "object", "svg"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "title", "tr",
    "ul",
})  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3"})
#: A server page's code (PHP's <?php … ?>, JSP's and ASP's <% … %>), kept in a site's
#: repository with the page: no text of it (an HTML parser ends it at its first ">",
#: as in "$this->theme", and shows the rest as the page's first line).
_SERVER_CODE = re.compile(r"<\?(?:php|=)[\s\S]*?(?:\?>|\Z)|<%[\s\S]*?(?:%>|\Z)", re.I)


def _codec(name: str) -> str | None:
    """A Python codec for a declared charset; GBK family → gb18030, its superset."""
    label = name.strip().lower()
    if label in _CHINESE:
        return "gb18030"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # A page that could declare itself in ASCII is not UTF-16, whatever it says.
    return "utf-8" if codec.startswith("utf-16") else codec


def _decode(data: bytes, declared: str | None, truncated: bool) -> str:
    """The page as text: BOM, then the declared charset, then UTF-8, then GB18030."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return codecs.getincrementaldecoder(codec)("replace").decode(
                data[len(bom) :], final=not truncated
            )
    if declared is None and (found := _META_CHARSET.search(data[:_SNIFF])):
        declared = _codec(found.group(1).decode("ascii"))
    for codec in dict.fromkeys(c for c in (declared, "utf-8", "gb18030") if c):
        try:
            text: str = codecs.getincrementaldecoder(codec)("strict").decode(
                data, final=not truncated
            )
            return text
        except UnicodeDecodeError:
            continue
    if declared is not None:  # a few bad bytes in a page that says what it is
        return codecs.getincrementaldecoder(declared)("replace").decode(data, final=True)
    raise ExtractionError("unreadable", "无法识别网页的字符编码，未能读取内容")


class _TableGrid:
    """The cells of one ``<table>``, laid out on a grid as a spreadsheet would show them."""

    def __init__(self) -> None:
        self.rows: list[list[Cell]] = []
        self._row: list[Cell] | None = None
        self._pending: dict[int, int] = {}  # column → rows still covered by a rowspan
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def _fill_covered(self, row: list[Cell], to_end: bool) -> None:
        """Pad ``row`` with the columns that rowspans from above cover at its end.

        ``to_end`` pads through the last covered column (a row that stops short of a
        rowspan on its right); otherwise only the covered columns right at the end.
        """
        while True:
            col = len(row)
            if col in self._pending:
                row.append(None)
                self._pending[col] -= 1
                if not self._pending[col]:
                    del self._pending[col]
            elif to_end and any(c > col for c in self._pending):
                row.append(None)
            else:
                return

    def start_row(self) -> None:
        self.end_row()
        self._row = []

    def start_cell(self, colspan: int, rowspan: int) -> None:
        self.end_cell()
        if self._row is None:
            self._row = []
        self._fill_covered(self._row, to_end=False)
        self._cell = []
        self._span = (colspan, rowspan)

    def data(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)

    def end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        value = _SPACES.sub(" ", "".join(self._cell)).strip()
        colspan, rowspan = self._span
        start = len(self._row)
        self._row.append(value or None)
        self._row.extend([None] * (colspan - 1))
        if rowspan > 1:
            for col in range(start, start + colspan):
                self._pending[col] = rowspan - 1
        self._cell = None

    def end_row(self) -> None:
        self.end_cell()
        if self._row is not None:
            self._fill_covered(self._row, to_end=True)
            self.rows.append(self._row)
        self._row = None


class _RowText:
    """Where one table row's cells lie in the page's emitted text, to read the row as one
    line when it is a data table's (see :meth:`_PageParser._end_row_text`)."""

    def __init__(self) -> None:
        self.cells: list[tuple[int, int]] = []
        self.cell_start: int | None = None
        self.whole = True  # no heading and no table inside: a row of data, not of layout


#: A data table's cell is at most this long: a page laid out in a table holds whole
#: articles (and their headlines) in one cell.
_DATA_CELL = 100


def _span(value: str | None) -> int:
    try:
        return min(max(1, int(value or "1")), _MAX_SPAN)
    except ValueError:
        return 1


class _PageParser(HTMLParser):
    """Collects a page's text, title, first heading and tables; never raises on bad HTML."""

    def __init__(self, limits: Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.limits = limits
        self.text: list[str] = []
        self.size = 0
        self.title: str | None = None
        self.heading: str | None = None
        self.author: str | None = None
        self.grids: list[list[list[Cell]]] = []
        self.tags = 0
        self._skip: list[str] = []
        self._open: list[_TableGrid] = []
        self._title: list[str] | None = None
        self._heading: list[str] | None = None
        self._pre = 0  # how deep inside <pre> the parser is
        self._rows: list[_RowText | None] = []  # the open row of each open table

    def _emit(self, text: str) -> None:
        if self.size < 2 * self.limits.text_chars:
            self.text.append(text)
            self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        attr = dict(attrs)
        if tag == "meta" and (attr.get("name") or "").lower() == "author":
            self.author = (attr.get("content") or "").strip() or self.author
        elif tag == "title" and self.title is None:
            self._title = []
        elif tag in _HEADINGS and self.heading is None and self._heading is None:
            self._heading = []
        elif tag == "table":
            if self._rows and self._rows[-1] is not None:
                self._rows[-1].whole = False  # a table inside a cell: a layout
            self._open.append(_TableGrid())
            self._rows.append(None)
        elif tag == "tr" and self._open:
            self._open[-1].start_row()
            self._end_row_text()
            self._rows[-1] = _RowText()
        elif tag in ("td", "th"):
            if self._open:
                self._open[-1].start_cell(_span(attr.get("colspan")), _span(attr.get("rowspan")))
            self._emit("\t")
            if self._rows and self._rows[-1] is not None:
                self._rows[-1].cell_start = len(self.text)
        if tag in _HEADINGS and self._rows and self._rows[-1] is not None:
            self._rows[-1].whole = False
        if tag == "pre":
            self._pre += 1
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "title" and self._title is not None:
            self.title = _SPACES.sub(" ", "".join(self._title)).strip() or None
            self._title = None
        elif tag in _HEADINGS and self._heading is not None:
            self.heading = _SPACES.sub(" ", "".join(self._heading)).strip() or None
            self._heading = None
        elif tag == "table" and self._open:
            self._close_table()
        elif tag == "tr" and self._open:
            self._open[-1].end_row()
            self._end_row_text()
        elif tag in ("td", "th") and self._open:
            self._open[-1].end_cell()
            row = self._rows[-1]
            if row is not None and row.cell_start is not None:
                row.cells.append((row.cell_start, len(self.text)))
                row.cell_start = None
        elif tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _BLOCK or tag in ("td", "th"):
            self._emit("\n" if tag in _BLOCK else "\t")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._title is not None:
            self._title.append(data)
            return  # the title is metadata, not body text
        if self._heading is not None:
            self._heading.append(data)
        if self._open:
            self._open[-1].data(data)
        # preformatted text keeps its lines (a 文摘's <pre> masthead, line by line)
        self._emit(_LINE_SPACES.sub(" ", data) if self._pre else _SPACES.sub(" ", data))

    def _end_row_text(self) -> None:
        """A data table's row is one line, its cells apart by tabs, however its cells'
        paragraphs are marked up (<td><p>3月 组织…</p></td><td><p>…情况报告</p></td>),
        as a Word table's row is read: no cell's paragraph reads as a headline."""
        row = self._rows[-1] if self._rows else None
        if row is None:
            return
        self._rows[-1] = None
        cells = ["".join(self.text[a:b]).strip() for a, b in row.cells]
        if (
            not row.whole
            or sum(1 for c in cells if c) < 2
            or any(len(c) > _DATA_CELL for c in cells)
        ):
            return
        for a, b in row.cells:
            for i in range(a, b):
                self.text[i] = self.text[i].replace("\n", " ")

    def _close_table(self) -> None:
        self._end_row_text()
        self._rows.pop()
        grid = self._open.pop()
        grid.end_row()
        self.grids.append(grid.rows)

    def close(self) -> None:
        super().close()
        while self._open:
            self._close_table()
        self._skip.clear()
        self._title = self._heading = None


def _page_text(parts: list[str]) -> list[str]:
    """Lines of text: cells of a row joined by tabs, blank cells and lines dropped."""
    lines: list[str] = []
    for line in "".join(parts).split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if text := "\t".join(c for c in cells if c):
            lines.append(text)
    return lines


def _mht_pages(data: bytes, truncated: bool) -> list[str]:
    """The HTML parts of a single-file web archive, decoded."""
    message: Message = email.message_from_bytes(data)
    pages: list[str] = []
    for part in message.walk():
        if part.get_content_type() != "text/html" or len(pages) >= _MAX_PARTS:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            pages.append(_decode(payload, _codec(part.get_content_charset() or ""), truncated))
    if not pages:
        raise ExtractionError("unreadable", "网页存档（MHT）中没有网页内容，无法解析")
    return pages


def read_html(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text, ``<title>``, first heading and tables of a web page or an HTML "xls"."""
    stream.seek(0)
    data = stream.read(MAX_HTML_BYTES + 1)
    truncated = len(data) > MAX_HTML_BYTES
    data = data[:MAX_HTML_BYTES]
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:12].lower() == b"mime-version":
        pages = _mht_pages(data, truncated)
    else:
        pages = [_decode(data, None, truncated)]

    parser = _PageParser(limits)
    for page in pages:
        parser.feed(_SERVER_CODE.sub("", page))
        parser.close()
        parser.reset()
    if not parser.tags:
        raise ExtractionError("unreadable", "文件不是网页格式，无法解析")

    tables: list[Table] = []
    for grid in parser.grids:
        if len(tables) >= limits.max_tables:
            break
        if (found := build_table(f"表{len(tables) + 1}", grid, limits)) is not None:
            tables.append(found)
    lines = _page_text(parser.text)
    return Extraction(
        text="\n".join(lines)[: limits.text_chars],
        title=parser.heading,
        meta_title=parser.title,
        author=parser.author,
        tables=tuple(tables),
        labels=breadcrumb_labels(lines),
    )
