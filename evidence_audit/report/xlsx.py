"""The report as an Excel workbook, for office staff who filter and sort in Excel or WPS.

Sheets: 问题清单 (what each unit must fix), 事项总表 (every applicable item), 文件清单
(every file, its kind and why), 跨单位检查, 说明. Every sheet has filters and a frozen
header row. Rendered from the report's view, so personal data is masked as everywhere.
A sweep of several archives adds 档案汇总 first and an 档案 column to every list.

Written in openpyxl's write-only mode, row by row: the file list streams from the report
and is never held whole. A sheet holds at most 1,048,576 rows; a longer file list goes
on in 文件清单（2）, 文件清单（3）…, and 说明 says so.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..models import CombinedReport, Report
from ..text.identity import mask_text
from .diff import CHANGE_TITLES, CHANGES, ReportDiff, diff_to_dict, status_word
from .output import write_atomic
from .progress import Progress, snapshot_labels
from .view import ItemView, ReportView, SweepView, UnitView, sweep_view_of, view_of

#: Rows of one sheet in Excel and WPS, the header row included.
SHEET_ROWS = 1_048_576
#: openpyxl's stubs lack the write-only sheet's column_dimensions and auto_filter.
WriteOnlyWorksheet = Any

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_STATUS_FILLS = {
    "missing": PatternFill("solid", fgColor="F8CBAD"),
    "defective": PatternFill("solid", fgColor="FFE699"),
    "insufficient": PatternFill("solid", fgColor="FFF2CC"),
    "present": PatternFill("solid", fgColor="E2EFDA"),
}
_FORMULA_STARTS = ("=", "+", "-", "@")
_WRAP = Alignment(wrap_text=True, vertical="top")
_ITEM_HEADER = (
    "单位", "单位类型", "领域", "事项编号", "事项", "类别", "状态", "需要份数", "合格份数",
    "截止日期", "问题说明", "计入的文件", "人工确认", "数据", "剩余天数",
)  # fmt: skip
_ITEM_WIDTHS = (10, 12, 10, 26, 24, 8, 10, 9, 9, 11, 60, 50, 30, 40, 9)
_OVERDUE_FILL = PatternFill("solid", fgColor="F4B084")
_RECTIFICATION_FILLS = {
    "closed": _STATUS_FILLS["present"],
    "open": _STATUS_FILLS["insufficient"],
    "overdue": _STATUS_FILLS["missing"],
}
_FILE_HEADER = (
    "路径", "单位", "格式", "识别为", "把握", "日期", "日期来源", "标题", "发文字号", "问题",
    "识别依据", "台账数据",
)  # fmt: skip
_FILE_WIDTHS = (60, 10, 7, 18, 6, 11, 9, 40, 20, 50, 50, 30)
_FILES_SHEET = "文件清单"


def write_xlsx(
    report: Report | CombinedReport | ReportView | SweepView,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> None:
    """Write the workbook to ``path`` (never inside the archive: the caller checks); with
    ``progress``, a 整改进度 sheet with the burn-down chart."""
    if isinstance(report, Report):
        report = view_of(report)
    elif isinstance(report, CombinedReport):
        report = sweep_view_of(report)
    several = isinstance(report, SweepView)
    views = report.archives if isinstance(report, SweepView) else (report,)
    book = Workbook(write_only=True)
    if isinstance(report, SweepView):
        _archives_sheet(book.create_sheet("档案汇总"), report)
    _item_sheet(
        book.create_sheet("问题清单"),
        [(v, u, i) for v in views for u in v.units for i in u.items if i.failing],
        several,
    )
    if any(v.rectification for v in views):
        _rectification_sheet(book.create_sheet("问题整改"), views, several)
    _item_sheet(
        book.create_sheet("事项总表"),
        [(v, u, i) for v in views for u in v.units for i in u.items if i.applicable],
        several,
    )
    if progress is not None:
        progress_sheet(book.create_sheet("整改进度"), progress)
    file_sheets = _files_sheets(book, views, several)
    _checks_sheet(book.create_sheet("跨单位检查"), views, several)
    _about_sheet(book.create_sheet("说明"), views, file_sheets)
    write_atomic(path, book.save)


class _Sheet:
    """A write-only sheet: a bold frozen header, widths, wrapped text, filters."""

    def __init__(
        self, ws: WriteOnlyWorksheet, titles: Sequence[str], widths: Sequence[int]
    ) -> None:
        self.ws = ws
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        self.columns = len(titles)
        header = []
        for title in titles:
            cell = _cell(ws, title)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            header.append(cell)
        ws.append(header)
        self.rows = 1

    def append(self, values: Sequence[Any], fills: dict[int, PatternFill] | None = None) -> None:
        cells = []
        for index, value in enumerate(values):
            cell = _cell(self.ws, value)
            if isinstance(value, str):
                cell.alignment = _WRAP
            if fills and index in fills:
                cell.fill = fills[index]
            cells.append(cell)
        self.ws.append(cells)
        self.rows += 1

    def close(self) -> None:
        last = get_column_letter(self.columns)
        self.ws.auto_filter.ref = f"A1:{last}{self.rows}"


def _archives_sheet(ws: WriteOnlyWorksheet, view: SweepView) -> None:
    required = f"{view.labels.required}事项"
    sheet = _Sheet(
        ws,
        ("档案", "单位数", "齐全单位", f"{required}未通过", "跨单位检查未通过", "文件数", "结果"),
        (40, 8, 10, 14, 16, 10, 8),
    )
    for line in view.lines:
        sheet.append([
            line.archive, line.units, line.units_complete, line.items_failing,
            line.checks_failing, line.files, "通过" if line.passed else "未通过",
        ])  # fmt: skip
    t = view.totals
    sheet.append([
        "合计", t.get("units", 0), t.get("units_complete", 0), t.get("items_failing", 0),
        t.get("checks_failing", 0), t.get("files", 0), "通过" if view.passed else "未通过",
    ])  # fmt: skip
    sheet.close()


def _item_sheet(
    ws: WriteOnlyWorksheet,
    rows: Sequence[tuple[ReportView, UnitView, ItemView]],
    several: bool,
) -> None:
    lead = ("档案",) if several else ()
    sheet = _Sheet(ws, (*lead, *_ITEM_HEADER), ((30,) if several else ()) + _ITEM_WIDTHS)
    for view, unit, item in rows:
        problems = "\n".join(p.text for p in item.problems) or (
            "未找到该类材料" if item.status == "missing" else ""
        )
        attested = ""
        if item.attestation is not None:
            a = item.attestation
            attested = f"{a.by} {a.date}：{a.reason}"
        fills = {}
        fill = _STATUS_FILLS.get(item.status)
        if fill is not None:
            fills[len(lead) + 6] = fill
        if item.overdue:
            fills[len(lead) + 9] = fills[len(lead) + 14] = _OVERDUE_FILL
        sheet.append(
            [
                *((view.archive,) if several else ()),
                unit.name, unit.type_title, item.area_title, item.item, item.title,
                item.severity_title, item.status_title, item.required, item.found,
                item.due or "", problems, "\n".join(item.files), attested,
                "\n".join(item.figures), item.days_left if item.failing else None,
            ],
            fills,
        )  # fmt: skip
    sheet.close()


def _rectification_sheet(
    ws: WriteOnlyWorksheet, views: Sequence[ReportView], several: bool
) -> None:
    """The problem list tracked to closure: one row per problem, open ones first."""
    lead = ("档案",) if several else ()
    sheet = _Sheet(
        ws,
        (*lead, "序号", "单位", "问题", "整改措施", "责任人", "整改时限", "剩余天数", "状态",
         "依据", "整改材料"),
        ((30,) if several else ()) + (6, 10, 50, 30, 8, 11, 9, 10, 70, 50),
    )  # fmt: skip
    for view in views:
        for r in sorted(view.rectification, key=lambda r: (not r.open, r.status != "overdue")):
            sheet.append(
                [
                    *((view.archive,) if several else ()),
                    r.id, r.unit, r.problem, r.measure, r.owner, r.deadline or r.deadline_text,
                    r.days_left if r.open else None, r.status_title, r.evidence,
                    "\n".join(r.files),
                ],
                {len(lead) + 7: _RECTIFICATION_FILLS[r.status]},
            )  # fmt: skip
    sheet.close()


def progress_sheet(ws: Worksheet | WriteOnlyWorksheet, progress: Progress) -> None:
    """Failing required items per unit and sweep, with a line chart of the burn-down."""
    labels = snapshot_labels(progress.snapshots)
    sheet = _Sheet(
        ws, ("单位", *labels, "最近期限", "剩余天数"), (14, *([11] * len(labels)), 11, 9)
    )
    for unit in progress.units:
        due = progress.dues.get(unit)
        sheet.append([
            unit, *(s.failing.get(unit) for s in progress.snapshots),
            due.due if due else "", due.days_left if due else None,
        ])  # fmt: skip
    sheet.append([
        "合计", *(s.total for s in progress.snapshots), progress.deadline or "",
        progress.days_left,
    ])  # fmt: skip
    chart = LineChart()
    chart.title = progress.failing_title
    chart.y_axis.title = "项"
    chart.x_axis.title = "检查时间"
    chart.height, chart.width = 9, 18
    last = sheet.rows
    data = Reference(ws, min_col=2, max_col=1 + len(labels), min_row=2, max_row=last)
    chart.add_data(data, from_rows=True, titles_from_data=False)
    for series, unit in zip(chart.series, [*progress.units, "合计"], strict=True):
        series.tx = SeriesLabel(v=unit)
    chart.set_categories(Reference(ws, min_col=2, max_col=1 + len(labels), min_row=1))
    ws.add_chart(chart, f"A{last + 3}")


def write_progress_xlsx(progress: Progress, path: str | os.PathLike[str]) -> None:
    """The burn-down alone, as a workbook."""
    book = Workbook(write_only=True)
    progress_sheet(book.create_sheet("整改进度"), progress)
    write_atomic(path, book.save)


def _files_sheets(book: Workbook, views: Sequence[ReportView], several: bool) -> list[str]:
    """The file list, streamed, on as many sheets as it needs; their names."""
    lead = ("档案",) if several else ()
    titles = (*lead, *_FILE_HEADER)
    widths = ((30,) if several else ()) + _FILE_WIDTHS
    names = [_FILES_SHEET]
    sheet = _Sheet(book.create_sheet(_FILES_SHEET), titles, widths)
    for row in _file_rows(views, several):
        if sheet.rows >= SHEET_ROWS:
            sheet.close()
            names.append(f"{_FILES_SHEET}（{len(names) + 1}）")
            sheet = _Sheet(book.create_sheet(names[-1]), titles, widths)
        sheet.append(row)
    sheet.close()
    return names


def _file_rows(views: Sequence[ReportView], several: bool) -> Iterable[list[Any]]:
    for view in views:
        lead = [view.archive] if several else []
        for f in view.files:
            yield [
                *lead, f.path, f.unit, f.format, f.kind_title, round(f.confidence, 2),
                f.date or "", f.date_source_title, f.title, f.doc_number,
                "\n".join(f"[{p.code}] {p.message}" for p in f.problems),
                "\n".join(f.reasons), f.ledger,
            ]  # fmt: skip
        for s in view.skipped:
            yield [*lead, s.path, s.path.split("/", 1)[0], "", "（已跳过）", None, "", "", "", "",
                   f"[{s.reason}] {s.message}", ""]  # fmt: skip


def _checks_sheet(ws: WriteOnlyWorksheet, views: Sequence[ReportView], several: bool) -> None:
    labels = views[0].labels if views else None
    lead = ("档案",) if several else ()
    negative = labels.negative_list if labels else ""
    sheet = _Sheet(
        ws,
        (*lead, "检查", "检查编号", negative, "结果", "问题"),
        ((30,) if several else ()) + (20, 26, 9, 8, 100),
    )
    for view in views:
        for c in view.checks:
            sheet.append([
                *((view.archive,) if several else ()),
                c.title, c.check, "是" if c.negative_list else "", c.status_title,
                "\n".join(p.message for p in c.problems),
            ])  # fmt: skip
    sheet.close()


def _about_sheet(
    ws: WriteOnlyWorksheet, views: Sequence[ReportView], file_sheets: Sequence[str]
) -> None:
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100
    rows: list[Sequence[Any]] = []
    for view in views:
        labels, totals = view.labels, view.totals
        required = f"{labels.required}事项"
        rows += [
            ("规则集", f"{view.ruleset_title}（{view.ruleset_id}）"),
            (labels.period, f"{view.period[0]} 至 {view.period[1]}"),
            (labels.deadline, view.deadline or ""),
            ("档案", view.archive),
            ("单位数", len(view.units)),
            ("文件数", len(view.files)),
            (f"{required}缺失", totals.get("missing", 0)),
            (f"{required}数量不足", totals.get("insufficient", 0)),
            (f"{required}有问题", totals.get("defective", 0)),
            ("人工确认", totals.get("attested", 0)),
            ("剩余天数计算日", view.as_of or ""),
            ("", ""),
        ]
    if len(file_sheets) > 1:
        rows.append((
            "文件清单",
            f"文件超过一张工作表的行数上限（{SHEET_ROWS - 1:,} 行），"
            f"依次分在 {'、'.join(file_sheets)} 中",
        ))  # fmt: skip
    rows += [
        ("工具版本", f"evidence-audit {views[0].tool_version}" if views else ""),
        ("", ""),
        ("状态说明", "齐全：合格文件达到要求份数；缺失：没有该类材料；数量不足：有合格文件但份数不够；"
                     "有问题：有该类材料但未通过检查（日期、关键词、台账列、身份证号等），见“问题说明”"),
    ]  # fmt: skip
    for row in rows:
        ws.append(
            [WriteOnlyCell(ws, v) if not isinstance(v, str) else _wrapped(ws, v) for v in row]
        )


def _wrapped(ws: WriteOnlyWorksheet, value: str) -> Any:
    cell = _cell(ws, value)
    cell.alignment = _WRAP
    return cell


def _cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A cell whose text is written as text, never as a formula (a folder named
    "=HYPERLINK(…)" stays words), masked, and without the control characters Excel
    refuses (the view's texts are masked already; this is the last guard)."""
    if not isinstance(value, str):
        return WriteOnlyCell(ws, value)
    text = _text(value)
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True  # shown, and kept on editing, as text
    return cell


