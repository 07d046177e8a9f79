"""Patterns met in real documents (bench/corpus), each reproduced faithfully here.

The corpus files themselves are not committed (their repositories give no licence that
allows it); each test rebuilds the pattern with python-docx or as extracted text, with
the corpus id it comes from.
"""

from __future__ import annotations

from pathlib import Path

import docx

from evidence_audit import load_ruleset
from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord
from evidence_audit.text.docparse import find_doc_number, find_title

RULES = load_ruleset("east-west-2019")
TYPES = RULES.doc_types


def _docx(tmp_path: Path, name: str, lines: list[str]) -> FileRecord:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "县扶贫办" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return analyze_file(FileEntry(f"县扶贫办/{name}", "县扶贫办", str(path)), RULES)


def test_oa_header_in_brackets_is_not_part_of_the_title() -> None:
    # r001, r026, r059: an OA system prints its owner in 【】 above the draft.
    text = "【四川省扶贫和移民工作局】\n四川省扶贫和移民工作局关于浙江省对口帮扶资金项目情况的函\n省发展改革委：\n正文。"
    assert find_title(text, TYPES) == "四川省扶贫和移民工作局关于浙江省对口帮扶资金项目情况的函"
    text = "[某县人民政府办公室]\n关于做好2019年项目申报工作的通知\n各乡镇：\n正文。"
    assert find_title(text, TYPES) == "关于做好2019年项目申报工作的通知"


def test_a_title_line_ending_in_a_type_can_go_on_to_the_next_line() -> None:
    # r046: "…实施规划报告" is not the title; it goes on with "…会议纪要".
    text = "四川省扶贫和移民工作局\n溪洛渡水电站库区实施规划报告\n编制对接工作协调会议纪要\n（2015年1月6日）\n正文。"
    assert find_title(text, TYPES) == "溪洛渡水电站库区实施规划报告编制对接工作协调会议纪要"
    # r049: the second line starts with the number of a 办文通知, not a 发文字号
    text = "关于省政府办公厅办文通知\nB〔2014〕0077-1号办理情况的报告\n省政府：\n正文。"
    assert find_title(text, TYPES) == "关于省政府办公厅办文通知B〔2014〕0077-1号办理情况的报告"


def test_numbers_of_other_documents_are_citations() -> None:
    # r040 (…以水总[2004]578号…), r049 (符合…), r068 (附件：…的请示（德府〔2015〕5号）)
    for text in (
        "关于支付经费的请示\n局领导：\n2004年水利部以水总[2004]578号文批复了初步设计。",
        "关于办理情况的报告\n省政府：\n该区域符合川办发〔2014〕13号文件的规定。",
        "关于办理情况的报告\n省政府：\n特此报告。\n附件：德阳市人民政府关于新增征地的请示（德府〔2015〕5号）",
        "关于调整批复有关情况的说明\n局领导：\n4、关于商请联合开展审查的函（川扶贫移民函〔2015〕56号）",
    ):
        number = find_doc_number(text)
        assert number is not None and number.cited, text
    # the document naming itself in brackets is still its own number
    own = find_doc_number("正文。\n本通知（X政发〔2019〕4号）自印发之日起施行。")
    assert own is not None and not own.cited


def test_a_reply_quoting_a_report_is_not_a_report(tmp_path: Path) -> None:
    # r029: 关于《…专题报告》的批复; r039: 关于《…管理办法》反馈意见的函
    record = _docx(
        tmp_path,
        "批复.docx",
        [
            "四川省扶贫和移民工作局",
            "关于《亭子口水利枢纽工程移民房屋补偿单价调整专题报告》的批复",
            "广元市扶贫和移民工作局：",
            "你局请示收悉。经研究，现批复如下：原则同意。",
            "此复。",
            "四川省扶贫和移民工作局",
            "2014年11月17日",
        ],
    )
    assert record.kind == "other"
    record = _docx(
        tmp_path,
        "函.docx",
        [
            "关于《四川省农村住房建设管理办法》（代拟稿）反馈意见的函",
            "住房城乡建设厅：",
            "一、关于第一条：建议修改。",
            "2014年12月23日",
        ],
    )
    assert (record.kind, record.classification.confidence >= RULES.count_confidence) == (
        "letter",
        True,
    )


def test_minutes_without_a_headline_are_minutes(tmp_path: Path) -> None:
    # r003, r010…: the 纪要's red header is an image; the text starts with its number.
    record = _docx(
        tmp_path,
        "1064officefile029561140916122840.docx",
        [
            "扶贫专题",
            "（2014年第22次）",
            "四川省扶贫和移民工作局               2014年9月22日",
            "2014年9月22日上午，副局长在局机关二楼会议室主持召开了2014年第22次局务会议，专题部署近期重点工作。",
            "会议传达了全省深化农村改革工作会精神。",
            "会议听取了各处（室）对近期扶贫开发工作开展情况的汇报。",
            "参会人员：局领导，各处（室）负责人。",
            "分送：局党组成员。",
            "四川省扶贫和移民工作局办公室             2014年9月  日印发",
        ],
    )
    assert record.kind == "minutes"
    assert record.classification.confidence >= RULES.count_confidence
    assert str(record.date) == "2014-09-22"


def test_a_meeting_notice_is_meeting_material(tmp_path: Path) -> None:
    # r023, r044: 关于召开…会议的通知
    record = _docx(
        tmp_path,
        "通知.docx",
        [
            "关于召开2015年第一次局长专题会议的通知",
            "各相关处：",
            "拟于2015年1月12日下午2:30在二楼会议室召开局长专题会议。",
            "特此通知",
            "移民安置处",
            "2015年1月4日",
        ],
    )
    assert record.kind == "meeting_material"
    assert str(record.date) == "2015-01-04"
