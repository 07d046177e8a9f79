"""The pattern worked on in round 45 (bench/corpus/rounds.md: heldout80's cover dates,
seen after round 40), reproduced faithfully from the document's real lines. The corpus
id is given with the test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import add_table
from realdocs_kit import dated as _date
from realdocs_kit import save_docx as _save


def test_r3866_a_controlled_documents_sign_off_row_dates_its_cover(tmp_path: Path) -> None:
    # r3866 (a start-up's 公司运营管理.docx): its cover table names who wrote it and when;
    # undated before (a table row's date is the row's)
    document = docx.Document()
    for line in [
        "大连原米数字科技有限公司",
        "公司运营管理",
        "（版本状态：试用）",
        "（质保等级：QSR）",
    ]:
        document.add_paragraph(line)
    add_table(
        document,
        [
            ["程序编码: YMSK-2024-001", "正文页数: 2", ""],
            ["姓名", "签字", "日期"],
            ["编写", "崔宇明", "2024年11月1日"],
            ["校核", "——", ""],
            ["批准", "——", ""],
        ],
    )
    document.add_paragraph("下次审查升版时间：            2027年11月1日")
    document.add_paragraph("1 目的")
    document.add_paragraph("为规范公司日常运营管理，明确各岗位职责，特制定本规定。")
    record = _save(document, tmp_path, "公司运营管理.docx")
    assert _date(record) == ("2024-11-01", "cover")
