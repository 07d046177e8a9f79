"""The report as an Excel workbook, for office staff who filter and sort in Excel or WPS.

Sheets: 问题清单 (what each unit must fix), 事项总表 (every applicable item), 文件清单
(every file, its kind and why), 跨单位检查, 说明. Every sheet has filters and a frozen
header row. Rendered from the report's view, so personal data is masked as everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..models import Report
from ..text.identity import mask_text
from .diff import CHANGE_TITLES, CHANGES, ReportDiff, diff_to_dict, status_word
from .output import write_atomic
from .progress import Progress, snapshot_labels
from .view import ItemView, ReportView, UnitView, view_of

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_STATUS_FILLS = {
    "missing": PatternFill("solid", fgColor="F8CBAD"),
    "defective": PatternFill("solid", fgColor="FFE699"),
    "insufficient": PatternFill("solid", fgColor="FFF2CC"),
    "present": PatternFill("solid", fgColor="E2EFDA"),
}
_FORMULA_STARTS = ("=", "+", "-", "@")
_ITEM_HEADER = (
    "单位", "单位类型", "领域", "事项编号", "事项", "类别", "状态", "需要份数", "合格份数",
    "截止日期", "问题说明", "计入的文件", "人工确认", "数据", "剩余天数",
)  # fmt: skip
_OVERDUE_FILL = PatternFill("solid", fgColor="F4B084")
_RECTIFICATION_FILLS = {
    "closed": _STATUS_FILLS["present"],
    "open": _STATUS_FILLS["insufficient"],
    "overdue": _STATUS_FILLS["missing"],
}


def write_xlsx(
    report: Report | ReportView,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> None:
    """Write the workbook to ``path`` atomically (never inside the archive: the caller
    checks); with ``progress``, a 整改进度 sheet with the burn-down chart."""
    view = report if isinstance(report, ReportView) else view_of(report)
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "问题清单"
    _item_sheet(first, [(u, i) for u in view.units for i in u.items if i.failing])
    if view.rectification:
        rectification_sheet(book.create_sheet("问题整改"), view)
    applicable = [(u, i) for u in view.units for i in u.items if i.applicable]
    _item_sheet(book.create_sheet("事项总表"), applicable)
    if progress is not None:
        progress_sheet(book.create_sheet("整改进度"), progress)
    _files_sheet(book.create_sheet("文件清单"), view)
    _checks_sheet(book.create_sheet("跨单位检查"), view)
    _about_sheet(book.create_sheet("说明"), view)
    write_atomic(path, book.save)


def _item_sheet(ws: Worksheet, rows: Sequence[tuple[UnitView, ItemView]]) -> None:
    _header(ws, _ITEM_HEADER)
    for unit, item in rows:
        problems = "\n".join(p.text for p in item.problems) or (
            "未找到该类材料" if item.status == "missing" else ""
        )
        attested = ""
        if item.attestation is not None:
            a = item.attestation
            attested = f"{a.by} {a.date}：{a.reason}"
        _append(ws, [
            unit.name, unit.type_title, item.area_title, item.item, item.title,
            item.severity_title, item.status_title, item.required, item.found,
            item.due or "", problems, "\n".join(item.files), attested, "\n".join(item.figures),
            item.days_left if item.failing else None,
        ])  # fmt: skip
        fill = _STATUS_FILLS.get(item.status)
        if fill is not None:
            ws.cell(ws.max_row, 7).fill = fill
        if item.overdue:
            ws.cell(ws.max_row, 10).fill = _OVERDUE_FILL
            ws.cell(ws.max_row, 15).fill = _OVERDUE_FILL
    _finish(ws, (10, 12, 10, 26, 24, 8, 10, 9, 9, 11, 60, 50, 30, 40, 9))


def rectification_sheet(ws: Worksheet, view: ReportView) -> None:
    """The problem list tracked to closure: one row per problem, open ones first."""
    _header(ws, ("序号", "单位", "问题", "整改措施", "责任人", "整改时限", "剩余天数", "状态",
                 "依据", "整改材料"))  # fmt: skip
    for r in sorted(view.rectification, key=lambda r: (not r.open, r.status != "overdue")):
        _append(ws, [
            r.id, r.unit, r.problem, r.measure, r.owner, r.deadline or r.deadline_text,
            r.days_left if r.open else None, r.status_title, r.evidence, "\n".join(r.files),
        ])  # fmt: skip
        ws.cell(ws.max_row, 8).fill = _RECTIFICATION_FILLS[r.status]
    _finish(ws, (6, 10, 50, 30, 8, 11, 9, 10, 70, 50))


def progress_sheet(ws: Worksheet, progress: Progress) -> None:
    """Failing required items per unit and sweep, with a line chart of the burn-down."""
    labels = snapshot_labels(progress.snapshots)
    _header(ws, ("单位", *labels, "最近期限", "剩余天数"))
    for unit in progress.units:
        due = progress.dues.get(unit)
        _append(ws, [
            unit, *(s.failing.get(unit) for s in progress.snapshots),
            due.due if due else "", due.days_left if due else None,
        ])  # fmt: skip
    _append(ws, ["合计", *(s.total for s in progress.snapshots), progress.deadline or "",
               progress.days_left])  # fmt: skip
    _finish(ws, (14, *([11] * len(labels)), 11, 9))
    ws.auto_filter.ref = None
    chart = LineChart()
    chart.title = progress.failing_title
    chart.y_axis.title = "项"
    chart.x_axis.title = "检查时间"
    chart.height, chart.width = 9, 18
    last = ws.max_row
    data = Reference(ws, min_col=2, max_col=1 + len(labels), min_row=2, max_row=last)
    chart.add_data(data, from_rows=True, titles_from_data=False)
    for series, unit in zip(chart.series, [*progress.units, "合计"], strict=True):
        series.tx = SeriesLabel(v=unit)
    chart.set_categories(Reference(ws, min_col=2, max_col=1 + len(labels), min_row=1))
    ws.add_chart(chart, f"A{last + 3}")


def write_progress_xlsx(progress: Progress, path: str | os.PathLike[str]) -> None:
    """The burn-down alone, as a workbook."""
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "整改进度"
    progress_sheet(first, progress)
    write_atomic(path, book.save)


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


def _files_sheet(ws: Worksheet, view: ReportView) -> None:
    _header(ws, ("路径", "单位", "格式", "识别为", "把握", "日期", "日期来源", "标题",
                 "发文字号", "问题", "识别依据", "台账数据"))  # fmt: skip
    for f in view.files:
        _append(ws, [
            f.path, f.unit, f.format, f.kind_title, round(f.confidence, 2), f.date or "",
            f.date_source_title, f.title, f.doc_number,
            "\n".join(f"[{p.code}] {p.message}" for p in f.problems), "\n".join(f.reasons),
            f.ledger,
        ])  # fmt: skip
    for s in view.skipped:
        _append(ws, [s.path, s.path.split("/", 1)[0], "", "（已跳过）", None, "", "", "", "",
                   f"[{s.reason}] {s.message}", ""])  # fmt: skip
    _finish(ws, (60, 10, 7, 18, 6, 11, 9, 40, 20, 50, 50, 30))


def _checks_sheet(ws: Worksheet, view: ReportView) -> None:
    _header(ws, ("检查", "检查编号", view.labels.negative_list, "结果", "问题"))
    for c in view.checks:
        _append(ws, [
            c.title, c.check, "是" if c.negative_list else "", c.status_title,
            "\n".join(p.message for p in c.problems),
        ])  # fmt: skip
    _finish(ws, (20, 26, 9, 8, 100))


def _about_sheet(ws: Worksheet, view: ReportView) -> None:
    labels, totals = view.labels, view.totals
    required = f"{labels.required}事项"
    rows: Iterable[Sequence[Any]] = [
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
        ("工具版本", f"evidence-audit {view.tool_version}"),
        ("", ""),
        ("状态说明", "齐全：合格文件达到要求份数；缺失：没有该类材料；数量不足：有合格文件但份数不够；"
                     "有问题：有该类材料但未通过检查（日期、关键词、台账列、身份证号等），见“问题说明”"),
    ]  # fmt: skip
    for row in rows:
        _append(ws, row)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100
    for cell in ws["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


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
