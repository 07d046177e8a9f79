"""Attestations: a person vouches for an item kept on paper only.

An attestation never turns an item "present": the item keeps the status its files give,
carries the attestation (who, why, when) beside it, and no longer counts as failing. The
file is read from outside the archive: JSON, CSV (UTF-8 or GBK) or an Excel sheet with
the columns 单位, 事项, 理由, 确认人, 日期.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import EvidenceAuditError
from ..models import Attestation
from ..rules.ruleset import Ruleset
from ..text.dates import parse_chinese_date

_COLUMNS = {
    "unit": ("单位", "unit"),
    "item": ("事项", "item", "事项id", "事项编号"),
    "reason": ("理由", "说明", "reason"),
    "by": ("确认人", "by", "签字人"),
    "date": ("日期", "确认日期", "date"),
}


class AttestationError(EvidenceAuditError):
    """An attestations file cannot be read, or names units or items that don't exist."""


def load_attestations(path: str | os.PathLike[str], rules: Ruleset) -> list[Attestation]:
    """Read and check an attestations file; every bad row is named in the error."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise AttestationError(f"无法读取人工确认文件 {file}：{exc.strerror or exc}") from exc
    suffix = file.suffix.lower()
    if suffix == ".json":
        rows = _json_rows(data, file)
    elif suffix in (".xlsx", ".xls", ".et", ".ods"):
        rows = _sheet_rows(file)
    else:
        rows = _csv_rows(data)
    return parse_attestations(rows, rules, str(file))


def parse_attestations(
    rows: Iterable[Mapping[str, Any]], rules: Ruleset, source: str = "人工确认"
) -> list[Attestation]:
    """Attestations from rows of (unit, item, reason, by, date), items by id or title."""
    by_title = {i.title: i.id for i in rules.items}
    ids = {i.id for i in rules.items}
    out: list[Attestation] = []
    errors: list[str] = []
    for number, row in enumerate(rows, 1):
        values = {key: _get(row, names) for key, names in _COLUMNS.items()}
        where = f"第 {number} 条"
        item = values["item"]
        item_id = item if item in ids else by_title.get(item, "")
        problems = []
        if not values["unit"]:
            problems.append("缺少单位")
        if not item_id:
            problems.append(f"事项“{item}”不是规则集中的事项 id 或名称")
        if not values["reason"]:
            problems.append("缺少理由")
        if not values["by"]:
            problems.append("缺少确认人")
        date = parse_chinese_date(values["date"]) if values["date"] else None
        if date is None:
            problems.append(f"日期“{values['date']}”无法识别")
        if problems:
            errors.append(f"{where}：{'；'.join(problems)}")
            continue
        assert date is not None
        out.append(Attestation(values["unit"], item_id, values["reason"], values["by"], date))
    if errors:
        raise AttestationError(
            f"人工确认文件有误：{source}\n" + "\n".join(f"  - {e}" for e in errors)
        )
    return out


def _get(row: Mapping[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()[:10]
            return str(value).strip()
    return ""


def _json_rows(data: bytes, file: Path) -> list[Mapping[str, Any]]:
    try:
        loaded = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AttestationError(f"人工确认文件不是有效的 JSON：{file}（{exc}）") from exc
    rows = loaded.get("attestations", []) if isinstance(loaded, dict) else loaded
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise AttestationError(f"人工确认文件应为对象列表：{file}")
    return rows


def _csv_rows(data: bytes) -> list[Mapping[str, Any]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise AttestationError("人工确认 CSV 既不是 UTF-8 也不是 GBK 编码")
    return list(csv.DictReader(io.StringIO(text)))


def _sheet_rows(file: Path) -> list[Mapping[str, Any]]:
    from python_calamine import CalamineWorkbook

    try:
        sheet = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
    except Exception as exc:  # calamine raises its own error types
        raise AttestationError(f"无法读取人工确认表格 {file}：{exc}") from exc
    rows = [r for r in sheet if any(c not in (None, "") for c in r)]
    if not rows:
        return []
    header = [str(c).strip() for c in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]
