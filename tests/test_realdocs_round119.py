"""Rounds of session 24 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines
from realdocs_kit import text_file as _txt

# Round 119: heldout193's r9511, a company's red-head 紧急通知 (pdf): the 落款 date lost its
# month (2024年月16日), and the 版记's last line names the 印发机关 and the date without
# the word 印发
R9511 = [
    "泰安市文化旅游发展集团商业运营管",
    "理有限公司爱琴海公司文件",
    "泰旅爱物字〔2024〕9号",
    "关于扎实做好低温雨雪冰冻天气",
    "防范应对工作的紧急通知",
    "各部门、各店铺、各主力店：",
    "受冷空气和西南暖湿气流共同影响，15日夜间至17日，我市自西向东将出现较明显雨雪天气。"
    "为切实做好爱琴海公司雨雪冰冻天气防范应对工作，现就有关事项通知如下:",
    "一、提高思想认识，强化责任落实。",
    "三、强化值班值守，做好应急准备。",
    "要严格执行重点部位24小时值班制度，加强人员值守和备勤，做好防范应对工作。",
    "爱琴海公司安全生产管理委员会办公室",
    "2024年月16日",
    "抄   送：总经办、各部门",
    "泰安市文化旅游发展集团商业运营管理有限公司爱琴海公司工程物业部2024年1月16日",
]


def test_r9511_the_banji_line_of_an_office_and_a_date_is_the_issue_date(
    tmp_path: Path,
) -> None:
    # before: no date (the 版记's dates were all the body's unless followed by 印发)
    record = docx_lines(tmp_path, "红头文件-02-紧急通知.docx", R9511)
    assert _dated(record) == ("2024-01-16", "issue")


def test_a_banji_line_telling_something_is_no_issue_date(tmp_path: Path) -> None:
    # guard: a 版记 line that is a sentence (a remark, not an office and a date)
    lines = [*R9511[:-1], "请各部门于2024年1月20日前报送落实情况。"]
    record = docx_lines(tmp_path, "红头文件-02-紧急通知.docx", lines)
    assert _dated(record) == (None, None)


# Round 121: heldout245's r12123, an owners' corporation's minutes of a special general
# meeting (a 12-page scan), whose last page, now read, is a timeline of the repair works
R12123 = [
    "宏福苑業主立案法團",
    "特別業主大會會議記錄",
    "日期：二零二四年一月二十八日(星期日)",
    "大會在下午2時已錄得超過10%法定開會人數，故此大會主持鄧國權主席宣佈2024年1月28日特別業主大會正式開始。",
    "鄧主席歡迎各業主出席大會，見證屋苑強制驗樓法令大維修的議決過程。",
    "第3頁，共7頁",
    "2023年9月5日「鴻毅」向管委會報告57間投標承建商資料分析",
    "2023年9月18日「鴻毅」向市建局遞交57間承建商分析報告",
    "2023年10月14日及 承建商面試(14間）",
    "2023年10月16日",
]


def test_r12123_a_timelines_last_entry_is_no_signature(tmp_path: Path) -> None:
    # before: 2023-10-16 as the 落款 (a date alone closing the text)
    record = docx_lines(tmp_path, "2024-01-28.docx", R12123)
    assert _dated(record) == ("2024-01-28", "signature")  # its 日期： line


def test_a_signature_under_a_dated_sentence_stays_one(tmp_path: Path) -> None:
    # guard: one line opening with a date above the 落款 is no timeline
    lines = [
        *R12123[:6],
        "2023年9月5日起，管委會按市建局要求辦理。",
        "宏福苑業主立案法團",
        "2024年1月29日",
    ]
    record = docx_lines(tmp_path, "會議記錄.docx", lines)
    assert _dated(record) == ("2024-01-29", "signature")


# Round 122: heldout58's r2792, a phone photo of a college's 聘书 (here as the text OCR
# read from it)
R2792 = [
    "聘书",
    "LETTER OF APPOINTMENT",
    "朱钦迟__同学：",
    "兹聘请你为盐城工学院数理学院2023级助理班主任，聘期一年，时间为二〇二三年九月至二〇二四年九月。",
    "此聘！",
    "盐城工学院数理学院",
    "二〇二三年九月一日",
]


def test_r2792_a_letter_of_appointment_is_an_appointment(tmp_path: Path) -> None:
    # before: other at 0% (the ruleset knew 任职 and 挂职, not 聘书 and 兹聘请)
    record = docx_lines(tmp_path, "proof-cadre-assistant-01.docx", R2792)
    assert _counted(record) == "appointment"


def test_a_recruitment_notice_is_no_appointment(tmp_path: Path) -> None:
    # guard: 招聘 is no 聘书, and a notice hiring cleaners appoints no one
    lines = ["关于招聘保洁员的通知", "各单位：", "因工作需要，现面向社会招聘保洁员2名，聘期一年，聘用后签订劳动合同。",
             "人力资源服务中心", "2021年9月8日"]  # fmt: skip
    record = docx_lines(tmp_path, "1623.docx", lines)
    assert _counted(record) != "appointment"


# Round 123: heldout271's r13221, a student team's meeting record in Markdown, its labels
# set as headings ("##### 会议时间：", "##### 参会成员：")
R13221 = (
    "### 可能不太队第三次会议\n\n##### 会议时间：2022 年 5 月 18 日 21:45 - 23:16\n\n"
    "##### 参会成员：龚江炜、刘聪、刘伟欢、吴润泽、张展琪\n\n###### 一、公告\n\n1. 王克同学退出青训营。\n\n"
    "###### 二、接口情况汇报\n\n1. 视频流接口（龚江炜）：\n\n   **待做：**1.根据时间来获取视频列表\n"
)

# Round 123: heldout271's r13236, a team's running book of meetings
R13236 = (
    "## 第一次会议（Inception）\n- 时间：2018-03-25\n- 地点：宿舍\n"
    "- 会议目标：定义产品范围、愿景和核心业务，确定团队分工\n- 任务1:\n  - 研究项目可行性\n"
    "  - 成品：项目前期调研\n\n## 第二次会议\n- 时间：2018-04-01\n- 地点：宿舍\n"
    "- 会议目标：确定项目技术栈，交流近期学习成果\n- 任务1：\n  - 确定项目技术栈\n"
)


def test_r13221_meeting_labels_set_as_headings_make_minutes(tmp_path: Path) -> None:
    # before: other at 0% (a label under ##### and 参会成员 were not read as minutes')
    record = _txt(tmp_path, "第 3 次会议（2022-5-18 21_45）.md", R13221)
    assert _counted(record) == "minutes"


def test_r13236_a_meetings_time_place_and_aim_make_minutes(tmp_path: Path) -> None:
    # before: other at 0% (会议目标 was no label of a meeting's)
    record = _txt(tmp_path, "会议记录.md", R13236)
    assert _counted(record) == "minutes"


def test_a_plans_time_and_aim_make_no_minutes(tmp_path: Path) -> None:
    # guard: a plan's 时间 and 目标 are no meeting's
    text = "## 项目计划\n- 时间：2018-03-25 至 2018-06-30\n- 地点：实验室\n- 目标：完成点餐小程序\n- 任务1：需求调研\n"
    record = _txt(tmp_path, "计划.md", text)
    assert _counted(record) != "minutes"


# Round 124: heldout271's r13231, a team's meeting record whose fields are a Markdown table
R13231 = (
    "![](封面.png)\n\n# G03-知否-云端知识库\n\n## 第5次会议记录-第一次助教会议\n\n"
    "| 会议主题   | 有关项目愿景和范围以及用户群分类的讨论 |\n| :-------  | ---------------------------- |\n"
    "| 时间      | 2021-04-04 21:49~22:54 |\n| 地点      | 线上会议               |\n"
    "| 主持人    | 吕博图                 |\n| 记录人    | 潘姝焱                    |\n"
    "| 会议内容  | 如下                         |\n\n# 会议内容\n\n1. 小组项目现阶段愿景与范围文档完成情况的报告\n"
)

# Round 124: heldout270's r13201, a weekly report form kept as a Markdown table
R13201 = (
    "| **周报**           |              |          |            |\n"
    "| ------------------ | ------------ | -------- | ---------- |\n"
    "| 姓名               | 叶鹏         | 日报日期 | 2020-07-24 |\n"
    "| 所在项目名称       |              | PM       |            |\n"
    "| 今日工作内容       | 本周工作内容1）消息中间件框架学习，80%，OnPlan |  |  |\n"
)


def test_r13231_a_meeting_time_in_a_markdown_table_dates_the_record(tmp_path: Path) -> None:
    # before: undated (the 地点 cell, after a bar, was no place's label)
    record = _txt(tmp_path, "第5次会议记录-第一次助教会议.md", R13231)
    assert _dated(record) == ("2021-04-04", "meeting")


def test_r13201_a_report_forms_own_date(tmp_path: Path) -> None:
    # before: undated (日报日期 was no label of the form's own date)
    record = _txt(tmp_path, "周报.md", R13201)
    assert _dated(record) == ("2020-07-24", "signature")


def test_a_report_forms_period_is_no_date_of_its_own(tmp_path: Path) -> None:
    # guard (r1072): 周报日期 2018-04-09至2018-04-13 is the week reported on
    record = _txt(tmp_path, "周报.md", R13201.replace("2020-07-24", "2018-04-09至2018-04-13"))
    assert _dated(record) == (None, None)


# Round 125: heldout58's r2786, a phone photo of a 聘书 whose big 聘书 line OCR does not
# return (the text as read)
R2786 = [
    "兹聘请张智勇为武汉理工大学船海与能源动力工程学院研究生创新实践中心素拓组副组长，"
    "聘期由2024年9月至2025年8月。",
    "船海与能源动力工程学院学生工作办公室",
    "2024年10月14日",
]


def test_r2786_an_appointment_for_a_term_counts(tmp_path: Path) -> None:
    # before: appointment at 41%, not counted (兹聘请 alone)
    record = docx_lines(tmp_path, "聘书.docx", R2786)
    assert _counted(record) == "appointment"


# Round 126: heldout259's r12808, a college department's task table in a server page, each
# cell's text in a <p> of its own
R12808 = """<table class="table">
<tr><th>档次</th><th>级别</th><th>工作任务</th><th>任务分解/时序进度</th><th>考核要点</th></tr>
<tr data-task="11">
  <td rowspan="2"><div class="radio"><label><input type="radio" name="grade_11" value="1">A档</label></div></td>
  <td rowspan="2"><div class="radio"><label><input type="radio" name="level_11" value="1">I级</label></div></td>
  <td rowspan="2" class="rowspan">做好党风廉政建设责任制考核</td>
  <td>
    <p>3月 组织各党总支学习领会《省落实党风廉政建设责任制领导小组办公室2016年度党风廉政建设责任制检查考核情况通报》并对照自身情况整改</p>
  </td>
  <td>
    <p>各党总支学习及整改情况报告</p>
  </td>
