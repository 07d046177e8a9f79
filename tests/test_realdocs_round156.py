"""Rounds of session 29 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, docx_lines, text_file

# Round 156: pages21's p568, a county's 印发 notice saved from a business-service portal
# greeting its visitors above the page's headline
P568 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知</title></head>
<body>
<div class="top">欢迎来到澄湖e线政企服务平台!</div>
<h1>南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知</h1>
<div class="info">发布时间: 2018年08月14日 &nbsp;&nbsp; [字体: ] &nbsp;&nbsp;【打印本页】</div>
<div class="content">
<p style="text-align:center">南政办发〔2017〕136号</p>
<p>各乡镇人民政府，各管理处(管委会)，县政府各有关部门：</p>
<p>　　现将《南昌县产业扶贫工程实施方案》印发给你们，请认真遵照执行。</p>
<p style="text-align:right">南昌县人民政府办公室</p>
<p style="text-align:right">2017年11月6日</p>
</div>
</body></html>
"""


def test_p568_a_portals_greeting_is_no_sentence_above_the_headline(tmp_path: Path) -> None:
    # before: the greeting ending in "!" read as the body's first sentence, the headline
    # under it as a subheading: other, 0% (plan 2.4 under the threshold)
    record = text_file(tmp_path, "103.html", P568)
    assert record.doc.title == "南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知"
    assert counted(record) == "plan"


def test_a_sentence_above_the_headline_still_starts_the_body(tmp_path: Path) -> None:
    # guard: a sentence of the document's own ending in "!" above the same page still
    # makes the headline under it a subheading (no count on its 文种 alone)
    page = P568.replace(
        "欢迎来到澄湖e线政企服务平台!", "各单位要认真抓好落实，确保产业扶贫取得实效!"
    )
    record = text_file(tmp_path, "103.html", page)
    assert counted(record) == "other"


# Round 157: pages5's p120, a township's news item whose headline ends in 开好局
P120 = [
    "章化镇早安排、早部署，凝心聚力开好局",
    "2月22日，章化镇召开收假收心会。镇党委书记王涛讲评了节日值班情况，部署节后重点工作，"
    "要求全体人员马上回到工作状态。",
    "2021年是乡村振兴开局之年，机关干部和村两委成员要打起精神、不松不懈抓好各项工作。"
    "一、各村立即谋划行动，开展村庄绿化美化。二、抓好信访稳定和矛盾纠纷排查。",
    "全体机关干部和支部书记要调整状态、抓住重点、狠抓落实，全身心投入当前各项工作。",
]


def test_p120_a_headline_ending_in_ju_with_a_comma_is_no_organ(tmp_path: Path) -> None:
    # before: read as an organ's name (it ends in 局), no title, other at 0%
    record = docx_lines(tmp_path, "章化镇开好局.docx", P120)
    assert record.doc.title == "章化镇早安排、早部署，凝心聚力开好局"
    assert counted(record) == "news"


def test_an_organ_line_above_a_headline_is_still_no_title(tmp_path: Path) -> None:
    # guard: "章化镇人民政府" and "中共章化镇委员会、章化镇人民政府" stay organ lines
    for organ in ("章化镇人民政府", "中共章化镇委员会、章化镇人民政府"):
        lines = [organ, "关于做好春季麦田管理工作的通知", "各村：", "现将有关事项通知如下。"]
        record = docx_lines(tmp_path, "通知.docx", lines)
        assert record.doc.title == "关于做好春季麦田管理工作的通知"
