"""The patterns worked on in round 76 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

import io
from pathlib import Path

from builders import garbled_pdf
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines as _docx
from realdocs_kit import file_of as _file
from realdocs_kit import text_file as _txt

from evidence_audit.files.extract import extract
from evidence_audit.files.extract._pdf import garbled_text
from evidence_audit.files.extract._radicals import fold_radicals
from evidence_audit.files.extract.base import Limits
from evidence_audit.text.dates import find_dates


def test_r9468_a_contest_problems_page_mark_is_no_title(tmp_path: Path) -> None:
    # round 76: titled "H-1/4" before (the first of the problem's four pages)
    record = _txt(
        tmp_path,
        "H题_车载平衡滚球运动控制系统.txt",
        "H - 1 / 4\n      2026 年全国大学生电子设计竞赛赛区赛(TI 杯)\n"
        "         暨模拟电子系统设计专题赛选拔赛赛题\n                  参赛注意事项\n"
        "（1）7 月 29 日 8:00 竞赛正式开始。每支参赛队可在赛区发布题目中任选一题，必须在竞\n"
        "   赛第一天将竞赛选题上报赛区组委会。\n",
    )
    assert record.doc.title == "2026年全国大学生电子设计竞赛赛区赛(TI杯)"


def test_r9473_a_whole_title_over_its_subtitle_is_not_joined_to_it(tmp_path: Path) -> None:
    # round 76: titled "智能体平台技术说明书基于ClaudeAgentSDK与Subagent的第一版平台方案"
    # before, and counted as a plan by the subtitle's 方案
    record = _docx(
        tmp_path,
        "Agent平台技术说明书.docx",
        [
            "智能体平台技术说明书",
            "基于 Claude Agent SDK 与 Subagent 的第一版平台方案",
            "版本：V1.0",
            "日期：2026-05-08",
            "文档类型：技术说明书",
            "1. 文档概述",
            "本文档说明智能体平台第一版的目标架构、核心对象、运行机制、文件与 Skill 管理规范。",
        ],
    )
    assert record.doc.title == "智能体平台技术说明书"
    assert _counted(record) == "other"


def test_r8260_a_headline_over_a_line_ending_as_it_does_is_whole(tmp_path: Path) -> None:
    # round 76: titled "CloudWeGo第10期周报第10期周报" before
    record = _txt(
        tmp_path,
        "weekly10.txt",
        "CloudWeGo 第10期周报\n第10期周报\n本周社区合并了 12 个 PR，发布了 Kitex v0.5.0。\n",
    )
    assert record.doc.title == "CloudWeGo第10期周报"


def test_a_headline_wrapped_after_a_document_type_still_goes_on(tmp_path: Path) -> None:
    # guard: "…实施规划报告" / "编制对接工作协调会议纪要" is one headline (r046)
    record = _txt(
        tmp_path,
        "纪要.txt",
        "溪洛渡水电站四川库区实施规划报告\n编制对接工作协调会议纪要\n"
        "2015年1月6日，省扶贫移民局在成都召开会议，研究规划报告编制工作。\n",
    )
    assert record.doc.title == "溪洛渡水电站四川库区实施规划报告编制对接工作协调会议纪要"


_MENU_PAGE = """<html><head><title>水肥一体化节水灌溉智慧化大数据平台</title></head><body>
<div>欢迎进入：水肥一体化节水灌溉智慧化大数据平台</div>
<div>水肥一体化节水灌溉智慧化大数据平台滨州沾化区智慧化高效节水项目</div>
<ul><li>首页</li><li>项目介绍</li><li>大数据系统</li><li>平台资讯</li><li>关于我们</li></ul>
<ul><li>项目介绍</li><li>大数据系统</li><li>平台咨讯</li><li>关于我们</li></ul>
<h3>省农科院首次展开县级科技扶贫</h3>
<p>3月25日,省农业科学院与无棣县签订战略合作协议,同时,省农业科学院科技扶贫重点县揭牌。</p>
</body></html>"""


def test_r9362_a_sites_about_us_and_greeting_are_no_headline(tmp_path: Path) -> None:
    # round 76: titled "关于我们" before (关于 opening a line made it a headline)
    record = _txt(tmp_path, "newsview4.jsp", _MENU_PAGE)
    assert record.doc.title == "省农科院首次展开县级科技扶贫"


def test_r4215_the_line_printing_the_pages_title_heads_the_article(tmp_path: Path) -> None:
    # guard for round 76: once 关于我们 was no headline, the <title> was taken as a
    # property with no line, the body's opening read from the menu's top and its 来源：
    # missed (news before only because 关于我们 ended the menu)
    menu = "".join(f"<li>栏目{i}</li>" for i in range(40))
    html = (
        "<html><head><title>老旧小区加装电梯困难重重，问题到底出在哪？_星渡桥</title></head><body>"
        f"<ul><li>首页</li><li>关于我们</li>{menu}</ul>"
        "<h3>老旧小区加装电梯困难重重，问题到底出在哪？</h3>"
        "<div>来源：案例分析 发布时间：2022-07-14 10:32:49</div>"
        "<p>住在观巷27号4单元的蒋大伯今年已经70多岁了。记者了解到具体情况后，跟随蒋大伯来到楼下。</p>"
        "</body></html>"
    )
    record = _txt(tmp_path, "20220714.html", html)
    assert record.doc.title == "老旧小区加装电梯困难重重，问题到底出在哪？"
    assert _counted(record) == "news"
    assert _dated(record) == ("2022-07-14", "published")


def test_r9513_joint_issuers_named_again_one_to_a_line_open_the_headline(
    tmp_path: Path,
) -> None:
    # round 76: titled "关于切实做好消防安全防控工作的紧急通知" before (only one line above
    # the headline was read as its issuer)
    record = _txt(
        tmp_path,
        "红头文件-03.txt",
        "— 1 —\n山东省人民政府安全生产委员会 文件 山东省人民政府消防安全委员会\n"
        "鲁安发〔2024〕1 号\n山东省人民政府安全生产委员会\n山东省人民政府消防安全委员会\n"
        "关于切实做好消防安全防控工作的紧急通知\n各市人民政府，省政府安委会各成员单位：\n"
        "为深刻吸取事故教训，现就有关事项通知如下。\n",
    )
    assert record.doc.title == (
        "山东省人民政府安全生产委员会山东省人民政府消防安全委员会"
        "关于切实做好消防安全防控工作的紧急通知"
    )
    assert record.doc.doc_number == "鲁安发〔2024〕1号"


def test_r9519_a_cited_title_left_open_carries_the_headline_on(tmp_path: Path) -> None:
    # round 76: titled "国务院安委会办公室关于印发«安全生产治本攻坚三年行动方案" before
    record = _txt(
        tmp_path,
        "国务院安委会2号.txt",
        "国 务 院 安 全 生 产 委 员 会 办 公 室 文 件\n安委办〔２０２４〕１号\n"
        "国务院安委会办公室关于\n印发«安全生产治本攻坚三年行动方案\n"
        "(２０２４－２０２６年)»子方案的通知\n"
        "各省、自治区、直辖市及新疆生产建设兵团安全生产委员会,国务院安委会各成员单位:\n"
        "现将子方案印发给你们,请认真贯彻落实。\n",
    )
    assert record.doc.title == (
        "国务院安委会办公室关于印发«安全生产治本攻坚三年行动方案(２０２４－２０２６年)»子方案的通知"
    )


def test_r9530_a_pages_way_back_is_no_headline(tmp_path: Path) -> None:
    # round 76: titled "←返回首页返回「重大政策」板块" before
    headline = "上海市商务委印发《关于开展2026年上海市消费品以旧换新自主品类补贴活动的公告》"
    html = (
        f"<html><head><title>{headline} · 华东政务信息</title></head><body>"
        '<div class="breadcrumb"><a href="../index.html">首页</a> › '
        '<a href="../archive/2026-05.html">2026年5月月报</a> › 重大政策</div>'
        '<div class="nav"><a href="../index.html">← 返回首页</a>\n'
        '<a href="../archive/2026-05.html#sec-policy">返回「重大政策」板块</a></div>'
        "<article><div><span>重大政策</span> <span>2026-05-01</span> <span>上海</span> "
        f"<span>#policy-001</span></div><h1>{headline}</h1><div>消费提振</div>"
        "<p>5月1日起至2026年12月31日实施，10类智能产品最高补贴2000元。</p></article>"
        "</body></html>"
    )
    record = _txt(tmp_path, "policy-001.html", html)
    assert record.doc.title == headline


def test_r9575_a_newspaper_databases_reader_tools_are_no_headline(tmp_path: Path) -> None:
    # round 76: titled "【字号：加大还原减小】" before
    record = _txt(
        tmp_path,
        "2011.01.01第3版22.txt",
        "【作者：本报记者】\n【人民日报2011.01.01第3版要闻】【字号：加大还原减小】\n"
        "　　新华社北京12月31日电　外交部长杨洁篪31日同墨西哥外长通电话。\n",
    )
    assert record.doc.title != "【字号：加大还原减小】"
    assert all("字号" not in c.text for c in record.doc.title_candidates if c.chosen)


def test_r9531_words_of_a_cited_title_say_nothing_of_the_news_citing_it(
    tmp_path: Path,
) -> None:
    # round 76: counted as a case before its title was read (赋能 inside the 《》)
    html = (
        "<html><head><title>政策详情</title></head><body>"
        "<h2>市经信委等7部门印发《上海市推动产业互联网平台赋能产业发展行动方案（2026—2028年）》</h2>"
        "<p>市经信委等7部门近日联合印发行动方案，提出到2028年培育一批产业互联网平台。</p>"
        "</body></html>"
    )
    record = _txt(tmp_path, "policy-002.html", html)
    assert record.doc.title.startswith("市经信委等7部门印发《")
    assert _counted(record) == "other"


def test_an_envelope_still_counts_the_words_of_what_it_carries(tmp_path: Path) -> None:
    # guard: 关于印发《…典型案例》的通知 is the cases it carries
    record = _txt(
        tmp_path,
        "通知.txt",
        "关于印发《全县产业扶贫助力脱贫攻坚典型案例》的通知\n各乡镇：\n"
        "现将典型案例印发给你们，请认真学习借鉴。\n青溪县扶贫开发领导小组办公室\n2019年6月3日\n",
    )
    assert _counted(record) == "case"


def test_r9622_a_server_side_include_page_is_read_as_html(tmp_path: Path) -> None:
    # round 76: read as plain text before, titled '<!--#includevirtual="/inc/meta.html"-->'
    html = (
        '<!--#include virtual="/inc/meta.html" -->\n'
        "<title>Mozilla 基金會推出 Firefox 中文更新版</title>\n"
        '<!--#include virtual="/inc/header.html" -->\n\n'
        "<h1>Mozilla 基金會推出 Firefox 更新版</h1>\n"
        "<p><em>所有 Firefox 的使用者都該到 moztw.org 下載此增強安全性的版本。</em></p>\n"
    )
    record = _txt(tmp_path, "moztw-press.shtml", html)
    assert record.format == "html"
    assert record.doc.title == "Mozilla基金會推出Firefox更新版"


def test_r9625_a_programmes_hours_are_no_title(tmp_path: Path) -> None:
    # round 76: titled "13:30~18:00" before
    record = _txt(
        tmp_path,
        "gathering.txt",
        "13:30~18:00\n地點：吉隆坡\n本次聚會邀請社群朋友一起交流。\n",
    )
    assert record.doc.title != "13:30~18:00"


def test_r8129_a_meetings_outline_is_meeting_material(tmp_path: Path) -> None:
    # round 76: no kind before (会议提纲 was no 文种 of meeting material)
    record = _txt(
        tmp_path,
        "第二周会议提纲.md",
        "# 第二周会议提纲\n\n\n## 会议议题\n\n1.  强调初级班流程\n\n"
        "2.\t关于report的写法\n\n3.\t关于题目的建议以及题量的建议\n",
    )
    assert record.kind == "meeting_material"


def test_r9431_studying_a_series_of_speeches_is_no_speech(tmp_path: Path) -> None:
    # round 76: a banner's "学党规党章 学系列讲话 做合格党员" counted as meeting material
    record = _txt(
        tmp_path,
        "两学一做.txt",
        "学党规党章学系列讲话做合格党员\n深入开展两学一做学习教育。\n",
    )
    assert record.kind != "meeting_material"


# r9880 (a lab member's report slides, PDF): its font maps every glyph to a letter of some
# other script; r896 (a tender's PDF) the same. Their opening lines as PDFium reads them:
_R9880 = "୩۸਍ԟᒫԫེ࿤ಸ ୩۸਍ԟزᔰ policy reward function Value function Returns State-value functionғ"
_R896 = "ᆿᒼᐸ⋵⊕ђ䐥᭯ᔰᐛぁ᯳ᐛᤑḽᮽԬ ᆹᒶᐲޡޜ䍴ⓀӔ᱃ѝᗳ 31 34.3.2 ୶࣑ḷ䇴ᇑ ˄1˅୶࣑ḷࡍ↕䇴ᇑ˖"


#: What the test's font maps its letters to, as r9880's and r896's fonts do.
_GLYPHS = "୩۸਍ԟᒫԫེ࿤ಸزᔰғᆿᒼᐸђ᭯ᐛ᯳ᤑᮽԬᆹᒶᐲ"


def test_r9880_letters_of_a_dozen_scripts_are_a_garbled_text_layer() -> None:
    assert garbled_text(_R9880)
    assert garbled_text(_R896)


def test_a_text_with_greek_cyrillic_or_one_other_script_is_not_garbled() -> None:
    assert not garbled_text("模型的损失函数记为 Σ(α·β)，其中 Ω 为样本空间，Пётр 提出了改进。")
    assert not garbled_text("भारत सरकार के ग्रामीण विकास मंत्रालय की वार्षिक रिपोर्ट " * 3)
    assert not garbled_text("")


def test_r9880_a_garbled_text_layer_is_read_by_ocr(tmp_path: Path) -> None:
    # round 76: titled "୩۸਍ԟᒫԫེ࿤ಸ" before (the garbage read as the text)
    shown = "WEEKLY REPORT NUMBER TWO"
    record = _file(tmp_path, "汇报.pdf", garbled_pdf(shown, _GLYPHS[: len(shown)]))
    assert [(p.code, p.message) for p in record.problems][:1] == [
        ("ocr_text", "文字层是乱码：正文由文字识别（OCR）得到，个别字可能有误")
    ]
    assert record.doc.title is not None and record.doc.title.startswith("WEEKLYREPORT")


def test_a_garbled_text_layer_unread_without_ocr_is_said_so() -> None:
    shown = "WEEKLY REPORT NUMBER TWO"
    data = garbled_pdf(shown, _GLYPHS[: len(shown)])
    extraction = extract(io.BytesIO(data), "pdf", Limits(ocr=False))
    assert (extraction.text, extraction.content_read) == ("", False)
    assert [p.code for p in extraction.problems] == ["garbled_text"]


def test_r9764_a_glyph_mapped_to_its_radical_and_its_ideograph_is_read_once() -> None:
    # round 78: titled "Go语言言游戏项⺫目目应用用情况汇报" before (a presentation program's
    # PDF maps each such glyph to both; PDFium reads them as they are mapped)
    assert fold_radicals("Go语⾔言游戏项⺫⽬目应⽤用情况汇报") == "Go语言游戏项目应用情况汇报"
    assert fold_radicals("Go在证券⾏行\ufa08情系统中的应⽤用") == "Go在证券行情系统中的应用"
    assert fold_radicals("⼴广发证券 刘楠") == "广发证券 刘楠"


def test_radicals_alone_are_still_folded_to_their_ideographs() -> None:
    # guard: ⼀分钟 → 一分钟 (a radical for its ideograph, no ideograph beside it)
    assert fold_radicals("⼀分钟了解⻚码，⾔论") == "一分钟了解页码，言论"


def test_r9765_a_web_address_is_no_title(tmp_path: Path) -> None:
    # round 78: titled "www.huawei.com" before (a slide deck's footer)
    record = _txt(
        tmp_path,
        "1-7 Go语言在NFV场景下的应用研究.txt",
        "www.huawei.com\nGo语言在NFV场景下的应用研究\n汪洋\n2015-4-25\n",
    )
    assert record.doc.title == "Go语言在NFV场景下的应用研究"


# r9963 (an open-source community's wiki page announcing its meeting, Markdown with Hugo's
# TOML front matter)
_R9963 = """+++
title = "AOSC 2024 烙饼会"
description = "廿四年度烙饼会参会信息及日程安排"
date = 2024-02-10
[taxonomies]
tags = ["events"]
+++

