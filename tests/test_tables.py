"""Header detection of build_table on rows as the readers hand them over."""

from __future__ import annotations

from evidence_audit.files.extract._tables import build_table
from evidence_audit.files.extract.base import Cell, Limits, Table

LIMITS = Limits()
Rows = list[list[Cell]]


def test_title_blank_unit_line_header_data_and_totals() -> None:
    rows: Rows = [
        ["2019年XX县转移就业台账", None, None, None, None],
        [None, None, None, None, None],
        ["填报单位：XX县人社局", None, None, None, "单位：万元"],
        ["序号", "姓  名", "身份证号", "务工地点", "收入\n（万元）"],
        [1, "张三", "510102199001011234", "成都市", 3.5],
        ["", " ", None, "", None],
        [2, "李四", "51010219900101123X", "广州市", 4],
        ["合计", None, None, None, 7.5],
    ]
    assert build_table("台账", rows, LIMITS) == Table(
        name="台账",
        header=("序号", "姓名", "身份证号", "务工地点", "收入（万元）"),
        header_row=4,
        rows=(
            (1, "张三", "510102199001011234", "成都市", 3.5),
            (2, "李四", "51010219900101123X", "广州市", 4),
            ("合计", None, None, None, 7.5),
        ),
        row_numbers=(5, 7, 8),
        title="2019年XX县转移就业台账",
        total_rows=3,
    )


def test_two_row_header_with_blank_cells_under_a_merge() -> None:
    rows: Rows = [
        ["项目资金到位情况表", None, None, None, None],
        ["序号", "项目名称", "资金（万元）", None, "备注"],
        [None, None, "计划", "到位", None],
        [1, "村道硬化", 50, 48.5, None],
        [2, "饮水工程", 20, 20, "已完工"],
    ]
    table = build_table("Sheet1", rows, LIMITS)
    assert table is not None
    assert table.header == ("序号", "项目名称", "资金（万元）/计划", "资金（万元）/到位", "备注")
    assert (table.header_row, table.title) == (2, "项目资金到位情况表")
    assert table.rows == ((1, "村道硬化", 50, 48.5, None), (2, "饮水工程", 20, 20, "已完工"))
    assert table.row_numbers == (4, 5)


def test_two_row_header_with_repeated_cells_as_word_gives_them() -> None:
    rows: Rows = [
        ["序号", "项目名称", "资金（万元）", "资金（万元）"],
        ["序号", "项目名称", "计划", "到位"],
        ["1", "村道硬化", "50", "48.5"],
    ]
    table = build_table("表1", rows, LIMITS)
    assert table is not None
    assert table.header == ("序号", "项目名称", "资金（万元）/计划", "资金（万元）/到位")
    assert (table.header_row, table.rows, table.row_numbers) == (
        1,
        (("1", "村道硬化", "50", "48.5"),),
        (3,),
    )


def test_header_in_first_row_and_no_title() -> None:
    rows: Rows = [["姓名", "性别", "年龄"], ["王五", "男", 35]]
    assert build_table("s", rows, LIMITS) == Table(
        name="s",
        header=("姓名", "性别", "年龄"),
        header_row=1,
        rows=(("王五", "男", 35),),
        row_numbers=(2,),
        title="",
        total_rows=1,
    )


def test_title_only_sheet_and_empty_sheet_give_none() -> None:
    assert (
        build_table("s", [["2019年XX县转移就业台账"], [None], ["填报单位：XX县"]], LIMITS) is None
    )
    assert build_table("s", [], LIMITS) is None
    assert build_table("s", [[None, ""], ["", None]], LIMITS) is None


def test_title_merged_across_columns_repeats_and_leading_columns_are_dropped() -> None:
    rows: Rows = [
        [None, "村级公示名单", "村级公示名单", "村级公示名单"],
        [None, None, None, None],
        [None, "序号", "姓名", "村组"],
        [None, 1, "赵六", "一组"],
    ]
    table = build_table("s", rows, LIMITS)
    assert table is not None
    assert (table.title, table.header, table.header_row, table.rows, table.row_numbers) == (
        "村级公示名单",
        ("序号", "姓名", "村组"),
        3,
        ((1, "赵六", "一组"),),
        (4,),
    )


def test_trailing_notes_are_dropped_but_notes_inside_the_data_kept() -> None:
    rows: Rows = [
        ["序号", "姓名", "金额"],
        [1, "张三", 100],
        ["说明：下行为补录", None, None],
        [2, "李四", 200],
        ["小计", None, 300],
        ["备注：本表由村委会填报", None, None],
        ["填表人：王五", None, "审核人：赵六"],
    ]
    table = build_table("s", rows, LIMITS)
    assert table is not None
    assert table.rows == (
        (1, "张三", 100),
        ("说明：下行为补录", None, None),
        (2, "李四", 200),
        ("小计", None, 300),
    )
    assert (table.row_numbers, table.total_rows) == ((2, 3, 4, 5), 4)


def test_max_rows_cut_says_the_table_is_incomplete() -> None:
    rows: Rows = [["序号", "姓名"]]
    rows.extend([i, f"人员{i}"] for i in range(1, 11))
    table = build_table("s", rows, Limits(max_rows=3))
    assert table is not None
    assert (table.rows, table.row_numbers, table.total_rows, table.complete) == (
        ((1, "人员1"), (2, "人员2"), (3, "人员3")),
        (2, 3, 4),
        3,
        False,
    )
    whole = build_table("s", rows, Limits(max_rows=10))
    assert whole is not None and (whole.total_rows, whole.complete) == (10, True)


def test_header_alone_is_a_table_without_rows() -> None:
    table = build_table("s", [["标题"], ["序号", "姓名", "身份证号"]], LIMITS)
    assert table is not None
    assert (table.header, table.header_row, table.rows, table.total_rows, table.title) == (
        ("序号", "姓名", "身份证号"),
        2,
        (),
        0,
        "标题",
    )


def test_header_beyond_the_scan_window_is_not_found() -> None:
    notes: Rows = [[f"说明第{i}行"] for i in range(5)]
    rows: Rows = [*notes, ["序号", "姓名"], [1, "张三"]]
    assert build_table("s", rows, Limits(header_scan_rows=5)) is None
    table = build_table("s", rows, Limits(header_scan_rows=6))
    assert table is not None
    assert (table.header_row, table.header) == (6, ("序号", "姓名"))


def test_all_text_data_rows_do_not_displace_the_header() -> None:
    rows: Rows = [
        ["姓名", "性别", "村组"],
        ["张三", "男", "一组"],
        ["李四", "女", "二组"],
    ]
    table = build_table("s", rows, LIMITS)
    assert table is not None
    assert (table.header, table.header_row, table.row_numbers) == (
        ("姓名", "性别", "村组"),
        1,
        (2, 3),
    )


def test_subtitle_with_a_date_is_not_taken_for_the_header() -> None:
    rows: Rows = [
        ["培训签到表", None, None, None],
        ["XX县人社局", None, None, "2019年5月12日"],
        ["序号", "姓名", "单位", "签名"],
        [1, "张三", "XX村", "张三"],
    ]
    table = build_table("s", rows, LIMITS)
    assert table is not None
    assert (table.title, table.header_row, table.header) == (
        "培训签到表",
        3,
        ("序号", "姓名", "单位", "签名"),
    )
