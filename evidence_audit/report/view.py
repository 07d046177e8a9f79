"""One view of a report for people, built once from its JSON contract and shared by the
console, the Excel workbook and the HTML page.

The view is built from :meth:`Report.to_dict` (or a report JSON file read back), so
personal data is masked exactly once, where the contract is made, and a renderer never
sees an unmasked string. Titles of statuses and date sources are the tool's own words;
every word specific to an inspection (the period's name, the negative list, the
severities) comes from the ruleset's labels carried in the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, overload

from ..models import (
    DATE_SOURCE_TITLES,
    CombinedReport,
    Report,
    file_dict,
    report_to_dict,
    unit_dict,
)
from ..rules.ruleset import Labels

#: The tool's words for the statuses of the report contract.
STATUS_TITLES: Mapping[str, str] = {
    "present": "齐全",
    "missing": "缺失",
    "insufficient": "数量不足",
    "defective": "有问题",
    "not_applicable": "不适用",
}
CHECK_STATUS_TITLES: Mapping[str, str] = {"pass": "通过", "fail": "未通过", "not_run": "未运行"}
#: The tool's words for where a problem of the inspection's list stands.
RECTIFICATION_TITLES: Mapping[str, str] = {
    "closed": "已整改",
    "open": "未整改",
    "overdue": "逾期未整改",
}
_FAILING = frozenset({"missing", "insufficient", "defective"})


@dataclass(frozen=True, slots=True)
class ProblemView:
    code: str
    message: str
    file: str | None = None
    units: tuple[str, ...] = ()  # the units a cross-unit problem names

    @property
    def text(self) -> str:
        """The message, led by the file it is about when there is one."""
        return f"{self.file}：{self.message}" if self.file else self.message


@dataclass(frozen=True, slots=True)
class AttestationView:
    by: str
    date: str
    reason: str


@dataclass(frozen=True, slots=True)
class ItemView:
    unit: str
    item: str
    title: str
    area: str
    area_title: str
    severity: str  # required | bonus
    severity_title: str  # the ruleset's word for it (必备, 加分项)
    status: str
    status_title: str
    required: int
    found: int
    due: str | None  # the item's own due date, else the ruleset's deadline
    files: tuple[str, ...]
    problems: tuple[ProblemView, ...]
    figures: tuple[str, ...]
    attestation: AttestationView | None
    days_left: int | None = None  # from the report's as_of to due; negative when past
    overdue: bool = False  # failing and past its due date

    @property
    def applicable(self) -> bool:
        return self.status != "not_applicable"

    @property
    def failing(self) -> bool:
        """Missing, insufficient or defective, and not attested on paper."""
        return self.status in _FAILING and self.attestation is None


@dataclass(frozen=True, slots=True)
class UnitView:
    name: str
    type: str
    type_title: str
    folder_found: bool
    file_count: int
    problems: tuple[ProblemView, ...]
    items: tuple[ItemView, ...]

    @property
    def required(self) -> tuple[ItemView, ...]:
        """The applicable items of severity required."""
        return tuple(i for i in self.items if i.applicable and i.severity == "required")

    @property
    def counts(self) -> dict[str, int]:
        """Required items: present, failing ones per status, and attested ones."""
        required = self.required
        out = {"present": sum(1 for i in required if i.status == "present")}
        for status in ("missing", "insufficient", "defective"):
            out[status] = sum(1 for i in required if i.status == status and i.failing)
        out["attested"] = sum(1 for i in required if i.attestation is not None)
        return out


@dataclass(frozen=True, slots=True)
class CheckView:
    check: str
    title: str
    status: str
    status_title: str
    negative_list: bool
    problems: tuple[ProblemView, ...]
    units: tuple[str, ...] = ()  # the units its problems name: the ones that must act
    compared: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (figure, units) it compared


@dataclass(frozen=True, slots=True)
class RectificationView:
    """One problem of the inspection's list and where it stands."""

    id: str
    unit: str
    unit_found: bool
    problem: str
    deadline: str | None
    deadline_text: str
    days_left: int | None
    status: str  # closed | open | overdue
    status_title: str
    progress: str
    files: tuple[str, ...]
    evidence: str
    measure: str
    owner: str
    item: str

    @property
    def open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True, slots=True)
class FileView:
    path: str
    unit: str
    format: str
    kind: str
    kind_title: str
    confidence: float
    date: str | None
    date_source_title: str
    title: str
    doc_number: str
    problems: tuple[ProblemView, ...]
    reasons: tuple[str, ...]
    ledger: str  # "12 行；金额合计 350" or ""


@dataclass(frozen=True, slots=True)
class SkippedView:
    path: str
    reason: str
    message: str


