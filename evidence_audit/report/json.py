"""Write a report as its JSON contract (docs/report.md); personal data is masked by
:meth:`~evidence_audit.models.Report.to_dict`."""

from __future__ import annotations

import os
from pathlib import Path

from ..models import Report


def write_json(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the report's JSON to ``path`` (never inside the archive: the caller checks)."""
    Path(path).write_text(report.to_json(), encoding="utf-8")
