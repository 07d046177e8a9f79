"""Ledgers: what a clerk's table holds (and means), and how it is written.

A :class:`Ledger` is both the layout (title rows, lines under the title, a one- or
two-row header, data rows, a 合计 row, notes) and the planted facts the oracle reads:
which of the ruleset's columns each header cell carries (``roles``), which rows hold an
ID planted invalid (``bad_ids``) or a credit code with a wrong check character
(``bad_codes``). The same ledger can be written as an Excel workbook in a generator's
own :class:`SheetStyle`, as a GBK CSV, as an Office-HTML "xls", or as a Word table.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from .packages import ZipTime, pin_ooxml

__all__ = ["Ledger", "SheetStyle", "WorkbookProps", "csv_gbk", "html_xls", "xlsx"]

Cell = Any  # str | int | float | None: what a spreadsheet cell holds
_ID_LIKE = re.compile(r"\d{15,18}[\dXx]?")


@dataclass
class Ledger:
    """A ledger's layout and its planted facts.

    ``header`` has one cell per column (the lower row of a two-row header); ``groups``
    are the upper row's merged cells as (label, first column, last column). ``roles``
    maps a ruleset column name (姓名, 身份证号, 金额 …) to the header cell that carries
    it, by index or by its text: the generator says what its columns mean.
    """

    header: list[str]
    rows: list[list[Cell]]
    title: str | None = None
    roles: Mapping[str, int | str] = field(default_factory=dict)
    groups: list[tuple[str, int, int]] = field(default_factory=list)
    pre: list[str] = field(default_factory=list)  # 填报单位/填报日期 lines under the title
    notes: list[str] = field(default_factory=list)  # 注/制表 lines under the table
    total: list[Cell] | None = None  # a 合计 row
    bad_ids: frozenset[int] = frozenset()  # data rows whose 身份证号 was planted invalid
    bad_codes: frozenset[int] = frozenset()  # data rows whose 信用代码 was planted invalid
    sheet: str = "Sheet1"
    blank_after_title: bool = False

    def __post_init__(self) -> None:
        self.roles = {
            role: col if isinstance(col, int) else self.header.index(col)
            for role, col in self.roles.items()
        }

    def col(self, role: str) -> int | None:
        """The column index that carries ``role``, if the ledger has it."""
        found = self.roles.get(role)
        return found if isinstance(found, int) else None

    def values(self, role: str) -> list[Cell]:
        """The data cells of ``role`` (empty if the ledger has no such column)."""
        i = self.col(role)
        return [] if i is None else [r[i] if i < len(r) else None for r in self.rows]

    def full_header(self) -> list[str]:
        """Header cells with their group label in front (资金（万元）计划)."""
        labels = {c: label for label, a, b in self.groups for c in range(a, b + 1)}
        return [labels.get(i, "") + h for i, h in enumerate(self.header)]

    def grid(self) -> list[list[Cell]]:
        """Header, data rows and the 合计 row, as a Word table holds them."""
        return [list(self.header), *self.rows, *([self.total] if self.total else [])]

    def text(self) -> str:
        """Every cell and line of the ledger, one per line (what keyword checks read)."""
        parts = [self.title or "", *self.pre, *(g[0] for g in self.groups), *self.header]
        for row in [*self.rows, *([self.total] if self.total else [])]:
            parts += ["" if v is None else str(v) for v in row]
        return "\n".join([*parts, *self.notes])


# --- Excel ----------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class SheetStyle:
    """How an office lays out its ledgers in Excel."""

    title_font: Font = field(default_factory=lambda: Font(name="宋体", size=16, bold=True))
    title_wrap: bool = True  # title centred both ways and wrapped (else only centred)
    title_height: float | None = 30
    pre_font: Font | None = None
    header_font: Font = field(default_factory=lambda: Font(name="宋体", size=11, bold=True))
    id_as_text: bool = False  # ID-like strings get the "@" (text) number format
    notes_font: Font | None = None
    notes_gap: int = 0  # blank rows before each note line
    notes_merged: bool = True
    widths: str | float = "header"  # "header": from the header; "content": longest cell; or fixed


@dataclass(frozen=True)
class WorkbookProps:
    author: str
    created: dt.datetime
    modified: dt.datetime | None
    member_time: ZipTime
    modified_stamp: str | None = None
    created_stamp: str | None = None
    wps: bool = False  # mark the file as saved by WPS Office


def _ledger_sheet(ws: Any, led: Ledger, style: SheetStyle) -> None:
    ncol = len(led.header)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 1
    if led.title:
        ws.cell(r, 1, led.title).font = style.title_font
        ws.cell(r, 1).alignment = center if style.title_wrap else Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        if style.title_height:
            ws.row_dimensions[r].height = style.title_height
        r += 2 if led.blank_after_title else 1
    for line in led.pre:
        cell = ws.cell(r, 1, line)
        if style.pre_font is not None:
            cell.font = style.pre_font
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    grouped = {c: (label, a, b) for label, a, b in led.groups for c in range(a, b + 1)}
    for c, name in enumerate(led.header, start=1):
        group = grouped.get(c - 1)
        if group is None:
            ws.cell(r, c, name)
            if led.groups:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            continue
        label, first, last = group
        if c - 1 == first:
            ws.cell(r, c, label)
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=last + 1)
        ws.cell(r + 1, c, name)
    header_rows = 2 if led.groups else 1
    for rr in range(r, r + header_rows):
        for cc in range(1, ncol + 1):
            cell = ws.cell(rr, cc)
            cell.font = style.header_font
            cell.alignment = center
            cell.border = _BOX
    r += header_rows
    for values in [*led.rows, *([led.total] if led.total else [])]:
        for cc, value in enumerate(values, start=1):
            cell = ws.cell(r, cc, value)
            cell.border = _BOX
            if style.id_as_text and isinstance(value, str) and _ID_LIKE.fullmatch(value):
                cell.number_format = "@"
        r += 1
    for line in led.notes:
        r += style.notes_gap
        cell = ws.cell(r, 1, line)
        if style.notes_font is not None:
            cell.font = style.notes_font
        if style.notes_merged:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    if style.widths == "header":
        for cc, h in enumerate(led.full_header(), start=1):
            width = max(6, min(30, 2 * len(h.replace("\n", "")) + 2))
            ws.column_dimensions[get_column_letter(cc)].width = width
    elif style.widths == "content":
        for cc, h in enumerate(led.header, start=1):
            longest = max([len(str(h))] + [len(str(row[cc - 1])) for row in led.rows])
            ws.column_dimensions[get_column_letter(cc)].width = min(max(6, longest * 1.7 + 2), 40)
    else:
        for cc in range(1, ncol + 1):
            ws.column_dimensions[get_column_letter(cc)].width = style.widths


def xlsx(
    sheets: Sequence[tuple[str, Ledger | Sequence[Any]]],
    style: SheetStyle,
    props: WorkbookProps,
) -> bytes:
    """A workbook of ledgers (or plain lines / rows of cells, e.g. a 填表说明 sheet)."""
    wb = Workbook()
    for n, (name, content) in enumerate(sheets):
        ws: Any = wb.active if n == 0 else wb.create_sheet(name)
        ws.title = name
        if isinstance(content, Ledger):
            _ledger_sheet(ws, content, style)
            continue
        for ri, line in enumerate(content, start=1):
            if isinstance(line, list | tuple):
                for ci, v in enumerate(line, start=1):
                    ws.cell(ri, ci, v)
            else:
                ws.cell(ri, 1, line)
        ws.column_dimensions["A"].width = 60
    wb.properties.creator = props.author
    wb.properties.lastModifiedBy = props.author
    wb.properties.created = props.created
    if props.modified is not None:
        wb.properties.modified = props.modified
    buf = io.BytesIO()
    wb.save(buf)
    return pin_ooxml(buf.getvalue(), props.member_time, modified=props.modified_stamp,
                     created=props.created_stamp, wps=props.wps)  # fmt: skip


# --- text exports -----------------------------------------------------------------------


def csv_gbk(led: Ledger, *, title_row: bool = True) -> bytes:
    """The ledger as Excel's "CSV" export saves it on Chinese Windows: GBK, CRLF, the
    title and the lines under it in the first cell of their own rows."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = [""] * (len(led.header) - 1)
    if title_row and led.title:
        w.writerow([led.title, *pad])
    for line in led.pre:
        w.writerow([line, *pad])
    w.writerow(led.header)
    for row in [*led.rows, *([led.total] if led.total else [])]:
        w.writerow(["" if v is None else v for v in row])
    for line in led.notes:
        w.writerow([line, *pad])
    return buf.getvalue().encode("gbk")


