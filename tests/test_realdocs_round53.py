"""The patterns worked on in round 53 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt


def test_r5670_a_three_character_document_type_heading_the_page_is_its_title(
    tmp_path: Path,
) -> None:
    # round 53: untitled before (a line of three characters was too short for a headline
    # unless the ruleset names it a document type; 授权书 and 委托书 are now named)
    record = _docx(
        tmp_path,
        "授权书.docx",
        [
            "授权书",
            "现将全站仪、水准仪于 2017 年 月 日授权给 管理，特此证明。",
            "中国建筑第四工程局有限公司",
            "毕节市七星关区碧海阳光城二标段",
            "授权人签字：",
        ],
    )
    assert record.doc.title == "授权书"


# r6522 (a university's news page, mirrored with Hugo front matter): a meeting held on
# rectification, reported
_R6522 = """---
title: 四川农业大学->都江堰校区召开巡察整改工作推进会 | sicau.com.cn
date: 2022-03-03 01:23:05.464116
tags:
- 四川农业大学
---
3月1日下午，都江堰校区召开巡察整改工作推进会，就深入推进整改落地抓实进行专门安排部署。\
校区全体班子成员及基础教学部负责人、全体科级干部、党支部书记参会。

会议要求，一要统一思想认识，把巡察整改工作作为当前重要任务；二要坚持问题导向，坚决把巡察\
发现的问题全部整改到位，对整改清单中的每一项问题都要结合实际制定具体的整改措施。

会议还对前期巡察整改工作进展情况和党支部调整情况进行了通报。
"""


def test_r6522_news_of_a_rectification_meeting_is_news_not_rectification(tmp_path: Path) -> None:
    # round 54: rectification 89% before (整改 in the headline, +10): a false assurance
    record = _txt(tmp_path, "29d455c144b0bd0c89ea36afaafc28aa.md", _R6522)
    assert _counted(record) == "news"


# r6528 (a security site's news item, crawled): apps told to rectify, a headline with "！"
_R6528 = """---
title: 高途、考虫、极光单词等29款APP被通报整改下架！
source: 安全客-有思想的安全新媒体
date: 2023-01-19
---

# 高途、考虫、极光单词等29款APP被通报整改下架！

近日，工业和信息化部信息通信管理局通报了29款存在侵害用户权益行为的APP，要求相关企业\
限期整改，逾期不整改的将依法依规组织开展相关处置工作。
"""


def test_r6528_a_headline_telling_of_apps_told_to_rectify_is_no_rectification(
    tmp_path: Path,
) -> None:
    # round 54: rectification 100% before (整改 in the headline and the name)
    record = _txt(tmp_path, "高途、考虫、极光单词等29款APP被通报整改下架！.md", _R6528)
    assert _counted(record) != "rectification"


def test_r6516_a_manual_of_a_rectification_screen_is_no_rectification(tmp_path: Path) -> None:
    # round 54: rectification 67% before (整改 in the name +3, 整改措施 in the text +2)
    record = _docx(
        tmp_path,
        "隐患整改单操作说明.docx",
        [
            "隐患整改单如何填报？",
            "（1）在项目现场功能菜单下安全检查管理模块，进入隐患整改通知单页面。",
            "（2）本单位用户点击，进行编制。",
            "在弹出的编辑页面中录入责任单位、检查区域、受检时间、安全隐患内容及整改措施。",
        ],
    )
    assert _counted(record) == "other"
