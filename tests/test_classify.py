"""Classification: content outweighs names, every decision gives its reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import make_docx, make_jpeg, make_xlsx, official_document

from evidence_audit import analyze_file, load_ruleset
from evidence_audit.files.scan import FileEntry

RULES = load_ruleset()


def _analyze(root: Path, rel: str):  # type: ignore[no-untyped-def]
    return analyze_file(FileEntry(rel, rel.split("/")[0], str(root / rel)), RULES)


MINUTES = [
    "青溪县东西部扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开青溪县—济南市历城区扶贫协作高层联席会议。",
    "会议研究了2019年携手奔小康工作。",
    "出席：张明、李华、王强",
    "列席：县直有关部门负责人",
]


def test_attachment_named_file_is_minutes_by_its_title(tmp_path: Path) -> None:
    make_docx(tmp_path / "青溪县" / "附件1.docx", MINUTES)
    record = _analyze(tmp_path, "青溪县/附件1.docx")
    assert record.kind == "minutes"
    assert record.doc.title == "青溪县东西部扶贫协作高层联席会议纪要"
    assert record.date is not None and record.date.isoformat() == "2019-03-05"
    assert record.date_source == "meeting"
    assert record.classification.reasons[:3] == (
        "标题以“纪要”结尾 (+8)", "正文含“出席：” (+2)", "正文含“主持召开” (+1.5)",
    )  # fmt: skip
    assert record.confidence >= 0.9


def test_content_beats_a_misleading_name(tmp_path: Path) -> None:
    lines = official_document(
        title="青溪县2019年东西部扶贫协作活动实施方案",
        body=["一、工作目标", "二、主要任务", "三、保障措施"],
    )
    make_docx(tmp_path / "青溪县" / "图片" / "会议纪要.docx", lines)
    record = _analyze(tmp_path, "青溪县/图片/会议纪要.docx")
    assert record.kind == "plan"
    assert record.classification.runner_up == "minutes"
    assert record.doc.doc_number == "青政办发〔2019〕12号"
    assert "次选：会议纪要（2.7 分）" in record.classification.reasons


@pytest.mark.parametrize(
    ("header", "title", "kind"),
    [
        (["序号", "姓名", "性别", "身份证号", "就业类型", "就业地点", "岗位"], "2019年转移就业台账",
         "ledger.labour"),
        (["序号", "姓名", "身份证号", "所在村", "帮扶措施"], "带动贫困人口花名册", "ledger.roster"),
        (["序号", "姓名", "派出单位", "挂职单位", "挂职职务", "挂职时间"], "挂职干部名单", "ledger.cadre"),
        (["序号", "企业名称", "统一社会信用代码", "实际到位投资额（万元）", "带动贫困人口数"], "落地企业",
         "ledger.enterprise"),
        (["序号", "岗位名称", "姓名", "身份证号", "上岗时间"], "公益性岗位人员", "ledger.public_post"),
        (["序号", "车间名称", "所在县乡村", "吸纳就业人数", "其中贫困人口"], "扶贫车间", "ledger.workshop"),
        (["序号", "项目名称", "建设地点", "计划资金（万元）", "年度"], "2020年项目计划清单",
         "ledger.project_plan"),
    ],
)  # fmt: skip
def test_ledgers_by_header_below_a_title_row(
    tmp_path: Path, header: list[str], title: str, kind: str
) -> None:
    rows = [[title], [None], ["填报单位：青溪县", None, None, "单位：万元"], header,
            [1, *["样例"] * (len(header) - 1)]]  # fmt: skip
    make_xlsx(tmp_path / "青溪县" / "表1.xlsx", rows)
    record = _analyze(tmp_path, "青溪县/表1.xlsx")
    assert record.kind == kind
    assert record.classification.table_index == 0
    assert any("第 4 行表头含" in r for r in record.classification.reasons)


def test_photo_with_exif_date(tmp_path: Path) -> None:
    make_jpeg(tmp_path / "青溪县" / "DSC0001.jpg", taken="2019:05:12 09:30:12")
    record = _analyze(tmp_path, "青溪县/DSC0001.jpg")
    assert (record.kind, record.date_source) == ("photo", "exif")
    assert record.date is not None and record.date.isoformat() == "2019-05-12"
    assert record.classification.reasons[:3] == (
        "画面判断为现场照片（13 分）：EXIF 有相机型号（HUAWEI P30） (+3)；文字占画面 0% (+2)；"
        "色彩饱和度 60% (+2)；纯色占比 45% (+2)；白色占比 0% (+2)；"
        "画面处处有细密颗粒和纹理（照片的特征，绘制的图片有大片平滑色块） (+2)",
        "画面是现场照片 (+6)", "文件格式为 jpeg (+1.5)",
    )  # fmt: skip


def test_photo_dated_by_file_name_then_folder(tmp_path: Path) -> None:
    make_jpeg(tmp_path / "青溪县" / "IMG_20190618_103055.jpg", camera=None)
    make_jpeg(tmp_path / "青溪县" / "2019年6月20日 对接活动" / "1.jpg", camera=None)
    by_name = _analyze(tmp_path, "青溪县/IMG_20190618_103055.jpg")
    by_folder = _analyze(tmp_path, "青溪县/2019年6月20日 对接活动/1.jpg")
    assert (str(by_name.date), by_name.date_source) == ("2019-06-18", "filename")
    assert (str(by_folder.date), by_folder.date_source) == ("2019-06-20", "folder")


def test_nothing_recognisable_is_other_with_a_reason(tmp_path: Path) -> None:
    make_docx(tmp_path / "青溪县" / "新建 Microsoft Word 文档.docx", ["今天天气很好。"])
    record = _analyze(tmp_path, "青溪县/新建 Microsoft Word 文档.docx")
    assert record.kind == "other"
    assert record.confidence == 0.0
    assert record.classification.reasons[0].startswith("没有足够的识别特征")


def test_unreadable_content_falls_back_to_the_name_with_less_confidence(tmp_path: Path) -> None:
    path = tmp_path / "青溪县" / "2019年青溪县扶贫协作高层联席会议纪要.docx"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)  # a truncated copy
    record = _analyze(tmp_path, "青溪县/2019年青溪县扶贫协作高层联席会议纪要.docx")
    assert [p.code for p in record.problems] == ["unreadable"]
    assert not record.readable
    assert record.kind == "minutes"
    # name signals count double without content (3 × 2 = 6, saturated), then × 0.6
    # capped below the count level: a name alone never makes a file count
    assert record.confidence == 0.45
    assert record.classification.reasons == (
        "文件名以“纪要”结尾 (+6)", "未能读取正文，仅凭文件名和路径判断，不计入事项",
    )  # fmt: skip


def test_a_payroll_with_names_and_ids_is_not_a_ledger_of_any_kind(tmp_path: Path) -> None:
    header = ["序号", "姓名", "身份证号", "岗位工资", "薪级工资", "实发工资"]
    make_xlsx(tmp_path / "青溪县" / "10月工资表.xlsx", [["扶贫开发局2019年10月工资表"], header,
                                                     [1, "张三", "433101199001011234", 3000, 800, 3800]])  # fmt: skip
    record = _analyze(tmp_path, "青溪县/10月工资表.xlsx")
    assert record.kind == "other"


def test_two_row_header_with_qizhong_sub_columns(tmp_path: Path) -> None:
    rows = [
        ["2019年资金项目台账"],
        ["序号", "项目名称", "实施地点", "资金（万元）", None, None],
        [None, None, None, "资金总额", "其中：财政援助资金", "社会帮扶资金"],
        [1, "茶叶基地", "石门镇长岭村", 591, 472.8, 118.2],
    ]
    make_xlsx(tmp_path / "青溪县" / "台账.xlsx", rows)
    record = _analyze(tmp_path, "青溪县/台账.xlsx")
    table = record.extraction.tables[0]
    assert table.header == (
        "序号", "项目名称", "实施地点", "资金（万元）/资金总额",
        "资金（万元）/其中：财政援助资金", "资金（万元）/社会帮扶资金",
    )  # fmt: skip
    assert table.rows == ((1, "茶叶基地", "石门镇长岭村", 591, 472.8, 118.2),)
    assert record.kind == "ledger.fund"
