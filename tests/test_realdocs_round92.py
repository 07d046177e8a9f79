"""Round 92 (bench/corpus/rounds.md): a headline and its dash subtitle on the next line
are one title ("探寻楚韵文脉，厚植文化自信" over "——公共管理学院省博主题参观活动圆满完成"),
so what the subtitle says of the document (…活动圆满完成: a news item) is read as the
title's. The real file's lines are reproduced faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import file_of as _file
from realdocs_kit import text_file as _txt

# r1642 (heldout32), a school's party-building news item kept as .docx
R1642 = [
    "探寻楚韵文脉，厚植文化自信",
    "——公共管理学院省博主题参观活动圆满完成",
    "为响应“十五五”规划关于文化传承创新的部署要求，推动思政教育从课堂走向实践，11月28日下午，"
    "公共管理学院本科生入党积极分子、发展对象，赴湖北省博物馆开展“探寻楚韵文脉，厚植文化自信”"
    "主题研学活动。",
    "作为荆楚文化的“活态载体”，省博的每一件文物都是历史的“精神标识”。同学们循着历史脉络穿行于"
    "各个展厅，指尖划过展柜玻璃，仿佛触碰到了文明的脉搏。",
    "参与者纷纷表示，此次省博研学既是与千年文脉的深度对话，更是一次党性修养的生动淬炼。",
]


def test_r1642_a_headline_and_its_dash_subtitle_are_one_title(tmp_path: Path) -> None:
    # before: titled by its first line alone, nothing counted (other, 0%)
    record = _docx(tmp_path, "探寻楚韵文脉.docx", R1642)
    assert record.doc.title == "探寻楚韵文脉，厚植文化自信——公共管理学院省博主题参观活动圆满完成"
    assert _counted(record) == "news"
    assert "标题有“圆满完成” (+3)" in record.classification.reasons


def test_a_subtitle_ending_a_sentence_is_no_part_of_the_title(tmp_path: Path) -> None:
    # guard: a dash line that is a sentence of the text stays out of the title
    record = _txt(
        tmp_path,
        "随笔.txt",
        "读书的意义\n——这是我今年读完的第十本书。\n\n书读多了，看问题的角度也多了。\n",
    )
    assert record.doc.title == "读书的意义"


# Round 93: r11010 (heldout223), a procurement result notice saved from 河北省政府采购网,
# its breadcrumb over its headline (reproduced in the page's shape: the trail in one cell)
R11010 = (
    "<html><head><meta charset='utf-8'><title>中标公告详细页面</title></head><body><table>"
    "<tr><td>您当前位置：<a href='#'>承德市</a>&gt;<a href='#'>围场县</a>&gt;"
    "<a href='#'>采购公告</a>&gt;<a href='#'>中标公告</a></td></tr>"
    "<tr><td>2021年村级信息资源共享支中心电脑采购项目中标公告</td></tr>"
    "<tr><td>发布时间：2021-10-11</td></tr>"
    "<tr><td>一、项目编号：ZC130800202101632</td></tr>"
    "<tr><td>二、项目名称：2021年村级信息资源共享支中心电脑采购项目</td></tr>"
    "</table></body></html>"
)


def test_r11010_a_breadcrumb_after_you_are_here_is_no_part_of_the_title(tmp_path: Path) -> None:
    # before: 您当前位置：承德市>围场县>采购公告>中标公告 opened the title
    record = _file(tmp_path, "中标公告详细页面.html", R11010.encode())
    assert record.doc.title == "2021年村级信息资源共享支中心电脑采购项目中标公告"


def test_a_bare_trail_of_places_is_no_title(tmp_path: Path) -> None:
    record = _txt(
        tmp_path,
        "方案.txt",
        "承德市>围场县>政务公开>通知公告\n围场县2021年农村人居环境整治工作方案\n"
        "为深入推进农村人居环境整治，结合我县实际，制定本方案。\n",
    )
    assert record.doc.title == "围场县2021年农村人居环境整治工作方案"
