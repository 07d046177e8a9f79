"""Patterns of the parts worked on in round 25 (bench/corpus/rounds.md: heldout40's misses,
scored blind after round 24), each reproduced faithfully from the document's real cells.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import workbook as _workbook

_NOTE = (
    "填表说明: 1.搬迁人员身份证号(文本格式)；\n"
    "         2.发展类别及规模：种植/养殖类型+规模，如：种植大黄5亩、养牛10头等\n"
    "         3.预计年增收、带动增收、产业奖补、政策性补助：填写规范为数字\n"
    "         4.经营主体名称包含:专业合作社、企业、产业园区、家庭农场、村集体经济组织等名称\n"
    "         5.带动方式：入企务工/入股分红/土地流转/订单回收/托管代养/反租倒包/其他/无\n"
    "         6.培训时间格式：2019/10/23（文本格式）\n"
    "         7.培训内容：据实填写（文本格式）"
)
_HEADER = [
    ["*搬迁人员身份证号", "自主发展产业情况", None, "经营主体带贫情况", None, None, "产业发展政策保障",
     None, "培训", None],
    [None, "发展类别及规模", "预计年增收（元）", "经营主体名称", "带动方式", "带动增收（元）",
     "产业奖补（元）", "政策性补助（元）", "农业实用技术培训", None],
    [None, None, None, None, None, None, None, None, "培训时间", "培训内容"],
]  # fmt: skip
# r1968 (templates/nyfzzc.xlsx): a relocation follow-up system's export template: its name,
# its filling note, a three-row header, then one row of the report engine's fields
_FIELDS = [
    "{.idCard}", "{.development}", "{.yearIncrease}", "{.businessEntity}", "{.drivingMethod}",
    "{.driveIncome}", "{.ndustryAwards}", "{.policySubsidies}", "{.agriculturalTraining}",
    "{.agriculturalContent}",
]  # fmt: skip


def test_r1968_a_row_of_a_report_engines_fields_makes_a_template(tmp_path: Path) -> None:
    # roster 53% (身份证号 and 帮扶措施 in its header): a false assurance → not counted: the
    # sheet is the template a system fills ({.idCard} | {.development} | …), no ledger yet
    rows = [["产业发展政策保障模板"], [_NOTE], *_HEADER, _FIELDS]
    rec = _workbook(tmp_path, "nyfzzc.xlsx", {"Sheet1": rows})
    assert _counted(rec) == "other"
    assert "{.idCard}" in " ".join(rec.classification.reasons)
