"""Render a report as the JSON contract of REPORT.md. Personal data is masked here, once."""

from __future__ import annotations

import json
from typing import Any

from ..findings import Problem
from ..identity import mask_text
from ..models import CheckResult, FileRecord, ItemResult, Report, UnitResult

REPORT_VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, every string masked for citizen IDs and phones."""
    counts = report.counts()
    out = {
        "report_version": REPORT_VERSION,
        "tool": {"name": "evidence-audit", "version": report.tool_version},
        "ruleset": {
            "id": report.ruleset_id,
            "title": report.ruleset_title,
            "period": [report.period[0].isoformat(), report.period[1].isoformat()],
            "deadline": report.deadline.isoformat() if report.deadline else None,
        },
        "archive": report.archive,
        "units": [_unit(u) for u in report.units],
        "files": [_file(f, dict(report.kind_titles)) for f in report.files],
        "checks": [_check(c) for c in report.checks],
        "skipped": [
            {"path": s.path, "reason": s.reason, "message": s.message} for s in report.skipped
        ],
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
            "skipped": len(report.skipped),
            "passed": report.passed,
        },
    }
    masked: dict[str, Any] = _mask(out)
    return masked


def report_to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


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


def _unit(u: UnitResult) -> dict[str, Any]:
    return {
        "unit": u.unit,
        "type": u.type,
        "folder_found": u.folder_found,
        "file_count": u.files,
        "items": [_item(i) for i in u.items],
        "problems": [problem_dict(p) for p in u.problems],
    }


def _item(i: ItemResult) -> dict[str, Any]:
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
    if i.due:
        out["due"] = i.due.isoformat()
    if i.metrics:
        out["metrics"] = dict(i.metrics)
    if i.figures:
        out["figures"] = list(i.figures)
    if i.attestation is not None:
        a = i.attestation
        out["attestation"] = {"by": a.by, "reason": a.reason, "date": a.date.isoformat()}
    return out


def _file(f: FileRecord, kind_titles: dict[str, str]) -> dict[str, Any]:
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