@dataclass(frozen=True, slots=True)
class ReportView:
    tool_version: str
    ruleset_id: str
    ruleset_title: str
    language: str
    labels: Labels
    period: tuple[str, str]
    deadline: str | None
    archive: str
    units: tuple[UnitView, ...]
    checks: tuple[CheckView, ...]  # negative-list checks first, failures first
    files: Sequence[FileView]  # read one by one from the report: may be very long
    skipped: tuple[SkippedView, ...]
    totals: Mapping[str, int]  # the report's summary counts
    passed: bool
    as_of: str | None = None  # the day days_left counts from
    rectification: tuple[RectificationView, ...] = ()  # the inspection's problem list

    @property
    def unchecked_units(self) -> tuple[str, ...]:
        """Folders recognised as no unit: their files were checked against nothing."""
        return tuple(u.name for u in self.units if u.type == "unknown")

    @property
    def recognised_any_unit(self) -> bool:
        return any(u.type != "unknown" for u in self.units)

    def severity_title(self, severity: str) -> str:
        return self.labels.required if severity == "required" else self.labels.bonus


def view_of(report: Report) -> ReportView:
    """The view of an audit's report; its files are viewed one by one as they are read,
    so that a renderer streaming them holds one at a time, and its units are made one
    at a time into their views (never all their dicts at once)."""
    document = report_to_dict(report, files=False, units=False)
    document["units"] = (unit_dict(u, report) for u in report.units)
    return build_view(document, files=FileViews(report))


class FileViews(Sequence[FileView]):
    """The files of a report as views, made (and masked) when they are read."""

    def __init__(self, report: Report) -> None:
        self._files = report.files
        self._titles = dict(report.kind_titles)

    def __len__(self) -> int:
        return len(self._files)

    def __iter__(self) -> Iterator[FileView]:
        for f in self._files:
            yield _file(file_dict(f, self._titles))

    @overload
    def __getitem__(self, index: int) -> FileView: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileView]: ...
    def __getitem__(self, index: int | slice) -> FileView | Sequence[FileView]:
        if isinstance(index, slice):
            return [_file(file_dict(f, self._titles)) for f in self._files[index]]
        return _file(file_dict(self._files[index], self._titles))


def build_view(document: Mapping[str, Any], files: Sequence[FileView] | None = None) -> ReportView:
    """The view of a report's JSON contract (already masked); ``files`` when they are
    viewed apart from the document (see :func:`view_of`)."""
    ruleset = document["ruleset"]
    known = {f.name for f in fields(Labels)}
    labels = Labels(**{k: v for k, v in ruleset.get("labels", {}).items() if k in known})
    unit_types: Mapping[str, str] = ruleset.get("unit_types", {})
    units = tuple(_unit(u, unit_types, labels) for u in document["units"])
    checks = tuple(
        sorted(
            (_check(c) for c in document["checks"]),
            key=lambda c: (not c.negative_list, c.status != "fail"),
        )
    )
    summary = document["summary"]
    return ReportView(
        tool_version=document["tool"]["version"],
        ruleset_id=ruleset["id"],
        ruleset_title=ruleset["title"],
        language=ruleset.get("language", "zh-CN"),
        labels=labels,
        period=(ruleset["period"][0], ruleset["period"][1]),
        deadline=ruleset.get("deadline"),
        archive=document["archive"],
        units=units,
        checks=checks,
        files=files if files is not None else tuple(_file(f) for f in document["files"]),
        skipped=tuple(
            SkippedView(s["path"], s["reason"], s["message"]) for s in document.get("skipped", ())
        ),
        totals={k: v for k, v in summary.items() if isinstance(v, int) and not isinstance(v, bool)},
        passed=bool(summary.get("passed", False)),
        as_of=document.get("as_of"),
        rectification=tuple(_rectification(r) for r in document.get("rectification", ())),
    )


def _problems(raw: Sequence[Mapping[str, Any]]) -> tuple[ProblemView, ...]:
    return tuple(
        ProblemView(p["code"], p["message"], p.get("file"), tuple(p.get("units", ()))) for p in raw
    )


def _unit(raw: Mapping[str, Any], unit_types: Mapping[str, str], labels: Labels) -> UnitView:
    name = raw["unit"]
    return UnitView(
        name=name,
        type=raw["type"],
        type_title=unit_types.get(raw["type"], raw["type"]),
        folder_found=bool(raw.get("folder_found", True)),
        file_count=int(raw.get("file_count", 0)),
        problems=_problems(raw.get("problems", ())),
        items=tuple(_item(name, i, labels) for i in raw["items"]),
    )


def _item(unit: str, raw: Mapping[str, Any], labels: Labels) -> ItemView:
    attestation = raw.get("attestation")
    severity = raw["severity"]
    return ItemView(
        unit=unit,
        item=raw["item"],
        title=raw["title"],
        area=raw.get("area", ""),
        area_title=raw.get("area_title") or raw.get("area", ""),
        severity=severity,
        severity_title=labels.required if severity == "required" else labels.bonus,
        status=raw["status"],
        status_title=STATUS_TITLES.get(raw["status"], raw["status"]),
        required=int(raw["required"]),
        found=int(raw["found"]),
        due=raw.get("due"),
        files=tuple(raw.get("files", ())),
        problems=_problems(raw.get("problems", ())),
        figures=tuple(raw.get("figures", ())),
        attestation=(
            AttestationView(attestation["by"], attestation["date"], attestation["reason"])
            if attestation
            else None
        ),
        days_left=raw.get("days_left"),
        overdue=bool(raw.get("overdue", False)),
    )


