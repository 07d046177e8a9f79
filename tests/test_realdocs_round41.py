"""The patterns worked on in round 41 (bench/corpus/rounds.md: misses of heldout69–75,
seen after round 40, and two older files), reproduced faithfully from the documents' real
lines. The corpus id is given with each test.
"""

from __future__ import annotations

import json
from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.text.dates import date_roles

# r3518 (a daily 新闻联播 list kept as Markdown): its first-level heading ends with the day
_R3518 = (
    "# 新闻联播 2026-06-11\n\n"
    "来源：[央视网](https://tv.cctv.com/2026/06/11/VIDEDlpFYTZZXYNE0dVenXM8260611.shtml)\n\n"
    "## 主要内容\n\n"
    "1. 《习近平外交文选》第一卷、第二卷出版发行；\n"
    "2. 电视专题片《续写中朝传统友谊崭新篇章——习近平总书记访问朝鲜纪实》今晚播出；\n"
    "3. 李强主持召开国务院常务会议；\n"
)


def test_r3518_a_markdown_heading_ending_with_its_day_is_the_headline(tmp_path: Path) -> None:
    # titled by its section "主要内容" before
    record = _txt(tmp_path, "2026-06-11 新闻联播.md", _R3518)
    assert record.doc.title == "新闻联播2026-06-11"
    assert _date(record) == ("2026-06-11", "title")


def test_r2131_an_events_dated_heading_with_a_dash(tmp_path: Path) -> None:
    # r2131 (an open day's page): untitled, dated as a masthead's, before
    text = "# KusionStack Open Day - 2022.05.28\n\n## 活动介绍\n\nKusionStack 是开源的可编程云原生协议栈。\n"
    record = _txt(tmp_path, "open-day.md", text)
    assert record.doc.title == "KusionStackOpenDay-2022.05.28"
    assert _date(record) == ("2022-05-28", "title")


def test_a_markdown_heading_that_is_a_day_alone_is_no_headline(tmp_path: Path) -> None:
    record = _txt(tmp_path, "a.md", "# 2022.05.28\n\n今天讨论了发布计划。\n")
    assert record.doc.title is None


# r3513 (an NDRC column's item saved as JSON by a crawler)
_R3513 = {
    "id": "2025-11-24-001",
    "date": "2025-11-24",
    "title": "天津市协作支援“十五五”各专项规划编制工作进展顺利",
    "content": "总结“十四五”完成情况，谋划编制“十五五”规划是今年天津市东西部协作和支援合作工作的"
    "一项重点任务。年初以来，天津市发展改革委根据国家对口主管部委部署和全市统一要求，全面启动"
    "各项规划编制工作。",
}


def test_r3513_a_json_records_title_and_date_fields_name_its_headline_and_day(
    tmp_path: Path,
) -> None:
    # titled by its id "2025-11-24-001" before
    record = _txt(tmp_path, "2025-11-24-001.json", json.dumps(_R3513, ensure_ascii=False))
    assert record.doc.title == _R3513["title"]
    assert _date(record) == ("2025-11-24", "published")


def test_r2872_a_columns_tag_is_no_part_of_the_headline(tmp_path: Path) -> None:
    # r2872 (a county-level zone's 政务公开 page as text): 【column】 before the headline
    text = (
        "【专项资金管理办法】福建省革命老区扶贫建设资金管理办法\n"
        "第一条 为加强和规范革命老区扶贫建设资金管理，提高资金使用效益，制定本办法。\n"
        "第二条 本办法所称革命老区扶贫建设资金，是指省级财政预算安排的专项资金。\n"
    )
    record = _txt(tmp_path, "page.txt", text)
    assert record.doc.title == "福建省革命老区扶贫建设资金管理办法"
    assert _counted(record) == "measures"


def test_a_short_headline_keeps_its_bracketed_words(tmp_path: Path) -> None:
    # r1674's convention: "【总结】文言编程工作坊" is the headline as printed
    text = "【总结】文言编程工作坊\n本次工作坊共有二十余名同学参加，大家一起学习了文言编程。\n"
    assert _txt(tmp_path, "a.txt", text).doc.title == "【总结】文言编程工作坊"


