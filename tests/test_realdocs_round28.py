"""Patterns of the parts worked on in round 28 (bench/corpus/rounds.md: heldout42's misses,
scored blind after round 26), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines as _docx

# r2035 (承诺书.docx): a contest team's pledge, its 落款 date set out with tab stops between
# 年, 月 and 日 (the whole text)
_R2035 = [
    "",
    "中国高校计算机大赛“网络技术挑战赛”决赛团队",
    "学术诚信与责任承诺书",
    "",
    "本团队北宇治高中吹奏乐部郑重承诺：本团队参赛作品基于可编程交换机的高效键值存储监控系统的主要研究与"
    "开发工作由参赛成员承担完成，属于原创作品，不存在任何侵犯他人知识产权的问题，不存在任何伪造、弄虚作假"
    "的行为，且未曾在任何其他赛事中获得过全国性奖项。",
    "本团队郑重承诺在此次竞赛中，遵守竞赛规程的有关规定，恪守学术规范，如有违规行为，本团队愿意承担一切"
    "责任，接受竞赛组委会的相关处理。",
    "所有参赛成员（签字）：",
    "",
    "",
    "指导教师（签字）：",
    "",
    "",
    "所在院校：浙江大学",
    "2023年\t8月\t18日",
]


def test_r2035_a_signature_date_set_out_with_tab_stops(tmp_path: Path) -> None:
    # undated (the tabs made the line read as a table's row) → 2023-08-18 (signature), as
    # labelled: a line that is the date alone is its 落款, however its parts are spaced
    assert _dated(_docx(tmp_path, "承诺书.docx", _R2035)) == ("2023-08-18", "signature")
