"""The patterns worked on in round 44 (bench/corpus/rounds.md: misses of heldout93–95,
seen after round 43), reproduced faithfully from the documents' real lines. The corpus id
is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt


def test_r4561_a_contributors_guide_is_no_news(tmp_path: Path) -> None:
    # r4561 (a learning platform's guide for its 供稿员): counted as news (67%) by 供稿
    text = (
        "内部资料 注意保密\n"
        "2019 年 5 月\n"
        "我要供文章\n"
        "① 用户可通过首页左侧功能导航栏“我要供稿”。进入我要供文章的内容编辑页面\n"
        "*说明：标题（字数限制 100 个字），图片（大小限制 2M），支持选择话题【约稿管理】中已发布的话题。\n"
    )
    assert _counted(_txt(tmp_path, "新手引导-供稿员.txt", text)) == "other"


def test_a_contributors_credit_still_marks_news(tmp_path: Path) -> None:
    # r1645's credit line: "（供稿：检验科党支部 公洁）"
    text = (
        "检验科党支部开展主题党日活动\n"
        "6月3日，检验科党支部组织全体党员开展主题党日活动，重温入党誓词。\n"
        "大家表示，将立足岗位，为健康张掖建设做贡献。\n"
        "（供稿：检验科党支部 公洁）\n"
    )
    assert _counted(_txt(tmp_path, "news.txt", text)) == "news"


def test_r4525_a_templates_placeholder_number_is_none(tmp_path: Path) -> None:
    # r4525 (a web office's 版头 template): "xxxx〔2021〕01号" was read as its own number
    record = _docx(tmp_path, "template.docx", ["xxxx〔2021〕01号", "***办公室 2021年04月15日印发"])
    assert record.doc.doc_number is None


def test_r4512_a_time_field_under_a_minutes_headline_is_the_meetings(tmp_path: Path) -> None:
    # r4512 (a start-up's 会议纪要.docx): undated before, 人员 being no field of attendance
    lines = [
        "会议纪要",
        "时间：2019.12.26",
        "人员：公司全体成员",
        "（1）调整线上计费模式，适当提高起步价；",
        "（2）增加加价功能，让用户可以自己提高运费；",
    ]
    assert _date(_docx(tmp_path, "会议纪要.docx", lines)) == ("2019-12-26", "meeting")
