"""Citizen IDs (GB 11643) and unified social credit codes (GB 32100) for test archives.

The check characters are the library's own (``evidence_audit.text.identity``), whose
known-answer tests (tests/test_identity.py) anchor them: there is one implementation of
each check digit in the repository. How the other 17 characters are drawn (region,
birth date, sequence) stays with each generator.
"""

from __future__ import annotations

from evidence_audit.text.identity import citizen_id_check_char, credit_code_check_char

__all__ = ["broken_id", "citizen_id", "credit_code"]


def citizen_id(body17: str) -> str:
    """``body17`` (region, birth date, sequence) followed by its GB 11643 check character."""
    if len(body17) != 17 or not body17.isdigit():
        raise ValueError(f"a citizen ID body is 17 digits: {body17!r}")
    return body17 + citizen_id_check_char(body17)


def broken_id(valid: str, prefer: str = "7350X") -> str:
    """``valid`` with a wrong check character: the first of ``prefer`` that is not the right one."""
    good = valid[-1].upper()
    return valid[:-1] + next(c for c in prefer if c != good)


def credit_code(body17: str) -> str:
    """``body17`` followed by its GB 32100 check character."""
    if len(body17) != 17:
        raise ValueError(f"a credit code body is 17 characters: {body17!r}")
    return body17 + credit_code_check_char(body17)
