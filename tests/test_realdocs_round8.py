"""Patterns of the seen parts worked on in round 8 (bench/corpus/rounds.md, the eleventh
session), each reproduced faithfully from the document's real lines: a plan's 活动时间.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx

_PLAN = [
    "主题党日活动方案",
    "“知行合一：学习贯彻党的二十届四中全会精神及中央经济工作会议精神”主题党日活动方案",
    "一、活动背景",
    "为深入学习贯彻党的二十届四中全会精神和中央经济工作会议精神，全面落实党中央关于高质量发展和"
    "新发展阶段的决策部署，引导党员干部准确把握宏观形势和行业发展趋势，进一步统一思想、凝聚共识、"
    "明确方向，切实把学习成果转化为推动企业高质量发展的实际行动。同时，结合加强党风廉政建设和企业"
    "文化建设要求，持续强化党员纪律意识、规矩意识和使命担当，管控党支部拟组织开展12月份主题党日活动"
    "暨专题党课。",
    "二、活动时间与地点",
    "时间：2025年12月26日",
    "地点：1610会议室",
    "三、参与人员",
    "赛迪信息智能制造管控党支部全体党员",
    "四、活动内容",
    "1.落实“第一议题”学习制度。组织党员集中学习党的二十届四中全会相关重要精神，重点学习习近平总书记"
    "在全会上的重要讲话、《中国共产党第二十届中央委员会第四次全体会议公报》及有关说明。",
    "2.支部书记讲授专题党课。由支部书记以《知行合一：深刻领会二十届四中全会精神及中央经济工作会议"
    "内容，践行高质量发展》主题，为全体党员讲授专题党课。",
    "五、学习要求",
    "（一）提高政治站位，强化思想认识。全体党员要充分认识开展主题党日活动和专题学习的重要意义，切实"
    "增强学习的思想自觉和行动自觉。",
]


def test_r916_plan_is_not_dated_by_the_activity_it_plans(tmp_path: Path) -> None:
    # r916: a Party branch's 主题党日活动方案; 时间：2025年12月26日 under 活动时间与地点 is
    # the planned activity's day (it was read as a meeting held); the plan has no 落款
    rec = _docx(tmp_path, "主题党日活动方案.docx", _PLAN)
    assert _counted(rec) == "plan"
    assert _date(rec) == (None, None)


def test_a_record_of_the_activity_keeps_its_date(tmp_path: Path) -> None:
    # the same fields in the record of the activity held (a 记录, no plan) date it
    lines = [
        "2月党员大会暨主题党日记录表",
        "会议名称：2月党员大会暨主题党日",
        "会议时间：2026-02-26",
        "会议地点：金山1610#会议室",
        "应到人数：30",
        "实到人数：26",
        "会议由支部书记童心同志主持。会议学习了《习近平法治文选》第一卷，会议强调要提升法治意识。",
    ]
    rec = _docx(tmp_path, "记录表.docx", lines)
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2026-02-26", "meeting")