</tr>
<tr>
  <td><p>1月至4月 修改教学单位、职能部门党风廉政建设责任制考核办法</p></td>
  <td><p>完成修改稿</p></td>
</tr>
</table>
"""

# a county site's article page laid out in a table: the whole article in one cell
LAYOUT_PAGE = """<html><body><table><tr>
<td><p>首页</p><p>政务公开</p></td>
<td><p>青溪县人民政府办公室关于召开东西部扶贫协作工作推进会的通知</p>
<p>各乡（镇）人民政府，县直各单位：</p>
<p>经县人民政府同意，定于2019年6月10日上午9时在县政府三楼会议室召开全县东西部扶贫协作工作推进会，请各单位主要负责同志准时参加。</p>
<p>青溪县人民政府办公室</p><p>2019年6月3日</p></td>
</tr></table></body></html>
"""


def test_r12808_a_task_tables_cells_make_no_headline(tmp_path: Path) -> None:
    # before: "3月 组织…并对照自身情况整改" + "各党总支学习及整改情况报告" read as a headline
    # ending in 情况报告: rectification at 63%, a false assurance
    record = _txt(tmp_path, "202.ftl.html", R12808)
    assert (record.doc.title, _counted(record)) == (None, "other")


def test_an_article_laid_out_in_a_table_keeps_its_headline(tmp_path: Path) -> None:
    # guard: a layout table's cell holding a whole article is no row of data
    record = _txt(tmp_path, "content_123.html", LAYOUT_PAGE)
    assert record.doc.title == "青溪县人民政府办公室关于召开东西部扶贫协作工作推进会的通知"
    assert _dated(record) == ("2019-06-03", "signature")