def _check(raw: Mapping[str, Any]) -> CheckView:
    return CheckView(
        check=raw["check"],
        title=raw["title"],
        status=raw["status"],
        status_title=CHECK_STATUS_TITLES.get(raw["status"], raw["status"]),
        negative_list=bool(raw.get("negative_list", False)),
        problems=_problems(raw.get("problems", ())),
        units=tuple(dict.fromkeys(u for p in raw.get("problems", ()) for u in p.get("units", ()))),
        compared=tuple(
            (str(figure), tuple(units))
            for figure, units in (raw.get("metrics", {}).get("compared") or {}).items()
            if isinstance(units, list)
        )
        if isinstance(raw.get("metrics", {}).get("compared"), dict)
        else (),
    )


def _rectification(raw: Mapping[str, Any]) -> RectificationView:
    return RectificationView(
        id=raw["id"],
        unit=raw["unit"],
        unit_found=bool(raw.get("unit_found", True)),
        problem=raw["problem"],
        deadline=raw.get("deadline"),
        deadline_text=raw.get("deadline_text", ""),
        days_left=raw.get("days_left"),
        status=raw["status"],
        status_title=RECTIFICATION_TITLES.get(raw["status"], raw["status"]),
        progress=raw.get("progress", "none"),
        files=tuple(raw.get("files", ())),
        evidence=raw.get("evidence", ""),
        measure=raw.get("measure", ""),
        owner=raw.get("owner", ""),
        item=raw.get("item", ""),
    )


def _file(raw: Mapping[str, Any]) -> FileView:
    ledger = raw.get("ledger")
    ledger_text = ""
    if ledger:
        ledger_text = f"{ledger['rows']} 行" + "".join(
            f"；{name}合计 {value:g}" for name, value in ledger.get("totals", {}).items()
        )
    return FileView(
        path=raw["path"],
        unit=raw["unit"],
        format=raw["format"],
        kind=raw["kind"],
        kind_title=raw.get("kind_title") or raw["kind"],
        confidence=float(raw["confidence"]),
        date=raw.get("date"),
        date_source_title=DATE_SOURCE_TITLES.get(raw.get("date_source") or "", ""),
        title=raw.get("title") or "",
        doc_number=raw.get("doc_number") or "",
        problems=_problems(raw.get("problems", ())),
        reasons=tuple(raw.get("reasons", ())),
        ledger=ledger_text,
    )


@dataclass(frozen=True, slots=True)
class ArchiveLine:
    """One archive of a sweep of several, in a line."""

    archive: str
    units: int
    units_complete: int
    files: int
    items_failing: int
    checks_failing: int
    passed: bool


@dataclass(frozen=True, slots=True)
class SweepView:
    """A sweep of several archives: each archive's view, and the line that sums it up."""

    archives: tuple[ReportView, ...]
    lines: tuple[ArchiveLine, ...]
    totals: Mapping[str, int]  # units, units_complete, files, items_failing, checks_failing
    passed: bool

    @property
    def labels(self) -> Labels:
        return self.archives[0].labels if self.archives else Labels()


def sweep_view_of(combined: CombinedReport) -> SweepView:
    """The view of a sweep of several archives (files viewed as they are read)."""
    summary = combined.summary_dict()
    return SweepView(
        archives=tuple(view_of(r) for r in combined.reports),
        lines=tuple(sweep_lines(summary)),
        totals={k: v for k, v in summary.items() if isinstance(v, int) and not isinstance(v, bool)},
        passed=combined.passed,
    )


def build_sweep_view(document: Mapping[str, Any]) -> SweepView:
    """The view of a several-archive report's JSON (``archives`` and ``summary``)."""
    summary = document["summary"]
    return SweepView(
        archives=tuple(build_view(a) for a in document["archives"]),
        lines=tuple(sweep_lines(summary)),
        totals={k: v for k, v in summary.items() if isinstance(v, int) and not isinstance(v, bool)},
        passed=bool(summary.get("passed", False)),
    )


def sweep_lines(summary: Mapping[str, Any]) -> list[ArchiveLine]:
    """The per-archive lines of a sweep's ``summary``."""
    return [
        ArchiveLine(
            archive=a["archive"],
            units=int(a["units"]),
            units_complete=int(a["units_complete"]),
            files=int(a["files"]),
            items_failing=int(a["items_failing"]),
            checks_failing=int(a["checks_failing"]),
            passed=bool(a["passed"]),
        )
        for a in summary["archives"]
    ]
