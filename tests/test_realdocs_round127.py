"""Rounds of session 25 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import openpyxl
from realdocs_kit import add_table, docx_lines, save_docx, workbook
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import text_file as _txt

from evidence_audit.cli import run
from evidence_audit.files.extract.breadcrumbs import breadcrumb_labels
from evidence_audit.text.dates import find_dates
from evidence_audit.text.docparse import find_addressee, find_doc_number

# Round 127: heldout77's r3710, a student team's 会议记录 (.doc, WPS): its fields are
# numbered (（1）地点：, （2）时间：) and its minute-taker is a 记录人员
R3710 = [
    "会议情况",
    "（1）地点：软件楼一楼会议室",
    "（2）时间：3月5日21时10分开始，22点20分结束",
    "（3）人员与会情况:",
    "与会12人",
    "董鹏熙、席兆阳2人请假",
    "（4）记录人员：陈勇",
    "人员初步分工",
    "（1）代码-选择JSP、HTML为主",
    "人员：宦成颖、郭宇、帅思捷、菅泽峰、董鹏熙",
    "（2）测试-浏览器的兼容，性能，BUG检查",
    "分析",
    "（1）需求分析-全组讨论分析《山东省人力资源市场数据采集系统需求分析说明书》",
    "要求安装GitHub",
    "3月6日前全组人员安装GitHub、注册账号、主服务器的选择",
]


def test_r3710_numbered_fields_and_a_record_keeper_make_minutes(tmp_path: Path) -> None:
    # before: other, 0% (no signal: 记录人员 was not a 记录人)
    record = docx_lines(tmp_path, "会议记录-3月5日.docx", R3710)
    assert _counted(record) == "minutes"


def test_numbered_time_and_a_person_in_charge_of_no_record_are_no_minutes(
    tmp_path: Path,
) -> None:
    # guard: a plan's numbered 时间 with a 负责人员 under it is no meeting's record
    lines = ["活动安排", "（1）时间：3月5日", "（2）负责人员：陈勇", "（3）内容：打扫教室"]
    record = docx_lines(tmp_path, "活动安排.docx", lines)
    assert _counted(record) == "other"


def test_a_numbered_label_is_no_addressee() -> None:
    # before: 主送机关＝（3）人员与会情况
    assert find_addressee("\n".join(R3710)) is None
    assert find_addressee("关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。") == (
        "各乡镇人民政府"
    )


# Round 128: heldout273's r13284–r13287, a course's term attendance register saved as
# 签到表.xls (a column for each week's session, ticks under them): no meeting's sign-in
REGISTER_HEAD = [
    ["上机课签到表(2019-2020学年1学期)"],
    ["序号：COMP130014.01　课程名称：编译　开课院系：计算机科学技术学院　任课教师：颜波"],
    ["序号", "学号", "姓名", "性别", "PJ分组", "1", "2", "3", "4", "5", "6", "7"],
]
REGISTER_ROWS = [
    [1, "15307110189", "王艺豪", "男", "吕CL", "√", "√", "√", "√", "√", "√"],
    [2, "15307110344", "王雪飞", "女", "欧YYT", "√", "√", "√", "√", "√", "√"],
    [3, "15307130213", "吴钟立", "男", "蔡YL", "√", "PJ1", "√", "√"],
    [4, "16300200003", "沈家诚", "男", "沈JC", "√", "√", "√", "√", "√", "√", "√"],
]


def test_r13286_a_terms_attendance_register_is_no_meeting_material(tmp_path: Path) -> None:
    # before: meeting_material at 100% (签到表 in the title and the name)
    record = workbook(tmp_path, "签到表.xlsx", {"点名表": [*REGISTER_HEAD, *REGISTER_ROWS]})
    assert _counted(record) == "other"


def test_r13287_ticks_under_sessions_make_a_register_without_its_header(tmp_path: Path) -> None:
    # the last version: the session numbers' row gone, each name ticked for six weeks
    rows = [*REGISTER_HEAD[:2], ["序号", "学号", "姓名", "性别", "PJ分组"], *REGISTER_ROWS]
    record = workbook(tmp_path, "签到表.xlsx", {"点名表": rows})
    assert _counted(record) == "other"


def test_a_meetings_sign_in_sheet_stays_meeting_material(tmp_path: Path) -> None:
    # guard: one meeting's sign-in, a name and a signature a row
    rows = [
        ["青溪县东西部扶贫协作工作推进会签到表"],
        ["序号", "姓名", "单位", "职务", "签到"],
        [1, "张明", "县扶贫办", "主任", "√"],
        [2, "李华", "县财政局", "副局长", "√"],
        [3, "王芳", "县人社局", "科长", "√"],
    ]
    record = workbook(tmp_path, "推进会签到表.xlsx", {"Sheet1": rows})
    assert _counted(record) == "meeting_material"


def test_explain_shows_why_the_register_made_no_meeting_material(tmp_path: Path) -> None:
    path = tmp_path / "青溪县" / "签到表.xlsx"
    path.parent.mkdir(parents=True)
    book = openpyxl.Workbook()
    for row in [*REGISTER_HEAD, *REGISTER_ROWS]:
        book.active.append(row)
    book.save(str(path))
    out, err = io.StringIO(), io.StringIO()
    assert run(["explain", str(path)], out, err) == 0
    text = out.getvalue()
    assert "识别结果：未识别（other），把握 0%" in text
    assert (
        "有识别特征、但被反向特征抵消的种类（不计分）：\n  会议材料（meeting_material）：合计"
        in text
    )
    assert "    · 标题含“签到” (+4)" in text
    assert "没有任何种类的识别特征" not in text


# Round 128: heldout276's r13370, a student team's meeting record whose fields are Markdown
# headings, the time under its own heading, the attendees under theirs
R13370 = """## 04_12

