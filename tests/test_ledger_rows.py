"""Every row of a ledger is read within the documented limit; a ledger cut by the limit
says so (rows_limit), and no check that needs every row passes on it."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from builders import citizen_id

from evidence_audit import audit
from evidence_audit.files.extract.base import Limits

HEADER = ["序号", "姓名", "身份证号", "村", "帮扶措施"]


def _ids(n: int, bad_at: int | None = None) -> list[str]:
    out = []
    for i in range(n):  # every one different
        month, rest = 1 + (i // 1000) % 12, i // 12_000
        body = f"433122{1950 + rest // 28}{month:02d}{1 + rest % 28:02d}{i % 1000:03d}"
        value = citizen_id(body)
        if i == bad_at:  # a wrong check digit
            value = value[:-1] + ("0" if value[-1] != "0" else "1")
        out.append(value)
    return out


def _roster_xlsx(path: Path, ids: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("花名册")
    ws.append(["2019年青溪县带动贫困人口花名册"])
    ws.append(HEADER)
    for i, value in enumerate(ids):
        ws.append([i + 1, f"张{i}", value, "石门村", "产业带动"])
    book.save(path)


def test_a_roster_is_read_to_its_last_row(tmp_path: Path) -> None:
    # 6,000 rows: the old 5,000-row cut hid the invalid ID on sheet row 5,503
    _roster_xlsx(tmp_path / "青溪县" / "带动贫困人口花名册.xlsx", _ids(6000, bad_at=5500))
    report = audit(tmp_path)
    record = report.file("青溪县/带动贫困人口花名册.xlsx")
    assert record.ledger is not None and record.ledger.rows == 6000
    item = report.unit("青溪县").item("industry.beneficiary_roster")
    assert item.status == "defective"
    assert [p.code for p in item.problems] == ["invalid_id"]
    assert "第5503行" in item.problems[0].message
    check = next(c for c in report.checks if c.check == "cross.invalid_ids")
    assert check.status == "fail" and "第5503行" in check.problems[0].message


def test_a_csv_ledger_past_16_mb_is_read_to_its_last_row(tmp_path: Path) -> None:
    ids = _ids(9_000, bad_at=8_800)
    path = tmp_path / "青溪县" / "带动贫困人口花名册.csv"
    path.parent.mkdir(parents=True)
    padding = "产业带动，" * 140  # rows of about 2 kB: 19 MB in all
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for i, value in enumerate(ids):
            writer.writerow([i + 1, f"张{i}", value, "石门村", padding])
    assert 16 * 1024 * 1024 < path.stat().st_size < 20 * 1024 * 1024
    report = audit(tmp_path)
    record = report.file("青溪县/带动贫困人口花名册.csv")
    assert record.ledger is not None and record.ledger.rows == 9_000
    item = report.unit("青溪县").item("industry.beneficiary_roster")
    assert [p.code for p in item.problems] == ["invalid_id"]
    assert "第8802行" in item.problems[0].message


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_ledger_past_the_row_limit_says_so_and_never_passes(tmp_path: Path, kind: str) -> None:
    ids = _ids(60)
    if kind == "xlsx":
        _roster_xlsx(tmp_path / "青溪县" / f"带动贫困人口花名册.{kind}", ids)
    else:
        path = tmp_path / "青溪县" / f"带动贫困人口花名册.{kind}"
        path.parent.mkdir(parents=True)
        rows = [",".join(HEADER)] + [
            f"{i + 1},张{i},{v},石门村,产业带动" for i, v in enumerate(ids)
        ]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = audit(tmp_path, limits=Limits(max_rows=50))
    record = report.file(f"青溪县/带动贫困人口花名册.{kind}")
    limit = [p for p in record.problems if p.code == "rows_limit"]
    assert [p.message for p in limit] == [
        f"表格“{record.extraction.tables[0].name}”超过 50 行的上限，只读取了前 50 行："
        "需要逐行核对的检查不会判为通过"
    ]
    item = report.unit("青溪县").item("industry.beneficiary_roster")
    assert item.status == "defective"
    assert [p.code for p in item.problems] == ["rows_limit"]
    checks = {c.check: c for c in report.checks}
    for name in ("cross.invalid_ids", "cross.duplicate_people"):
        assert checks[name].status == "not_run", name
        assert [p.code for p in checks[name].problems] == ["check_not_run"]
        assert "只读取了前 50 行" in checks[name].problems[0].message
