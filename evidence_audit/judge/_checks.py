"""Item checks: small pure functions, one per check name the ruleset may use.

A per-file check looks at one candidate file and returns an :class:`Outcome`: the
failures that stop the file from counting, notes that do not, and figures to show.
A set check looks at the files that passed and may fail the whole item.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import jsonschema

from ..files.extract.base import Cell, Table
from ..findings import Problem
from ..models import DATE_SOURCE_TITLES, FileRecord
from ..rules import params as p
from ..rules.ruleset import Item, Ruleset
from ..text import hanzi
from ..text.columns import cell_text, data_rows, match_columns, parse_number
from ..text.dates import find_dates, parse_chinese_date
from ..text.identity import (
    citizen_id_problem,
    credit_code_valid,
    is_sealed,
    mask_id,
    normalize_id,
)
from .classify import rows_text

_SHOWN = 5  # rows named in one message


@dataclass(frozen=True, slots=True)
class Outcome:
    failures: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = ()
    metrics: tuple[tuple[str, Any], ...] = field(default=())
    figures: tuple[str, ...] = ()  # the same figures as sentences for people


PASS = Outcome()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file of one of an item's accepted kinds, as the item's checks left it: all that
    judging the item needs of it (its content is not kept)."""

    path: str
    kind: str
    sha256: str | None
    visual_hash: str | None
    failures: tuple[Problem, ...] = ()  # why it does not count; none: it counts
    notes: tuple[Problem, ...] = ()
    metrics: tuple[tuple[str, Any], ...] = ()
    figures: tuple[str, ...] = ()


# A check receives the typed parameters of its own name (rules.params).
FileCheckFunction = Callable[[FileRecord, Any, Item, Ruleset], Outcome]
SetCheckFunction = Callable[[Sequence[Candidate], Any, Item, Ruleset], Outcome]


@dataclass(frozen=True, slots=True)
class FileCheck:
    """A per-file check and the problem codes it may emit.

    ``all_rows``: the check must see every data row of a ledger (every ID valid, every
    amount a number): on a ledger cut at the row limit it cannot pass (``rows_limit``).
    """

    run: FileCheckFunction
    codes: frozenset[str]
    all_rows: bool = False


@dataclass(frozen=True, slots=True)
class SetCheck:
    """A check of the set of counted files and the problem codes it may emit."""

    run: SetCheckFunction
    codes: frozenset[str]


def _fail(code: str, message: str, **details: Any) -> Outcome:
    return Outcome(failures=(Problem(code, message, None, tuple(details.items())),))


# --- helpers -------------------------------------------------------------------------


def ledger_table(record: FileRecord, rules: Ruleset, wanted: Sequence[str] = ()) -> Table | None:
    """The table of a file that the classifier matched (or that best holds ``wanted``)."""
    tables = record.extraction.tables
    if not tables:
        return None
    index = record.classification.table_index
    if index is not None and 0 <= index < len(tables):
        return tables[index]
    if wanted:
        return max(tables, key=lambda t: len(match_columns(t.header, wanted, rules.columns)))
    return tables[0]


def ledger_columns(
    record: FileRecord, rules: Ruleset, wanted: Sequence[str]
) -> tuple[Table, dict[str, int]] | None:
    """The file's ledger table and where each of ``wanted`` sits in it (None: no table)."""
    table = ledger_table(record, rules, wanted)
    if table is None:
        return None
    return table, match_columns(table.header, wanted, rules.columns)


def _where(table: Table) -> str:
    return f"工作表“{table.name}”" if table.name else "表格"


def _rows_list(rows: Sequence[int]) -> str:
    shown = "、".join(f"第{r}行" for r in rows[:_SHOWN])
    return shown + (f" 等 {len(rows)} 行" if len(rows) > _SHOWN else "")


def subject_text(record: FileRecord, where: Sequence[str]) -> str:
    """The text of a file at the given places: name, path, title, text, rows; a text in
    traditional characters as its simplified copy (the ruleset's words are simplified)."""
    parts: list[str] = []
    ext = record.extraction
    for w in where:
        if w == "name":
            parts.append(record.path.rsplit("/", 1)[-1])
        elif w == "path":
            parts.append(record.path)
        elif w == "title":
            parts.append(record.doc.title or "")
            parts.extend(t.title for t in ext.tables)
            parts.append(ext.meta_title or "")
        elif w == "text":
            parts.append(ext.text)
        elif w == "rows":
            parts.append(
                rows_text(ext.tables, limit=ext.tables[0].total_rows or 5000) if ext.tables else ""
            )
    text = "\n".join(parts)
    return hanzi.simplified(text) if hanzi.needs_simplifying(text) else text