# r3315 (an edge-computing community's working-group minutes, Markdown)
_R3315 = (
    "# 29-10-2020 会议信息  \n\n"
    "-  **会议时间**: 2020-10-29  17:00-18:00\n"
    "-  **会议链接**: https://welink-meeting.zoom.us/j/153753959#success\n\n"
    "-  **纪要人:王彬**   \n\n"
    "## 参会人员\n"
    "-  **王彬（华为）** \n"
    "-  **李剑锋 （安恒信息）** \n"
    "-  **陈燕军 （中移动）** \n"
    "-  **马奕然 （大陆智源）** \n"
    "-  **傅文军（中移动）**\n"
    "-  **杨铭弘（迅琥科技）**  \n"
    "-  **张立岗（云讯智能）**\n"
    "-  **丁智慧 （云讯智能）**  \n"
    "-  **黄文浩（紫金山）**  \n"
    "-  **夏崚 （上海众睿）**  \n"
    "-  **彭育（华为）**  \n\n\n\n"
    "## 议题\n\n"
    "议题名称 | 议题负责人\n"
    "---- | ----\n"
    "EdgeGallery社区当前最新进展介绍 | 王彬\n\n"
    "## 会议纪要\n\n"
    "-  基于矿山场景的安全方案，安恒后续持续跟踪\n"
)


def test_r3315_markdown_minutes_by_their_headings_and_listed_fields(tmp_path: Path) -> None:
    # other before: a field after a list's mark, headings without colons, 纪要人 unknown
    record = _txt(tmp_path, "第七次会议安排.md", _R3315)
    assert _counted(record) == "minutes"


def test_r3313_english_headed_minutes(tmp_path: Path) -> None:
    text = (
        "## Meeting Attendees\n- 刘辉（紫金山)\n- 陈共龙（腾讯）\n\n"
        "## Meeting Agenda & Minutes\n"
        "|  Agenda Items  |  Notes & Materials   |  Proposer |\n|---|---|---|\n"
        "|  1.1 架构图完善 |  | 针对1.1 版本的实现，架构图进行了完善。 |\n"
    )
    record = _txt(tmp_path, "Architecture 09-03-2020 Meeting.md", text)
    assert record.classification.kind == "minutes"


# r3466 (a conference talk's slides as PDF text): a template's placeholder, the talk's
# name, its 目录 of sections numbered "二 " with a space
_R3466 = [
    "<Insert Picture Here>",
    "MPP数据库技术及其在电信、金融行业的大数据应用",
    "南大通用数据技术股份有限公司",
    "2014年9月13日",
    "目录",
    "2",
    "二 MPP产品在电信行业应用案例",
    "一 MPP数据库核心技术",
    "三 MPP产品在金融行业应用案例",
    "MPP并行数据库的理论基础",
    "在数据库和事务处理领域，MPP架构模式已经成为主流。",
]


def test_r3466_slides_sections_are_no_headline_and_no_case(tmp_path: Path) -> None:
    # counted as a 典型案例 before: its sections joined into a headline ending 案例
    record = _txt(tmp_path, "slides.txt", "\n".join(_R3466) + "\n")
    assert record.doc.title == "MPP数据库技术及其在电信、金融行业的大数据应用"
    assert _counted(record) == "other"


def test_a_letter_spaced_year_is_no_numbered_section(tmp_path: Path) -> None:
    text = "二 〇 一 九 年 工 作 总 结\n一年来，在局党组的领导下，我们完成了各项工作任务。\n"
    assert _txt(tmp_path, "a.txt", text).doc.title == "二〇一九年工作总结"


# r3460 (a forum's invitation page): its <title> 欢迎辞, its heading the salutation
_R3460 = (
    '<!DOCTYPE html>\n<html><head><meta charset="UTF-8"><title>欢迎辞</title></head><body>\n'
    "<h2>尊敬的领导、同仁：</h2>\n"
    "<p>广东省医学装备学会医疗器械采购管理专业委员会定于2019 年11 月29 日-11 月30 日在深圳召开"
    "“粤港澳大湾区2019 医学装备采购管理高峰论坛”。</p>\n"
    "<p>广东省医学装备部</p><p>医疗器械采购管理专业委员会</p><p>二〇一九年九月二十九日</p>\n"
    "</body></html>\n"
)


def test_r3460_a_salutation_is_no_headline(tmp_path: Path) -> None:
    # titled "尊敬的领导、同仁：" before
    record = _txt(tmp_path, "welcome.html", _R3460)
    assert record.doc.title is None
    assert _date(record) == ("2019-09-29", "signature")


