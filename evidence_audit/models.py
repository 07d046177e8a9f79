"""The audit's results: plain, immutable data, and their JSON contract (docs/report.md).

Rendering for people (console, Excel, HTML) lives in ``evidence_audit.report``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from .files.extract.base import Extraction
from .files.scan import Skipped
from .findings import Problem
from .rules.ruleset import Labels, Severity
from .text.dates import RoleDate
from .text.docparse import DocPart, TitleCandidate
from .text.identity import mask_text

REPORT_VERSION = 1

#: An item's status for a unit (docs/report.md says what each means).
ItemStatus = Literal["present", "missing", "insufficient", "defective", "not_applicable"]
#: The statuses that mean a unit still has to act (unless a person attested the item).
FAILING_STATUSES: frozenset[ItemStatus] = frozenset({"missing", "insufficient", "defective"})
#: Where a file's date was read, as people say it (``FileRecord.date_source`` → words):
#: the role of a date in the document's text (text/dates.py), or where else it came from.
DATE_SOURCE_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "signature": "落款（成文日期）",
        "masthead": "版头日期（期号下）",
        "published": "发布日期",
        "meeting": "会议日期",
        "issue": "印发日期",
        "form": "填报日期",
        "title": "标题中的日期",
        "cover": "封面日期",
        "exif": "照片拍摄信息",
        "filename": "文件名",
        "folder": "文件夹名",
    }
)
#: A cross-unit check's outcome: ``not_run`` when it had nothing to compare.
CheckStatus = Literal["pass", "fail", "not_run"]


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What was read from a document's text: its parts, title, 发文字号 and dates.

    ``doc_date`` is the date the document is filed by and ``date_role`` its role
    (signature, issue, meeting, form, title, cover: see text/dates.py); ``dates`` are the
    dates found with their roles; ``title_reason`` says why the title was chosen among
    ``title_candidates``; ``parts`` are the document's parts (text/docparse.py).
    """

    title: str | None = None
    doc_number: str | None = None
    doc_number_well_formed: bool | None = None
    doc_number_issue: str | None = None
    doc_date: dt.date | None = None
    doc_type: str | None = None  # 文种 the title ends with: 通知, 纪要, 函...
    issuer: str | None = None  # 发文机关
    addressee: str | None = None  # 主送机关
    date_role: str | None = None
    title_reason: str | None = None
    title_candidates: tuple[TitleCandidate, ...] = ()
    parts: tuple[DocPart, ...] = ()
    dates: tuple[RoleDate, ...] = ()


@dataclass(frozen=True, slots=True)
class Classification:
    """The kind assigned to a file, how sure, and the signals that decided it."""

    kind: str
    confidence: float
    reasons: tuple[str, ...]
    score: float = 0.0
    runner_up: str | None = None
    table_index: int | None = None  # the ledger table that matched the kind's columns


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """What a ledger file adds up to: data rows and the totals of its numeric columns."""

    sheet: str
    rows: int
    totals: tuple[tuple[str, float], ...] = ()  # (ruleset column name, sum)


@dataclass(frozen=True, slots=True)
class FileRecord:
    """Everything the audit knows about one file. A pure function of the file and the rules."""

    path: str  # relative to the archive root, '/'-separated
    unit: str
    format: str
    family: str
    size: int
    sha256: str | None
    classification: Classification
    date: dt.date | None
    date_source: str | None  # a date role (DATE_SOURCE_TITLES) | exif | filename | folder
    doc: DocInfo
    extraction: Extraction = field(repr=False, compare=False)
    problems: tuple[Problem, ...] = ()
    visual_hash: str | None = None  # difference hash of a photo, to find re-saved copies
    ledger: LedgerSummary | None = None  # rows and column totals of a ledger file

    @property
    def kind(self) -> str:
        return self.classification.kind

    @property
    def confidence(self) -> float:
        return self.classification.confidence

    @property
    def readable(self) -> bool:
        """False when the file is empty, corrupt, encrypted or otherwise not read."""
        return not any(p.code in UNREADABLE_CODES for p in self.problems)


