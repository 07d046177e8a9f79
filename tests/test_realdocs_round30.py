"""Patterns of the parts worked on in round 30 (bench/corpus/rounds.md: heldout44's
community meeting pages and heldout32/43's news titles, seen misses), each reproduced
faithfully from the document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

# r2115 (cubefs meeting/2024/2024-05-08.md): a community's meeting page, headed 会议安排
# with its time and link, then 会议内容 listing three agenda lines
_R2115 = (
    "# 会议安排\n\n## 时间\n\n2024/05/08,  19:00-20:00\n\n## 链接\n\n"
    "+ 会议时间：2024/05/08 19:00-20:00 (GMT+08:00) 中国标准时间 - 北京\n"
    "+ 腾讯会议链接：https://meeting.tencent.com/dm/IpNLDdT7uyEH\n"
    "+ 腾讯会议号：367-3515-2151\n+ **CubeFS 视频号** 直播\n\n## 视频\n"
    "https://www.bilibili.com/video/BV1dw4m1Q7x1/\n\n\n# 会议内容\n\n"
    "1. CubeFS v3.3.2 版本的新特性介绍\n2. 近期社区公众号发文介绍\n3. Q&A\n"
)


def test_r2115_a_page_headed_by_its_meetings_parts_is_meeting_material(
    tmp_path: Path,
) -> None:
    # other 0% (no headline, no field with a colon): a page whose headings are a meeting's
    # (会议安排 … 会议内容) is about a meeting; whether it announces or records it, the
    # page does not say, so it is not counted as minutes
    rec = _txt(tmp_path, "2024-05-08.md", _R2115)
    assert rec.kind == "meeting_material"
    assert _counted(rec) != "minutes"


def test_one_meeting_heading_alone_is_no_meeting_page(tmp_path: Path) -> None:
    text = "# 会议内容\n\n1. CubeFS v3.3.2 版本的新特性介绍\n2. 近期社区公众号发文介绍\n"
    assert _txt(tmp_path, "x.md", text).kind == "other"


# r2121 (deepin TC/Meeting Minutes/2023-03.md): minutes opening by saying the meeting is over
# and that what follows is its 纪要
_R2121 = (
    "本次社区技术委员会例会已结束，本次会议共 15 人参与，有 1 人因事未参与本次会议，其余所有 TC "
    "成员均参会，另有 2 位非 TC 成员参与了旁听。\n\n"
    "根据会议前原定的议题，我们依次进行了相关讨论。以下是本次会议的纪要：\n\n"
    "1. 关于 @justforlxz 与 @felixonmars 成为 TC 成员的决议投票\n\n"
    "所有参会成员均同意，无反对票。两位成为深度社区 TC 的新成员。新的 TC\n"
    "成员名单会于随后进行更新与公示，目前 TC 成员总计 14 人。\n"
)


def test_r2121_minutes_saying_the_meeting_is_over_are_minutes(tmp_path: Path) -> None:
    # other 0% (no headline, no fields): the lead says so
    assert _txt(tmp_path, "2023-03.md", _R2121).kind == "minutes"


# r2086 (a school's news post): headline with a subtitle ——记…活动
_R2086 = (
    "纸墨传情，访恩师心声——记初八年级教师节语文实践活动\n\n"
    "在第三十九个教师节来临之际，我校初二年级语文老师别出心裁，布置了一项特殊的作业：采访一位老师，"
    "并撰写新闻稿。这不仅是一次实践活动，更是一次深刻的感恩教育。\n\n"
    "我们小组有幸采访了从教28年的刘中江物理老师。谈及执教生涯，刘老师谦逊而深情。\n"
)


def test_r2086_a_subtitle_recording_an_event_makes_news(tmp_path: Path) -> None:
    # other 0%: "记…活动" was read only at the headline's start
    assert _txt(tmp_path, "news.md", _R2086).kind == "news"


def test_r1651_a_festival_recorded_is_news(tmp_path: Path) -> None:
    # r1651 (桂林中学 news post): front matter title 记…音乐节
    text = (
        '---\ntitle: "记桂林中学 2021 年校园文化音乐节"\nauthor: glzx\n---\n\n'
        "2021 年初冬，桂林中学迎来了一年一度的校园文化音乐节。本次音乐节由知音联盟主办，SKR 说唱社，"
        "105°C 音乐社，TO 乐队及校团委学生会联合承办。\n"
    )
    assert _txt(tmp_path, "2021-12-12-news.md", text).kind == "news"


def test_a_weekly_report_of_this_week_and_next_is_a_report(tmp_path: Path) -> None:
    # r1658's shape (an association's monthly report: ## 本月工作 … ### 下月计划), as a
    # team's weekly report without a headline a 文种 ends
    text = (
        "# 测试小队 第 12 周\n\n## 本周工作\n\n1. 完成登录模块的接口测试，提交缺陷 14 个。\n"
        "2. 回归上周修复的缺陷 9 个，全部关闭。\n\n## 下周计划\n\n1. 开始支付模块的接口测试。\n"
    )
    assert _txt(tmp_path, "week12.md", text).kind == "report"
