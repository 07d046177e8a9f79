"""The patterns worked on in round 43 (bench/corpus/rounds.md: misses of heldout88–92,
seen after round 42), reproduced faithfully from the documents' real lines. The corpus id
is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _workbook


def test_r4365_a_workbook_headed_as_a_teams_division_of_tasks(tmp_path: Path) -> None:
    # r4365 (a course team's 分工.xlsx): a workbook could be no 分工文件 before
    rows = [
        ["小组分工", None, None, None],
        ["任务", "小组成员", "工作时间", "完成时间"],
        ["登录", "刘丽琳", "10.29.", None],
        ["注册", "刘丽琳", "10.30.", None],
        ["分类添加", "李洋", "10.29.", None],
        ["商品添加", "李洋", "10.29.", None],
    ]
    record = _workbook(tmp_path, "分工.xlsx", {"Sheet1": rows}, {"Sheet1": ["A1:D1"]})
    assert _counted(record) == "work_division"


def test_a_workbook_titled_as_a_division_but_holding_none_is_not_counted(
    tmp_path: Path,
) -> None:
    rows = [["任务分工表", None], ["序号", "备注"], ["1", None], ["2", None]]
    record = _workbook(tmp_path, "任务分工表.xlsx", {"Sheet1": rows})
    assert _counted(record) == "other"


def test_r4427_news_of_a_talk_is_no_report(tmp_path: Path) -> None:
    # r4427 (a college's news page): counted as a report (75%) before, its headline ending
    # in the 报告 a professor gave
    text = (
        "我校邀请胡国胜教授作党史学习教育专题宣讲报告\n"
        "发布时间：2021-05-19\n"
        "5月18日下午，我校邀请广东省委党史学习教育宣讲团成员胡国胜教授作党史学习教育专题宣讲报告。"
        "校党委书记主持报告会，全体校领导、中层干部参加。\n"
    )
    assert _counted(_txt(tmp_path, "pagedetail.txt", text)) != "report"


def test_a_units_report_still_counts(tmp_path: Path) -> None:
    text = (
        "关于建档立卡和信息化建设工作总结的报告\n"
        "县扶贫开发领导小组：\n"
        "现将我局建档立卡和信息化建设工作总结报告如下。\n"
        "一、主要工作\n"
        "县扶贫办\n"
        "2019年12月20日\n"
    )
    assert _counted(_txt(tmp_path, "报告.txt", text)) == "report"


def test_r4321_a_blank_field_is_no_part_of_the_headline(tmp_path: Path) -> None:
    # r4321 (the science ministry's model 技术服务合同): titled "合同编号：技术服务合同" before
    lines = [
        "合同编号：",
        "技术服务合同",
        "项目名称：",
        "委托方（甲方）：",
        "受托方（乙方）：",
        "签订时间：",
        "中华人民共和国科学技术部印制",
    ]
    assert _docx(tmp_path, "技术服务合同.docx", lines).doc.title == "技术服务合同"
