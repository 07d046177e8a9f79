"""Patterns of the parts worked on in round 18 (bench/corpus/rounds.md: heldout34's misses,
scored blind after round 17), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

# r1715 (印发广东省引进人才实行《广东省居住证》暂行办法的通知.pdf): a provincial government's
# page printed to PDF: the site's menu and 热词 bar, the 发文字号, the 红线, the headline (the
# first lines of its text)
_R1715 = (
    "简体 繁体\n首页 广东概况 政务公开 网上办事 政民互动 网上信访 投资广东 旅游广东\n"
    "热词 省政府权责清单 政府工作报告\n粤府〔２００３〕８１号\n━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "印发广东省引进人才实行《广东省居住证》 暂行办法的通知\n"
    "各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n"
    "\u3000\u3000现将《广东省引进人才实行〈广东省居住证〉暂行办法》印发给你们，请认真按照 执行。"
    "执行过程中遇到的问题，请迳向省人事厅反映。\n广东省人民政府\n二○○三年九月二十九日\n"
    "广东省引进人才实行《广东省居住证》暂行办法\n\u3000\u3000第一章\u3000总\u3000\u3000则\n"
    "\u3000\u3000第一条\u3000为了贯彻落实《２００２－２００５年广东省人才队伍建设规划纲要》和《关于加强"
    "专业技术人才队伍建设的决定》，鼓励国内外人才来本\n省工作或者创业，提高广东综合竞争力，根据"
    "《广东省人才市场管理条例》等有关法律、法规的规定，结合实际情况，制定本办法。\n"
)


def test_r1715_the_headline_under_the_number_not_a_bar_above_it(tmp_path: Path) -> None:
    # titled 热词省政府权责清单政府工作报告 and counted as a report, 77%: a false assurance →
    # titled by the line under the 发文字号 and its 红线 (as labelled), no report
    rec = _txt(tmp_path, "通知.txt", _R1715)
    assert rec.doc.title == "印发广东省引进人才实行《广东省居住证》暂行办法的通知"
    assert _counted(rec) != "report"


def test_r1723_a_bullet_before_a_headline_is_no_part_of_it(tmp_path: Path) -> None:
    # r1723 (2015学年中山市城区小学招生通告.html): "■2015学年…" → the headline without the
    # page's bullet (as labelled)
    text = (
        "■2015学年中山市城区小学招生通告\n"
        "根据《中华人民共和国义务教育法》的有关规定，现将2015学年中山市城区小学招生工作有关事项通告如下：\n"
        "一、招生对象\n"
    )
    assert _txt(tmp_path, "通告.txt", text).doc.title == "2015学年中山市城区小学招生通告"
