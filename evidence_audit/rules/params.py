"""The parameters of each check, typed when the ruleset loads.

A check's parameters arrive as JSON objects validated by ``schemas/ruleset.schema.json``;
:func:`item_check_params` and :func:`cross_check_params` turn them into the frozen
dataclasses below, so a check reads ``params.column``, never ``spec.get("column", "")``.
The table of check names here must match the schema's enums and the check functions of
``evidence_audit.judge`` (a test holds the three together).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_Raw = Mapping[str, Any]


def _strings(raw: _Raw, key: str) -> tuple[str, ...]:
    return tuple(str(v) for v in raw.get(key, ()))


@dataclass(frozen=True, slots=True)
class NoParams:
    """A check without parameters (in_period, rows_valid)."""

    description: str = ""


@dataclass(frozen=True, slots=True)
class Mentions:
    """The file's title or text (or other places) mentions one of ``words``."""

    words: tuple[str, ...]
    places: tuple[str, ...] = ("title", "text")  # JSON "in": name | path | title | text | rows
    description: str = ""


@dataclass(frozen=True, slots=True)
class DocNumber:
    """The document has a 发文字号; a malformed one fails only when ``well_formed``."""

    well_formed: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class Columns:
    """The ledger has these columns (required_columns), or these hold numbers (numeric_columns)."""

    columns: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class ValidIds:
    """Every cell of ``column`` is a valid citizen ID; with ``unique``, none repeats."""

    column: str
    unique: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class RowMatches:
    """At least ``min_rows`` cells of ``column`` match ``pattern``."""

    column: str
    pattern: re.Pattern[str]
    min_rows: int = 1
    description: str = ""


@dataclass(frozen=True, slots=True)
class DistinctKinds:
    """The counted files are of at least ``min`` different kinds; ``label`` names such a
    set of files in messages (the ruleset's own word for it)."""

    min: int = 2
    label: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Ratio:
    """The share of ``value_column`` in rows whose ``group_column`` names a numerator term."""

    group_column: str
    value_column: str
    numerator: tuple[str, ...]
    label: str = "比例"
    min_ratio: float | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class PhotoQuality:
    """Resolution at least ``min_width``×``min_height``; editing software noted (or refused)."""

    min_width: int = 0
    min_height: int = 0
    editing_software: tuple[str, ...] = ()
    reject_edited: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class Column:
    """A check of the cells of one column (valid_credit_codes)."""

    column: str
    description: str = ""


ItemCheckParams = (
    NoParams | Mentions | DocNumber | Columns | ValidIds | RowMatches | DistinctKinds | Ratio
    | PhotoQuality | Column
)  # fmt: skip

_ITEM_PARSERS: Mapping[str, Callable[[_Raw], ItemCheckParams]] = {
    "in_period": lambda r: NoParams(r.get("description", "")),
    "rows_valid": lambda r: NoParams(r.get("description", "")),
    "mentions": lambda r: Mentions(
        _strings(r, "any"), _strings(r, "in") or ("title", "text"), r.get("description", "")
    ),
    "doc_number": lambda r: DocNumber(bool(r.get("well_formed", False)), r.get("description", "")),
    "required_columns": lambda r: Columns(_strings(r, "columns"), r.get("description", "")),
    "numeric_columns": lambda r: Columns(_strings(r, "columns"), r.get("description", "")),
    "valid_ids": lambda r: ValidIds(
        r["column"], bool(r.get("unique", False)), r.get("description", "")
    ),
    "row_matches": lambda r: RowMatches(
        r["column"], re.compile(r["pattern"]), int(r.get("min_rows", 1)), r.get("description", "")
    ),
    "distinct_kinds": lambda r: DistinctKinds(
        int(r.get("min", 2)), r.get("label", ""), r.get("description", "")
    ),
    "ratio": lambda r: Ratio(
        r["group_column"],
        r["value_column"],
        _strings(r, "numerator"),
        r.get("label", "比例"),
        float(r["min_ratio"]) if r.get("min_ratio") is not None else None,
        r.get("description", ""),
    ),
    "photo_quality": lambda r: PhotoQuality(
        int(r.get("min_width", 0)),
        int(r.get("min_height", 0)),
        _strings(r, "editing_software"),
        bool(r.get("reject_edited", False)),
        r.get("description", ""),
    ),
    "valid_credit_codes": lambda r: Column(r["column"], r.get("description", "")),
}

#: Every item check a ruleset may name.
ITEM_CHECK_NAMES = frozenset(_ITEM_PARSERS)


def item_check_params(name: str, raw: _Raw) -> ItemCheckParams:
    """The typed parameters of the item check ``name`` (the schema has validated ``raw``)."""
    return _ITEM_PARSERS[name](raw)


# --- checks across units -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DuplicatePhotos:
    """The same photo filed twice (how near counts as the same: the ruleset's duplicates)."""


@dataclass(frozen=True, slots=True)
class IdColumn:
    """The ID cells of ``column`` in ledgers of ``kinds`` (duplicate_people, invalid_ids)."""

    kinds: tuple[str, ...]
    column: str


@dataclass(frozen=True, slots=True)
class ColumnTotal:
    """The sum of ``column`` over ledgers of ``kinds`` reaches ``min`` (in ``unit``)."""

    kinds: tuple[str, ...]
    column: str
    min: float
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure compared between a summary ledger and the detail units' own ledgers."""

    label: str
    kind: str
    column: str
    summary_markers: tuple[str, ...] = ()
    summary_kind: str = ""  # summary ledgers of their own kind: one row per detail unit
    summary_column: str = ""  # the figure's column there (default: ``column``)


@dataclass(frozen=True, slots=True)
class FiguresConsistent:
    """Figures of summary ledgers agree, unit by unit, with units of ``detail_type``."""

    detail_type: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """A unit's target: the sum of ``column`` over its ledgers of ``kind`` reaches ``target``."""

    unit: str
    label: str
    kind: str
    column: str
    target: float


@dataclass(frozen=True, slots=True)
class Targets:
    """Targets per unit; ``label`` is the ruleset's word for such a target."""

    targets: tuple[Target, ...]
    label: str = ""


CrossCheckParams = DuplicatePhotos | IdColumn | ColumnTotal | FiguresConsistent | Targets

_CROSS_PARSERS: Mapping[str, Callable[[_Raw], CrossCheckParams]] = {
    "duplicate_photos": lambda r: DuplicatePhotos(),
    "duplicate_people": lambda r: IdColumn(_strings(r, "kinds"), r["column"]),
    "invalid_ids": lambda r: IdColumn(_strings(r, "kinds"), r["column"]),
    "column_total": lambda r: ColumnTotal(
        _strings(r, "kinds"), r["column"], float(r["min"]), r.get("unit", "")
    ),
    "figures_consistent": lambda r: FiguresConsistent(
        r["detail_type"],
        tuple(
            Figure(
                f["label"],
                f["kind"],
                f["column"],
                _strings(f, "summary_markers"),
                f.get("summary_kind", ""),
                f.get("summary_column", ""),
            )
            for f in r["figures"]
        ),
    ),
    "agreement_targets": lambda r: Targets(
        tuple(
            Target(t["unit"], t["label"], t["kind"], t["column"], float(t["target"]))
            for t in r.get("targets", ())
        ),
        r.get("label", ""),
    ),
}

#: Every cross-unit check a ruleset may name.
CROSS_CHECK_NAMES = frozenset(_CROSS_PARSERS)


def cross_check_params(name: str, raw: _Raw) -> CrossCheckParams:
    """The typed parameters of the cross-unit check ``name``."""
    return _CROSS_PARSERS[name](raw)