### 时间

14:00 ~ 15:00

### 参与者

- 尹子鑫
- 徐强
- 郭立达
- 付佳辉

### 会议内容

- 讨论了项目的总体设计
- 讨论了项目实现上的实体、类
- 分配了每个人的工作

### 会议结果

- 分析出了软件运作的流程
- 制定了每个人的任务
"""


def test_r13370_a_meetings_fields_as_headings_make_minutes(tmp_path: Path) -> None:
    # before: other, 0% (参与者 was no attendees' heading; a heading 时间 no meeting's field)
    record = _txt(tmp_path, "04_12.md", R13370)
    assert _counted(record) == "minutes"


def test_a_plans_time_and_owner_headings_make_no_minutes(tmp_path: Path) -> None:
    # guard: a plan's headings 时间 and 负责人 are no meeting's
    text = "## 迭代计划\n\n### 时间\n\n2020-05-01 ~ 2020-05-15\n\n### 负责人\n\n- 徐强\n\n### 内容\n\n- 完成登录模块\n"
    record = _txt(tmp_path, "迭代计划.md", text)
    assert _counted(record) != "minutes"


# Round 128: heldout276's r13386, a student group's minutes whose Markdown headline opens
# with a compact date
R13386 = """# 20190325 小组第一次会议

## 摘要

「故事的底层逻辑」小组下午成立，本次会议的主要目的是破冰，相互熟悉，并谈论了一下主题和接下来的工作。

## 人时地

- 参与者：星宇、明一、哆啦A梦、舟舟（中途有事离场）
- 时间：20:00——21:10 （因工具耽误半小时）
- 地点：zoom、微信群聊

## 行动点

