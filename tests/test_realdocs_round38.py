"""Patterns of the parts worked on in round 38 (bench/corpus/rounds.md: heldout58/59's
misses, seen after round 37), each reproduced faithfully from the document's real lines
or the picture's measured facts. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.files.extract.base import ImageInfo, PictureFacts
from evidence_audit.judge.classify import classify_picture

# r2792 (a student's portfolio: a photographed 聘书, 1441×1011 JPEG, no EXIF): its
# measures as the visual pass took them, and the words OCR read
_R2792_FACTS = PictureFacts(
    colourfulness=0.205,
    white=0.001,
    flat=0.463,
    edges=0.069,
    smooth=0.03,
    transparent=0.0,
    vivid=0.0,
    colours=373,
    field=0.108,
    text_coverage=0.1997,
    text_lines=8,
    tallest_text=0.1307,
    large_text=0.0,
    read="all",
)
_R2792_TEXT = (
    "聘书\nLETTER OF APPOINTMENT\n朱钦迟__同学：\n兹聘请你为盐城工学院数理学院2023级助理班主话.聘期"
    "一年，时间为二0二三年九月至二0二四年九月。\n此聘！\n盐城工学院数理学院\n二0二三年\n"
)


def test_r2792_a_photographed_letter_of_appointment_is_a_document() -> None:
    # photo 6.5 against document 5 on the pixels alone: counted an event photo (63%)
    verdict = classify_picture(
        ImageInfo(1441, 1011, facts=_R2792_FACTS), "jpeg", _R2792_TEXT, RULES
    )
    assert verdict is not None and verdict.picture.id == "document"


def test_r2832_a_teams_numbered_meeting_with_its_fields_is_minutes(tmp_path: Path) -> None:
    # r2832 (a student team's 第三次会议 .docx): other (2.5) before
    lines = [
        "爸爸说的队",
        "第三次会议",
        "会议时间：2016年11月2日20:00-20：30",
        "会议主题：调整项目方向",
        "会议内容：",
        "了解项目难度较大，调整项目方向，首先用python实现贪吃蛇大作战，实现与AI对战。"
        "再在此基础上增加趣味学习游戏模式",
    ]
    assert _counted(_docx(tmp_path, "第三次会议 .docx", lines)) == "minutes"


def test_r2821_a_kick_off_meeting_with_bold_fields_is_minutes(tmp_path: Path) -> None:
    # r2821 (a course team's Inception-meeting.md): **会议时间**： over **会议人员**：, other
    text = (
        "# 项目启动会议\n---\n## Week4  - 2019/3/19\n\n**会议目标**： 确定项目的功能以及项目分工\n\n"
        "**会议时间**： 2019年3月19日\n\n**会议人员**： 韩宇潇、何颢尧、韩智慧、何昶兴、巩泽群、黄俊杰\n\n"
        "**会议时间**： 1.5小时\n\n**会议结果**：\n\n![第一次会议记录](image/Meeting_Minutes.png)\n\n"
        "**本周目标**：学习框架的使用，配置开发环境，思考项目的需求\n\n---\n"
    )
    assert _counted(_txt(tmp_path, "Inception-meeting.md", text)) == "minutes"


def test_r2978_a_research_log_is_no_plan_for_its_next_days_heading(tmp_path: Path) -> None:
    # r2978 (a graduate student's 工作日志.docx): three lines joined into a title ending in
    # "明日计划" (the log's section) counted the log as a plan (80%)
    lines = [
        "2019年9月2日星期一",
        "目的",
        "对EEMD分量进行特征识别",
        "内容",
        "给导师发了《潍柴调研内容》",
        "整理维护《论文笔记》的特征选择和特征工程",
        "利用振动的数据进行PCA分析，获得图片一坨浆糊",
        "",
        "开始使用sklearn进行学习（以前都不会也没尝试过）",
        "明日计划",
        "IMF的能量分析",
        "利用iris对比，分析出PCA的意义",
        "找张老师潍柴出差的事情",
        "",
        "2019年9月3日星期二",
        "",
        "相关性分析",
        "vibration_20190153_13数据的200000-200500数据进行相关性分析，method为标准相关系数",
    ]
    assert _counted(_docx(tmp_path, "工作日志.docx", lines)) == "other"


def test_r2813_a_weeks_output_over_next_weeks_plan_is_a_report(tmp_path: Path) -> None:
    # r2813 (a front-end team's weekly page): titled by its "# 下周计划" section, plan 44%
    text = (
        "# 本周产出\n"
        "1、lighthouse-ci 技术方案调研工作\n"
        "2、输出kkb-basic-source-map-server /api/light 接口\n"
        "3、梳理前端性能监控产品方案第一版，已与后端和产品沟通。任务列表：http://wiki.kaikeba.cn/pages/viewpage.action?pageId=92640425\n"
        "4、输出lighthouse 前端性能监控规划 http://wiki.kaikeba.cn/pages/viewpage.action?pageId=92643656\n"
        "5、React Fiber 分享准备\n"
        "\n"
        "# 下周计划\n"
        "1、lighthouse-ci 本地化部署至knpm\n"
        "2、上线第一版本的前端性能监控方案\n"
        "3、继续完善前端性能监控规划\n"
        "4、完成React Fiber一期分享"
    )
    assert _counted(_txt(tmp_path, "4.23-4.29.md", text)) == "report"


def test_r3012_a_slogan_ending_in_policy_is_no_policy_document(tmp_path: Path) -> None:
    # r3012 (a 精准扶贫 app's home-screen slide, its words read by OCR): "瞄准扶贫开发对象 /
    # 全面落实扶贫政策", counted a policy document (80%) by the 政策 its slogan ends in
    lines = [
        "瞄准扶贫开发对象",
        "全面落实扶贫政策",
        "我们坚持分类施策，因人因地施策，因贫圆原因施策，因贫困类型施策：",
        "通过扶持生产和就业发展一批，通过易地搬迁安置一批，通过生态保护脱贫一批，"
        "通过教育扶贫脱贫一批，通过低保政策兜底一批。",
    ]
    assert _counted(_docx(tmp_path, "lunbo21.docx", lines)) == "other"
