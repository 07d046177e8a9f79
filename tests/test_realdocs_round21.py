"""Patterns of the parts worked on in round 21 (bench/corpus/rounds.md: heldout34's misses,
scored blind after round 17), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import dated as _dated
from realdocs_kit import text_file as _txt

# r1722 (广州市行政规范性文件管理规定.doc): a law database's record of a city's 规定: its
# fields in cells (公布日期 | 2003-12-27 | 施行日期 | 2004-04-01), the 题注, the first articles
# and the last
_R1722 = (
    "广州市行政规范性文件管理规定\n"
    "分类名称 \t机关工作 \t公布机关 \t广州市人民政府 \t效力状况 \t已修改\n"
    "公布日期 \t2003-12-27 \t施行日期 \t2004-04-01 \t失效日期 \t--\n"
    "（2003年12月15日广州市人民政府第22次常务会议审议通过 2003年12月27日广州市人民政府令第11号公布）"
    "（编者注：修改内容见根据2005年11月29日广州市人民政府令第5号公布 自2006年1月1日起施行的"
    "《广州市人民政府关于修改〈广州市行政规范性文件管理规定〉的决定》修正的"
    "《广州市行政规范性文件管理规定（2005年修正本）》）\n"
    "第一章 总则\n"
    "第一条 为加强我市行政机关规范性文件的管理，确保依法行政，维护法制统一，根据《中华人民共和国"
    "地方各级人民代表大会和地方各级人民政府组织法》等有关法律、法规的规定，结合我市实际，制定本规定。\n"
    "第二条 本规定所称行政规范性文件，是指政府及其职能部门依据法定职权制定的规范性文件。\n"
    "第三十六条 本规定自2004年4月1日起施行。《广州市规范性文件备案办法》同时废止。\n"
)


def test_r1722_a_law_databases_promulgation_date_dates_the_rule(tmp_path: Path) -> None:
    # undated → 2003-12-27 (signature), as labelled: 公布日期 is the day the 令 promulgated it
    rec = _txt(tmp_path, "广州市行政规范性文件管理规定.txt", _R1722)
    assert _dated(rec) == ("2003-12-27", "signature")
