"""Rounds of session 31 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, docx_lines

# Round 189: a day and its time to the minute under a page's headline, no sentence and no
# event beside them, is when the page posted it


def test_p1917_a_time_stamp_with_a_spaced_source_after_it(tmp_path: Path) -> None:
    # pages71's p1917: "来 源" spaced out, so no posting line was read: undated
    lines = [
        "消费扶贫：“揪心果”化为“开心果”",
        "2020 年 03 月 23 日 16:36:10 来 源：摘自网络",
        "为贯彻习近平总书记在决战决胜脱贫攻坚座谈会上关于开展消费扶贫行动的讲话精神，"
        "3月20日下午，鱼峰区举办“消费扶贫·与爱同行”沃柑专场采购活动。",
    ]
    record = docx_lines(tmp_path, "消费扶贫.docx", lines)
    assert (str(record.date), record.date_source) == ("2020-03-23", "published")


def test_p247_a_time_stamp_between_a_sites_marks(tmp_path: Path) -> None:
    # pages9's p247: "©原创   2021-07-27 11:39   钟祥市融媒体中心", undated before
    lines = [
        "大柴湖义工募集16万元款物驰援河南老家",
        "©原创   2021-07-27 11:39   钟祥市融媒体中心",
        "河南暴雨灾情连日牵动人心。7月26日，大柴湖义工联合会举办情系家乡救灾募捐现场会，"
        "共募得款物16万元。",
    ]
    record = docx_lines(tmp_path, "大柴湖义工.docx", lines)
    assert (str(record.date), record.date_source) == ("2021-07-27", "published")


def test_p490_a_sites_clock_above_the_headline_is_no_posting_time(tmp_path: Path) -> None:
    # pages18's p490: the site prints the day it was read (2024-11-22 07:28:14) above
    # the headline; the posting time is the labelled one under it
    lines = [
        "2024-11-22 07:28:14",
        "东莞市横沥镇党委书记何植尧率考察团赴云南巧家县开展对口帮扶工作",
        "文章来源：环球聚焦传媒网    作者：    发布时间：2018-10-28 13:31    点击量：1461",
        "10月24日至25日，东莞市横沥镇党委书记何植尧带领考察团到云南省昭通市巧家县开展对口帮扶。",
    ]
    record = docx_lines(tmp_path, "横沥镇.docx", lines)
    assert (str(record.date), record.date_source) == ("2018-10-28", "published")


def test_a_span_of_hours_under_a_headline_is_an_events_time(tmp_path: Path) -> None:
    # heldout214's r10560 (a workshop's page): "2019/1/20 13:30 ~ 17:30" is when it is held
    lines = [
        "CodingDojo编程道场#1",
        "2019/1/20 13:30 ~ 17:30",
        "本次活动面向编程初学者，大家结对完成一道练习题。",
    ]
    record = docx_lines(tmp_path, "编程道场.docx", lines)
    assert record.date_source != "published"


def test_a_schedules_time_under_a_headline_is_no_posting_time(tmp_path: Path) -> None:
    # a notice's first line giving when and where its meeting is held
    lines = [
        "全县脱贫攻坚推进会议安排",
        "2019年5月6日 14:30 在县政府三楼会议室召开",
        "请各乡镇党委书记准时参加。",
    ]
    record = docx_lines(tmp_path, "会议安排.docx", lines)
    assert record.date_source != "published"


# Round 189: a headline telling that a body carried out research (…开展…专题调研) is news
# of it, no research report


def test_p2023_a_body_carrying_out_research_is_news(tmp_path: Path) -> None:
    # pages76's p2023 (blind, a false assurance): 调研 ending the headline made it a report
    # at 67%, by its title alone
    lines = [
        "关注农村饮水安全 解百姓健康之忧--七星区人大开展农村饮用水安全工作情况专题调研",
        "2019-11-28 10:26:29 七星人大 132",
        "根据区人大常委会2019年审议议题安排, 5月21日,七星区人大常委会副主任曾小明带领"
        "部分区人大代表, 对全区农村饮用水安全工作情况进行专题调研。",
    ]
    record = docx_lines(tmp_path, "七星区人大开展农村饮用水安全工作情况专题调研.docx", lines)
    assert counted(record) != "report"
    assert record.classification.kind == "news"
