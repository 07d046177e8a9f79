"""Patterns of the parts worked on in round 17 (bench/corpus/rounds.md: heldout32's news
posts, scored blind after round 13), each reproduced faithfully from the document's real
lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

# r1654 (content/post/yumaoqiu/content.md): a research group's news post, its first
# sentence dated to the hour (the front matter and the first two paragraphs)
_R1654 = (
    "---\n# This file represents a page section.\nheadless: true\n\n"
    "# Order that this section appears on the page.\nweight: 79\n\n"
    "title: 课题组组织羽毛球活动\nsubtitle: ''\n\n\n"
    "# Page order: descending (desc) or ascending (asc) date.\norder: desc\ndesign:\n"
    "  # Choose a view for the listings:\n  view: citation\n  columns: '1'\n---\n\n<br />\n\n"
    "2023年6月19日上午八点半，为了送别即将毕业的优秀学子，课题组举办了一场精彩纷呈的羽毛球赛。"
    "这场羽毛球赛不仅为课题组成员提供了放松身心的机会，同时也为他们创造了一个互动交流的平台。\n<br />\n"
    "课题组的老师和学生们积极参与，与毕业生们一同欢庆并展现了团队的凝聚力。\n<br />\n"
)


def test_r1654_a_lead_dated_to_the_hour_opens_a_news_item(tmp_path: Path) -> None:
    # other 0% (2.5 points: the dated opening was not read past 上午八点半) → news counted
    # (as labelled): 2023年6月19日上午八点半，… opens the lead as 6月19日上午，… does
    assert _counted(_txt(tmp_path, "content.md", _R1654)) == "news"


def test_a_plan_line_dated_to_the_hour_is_no_news(tmp_path: Path) -> None:
    # a notice's time for what is to come (定于…上午九点) stays a notice's
    text = (
        "关于开展消防安全演练的通知\n各科室：\n"
        "定于2023年6月19日上午九点，在办公楼前开展消防安全演练，请各科室按时参加。\n特此通知。\n"
    )
    assert _counted(_txt(tmp_path, "演练通知.txt", text)) != "news"
