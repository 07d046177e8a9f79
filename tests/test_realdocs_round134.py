"""Rounds of session 26 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, dated, docx_lines

from evidence_audit.text.dates import find_dates
from evidence_audit.text.docparse import find_addressee, find_doc_number

# Round 134: heldout273's r13283, a university's form in a set (表1：) over its name, then
# the student's fields and a table of guidance sessions
R13283 = [
    "表1：",
    "内蒙古师范大学毕业论文（设计）指导记录、成绩评定表",
    "学院： 计算机科学技术学院   专业： 网络编程   姓名： 某某    学号： 20191100000",
    "论文（设计）题目",
    "论文成绩",
    "指导过程记录（可以增加次数）",
    "次数\t指导时间\t指导内容",
    "1\t2022年7月25日\t提供对毕设任务清单的建议",
    "2\t2022年7月29日\t提供对毕设构思的建议",
]


def test_r13283_a_forms_number_in_its_set_is_no_addressee_and_no_title(tmp_path: Path) -> None:
    # before: 主送机关＝表1 and no title (表1 was the only candidate, too short)
    assert find_addressee("\n".join(R13283)) is None
    form = docx_lines(tmp_path, "指导记录表.docx", R13283)
    assert form.doc.title == "内蒙古师范大学毕业论文（设计）指导记录、成绩评定表"
    assert form.doc.addressee is None


def test_an_addressee_ending_in_a_colon_is_still_found() -> None:
    # guard: a 主送机关 is any line ending in a colon that is no label of the form's set
    text = "关于开展表彰工作的通知\n各乡镇人民政府、县直各单位：\n现将有关事项通知如下。"
    assert find_addressee(text) == "各乡镇人民政府、县直各单位"


# Round 135: reproduced county pages (bench/corpus/reproduced): pages3's p64, a county's
# page over its notice, the number printed after the headline under the page's fields, and
# p79, the number in the page's 文号 field after the 名称 field on its line
P64 = [
    "• 索引号:6735597301/2021-1801120",
    "• 发布机构:县人民政府办公室",
    "• 生成日期:2021-03-23",
    "2021年县政府重点工作任务(华政发〔2021〕2号)",
    "来源:华容县政府   2021-03-23 10:56",
    "各乡镇人民政府、县直各单位:",
    "《2021年县政府重点工作任务分解》经县人民政府同意,现予印发,请抓好贯彻落实。",
]
P79 = [
    "您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室",
    "索引号: 11341729003257952H/202301-00044 组配分类: 年度重点工作任务分解、执行及落实情况",
    "名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号",
    "发布日期: 2023-01-30 08:56",
    "泾县人民政府关于分解落实政府工作报告目标任务的通知",
    "各乡镇人民政府,县政府各部门、各直属机构:",
]


def test_p64_a_number_after_the_headline_under_a_pages_fields_is_its_own() -> None:
    # before: cited (in brackets after other text, not on the text's first line)
    number = find_doc_number("\n".join(P64))
    assert number is not None and (number.raw, number.cited) == ("华政发〔2021〕2号", False)


def test_p79_the_number_in_a_pages_wenhao_field_is_its_own() -> None:
    # before: cited (落实 in the 名称 field's value, earlier in the "sentence")
    number = find_doc_number("\n".join(P79))
    assert number is not None and (number.raw, number.cited) == ("泾政〔2023〕1号", False)


def test_bracketed_numbers_below_running_text_or_in_a_list_stay_cited() -> None:
    # guards: under a sentence, or an attachment list's entry, a bracketed number is cited
    below = "关于做好春耕工作的通知\n各乡镇：\n现将有关事项通知如下。\n省政府关于春耕的意见（湘政发〔2019〕3号）"
    listed = "附件：1.省政府关于春耕的意见（湘政发〔2019〕3号）\n2.春耕工作安排"
    for text in (below, listed):
        number = find_doc_number(text)
        assert number is not None and number.cited


# Round 136: a county site's furniture over its article (reproduced pages): pages1's p4,
# the site's greeting with 今天是： over the breadcrumb and the column's name; pages4's p92,
# an e-paper's date bar, its masthead and its reader's buttons; p105, a mobile page's banner
# asking for its app; pages3's p74, the site's 政府信息公开 column over the headline
P4 = [
    "攀枝花市盐边县人民政府网站欢迎您！  今天是：",
    "您当前的位置：首页 > 政务公开 > 政府常务会议",
    "政府常务会议",
    "盐边县人民政府第18届6次常务会议",
    "发布时间：2017-02-10 来源：盐边县政府办 选择阅读字号：[ ] 阅读次数：",
    "2017年2月8日，县政府第18届6次常务会议召开，县长主持。",
    "会议审议了县发改局报送的关于易地扶贫搬迁实施计划的请示。会议议定：原则同意该计划。",
]
P92 = [
    ">2023年8月12星期六",
    "秀山电子报",
    "放大 缩小 默认",
    "宋农镇捐赠物资助力平原县抗震救灾",
    "物资捐赠现场",
    "8月6日凌晨，平原县发生5.5级地震，当地群众生产生活受到影响。宋农镇得知后迅速筹措物资支援。",
    "东西部协作开展以来，平原县为宋农镇巩固脱贫成果提供了有力帮助。",
]
P105 = [
    "立即打开",
    "桑植县拟申报中国西部社会扶贫创新试点县",
    "2015-03-05 12:18:12",
    "红网",
    "桑植新闻网3月4日讯(通讯员 某某)3月2日，桑植县在县扶贫办会议室召开申报工作会。",
    "会议认为，社会扶贫创新试点县是加强对西部欠发达地区社会帮扶的一项举措。",
]
P74 = [
    "鹤庆县人民政府",
    "政府信息公开",
    "鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告(第1号)",
    "发布时间:2020-01-26   浏览次数:   【字体:",
    "面对当前疫情形势，为切实做好防控工作，我们号召全县群众做好防护。",
    "特此通告",
]


def test_a_county_sites_furniture_is_no_headline(tmp_path: Path) -> None:
    # before: the greeting (also taken as the 主送机关), >2023年8月12星期六秀山电子报,
    # 立即打开, and 政府信息公开 joined to the headline
    expected = {
        "p4.docx": (P4, "盐边县人民政府第18届6次常务会议"),
        "p92.docx": (P92, "宋农镇捐赠物资助力平原县抗震救灾"),
        "p105.docx": (P105, "桑植县拟申报中国西部社会扶贫创新试点县"),
        "p74.docx": (P74, "鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告(第1号)"),
    }
    for name, (lines, title) in expected.items():
        record = docx_lines(tmp_path, name, lines)
        assert (name, record.doc.title, record.doc.addressee) == (name, title, None)


def test_a_headline_welcoming_or_a_column_naming_its_article_stays_a_title(
    tmp_path: Path,
) -> None:
    # guards: a news headline about a welcome, and a page whose headline follows the
    # breadcrumb without repeating its last section
    welcome = docx_lines(
        tmp_path,
        "a.docx",
        ["青溪县举行仪式欢迎对口帮扶干部", "3月2日，青溪县举行欢迎仪式。", "会上，县长致辞。"],
    )
    assert welcome.doc.title == "青溪县举行仪式欢迎对口帮扶干部"
    crumbed = docx_lines(
        tmp_path,
        "b.docx",
        ["当前位置：首页 > 工作动态", "青溪县召开东西部扶贫协作推进会", "发布时间：2019-06-12"],
    )
    assert crumbed.doc.title == "青溪县召开东西部扶贫协作推进会"


# Round 137: a county page's posting line as county sites print it (reproduced pages):
# pages1's p6 (an empty 来源 field before the 时间), pages2's p39 (the size buttons between
# the time and the 来源), p50 (the site's address first), pages4's p91 (【字体:大 中 小】)
POSTING_LINES = {
    "p6": ("来源：    时间：2018年11月02日", "2018-11-02"),
    "p39": ("时间:2024-04-25 19:35       大    中    小      来源: 兴县新闻网", "2024-04-25"),
    "p50": ("http://www.lywxww.com  2017-04-12 11:17:54   来源:罗源湾新闻网  【字号", "2017-04-12"),
    "p91": ("时间:2021-09-13 09:10:04 【字体:大 中 小】", "2021-09-13"),
}


def test_a_county_pages_posting_line_dates_it_as_published(tmp_path: Path) -> None:
    # before: undated (none of these lines was read as the page's posting line)
    for name, (line, day) in POSTING_LINES.items():
        lines = [
            "青溪县召开东西部扶贫协作推进会",
            line,
            "6月12日，青溪县召开东西部扶贫协作推进会，总结上半年工作，部署下一阶段任务。",
            "会议要求，各乡镇各部门要对照年度任务抓好落实。",
        ]
        record = docx_lines(tmp_path, f"{name}.docx", lines)
        assert (name, *dated(record)) == (name, day, "published")


def test_a_meetings_time_and_source_fields_are_no_posting_line(tmp_path: Path) -> None:
    # guard: a meeting notice's 时间 field, a clock time after it, dates the meeting
    lines = [
        "关于召开东西部扶贫协作推进会的通知",
        "各乡镇：",
        "时间：2019年6月12日 9:30",
        "地点：县政府三楼会议室",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert dated(record) == ("2019-06-12", "meeting")


# Round 138: a date whose 日 was lost at the line's end (pages3's p76, a 督查 通报's masthead
# 寿县人民政府督查室  2022年8月19; heldout25's r1323, a certificate's 发证日期：2012年10月25),
# and a county site's record of its 常务会议 dated by the meeting (pages1's p4)
def test_a_date_that_lost_its_ri_at_the_lines_end_is_read() -> None:
    found = find_dates("寿县人民政府督查室           2022年8月19\n关于印发…的通报")
    assert [(f.date.isoformat(), f.raw) for f in found] == [("2022-08-19", "2022年8月19")]
    assert [f.date.isoformat() for f in find_dates("发证日期：2012年10月25")] == ["2012-10-25"]


def test_a_date_wrapped_before_its_ri_or_digits_running_on_are_no_such_date() -> None:
    # guards: "…2004 年 8 月 11" / "日发布的…" is a wrapped date (not read as 11 alone),
    # and a count after a month is no day
    assert find_dates("财政部 2004 年 8 月 11\n日发布的《办法》") == []
    assert find_dates("共2019年3月15人") == []


def test_p4_a_county_sites_record_of_its_executive_meeting_is_dated_by_the_meeting(
    tmp_path: Path,
) -> None:
    # before: 2017-02-10, the day the site posted it
    record = docx_lines(tmp_path, "p4.docx", P4)
    assert (record.kind, *dated(record)) == ("minutes", "2017-02-08", "meeting")


# Round 139: the second wave's false assurances (reproduced pages): pages8's p210, a
# district's notice issuing a 责任分解方案 whose name quotes 《政府工作报告》, counted as a
# report; pages6's p152, a county bureau's 任务分解 posted with the site's 责任编辑 field,
# counted as news
P210 = [
    "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
    "2023-01-05 10:00 区人民政府办公室",
    "各街道办事处、乡人民政府，区人民政府各部门、各直属机构：",
    "现将2023年区《政府工作报告》确定的主要目标任务责任分解方案印发给你们，请认真贯彻落实。",
    "一、2023年全区经济社会发展的主要预期目标",
    "（一）地区生产总值增长7%以上",
    "责任单位：区发展和改革局",
]
P152 = [
    "您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况",
    "县卫健委2021年政府工作报告任务分解",
    "文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委政务公开",
    "1.积极应对人口老龄化，加快发展健康、养老、育幼服务业。",
    "牵头责任单位:县卫健委、县民政局",
    "主要协作单位:各乡镇人民政府、经济开发区管委会，县政府有关部门",
]


def test_p210_a_plan_whose_name_quotes_the_report_it_serves_is_no_report(
    tmp_path: Path,
) -> None:
    # before: report 72% (the headline "ended" in 《政府工作报告》)
    record = docx_lines(tmp_path, "p210.docx", P210)
    assert counted(record) == "plan"


def test_p152_a_task_division_posted_with_its_editor_field_is_no_news(tmp_path: Path) -> None:
    # before: news 92% (责任编辑 in the page's posting line, +4)
    record = docx_lines(tmp_path, "p152.docx", P152)
    assert counted(record) == "work_division"


def test_an_envelope_carrying_quoted_titles_is_still_of_their_kind(tmp_path: Path) -> None:
    # guard: 关于印发2019年《X工作要点》的通知 carries the 工作要点, a year before it
    lines = [
        "青溪县人民政府办公室关于印发2019年《青溪县东西部扶贫协作工作要点》的通知",
        "各乡镇人民政府：",
        "现将《青溪县东西部扶贫协作工作要点》印发给你们，请认真贯彻执行。",
        "一、工作目标",
        "二、主要任务",
    ]
    record = docx_lines(tmp_path, "要点.docx", lines)
    assert counted(record) == "plan"


# Round 140: pages5's p115, a township's news item pasted from a district site: its
# breadcrumb (您的位置: 汉滨区人民政府> 要闻动态> 镇办动态> 正文内容) and its posting line naming
# the author (时间：2017-02-17 08:02  作者：… 源自：茨沟镇人民政府)
P115 = [
    "您的位置: 汉滨区人民政府> 要闻动态> 镇办动态> 正文内容",
    "茨沟镇上下齐心打响脱贫攻坚“第一枪”",
    "时间：2017-02-17 08:02  作者：某某源自：茨沟镇人民政府",
    "新春伊始，茨沟镇党委政府以区党代会精神为指引，部署全年脱贫攻坚工作。",
    "“如期打赢脱贫攻坚战”是全镇干部群众的共同心愿，各村之间你追我赶。",
]


def test_p115_a_pasted_pages_breadcrumb_and_authored_posting_line_make_news(
    tmp_path: Path,
) -> None:
    # before: other, 0% (the breadcrumb was read from saved pages only; 作者 on the
    # posting line said nothing)
    record = docx_lines(tmp_path, "p115.docx", P115)
    assert (counted(record), record.classification.reasons) == (
        "news",
        ("正文开头有“时间：2017-02-17 08:02 ” (+3)", "页面自标的分类有“要闻动态” (+4)"),
    )


def test_a_notice_with_an_authored_posting_line_stays_no_news(tmp_path: Path) -> None:
    # guard: a plain 通知 posted the same way is no news item
    lines = [
        "关于做好2017年春耕生产工作的通知",
        "时间：2017-02-17 08:02  作者：县农业局",
        "各乡镇人民政府：",
        "为做好今年春耕生产工作，现将有关事项通知如下。",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert counted(record) == "other"
