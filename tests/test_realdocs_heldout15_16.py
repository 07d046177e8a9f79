"""Patterns of heldout15 and heldout16 (bench/corpus, session 10 round 4), each reproduced
faithfully: a cadre-deployment proposal's sheet that is no 挂职 ledger, a blank 意见表
whose properties' title ends in 意见, Markdown news under a front matter, and the number
and title rules of plain-text 通知 and red-head templates. The corpus ids are given with
each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from realdocs_kit import RULES
from realdocs_kit import add_table as _table
from realdocs_kit import counted as _counted
from realdocs_kit import save_docx as _save_docx

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file

R984_HEADER = ["序号", "姓名", "出生年月", "学历/职称", "现任职务", "拟任职务", "讨论意见"]


def test_an_appointment_proposals_posts_are_no_secondment_ledger(tmp_path: Path) -> None:
    # r984 (heldout16): 干部调配建议方案.xls, three sheets (部会, 书记专题会, 市委常委会) of the
    # same blank table; 现任职务 and 拟任职务 are any appointment's columns, not a 挂职
    # post: it was ledger.cadre 67%, counted, by 姓名 and 拟任职务 (an alias of 挂职职务)
    book = openpyxl.Workbook()
    book.remove(book.active)
    for meeting in ("部会", "书记专题会", "市委常委会"):
        sheet = book.create_sheet(meeting)
        sheet["A1"] = f"干部调配建议方案 ({meeting})"
        sheet.merge_cells("A1:G1")
        header = list(R984_HEADER)
        if meeting == "部会":
            header[5] = "拟任免职务"
        for c, value in enumerate(header, start=1):
            sheet.cell(row=6, column=c, value=value)
    path = tmp_path / "tpl" / "干部调配建议方案.xlsx"
    path.parent.mkdir()
    book.save(path)
    record = analyze_file(FileEntry("tpl/干部调配建议方案.xlsx", "tpl", str(path)), RULES)
    assert record.kind != "ledger.cadre"
    assert _counted(record) == "other"
    assert record.doc.title == "干部调配建议方案"


def test_a_secondment_ledger_still_counts_by_its_posts(tmp_path: Path) -> None:
    # the same sheet as a 挂职 ledger: 挂任职务 and 挂职单位 name the secondment
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["挂职干部一览表"])
    sheet.append(["序号", "姓名", "出生年月", "派出单位", "挂职单位", "挂任职务"])
    sheet.append([1, "王建国", "1982.05", "临港区发展和改革委员会", "凤凰区发展和改革局", "副局长"])
    sheet.append([2, "李明", "1986.11", "临港区农业农村委员会", "凤凰区农业农村局", "副局长"])
    path = tmp_path / "挂职干部一览表.xlsx"
    book.save(path)
    record = analyze_file(FileEntry("挂职干部一览表.xlsx", "", str(path)), RULES)
    assert _counted(record) == "ledger.cadre"


def test_an_opinion_form_is_no_opinion(tmp_path: Path) -> None:
    # r979 (heldout16): gonganyj.doc, an organisation department's blank 听取公安部门意见表
    # (its properties' title 任职前听取意见); the properties' 意见 replaced the form's name
    # and made it policy 55%, counted
    document = docx.Document()
    document.core_properties.title = "任职前听取意见"
    for line in [
        "听取公安部门意见表",
        "省公安局：",
        "现就«names»听取贵单位意见，请予回复。",
        "省委组织部",
        "«time»",
    ]:
        document.add_paragraph(line)
    _table(
        document,
        [
            ["单位", "听取意见内容", "情况说明", "备注"],
            [
                "公安局",
                "有无违反治安管理情况，有无涉及刑事、经济案件，是否有裸官嫌疑，有无因私护照、有无异常出入境记录等情况",
                "",
                "",
            ],
        ],
    )
    for line in ["负责人签名：", "省公安局", "年   月   日"]:
        document.add_paragraph(line)
    record = _save_docx(document, tmp_path, "gonganyj.docx")
    assert record.doc.title == "听取公安部门意见表"
    assert _counted(record) == "other"
    assert record.date is None