# --- per-file checks -----------------------------------------------------------------


def check_in_period(record: FileRecord, params: p.NoParams, item: Item, rules: Ruleset) -> Outcome:
    start, end = rules.period
    if record.date is None:
        mentioned = [d.date.isoformat() for d in record.doc.dates if d.role == "body"]
        if mentioned:
            more = " 等日期" if len(mentioned) > 1 else ""
            return _fail(
                "undated",
                f"无法确定文件日期：正文没有落款、印发或会议日期（只提到 {mentioned[0]}{more}，"
                "不是文件自己的日期），拍摄信息、文件名和文件夹名中也没有",
            )
        return _fail("undated", "无法确定文件日期（正文、拍摄信息、文件名和文件夹名中都没有日期）")
    if not start <= record.date <= end:
        source = "取自" + DATE_SOURCE_TITLES.get(record.date_source or "", "")
        return _fail(
            "out_of_period",
            f"文件日期 {record.date.isoformat()}（{source}）不在{rules.labels.period} "
            f"{start.isoformat()} 至 {end.isoformat()} 内",
            date=record.date.isoformat(),
        )
    return PASS


def check_mentions(record: FileRecord, params: p.Mentions, item: Item, rules: Ruleset) -> Outcome:
    words, where = params.words, params.places
    text = subject_text(record, where)
    if any(w in text for w in words):
        return PASS
    places = "、".join(_PLACES.get(w, w) for w in where)
    wanted = "”或“".join(words)
    if not record.extraction.content_read and "name" not in where:
        return _fail(
            "missing_keyword",
            f"未能读取正文（扫描件或无法解析），无法确认{places}中是否提及“{wanted}”，请人工核对",
            keywords=list(words),
        )
    return _fail("missing_keyword", f"{places}中未提及“{wanted}”", keywords=list(words))


_PLACES = {"name": "文件名", "path": "路径", "title": "标题", "text": "正文", "rows": "表格内容"}


def check_doc_number(
    record: FileRecord, params: p.DocNumber, item: Item, rules: Ruleset
) -> Outcome:
    doc = record.doc
    if doc.doc_number is None:
        if not record.extraction.content_read:
            return _fail("no_doc_number", "未能读取正文，无法确认发文字号")
        return _fail("no_doc_number", "文件中没有找到发文字号（如“X政办发〔2019〕12号”）")
    ocr = any(p.code == "ocr_text" for p in record.problems)
    if doc.doc_number_well_formed is False and not ocr:  # OCR often reads 〔 as ( or [
        problem = Problem(
            "bad_doc_number",
            f"发文字号“{doc.doc_number}”格式不规范：{doc.doc_number_issue or ''}".rstrip("："),
        )
        if params.well_formed:
            return Outcome(failures=(problem,))
        return Outcome(notes=(problem,))
    return PASS


def check_required_columns(
    record: FileRecord, params: p.Columns, item: Item, rules: Ruleset
) -> Outcome:
    wanted = params.columns
    if (ledger := ledger_columns(record, rules, wanted)) is None:
        return _fail("missing_columns", "文件中没有表格，找不到台账的列", columns=list(wanted))
    table, found = ledger
    missing = [c for c in wanted if c not in found]
    if not missing:
        if not data_rows(table, rules.row_markers):
            return _fail("no_data_rows", f"{_where(table)}只有表头，没有数据行")
        return PASS
    header = "、".join(h for h in table.header if h)
    return _fail(
        "missing_columns",
        f"台账缺少必需的列：{'、'.join(missing)}（{_where(table)}第 {table.header_row} 行表头为：{header}）",
        columns=missing,
        sheet=table.name,
    )


def check_numeric_columns(
    record: FileRecord, params: p.Columns, item: Item, rules: Ruleset
) -> Outcome:
    if (ledger := ledger_columns(record, rules, params.columns)) is None:
        return PASS  # required_columns reports the missing table
    table, found = ledger
    bad: list[str] = []
    rows: list[int] = []
    for name, index in found.items():
        for number, row in data_rows(table, rules.row_markers):
            value = row[index] if index < len(row) else None
            if parse_number(value) is None:
                rows.append(number)
                shown = cell_text(value) or "空"
                bad.append(f"第{number}行“{name}”为“{shown[:12]}”")
    if not bad:
        return PASS
    return _fail(
        "invalid_number",
        f"{_where(table)}中数值列有非数字内容：{_count_more(bad)}",
        sheet=table.name,
        rows=sorted(set(rows)),
    )


