"""The console summary, in Chinese, for the office staff who run the audit.

Plain text markers (【缺失】) rather than symbols, so the output survives a GBK console
or a redirect to a file on Windows.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import CheckResult, ItemResult, Report, UnitResult
from ..text.identity import mask_text

STATUS_TITLES = {
    "present": "齐全",
    "missing": "缺失",
    "insufficient": "数量不足",
    "defective": "有问题",
    "not_applicable": "不适用",
    "attested": "人工确认",
}
_CHECK_TITLES = {"pass": "通过", "fail": "未通过", "not_run": "未运行"}
_PROBLEMS_SHOWN = 4


def render_console(report: Report, *, verbose: bool = False) -> str:
    """The whole summary as one string (lines joined with newlines), masked."""
    return "\n".join(mask_text(line) for line in _lines(report, verbose)) + "\n"


def _lines(report: Report, verbose: bool) -> Iterable[str]:
    start, end = report.period
    yield f"evidence-audit {report.tool_version}　规则集：{report.ruleset_title}（{report.ruleset_id}）"
    deadline = f"　资料补齐截止：{report.deadline.isoformat()}" if report.deadline else ""
    yield f"档案：{report.archive}　考核年度：{start.isoformat()} 至 {end.isoformat()}{deadline}"
    noise = sum(1 for s in report.skipped if s.reason == "noise")
    skipped = (
        f"（另跳过 {len(report.skipped)} 个，其中系统/临时文件 {noise} 个）"
        if report.skipped
        else ""
    )
    yield f"共 {len(report.units)} 个单位，{len(report.files)} 个文件{skipped}"
    yield ""
    yield from _checks(report.checks)
    type_titles = dict(report.unit_type_titles)
    for unit in report.units:
        yield from _unit(unit, type_titles.get(unit.type, unit.type), verbose)
    yield from _totals(report)


def _checks(checks: Iterable[CheckResult]) -> Iterable[str]:
    checks = sorted(checks, key=lambda c: (not c.negative_list, c.status != "fail"))
    if not checks:
        return
    yield "【负面清单与跨单位检查】"
    for c in checks:
        flag = "（负面清单）" if c.negative_list else ""
        yield f"  [{_CHECK_TITLES.get(c.status, c.status)}] {c.title}{flag}"
        for p in c.problems[:_PROBLEMS_SHOWN]:
            yield f"      - {p.message}"
        if len(c.problems) > _PROBLEMS_SHOWN:
            yield f"      - ……另有 {len(c.problems) - _PROBLEMS_SHOWN} 条，详见 JSON 报告"
    yield ""


def _unit(unit: UnitResult, type_title: str, verbose: bool) -> Iterable[str]:
    applicable = [i for i in unit.items if i.status != "not_applicable"]
    required = [i for i in applicable if i.severity == "required"]
    failing = [i for i in required if i.failing]
    counts = {
        s: sum(1 for i in required if i.status == s and (s == "present" or i.failing))
        for s in ("present", "missing", "insufficient", "defective")
    }
    counts["attested"] = sum(1 for i in required if i.attestation is not None)
    parts = "，".join(f"{STATUS_TITLES[s]} {n}" for s, n in counts.items() if n)
    head = f"【{unit.unit}】{type_title}　必备事项 {len(required)} 项"
    yield head + (f"：{parts}" if parts else "")
    for p in unit.problems:
        yield f"  ！{p.message}"
    for item in failing:
        yield from _item(item)
    for item in required:
        if item.attestation is not None:
            a = item.attestation
            computed = STATUS_TITLES.get(item.status, item.status)
            yield (
                f"  [人工确认] {item.title}（按文件检查为“{computed}”；{a.by} 于 {a.date.isoformat()}"
                f" 确认：{a.reason}）"
            )
    if verbose:
        for item in required:
            if not item.failing:
                files = "、".join(item.files[:3]) + ("……" if len(item.files) > 3 else "")
                yield f"  [{STATUS_TITLES[item.status]}] {item.title}：{files}"
    for item in applicable:
        for figure in item.figures:
            yield f"  [数据] {figure}"
    bonus_missing = [i.title for i in applicable if i.severity == "bonus" and i.failing]
    if bonus_missing:
        yield f"  加分项未提供：{'、'.join(bonus_missing)}"
    yield ""


def _item(item: ItemResult) -> Iterable[str]:
    status = STATUS_TITLES.get(item.status, item.status)
    need = f"需 {item.required} 份，合格 {item.found} 份"
    due = f"，{item.due.isoformat()} 前完成" if item.due else ""
    yield f"  [{status}] {item.title}（{need}{due}）"
    for p in item.problems[:_PROBLEMS_SHOWN]:
        where = f"{p.file}：" if p.file else ""
        yield f"      - {where}{p.message}"
    if len(item.problems) > _PROBLEMS_SHOWN:
        yield f"      - ……另有 {len(item.problems) - _PROBLEMS_SHOWN} 条，详见 JSON 报告"


def _totals(report: Report) -> Iterable[str]:
    counts = report.counts()
    failed = sum(1 for c in report.checks if c.status == "fail")
    yield (
        f"合计：必备事项缺失 {counts['missing']} 项，数量不足 {counts['insufficient']} 项，"
        f"有问题 {counts['defective']} 项；跨单位检查未通过 {failed} 项"
        + (f"；人工确认 {counts['attested']} 项" if counts["attested"] else "")
    )
    if report.passed:
        yield "结论：所有必备事项齐全，跨单位检查全部通过。"
        return
    if not any(u.type != "unknown" for u in report.units):
        yield "结论：没有找到任何可识别的单位文件夹，未做任何检查。请确认档案目录是否正确。"
        return
    if report.unchecked_units:
        folders = "、".join(report.unchecked_units)
        yield f"注意：文件夹“{folders}”未能识别为单位，其中的材料未检查。"
    yield "结论：存在缺失或有问题的材料，请各单位对照上面的清单补齐。"
