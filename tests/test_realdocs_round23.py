"""Patterns of the parts worked on in round 23 (bench/corpus/rounds.md: heldout38's news
posts, scored blind after round 22), each reproduced faithfully from the document's real
lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import text_file as _txt

# r1889 (2010-10-19-2010-lug-server-dev-meeting.md): a user group's news post, published on
# the 19th, telling of a meeting held on the 15th (the whole file)
_R1889 = (
    "---\n"
    "title: 2010 年 LUG 服务器维护计划研讨会\n"
    "author: Stephen\n"
    'date: "2010-10-19 00:37:50 +0800"\n'
    "categories:\n"
    "  - LUG 会议\n"
    "tags:\n"
    "  - PXE\n"
    "  - LUG\n"
    "  - Meeting\n"
    "comments: []\n"
    "---\n"
    "\n"
    "2010 年 10 月 15 日晚上，LUG 在科大西区图书馆组织了服务器维护小组第一次例会，会议由 LUG 协会现任副会长张成同学主持，集中讨论了发展现有网络"
    "服务的计划。20 余位 LUG 志愿者参加了本次会议。\n"
    "\n"
    "![会议现场](https://ftp.lug.ustc.edu.cn/wp-content/gallery/2010-lug-pxe-dev-meeting/"
    "img_8131.jpg)\n"
    "\n"
    "张成首先介绍了现在学校 linux 用户协会服务器现状，包括 debian,oss,pxe,freeshell,lug.ustc 等服务器的配置、历史介绍等。然"
    "后张成详细介绍了本学期服务器维护小组的工作计划，包括 oss/debian 系统和服务的更新以及 pxe 服务的改造构想。\n"
    "\n"
    "![张成介绍服务器现状](https://ftp.lug.ustc.edu.cn/wp-content/gallery/2010-lug-pxe-dev-mee"
    "ting/img_8126.jpg)\n"
    "\n"
    "活动计划介绍完之后，大家讨论了活动计划的具体开展方案，各位志愿者根据自己的兴趣爱好、以及服务器维护工作量大小等因素选择加入各个服务器的维护小组。各小组由现在的维"
    "护者担任组长，负责组织培训，活动通知等工作。最后，张成同学做了 pxe 网络服务的专题讲座。pxe 维护小组的同学以及其他感兴趣的同学认真听取了本次讲座。\n"
    "\n"
    "![PXE 讲座](https://ftp.lug.ustc.edu.cn/wp-content/gallery/2010-lug-pxe-dev-meetin"
    "g/img_8136.jpg)\n"
    "\n"
    "本次活动从 19:00 持续到 22:30，会议中大家进行了热烈讨论，积极要求参与到服务器的各项维护工作中，为本学年服务器维护工作的开展打下了一个良好的开端。会"
    "后部分志愿者还到活动室对将来需要用到的测试服务器等进行了实地考察。\n"
)


def test_r1889_a_news_post_is_dated_when_it_was_published(tmp_path: Path) -> None:
    # 2010-10-15 (meeting: the day of the meeting it tells of) → 2010-10-19 (published), as
    # labelled: news is dated by its publication (ruleset: dated_as_published)
    rec = _txt(tmp_path, "2010-10-19-2010-lug-server-dev-meeting.md", _R1889)
    assert (_counted(rec), _dated(rec)) == ("news", ("2010-10-19", "published"))


def test_minutes_keep_the_meetings_day_over_a_pages_date(tmp_path: Path) -> None:
    # a record of the meeting, posted later, is still dated by the meeting it records
    text = (
        '---\ntitle: 服务器维护小组第一次例会纪要\ndate: "2010-10-19"\n---\n\n'
        "时间：2010年10月15日晚上\n地点：西区图书馆\n主持人：张成\n出席人员：服务器维护小组全体成员\n"
        "会议议定：\n一、各小组按服务器分工维护。\n二、每两周例会一次。\n"
    )
    rec = _txt(tmp_path, "例会纪要.md", text)
    assert (_counted(rec), _dated(rec)) == ("minutes", ("2010-10-15", "meeting"))