@dataclass(frozen=True, slots=True)
class ColumnCells:
    """One column of a file's ledger: the table, and (sheet row, row, cell) per data row."""

    table: Table
    cells: list[tuple[int, tuple[Cell, ...], Cell]]


def column_cells(record: FileRecord, column: str, rules: Ruleset) -> ColumnCells | None:
    """The data cells of ``column`` in the file's ledger table, or None if it has none."""
    if (ledger := ledger_columns(record, rules, [column])) is None:
        return None
    table, found = ledger
    if column not in found:
        return None
    index = found[column]
    return ColumnCells(
        table,
        [
            (number, row, row[index] if index < len(row) else None)
            for number, row in data_rows(table, rules.row_markers)
        ],
    )


def _count_more(entries: Sequence[str]) -> str:
    """The first entries joined, and how many there are when some are left out."""
    more = f" 等 {len(entries)} 处" if len(entries) > _SHOWN else ""
    return "；".join(entries[:_SHOWN]) + more


def check_valid_ids(record: FileRecord, params: p.ValidIds, item: Item, rules: Ruleset) -> Outcome:
    column = params.column
    found = column_cells(record, column, rules)
    if found is None:
        return _fail("missing_columns", f"台账缺少必需的列：{column}", columns=[column])
    table = found.table
    invalid: list[str] = []
    invalid_rows: list[int] = []
    seen: dict[str, int] = {}
    duplicates: list[str] = []
    duplicate_rows: list[int] = []
    for number, _, value in found.cells:
        normalized = normalize_id(value)
        reason = citizen_id_problem(normalized) if normalized else "为空"
        if reason:
            invalid_rows.append(number)
            invalid.append(f"第{number}行 {mask_id(normalized) if normalized else ''}{reason}")
            continue
        if normalized in seen:
            duplicate_rows.append(number)
            duplicates.append(f"第{number}行与第{seen[normalized]}行重复（{mask_id(normalized)}）")
        else:
            seen[normalized] = number
    failures: list[Problem] = []
    where = _where(table)
    if invalid:
        failures.append(
            Problem(
                "invalid_id",
                f"{where}中{column}无效：{_count_more(invalid)}",
                None,
                (("sheet", table.name), ("rows", invalid_rows)),
            )
        )
    if duplicates and params.unique:
        failures.append(
            Problem(
                "duplicate_id",
                f"{where}中同一{column}重复登记：{_count_more(duplicates)}",
                None,
                (("sheet", table.name), ("rows", duplicate_rows)),
            )
        )
    return Outcome(failures=tuple(failures))


def check_row_matches(
    record: FileRecord, params: p.RowMatches, item: Item, rules: Ruleset
) -> Outcome:
    column, pattern, need = params.column, params.pattern, params.min_rows
    found = column_cells(record, column, rules)
    if found is None:
        return _fail("missing_columns", f"台账缺少必需的列：{column}", columns=[column])
    table = found.table
    hits = [n for n, _, value in found.cells if pattern.search(cell_text(value))]
    if len(hits) >= need:
        return Outcome(metrics=((f"{column}符合要求的行数", len(hits)),))
    what = params.description or f"“{column}”符合 {pattern.pattern}"
    return _fail("no_matching_rows", f"{_where(table)}中没有{what}的行（至少需要 {need} 行）")


