"""Checks across units: integrity (负面清单) and prefecture-level totals.

Each check is a pure function of the analysed files, the unit types and its parameters
from the ruleset, registered by name in :data:`CROSS_CHECKS`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from ..files.visual import near_pairs
from ..findings import Problem
from ..models import CheckResult, FileRecord
from ..rules import params as p
from ..rules.ruleset import CrossCheck, Ruleset
from ..text.columns import cell_text, parse_number
from ..text.identity import citizen_id_problem, id_key, mask_id, normalize_id
from .checks import column_cells

CrossFunction = Callable[
    [CrossCheck, Sequence[FileRecord], Mapping[str, str], Ruleset], CheckResult
]
_SHOWN = 5


_P = TypeVar("_P")


def _params(spec: CrossCheck, kind: type[_P]) -> _P:
    """The check's typed parameters (the ruleset loader built them for this check name)."""
    assert isinstance(spec.params, kind), spec
    return spec.params


def _result(spec: CrossCheck, problems: Sequence[Problem], **metrics: object) -> CheckResult:
    return CheckResult(
        check=spec.id,
        title=spec.title,
        status="fail" if problems else "pass",
        negative_list=spec.negative_list,
        problems=tuple(problems),
        metrics=tuple(metrics.items()),
    )


def _not_run(spec: CrossCheck, why: str) -> CheckResult:
    return CheckResult(
        spec.id, spec.title, "not_run", spec.negative_list, (Problem("check_not_run", why),)
    )


