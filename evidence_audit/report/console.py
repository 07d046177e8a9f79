"""The console summary, in the ruleset's language, for the office staff who run the audit.

Plain text markers ([缺失]) rather than symbols, so the output survives a GBK console or
a redirect to a file on Windows. Rendered from the report's view (masked once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..models import CombinedReport, Report
from .view import (
    RECTIFICATION_TITLES,
    ItemView,
    RectificationView,
    ReportView,
    SweepView,
    UnitView,
    sweep_view_of,
    view_of,
)

_PROBLEMS_SHOWN = 4


def render_console(report: Report | ReportView, *, verbose: bool = False) -> str:
    """The whole summary as one string (lines joined with newlines)."""
    view = report if isinstance(report, ReportView) else view_of(report)
    return "\n".join(_lines(view, verbose)) + "\n"


def render_combined(combined: CombinedReport | SweepView, *, verbose: bool = False) -> str:
    """A sweep of several archives: each archive's summary, then one line per archive."""
    view = combined if isinstance(combined, SweepView) else sweep_view_of(combined)
    parts = [render_console(archive, verbose=verbose) for archive in view.archives]
    return "\n".join([*parts, *_sweep_lines(view)]) + "\n"


def _sweep_lines(view: SweepView) -> Iterable[str]:
    required = f"{view.labels.required}事项"
    yield f"【全部档案汇总】共 {len(view.lines)} 个档案"
    for line in view.lines:
        flag = "通过" if line.passed else "未通过"
        yield (
            f"  [{flag}] {line.archive}：{line.units} 个单位，齐全 {line.units_complete} 个；"
            f"{required}未通过 {line.items_failing} 项；跨单位检查未通过 {line.checks_failing} 项；"
            f"{line.files} 个文件"
        )
    t = view.totals
    yield (
        f"合计：{t.get('units', 0)} 个单位，齐全 {t.get('units_complete', 0)} 个；"
        f"{required}未通过 {t.get('items_failing', 0)} 项；"
        f"跨单位检查未通过 {t.get('checks_failing', 0)} 项；{t.get('files', 0)} 个文件"
    )
    failing = sum(1 for line in view.lines if not line.passed)
    if view.passed:
        yield "结论：所有档案检查通过。"
    else:
        yield f"结论：{failing} 个档案存在缺失或有问题的材料，详见各档案的清单。"


def _lines(view: ReportView, verbose: bool) -> Iterable[str]:
    labels = view.labels
    start, end = view.period
    yield f"evidence-audit {view.tool_version}　规则集：{view.ruleset_title}（{view.ruleset_id}）"
    deadline = f"　{labels.deadline}：{view.deadline}" if view.deadline else ""
    yield f"档案：{view.archive}　{labels.period}：{start} 至 {end}{deadline}"
    noise = sum(1 for s in view.skipped if s.reason == "noise")
    skipped = (
        f"（另跳过 {len(view.skipped)} 个，其中系统/临时文件 {noise} 个）" if view.skipped else ""
    )
    unknown = sum(1 for u in view.units if u.type == "unknown")
    folders = f"（另有 {unknown} 个文件夹未能识别为单位）" if unknown else ""
    yield f"共 {len(view.units) - unknown} 个单位{folders}，{len(view.files)} 个文件{skipped}"
    yield ""
    yield from _rectification(view)
    yield from _checks(view)
    for unit in view.units:
        yield from _unit(unit, view, verbose)
    yield from _totals(view)


def _checks(view: ReportView) -> Iterable[str]:
    if not view.checks:
        return
    yield f"【{view.labels.negative_list}与跨单位检查】"
    for c in view.checks:
        flag = f"（{view.labels.negative_list}）" if c.negative_list else ""
        act = f"　须整改单位：{'、'.join(c.units)}" if c.status == "fail" and c.units else ""
        yield f"  [{c.status_title}] {c.title}{flag}{act}"
        for p in c.problems[:_PROBLEMS_SHOWN]:
            yield f"      - {p.message}"
        if len(c.problems) > _PROBLEMS_SHOWN:
            yield f"      - ……另有 {len(c.problems) - _PROBLEMS_SHOWN} 条，详见 JSON 报告"
        if c.status == "pass" and c.compared:  # a pass says what it rests on
            shown = "；".join(f"{figure}（{'、'.join(units)}）" for figure, units in c.compared)
            yield f"      - 已比对：{shown}"
    yield ""


