"""The patterns worked on in round 53 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import add_table as _table
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines as _docx
from realdocs_kit import save_docx as _save
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


def test_r6726_a_teams_meeting_with_its_attendees_and_decisions_is_minutes(
    tmp_path: Path,
) -> None:
    # round 55: other before (参会人员 alone, +2; its 会议决定： now +3)
    record = _docx(
        tmp_path,
        "会议记录11.18.docx",
        [
            "Django小组任务分配会议",
            "参会人员：代德发 董振普 谌仲威 黄维灿 朱奕",
            "时间：11月18日晚8点",
            "负责Django部分的五位成员在第一轮任务安排后进行了汇总，",
            "情况如下：",
            "所有人的任务都已完成，只差安卓对接。",
            "会议决定：11.20号再开一次会讨论接下来方向",
        ],
    )
    assert _counted(record) == "minutes"


def test_r6728_a_meeting_time_over_its_attendees_and_recorder_is_minutes(
    tmp_path: Path,
) -> None:
    # round 55: other before (与会者, 文档记录者 and 会议内容摘要 were no minutes fields)
    record = _docx(
        tmp_path,
        "会议记要3.docx",
        [
            "实验名称：外卖订单模拟系统",
            "会议时间：2019年4月28日9点至22点",
            "与会者：李一博，张千芊，胡晓雯。",
            "文档记录者：胡晓雯",
            "会议内容摘要：",
            "问题<1>如何给骑手分配订单。",
            "<最后结果>采用分级区域划分策略。",
        ],
    )
    assert _counted(record) == "minutes"


def test_r6725_a_dated_record_line_under_the_headline_is_the_meeting_day(
    tmp_path: Path,
) -> None:
    # round 55: undated before (the line's date was read as one quoted in the body)
    record = _docx(
        tmp_path,
        "会议记录10.9.docx",
        [
            "第二次会议记录",
            "会议记录 2016.10.9（周日）晚",
            "地点：二餐西餐厅",
            "参与人员：董振普、陈卓、代德发、黄维灿",
            "这次会议主要进行了以下几项的讨论",
            "会议后的决定：",
            "一起约定时间向老师请教，争取早日上手，并且此期间继续学习java。",
        ],
    )
    assert _dated(record) == ("2016-10-09", "meeting")


# r6920 (a developer community's post): an event's 小结
_R6920 = """---
layout: post
title: DevFest2013ZhuHai Summary
categories: Events
---

# DevFest2013珠海 小结

珠海GDG 紧跟 oxFFFF 节日的脚步,在 130914 快乐完成首次 DevFest 活动!

活动关键数据:

- 参会人数:134, 其中:
    - 报名137人
    - 签到98人