# r3637 (a city education bureau's page): the site's menu over the document, the <title>
# holding the headline, the site's column and its name, set apart by dashes
_MENU = [
    "政府信息公开",
    "政府信息公开指南",
    "政府信息公开目录",
    "依申请公开",
    "政府信息公开制度",
    "政府信息公开年度报告",
    "政府信息公开意见箱",
    "最新政府信息公开",
    "机构职能",
    "市教育局领导及分工",
    "机构概况",
    "内设机构职责",
    "统计信息",
    "学年度各级各类学校基本情况",
    "其他统计信息",
    "规范性文件和其他重要文件",
    "教育类规范性文件",
    "年度工作要点和工作总结",
    "教育人事任免",
    "政策解读",
    "市政府政策文件解读",
    "部门政策文件解读",
    "其他政策文件解读",
    "教育规划",
    "教育十二五规划",
    "专项规划",
    "教育中长期规划",
    "财政预算、决算",
    "教育收费",
    "厦门市中小学、幼儿园收费项目、依据、标准",
    "行政执法专栏",
    "教师资格认定",
    "民办非学历高等教育机构审批",
    "行政职权目录",
    "行政处罚自由裁量权",
    "教育重大建设项目",
    "应急管理",
    "厦门市教育系统突发公共事件应急预案",
    "厦门市教育局防洪防台预案",
    "高等教育",
    "基础教育",
    "学前教育",
    "义务教育",
    "高中阶段教育",
    "特殊教育",
    "科技环保教育",
    "进城务工人员子女教育",
    "教材图书装备",
    "竞赛与表彰",
    "扫盲教育",
    "职业教育与成人教育",
    "德育",
    "学校体育",
    "学校卫生",
    "艺术教育",
    "国防教育",
    "学校红十字工作",
    "语言文字工作",
    "未成年人保护与校园安全",
    "招生考试",
    "财务管理",
    "人事管理与职称改革",
    "机构设置",
    "教师招聘",
    "教师继续教育",
    "教师奖惩",
    "职称改革",
    "对外教育合作与交流",
    "教育督导",
    "对港澳台教育合作与交流",
    "教育监察工作",
    "综合工作",
    "索引号：XM00104-02-01-2016-001",
    "主题分类：教育类规范性文件",
    "发布机构：厦门市教育局办公室",
    "发文日期：2016年01月11日",
    "文号：厦教基〔2016〕1号",
]
_R3637_HEADLINE = "厦门市教育局关于印发厦门市进城务工人员随迁子女小学积分入学办法指导意见的通知"
_R3637 = (
    '<html><head><meta charset="UTF-8">'
    f"<title>{_R3637_HEADLINE}-教育类规范性文件-厦门教育局</title></head><body>\n"
    "<div>当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 规范性文件和其他重要文件</div>\n"
    + "".join(f"<li>{m}</li>\n" for m in _MENU)
    + "<p>索引号：XM00104-02-01-2016-001</p><p>主题分类：教育类规范性文件</p>\n"
    "<p>发布机构：厦门市教育局办公室</p><p>发文日期：2016年01月11日</p>\n"
    "<p>文号：厦教基〔2016〕1号</p>\n"
    f"<h1>{_R3637_HEADLINE}</h1>\n"
    "<p>时间：2016-01-20 字体：【大】 【中】 【小】</p>\n"
    "<p>各区教育局，市直属各学校：</p>\n"
    "<p>为进一步做好进城务工人员随迁子女接受义务教育工作，现将《厦门市进城务工人员随迁子女小学"
    "积分入学办法指导意见》印发给你们，请认真贯彻执行。</p>\n"
    "<p>厦门市教育局</p><p>2016年1月11日</p>\n</body></html>\n"
)


def test_r3637_the_headline_the_pages_title_names_before_its_sites_parts(
    tmp_path: Path,
) -> None:
    # titled by the menu's lines joined ("…政府信息公开制度") and counted as measures before
    record = _txt(tmp_path, "page.htm", _R3637)
    assert record.doc.title == _R3637_HEADLINE
    assert _counted(record) != "measures"


def test_r3617_a_headline_wrapped_after_a_schools_name(tmp_path: Path) -> None:
    # a saved page's headline, the number, then the headline wrapped after 学校: titled by
    # its second line alone before
    lines = [
        "南京市高淳区2016年义务教育阶段学校入学工作实施方案",
        "高 教〔2016〕55号",
        "南京市高淳区2016年义务教育阶段学校",
        "入学工作实施方案",
        "为全面贯彻落实国家、省、市、区中长期教育改革发展规划纲要，更好地推进我区义务教育优质"
        "均衡发展，结合本区实际，特制定本方案。",
        "一、组织领导",
    ]
    record = _docx(tmp_path, "入学工作实施方案.docx", lines)
    assert record.doc.title == "南京市高淳区2016年义务教育阶段学校入学工作实施方案"


