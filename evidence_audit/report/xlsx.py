"""The report as an Excel workbook, for office staff who filter and sort in Excel or WPS.

Sheets: 问题清单 (what each unit must fix), 事项总表 (every applicable item), 文件清单
(every file, its kind and why), 跨单位检查, 说明. Every sheet has filters and a frozen
header row. Personal data is masked as in every output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..models import ItemResult, Report, UnitResult
from ..text.identity import mask_text
from .console import STATUS_TITLES

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_STATUS_FILLS = {
    "missing": PatternFill("solid", fgColor="F8CBAD"),
    "defective": PatternFill("solid", fgColor="FFE699"),
    "insufficient": PatternFill("solid", fgColor="FFF2CC"),
    "present": PatternFill("solid", fgColor="E2EFDA"),
}
_CHECK_TITLES = {"pass": "通过", "fail": "未通过", "not_run": "未运行"}
_SEVERITY = {"required": "必备", "bonus": "加分项"}
_DATE_SOURCES = {"document": "正文", "exif": "拍摄信息", "filename": "文件名", "folder": "文件夹名"}
_ITEM_HEADER = (
    "单位", "单位类型", "领域", "事项编号", "事项", "类别", "状态", "需要份数", "合格份数",
    "截止日期", "问题说明", "计入的文件", "人工确认", "数据",
)  # fmt: skip


def write_xlsx(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the workbook to ``path`` (never inside the archive: the caller checks)."""
    book = Workbook()
    type_titles = dict(report.unit_type_titles)
    first = book.active
    assert first is not None
    first.title = "问题清单"
    failing = [(u, i) for u in report.units for i in u.items if i.failing]
    _item_sheet(first, failing, type_titles)
    applicable = [(u, i) for u in report.units for i in u.items if i.status != "not_applicable"]
    _item_sheet(book.create_sheet("事项总表"), applicable, type_titles)
    _files_sheet(book.create_sheet("文件清单"), report)
    _checks_sheet(book.create_sheet("跨单位检查"), report)
    _about_sheet(book.create_sheet("说明"), report)
    book.save(os.fspath(path))


def _item_sheet(
    ws: Worksheet, rows: Sequence[tuple[UnitResult, ItemResult]], type_titles: dict[str, str]
) -> None:
    _header(ws, _ITEM_HEADER)
    for unit, item in rows:
        problems = "\n".join(
            (f"{p.file}：" if p.file else "") + p.message for p in item.problems
        ) or ("未找到该类材料" if item.status == "missing" else "")
        attested = ""
        if item.attestation is not None:
            a = item.attestation
            attested = f"{a.by} {a.date.isoformat()}：{a.reason}"
        ws.append([
            unit.unit, type_titles.get(unit.type, unit.type), item.area_title or item.area,
            item.item, item.title,
            _SEVERITY.get(item.severity, item.severity),
            STATUS_TITLES.get(item.status, item.status), item.required, item.found,
            item.due.isoformat() if item.due else "", problems, "\n".join(item.files), attested,
            "\n".join(item.figures),
        ])  # fmt: skip
        fill = _STATUS_FILLS.get(item.status)
        if fill is not None:
            ws.cell(ws.max_row, 7).fill = fill
    _finish(ws, (10, 12, 10, 26, 24, 8, 10, 9, 9, 11, 60, 50, 30, 40))


def _files_sheet(ws: Worksheet, report: Report) -> None:
    titles = dict(report.kind_titles)
    _header(ws, ("路径", "单位", "格式", "识别为", "把握", "日期", "日期来源", "标题",
                 "发文字号", "问题", "识别依据", "台账数据"))  # fmt: skip
    for f in report.files:
        ws.append([
            f.path, f.unit, f.format, titles.get(f.kind, f.kind), round(f.confidence, 2),
            f.date.isoformat() if f.date else "", _DATE_SOURCES.get(f.date_source or "", ""),
            f.doc.title or "", f.doc.doc_number or "",
            "\n".join(f"[{p.code}] {p.message}" for p in f.problems),
            "\n".join(f.classification.reasons),
            (f"{f.ledger.rows} 行" + "".join(f"；{k}合计 {v:g}" for k, v in f.ledger.totals))
            if f.ledger else "",
        ])  # fmt: skip
    for s in report.skipped:
        ws.append([s.path, s.path.split("/", 1)[0], "", "（已跳过）", None, "", "", "", "",
                   f"[{s.reason}] {s.message}", ""])  # fmt: skip
    _finish(ws, (60, 10, 7, 18, 6, 11, 9, 40, 20, 50, 50, 30))


def _checks_sheet(ws: Worksheet, report: Report) -> None:
    _header(ws, ("检查", "检查编号", "负面清单", "结果", "问题"))
    for c in report.checks:
        ws.append([
            c.title, c.check, "是" if c.negative_list else "",
            _CHECK_TITLES.get(c.status, c.status), "\n".join(p.message for p in c.problems),
        ])  # fmt: skip
    _finish(ws, (20, 26, 9, 8, 100))


def _about_sheet(ws: Worksheet, report: Report) -> None:
    counts = report.counts()
    rows: Iterable[Sequence[Any]] = [
        ("规则集", f"{report.ruleset_title}（{report.ruleset_id}）"),
        ("考核年度", f"{report.period[0].isoformat()} 至 {report.period[1].isoformat()}"),
        ("资料补齐截止", report.deadline.isoformat() if report.deadline else ""),
        ("档案", report.archive),
        ("单位数", len(report.units)),
        ("文件数", len(report.files)),
        ("必备事项缺失", counts["missing"]),
        ("必备事项数量不足", counts["insufficient"]),
        ("必备事项有问题", counts["defective"]),
        ("人工确认", counts["attested"]),
        ("工具版本", f"evidence-audit {report.tool_version}"),
        ("", ""),
        ("状态说明", "齐全：合格文件达到要求份数；缺失：没有该类材料；数量不足：有合格文件但份数不够；"
                     "有问题：有该类材料但未通过检查（日期、关键词、台账列、身份证号等），见“问题说明”"),
    ]  # fmt: skip
    for row in rows:
        ws.append([mask_text(v) if isinstance(v, str) else v for v in row])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100
    for cell in ws["B"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _header(ws: Worksheet, titles: Sequence[str]) -> None:
    ws.append(list(titles))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL


def _finish(ws: Worksheet, widths: Sequence[int]) -> None:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = mask_text(cell.value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