- 时间: 09:30~18:00 整整8.5小时
"""


def test_r6920_an_events_xiaojie_is_a_report(tmp_path: Path) -> None:
    # round 56: other before (小结 was no 文种 of a report)
    record = _txt(tmp_path, "2013-09-15-et12-devfest-summary.md", _R6920)
    assert _counted(record) == "report"


def test_r6912_a_teams_task_assignment_is_a_division_of_work(tmp_path: Path) -> None:
    # round 56: other before
    record = _txt(
        tmp_path,
        "人员任务分配.md",
        "## 人员任务分配\n\n#### 主席工作\n\n暂代文书、技术和主持人工作，并联系贴吧吧主、"
        "睿思版主、公众号进行宣传。\n\n#### 主持人工作\n\n1. 串场流程\n"
        "2. 在开始之前提醒同学们可以加群\n",
    )
    assert _counted(record) == "work_division"


def test_r6821_a_thesis_proposal_is_no_work_report(tmp_path: Path) -> None:
    # round 57: report 74% before (its title and name end in 报告): a false assurance
    record = _docx(
        tmp_path,
        "开题报告.docx",
        [
            "届毕业设计（论文）开题报告",
            "题 目",
            "学 院",
            "指导教师",
            "毕业设计（论文）开题报告",
            "课题目的意义",
            "江理工学院中的电子文档越来越多，如何有效管理这些电子文档成为了学校的一大难题。",
        ],
    )
    assert _counted(record) == "other"


def test_r6918_an_events_review_is_news(tmp_path: Path) -> None:
    # round 58: other before (回顾 was no headline of news)
    record = _txt(
        tmp_path,
        "2013-08-13-et11-zhgdl4-summary.md",
        "---\nlayout: post\ntitle: ZHGDL.4 回顾\ncategories: Events\n---\n\n"
        "[[8.11]珠海GDG第四次GDL沙龙!](http://www.chinagdg.com/thread-2783-1-1.html) 的预告,"
        "本次依旧没有改进,仅仅提前3天才开始宣传,不过,活动还是非常给力的...\n\n"
        "![1-IMG_1023.JPG](http://example.org/1-IMG_1023.JPG)\n",
    )
    assert record.classification.kind == "news"


# r7023 (a policy radar's data file): an index of many policies, each a titled record
_R7023 = """{
  "meta": {"generatedAt": "2026-08-22T16:40:50.681Z", "scope": "湖北省与武汉市优先"},
  "items": [
    {"id": "hubei-opc-support-measures-2026",
     "title": "湖北省支持人工智能OPC发展若干措施（试行）",
     "publisherName": "湖北省人民政府办公厅",
     "summary": "湖北省级OPC专项政策，围绕生态社区、市场准入、人才、算力、数据、场景、股权和债权融资、技术攻关等设置12条支持措施。",
     "documentNumber": "鄂政办发〔2026〕10号"},
    {"id": "wuhan-ai-2026", "title": "武汉市促进人工智能产业发展若干政策",
     "summary": "武汉市围绕算力、数据、模型、应用场景和人才，提出支持人工智能产业发展的若干政策措施，明确各项支持标准。"},
    {"id": "hubei-data-2026", "title": "湖北省数据要素市场化配置改革实施方案",
     "summary": "湖北省推进数据要素市场化配置改革，明确数据产权、流通交易、收益分配和安全治理等方面的重点任务。"}
  ]
}
"""


def test_r7023_a_json_index_of_titled_records_is_no_one_document(tmp_path: Path) -> None:
    # round 59: policy 93% before, titled and numbered by its first record: a false assurance
    record = _txt(tmp_path, "policy-data.json", _R7023)
    assert _counted(record) == "other"
    assert record.doc.doc_number is None


def test_r6968_an_old_number_under_its_headline_is_the_documents_own(tmp_path: Path) -> None:
    # round 60: no number before (a two-digit year in plain brackets was read as an
    # enumeration, "（12）3号"); the headline above it stays the title, no body line below
    record = _txt(
        tmp_path,
        "pingfan2.txt",
        "　　　　　　　　　　　　广东省军事管制委员会\n"
        "　　　　　　　　　　关于积极做好平反工作的指示\n\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　粤军管字（67）38号\n\n"
        "　　在文化大革命运动初期，我省一些地区，一些单位和部门党内一小撮走资本主义道\n"
        "路当权派，站在反动的资产阶级立场上，执行资产阶级反动路线，挑动群众斗群众，打\n"
        "击革命派，压制不同意见。中央有关平反工作的指示下达以後，有的仍执迷不悟，迟迟不予平反。为\n"
        "了彻底批判和肃清资产阶级反动路线的流毒，各地应该\n"
        "坚决按照中央批转军委总政《关于军队院校无产阶级文化大革命的紧急指示》和中央《\n"
        "关于抓革命促生产的十条规定》（草案）等有关规定精神，迅速给那些受资产阶级反动\n"
        "路线迫害的革命群众进行平反。\n",
    )
    assert record.doc.doc_number == "粤军管字（67）38号"
    assert record.doc.title == "关于积极做好平反工作的指示"


def test_an_enumeration_in_brackets_is_still_no_number(tmp_path: Path) -> None:
    record = _txt(tmp_path, "说明.txt", "情况说明\n详见规定（12）3号文件的第二条。\n")
    assert record.doc.doc_number is None


def test_r7160_a_php_pages_server_code_is_no_text_of_it(tmp_path: Path) -> None:
    # round 61: titled 'theme->baseUrl."/images/";?>' before (the parser ended the PHP
    # block at the ">" of "->")
    record = _txt(
        tmp_path,
        "2944bd01.php",
        '\ufeff<?php\n$baseUrlImage = Yii::app()->theme->baseUrl . "/images/";\n?>\n'
        '<div class="container"><div class="news-content pt30">\n'
        '<div style="text-align:center;"><span><strong>点点滴滴民生情&nbsp;</strong></span>'
        "</div><br /><br />\n<span>郭华平 黄晓平 本报记者 鄢朝晖</span><br />\n"
        "<span>喝上干净水、创业有门路、服务心贴心……近年来，定南县把民生摆上重中之重的位置，"
        "每年民生支出占财政收入的70%以上。</span><br />\n</div></div>\n",
    )
    assert record.doc.title == "点点滴滴民生情"
    assert _counted(record) == "news"


def test_r7171_a_bulletins_control_advice_is_no_policy(tmp_path: Path) -> None:
    # round 62: policy 80% before (its headline ends in 意见): a false assurance
    record = _txt(
        tmp_path,
        "latestNewsPage3.txt",
        "七月份蔬菜主要病虫发生预报及防治意见\n"
        "文章来源：广州市农业环境与植物保护总站 发布时间：2013-07-08\n"
        "6月我市平均气温高，出现多次连续几天强降水天气，蔬菜病虫害发生趋重。\n"
        "一、病虫发生概况\n瓜蓟马：偏重发生，青瓜、茄子、节瓜平均百梢活虫2284头。\n",
    )
    assert _counted(record) != "policy"


def test_r7311_a_teams_meeting_record_on_dividing_tasks_is_minutes(tmp_path: Path) -> None:
    # round 64: work division 65% before (its one line, a sentence with 分工, taken as its
    # headline): a false assurance
    record = _docx(
        tmp_path,
        "A-会议记录-基于分布式Apache Spark的数据处理研究_20160606_第14周.docx",
        [
            "时间：20160606",
            "地点：北航新主楼G318",
            "与会人：孟翰、苏若、李璇、孙敏芳",
            "主要针对下阶段的任务进行了讨论分工",
        ],
    )
    assert _counted(record) == "minutes"


def test_r7320_a_meeting_time_over_its_topic_in_a_record_named_by_its_day_is_minutes(
    tmp_path: Path,
) -> None:
    # round 64: other before (the time field +2.5; 会议记录-20200314 was no name of a
    # record with its date, written without separators)
    record = _docx(
        tmp_path,
        "会议记录-20200314.docx",
        [
            "时间：2020年3月14日",
            "会议主题：项目选题和项目计划书",
            "会议时间：1h",
            "会议内容：1. 对于之前课堂上反馈的问题进行总结，集中解决了目标不清晰的问题；",
            "2. 集中讨论了本组今后小组合作的协作方式，决定每周反馈调整工作安排；",
        ],
    )
    assert _counted(record) == "minutes"


def test_r7326_a_teams_scrum_meeting_is_minutes(tmp_path: Path) -> None:
    # round 64: other before
    record = _txt(
        tmp_path,
        "【Alpha阶段】第六周Scrum Meeting!.md",
        "# 【Alpha阶段】第六周Scrum Meeting!\n\n## 第六周任务内容：\n\n"
        "- 本次会议为第六周第一次Scrum Meeting 会议。\n- 本次会议在学生公寓225展开，全员参加。\n\n"
        "| 队员 | 上周完成任务 | 本周要完成任务 |\n| :----- | :-----: | :-----: |\n"
        "| 王震 | UI制作软件磨刀熟悉（完成） | 完成登录界面 |\n",
    )
    assert _counted(record) == "minutes"


def test_r2302_a_blank_minutes_form_is_still_not_counted(tmp_path: Path) -> None:
    # round 64 kept it so: a name naming a record counts only when it is no template's
    document = docx.Document()
    document.add_paragraph("会议记录")
    _table(
        document,
        [["会议名称", "每周会议总结"], ["会议时间", ""], ["会议地点", ""], ["会议主题", ""],
         ["主持人", ""], ["记录人", ""], ["议定", "1．\n2．\n3．"], ["未决事项", "1．\n2．"]],
    )  # fmt: skip
    record = _save(document, tmp_path, "会议记录模板.docx")
    assert _counted(record) == "other"


def test_r7610_running_minutes_under_dated_headings_are_minutes(tmp_path: Path) -> None:
    # round 65: other before (only the file's name, 会议纪要.md, told of minutes)
    record = _txt(
        tmp_path,
        "会议纪要.md",
        "记录采用stack的方记录\n\n###4.8 会议纪要：\n\n#### 下周需要对齐的内容的：\n\n"
        "客户端优化方案 （一起看）\n\n一段时间不用的卡顿，刷新缓解（看浏览器的监控数据？）（一起看）\n\n"
        "断连的问题 （客户端解决）\n\ngzip压缩算法是否打开（下周给结论 鹏鹏和芋艿负责）\n",
    )
    assert _counted(record) == "minutes"


def test_r8025_a_guide_to_writing_minutes_is_no_minutes(tmp_path: Path) -> None:
    # round 66: minutes 91% before (named 会议纪要.md; its examples quote 主持召开 and
    # 会议听取了), titled by its unclosed <h3 …> tag: a false assurance
    record = _txt(
        tmp_path,
        "会议纪要.md",
        '<h3 align = "center">记录会议纪要技巧\n\n#### 案例一\n\n领导会上说：\n\n'
        "> 关于近期某某发生的事情，我们一定要引起重视，特别是安全生产这一块儿。\n\n"
        "纪要写法：会议听取了……的汇报。县长主持召开会议，研究部署安全生产工作。\n",
    )
    assert record.doc.title == "记录会议纪要技巧"
    assert _counted(record) == "other"
