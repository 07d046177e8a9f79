"""Patterns of the parts worked on in round 24 (bench/corpus/rounds.md: heldout41's misses,
scored blind after round 23), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

# r2012 (docs/2026-07-12上午修改记录.md): a development team's change record, the client it
# works for called 甲方 (its opening, and the lines listing the client's requirements file)
_R2012 = (
    "# 2026-07-12 上午修改记录\n\n"
    "本文记录 2026 年 7 月 12 日上午围绕规则树建模、规则配置界面、删除能力、数据库文档和项目说明完成的"
    "修改，作为本次 Git 提交的变更说明和后续部署依据。\n\n## 1. 修改概览\n\n本次修改主要解决以下问题：\n\n"
    "1. 原规则树将 `total`、`module`、`category`、`subcategory` 固定为不同节点类型，层级扩展不够自然。\n"
    "2. 规则集、版本和学年配置混在同一页面，节点创建与配置入口命名不清晰。\n"
    "3. 新建规则节点后缺少可见的删除入口。\n\n"
    "\ndocs/year-rule-snapshot-mechanism.md\n  -> docs/学年规则管理机制说明.md\n\ndocs/2、人工智能学院本科生综合测评自动算分系统（北京师范大学）.docx\n  -> docs/甲方的需求文档.docx\n"
)


def test_r2012_a_client_called_jiafang_makes_no_agreement(tmp_path: Path) -> None:
    # agreement 58% (甲方 in the text, 3.5 points): a false assurance → not counted as an
    # agreement: an agreement names both its parties (甲方 and 乙方) or says 双方约定
    assert _counted(_txt(tmp_path, "2026-07-12上午修改记录.md", _R2012)) != "agreement"


def test_an_agreement_naming_both_parties_still_counts(tmp_path: Path) -> None:
    text = (
        "东西部扶贫协作劳务合作协议\n甲方：龙湾县人力资源和社会保障局\n乙方：某某市人力资源服务有限公司\n"
        "为做好东西部扶贫协作劳务输出工作，经甲乙双方协商，签订本协议。\n"
        "一、甲方负责组织贫困劳动力报名。\n二、乙方负责提供就业岗位。\n"
    )
    assert _counted(_txt(tmp_path, "劳务合作协议.txt", text)) == "agreement"
