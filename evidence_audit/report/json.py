"""Write a report as its JSON contract (docs/report.md); personal data is masked by
:mod:`evidence_audit.models` (``report_to_dict``, ``file_dict``).

The file list and the units are streamed: each file's entry and each unit (its items,
which name their files) is made, masked and written in turn, so a report of a million
files is written in the memory of one file and one unit. The text is the same, byte
for byte, as :meth:`~evidence_audit.models.Report.to_json`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any, BinaryIO

from ..models import (
    CombinedReport,
    Report,
    combined_head,
    combined_summary,
    file_dict,
    report_to_dict,
    unit_dict,
)
from .output import write_atomic


def _hole(name: str) -> str:
    """The placeholder of a streamed list in the rest of the document."""
    return f"\x00{name}\x00"


def write_json(report: Report | CombinedReport, path: str | os.PathLike[str]) -> None:
    """Write the report's JSON to ``path`` atomically (never inside the archive: the
    caller checks): written to a temporary file beside it, renamed over it when complete.

    A sweep of several archives is written as one document: each archive's report under
    ``archives`` and the combined ``summary``."""
    write_atomic(path, lambda stream: stream_json(report, stream))


def stream_json(report: Report | CombinedReport, stream: BinaryIO) -> None:
    """Write the report's JSON, and a final line break, to an open binary stream."""
    # Every string is masked and made safe by the model; backslashreplace is the last
    # guard (a stray lone surrogate becomes the JSON escape \udcxx, not a crash).
    pending: list[str] = []
    size = 0
    for chunk in json_chunks(report):  # the encoder's pieces are small: written in runs
        pending.append(chunk)
        size += len(chunk)
        if size >= 1 << 16:
            stream.write("".join(pending).encode("utf-8", "backslashreplace"))
            pending.clear()
            size = 0
    stream.write(("".join(pending) + "\n").encode("utf-8", "backslashreplace"))


def json_chunks(report: Report | CombinedReport) -> Iterator[str]:
    """The report's JSON text, in pieces (one per file entry)."""
    if isinstance(report, Report):
        yield from _report(report, 0)
        return
    head = combined_head(report)
    document: dict[str, Any] = {
        **head,
        "archives": _hole("archives"),
        "summary": combined_summary(report),
    }
    yield from _around(
        document, 0, {"archives": lambda: _list((_report(r, 2) for r in report.reports), 1)}
    )


def _report(report: Report, depth: int) -> Iterator[str]:
    document = report_to_dict(report, files=False, units=False)
    document["units"] = _hole("units")
    document["files"] = _hole("files")
    titles = dict(report.kind_titles)

    # A file's entry is short: its text is made at once. A unit's is as long as its
    # items' lists of files: it is written in the encoder's pieces, never whole.
    units = (_around(unit_dict(u, report), depth + 2, {}) for u in report.units)
    files = (iter([_indent(_dumps(file_dict(f, titles)), depth + 2)]) for f in report.files)
    yield from _around(
        document,
        depth,
        {"units": lambda: _list(units, depth + 1), "files": lambda: _list(files, depth + 1)},
    )


def _around(
    document: Any, depth: int, holes: Mapping[str, Callable[[], Iterator[str]]]
) -> Iterator[str]:
    """The text of ``document`` at ``depth``, in the encoder's pieces, each placeholder
    of ``holes`` replaced by its streamed list. Never the whole text at once: the items
    of a unit of many files are long, and their text is several times their size."""
    marks = {json.dumps(_hole(name)): stream for name, stream in holes.items()}
    for chunk in _ENCODER.iterencode(document):
        for mark, stream in marks.items():
            if mark in chunk:
                before, chunk = chunk.split(mark, 1)
                yield _indent(before, depth)
                yield from stream()
        yield _indent(chunk, depth)


def _list(items: Any, depth: int) -> Iterator[str]:
    """A JSON array at ``depth`` whose elements are given as pieces of already indented
    text, as json.dumps(indent=2) lays it out."""
    first = True
    for pieces in items:
        yield "[\n" if first else ",\n"
        first = False
        yield "  " * (depth + 1)
        yield from pieces
    yield "[]" if first else "\n" + "  " * depth + "]"


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _indent(text: str, depth: int) -> str:
    """Text of a nested value: every line after the first indented by ``depth`` levels."""
    return text.replace("\n", "\n" + "  " * depth) if depth else text
