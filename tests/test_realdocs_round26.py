"""Patterns of the parts worked on in round 26 (bench/corpus/rounds.md: heldout40's sheet
titles, scored blind after round 24), each reproduced faithfully from the workbooks' real
cells. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import workbook as _workbook

# r1958 (金田村村庄建设现状台账.xlsx): a village planners' table, its merged title cell with
# its number and the underlined blanks filled in, then its header and first rows
_R1958_TITLE = (
    "表 1：平远县\xa0\xa0\xa0\xa0_泗水\xa0\xa0\xa0\xa0\xa0\xa0镇_\xa0\xa0\xa0金田\xa0\xa0\xa0\xa0\xa0\xa0"
    "_村村庄建设现状台账 "
)
_R1958_ROWS = [
    [_R1958_TITLE],
    ["序号 ", "类型 ", "设施名称 ", "数量 ", "是否独立用地 \n① 是； \n② 否； ", "用地面积 或长度 ",
     "建筑面积 \n（m2） ", "所在空间位置 \n（自然村） ", "服务对象 ", "覆盖程度\n（户） ", "备注 "],
    [" ", "生态修复整治 ", "河道修复 ", "2 段 ", "① ", " ", "—— ", "社前-园寨、田坑 ", "服务本村 ",
     "覆盖全村 ", " "],
    [" ", None, "林地修复 ", " ", " ", " ", "—— ", " ", " ", " ", "无 "],
]  # fmt: skip


def test_r1958_a_tables_number_and_its_filled_blanks_are_no_part_of_its_name(
    tmp_path: Path,
) -> None:
    # titled 表 1：平远县 _泗水 镇_ 金田 _村村庄建设现状台账 → the name as labelled (spaces
    # aside): 表 1： numbers the table, the underscores are the form's lines
    rec = _workbook(
        tmp_path, "金田村村庄建设现状台账.xlsx", {"Table 1": _R1958_ROWS}, {"Table 1": ["A1:K1"]}
    )
    assert "".join((rec.doc.title or "").split()) == "平远县泗水镇金田村村庄建设现状台账"


def test_r1967_a_filling_note_after_the_sheets_name_is_no_part_of_it(tmp_path: Path) -> None:
    # r1967 (templates/azdqyry.xlsx): the name, then 填表说明：1.… in the cell under it →
    # titled by the name alone (as labelled)
    rows = [
        ["搬迁人员登记信息"],
        [
            "填表说明：1.搬迁人员身份证号(文本格式) 2.是否户主列只能填写 是或者否 3.户主身份证号(文本格式)"
        ],
        ["*搬迁人员身份证号", "*姓名", "*是否户主", "*户主身份证号", "*与户主关系", "*是否劳动力"],
    ]
    rec = _workbook(tmp_path, "azdqyry.xlsx", {"Sheet1": rows})
    assert rec.doc.title == "搬迁人员登记信息"
