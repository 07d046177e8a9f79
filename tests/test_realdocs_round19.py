"""Patterns of the parts worked on in round 19 (bench/corpus/rounds.md: heldout30's misses,
scored blind after round 14), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import add_table as _table
from realdocs_kit import dated as _dated
from realdocs_kit import save_docx as _save


def test_r1584_a_record_forms_time_cell_beside_its_chair_cell_dates_the_meeting(
    tmp_path: Path,
) -> None:
    # r1584 (会议记录/3.15号会议记录.docx): a team's record form, 时间 | 2019.3.15 | 地址 | …
    # over 主持人 | 高兴欣 | 记录人 | 倪嘉玲 in cells: undated → 2019-03-15 (meeting), as
    # labelled — the chair's and the recorder's cells are a meeting record's fields as
    # 主持人： and 记录人： are
    document = docx.Document()
    document.add_paragraph("会议记录")
    _table(
        document,
        [
            ["会议名称", "SE2019 春-G02小组第三次会议", "", ""],
            ["时间", "2019.3.15", "地址", "理四421"],
            ["主持单位", "G02小组", "主持人", "高兴欣"],
            ["记录人", "倪嘉玲", "参加者", "高兴欣、倪嘉玲、王晨旭"],
            ["缺席人员", "无", "", ""],
        ],
    )
    document.add_paragraph("会议记录")
    document.add_paragraph("本次会议是本小组第三次会议，主要对项目计划书进行了讨论。")
    document.add_paragraph("本小组在讨论以及咨询往届前辈后，根据网络参考模板，完成了项目计划书。")
    rec = _save(document, tmp_path, "3.15号会议记录.docx")
    assert _dated(rec) == ("2019-03-15", "meeting")