def _unit(unit: UnitView, view: ReportView, verbose: bool) -> Iterable[str]:
    required = unit.required
    counts = unit.counts
    parts = "，".join(f"{_COUNT_TITLES[s]} {n}" for s, n in counts.items() if n)
    head = f"【{unit.name}】{unit.type_title}　{view.labels.required}事项 {len(required)} 项"
    shared = [i for i in required if i.failing and i.due == view.deadline]
    yield head + (f"：{parts}" if parts else "") + _unit_due(view, bool(shared))
    for p in unit.problems:
        yield f"  ！{p.message}"
    for item in required:
        if item.failing:
            yield from _item(item, view)
    for item in required:
        if item.attestation is not None:
            a = item.attestation
            yield (
                f"  [人工确认] {item.title}（按文件检查为“{item.status_title}”；{a.by} 于 {a.date}"
                f" 确认：{a.reason}）"
            )
    if verbose:
        for item in required:
            if not item.failing:
                files = "、".join(item.files[:3]) + ("……" if len(item.files) > 3 else "")
                yield f"  [{item.status_title}] {item.title}：{files}"
    for item in unit.items:
        if item.applicable:
            for figure in item.figures:
                yield f"  [数据] {figure}"
    bonus_missing = [
        i.title for i in unit.items if i.applicable and i.severity == "bonus" and i.failing
    ]
    if bonus_missing:
        yield f"  {view.labels.bonus}未提供：{'、'.join(bonus_missing)}"
    yield ""


_COUNT_TITLES = {
    "present": "齐全",
    "missing": "缺失",
    "insufficient": "数量不足",
    "defective": "有问题",
    "attested": "人工确认",
}


def _item(item: ItemView, view: ReportView) -> Iterable[str]:
    need = f"需 {item.required} 份，合格 {item.found} 份"
    due = ""
    if item.due and item.due != view.deadline:  # a due date of its own
        left = f"，{days_phrase(item.days_left)}" if item.days_left is not None else ""
        due = f"，{item.due} 前完成{left}"
    yield f"  [{item.status_title}] {item.title}（{need}{due}）"
    for p in item.problems[:_PROBLEMS_SHOWN]:
        yield f"      - {p.text}"
    if len(item.problems) > _PROBLEMS_SHOWN:
        yield f"      - ……另有 {len(item.problems) - _PROBLEMS_SHOWN} 条，详见 JSON 报告"


def days_phrase(left: int) -> str:
    """ "剩 5 天", "今天到期", "已逾期 3 天"."""
    if left > 0:
        return f"剩 {left} 天"
    return "今天到期" if left == 0 else f"已逾期 {-left} 天"


def _unit_due(view: ReportView, any_failing: bool) -> str:
    """The deadline a unit's failing items share (an item with its own says so itself)."""
    if not any_failing or view.deadline is None:
        return ""
    left = _days_between(view.as_of, view.deadline)
    when = f"（{days_phrase(left)}）" if left is not None else ""
    return f"　须于 {view.deadline} 前补齐{when}"


def _days_between(start: str | None, end: str | None) -> int | None:
    if start is None or end is None:
        return None
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def _rectification(view: ReportView) -> Iterable[str]:
    """The problem list first: per unit, each problem's status and what decided it."""
    rows = view.rectification
    if not rows:
        return
    counts = "，".join(
        f"{title} {n}"
        for status, title in RECTIFICATION_TITLES.items()
        if (n := sum(1 for r in rows if r.status == status))
    )
    as_of = f"（截至 {view.as_of}）" if view.as_of else ""
    yield f"【问题清单整改情况】共 {len(rows)} 个问题：{counts}{as_of}"
    units: dict[str, list[RectificationView]] = {}
    for r in rows:
        units.setdefault(r.unit, []).append(r)
    for unit, problems in units.items():
        closed = sum(1 for r in problems if not r.open)
        absent = "" if problems[0].unit_found else "（档案中没有该单位的文件夹）"
        yield f"  {unit}{absent}：{len(problems)} 个问题，已整改 {closed} 个"
        for r in sorted(problems, key=lambda r: (not r.open, r.status != "overdue")):
            yield from _problem(r)
    yield ""


def _problem(r: RectificationView) -> Iterable[str]:
    facts = []
    if r.deadline is not None:
        left = f"，{days_phrase(r.days_left)}" if r.open and r.days_left is not None else ""
        facts.append(f"时限 {r.deadline}{left}")
    if r.owner:
        facts.append(f"责任人 {r.owner}")
    more = f"（{'；'.join(facts)}）" if facts else ""
    yield f"    [{r.status_title}] {r.id}. {r.problem}{more}"
    yield f"        依据：{r.evidence}"


def _totals(view: ReportView) -> Iterable[str]:
    totals, required = view.totals, f"{view.labels.required}事项"
    attested = totals.get("attested", 0)
    yield (
        f"合计：{required}缺失 {totals.get('missing', 0)} 项，"
        f"数量不足 {totals.get('insufficient', 0)} 项，"
        f"有问题 {totals.get('defective', 0)} 项；"
        f"跨单位检查未通过 {totals.get('checks_failed', 0)} 项"
        + (f"；人工确认 {attested} 项" if attested else "")
    )
    if view.passed:
        yield f"结论：所有{required}齐全，跨单位检查全部通过。"
        return
    if not view.recognised_any_unit:
        yield "结论：没有找到任何可识别的单位文件夹，未做任何检查。请确认档案目录是否正确。"
        return
    if view.unchecked_units:
        folders = "、".join(view.unchecked_units)
        yield f"注意：文件夹“{folders}”未能识别为单位，其中的材料未检查。"
    yield "结论：存在缺失或有问题的材料，请各单位对照上面的清单补齐。"
