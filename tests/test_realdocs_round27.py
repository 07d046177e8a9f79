"""Patterns of the parts worked on in round 27 (bench/corpus/rounds.md: heldout42's and
heldout43's misses, scored blind after round 26), each reproduced faithfully from the
document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r2046 (接机感谢信.docx): a students' association's letter of thanks (the whole text)
_R2046 = [
    "致教会合作伙伴的感谢信",
    "尊敬的各位教会领导以及工作人员们：",
    "感谢您们能够在百忙之中帮助我们RCSSA学联组织完成庞大的接机任务，夏末被秋天的第一缕微风缓缓送走，"
    "我们感谢您们在炎炎夏日中洒下的汗水。",
    "是您们，在无偿接机的条件下，帮我们送来了XXX位RU的新鲜中国血液，是您们的帮助，让我们哪怕在海外也能"
    "感受到家的温暖。您们一个个脸上洋溢的幸福的微笑，好像是在欢迎着我们新生加入这个新的一个大家庭。"
    "您们的提前准备，车辆调动，以及大量的人力资源调动在这酷暑之中带给了我们一丝惬意。",
    "在这里，我谨代表RCSSA全体成员以及享受接机服务的全体新生向您们表达最崇高的敬意以及感谢，"
    "希望我们能在接下来的日子里继续像家人一样合作下去。",
    "     ",
    "                                                         9/5/2019",
    "                                                    RCSSA全体成员",
]


def test_r2046_a_letter_of_thanks_is_no_speech(tmp_path: Path) -> None:
    # a speech, 67% (尊敬的…们 opening it): a false assurance → not counted: the headline
    # names a 感谢信, a 文种 no kind is (ruleset documents.types)
    assert _counted(_docx(tmp_path, "接机感谢信.docx", _R2046)) != "meeting_material"


# r2077 (announcement-2022-award.md): a community's announcement of its awards (front
# matter, headline and first paragraph)
_R2077 = (
    "---\ntitle: Nacos社区2022年荣获多个媒体奖项\n"
    "keywords: [获奖, 开源成熟度, CSDN年度开发者影响力项目, InfoQ 十大开源新锐项目]\n"
    "description: Nacos 社区荣获开源成熟度评估`优秀贰级`、`CSDN年度开发者影响力项目`和"
    "`InfoQ 十大开源新锐项目`殊荣\n"
    'date: "2023-03-20"\ncategory: announcement\n---\n# Nacos社区2022年荣获多个媒体奖项\n\n'
    "感谢社区小伙伴的积极参与和厚爱，Nacos社区在2022年收获了电子标准院2022年度开源成熟度评估`优秀贰级`、"
    "`CSDN年度开发者影响力项目`和`InfoQ 十大开源新锐项目`等殊荣，在2023年也希望有更多的小伙伴参与到"
    "Nacos社区中，让Nacos越来越好。\n"
)


def test_r2077_a_headline_reporting_what_was_won_or_held_is_news(tmp_path: Path) -> None:
    # other 0% → news counted (as labelled): …荣获…, …顺利举行, …发布 end a news headline
    assert _counted(_txt(tmp_path, "announcement-2022-award.md", _R2077)) == "news"


def test_a_notice_of_a_meeting_to_be_held_is_no_news(tmp_path: Path) -> None:
    text = (
        "关于召开2019年东西部扶贫协作推进会的通知\n各乡镇、县直各部门：\n"
        "定于2019年9月10日召开全县东西部扶贫协作推进会，请准时参加。\n特此通知。\n"
    )
    assert _counted(_txt(tmp_path, "会议通知.txt", text)) != "news"
