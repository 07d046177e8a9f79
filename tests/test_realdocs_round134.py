"""Rounds of session 26 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import docx_lines

from evidence_audit.text.docparse import find_addressee

# Round 134: heldout273's r13283, a university's form in a set (表1：) over its name, then
# the student's fields and a table of guidance sessions
R13283 = [
    "表1：",
    "内蒙古师范大学毕业论文（设计）指导记录、成绩评定表",
    "学院： 计算机科学技术学院   专业： 网络编程   姓名： 某某    学号： 20191100000",
    "论文（设计）题目",
    "论文成绩",
    "指导过程记录（可以增加次数）",
    "次数\t指导时间\t指导内容",
    "1\t2022年7月25日\t提供对毕设任务清单的建议",
    "2\t2022年7月29日\t提供对毕设构思的建议",
]


def test_r13283_a_forms_number_in_its_set_is_no_addressee_and_no_title(tmp_path: Path) -> None:
    # before: 主送机关＝表1 and no title (表1 was the only candidate, too short)
    assert find_addressee("\n".join(R13283)) is None
    form = docx_lines(tmp_path, "指导记录表.docx", R13283)
    assert form.doc.title == "内蒙古师范大学毕业论文（设计）指导记录、成绩评定表"
    assert form.doc.addressee is None


def test_an_addressee_ending_in_a_colon_is_still_found() -> None:
    # guard: a 主送机关 is any line ending in a colon that is no label of the form's set
    text = "关于开展表彰工作的通知\n各乡镇人民政府、县直各单位：\n现将有关事项通知如下。"
    assert find_addressee(text) == "各乡镇人民政府、县直各单位"
