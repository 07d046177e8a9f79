"""Patterns of the parts worked on in round 16 (bench/corpus/rounds.md: heldout30's misses,
scored blind after round 14, and heldout33's, scored blind after round 15), each
reproduced faithfully from the document's real lines. The corpus ids are given with each
test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r1574 (项目开发总结报告.doc): a company template's cover — archival cells, field labels
# with their values on the next line, the company's name over the document's name — then
# its 目录 (the cover and the first entries)
_R1574 = [
    "卷    号", "卷内编号", "密    级", "成都市司法局司法行政综合应用系统", "分  类:", "使用者:",
    "高级管理者、项目经理、项目组成员", "文档编号：", "HD-TS-305", "四川华迪信息技术有限公司",
    "项目开发总结报告", "Version: 1.0", "项 目 承 担 部 门：第八组", "撰  写  人（签名）：徐猛",
    "完   成   日   期：  2014-09-10", "评审负责人（签名）：", "评    审   日  期： 2014-09-10",
    "目    录", "1 引言\t1", "1.1编写目的\t1", "1.2背景\t1",
]  # fmt: skip


def test_r1574_a_covers_field_labels_do_not_end_its_head(tmp_path: Path) -> None:
    # untitled (分  类: was taken for a 主送机关 ending the head) → 项目开发总结报告 (as
    # labelled): a label of a few characters whose value is the next short line is a field
    rec = _docx(tmp_path, "项目开发总结报告.docx", _R1574)
    assert rec.doc.title == "项目开发总结报告"


def test_a_short_addressee_still_ends_the_head(tmp_path: Path) -> None:
    # "各单位：" over the body's first sentence is a 主送机关: the head ends there, and the
    # headline above it is kept
    text = (
        "关于做好2019年度扶贫资金审计整改工作的通知\n各单位：\n"
        "为切实做好审计发现问题的整改工作，现将有关事项通知如下。\n一、整改范围\n"
    )
    rec = _txt(tmp_path, "通知.txt", text)
    assert rec.doc.title == "关于做好2019年度扶贫资金审计整改工作的通知"
