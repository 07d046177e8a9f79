"""Patterns of the parts worked on in round 15 (bench/corpus/rounds.md: heldout30's misses,
scored blind after round 14), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx

# r1569 (140729-140802周例会纪要.doc): a training team's weekly meeting minutes in a
# company's template: the cover's fields, then the record's fields and its sign-in table
_R1569 = [
    "卷    号", "卷内编号", "密    级", "<成都市司法局司法行政综合应用系统>", "分  类:", "<模板>",
    "使用者:", "<项目管理部>", "文档编号：", "HD-PMC-305", "四川华迪信息技术有限公司", "周例会纪要",
    "项 目 承 担 部 门：            第8组", "撰  写  人（签名）：        徐猛",
    "完   成   日   期：        2014.08.01", "评审负责人（签名）：", "评    审   日  期：",
    "会议记录", "日期", "Date\t2014.07.30\t时间", "Time\t15:00\t地点", "ADD.", "开发教室",
    "主题： 项目的立项和任务安排", "主持人：                 徐猛",
    "出席者：徐猛、衡通、郭旭、闫泽宇、杨明亮", "会议内容：", "从三个备选项目中选择一个项目",
    "根据项目进度计划安排每个人每天负责的工作", "会议签到表",
]  # fmt: skip


def test_r1569_a_chair_field_over_who_attended_is_a_meetings_record(tmp_path: Path) -> None:
    # other 0% (the file's name alone named minutes) → minutes counted (as labelled): 主持人：
    # then 出席者： records a meeting held
    assert _counted(_docx(tmp_path, "140729-140802周例会纪要.docx", _R1569)) == "minutes"


def test_a_chair_field_alone_is_no_record(tmp_path: Path) -> None:
    # a programme naming who chairs, with no one recorded as attending
    lines = [
        "学术报告会安排",
        "报告题目：乡村振兴与数字治理",
        "主持人：王教授",
        "欢迎广大师生参加。",
    ]
    assert _counted(_docx(tmp_path, "安排.docx", lines)) != "minutes"