#: File problems that mean nothing of the file's content could be used.
UNREADABLE_CODES = frozenset(
    {"empty_file", "unreadable", "encrypted", "permission_denied", "file_vanished",
     "file_too_large", "image_too_large", "timeout"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attestation:
    """A person vouches for an item kept on paper only: who, why and when."""

    unit: str
    item: str  # item id
    reason: str
    by: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: str
    title: str
    area: str
    severity: Severity
    status: ItemStatus
    required: int
    found: int
    files: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    metrics: tuple[tuple[str, Any], ...] = ()
    due: dt.date | None = None
    attestation: Attestation | None = None  # paper evidence vouched for by a person
    area_title: str = ""
    figures: tuple[str, ...] = ()  # computed figures as sentences (e.g. a ratio)

    @property
    def failing(self) -> bool:
        """Missing, insufficient or defective, and not attested on paper."""
        return self.status in FAILING_STATUSES and self.attestation is None


@dataclass(frozen=True, slots=True)
class UnitResult:
    unit: str
    type: str
    folder_found: bool
    items: tuple[ItemResult, ...]
    files: int = 0
    problems: tuple[Problem, ...] = ()

    def item(self, item_id: str) -> ItemResult:
        for it in self.items:
            if it.item == item_id:
                return it
        raise KeyError(item_id)


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: str
    title: str
    status: CheckStatus
    negative_list: bool = False
    problems: tuple[Problem, ...] = ()
    metrics: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class InspectionProblem:
    """One problem of the inspection's problem list (``--problems``), as the office wrote it."""

    id: str  # the 序号 as written
    unit: str  # the unit as written
    text: str  # the problem
    deadline: dt.date | None = None  # 整改时限, when the list gives a date
    deadline_text: str = ""  # 整改时限 as written ("立行立改", "12月20日前")
    measure: str = ""  # 整改措施
    owner: str = ""  # 责任人
    item: str | None = None  # the ruleset item it concerns (id), when the list names one
    row: int = 0  # row of the list it was read from


@dataclass(frozen=True, slots=True)
class Rectification:
    """Where a problem of the list stands: closed, open or overdue, and what decided it."""

    problem: InspectionProblem
    unit: str  # the unit of the archive it belongs to (as written when none matched)
    unit_found: bool
    status: str  # closed | open | overdue
    progress: str  # done | in_progress | contradicted | none: what the evidence says
    deadline: dt.date | None  # the list's date, else the ruleset's deadline
    files: tuple[str, ...] = ()
    evidence: str = ""  # the sentence (or the audit's finding) that decided

    @property
    def open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True, slots=True)
class Report:
    """The whole audit: units and their items, files, cross-unit checks."""

    tool_version: str
    ruleset_id: str
    ruleset_title: str
    period: tuple[dt.date, dt.date]
    deadline: dt.date | None
    archive: str
    units: tuple[UnitResult, ...]
    # Sorted by path. After a sweep, read from its store on disk one at a time.
    files: Sequence[FileRecord]
    checks: tuple[CheckResult, ...]
    skipped: tuple[Skipped, ...] = ()
    kind_titles: tuple[tuple[str, str], ...] = ()
    unit_type_titles: tuple[tuple[str, str], ...] = ()
    labels: Labels = Labels()  # the ruleset's words for period, deadline, severities...
    language: str = "zh-CN"  # the ruleset's language: titles and messages are in it
    as_of: dt.date | None = None  # the day deadlines are counted from
    rectification: tuple[Rectification, ...] = ()  # the problem list's problems (--problems)

    def due(self, item: ItemResult) -> dt.date | None:
        """When an item must be complete: its own due date, else the ruleset's deadline."""
        return item.due or self.deadline

    def days_left(self, due: dt.date | None) -> int | None:
        """Days from :attr:`as_of` to ``due`` (negative: overdue), or None."""
        if due is None or self.as_of is None:
            return None
        return (due - self.as_of).days

    def overdue(self, item: ItemResult) -> bool:
        """A failing item whose due date has passed."""
        left = self.days_left(self.due(item))
        return item.failing and left is not None and left < 0

    def unit(self, name: str) -> UnitResult:
        for u in self.units:
            if u.unit == name:
                return u
        raise KeyError(name)

    def file(self, path: str) -> FileRecord:
        find = getattr(self.files, "find", None)
        if find is not None:
            found: FileRecord | None = find(path)
            if found is None:
                raise KeyError(path)
            return found
        for f in self.files:
            if f.path == path:
                return f
        raise KeyError(path)

    def missing(self, *, include_bonus: bool = False) -> list[tuple[str, ItemResult]]:
        """(unit, item) pairs whose item is missing, insufficient or defective."""
        return [
            (u.unit, it)
            for u in self.units
            for it in u.items
            if it.failing and (include_bonus or it.severity == "required")
        ]

    def counts(self) -> dict[str, int]:
        """Required items per status, over all units."""
        out = {"missing": 0, "insufficient": 0, "defective": 0, "attested": 0}
        for u in self.units:
            for it in u.items:
                if it.severity != "required":
                    continue
                if it.attestation is not None:
                    out["attested"] += 1
                elif it.status in out:
                    out[it.status] += 1
        return out

    @property
    def unchecked_units(self) -> list[str]:
        """Folders that matched no unit rule: their files were not checked against anything."""
        return [u.unit for u in self.units if u.type == "unknown"]

    @property
    def passed(self) -> bool:
        """True when no required item fails, no cross-unit check fails, and every folder
        was recognised as a unit (an unrecognised or empty archive never passes)."""
        return (
            any(u.type != "unknown" for u in self.units)
            and not self.unchecked_units
            and not self.missing()
            and not any(c.status == "fail" for c in self.checks)
        )

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def to_dict(self) -> dict[str, Any]:
        """The report as the JSON contract (docs/report.md), personal data masked."""
        return report_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    """One archive of a sweep of several, in a line: how far its units are from done."""

    archive: str
    units: int  # units audited (folders, and expected units without one)
    units_complete: int  # recognised units none of whose required items fails
    files: int
    items_failing: int  # required items missing, insufficient or defective (not attested)
    checks_failing: int  # cross-unit checks that failed
    passed: bool

    @classmethod
    def of(cls, report: Report) -> ArchiveSummary:
        complete = sum(
            1
            for u in report.units
            if u.type != "unknown"
            and u.folder_found
            and not any(i.failing and i.severity == "required" for i in u.items)
        )
        return cls(
            archive=report.archive,
            units=len(report.units),
            units_complete=complete,
            files=len(report.files),
            items_failing=len(report.missing()),
            checks_failing=sum(1 for c in report.checks if c.status == "fail"),
            passed=report.passed,
        )


@dataclass(frozen=True, slots=True)
class CombinedReport:
    """A sweep of several archives (a province's prefectures): each audited as its own
    archive, with its own units and cross-unit checks, and a summary of them all."""

    reports: tuple[Report, ...]

    def archive(self, name: str) -> Report:
        """The report of the archive given as ``name`` (as it was given)."""
        for r in self.reports:
            if r.archive == name:
                return r
        raise KeyError(name)

    @property
    def summaries(self) -> tuple[ArchiveSummary, ...]:
        """Per archive: units complete, required items failing, checks failing."""
        return tuple(ArchiveSummary.of(r) for r in self.reports)

    @property
    def passed(self) -> bool:
        """True when every archive passed (and there is at least one)."""
        return bool(self.reports) and all(r.passed for r in self.reports)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def summary_dict(self) -> dict[str, Any]:
        """The combined ``summary`` of the JSON (masked)."""
        return combined_summary(self)

    def to_dict(self) -> dict[str, Any]:
        """The sweep as JSON-ready data: each archive's report as the single-archive
        contract, under ``archives``, and the combined ``summary`` (docs/report.md)."""
        return combined_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# --- the JSON contract ------------------------------------------------------------


def report_to_dict(report: Report, *, files: bool = True, units: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data, every string masked for citizen IDs and phones.

    ``files=False`` leaves the (long) file list empty, ``units=False`` the units: writers
    that stream them take each one from :func:`file_dict` and :func:`unit_dict`."""
    counts = report.counts()
    kind_titles = dict(report.kind_titles)
    out = {
        "report_version": REPORT_VERSION,
        "tool": {"name": "evidence-audit", "version": report.tool_version},
        "ruleset": ruleset_dict(report),
        "archive": report.archive,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "units": [_unit(u, report) for u in report.units] if units else [],
        "files": [_file(f, kind_titles) for f in report.files] if files else [],
        "checks": [_check(c) for c in report.checks],
        "skipped": [
            {"path": s.path, "reason": s.reason, "message": s.message} for s in report.skipped
        ],
        "rectification": [_rectification(r, report) for r in report.rectification],
        "summary": {
            "units": len(report.units),
            "files": len(report.files),
            "missing": counts["missing"],
            "insufficient": counts["insufficient"],
            "defective": counts["defective"],
            "attested": counts["attested"],
            "present": sum(
                1
                for u in report.units
                for i in u.items
                if i.status == "present" and i.severity == "required"
            ),
            "bonus_missing": sum(
                1 for u in report.units for i in u.items if i.severity == "bonus" and i.failing
            ),
            "checks_failed": sum(1 for c in report.checks if c.status == "fail"),
            "overdue": sum(
                1
                for u in report.units
                for i in u.items
                if i.severity == "required" and report.overdue(i)
            ),
            "problems_open": sum(1 for r in report.rectification if r.open),
            "problems_overdue": sum(1 for r in report.rectification if r.status == "overdue"),
            "skipped": len(report.skipped),
            "passed": report.passed,
        },
    }
    masked: dict[str, Any] = _mask(out)
    return masked


def ruleset_dict(report: Report) -> dict[str, Any]:
    """The ``ruleset`` block of the contract: id, title, period, labels, unit types."""
    return {
        "id": report.ruleset_id,
        "title": report.ruleset_title,
        "period": [report.period[0].isoformat(), report.period[1].isoformat()],
        "deadline": report.deadline.isoformat() if report.deadline else None,
        "language": report.language,
        "labels": {
            "period": report.labels.period,
            "deadline": report.labels.deadline,
            "negative_list": report.labels.negative_list,
            "required": report.labels.required,
            "bonus": report.labels.bonus,
        },
        "unit_types": dict(report.unit_type_titles),
    }


def combined_head(combined: CombinedReport) -> dict[str, Any]:
    """What the archives of a sweep share: the report version, the tool, the ruleset."""
    first = combined.reports[0] if combined.reports else None
    head: dict[str, Any] = {
        "report_version": REPORT_VERSION,
        "tool": {"name": "evidence-audit", "version": first.tool_version if first else ""},
    }
    if first is not None:
        head["ruleset"] = ruleset_dict(first)
    masked: dict[str, Any] = _mask(head)
    return masked


def combined_summary(combined: CombinedReport) -> dict[str, Any]:
    """The ``summary`` of a sweep of several archives: one line per archive, and totals."""
    lines = combined.summaries
    out = {
        "archives": [
            {
                "archive": s.archive,
                "units": s.units,
                "units_complete": s.units_complete,
                "files": s.files,
                "items_failing": s.items_failing,
                "checks_failing": s.checks_failing,
                "passed": s.passed,
            }
            for s in lines
        ],
        "units": sum(s.units for s in lines),
        "units_complete": sum(s.units_complete for s in lines),
        "files": sum(s.files for s in lines),
        "items_failing": sum(s.items_failing for s in lines),
        "checks_failing": sum(s.checks_failing for s in lines),
        "passed": combined.passed,
    }
    masked: dict[str, Any] = _mask(out)
    return masked


def combined_to_dict(combined: CombinedReport) -> dict[str, Any]:
    return {
        **combined_head(combined),
        "archives": [report_to_dict(r) for r in combined.reports],
        "summary": combined_summary(combined),
    }


def file_dict(f: FileRecord, kind_titles: Mapping[str, str]) -> dict[str, Any]:
    """One entry of the report's ``files``, masked: what streaming writers write."""
    masked: dict[str, Any] = _mask(_file(f, kind_titles))
    return masked


def unit_dict(u: UnitResult, report: Report) -> dict[str, Any]:
    """One entry of the report's ``units``, masked: what streaming writers write."""
    masked: dict[str, Any] = _mask(_unit(u, report))
    return masked


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: _mask(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask(v) for v in value]
    return value


def problem_dict(problem: Problem) -> dict[str, Any]:
    out: dict[str, Any] = {"code": problem.code, "message": problem.message}
    if problem.file is not None:
        out["file"] = problem.file
    for key, value in problem.details:
        out.setdefault(key, list(value) if isinstance(value, tuple) else value)
    return out


def _unit(u: UnitResult, report: Report) -> dict[str, Any]:
    return {
        "unit": u.unit,
        "type": u.type,
        "folder_found": u.folder_found,
        "file_count": u.files,
        "items": [_item(i, report) for i in u.items],
        "problems": [problem_dict(p) for p in u.problems],
    }


def _item(i: ItemResult, report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {
        "item": i.item,
        "title": i.title,
        "area": i.area,
        "area_title": i.area_title,
        "severity": i.severity,
        "status": i.status,
        "required": i.required,
        "found": i.found,
        "files": list(i.files),
        "problems": [problem_dict(p) for p in i.problems],
    }
    due = report.due(i)
    if due:
        out["due"] = due.isoformat()
        left = report.days_left(due)
        if left is not None:
            out["days_left"] = left
            out["overdue"] = report.overdue(i)
    if i.metrics:
        out["metrics"] = dict(i.metrics)
    if i.figures:
        out["figures"] = list(i.figures)
    if i.attestation is not None:
        a = i.attestation
        out["attestation"] = {"by": a.by, "reason": a.reason, "date": a.date.isoformat()}
    return out


def _rectification(r: Rectification, report: Report) -> dict[str, Any]:
    p = r.problem
    out: dict[str, Any] = {
        "id": p.id,
        "unit": r.unit,
        "unit_found": r.unit_found,
        "problem": p.text,
        "deadline": r.deadline.isoformat() if r.deadline else None,
        "deadline_text": p.deadline_text,
        "status": r.status,
        "progress": r.progress,
        "files": list(r.files),
        "evidence": r.evidence,
        "row": p.row,
    }
    left = report.days_left(r.deadline)
    if left is not None:
        out["days_left"] = left
    for key, value in (("measure", p.measure), ("owner", p.owner), ("item", p.item)):
        if value:
            out[key] = value
    return out


def _file(f: FileRecord, kind_titles: Mapping[str, str]) -> dict[str, Any]:
    return {
        "path": f.path,
        "unit": f.unit,
        "format": f.format,
        "kind": f.kind,
        "kind_title": kind_titles.get(f.kind, f.kind),
        "confidence": f.confidence,
        "date": f.date.isoformat() if f.date else None,
        "date_source": f.date_source,
        "title": f.doc.title,
        "doc_number": f.doc.doc_number,
        "doc_type": f.doc.doc_type,
        "issuer": f.doc.issuer,
        "size": f.size,
        "sha256": f.sha256,
        "ledger": (
            {"sheet": f.ledger.sheet, "rows": f.ledger.rows, "totals": dict(f.ledger.totals)}
            if f.ledger
            else None
        ),
        "reasons": list(f.classification.reasons),
        "problems": [problem_dict(p) for p in f.problems],
    }


def _check(c: CheckResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "check": c.check,
        "title": c.title,
        "status": c.status,
        "negative_list": c.negative_list,
        "problems": [problem_dict(p) for p in c.problems],
    }
    if c.metrics:
        out["metrics"] = dict(c.metrics)
    return out
