"""Match ledger header cells to the ruleset's column names, tolerant of real-world headers.

"投资额（万元）", "投 资 额\\n(万元)" and "实际到位投资额(万元)" all match the column
"投资额" when the ruleset lists those synonyms; units in brackets, spaces, line breaks and
full-width forms are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..files.extract.base import Cell, Table

_UNIT_SUFFIX = re.compile(r"[(（\[【][^()（）\[\]【】]{0,12}[)）\]】]")
_SPACE = re.compile(r"\s+")


def normalize_header(text: str) -> str:
    """Fold a header cell for matching: NFKC, no spaces, no bracketed units, lower-case."""
    folded = unicodedata.normalize("NFKC", text)
    folded = _SPACE.sub("", folded)
    stripped = _UNIT_SUFFIX.sub("", folded)
    return (stripped or folded).lower()


def match_columns(
    header: Sequence[str],
    wanted: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
) -> dict[str, int]:
    """Map each wanted column name to the index of the header cell that holds it.

    Exact matches (after normalisation) win over containment; each header cell is
    used for at most one column; longer synonyms are tried first.
    """
    cells = [normalize_header(h) for h in header]
    found: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for name in wanted:
            if name in found:
                continue
            options = sorted(
                {normalize_header(s) for s in (*synonyms.get(name, ()), name)},
                key=len,
                reverse=True,
            )
            for syn in options:
                hit = next(
                    (
                        i
                        for i, cell in enumerate(cells)
                        if i not in used and cell and (cell == syn if exact else syn in cell)
                    ),
                    None,
                )
                if hit is not None:
                    found[name] = hit
                    used.add(hit)
                    break
    return found


def cell_text(value: Cell) -> str:
    """A cell as text, with integral floats shown without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True, slots=True)
class RowMarkers:
    """What marks a ledger row as no data: a total (合计, 小计...) in one of its first cells,
    or a note (备注, 填表人...) as its only text. The words come from the ruleset."""

    totals: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def is_total_row(row: Sequence[Cell], markers: Sequence[str]) -> bool:
    """True for 合计/小计/总计 rows (a marker in one of the first cells)."""
    for value in row[:4]:
        text = _SPACE.sub("", cell_text(value))
        if text and any(text.startswith(m) for m in markers):
            return True
    return False


def data_rows(table: Table, markers: RowMarkers) -> list[tuple[int, tuple[Cell, ...]]]:
    """(sheet row number, row) for the rows that hold data: no totals, no notes."""
    out = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        if is_total_row(row, markers.totals):
            continue
        texts = [cell_text(v) for v in row if cell_text(v)]
        if len(texts) == 1 and texts[0].startswith(markers.notes):
            continue
        out.append((number, row))
    return out


_NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?$")


def parse_number(value: Cell) -> float | None:
    """A number from a ledger cell: 12.5, "12.5", "12.5万", "1,250", "１２" → float."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = unicodedata.normalize("NFKC", value).strip().replace(",", "").replace(" ", "")
    text = re.sub(r"(万元|万|元|人|户|个|%)$", "", text)
    return float(text) if _NUMBER.match(text) else None
