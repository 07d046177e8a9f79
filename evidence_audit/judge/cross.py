"""Checks across units: integrity (负面清单) and prefecture-level totals.

Each check is a pure function of the analysed files, the unit types and its parameters
from the ruleset, registered by name in :data:`CROSS_CHECKS`. A check says what it
compared (its metrics) and passes only when it compared everything it is about: with
nothing to compare, or with something it could not compare (a ledger cut at the row
limit, a figure no county's ledger holds), it is ``not_run`` and says why, never ``pass``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from ..files.extract.base import Cell, Extraction, Table
from ..files.visual import near_pairs
from ..findings import Problem
from ..models import CheckResult, CheckStatus, Classification, DocInfo, FileRecord
from ..rules import params as p
from ..rules.ruleset import CrossCheck, Ruleset
from ..text.columns import cell_text, is_total_row, match_columns, parse_number
from ..text.identity import citizen_id_problem, id_key, mask_id, normalize_id
from ._checks import column_cells

CrossFunction = Callable[
    [CrossCheck, Sequence[FileRecord], Mapping[str, str], Ruleset], CheckResult
]
_SHOWN = 5


_P = TypeVar("_P")


def _params(spec: CrossCheck, kind: type[_P]) -> _P:
    """The check's typed parameters (the ruleset loader built them for this check name)."""
    assert isinstance(spec.params, kind), spec
    return spec.params


def _result(
    spec: CrossCheck,
    problems: Sequence[Problem],
    unchecked: Sequence[str] = (),
    **metrics: object,
) -> CheckResult:
    """Fail on a finding; else pass only if nothing was left unchecked (``unchecked``
    says what could not be compared, and why), else not_run."""
    if problems:
        status: CheckStatus = "fail"
        found = tuple(problems)
    elif unchecked:
        status, found = "not_run", tuple(Problem("check_not_run", why) for why in unchecked)
    else:
        status, found = "pass", ()
    return CheckResult(
        check=spec.id,
        title=spec.title,
        status=status,
        negative_list=spec.negative_list,
        problems=found,
        metrics=tuple(metrics.items()),
    )


def _not_run(spec: CrossCheck, why: str) -> CheckResult:
    return CheckResult(
        spec.id, spec.title, "not_run", spec.negative_list, (Problem("check_not_run", why),)
    )


def _cut(f: FileRecord) -> str | None:
    """Why a file's ledger cannot be trusted whole (cut at the row limit), if it cannot."""
    return next((f"{f.path}：{p.message}" for p in f.problems if p.code == "rows_limit"), None)


class _Photo(NamedTuple):
    """What comparing photos needs of one (not the whole record: a province has
    hundreds of thousands of photos, all held at once while they are compared)."""

    path: str
    unit: str
    sha256: str | None
    visual_hash: str | None


