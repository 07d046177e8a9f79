"""Write a report as its JSON contract (docs/report.md); personal data is masked by
:meth:`~evidence_audit.models.Report.to_dict`."""

from __future__ import annotations

import os

from ..models import Report
from .output import write_atomic


def write_json(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the report's JSON to ``path`` atomically (never inside the archive: the
    caller checks). The text is complete before the first byte is written."""
    # Every string is masked and made safe by to_dict; backslashreplace is the last guard
    # (a stray lone surrogate becomes the JSON escape \udcxx, not a crash).
    data = (report.to_json() + "\n").encode("utf-8", "backslashreplace")
    write_atomic(path, lambda stream: stream.write(data))
