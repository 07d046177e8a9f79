"""End to end: the bundled sample archive is audited exactly as its generator planted it.

tests/data/sample_truth.json is written by tools/make_sample_archive.py together with the
archive: every file's true kind, date and problems, every item's status, the cross checks.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from evidence_audit import Report, audit
from evidence_audit.ruleset import _schemas_dir

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_archive"
TRUTH: dict[str, Any] = json.loads((ROOT / "tests/data/sample_truth.json").read_text("utf-8"))


@cache
def sample_report() -> Report:
    return audit(SAMPLE, jobs=2)


def test_every_item_status_is_as_planted() -> None:
    report = sample_report()
    got = {
        u.unit: {i.item: i.status for i in u.items if i.status != "not_applicable"}
        for u in report.units
        if u.type != "unknown"
    }
    assert got == TRUTH["items"]


def test_every_file_kind_date_and_problem_is_as_planted() -> None:
    report = sample_report()
    files = {f.path: f for f in report.files}
    skipped = {s.path for s in report.skipped}
    rows = []
    for path, truth in sorted(TRUTH["files"].items()):
        if path in skipped:
            rows.append((path, "skipped"))
            continue
        f = files[path]
        codes = sorted({p.code for p in f.problems} - {"low_confidence"})
        kind = f.kind if truth["kind"] is not None else None
        date = f.date.isoformat() if f.date else None
        rows.append((path, kind, date, codes))
    # Noise (lock files, Thumbs.db, desktop.ini) is planted with no kind and no problem.
    expected = [
        (p, "skipped")
        if t["kind"] is None and not t["problems"]
        else (p, t["kind"], t["date"], sorted(t["problems"]))
        for p, t in sorted(TRUTH["files"].items())
    ]
    assert rows == expected


def test_cross_checks_are_as_planted() -> None:
    got = {c.check: c.status for c in sample_report().checks}
    for check, status in TRUTH["checks"].items():
        assert got[check] == status, check


def test_unit_types_and_unknown_folder() -> None:
    report = sample_report()
    assert {u.unit: u.type for u in report.units} == TRUTH["units"]


def test_report_validates_against_the_published_schema() -> None:
    schema = json.loads((_schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    document = json.loads(sample_report().to_json())
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    assert document["summary"]["files"] == len(document["files"])


def test_no_clear_citizen_id_in_any_output() -> None:
    from evidence_audit.identity import ID_RE
    from evidence_audit.report.console import render_console

    report = sample_report()
    for text in (report.to_json(), render_console(report, verbose=True)):
        assert ID_RE.search(text) is None


def test_readme_shows_what_the_sample_audit_really_prints() -> None:
    from evidence_audit.report.console import render_console

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ evidence-audit sample_archive\n", 1)[1].split("\n```", 1)[0]
    shown = [line for line in block.splitlines() if line and not line.startswith(("……", "$"))]
    printed = render_console(sample_report()).splitlines()
    printed = [line.replace("档案：" + str(SAMPLE), "档案：sample_archive") for line in printed]
    missing = [line for line in shown if line not in printed and line != "1"]
    assert missing == []