def duplicate_photos(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    """The same photo filed twice: byte-identical, or visually near-identical (re-saved).

    Only pictures judged to be photographs are compared. A scanned letter or a screenshot
    filed by two units is one document filed twice (every county files the prefecture's
    notice), which no rule forbids; a chart is no photo.
    """
    kinds = _photo_kinds(rules)
    photos = [
        _Photo(f.path, f.unit, f.sha256, f.visual_hash)
        for f in files
        if f.family == "image" and f.readable and f.kind in kinds
    ]
    by_hash: dict[str, list[_Photo]] = defaultdict(list)
    for photo in photos:
        if photo.sha256:
            by_hash[photo.sha256].append(photo)
    problems = [
        _photo_problem(group, "同一张照片")
        for group in sorted(by_hash.values(), key=lambda g: g[0].path)
        if len(group) > 1
    ]
    del by_hash
    max_distance = rules.photo_max_distance
    hashed = [photo for photo in photos if photo.visual_hash]
    if max_distance > 0 and hashed:
        for a, b in _near_photo_pairs(hashed, max_distance):
            problems.append(
                _photo_problem([hashed[a], hashed[b]], "疑似同一张照片（画面几乎相同）")
            )
    if not photos:
        return _not_run(spec, "档案中没有可比对的照片")
    return _result(spec, problems, photos=len(photos))


def _near_photo_pairs(hashed: Sequence[_Photo], max_distance: int) -> list[tuple[int, int]]:
    """Index pairs (sorted) of photos within ``max_distance`` bits that are not
    byte-identical (those are reported as such). Fingerprints are compared once per
    distinct value: a picture copied to a thousand folders costs one comparison, not
    half a million."""
    by_print: dict[str, list[int]] = defaultdict(list)
    for index, photo in enumerate(hashed):
        by_print[photo.visual_hash or ""].append(index)
    prints = list(by_print)
    pairs: list[tuple[int, int]] = []

    def across(xs: Sequence[int], ys: Sequence[int]) -> None:
        for a in xs:
            for b in ys:
                if hashed[a].sha256 != hashed[b].sha256:
                    pairs.append((min(a, b), max(a, b)))

    for members in by_print.values():  # the same fingerprint, other bytes (re-saved)
        by_bytes: dict[str | None, list[int]] = defaultdict(list)
        for index in members:
            by_bytes[hashed[index].sha256].append(index)
        groups = list(by_bytes.values())
        for x, first in enumerate(groups):
            for second in groups[x + 1 :]:
                across(first, second)
    for a, b in near_pairs(prints, max_distance):
        across(by_print[prints[a]], by_print[prints[b]])
    return sorted(pairs)


def _photo_kinds(rules: Ruleset) -> frozenset[str]:
    """The kinds a photograph is given: those told by a picture class shown as a picture
    (in a ruleset without picture classes, by the look of a photo)."""
    kinds = set()
    for kind in rules.kinds:
        for signal in kind.signals:
            if signal.weight <= 0:
                continue
            if signal.type == "picture" and any(
                rules.picture_class(value).read_as == "picture" for value in signal.values
            ):
                kinds.add(kind.id)
            if signal.type == "photo" and not rules.pictures:
                kinds.add(kind.id)
    return frozenset(kinds)


def _photo_problem(group: Sequence[_Photo], what: str) -> Problem:
    units = sorted({f.unit for f in group})
    where = "、".join(units)
    scope = f"被 {len(units)} 个单位（{where}）重复使用" if len(units) > 1 else f"在{where}重复存放"
    return Problem(
        "duplicate_photo",
        f"{what}{scope}：{'；'.join(f.path for f in group)}",
        None,
        (("files", [f.path for f in group]), ("units", units)),
    )


class _IdCell(NamedTuple):
    """One ID cell of a ledger, with where it is (not the ledger: every ID cell of a
    province is held at once while they are compared)."""

    path: str
    unit: str
    row: int
    value: str  # normalised (and sealed)


def _id_rows(
    params: p.IdColumn, files: Sequence[FileRecord], rules: Ruleset
) -> tuple[list[_IdCell], list[str]]:
    """Every ID cell of the ledgers the check covers, and why some could not all be seen
    (ledgers cut at the row limit)."""
    kinds, column = set(params.kinds), params.column
    out = []
    cut: list[str] = []
    for f in files:
        found = column_cells(f, column, rules) if f.kind in kinds else None
        if found is not None and (why := _cut(f)):
            cut.append(why)
        for number, _, cell in found.cells if found else ():
            value = normalize_id(cell)
            if value:
                out.append(_IdCell(f.path, f.unit, number, value))
    return out, cut


def _no_ids(params: p.IdColumn, rules: Ruleset) -> str:
    kinds = "、".join(rules.kind_title(k) for k in params.kinds)
    return f"没有找到含“{params.column}”列的{kinds}"


def duplicate_people(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    # The same person is the same keyed hash (the sweep's secret, never the ruleset's
    # public id): IDs are sealed before they reach here, and never compared in clear.
    params = _params(spec, p.IdColumn)
    rows, cut = _id_rows(params, files, rules)
    if not rows and not cut:
        return _not_run(spec, _no_ids(params, rules))
    seen: dict[str, list[_IdCell]] = defaultdict(list)
    for cell in rows:
        if citizen_id_problem(cell.value) is None:
            seen[id_key(cell.value)].append(cell)
    problems = []
    for entries in seen.values():
        units = sorted({cell.unit for cell in entries})
        per_file: dict[str, int] = defaultdict(int)
        for cell in entries:
            per_file[cell.path] += 1
        twice_in_one = any(n > 1 for n in per_file.values())
        if len(units) < 2 and not twice_in_one:
            continue
        masked = mask_id(entries[0].value)
        where = "；".join(f"{cell.path} 第{cell.row}行" for cell in entries[:_SHOWN])
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
    return _result(spec, problems, cut, checked_ids=len(rows))


def invalid_ids(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    params = _params(spec, p.IdColumn)
    rows, cut = _id_rows(params, files, rules)
    if not rows and not cut:
        return _not_run(spec, _no_ids(params, rules))
    bad: dict[str, list[str]] = defaultdict(list)
    units: dict[str, str] = {}
    for cell in rows:
        reason = citizen_id_problem(cell.value)
        if reason:
            bad[cell.path].append(f"第{cell.row}行 {mask_id(cell.value)} {reason}")
            units[cell.path] = cell.unit
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
    return _result(spec, problems, cut, checked_ids=len(rows))


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
    cut: list[str] = []
    for f in files:
        if f.kind in kinds and f.readable:
            value = _column_sum(f, column, rules)
            if value is not None and (why := _cut(f)):
                cut.append(why)  # a part of a sum says nothing of the whole
            elif value is not None:
                per_unit[f.unit] += value
                counted += 1
    if not counted and not cut:
        return _not_run(spec, f"没有找到含“{column}”列的{'、'.join(map(rules.kind_title, kinds))}")
    total = round(sum(per_unit.values()), 2)
    problems = []
    if total < minimum and not cut:
        parts = "；".join(f"{u} {v:g}" for u, v in sorted(per_unit.items()))
        problems.append(
            Problem(
                "total_below_target",
                f"“{column}”合计 {total:g} {unit_label}，低于要求的 {minimum:g} {unit_label}（{parts}）",
            )
        )
    return _result(spec, problems, cut, total=total, minimum=minimum, units=len(per_unit))


def figures_consistent(
    spec: CrossCheck, files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> CheckResult:
    """Compare the prefecture's summary ledgers with the counties' own ledgers, county by
    county, figure by figure.

    ``detail_type`` names the unit type whose own ledgers are the details (counties in
    a prefecture). A summary is a ledger of the figure's ``summary_kind`` (one row per
    county, a column per indicator), or a ledger of the figure's own kind outside the
    counties that names itself a summary (``summary_markers``). A summary row belongs to
    the county its cells name; a summary that names no county is compared as a whole with
    the sum of all the counties' ledgers. Every figure must be compared for a pass.
    """
    params = _params(spec, p.FiguresConsistent)
    detail_type = params.detail_type
    detail_title = rules.unit_types.get(detail_type, detail_type)
    everyone = f"全部{detail_title}"
    counties = sorted(u for u, t in unit_types.items() if t == detail_type)
    problems: list[Problem] = []
    unchecked: list[str] = []
    compared: dict[str, list[str]] = {}
    for figure in params.figures:
        label = figure.label
        own, own_cut = _own_figures(figure, files, unit_types, detail_type, rules)
        summaries = _summaries(figure, files, unit_types, detail_type)
        seen: set[str] = set()
        reasons: list[str] = []
        for summary, column in summaries:
            if why := _cut(summary):
                reasons.append(why)
                continue
            per_county = _sum_by_county(summary, column, counties, rules)
            if per_county is None:
                continue  # this summary does not hold the figure
            if not per_county:  # names no county: compare the whole
                if not own or own_cut:
                    reasons.extend(own_cut.values())
                    continue
                pairs = {everyone: (_column_sum(summary, column, rules) or 0.0, sum(own.values()))}
            else:
                pairs = {c: (v, own[c]) for c, v in per_county.items() if c in own}
                reasons.extend(own_cut[c] for c in per_county if c in own_cut)
            for county, (theirs, ours) in sorted(pairs.items()):
                seen.add(county)
                if abs(theirs - ours) > 0.01:
                    problems.append(
                        Problem(
                            "figures_inconsistent",
                            f"{label}：{summary.unit}的汇总台账中{county}为 {theirs:g}，"
                            f"而{county}自己的台账合计为 {ours:g}",
                            summary.path,
                            (("units", sorted({summary.unit, county} - {everyone})),),
                        )
                    )
        if seen:
            compared[label] = sorted(seen)
        elif not summaries:
            reasons.append("没有找到汇总台账，未能比对")
        elif not reasons:
            reasons.append(f"汇总台账中的{detail_title}都没有自己的台账，未能比对")
        unchecked.extend(f"{label}：{why}" for why in dict.fromkeys(reasons))
    return _result(spec, problems, unchecked, compared=compared, not_compared=unchecked)


def _own_figures(
    figure: p.Figure,
    files: Sequence[FileRecord],
    unit_types: Mapping[str, str],
    detail_type: str,
    rules: Ruleset,
) -> tuple[dict[str, float], dict[str, str]]:
    """The figure summed over each detail unit's own ledgers; and the units whose sum is
    unknown (a ledger cut at the row limit), with why."""
    own: dict[str, float] = defaultdict(float)
    cut: dict[str, str] = {}
    for f in files:
        if f.kind != figure.kind or not f.readable or unit_types.get(f.unit) != detail_type:
            continue
        value = _column_sum(f, figure.column, rules)
        if value is None:
            continue
        if why := _cut(f):
            cut[f.unit] = why
        else:
            own[f.unit] += value
    return {u: v for u, v in own.items() if u not in cut}, cut


def _summaries(
    figure: p.Figure,
    files: Sequence[FileRecord],
    unit_types: Mapping[str, str],
    detail_type: str,
) -> list[tuple[FileRecord, str]]:
    """The summary ledgers of a figure outside the detail units, with the column to read."""
    out = []
    for f in files:
        if not f.readable or unit_types.get(f.unit) == detail_type:
            continue
        if figure.summary_kind and f.kind == figure.summary_kind:
            out.append((f, figure.summary_column or figure.column))
        elif f.kind == figure.kind and (
            not figure.summary_markers
            or any(m in _title_and_name(f) for m in figure.summary_markers)
        ):
            out.append((f, figure.column))
    return out


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
    unchecked: list[str] = []
    for t in params.targets:
        ledgers = [f for f in files if f.unit == t.unit and f.kind == t.kind and f.readable]
        cut = [why for f in ledgers if (why := _cut(f))]
        if cut:  # a part of a sum says nothing of the whole
            unchecked.extend(f"{t.unit} {t.label}：{why}" for why in cut)
            continue
        actual = sum(v for f in ledgers if (v := _column_sum(f, t.column, rules)) is not None)
        if actual < t.target:
            problems.append(
                Problem(
                    "target_not_met",
                    f"{t.unit} {t.label}：台账合计 {actual:g}，{word} {t.target:g}",
                    None,
                    (("units", [t.unit]),),
                )
            )
    return _result(spec, problems, unchecked)


@dataclass(frozen=True, slots=True)
class CrossCheckDef:
    """A check across units and the problem codes it may emit."""

    run: CrossFunction
    codes: frozenset[str]


CROSS_CHECKS: Mapping[str, CrossCheckDef] = MappingProxyType(
    {
        "duplicate_photos": CrossCheckDef(
            duplicate_photos, frozenset({"duplicate_photo", "check_not_run"})
        ),
        "duplicate_people": CrossCheckDef(
            duplicate_people, frozenset({"duplicate_person", "check_not_run"})
        ),
        "invalid_ids": CrossCheckDef(invalid_ids, frozenset({"invalid_id", "check_not_run"})),
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


def cross_view(
    record: FileRecord, unit_types: Mapping[str, str], rules: Ruleset
) -> FileRecord | None:
    """What the checks across units read of a file, and nothing more; None when they read
    nothing of it. The sweep keeps these, not the records, so that its memory grows with
    them alone: a photo keeps its fingerprints; a ledger of a kind the checks sum or
    compare keeps its table, with only the cells the checks look at (the columns they
    name, the first cells where totals are marked, the note rows; every other cell kept
    as a mark that it was not empty), or whole when it may be a summary (its rows name
    the units); nothing is kept of its text or pictures."""
    photo = record.family == "image" and record.readable
    columns, whole = _cross_columns(rules, unit_types, record)
    if not photo and columns is None:
        return None
    ext = record.extraction
    tables: tuple[Table, ...] = ()
    if columns is not None:
        tables = tuple(t if whole else _thin(t, columns, rules) for t in ext.tables)
    return FileRecord(
        path=record.path,
        unit=sys.intern(record.unit),
        format=sys.intern(record.format),
        family=sys.intern(record.family),
        size=record.size,
        sha256=record.sha256,
        classification=_bare(record.kind, record.classification.table_index),
        date=None,
        date_source=None,
        doc=DocInfo(title=record.doc.title) if record.doc.title and tables else _NO_DOC,
        extraction=Extraction(content_read=ext.content_read, tables=tables)
        if tables
        else _EMPTY[ext.content_read],
        problems=record.problems,
        visual_hash=record.visual_hash,
    )


_NO_DOC = DocInfo()
_EMPTY = {True: Extraction(content_read=True), False: Extraction(content_read=False)}


@lru_cache(maxsize=1024)
def _bare(kind: str, table_index: int | None) -> Classification:
    """A classification as the checks across units read it (one object per kind)."""
    return Classification(kind, 0.0, (), table_index=table_index)


def _cross_columns(
    rules: Ruleset, unit_types: Mapping[str, str], record: FileRecord
) -> tuple[set[str] | None, bool]:
    """The ledger columns the checks read of this file (None: no check reads it), and
    whether its rows are read whole (a summary ledger's name the units)."""
    kind = record.kind
    columns: set[str] = set()
    wanted = whole = False
    for spec in rules.cross_checks:
        params = spec.params
        if isinstance(params, p.IdColumn | p.ColumnTotal) and kind in params.kinds:
            wanted = True
            columns.add(params.column)
        elif isinstance(params, p.Targets):
            for target in params.targets:
                if target.kind == kind:
                    wanted = True
                    columns.add(target.column)
        elif isinstance(params, p.FiguresConsistent):
            detail = unit_types.get(record.unit) == params.detail_type
            for figure in params.figures:
                if figure.kind == kind:
                    wanted = True
                    columns.add(figure.column)
                    whole = whole or not detail
                if figure.summary_kind and figure.summary_kind == kind:
                    wanted = whole = True
    return (columns if wanted else None), whole


_KEPT = "·"  # an emptied cell that was not empty


def _thin(table: Table, columns: set[str], rules: Ruleset) -> Table:
    """``table`` with only what the checks across units read: the header, the named
    columns, and the cells that mark a total row (in the first four cells) or a note row;
    every other non-empty cell becomes one shared mark, so that a row is still told from a
    total, a note or a blank row exactly as before."""
    keep = set(match_columns(table.header, sorted(columns), rules.columns).values())
    totals, notes = rules.row_markers.totals, rules.row_markers.notes

    def cell(index: int, value: Cell) -> Cell:
        if index in keep:
            return value
        text = cell_text(value)
        if not text:
            return value
        if text.startswith(notes) or (index < 4 and is_total_row((value,), totals)):
            return value
        return _KEPT

    rows = tuple(tuple(cell(i, v) for i, v in enumerate(row)) for row in table.rows)
    return replace(table, rows=rows)


def run_cross_checks(
    files: Sequence[FileRecord], unit_types: Mapping[str, str], rules: Ruleset
) -> tuple[CheckResult, ...]:
    return tuple(
        CROSS_CHECKS[spec.check].run(spec, files, unit_types, rules) for spec in rules.cross_checks
    )