def check_ratio(record: FileRecord, params: p.Ratio, item: Item, rules: Ruleset) -> Outcome:
    group_col, value_col = params.group_column, params.value_column
    terms, label = params.numerator, params.label
    ledger = ledger_columns(record, rules, [group_col, value_col])
    table, found = ledger if ledger else (None, {})
    missing = [c for c in (group_col, value_col) if c not in found]
    if table is None or missing:
        return _fail(
            "ratio_not_computable",
            f"无法计算{label}：台账缺少“{'”“'.join(missing)}”列",
            columns=missing,
        )
    total = part = 0.0
    for _, row in data_rows(table, rules.row_markers):
        value = parse_number(row[found[value_col]] if found[value_col] < len(row) else None)
        if value is None:
            continue
        total += value
        group = cell_text(row[found[group_col]] if found[group_col] < len(row) else None)
        if any(t in group for t in terms):
            part += value
    if total <= 0:
        return _fail("ratio_not_computable", f"无法计算{label}：金额合计为 0")
    ratio = round(part / total, 4)
    metrics = ((label, ratio), (f"{label}（分子）", part), (f"{label}（分母）", total))
    figure = f"{label}：{ratio:.1%}（{part:g} / {total:g}，{record.path}）"
    minimum = params.min_ratio
    if minimum is not None and ratio < minimum:
        return Outcome(
            failures=(
                Problem("ratio_not_computable", f"{label}为 {ratio:.1%}，低于 {minimum:.0%}"),
            ),
            metrics=metrics,
            figures=(figure,),
        )
    return Outcome(metrics=metrics, figures=(figure,))


def check_photo_quality(
    record: FileRecord, params: p.PhotoQuality, item: Item, rules: Ruleset
) -> Outcome:
    image = record.extraction.image
    if image is None:
        return PASS
    failures: list[Problem] = []
    notes: list[Problem] = []
    width, height = params.min_width, params.min_height
    # A portrait photo is as good as a landscape one: compare the long and short sides.
    long_side, short_side = max(image.width, image.height), min(image.width, image.height)
    if long_side < max(width, height) or short_side < min(width, height):
        failures.append(
            Problem(
                "low_resolution",
                f"照片分辨率 {image.width}×{image.height} 低于要求的 {width}×{height}（可能是缩略图或截图）",
                None,
                (("width", image.width), ("height", image.height)),
            )
        )
    editors = params.editing_software
    software = image.software or ""
    editor = next((e for e in editors if e.lower() in software.lower()), None)
    if editor:
        problem = Problem(
            "edited_photo", f"照片经过编辑软件处理（{software}），请核实是否为原始照片", None
        )
        (failures if params.reject_edited else notes).append(problem)
    return Outcome(failures=tuple(failures), notes=tuple(notes))


def check_valid_credit_codes(
    record: FileRecord, params: p.Column, item: Item, rules: Ruleset
) -> Outcome:
    column = params.column
    found = column_cells(record, column, rules)
    if found is None:
        return PASS  # the column is optional: checked where a ledger has it
    table = found.table
    bad: list[str] = []
    rows: list[int] = []
    for number, _, value in found.cells:
        code = cell_text(value).upper().replace(" ", "")
        if code and not credit_code_valid(code):
            rows.append(number)
            # a code that may be a person's ID was sealed: shown masked, as an ID is
            shown = mask_id(cell_text(value)) if is_sealed(cell_text(value)) else code
            bad.append(f"第{number}行“{shown}”")
    if not bad:
        return PASS
    return _fail(
        "invalid_credit_code",
        f"{_where(table)}中{column}校验不通过（GB 32100）：{_count_more(bad)}",
        sheet=table.name,
        rows=rows,
    )