def write_diff_xlsx(diff: ReportDiff, path: str | os.PathLike[str]) -> None:
    """The comparison of two reports: 事项变化 (regressions first), 跨单位检查, 文件变化."""
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "事项变化"
    data = diff_to_dict(diff)
    order = {change: n for n, change in enumerate(CHANGES)}
    _header(first, ("变化", "单位", "事项编号", "事项", "类别", "原状态", "现状态", "问题说明"))
    for i in sorted(diff.items, key=lambda i: order[i.change]):
        _append(first, [
            CHANGE_TITLES[i.change], i.unit, i.item, i.title, i.severity,
            status_word(i.before), status_word(i.after), "\n".join(i.problems),
        ])  # fmt: skip
        fill = _CHANGE_FILLS.get(i.change)
        if fill is not None:
            first.cell(first.max_row, 1).fill = fill
    _finish(first, (9, 12, 26, 26, 9, 10, 10, 80))
    checks = book.create_sheet("跨单位检查")
    _header(checks, ("变化", "检查", "原结果", "现结果"))
    for c in diff.checks:
        _append(checks, [CHANGE_TITLES[c.change], c.title, status_word(c.before),
                       status_word(c.after)])  # fmt: skip
    _finish(checks, (9, 24, 10, 10))
    if diff.problems:
        problems = book.create_sheet("问题整改")
        _header(problems, ("变化", "单位", "序号", "问题", "原状态", "现状态"))
        for r in diff.problems:
            _append(problems, [CHANGE_TITLES[r.change], r.unit, r.id, r.problem,
                             status_word(r.before), status_word(r.after)])  # fmt: skip
        _finish(problems, (9, 12, 6, 60, 10, 10))
    files = book.create_sheet("文件变化")
    _header(files, ("变化", "单位", "路径", "原类型", "现类型"))
    words = {"added": "新增", "removed": "删除", "changed": "变化"}
    for f in diff.files:
        _append(files, [words[f.change], f.unit, f.path, f.before_kind or "", f.after_kind or ""])
    _finish(files, (7, 12, 70, 18, 18))
    about = book.create_sheet("说明")
    for key, value in (
        ("规则集", f"{diff.ruleset_title}（{diff.ruleset_id}）"),
        ("档案", diff.archive),
        ("原报告", f"{diff.before['path']}（截至 {diff.before['as_of'] or '未知'}）"),
        ("新报告", f"{diff.after['path']}（截至 {diff.after['as_of'] or '未知'}）"),
        *((f"事项{CHANGE_TITLES[c]}", data["summary"][c]) for c in CHANGES),
    ):
        _append(about, [key, value])
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 80
    write_atomic(path, book.save)


_CHANGE_FILLS = {
    "regressed": _STATUS_FILLS["missing"],
    "new_problem": _STATUS_FILLS["defective"],
    "fixed": _STATUS_FILLS["present"],
}


def _append(ws: Worksheet, values: Sequence[Any]) -> None:
    """One row. Every text is written as text, never as a formula (a folder named
    "=HYPERLINK(…)" stays words), masked, and without the control characters Excel
    refuses (the view's texts are masked already; a diff or a problem list read from a
    file may not be)."""
    ws.append([_text(v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(_FORMULA_STARTS):
                cell.quotePrefix = True  # shown, and kept on editing, as text


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", mask_text(value))


def _header(ws: Worksheet, titles: Sequence[str]) -> None:
    _append(ws, titles)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL


def _finish(ws: Worksheet, widths: Sequence[int]) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
