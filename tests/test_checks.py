"""Every item check of the ruleset, one file that passes and one that fails for exactly
that reason: the status, the code and the message a county clerk reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from builders import citizen_id, make_docx, make_jpeg, make_xlsx, official_document

from evidence_audit import analyze_file, load_ruleset
from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.items import judge_item
from evidence_audit.models import FileRecord

RULES = load_ruleset()
ID1, ID2 = citizen_id("43312519900101123"), citizen_id("43312519851231002")
BAD_ID = ID2[:-1] + ("0" if ID2[-1] != "0" else "1")


def record(path: Path) -> FileRecord:
    rel = f"青溪县/{path.name}"
    return analyze_file(FileEntry(rel, "青溪县", str(path)), RULES)


def minutes(words: str, date: str) -> list[str]:
    return [f"青溪县{words}会议纪要", f"{date}，县委书记张明主持召开{words}会议。", "出席：张明"]


def ledger(title: str, header: list[str], *rows: list[object]) -> list[list[object]]:
    return [[title], header, *rows]


Maker = Callable[[Path], Path]
CASES: list[tuple[str, str, Maker, str, list[tuple[str, str]]]] = [
    ("in_period passes", "org.joint_meeting",
     lambda d: make_docx(d / "a.docx", minutes("扶贫协作高层联席", "2019年3月5日")), "present", []),
    ("in_period: out of period", "org.joint_meeting",
     lambda d: make_docx(d / "a.docx", minutes("扶贫协作高层联席", "2018年12月5日")), "defective",
     [("out_of_period", "文件日期 2018-12-05（取自会议日期）不在考核年度 2019-01-01 至 2019-12-31 内")]),
    ("in_period: undated", "org.activity_plans",
     lambda d: make_docx(d / "b.docx", ["青溪县东西部扶贫协作活动方案", "一、工作目标"]), "defective",
     [("undated", "无法确定文件日期（正文、拍摄信息、文件名和文件夹名中都没有日期）")]),
    ("in_period: only dates the text mentions", "org.activity_plans",
     lambda d: make_docx(d / "c.docx", ["青溪县东西部扶贫协作活动方案", "一、工作目标",
                                        "自1986年5月12日以来，两地交流不断。"]), "defective",
     [("undated", "无法确定文件日期：正文没有落款、印发或会议日期（只提到 1986-05-12，"
                  "不是文件自己的日期），拍摄信息、文件名和文件夹名中也没有")]),
    ("mentions: keyword missing", "org.party_committee_minutes",
     lambda d: make_docx(d / "a.docx", minutes("扶贫协作高层联席", "2019年3月5日")), "defective",
     [("missing_keyword", "标题、正文中未提及“常委会”")]),
    ("doc_number passes", "talent.appointment_letters",
     lambda d: make_docx(d / "c.docx", official_document(
         title="关于李明同志挂职任职的通知", body=["李明同志挂任青溪县副县长。"])), "present", []),
    ("doc_number missing", "talent.appointment_letters",
     lambda d: make_docx(d / "c.docx", official_document(
         number=None, title="关于李明同志挂职任职的通知", body=["李明同志挂任青溪县副县长。"])),
     "defective", [("no_doc_number", "文件中没有找到发文字号（如“X政办发〔2019〕12号”）")]),
    ("doc_number with wrong brackets: counted, noted", "talent.appointment_letters",
     lambda d: make_docx(d / "c.docx", official_document(
         number="青政办发【2019】12号", title="关于李明同志挂职任职的通知",
         body=["李明同志挂任青溪县副县长。"])),
     "present", [("bad_doc_number", "发文字号“青政办发【2019】12号”格式不规范：年份应使用六角括号〔〕，实际为【】")]),
    ("required_columns: missing", "talent.cadre_ledger",
     lambda d: make_xlsx(d / "e.xlsx", ledger("挂职干部台账", ["序号", "姓名", "挂职单位", "挂职时间"],
                                              [1, "李明", "青溪县政府", "2019年3月"])),
     "defective", [("missing_columns",
                    "台账缺少必需的列：挂职职务（工作表“Sheet1”第 2 行表头为：序号、姓名、挂职单位、挂职时间）")]),
    ("required_columns: only a header", "talent.cadre_ledger",
     lambda d: make_xlsx(d / "e.xlsx", ledger("挂职干部台账", ["序号", "姓名", "挂职单位", "挂职职务"]),),
     "defective", [("no_data_rows", "工作表“Sheet1”只有表头，没有数据行")]),
    ("valid_ids passes", "labour.public_posts",
     lambda d: make_xlsx(d / "f.xlsx", ledger("公益性岗位台账", ["序号", "公益性岗位", "姓名", "身份证号"],
                                              [1, "护林员", "张三", ID1])), "present", []),
    ("valid_ids: wrong check digit", "labour.public_posts",
     lambda d: make_xlsx(d / "f.xlsx", ledger("公益性岗位台账", ["序号", "公益性岗位", "姓名", "身份证号"],
                                              [1, "护林员", "张三", BAD_ID])), "defective",
     [("invalid_id", f"工作表“Sheet1”中身份证号无效：第3行 {BAD_ID[:6]}********{BAD_ID[-4:]}校验位错误")]),
    ("row_matches: only county-level places", "funds.grassroots_use",
     lambda d: make_xlsx(d / "g.xlsx", ledger("资金项目台账", ["序号", "项目名称", "实施地点", "金额"],
                                              [1, "茶叶基地", "青溪县", 100])), "defective",
     [("no_matching_rows", "工作表“Sheet1”中没有实施地点为乡（镇）或村的行（至少需要 1 行）")]),
    ("ratio: no 用途 column", "pairing.fund_use_ratio",
     lambda d: make_xlsx(d / "g.xlsx", ledger("资金项目台账", ["序号", "项目名称", "实施地点", "金额"],
                                              [1, "茶叶基地", "石门镇", 100])), "defective",
     [("ratio_not_computable", "无法计算援助资金用于产业扶贫和就业扶贫的比例：台账缺少“用途”列")]),
    ("labour ledger not marked 省外", "labour.out_of_province",
     lambda d: make_xlsx(d / "h.xlsx", ledger("转移就业台账", ["序号", "姓名", "身份证号", "就业地点"],
                                              [1, "张三", ID1, "县城工业园"])), "defective",
     [("missing_keyword", "标题、表格内容中未提及“省外”或“外省”或“跨省”或“到东部”或“东部地区”")]),
    ("rows_valid: a count that is not a number", "labour.training",
     lambda d: make_xlsx(d / "i.xlsx", ledger("劳务培训台账", ["序号", "培训名称", "参训人数", "培训时间"],
                                              [1, "家政服务培训", "若干", "2019年5月"])), "defective",
     [("invalid_row", "工作表“Sheet1”第3行“参训人数”应为整数，实际为“若干”")]),
    ("rows_valid passes with a year-month date and 12人", "labour.training",
     lambda d: make_xlsx(d / "i.xlsx", ledger("劳务培训台账", ["序号", "培训名称", "参训人数", "培训时间"],
                                              [1, "家政服务培训", "12人", "2019.05"])), "present", []),
    ("photo_quality: low resolution", "org.photos",
     lambda d: make_jpeg(d / "p.jpg", taken="2019:05:01 10:00:00", size=(320, 240)), "defective",
     [("low_resolution", "照片分辨率 320×240 低于要求的 640×480（可能是缩略图或截图）")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("item_id", "make", "status", "problems"),
    [pytest.param(i, m, s, p, id=name) for name, i, m, s, p in CASES],
)
def test_check(
    tmp_path: Path, item_id: str, make: Maker, status: str, problems: list[tuple[str, str]]
) -> None:
    item = RULES.item(item_id)
    # photos need three; the other two are fine, so the third decides
    files = [record(make(tmp_path))]
    if item_id == "org.photos":
        files += [record(make_jpeg(tmp_path / f"ok{i}.jpg", taken="2019:05:02 10:00:00",
                                   color=(i, 9, 9))) for i in range(2)]  # fmt: skip
    result = judge_item(item, files, RULES)
    assert (result.status, [(p.code, p.message) for p in result.problems]) == (status, problems)


def test_distinct_kinds_needs_two_kinds_of_evidence(tmp_path: Path) -> None:
    item = RULES.item("pairing.leader_visits")
    photos = [record(make_jpeg(tmp_path / f"{i}.jpg", taken=f"2019:05:0{i + 1} 10:00:00",
                               color=(i, 1, 1))) for i in range(2)]  # fmt: skip
    result = judge_item(item, photos, RULES)
    assert (result.status, [p.code for p in result.problems]) == ("defective", ["single_kind"])
    news = record(make_docx(tmp_path / "n.docx", ["青溪县党政代表团赴历城区考察对接",
                                                  "本报讯（记者 王芳）2019年5月12日，……"]))  # fmt: skip
    assert news.kind == "news"
    result = judge_item(item, [photos[0], news], RULES)
    assert (result.status, result.problems) == ("present", ())