# 综述

农历新年在即，我们计划在 2 月 15 日（农历初六）下午以视频会议的形式举办我社首届“烙饼会”。

# 参会信息

- 地点：线上（腾讯会议）
\t- [参会链接](https://meeting.tencent.com/dm/z4b5FnLlBX63)
\t- 烙饼会将于 Bilibili 与 YouTube 官方帐号全程直播
- 日期：2024 年 2 月 15 日 (UTC+8) 下午二时至四时
- 议程大致内容：
\t- 介绍 AOSCC 2023 以来社区事务与项目推进情况
"""


def test_r9963_a_date_field_under_the_place_field_is_the_events_not_the_pages(
    tmp_path: Path,
) -> None:
    # round 79: dated 2024-02-15 as its 落款 before (the 日期 field read as the page's own
    # date, the 地点 field above it not looked at)
    record = _txt(tmp_path, "2024.zh.md", _R9963)
    assert _dated(record) == ("2024-02-10", "published")
    assert [(str(d.date), d.role) for d in record.doc.dates if d.role == "meeting"] == [
        ("2024-02-15", "meeting")
    ]


def test_r10173_a_date_whose_day_closes_its_bracket_without_ri_is_read(tmp_path: Path) -> None:
    # round 80: undated before ("[2015 年 9 月 12]": its 日 left out before the bracket)
    record = _txt(
        tmp_path,
        "README.md",
        "# [广州][2015 年 9 月 12] Gohpers 聚会\n\n## 分享主题\n\n- Go 在游戏服务器中的应用\n",
    )
    assert _dated(record) == ("2015-09-12", "title")
    assert find_dates("于2015年9月12召开") == []  # no bracket, no day: as before


def test_r10110_minutes_titled_with_their_date_after_a_dash_are_minutes(tmp_path: Path) -> None:
    # round 81: no kind before ("会议纪要-2023-02-16": the date after a dash hid the 文种;
    # 参会人： was no attendance field)
    record = _txt(
        tmp_path,
        "2023-02-16.md",
        "# 上汽网络小分队会议纪要-2023-02-16\n\n时间：2023年2月16日\n\n"
        "参会人：张毅峰、程嘉辉、付紫杨、白宇宣\n\n---\n\n讨论事项：\n\n### 1. 开发项目\n",
    )
    assert _counted(record) == "minutes"
    assert _dated(record) == ("2023-02-16", "meeting")


def test_r10118_headings_of_attendees_and_minutes_make_minutes(tmp_path: Path) -> None:
    # round 81: not counted before (the two headings scored 2.5 of the 3 needed)
    record = _txt(
        tmp_path,
        "zh.md",
        "# 2020-04-26\n\n## 与会人员\n\n* 于雨\n* 何鑫铭\n* 方银城\n\n## 会议纪要\n\n### 意见\n\n"
        "今天我们在zoom上讨论了一下当前dubbo-go面临的问题，以及对将来的一些想法。\n",
    )
    assert _counted(record) == "minutes"


def test_r9878_a_register_of_weekly_meetings_is_no_meetings_record(tmp_path: Path) -> None:
    # round 82: counted as minutes before ("Weekly Meetings", a series' register of
    # lectures, matched the English word of one meeting)
    record = _txt(
        tmp_path,
        "README.md",
        "# Weekly Meetings\n\n上海海事大学计算机学会每周讲座\n\n## 内容\n\n"
        "| 日期 | 主讲 | 主题 | 内容 |\n|:---|:---|:---|:---|\n"
        "| 2023/02/08 | 姜添翼 | 字符串匹配 | Trie树与KMP算法 |\n"
        "| 2023/02/15 | 凃凯南 | 数论 | 卡特兰数 |\n",
    )
    assert _counted(record) == "other"


def test_one_scrum_meeting_is_still_a_meetings_record(tmp_path: Path) -> None:
    # guard: "第六周Scrum Meeting!" (one meeting) keeps the English word's weight
    record = _txt(tmp_path, "week6.md", "# 第六周Scrum Meeting!\n\n本周完成登录模块。\n")
    assert record.kind == "minutes"


def test_r9861_a_weekly_meetings_review_is_minutes(tmp_path: Path) -> None:
    # round 83: no kind before (周会复盘 was no 文种 of minutes)
    record = _txt(
        tmp_path,
        "-5-22周会复盘.md",
        "# 2022-5-22周会复盘\n\n## 本周进展\n\n- 完成客户拜访三家\n\n## 问题\n\n- 回款慢\n",
    )
    assert _counted(record) == "minutes"


def test_r9866_minutes_titled_with_a_compact_date_are_minutes(tmp_path: Path) -> None:
    # round 83: no kind before ("会议记录190920": six figures of the day after the 文种)
    record = _txt(
        tmp_path,
        "会议记录190920.md",
        "# 会议记录190920\n\n1. 下周完成项目方案初稿。\n2. 周五前确认预算。\n",
    )
    assert _counted(record) == "minutes"