def check_rows_valid(record: FileRecord, params: p.NoParams, item: Item, rules: Ruleset) -> Outcome:
    schema = rules.row_schemas.get(record.kind)
    if not schema:
        return PASS
    properties: Mapping[str, Any] = schema.get("properties", {})
    if (ledger := ledger_columns(record, rules, list(properties))) is None:
        return PASS
    table, found = ledger
    # A column absent from the sheet is required_columns' business, not every row's.
    row_schema = {
        **schema,
        "properties": {k: v for k, v in properties.items() if k in found},
        "required": [c for c in schema.get("required", ()) if c in found],
    }
    validator = jsonschema.Draft202012Validator(
        row_schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    failures: list[Problem] = []
    for number, row in data_rows(table, rules.row_markers):
        values = {
            name: _coerce(row[index] if index < len(row) else None, properties[name])
            for name, index in found.items()
        }
        for error in validator.iter_errors(values):
            column = str(error.path[0]) if error.path else ""
            failures.append(
                Problem(
                    "invalid_row",
                    f"{_where(table)}第{number}行“{column}”{_row_error(error)}",
                    None,
                    (("sheet", table.name), ("row", number), ("column", column)),
                )
            )
            break  # one finding per row is enough to fix it
    if len(failures) > _SHOWN:
        rows = [dict(p.details)["row"] for p in failures]
        summary = Problem(
            "invalid_row",
            f"{_where(table)}共 {len(failures)} 行不符合要求：{_rows_list(rows)}",
            None,
            (("sheet", table.name), ("rows", rows)),
        )
        failures = [*failures[:_SHOWN], summary]
    return Outcome(failures=tuple(failures))


def _coerce(value: Cell, prop: Mapping[str, Any]) -> Any:
    """A cell as the row schema expects it: numbers parsed, dates as ISO, text stripped."""
    kinds = prop.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    text = cell_text(value)
    if not text:
        return None if "null" in kinds else text
    if "integer" in kinds or "number" in kinds:
        number = parse_number(value)
        if number is not None:
            return int(number) if "integer" in kinds and number.is_integer() else number
        return text
    if prop.get("format") == "date":
        return _ledger_date(text) or text
    return text


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*[年.\-/．]\s*(1[0-2]|0?[1-9])(?!\d)")


def _ledger_date(text: str) -> str | None:
    """ISO date of a ledger cell: a full date, the first of a range, or a year and month."""
    exact = parse_chinese_date(text)
    if exact:
        return exact.isoformat()
    found = find_dates(text)
    if found:
        return found[0].date.isoformat()
    month = _YEAR_MONTH.search(unicodedata.normalize("NFKC", text))
    if month:
        return f"{int(month.group(1)):04d}-{int(month.group(2)):02d}-01"
    return None


def _row_error(error: jsonschema.ValidationError) -> str:
    v, value = error.validator, error.instance
    shown = "空" if value in (None, "") else f"“{str(value)[:20]}”"
    if v == "type":
        want: Any = error.validator_value
        wants = [want] if isinstance(want, str) else list(want)
        if "integer" in wants:
            return f"应为整数，实际为{shown}"
        if "number" in wants:
            return f"应为数字，实际为{shown}"
        return f"格式不对，实际为{shown}"
    if v == "minLength":
        return "为空" if not value else f"过短（{shown}）"
    if v == "maxLength":
        return f"过长（{shown}）"
    if v in ("minimum", "exclusiveMinimum"):
        return f"不能小于 {error.validator_value}，实际为{shown}"
    if v == "format":
        return f"不是有效的日期，实际为{shown}"
    if v == "required":
        return "缺少内容"
    return f"不符合要求（{error.message}）"


# --- set checks ----------------------------------------------------------------------


def check_distinct_kinds(
    records: Sequence[Candidate], params: p.DistinctKinds, item: Item, rules: Ruleset
) -> Outcome:
    need = params.min
    kinds = sorted({r.kind for r in records})
    if len(kinds) >= need or not records:
        return PASS
    have = "、".join(rules.kind_title(k) for k in kinds)
    accepted = "、".join(rules.kind_title(k) for k in item.kinds)
    return _fail(
        "single_kind",
        f"{params.label or '材料'}只有“{have}”一种，至少需要 {need} 种不同类型（{accepted}）",
    )


FILE_CHECKS: Mapping[str, FileCheck] = MappingProxyType(
    {
        "in_period": FileCheck(check_in_period, frozenset({"undated", "out_of_period"})),
        "mentions": FileCheck(check_mentions, frozenset({"missing_keyword"})),
        "doc_number": FileCheck(check_doc_number, frozenset({"no_doc_number", "bad_doc_number"})),
        "required_columns": FileCheck(
            check_required_columns, frozenset({"missing_columns", "no_data_rows"})
        ),
        "numeric_columns": FileCheck(
            check_numeric_columns, frozenset({"invalid_number"}), all_rows=True
        ),
        "valid_ids": FileCheck(
            check_valid_ids,
            frozenset({"missing_columns", "invalid_id", "duplicate_id"}),
            all_rows=True,
        ),
        "row_matches": FileCheck(
            check_row_matches, frozenset({"missing_columns", "no_matching_rows"})
        ),
        "ratio": FileCheck(check_ratio, frozenset({"ratio_not_computable"}), all_rows=True),
        "photo_quality": FileCheck(
            check_photo_quality, frozenset({"low_resolution", "edited_photo"})
        ),
        "valid_credit_codes": FileCheck(
            check_valid_credit_codes, frozenset({"invalid_credit_code"}), all_rows=True
        ),
        "rows_valid": FileCheck(check_rows_valid, frozenset({"invalid_row"}), all_rows=True),
    }
)
SET_CHECKS: Mapping[str, SetCheck] = MappingProxyType(
    {
        "distinct_kinds": SetCheck(check_distinct_kinds, frozenset({"single_kind"})),
    }
)
