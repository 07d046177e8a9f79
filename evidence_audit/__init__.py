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
    Attestation,
    CheckResult,
    Classification,
    DocInfo,
    FileRecord,
    ItemResult,
    LedgerSummary,
    Report,
    UnitResult,
)
from .pipeline import audit
from .rules.ruleset import Ruleset, available_rulesets, load_ruleset

__all__ = [
    "PROBLEM_CODES",
    "ArchiveError",
    "Attestation",
    "AttestationError",
    "CheckResult",
    "Classification",
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
    "available_rulesets",
    "load_ruleset",
]
