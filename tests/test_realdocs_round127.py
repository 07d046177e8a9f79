"""Rounds of session 25 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines

from evidence_audit.text.docparse import find_addressee

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
