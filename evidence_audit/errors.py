"""The one exception tree: raised only when an audit cannot run at all.

Anything wrong with a file or an item is a :class:`~evidence_audit.findings.Problem`,
never an exception.
"""

from __future__ import annotations


class EvidenceAuditError(Exception):
    """Root of every error evidence-audit raises on purpose."""


class RulesetError(EvidenceAuditError):
    """A ruleset cannot be found, parsed or validated.

    ``errors`` lists each validation error as "JSON path: explanation".
    """

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors: list[str] = errors or []

    def __str__(self) -> str:
        head = super().__str__()
        if not self.errors:
            return head
        return head + "\n" + "\n".join(f"  - {e}" for e in self.errors)


class ArchiveError(EvidenceAuditError):
    """The archive root does not exist or is not a readable folder."""


class ExtractionError(Exception):
    """Raised inside a reader to report a file problem with a specific code.

    The extraction dispatcher turns it into a :class:`Problem`; it never leaves
    ``evidence_audit.extract``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
