"""No clear personal number leaves the sweep: what the audit keeps of a file once read.

A file's record carries what the later stages need: kind, date, document facts, and the
ledger tables the item and cross-unit checks read. Tables and texts can hold citizen IDs
and mobile numbers. Before a record leaves the sweep (for the judges, the cache, a
library caller) every cell that is a personal number is sealed
(:func:`~evidence_audit.text.identity.seal_id`: the masked number, why it is invalid,
and its keyed hash for duplicate detection) and every other text masked. The checks read
sealed numbers as they read clear ones, so the results are the same, and neither the
report nor the cache ever holds a clear number.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from ..files.extract.base import Cell, Limits, Table
from ..files.scan import FileEntry
from ..judge.analyze import analyze_entry
from ..models import FileRecord
from ..rules.ruleset import Ruleset
from ..text.identity import looks_personal, mask_phone, mask_text, seal_id

__all__ = ["read_entry", "seal_record"]

#: Fields that name or identify rather than describe: kept as they are (a path is the
#: record's identity in the report; outputs mask it when they show it).
_KEEP = frozenset({
    "path", "unit", "format", "family", "sha256", "visual_hash", "kind", "runner_up",
    "date_source", "code", "file", "created", "modified", "taken", "taken_tag",
})  # fmt: skip
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_T = TypeVar("_T")


def read_entry(entry: FileEntry, rules: Ruleset, limits: Limits, secret: bytes) -> list[FileRecord]:
    """The sealed records of one entry (the file's own, then a zip's members')."""
    return [seal_record(r, secret) for r in analyze_entry(entry, rules, limits)]


def seal_record(record: FileRecord, secret: bytes) -> FileRecord:
    """``record`` with every personal number in its tables sealed with ``secret`` and
    every text masked."""
    return _seal(record, secret)


def _seal(value: _T, secret: bytes) -> _T:
    out: Any
    if isinstance(value, str):
        out = mask_text(value)
    elif isinstance(value, Table):
        changes = {
            f.name: _seal(getattr(value, f.name), secret)
            for f in dataclasses.fields(value)
            if f.name != "rows"
        }
        rows = tuple(tuple(_cell(c, secret) for c in row) for row in value.rows)
        out = dataclasses.replace(value, rows=rows, **changes)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _seal(getattr(value, f.name), secret)
            for f in dataclasses.fields(value)
            if f.name not in _KEEP
        }
        out = dataclasses.replace(value, **changes)
    elif isinstance(value, tuple):
        out = tuple(_seal(v, secret) for v in value)
    elif isinstance(value, list):
        out = [_seal(v, secret) for v in value]
    else:
        out = value
    return out  # type: ignore[no-any-return]


def _cell(value: Cell, secret: bytes) -> Cell:
    if value is None or isinstance(value, bool):
        return value
    if looks_personal(value):
        return seal_id(value, secret)
    if isinstance(value, int) and _MOBILE.fullmatch(str(value)):
        return mask_phone(str(value))
    if isinstance(value, str):
        return mask_text(value)
    return value
