"""Header detection shared by every tabular reader (xlsx, xls, ods, csv, Word tables).

Real ledgers rarely start with their header: a merged title row, blank rows and a
"填报单位：…  单位：万元" line usually come first, the header may span two rows (a merged
parent over its children), and notes ("备注：…", "填表人：…") may follow the data. The rules
here are generic on purpose: no column name of any domain appears in this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .base import Cell, Limits, Table

__all__ = ["build_table"]

#: Non-blank rows read past the scan window to see what follows a header candidate.
_LOOKAHEAD = 3
#: A header cell is short: longer text is a sentence, i.e. data or a note.
_MAX_LABEL_CHARS = 40
#: Share of the table's width a header must fill.
_MIN_COVERAGE = 0.5
#: Share of a header row's cells that must be labels (allows one odd cell in wide headers).
_MIN_LABEL_SHARE = 0.8

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?[%‰]?")
_DATE = re.compile(
    r"\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:[T\s].*)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"|\d{4}年?\d{1,2}月(?:\d{1,2}日)?"
)
_LONG_DIGITS = re.compile(r"\d{6,}")
#: This many lines, each a "label:" field, make a cell a form's fields, no title.
_FIELDS = 2
#: "填表人：张三", "备注：…", "单位：万元": a label followed by a colon.
_KEY_VALUE = re.compile(r"(?!其中)[^\d：:][^：:]{0,11}[：:]")  # "其中：…" is a column title


def _clean(raw: Sequence[Cell]) -> tuple[Cell, ...]:
    """Strip text cells and turn whitespace-only text into None."""
    out: list[Cell] = []
    for cell in raw:
        if isinstance(cell, str):
            text = cell.strip()
            out.append(text if text else None)
        else:
            out.append(cell)
    return tuple(out)


def _filled(row: Sequence[Cell]) -> list[int]:
    return [i for i, cell in enumerate(row) if cell is not None]


def _header_text(cell: Cell) -> str:
    """A header cell as text: every space and line break removed (no NFKC)."""
    if cell is None:
        return ""
    return _SPACE.sub("", str(cell))


def _is_label(cell: Cell) -> bool:
    """True for short, non-numeric text, the stuff column titles are made of."""
    if not isinstance(cell, str):
        return False
    text = _SPACE.sub("", cell)
    if not text or len(text) > _MAX_LABEL_CHARS:
        return False
    bare = text.replace(",", "").replace("，", "")
    if _NUMBER.fullmatch(bare) or _DATE.fullmatch(text) or _LONG_DIGITS.search(text):
        return False
    return not _KEY_VALUE.match(text)


def _is_note(row: Sequence[Cell]) -> bool:
    """True for a row made only of "label：value" text cells ("填表人：张三", "备注：…")."""
    cells = [c for c in row if c is not None]
    return bool(cells) and all(isinstance(c, str) and _KEY_VALUE.match(c) for c in cells)


def _distinct(row: Sequence[Cell]) -> int:
    return len({c for c in row if c is not None})


def _label_share(row: Sequence[Cell]) -> float:
    cells = [c for c in row if c is not None]
    return sum(_is_label(c) for c in cells) / len(cells) if cells else 0.0


def _all_labels(row: Sequence[Cell]) -> bool:
    cells = [c for c in row if c is not None]
    return bool(cells) and all(_is_label(c) for c in cells)


def _is_child_row(parent: Sequence[Cell], child: Sequence[Cell]) -> bool:
    """True when ``child`` is the lower row of a two-row header under ``parent``.

    The child must be text only, and somewhere above one of its cells the parent row
    must be blank or repeat its left neighbour (what a horizontal merge leaves behind).
    """
    if not _all_labels(child):
        return False
    for i in _filled(child):
        above = parent[i] if i < len(parent) else None
        left = parent[i - 1] if 0 < i <= len(parent) else None
        if above is None or (above == left and above is not None):
            return True
    return False


def _header_like(row: Sequence[Cell], width: int) -> bool:
    filled = len(_filled(row))
    return (
        _distinct(row) >= 2
        and _label_share(row) >= _MIN_LABEL_SHARE
        and filled >= _MIN_COVERAGE * width
    )


def _data_like(row: Sequence[Cell]) -> bool:
    """A row that holds something besides short labels (a number, a date, a sentence)."""
    return any(not _is_label(c) for c in row if c is not None)


def _find_header(rows: list[tuple[int, tuple[Cell, ...]]], scan: int) -> tuple[int, bool] | None:
    """Index in ``rows`` of the header row, and whether a second header row follows."""
    width = max((len(_filled(r)) for _, r in rows), default=0)
    candidates: list[tuple[int, bool]] = []
    for i, (_, row) in enumerate(rows[:scan]):
        two = i + 1 < len(rows) and _is_child_row(row, rows[i + 1][1])
        if two and _distinct(row) >= 2:
            merged = [
                a if a is not None else b
                for a, b in zip(_pad(row, rows[i + 1][1]), _pad(rows[i + 1][1], row), strict=True)
            ]
            ok = _header_like(merged, width) and _label_share(row) >= _MIN_LABEL_SHARE
        else:
            two, ok = False, _header_like(row, width)
        if ok:
            candidates.append((i, two))
    # First choice: a header followed by rows that look like data. Failing that (a
    # header with no data yet, data made only of short text), the first candidate.
    for i, two in candidates:
        start = i + (2 if two else 1)
        if any(_data_like(r) for _, r in rows[start : start + _LOOKAHEAD]):
            return i, two
    return candidates[0] if candidates else None


def _pad(row: Sequence[Cell], other: Sequence[Cell]) -> tuple[Cell, ...]:
    return tuple(row) + (None,) * max(0, len(other) - len(row))


def _join_header(parent: Sequence[Cell], child: Sequence[Cell] | None) -> list[str]:
    """Column titles; a two-row header becomes "parent/child"."""
    if child is None:
        return [_header_text(c) for c in parent]
    out: list[str] = []
    span = ""  # the parent title a horizontal merge spreads over the next children
    for top, low in zip(_pad(parent, child), _pad(child, parent), strict=True):
        upper, lower = _header_text(top), _header_text(low)
        if upper:
            span = upper if lower else ""  # a parent with nothing below is merged down
        elif lower:
            upper = span
        else:
            span = ""
        out.append(f"{upper}/{lower}" if upper and lower and upper != lower else upper or lower)
    return out


def _title_text(row: Sequence[Cell]) -> str | None:
    """The title a row above the header holds: its one value; none when that holds a
    form's fields (项目负责人:X 架构/算法:Y 开始时间:…, a plan's staff in one merged cell)."""
    values = {c for c in row if c is not None}
    if len(values) != 1:
        return None
    value = str(values.pop())
    lines = [ln.strip() for ln in value.splitlines() if ln.strip()]
    if len(lines) >= _FIELDS and all(_KEY_VALUE.match(ln) for ln in lines):
        return None  # one field a line, in a merged cell: the head of a form, no title
    return _SPACE.sub(" ", value).strip()


def build_table(name: str, raw_rows: Iterable[Sequence[Cell]], limits: Limits) -> Table | None:
    """Find the header row of one sheet and collect its data rows.

    ``raw_rows`` yields every sheet row from row 1 on (blank rows included, so that row
    numbers stay true). Returns None when no row looks like a header. Every data row is
    kept up to ``limits.max_rows``; a table with more is cut there and marked incomplete
    (``complete=False``), and the rows past the limit are not read.
    """
    scan = max(1, limits.header_scan_rows)
    source: Iterator[Sequence[Cell]] = iter(raw_rows)
    head: list[tuple[int, tuple[Cell, ...]]] = []  # (1-based row, cells), non-blank only
    number = 0
    for raw in source:
        number += 1
        row = _clean(raw)
        if _filled(row):
            head.append((number, row))
            if len(head) >= scan + _LOOKAHEAD:
                break
    found = _find_header(head, scan)
    if found is None:
        return None
    index, two = found

    # Leading columns blank everywhere we looked (a sheet starting at column C) are dropped.
    first_col = min(min(_filled(r)) for _, r in head[index:])
    header_cells = head[index][1][first_col:]
    child = head[index + 1][1][first_col:] if two else None
    header = _join_header(header_cells, child)
    while header and not header[-1]:
        header.pop()
    ncols = len(header)

    titles = [t for _, r in head[:index] if (t := _title_text(r))]

    def body() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        yield from head[index + (2 if two else 1) :]
        nonlocal number
        for raw in source:
            number += 1
            row = _clean(raw)
            if _filled(row):
                yield number, row

    rows: list[tuple[Cell, ...]] = []
    row_numbers: list[int] = []
    notes: list[tuple[int, tuple[Cell, ...]]] = []  # trailing note rows, dropped at the end
    complete = True

    def keep(n: int, r: tuple[Cell, ...]) -> bool:
        nonlocal complete
        if len(rows) >= limits.max_rows:  # one data row too many: the table is cut here
            complete = False
            return False
        rows.append(r)
        row_numbers.append(n)
        return True

    for n, r in body():
        fitted = r[first_col : first_col + ncols]
        if not _filled(fitted):
            continue  # values only in columns without a title
        fitted += (None,) * (ncols - len(fitted))
        if _is_note(fitted):
            notes.append((n, fitted))
            continue
        # a note in the middle of the data is data after all
        if not all(keep(*pending) for pending in notes) or not keep(n, fitted):
            break  # nothing past the limit is read
        notes.clear()

    return Table(
        name=name,
        header=tuple(header),
        header_row=head[index][0],
        rows=tuple(rows),
        row_numbers=tuple(row_numbers),
        title=" ".join(titles),
        total_rows=len(rows),
        complete=complete,
    )