- @星宇、@明一、@哆啦A梦，分别收集有关文献
"""


def test_r13386_a_compact_date_opening_the_headline(tmp_path: Path) -> None:
    # before: undated (20190325 was no date: eight digits are one only after a date's label)
    record = _txt(tmp_path, "第一次会议纪要.md", R13386)
    assert _dated(record) == ("2019-03-25", "title")


def test_eight_digits_opening_an_entry_or_a_row_are_no_date() -> None:
    # guards: an entry's heading of a book of minutes, a roster's student number
    assert find_dates("## 20190304会议纪要") == []
    assert find_dates("20190325 王艺豪") == []
    assert [f.date.isoformat() for f in find_dates("# 20190325 小组第一次会议")] == ["2019-03-25"]


# heldout250's r12383: the headline's compact date (found since round 128) is the day
# after the meeting its record's 日期 field gives
R12383 = """# 20240822-開源茶會活動暨社博活動內容討論會議
## 會議資訊
日期: 2024/08/21
時間: 09:00~12:00
地點: DC線上
出席人員:
- 游凱崴
- 陳彥廷
## 會議內容
- 討論開源茶會活動流程
"""


def test_r12383_the_records_meeting_field_outweighs_the_headlines_date(tmp_path: Path) -> None:
    record = _txt(tmp_path, "20240822.md", R12383)
    assert _dated(record) == ("2024-08-21", "meeting")


# Round 129: heldout274's r13314, an association's 筹备工作报告 on its website, telling
# that the 民政局 approved it by a number quoted in running text
R13314 = [
    "成都市安保技术与服务协会筹备工作报告",
    "杜建国",
    "2018年1月28日",
    "尊敬的各位领导、各位来宾、各位会员代表，大家下午好！",
    "三、完成了成立成都市安保技术与服务协会的报批手续",
    "自2017年十月份开始，协会筹备工作小组前后三次召开关于协会成立的筹备工作会议，对相关筹备工作事项进行了反复磋商、研讨、定位及可行性论证。"
    "并于今年1月17日，成都市民政局“成民社字[2018]002号”对筹备成立成都市安保技术与服务协会做出批复。",
]


def test_r13314_a_number_quoted_in_running_text_is_cited(tmp_path: Path) -> None:
    # before: 成民社字[2018]002号 as the report's own 发文字号
    record = docx_lines(tmp_path, "筹备工作报告.docx", R13314)
    assert record.doc.doc_number is None


def test_a_number_quoted_on_its_own_line_stays_the_papers_own() -> None:
    # guards: a number in quotes alone on its line; a JSON record's field
    number = find_doc_number("“川府发〔2019〕1号”\n关于做好防汛工作的通知")
    assert number is not None and not number.cited
    number = find_doc_number('{"title":"国旗法",\n"reference_number":"主席令第59号"}')
    assert number is not None and not number.cited


# Round 129: heldout274's r13311, a university's news page whose breadcrumb files it under
# 学校新闻 and whose text has no byline
R13311 = """<html><head><title>我校顺利完成2021年全国硕士研究生招生考试工作</title></head><body>
<ul><li>首页</li><li>通知公告</li><li>学校简介</li><li>招生信息</li></ul>
<div class="crumbs">当前位置: 首页 &gt;&gt; 学校新闻 &gt;&gt; 正文</div>
<h1>我校顺利完成2021年全国硕士研究生招生考试工作</h1>
<p>12月26日至28日，2021年全国硕士研究生招生考试在我校考点举行。学校高度重视，多次召开专题会议部署考试组织工作。</p>
<p>考试期间，校领导深入考场巡视检查，看望慰问考务工作人员。</p>
</body></html>
"""


def test_r13311_a_pages_breadcrumb_files_it_as_news(tmp_path: Path) -> None:
    # before: other, 0% (no byline, no 记者, no 通讯员)
    record = _txt(tmp_path, "1591.htm", R13311)
    assert _counted(record) == "news"


def test_breadcrumb_labels_leave_out_the_home_and_the_page() -> None:
    assert breadcrumb_labels(["菜单", "当前位置: 首页 >> 学校新闻 >> 正文"]) == ("学校新闻",)
    assert breadcrumb_labels(["您现在的位置：", "网站首页 > 信息公开 > 政策文件"]) == (
        "信息公开",
        "政策文件",
    )
    assert breadcrumb_labels(["学校新闻", "我校举行运动会"]) == ()


# Round 130: heldout280's r13499, a blank application template for typical cases (.doc)
R13499 = [
    "附件1",
    "制造业数字化转型典型案例申报模板",
    "案例类别：制造业企业/数字化转型服务商",
    "案例名称：案例名称应体现案例特色亮点，示例：XX（企业）：应用XX技术推动XX（场景）实现XX（成效）。",
    "摘要：对案例进行概括描述，字数300字以内。",
    "背景情况",
    "阐述面临的问题挑战和需求，预期实现的目标等。",
    "二、主要做法",
    "分条说明采取的具体举措和做法。",
    "三、成效与亮点",
    "分条提炼取得的具体成效、特色亮点和发挥的作用等。",
    "四、经验启示",
    "总结提炼取得的主要经验，分析案例的应用推广前景和方式，提出相关工作建议等。",
]


def test_r13499_a_headline_calling_itself_a_template_is_not_counted(tmp_path: Path) -> None:
    # before: case at 100% (典型案例 in its headline, a case's outline in its body)
    record = docx_lines(tmp_path, "792f577514be40d287ca64b2b774e9bc.docx", R13499)
    assert _counted(record) == "other"
    assert any("这是模板：标题自称“模板”" in p.message for p in record.problems)


def test_a_report_about_templates_is_no_template(tmp_path: Path) -> None:
    # guard: 模板 inside a headline that ends in another genre
    lines = [
        "关于规范公文模板使用情况的报告",
        "现将有关情况报告如下：",
        "一、基本情况",
        "特此报告。",
    ]
    record = docx_lines(tmp_path, "报告.docx", lines)
    assert not any("这是模板" in p.message for p in record.problems)


# Round 130: heldout280's r13504, a company's press note kept as reStructuredText with the
# front matter a CMS export writes (created:, creator:)
R13504 = """---
created: 2010-05-31 19:17:00
creator: 潘俊勇
description: ''
title: 新客服中心上线!
---
==============================
新客服中心上线!
==============================