def html_xls(led: Ledger, *, page_title: str | None = None, encoding: str = "utf-8") -> bytes:
    """What web reporting systems hand out as "xls": an Office-HTML table, every cell
    formatted as text."""
    n = len(led.header)
    charset = "gbk" if encoding.lower() in ("gbk", "gb2312", "gb18030") else encoding
    rows = [f'<tr><td colspan="{n}" class="xl70">{html.escape(led.title or "")}</td></tr>']
    rows += [f'<tr><td colspan="{n}">{html.escape(line)}</td></tr>' for line in led.pre]
    rows.append("<tr>" + "".join(f'<td class="xl65">{html.escape(h)}</td>' for h in led.header)
                + "</tr>")  # fmt: skip
    for r in [*led.rows, *([led.total] if led.total else [])]:
        cells = "".join(
            f"<td style=\"mso-number-format:'\\@'\">{html.escape('' if v is None else str(v))}</td>"
            for v in r
        )
        rows.append(f"<tr>{cells}</tr>")
    title = f"<title>{html.escape(page_title)}</title>\n" if page_title else ""
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n{title}'
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        f"<x:Name>{html.escape(led.sheet)}</x:Name></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]-->\n"
        '</head><body><table border="1">\n' + "\n".join(rows) + "\n</table></body></html>\n"
    )
    return page.encode(encoding)
