"""Judge a unit's items: which files count for each item, and the item's status.

Statuses follow the report contract: present, missing, insufficient, defective,
not_applicable (see docs/report.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..files.visual import hash_distance
from ..findings import Problem
from ..models import (
    UNREADABLE_CODES,
    Attestation,
    FileRecord,
    ItemResult,
    ItemStatus,
    UnitResult,
)
from ..rules.ruleset import Item, Ruleset
from ._checks import FILE_CHECKS, SET_CHECKS, Candidate
from .attest import AttestationError


def judge_unit(
    name: str,
    unit_type: str,
    folder_found: bool,
    files: Sequence[FileRecord],
    rules: Ruleset,
    scan_problems: Sequence[Problem],
) -> UnitResult:
    """Every item of the ruleset for one unit: applicable ones judged, others marked."""
    tally = UnitTally(name, unit_type, rules)
    for order, record in enumerate(files):
        tally.add(record, (order, 0))
    return tally.judge(folder_found, scan_problems)


#: A file's place in the archive's order: (entry, member of a zip; 0 for the file itself).
Order = tuple[int, int]


class UnitTally:
    """What judging a unit needs of its files, gathered one file at a time: counts, the
    unreadable ones, the folder names below, and each applicable item's candidates (the
    item's checks run as the file arrives). Nothing else of a file is kept, so a unit of
    any size is judged in memory that grows only with those summaries."""

    _SHOWN = 5

    def __init__(self, name: str, unit_type: str, rules: Ruleset) -> None:
        self.name = name
        self.unit_type = unit_type
        self.rules = rules
        self.items = [item for item in rules.items if item.applies(unit_type, name)]
        self.files = 0
        self.unreadable = 0
        self.unreadable_first: list[tuple[Order, str]] = []
        self.folders: set[str] = set()
        self.candidates: dict[str, list[tuple[Order, Candidate]]] = {}

    def add(self, record: FileRecord, order: Order) -> None:
        """Take one file (``order``: its place in the archive's order, for stable output)."""
        self.files += 1
        if record.path.count("/") >= 2:
            self.folders.add(record.path.split("/")[1])
        if not record.readable:
            self.unreadable += 1
            self.unreadable_first.append((order, record.path))
            self.unreadable_first.sort()
            del self.unreadable_first[self._SHOWN + 1 :]
        for item in self.items:
            if record.kind in item.kinds:
                found = (order, candidate(item, record, self.rules))
                self.candidates.setdefault(item.id, []).append(found)

    def judge(self, folder_found: bool, scan_problems: Sequence[Problem]) -> UnitResult:
        """The unit's result, once: judging takes the items' candidates out of the tally."""
        name, rules = self.name, self.rules
        problems = list(scan_problems)
        if not folder_found:
            problems.append(
                Problem("unit_folder_missing", f"未找到“{name}”的文件夹，所有事项均缺失")
            )
        if self.unit_type == "unknown":
            message = f"文件夹“{name}”的名称不符合规则集中任何一种单位的命名规则，未检查（请核对文件夹名称）"
            looks_like_units = [n for n in sorted(self.folders) if rules.unit_type(n) != "unknown"]
            if len(looks_like_units) >= 2:
                shown = "、".join(looks_like_units[:5])
                message = (
                    f"文件夹“{name}”不是单位，但其中的子文件夹（{shown}……）像是单位文件夹："
                    f"请把“{name}”作为档案目录重新运行"
                )
            problems.append(Problem("unknown_unit", message))
        if self.unreadable:
            paths = [path for _, path in self.unreadable_first[: self._SHOWN]]
            problems.append(
                Problem(
                    "unreadable",
                    f"本单位有 {self.unreadable} 个文件无法读取，其中可能有所需材料："
                    + "；".join(paths)
                    + ("等" if self.unreadable > self._SHOWN else ""),
                )
            )
        applicable = {i.id for i in self.items}
        # Each item's candidates are let go as it is judged (a tally is judged once): its
        # result keeps what it says of them, the rest would only add to the peak.
        items = tuple(
            judge_candidates(
                item, [c for _, c in sorted(self.candidates.pop(item.id, ()), key=_first)], rules
            )
            if item.id in applicable
            else _not_applicable(item)
            for item in rules.items
        )
        return UnitResult(name, self.unit_type, folder_found, items, self.files, tuple(problems))


def _first(pair: tuple[Order, Candidate]) -> Order:
    return pair[0]


def _not_applicable(item: Item) -> ItemResult:
    return ItemResult(
        item.id,
        item.title,
        item.area,
        item.severity,
        "not_applicable",
        item.min,
        0,
        due=item.due,
        area_title=item.area_title,
    )


def judge_item(item: Item, files: Sequence[FileRecord], rules: Ruleset) -> ItemResult:
    """Status of one item for one unit's files (docs/report.md says what each means)."""
    return judge_candidates(
        item, [candidate(item, f, rules) for f in files if f.kind in item.kinds], rules
    )


def candidate(item: Item, record: FileRecord, rules: Ruleset) -> Candidate:
    """One file of an accepted kind under the item's checks: why it does not count (no
    failure: it counts), the notes and figures it adds. Needs the file's content; what
    it returns does not."""
    failures: list[Problem] = []
    notes: list[Problem] = []
    metrics: list[tuple[str, object]] = []
    figures: list[str] = []
    if not record.readable:
        # Named like an accepted kind but unreadable: a defect to fix, not an absence.
        failures.extend(p for p in record.problems if p.code in UNREADABLE_CODES)
    else:
        # The classifier already said it was unsure (analyze.build_record): not counted.
        failures.extend(p for p in record.problems if p.code == "low_confidence")
    cut = [p for p in record.problems if p.code == "rows_limit"]
    for spec in item.checks if record.readable else ():
        check = FILE_CHECKS.get(spec.name)
        if check is None:
            continue
        outcome = check.run(record, spec.params, item, rules)
        failures.extend(outcome.failures)
        if check.all_rows and cut and not outcome.failures:
            failures.extend(cut)  # what it did not see may hold what it looks for
            cut = []
        notes.extend(p.with_file(record.path) for p in outcome.notes)
        metrics.extend(outcome.metrics)
        figures.extend(outcome.figures)
    empty = record.ledger is not None and record.ledger.rows == 0
    if empty and record.readable and not any(p.code == "no_data_rows" for p in failures):
        # A ledger's template (its header and no rows) is its kind, and counts for nothing.
        sheet = record.ledger.sheet if record.ledger else ""
        failures.append(Problem("no_data_rows", f"工作表“{sheet}”只有表头，没有数据行"))
    return Candidate(
        path=record.path,
        kind=record.kind,
        sha256=record.sha256,
        visual_hash=record.visual_hash,
        failures=tuple(p if p.file else p.with_file(record.path) for p in failures),
        notes=tuple(notes),
        metrics=tuple(metrics),
        figures=tuple(figures),
    )


def judge_candidates(item: Item, candidates: Sequence[Candidate], rules: Ruleset) -> ItemResult:
    """Status of one item from its candidates, in the archive's order."""
    if not candidates:
        return ItemResult(
            item.id,
            item.title,
            item.area,
            item.severity,
            "missing",
            item.min,
            0,
            due=item.due,
            area_title=item.area_title,
        )
    problems: list[Problem] = []
    metrics: list[tuple[str, object]] = []
    figures: list[str] = []
    valid: list[Candidate] = []
    failed = False
    for one in candidates:
        problems.extend(one.notes)
        metrics.extend(one.metrics)
        figures.extend(one.figures)
        if one.failures:
            failed = True
            problems.extend(one.failures)
        else:
            valid.append(one)
    counted: list[Candidate] = []
    hashes: dict[str, str] = {}
    for record in valid:
        if record.sha256 and record.sha256 in hashes:
            problems.append(
                Problem(
                    "duplicate_file",
                    f"与“{hashes[record.sha256]}”内容完全相同，只计一次",
                    record.path,
                )
            )
            continue
        twin = _same_picture(record, counted, rules)
        if twin is not None:
            problems.append(
                Problem(
                    "duplicate_file",
                    f"与“{twin.path}”是同一张照片（画面几乎相同），只计一次",
                    record.path,
                )
            )
            continue
        if record.sha256:
            hashes[record.sha256] = record.path
        counted.append(record)
    for spec in item.checks:
        set_check = SET_CHECKS.get(spec.name)
        if set_check is not None and len(counted) >= item.min:
            outcome = set_check.run(counted, spec.params, item, rules)
            if outcome.failures:
                problems.extend(outcome.failures)
                return _item(item, "defective", counted, problems, metrics, figures)
    status: ItemStatus
    if len(counted) >= item.min:
        status = "present"
    elif failed:
        status = "defective"
    else:
        status = "insufficient"
    return _item(item, status, counted, problems, metrics, figures)


def _same_picture(
    record: Candidate, counted: Sequence[Candidate], rules: Ruleset
) -> Candidate | None:
    """A counted photo that is visually the same picture (re-saved or resized), if any:
    fingerprints within the ruleset's ``duplicates.photo_max_distance`` bits."""
    if record.visual_hash is None:
        return None
    for other in counted:
        if (
            other.visual_hash
            and hash_distance(record.visual_hash, other.visual_hash) <= rules.photo_max_distance
        ):
            return other
    return None


def _item(
    item: Item,
    status: ItemStatus,
    counted: Sequence[Candidate],
    problems: Sequence[Problem],
    metrics: Sequence[tuple[str, object]],
    figures: Sequence[str] = (),
) -> ItemResult:
    return ItemResult(
        item=item.id,
        title=item.title,
        area=item.area,
        area_title=item.area_title,
        severity=item.severity,
        status=status,
        required=item.min,
        found=len(counted),
        files=tuple(r.path for r in counted),
        # A file that lacks the item's keyword is usually another document altogether
        # (another meeting's minutes): the problems of files that nearly count come first.
        problems=tuple(sorted(problems, key=lambda p: p.code == "missing_keyword")),
        metrics=tuple(metrics),
        figures=tuple(figures),
        due=item.due,
    )


def apply_attestations(
    results: list[UnitResult], attested: Sequence[Attestation], wanted: set[str] | None
) -> list[UnitResult]:
    if not attested:
        return results
    by_key = {(a.unit, a.item): a for a in attested}
    known = {(u.unit, i.item) for u in results for i in u.items if i.status != "not_applicable"}
    unknown = [
        f"{a.unit} / {a.item}"
        for a in attested
        if (a.unit, a.item) not in known and (wanted is None or a.unit in wanted)
    ]
    if unknown:
        raise AttestationError("人工确认文件中这些单位/事项不存在或不适用：" + "、".join(unknown))
    return [
        replace(
            u,
            items=tuple(
                replace(i, attestation=by_key[(u.unit, i.item)])
                if (u.unit, i.item) in by_key
                else i
                for i in u.items
            ),
        )
        for u in results
    ]
