"""Rounds of session 28 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from realdocs_kit import counted, docx_lines, text_file

# Round 147: pages29's p818, a township's news item saved from a county's 基层政务公开
# site: no byline, no 来源, no 记者; only its headline (a township doing something) says news
P818 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>涉村镇扎实做好冬季森林防火安全工作</title></head>
<body>
<div class="site">巩义市基层政务公开</div>
<table class="meta">
<tr><td>巩义市涉村镇人民政府</td><td>乡级</td></tr>
<tr><td>2024-12-23</td><td>2024-12-23</td></tr>
</table>
<h1>涉村镇扎实做好冬季森林防火安全工作</h1>
<div class="article"><p>涉村镇召开冬季森林防火安全专题会，并组织森林防火演练。镇里通过广播、横幅、
宣传页和入户走访，宣讲冬季防火常识和法律法规，增强群众防火意识；用好“蓝天卫士”，搭建“人防+技防”
体系，对易燃区域不间断全天候巡查；制定切实可行的扑火预案，把扑火物资备足备齐。</p></div>
<div class="footer">主办单位：郑州市人民政府办公室 地址：郑州市中原路233号 邮编：450007</div>
</body></html>
"""

# pages16's p453, a county bureau's news item whose story is its 党组会议's decisions
P453 = [
    "政府信息公开",
    "县卫计局专题研究脱贫攻坚",
    "发布机构：县卫生局 发布时间： 2018-02-07 06:14 字体： [ ]",
    "为落实中央和省、市、县关于脱贫攻坚的一系列部署，县卫计局召开党组会议，专题研究脱贫攻坚"
    "驻村帮扶工作，并组织学习县委、县政府关于进一步加强脱贫攻坚七条举措的通知精神。",
    "会议要求，一是凝聚攻坚共识。全局要统一思想和行动，全力投入。二是充实驻村帮扶力量。"
    "制定驻村帮扶实施方案，调整充实驻村工作队。三是强化监督管理。加强扶贫资金和驻村日常的管理。",
]


def test_p818_a_headline_telling_what_a_township_did_files_the_page_as_news(
    tmp_path: Path,
) -> None:
    # before: other, 0% (nothing a rule read)
    record = text_file(tmp_path, "8908622.html", P818)
    assert (counted(record), record.doc.title) == ("news", "涉村镇扎实做好冬季森林防火安全工作")
    assert any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


def test_p453_a_bureaus_meeting_told_as_a_story_is_news(tmp_path: Path) -> None:
    # before: other, 0% (closest 会议纪要, 1.5: 会议要求 is a record's word too)
    record = docx_lines(tmp_path, "县卫计局专题研究脱贫攻坚.docx", P453)
    assert counted(record) == "news"
    assert any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "涉村镇推进冬季森林防火工作情况",
            "今年以来，我镇把森林防火作为重点工作，现将有关情况汇报如下。一、主要做法。",
        ),
        (
            "青溪县开展东西部扶贫协作工作实施方案",
            "为深入推进东西部扶贫协作，结合我县实际，制定本方案。一、工作目标。",
        ),
        (
            "青溪县社团组织章程",
            "第一条 为规范社团组织的管理，制定本章程。第二条 本章程适用于全县社团。",
        ),
        (
            "青溪县人民政府关于开展冬季森林防火检查的通知",
            "各乡镇人民政府，县直各部门：为做好冬季森林防火工作，现将有关事项通知如下。",
        ),
    ],
)
def test_a_headline_naming_its_genre_is_no_news_story(
    tmp_path: Path, headline: str, body: str
) -> None:
    # guards: a county body's action named in a headline that ends in its 文种 (情况, 方案,
    # 章程) or opens with 关于 is that paper, not a story about the action
    record = docx_lines(tmp_path, "附件1.docx", [headline, body])
    assert record.kind != "news"
    assert not any("(+4)" in r and r.startswith("标题有") for r in record.classification.reasons)
