"""Rounds of session 28 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from realdocs_kit import counted, dated, docx_lines, text_file

from evidence_audit.text.dates import delivered_at

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


# Round 148: pages36's p1029, a county's 政府工作报告 printed to PDF: its headline spaced
# apart, the subtitle under it saying when and where it was delivered
P1029 = [
    "政 府 工 作 报 告 ",
    "——2022 年 3 月 9 日在县第十六届人民代表大会第二次会议上",
    "县 长 桑 周 ",
    "各位代表：",
    "现在，受县人民政府委托，我向大会报告工作，请各位代表审议，",
    "也请政协委员和列席会议的同志提出意见。",
    "一、2021 年工作回顾",
]


def test_p1029_the_occasion_under_a_reports_headline_is_no_part_of_its_title(
    tmp_path: Path,
) -> None:
    # before: 政府工作报告——2022年3月9日在县第十六届人民代表大会第二次会议上
    record = docx_lines(tmp_path, "政府工作报告.docx", P1029)
    assert (record.doc.title, dated(record)) == ("政府工作报告", ("2022-03-09", "title"))


# pages36's p1018, the report saved from the county's site: the site's heading and its
# posting line over the report's own headline, its subtitle wrapped before 会议上
P1018 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2020政府工作报告</title></head>
<body><div class="article">
<h1>2020政府工作报告</h1>
<div class="info">来源：麦盖提县人民政府网 发布日期：2021-02-07 11:44 浏览次数： 字体：【大 中 小】</div>
<div class="content">
<p style="text-align:center"><strong>政府工作报告</strong></p>
<p style="text-align:center">——2021年1月26日在麦盖提县第十六届人民代表大会</p>
<p style="text-align:center">第六次会议上</p>
<p style="text-align:center">代县长 阿迪力·哈斯木</p>
<p>各位代表：</p>
<p>受县人民政府委托，我现在向大会报告工作，请各位代表审议，也请政协委员和其他列席同志提出意见。</p>
<p>一、“十三五”时期及2020年工作回顾</p>
</div></div></body></html>
"""


def test_p1018_a_report_is_dated_by_its_delivery_not_by_its_posting(tmp_path: Path) -> None:
    # before: 2021-02-07 (published): the posting line came before a date in the title
    record = text_file(tmp_path, "fdadfbb2c4d84bb98de1b8515ff3f5e3.html", P1018)
    assert dated(record) == ("2021-01-26", "title")


# pages36's p1023: the site's bar of links over the page's heading
P1023 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2023年保亭黎族苗族自治县政府工作报告</title></head>
<body>
<div class="topbar">公务员邮箱 移动应用 微信 APP下载 无障碍 关怀版</div>
<div class="article">
<h1>2023年保亭黎族苗族自治县政府工作报告</h1>
<div class="info">来源： 发布日期：2023-01-28 10:32 分享到：<br>微信<br>X<br>【字体： 小   中   大</div>
<div class="content">
<p style="text-align:center"><strong>政府工作报告</strong></p>
<p style="text-align:center">——2023年1月6日在保亭黎族苗族自治县第十六届人民代表大会第三次会议上</p>
<p style="text-align:center">保亭黎族苗族自治县人民政府县长 王惠仙</p>
<p>各位代表：</p>
<p>受县人民政府委托，我现在向大会作工作报告，请各位代表审议，也请县政协委员和其他列席人员提出意见。</p>
</div></div></body></html>
"""


def test_p1023_a_sites_bar_of_links_opens_no_headline(tmp_path: Path) -> None:
    # before: 公务员邮箱移动应用微信APP下载无障碍关怀版2023年保亭…政府工作报告, 2023-01-28
    record = text_file(tmp_path, "t20230128_3351089.html", P1023)
    assert (record.doc.title, dated(record)) == (
        "2023年保亭黎族苗族自治县政府工作报告",
        ("2023-01-06", "title"),
    )


@pytest.mark.parametrize(
    ("line", "occasion"),
    [
        ("——2022 年 3 月 9 日在县第十六届人民代表大会第二次会议上", True),
        ("——在鹅湖镇第六届人民代表大会第七次会议上", True),
        ("——李克强 3 月 5 日在第十二届全国人民代表大会第五次", True),  # wrapped
        ("——段君毅同志在省委常委扩大会议上的讲话", False),  # names the genre: title
        ("——在乡村振兴中的探索与实践", False),  # a subtitle, no occasion
        ("——金锁关镇召开脱贫攻坚推进会", False),
    ],
)
def test_a_subtitle_is_an_occasion_only_when_it_says_where_a_text_was_delivered(
    line: str, occasion: bool
) -> None:
    assert delivered_at(line) is occasion


def test_a_speech_whose_subtitle_names_its_genre_keeps_it_in_the_title(tmp_path: Path) -> None:
    # guard: the subtitle ending in 讲话 is the title's second half
    lines = [
        "抓纲治豫大干快上迅速赶上全国前进的步伐",
        "——段君毅同志在省委常委扩大会议上的讲话",
        "同志们：",
        "这次省委常委扩大会议，主要是学习中央的指示，研究全省的工作。",
    ]
    record = docx_lines(tmp_path, "讲话.docx", lines)
    assert record.doc.title == (
        "抓纲治豫大干快上迅速赶上全国前进的步伐——段君毅同志在省委常委扩大会议上的讲话"
    )
