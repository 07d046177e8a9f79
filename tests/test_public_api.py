"""The public surface is written out and pinned: exporting more is a decision."""

from __future__ import annotations

import evidence_audit
from evidence_audit import PROBLEM_CODES


def test_exported_members() -> None:
    assert sorted(evidence_audit.__all__) == sorted([
        "PROBLEM_CODES", "ArchiveError", "ArchiveSummary", "Attestation", "AttestationError", "CheckResult",
        "Classification", "CombinedReport", "DocInfo",
        "EvidenceAuditError", "FileRecord", "ItemResult", "LedgerSummary", "Problem", "Report", "Ruleset",
        "RulesetError", "Skipped", "UnitResult", "__version__", "analyze_file", "audit", "audit_many",
        "available_rulesets", "load_ruleset",
    ])  # fmt: skip
    for name in evidence_audit.__all__:
        assert hasattr(evidence_audit, name), name


def test_problem_codes_are_snake_case_and_documented() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for code in PROBLEM_CODES:
        assert code.replace("_", "").isalpha() and code.islower(), code
        assert f"`{code}`" in readme, f"{code} is not explained in the README"


def test_problem_codes_are_the_report_schemas() -> None:
    import json

    from evidence_audit.rules.ruleset import _schemas_dir

    schema = json.loads((_schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["problem"]["properties"]["code"]["enum"] == list(PROBLEM_CODES)