随着客户量的增加，我们传统的采用qq群为主的服务方式，服务工作量大而知识得不到沉淀，
已经越来越不适合易度的发展了。
"""


def test_r13504_a_pages_created_field_dates_it(tmp_path: Path) -> None:
    # before: undated (created: was no page date)
    record = _txt(tmp_path, "new-service-center.rst", R13504)
    assert _dated(record) == ("2010-05-31", "published")


# Round 130: heldout280's r13495, a course team's 项目周报 form (.doc): its reporter and
# report date in one row of the form's table
R13495 = [
    "项目周报",
    "上报：    项目   部，  项目管理中心，主管",
    "本周内完成的任务及成果",
    "郭源：会议管理、待办事项管理、日程管理",
]


def test_r13495_a_report_forms_reporter_and_report_date(tmp_path: Path) -> None:
    # before: undated (a 报告日期 was the body's: it may date each row of a log)
    document = docx.Document()
    for line in R13495[:2]:
        document.add_paragraph(line)
    add_table(
        document,
        [
            ["项目名称", "OA办公系统", "项目编号", "XM07"],
            ["启动日期", "2024年11月18日", "计划完成日期", "2024年12月30日"],
            ["报告人", "黄家曦", "报告日期", "2024年12月1日"],
        ],
    )
    for line in R13495[2:]:
        document.add_paragraph(line)
    record = save_docx(document, tmp_path, "第13周-项目周报.docx")
    assert _dated(record) == ("2024-12-01", "signature")


def test_a_logs_report_dates_stay_the_rows(tmp_path: Path) -> None:
    # guard: 报告日期 heading a log's column, no reporter beside it
    document = docx.Document()
    document.add_paragraph("故障处理记录")
    add_table(
        document,
        [
            ["序号", "故障现象", "报告日期", "处理结果"],
            ["1", "打印机卡纸", "2024年3月1日", "已处理"],
            ["2", "网络中断", "2024年3月5日", "已处理"],
        ],
    )
    record = save_docx(document, tmp_path, "故障处理记录.docx")
    assert _dated(record) == (None, None)


# Round 131: heldout279's r13461, a summer school's project 策划书 form whose headline is
# followed by the form's 填表说明
R13461 = [
    "2020年新工科联盟-Xilinx暑期学校团队项目策划书",
    "填表说明",
    "一、申报表要按照要求逐项认真填写，填写内容必须实事求是表述准确严谨。空缺项要填“无”。",
    "二、表格栏高不够可增加。",
    "三、填报者须注意页面的排版。",
    "项目名称",
    "项目目标：设计一款基于FPGA的桌游对战平台，实现棋盘识别与对弈。",
    "实施步骤：第一周完成需求分析，第二周完成硬件设计，第三周完成联调测试。",
]


def test_r13461_the_forms_filling_notes_are_no_tail_of_its_headline(tmp_path: Path) -> None:
    # before: 2020年新工科联盟-Xilinx暑期学校团队项目策划书填表说明 (two lines joined)
    record = docx_lines(tmp_path, "策划书.docx", R13461)
    assert record.doc.title == "2020年新工科联盟-Xilinx暑期学校团队项目策划书"


def test_a_training_registers_sessions_outweigh_its_sign_in_headline(tmp_path: Path) -> None:
    # round 132 (found by hand, a new user's archive): a training class's register headed
    # …签到表（第一期）, a column for each week: the −6 of round 128 left it meeting
    # material at 85% under the headline's +8 for 签到表
    rows = [
        ["青溪县2019年致富带头人培训班签到表（第一期）"],
        ["序号", "姓名", "单位", "第1周", "第2周", "第3周", "第4周"],
        [1, "张明", "城关镇", "√", "√", "√", "√"],
        [2, "李华", "河口乡", "√", "√", "", "√"],
        [3, "王芳", "青石镇", "√", "√", "√", "√"],
    ]
    record = workbook(tmp_path, "培训签到表.xlsx", {"Sheet1": rows})
    assert _counted(record) == "other"


# Round 133: heldout281's r13535, a student project's news list page, as the web page
# reader gives its text: each entry a day alone on its line, a headline, a summary and
# 阅读更多 (the entries out of order)
R13535 = [
    "航职新翼",
    "规划指导",
    "行业动态",
    "招聘信息",
    "学习资源",
    "互动专区",
    "登录 注册",
    "行业动态",
    "最新民航行业资讯与动态",
    "掌握行业脉搏，引领职业发展",
    "实时了解民航行业最新动态，把握职业发展机会，助力您的航空职业规划。",
    "订阅行业资讯",
    "2025年5月26日",
    "第三届民航科教创新成果展在京开幕",
    "5月26日，以“创新领航 智连世界”为主题的第三届民航科教创新成果展（以下简称“科创展”）在北京国家会议中心开幕。民航局副局长韩钧出席开幕式并参观展览。",
    "阅读更多",
    "2025年3月14日",
    "民航局召开3月航空安全委员会全体（扩大）会议",
    "会议强调要增强风险意识，强化问题导向，针对突出风险采取有力措施加以防范，确保安全风险可控、隐患动态清零。",
    "阅读更多",
    "2025年3月13日",
    "民航局传达贯彻全国两会精神 部署开展深入贯彻中央八项规定精神学习教育",
    "会议强调要强化担当作为，扎实做好民航全年各项工作，确保民航“十四五”规划圆满收官。",
    "阅读更多",
    "2025年3月6日",
    "民航法治建设领导小组第五次会议召开",
    "会议强调要全面贯彻落实党的二十届三中全会精神，始终坚持在法治下推进改革，在改革中完善法治。",
    "阅读更多",
    "2025年2月24日",
    "2025年民航春运累计运输旅客9020万人次",
    "2025年春运期间，全国民航累计运输旅客9020万人次，日均225.5万人次，较2024年春运同期增长7.4%。",
    "阅读更多",
    "2025年3月10日",
    "国际航线网络布局优化，推动民航高质量发展",
    "民航局发布新政策，优化国际航线网络布局，进一步提升国际航空枢纽建设水平。",
    "阅读更多",
    "1 2 3 4 5",
    "中国民航大学创新创业训练项目 《航空职业——基于民航产业链的岗位职业规划平台构建》",
]


def test_r13535_a_list_pages_entries_give_it_no_date(tmp_path: Path) -> None:
    # before: 2025-03-10 as its 落款 (the last entry's day, alone on its line)
    record = _txt(tmp_path, "行业动态.txt", "\n".join(R13535) + "\n")
    assert _dated(record) == (None, None)


def test_two_read_more_links_make_no_list_page(tmp_path: Path) -> None:
    # guard: a notice signed and dated, two related items under it
    lines = [
        "关于做好防汛工作的通知",
        "各乡镇人民政府：",
        "现将有关事项通知如下。",
        "青溪县人民政府办公室",
        "2019年6月3日",
        "阅读更多",
        "全县开展防汛演练",
        "阅读更多",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert _dated(record) == ("2019-06-03", "signature")
