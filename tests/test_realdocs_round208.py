"""Rounds of session 33 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import docx_lines

# Round 208: the 落款 of a forum thread's copy (its bars kept, one space before the date,
# or run on after the last sentence), a year written 二 0 一九, and a subtitle's occasion
# in brackets or without its dashes

_NOTICE_BODY = [
    "关于合浦县2023年端午节龙舟赛活动期间对辖区部分道路实施临时交通管制的通告",
    "合浦县2023年端午节龙舟赛定于2023年6月22日在我县廉州镇西门江上新桥至还珠桥段河面举行。",
    "一、管制时间：2023年6月22日上午7时30分至12时。",
    "请观赛群众听从现场执勤民警和工作人员指挥，并自觉遵照执行。",
    "特此通告。",
]


def test_p1061_a_forum_copys_signature_with_its_empty_cell(tmp_path: Path) -> None:
    # pages37's p1061: one space between the 署名 and its date, a bar after: undated before
    lines = [*_NOTICE_BODY, "合浦县公安局交通管理大队 2023年6月16日 |"]
    record = docx_lines(tmp_path, "龙舟赛交通管制通告.docx", lines)
    assert (str(record.date), record.date_source) == ("2023-06-16", "signature")


def test_p2412_a_signature_over_the_threads_bar_lines(tmp_path: Path) -> None:
    # pages96's p2412: the 落款 on one line, "|" lines under it: undated before
    lines = [
        "致全体居民的一封公开信",
        "全体居民朋友们：",
        "凡举报上述两种行为且经调查属实的，每次给予 200 元奖励。守护家园，你我有责。",
        "平昌县人民政府同州街道办事处 2020 年 2 月 24 日",
        "|",
        "|",
    ]
    record = docx_lines(tmp_path, "公开信.docx", lines)
    assert (str(record.date), record.date_source) == ("2020-02-24", "signature")


def test_p2032_a_date_run_on_after_the_last_sentence(tmp_path: Path) -> None:
    # pages77's p2032: the body's paragraph closes on its 落款 date, the 署名 lost
    lines = [
        "中共泰州市委泰州市人民政府关于征集2022年度市区改善民生实事项目的通告",
        "为践行以人民为中心的发展思想，市委、市政府决定2022年继续开展为民办实事工作。"
        "征集时间为9月29日至10月15日，并留下姓名和联系电话，以便联系。 2021年9月29日",
        "|",
    ]
    record = docx_lines(tmp_path, "通告.docx", lines)
    assert (str(record.date), record.date_source) == ("2021-09-29", "signature")


def test_a_link_before_the_last_date_is_no_signature(tmp_path: Path) -> None:
    # pages33's p939: an e-paper's "--> 2018-04-2" closing the page: its cover date stays
    lines = [
        "花垣代表团赴济南槐荫区学习考察",
        "2018 年 04 月 25 日",
        "4月2日，花垣县党政代表团赴济南市槐荫区学习考察，双方就精准协作机制深入交流。",
        "七绣坊苗服饰文化公司负责人说，得到帮扶后，苗绣旗舰店已正式营业。",
        "--> 2018-04-2",
    ]
    record = docx_lines(tmp_path, "花垣.docx", lines)
    assert (str(record.date), record.date_source) == ("2018-04-25", "cover")


def test_a_date_inside_the_last_sentence_is_no_signature(tmp_path: Path) -> None:
    lines = [
        "关于做好春节期间安全生产工作的通知",
        "各乡镇人民政府：",
        "请各单位高度重视，认真组织开展隐患排查，整改结果于2021年9月29日",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert record.date is None


def test_p970_a_year_typed_with_spaces_and_a_zero(tmp_path: Path) -> None:
    # pages34's p970: "二 0 一九年一月八日" under the 署名 (the posting day before)
    lines = [
        "关于提请审议长春汽车经济技术开发区调整区划增设安庆、富民街道办事处的议案",
        "发布时间：2019-01-09 14:21 来源：",
        "区政协常委会：",
        "此事已经区委常委会议研究同意。现提请区政协常委会审议。",
        "绿园区人民政府",
        "二 0 一九年一月八日",
    ]
    record = docx_lines(tmp_path, "议案.docx", lines)
    assert (str(record.date), record.date_source) == ("2019-01-08", "signature")


def test_p292_a_bracketed_occasion_under_the_headline(tmp_path: Path) -> None:
    # pages11's p292: a report delivered to a township congress, dated by its posting day before
    lines = [
        "土官镇人民政府关于土官镇第二届人民代表大会第四次会议代表议案，建议、批评和意见办理情况的报告",
        "日期：2024年01月26日 作者： 来源： 点击：[]",
        "（2024年1月24日在土官镇第二届人民代表大会第六次会议上）",
        "镇长 李国栋",
        "各位代表：",
        "镇政府把办理工作摆上重要位置。截至2023年12月31日，建议全部在规定时限内书面答复代表。",
    ]
    record = docx_lines(tmp_path, "办理情况的报告.docx", lines)
    assert (str(record.date), record.date_source) == ("2024-01-24", "title")


def test_p2088_an_occasion_without_dashes_wrapped_over_two_lines(tmp_path: Path) -> None:
    # pages80's p2088: "2020 年 6 月 29 日在阿拉善左旗" / "第十五届人民代表大会第三次会议上"
    lines = [
        "（内蒙古）2020年阿拉善左旗人民政府工作报告（全文）",
        "发布时间：2022-08-06 22:09 责任编辑：www",
        "2020 年 6 月 29 日在阿拉善左旗",
        "第十五届人民代表大会第三次会议上",
        "各位代表：",
        "现在，我代表旗人民政府向大会报告工作，请予审议。",
    ]
    record = docx_lines(tmp_path, "政府工作报告.docx", lines)
    assert (str(record.date), record.date_source) == ("2020-06-29", "title")


def test_a_first_sentence_at_a_meeting_is_no_occasion(tmp_path: Path) -> None:
    # without dashes or brackets, "…会议上，" going on is the body's sentence
    lines = [
        "我县部署脱贫攻坚工作",
        "2019年3月5日在县委常委会议上，县委书记就脱贫攻坚工作作出部署。",
        "会议要求，各乡镇要压实责任。",
    ]
    record = docx_lines(tmp_path, "部署.docx", lines)
    assert record.date is None