def duplicate_photos(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    """The same photo filed twice: byte-identical, or visually near-identical (re-saved)."""
    photos = [f for f in files if f.family == "image" and f.readable]
    by_hash: dict[str, list[FileRecord]] = defaultdict(list)
    for f in photos:
        if f.sha256:
            by_hash[f.sha256].append(f)
    problems = [
        _photo_problem(group, "同一张照片")
        for group in sorted(by_hash.values(), key=lambda g: g[0].path)
        if len(group) > 1
    ]
    max_distance = rules.photo_max_distance
    hashed = [f for f in photos if f.visual_hash]
    if max_distance > 0 and hashed:
        for a, b in sorted(near_pairs([f.visual_hash or "" for f in hashed], max_distance)):
            first, second = hashed[a], hashed[b]
            if first.sha256 != second.sha256:  # byte-identical copies are reported above
                problems.append(_photo_problem([first, second], "疑似同一张照片（画面几乎相同）"))
    return _result(spec, problems)


def _photo_problem(group: Sequence[FileRecord], what: str) -> Problem:
    units = sorted({f.unit for f in group})
    where = "、".join(units)
    scope = f"被 {len(units)} 个单位（{where}）重复使用" if len(units) > 1 else f"在{where}重复存放"
    return Problem(
        "duplicate_photo",
        f"{what}{scope}：{'；'.join(f.path for f in group)}",
        None,
        (("files", [f.path for f in group]), ("units", units)),
    )


def _id_rows(
    params: p.IdColumn, files: Sequence[FileRecord], rules: Ruleset
) -> list[tuple[FileRecord, int, str]]:
    """(file, row, normalised id) for every ID cell of the ledgers the check covers."""
    kinds, column = set(params.kinds), params.column
    out = []
    for f in files:
        found = column_cells(f, column, rules) if f.kind in kinds else None
        for number, _, cell in found.cells if found else ():
            value = normalize_id(cell)
            if value:
                out.append((f, number, value))
    return out


def duplicate_people(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    # The same person is the same keyed hash (the sweep's secret, never the ruleset's
    # public id): IDs are sealed before they reach here, and never compared in clear.
    seen: dict[str, list[tuple[FileRecord, int, str]]] = defaultdict(list)
    for f, row, value in _id_rows(_params(spec, p.IdColumn), files, rules):
        if citizen_id_problem(value) is None:
            seen[id_key(value)].append((f, row, value))
    problems = []
    for entries in seen.values():
        units = sorted({f.unit for f, _, _ in entries})
        per_file: dict[str, int] = defaultdict(int)
        for f, _, _ in entries:
            per_file[f.path] += 1
        twice_in_one = any(n > 1 for n in per_file.values())
        if len(units) < 2 and not twice_in_one:
            continue
        masked = mask_id(entries[0][2])
        where = "；".join(f"{f.path} 第{row}行" for f, row, _ in entries[:_SHOWN])
        scope = f"在 {len(units)} 个单位重复统计" if len(units) > 1 else "在同一台账中重复登记"
        problems.append(
            Problem(
                "duplicate_person",
                f"身份证号 {masked} {scope}：{where}",
                None,
                (("files", sorted(per_file)), ("units", units)),
            )
        )
    problems.sort(key=lambda p: p.message)
    return _result(spec, problems)


def invalid_ids(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    bad: dict[str, list[str]] = defaultdict(list)
    units: dict[str, str] = {}
    total = 0
    for f, row, value in _id_rows(_params(spec, p.IdColumn), files, rules):
        total += 1
        reason = citizen_id_problem(value)
        if reason:
            bad[f.path].append(f"第{row}行 {mask_id(value)} {reason}")
            units[f.path] = f.unit
    problems = [
        Problem(
            "invalid_id",
            f"{path}：{'；'.join(entries[:_SHOWN])}"
            + (f" 等 {len(entries)} 处" if len(entries) > _SHOWN else ""),
            path,
            (("units", [units[path]]),),
        )
        for path, entries in sorted(bad.items())
    ]
    return _result(spec, problems, checked_ids=total)


def _column_sum(f: FileRecord, column: str, rules: Ruleset) -> float | None:
    """The sum of a ledger column's numbers."""
    found = column_cells(f, column, rules)
    if found is None:
        return None
    values = [parse_number(cell) for _, _, cell in found.cells]
    return sum(v for v in values if v is not None)


def column_total(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    params = _params(spec, p.ColumnTotal)
    kinds, column, minimum, unit_label = set(params.kinds), params.column, params.min, params.unit
    per_unit: dict[str, float] = defaultdict(float)
    counted = 0
    for f in files:
        if f.kind in kinds and f.readable:
            value = _column_sum(f, column, rules)
            if value is not None:
                per_unit[f.unit] += value
                counted += 1
    if not counted:
        return _not_run(spec, f"没有找到含“{column}”列的{'、'.join(map(rules.kind_title, kinds))}")
    total = round(sum(per_unit.values()), 2)
    problems = []
    if total < minimum:
        parts = "；".join(f"{u} {v:g}" for u, v in sorted(per_unit.items()))
        problems.append(
            Problem(
                "total_below_target",
                f"“{column}”合计 {total:g} {unit_label}，低于要求的 {minimum:g} {unit_label}（{parts}）",
            )
        )
    return _result(spec, problems, total=total, minimum=minimum, units=len(per_unit))


def figures_consistent(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    """Compare a prefecture summary ledger with the counties' own ledgers, county by county.

    ``detail_type`` names the unit type whose own ledgers are the details (counties in
    a prefecture). A summary row belongs to the unit its cells name; a summary that names
    no unit is compared as a whole with the sum of all the detail units' ledgers.
    """
    params = _params(spec, p.FiguresConsistent)
    detail_type = params.detail_type
    detail_title = rules.unit_types.get(detail_type, detail_type)
    everyone = f"全部{detail_title}"
    counties = sorted(u for u, t in unit_types.items() if t == detail_type)
    problems = []
    compared = 0
    for figure in params.figures:
        kind, column, label = figure.kind, figure.column, figure.label
        markers = figure.summary_markers
        own: dict[str, float] = defaultdict(float)
        summaries: list[FileRecord] = []
        for f in files:
            if f.kind != kind or not f.readable:
                continue
            if unit_types.get(f.unit) == detail_type:
                value = _column_sum(f, column, rules)
                if value is not None:
                    own[f.unit] += value
            elif not markers or any(m in _title_and_name(f) for m in markers):
                summaries.append(f)
        for summary in summaries:
            per_county = _sum_by_county(summary, column, counties, rules)
            if per_county is None or not own:
                continue
            compared += 1
            if not per_county:  # names no county: compare the whole
                total = _column_sum(summary, column, rules) or 0.0
                per_county, own_view = {everyone: total}, {everyone: sum(own.values())}
            else:
                own_view = dict(own)
            for county, value in sorted(per_county.items()):
                if county not in own_view:
                    continue
                if abs(value - own_view[county]) > 0.01:
                    problems.append(
                        Problem(
                            "figures_inconsistent",
                            f"{label}：{summary.unit}的汇总台账中{county}为 {value:g}，"
                            f"而{county}自己的台账合计为 {own_view[county]:g}",
                            summary.path,
                            (("units", sorted({summary.unit, county} - {everyone})),),
                        )
                    )
    if not compared:
        return _not_run(spec, f"没有同时找到汇总台账和{detail_title}的台账，无法比对")
    return _result(spec, problems)


def _title_and_name(f: FileRecord) -> str:
    titles = " ".join(t.title for t in f.extraction.tables)
    return f"{f.path.rsplit('/', 1)[-1]} {f.doc.title or ''} {titles}"


def _sum_by_county(
    f: FileRecord, column: str, counties: Sequence[str], rules: Ruleset
) -> dict[str, float] | None:
    """Per-county sums of a summary ledger's column; {} when rows name no county."""
    found = column_cells(f, column, rules)
    if found is None:
        return None
    sums: dict[str, float] = defaultdict(float)
    for _, row, cell in found.cells:
        value = parse_number(cell)
        if value is None:
            continue
        text = " ".join(cell_text(c) for c in row)
        county = next((c for c in counties if c in text), None)
        if county is not None:
            sums[county] += value
    return dict(sums)


def agreement_targets(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    params = _params(spec, p.Targets)
    word = params.label or "目标值"
    if not params.targets:
        return _not_run(spec, f"规则集没有声明各单位的{word}（cross_checks.targets）")
    problems = []
    for t in params.targets:
        actual = sum(
            v
            for f in files
            if f.unit == t.unit
            and f.kind == t.kind
            and f.readable
            and (v := _column_sum(f, t.column, rules)) is not None
        )
        if actual < t.target:
            problems.append(
                Problem(
                    "target_not_met",
                    f"{t.unit} {t.label}：台账合计 {actual:g}，{word} {t.target:g}",
                    None,
                    (("units", [t.unit]),),
                )
            )
    return _result(spec, problems)


@dataclass(frozen=True, slots=True)
class CrossCheckDef:
    """A check across units and the problem codes it may emit."""

    run: CrossFunction
    codes: frozenset[str]


CROSS_CHECKS: Mapping[str, CrossCheckDef] = MappingProxyType(
    {
        "duplicate_photos": CrossCheckDef(duplicate_photos, frozenset({"duplicate_photo"})),
        "duplicate_people": CrossCheckDef(duplicate_people, frozenset({"duplicate_person"})),
        "invalid_ids": CrossCheckDef(invalid_ids, frozenset({"invalid_id"})),
        "column_total": CrossCheckDef(
            column_total, frozenset({"total_below_target", "check_not_run"})
        ),
        "figures_consistent": CrossCheckDef(
            figures_consistent, frozenset({"figures_inconsistent", "check_not_run"})
        ),
        "agreement_targets": CrossCheckDef(
            agreement_targets, frozenset({"target_not_met", "check_not_run"})
        ),
    }
)


def run_cross_checks(
    files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> tuple[CheckResult, ...]:
    return tuple(
        CROSS_CHECKS[spec.check].run(spec, files, unit_types, rules) for spec in rules.cross_checks
    )
