"""evidence-audit: check an evidence archive against a declarative ruleset of required materials.

>>> from evidence_audit import audit
>>> report = audit("sample_archive")                      # doctest: +SKIP
>>> [(unit, item.item) for unit, item in report.missing()]  # doctest: +SKIP
"""

from ._version import __version__
from .errors import ArchiveError, EvidenceAuditError, RulesetError
from .files.scan import Skipped
from .findings import PROBLEM_CODES, Problem
from .judge.analyze import analyze_file
from .judge.attest import AttestationError
from .models import (
    ArchiveSummary,
    Attestation,
    CheckResult,
    Classification,
    CombinedReport,
    DocInfo,
    FileRecord,
    ItemResult,
    LedgerSummary,
    Report,
    UnitResult,
)
from .pipeline import audit, audit_many
from .rules.ruleset import Ruleset, available_rulesets, load_ruleset

__all__ = [
    "PROBLEM_CODES",
    "ArchiveError",
    "ArchiveSummary",
    "Attestation",
    "AttestationError",
    "CheckResult",
    "Classification",
    "CombinedReport",
    "DocInfo",
    "EvidenceAuditError",
    "FileRecord",
    "ItemResult",
    "LedgerSummary",
    "Problem",
    "Report",
    "Ruleset",
    "RulesetError",
    "Skipped",
    "UnitResult",
    "__version__",
    "analyze_file",
    "audit",
    "audit_many",
    "available_rulesets",
    "load_ruleset",
]
