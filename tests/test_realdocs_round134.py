"""Rounds of session 26 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import docx_lines

from evidence_audit.text.docparse import find_addressee, find_doc_number

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


# Round 135: reproduced county pages (bench/corpus/reproduced): pages3's p64, a county's
# page over its notice, the number printed after the headline under the page's fields, and
# p79, the number in the page's 文号 field after the 名称 field on its line
P64 = [
    "• 索引号:6735597301/2021-1801120",
    "• 发布机构:县人民政府办公室",
    "• 生成日期:2021-03-23",
    "2021年县政府重点工作任务(华政发〔2021〕2号)",
    "来源:华容县政府   2021-03-23 10:56",
    "各乡镇人民政府、县直各单位:",
    "《2021年县政府重点工作任务分解》经县人民政府同意,现予印发,请抓好贯彻落实。",
]
P79 = [
    "您现在所在的位置: 网站首页> 政府信息公开首页 > 泾县人民政府办公室",
    "索引号: 11341729003257952H/202301-00044 组配分类: 年度重点工作任务分解、执行及落实情况",
    "名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号",
    "发布日期: 2023-01-30 08:56",
    "泾县人民政府关于分解落实政府工作报告目标任务的通知",
    "各乡镇人民政府,县政府各部门、各直属机构:",
]


def test_p64_a_number_after_the_headline_under_a_pages_fields_is_its_own() -> None:
    # before: cited (in brackets after other text, not on the text's first line)
    number = find_doc_number("\n".join(P64))
    assert number is not None and (number.raw, number.cited) == ("华政发〔2021〕2号", False)


def test_p79_the_number_in_a_pages_wenhao_field_is_its_own() -> None:
    # before: cited (落实 in the 名称 field's value, earlier in the "sentence")
    number = find_doc_number("\n".join(P79))
    assert number is not None and (number.raw, number.cited) == ("泾政〔2023〕1号", False)


def test_bracketed_numbers_below_running_text_or_in_a_list_stay_cited() -> None:
    # guards: under a sentence, or an attachment list's entry, a bracketed number is cited
    below = "关于做好春耕工作的通知\n各乡镇：\n现将有关事项通知如下。\n省政府关于春耕的意见（湘政发〔2019〕3号）"
    listed = "附件：1.省政府关于春耕的意见（湘政发〔2019〕3号）\n2.春耕工作安排"
    for text in (below, listed):
        number = find_doc_number(text)
        assert number is not None and number.cited