def test_r3622_a_cited_documents_printing_date_is_no_issue_date(tmp_path: Path) -> None:
    # dated 2012-02-14 (issue) before: the last article's citation read as the 版记's
    # 印发 line, the 落款 above it then a cover's date
    nbsp = "\xa0"
    lines = [
        "关于印发《武汉市公共租赁住房租金和补贴管理暂行规定》的通知",
        f"武房发〔2013〕62号{nbsp}",
        f"各区（开发区）房管局、财政局、物价局、民政局，市住房保障管理中心，各相关单位：{nbsp}",
        f"{nbsp * 4}为规范全市公共租赁住房管理工作，根据住房和城乡建设部《公共租赁住房管理办法》"
        "（住房和城乡建设部第11号令）等有关文件规定，我们对原《武汉市公共租赁住房租金和补贴管理"
        f"暂行规定》（武房发〔2012〕34号）进行了修订，现印发给你们，请遵照执行。{nbsp}",
        f"附件：武汉市公共租赁住房租金和补贴管理暂行规定{nbsp}",
        f"武汉市住房保障和房屋管理局{nbsp * 10}武汉市财政局{nbsp}",
        f"武汉市物价局{nbsp * 20}武汉市民政局{nbsp}",
        f"二〇一三年五月二日{nbsp}",
        f"武汉市公共租赁住房租金和补贴{nbsp}",
        f"管理暂行规定{nbsp}",
        "第一条  为规范公共租赁住房租金和补贴管理，制定本规定。",
        "第二十三条  本规定自公布之日起开始实施，有效期3年。2012年2月14日印发的《武汉市公共租赁"
        "住房租金和补贴管理暂行规定》（武房发〔2012〕34号）同时废止。",
    ]
    record = _docx(tmp_path, "通知.docx", lines)
    assert record.date is not None and record.date.isoformat() == "2013-05-02"
    cited = [r for r in date_roles("\n".join(lines)) if r.date.isoformat() == "2012-02-14"]
    assert [r.role for r in cited] == ["body"]


def test_r3732_a_photo_contests_call_is_no_news(tmp_path: Path) -> None:
    # counted as news (57%) before: 摄影 in its headline read as a photo credit
    lines = [
        "“真情服务，梦圆北京”2014首都服务业摄影大赛",
        "征稿启事",
        "为全面展现首都服务业蒸蒸日上的发展势头；提升首都服务业知名企业 、诚信企业和老字号企业的"
        "社会形象与市场地位；带动和促进社会广大人民群众关注首都服务行业的发展与变革。",
        "活动组织机构",
        "（一）主办单位：北京市商务委员会",
        "（二）协办单位：各市级生活服务行业协会",
        "（三）承办单位：北京市摄影行业协会",
    ]
    record = _docx(tmp_path, "摄影大赛.docx", lines)
    assert _counted(record) == "other"


def test_a_photo_credit_still_marks_news(tmp_path: Path) -> None:
    text = (
        "我校举行2019级新生开学典礼\n"
        "（摄影：宗琪琪）8月25日上午，我校在体育馆隆重举行2019级新生开学典礼，校领导出席。\n"
        "典礼上，新生代表和教师代表分别发言。\n"
    )
    assert _counted(_txt(tmp_path, "news.txt", text)) == "news"


def test_r3670_a_quoted_summary_line_is_no_headline(tmp_path: Path) -> None:
    # r3670 (an iOS weekly, Markdown): counted as a plan before, titled by the quoted
    # summary's "学习资料：一个大学生的学习计划"
    text = (
        "# iOS 摸鱼周报 #53 | 远程办公正在成为趋势\n\n"
        "![](https://cdn.zhangferry.com/Images/moyu_weekly_cover.jpeg)\n\n"
        "### 本期概要\n\n"
        "> * 话题：远程工作正在成为趋势\n"
        "> * 面试模块：CRC 实践应用：理论推导\n"
        "> * 优秀博客：App Extension\n"
        "> * 学习资料：一个大学生的学习计划\n\n"
        "## 本期话题\n\n"
        "随着疫情的影响，远程工作的趋势正在以更快的速度发展和普及。\n"
    )
    record = _txt(tmp_path, "iOSWeeklyLearning_53.md", text)
    assert record.doc.title == "iOS摸鱼周报#53|远程办公正在成为趋势"
    assert _counted(record) == "other"


def test_r3872_a_controlled_documents_code_is_no_part_of_its_headline(tmp_path: Path) -> None:
    lines = [
        "ZR-XNQY-NNJG-NNZR-KF-C-002(V2.0)",
        "客户服务部安检管理制度",
        "主责部门：客户服务部",
        "2025-12-05 发布 2025-12-05 实施",
        "第一条 为规范客户服务部安检工作，保障用户用气安全，制定本制度。",
        "第二条 本制度适用于客户服务部的入户安检工作。",
    ]
    record = _docx(tmp_path, "安检管理制度.docx", lines)
    assert record.doc.title == "客户服务部安检管理制度"
    assert _counted(record) == "measures"


def test_r3860_a_masked_name_before_a_headline(tmp_path: Path) -> None:
    lines = [
        "********有限空间作业",
        "管理办法",
        "第一章  总则",
        "第一条 为加强有限空间作业的安全管理与监督，预防和减少生产安全事故，制定本办法。",
    ]
    assert _docx(tmp_path, "管理办法.docx", lines).doc.title == "有限空间作业管理办法"
