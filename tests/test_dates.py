"""Dates in free text, official documents, file names and EXIF values."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from evidence_audit.text.dates import (
    ROLE_ORDER,
    FoundDate,
    Layout,
    choose_date,
    date_from_exif,
    date_from_name,
    date_roles,
    document_date,
    find_dates,
    form_date,
    parse_chinese_date,
    title_date,
)

D = date(2019, 5, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年5月12日", D),
        ("2019年05月12日", D),
        ("2019 年 05 月 12 日", D),
        ("2019年5月12号", D),
        ("２０１９年５月１２日", D),
        ("2019.5.12", D),
        ("2019.05.12", D),
        ("2019-05-12", D),
        ("2019/5/12", D),
        ("２０１９．５．１２", D),
        ("二〇一九年五月十二日", D),
        ("二○一九年五月十二日", D),  # U+25CB
        ("二O一九年五月十二日", D),
        ("二Ｏ一九年五月十二日", D),
        ("二0一九年五月十二日", D),
        ("二零一九年五月十二日", D),
        ("二〇一九年元月二十一日", date(2019, 1, 21)),
        ("2019年元月2日", date(2019, 1, 2)),
        ("二〇一九年十二月三十日", date(2019, 12, 30)),
        ("二〇一九年十二月三十一日", date(2019, 12, 31)),
        ("二〇一九年十月十日", date(2019, 10, 10)),
        ("二〇一九年十一月九日", date(2019, 11, 9)),
        ("一九九九年二月二十八日", date(1999, 2, 28)),
        ("二〇二〇年二月二十九日", date(2020, 2, 29)),
        ("  2019年5月12日  ", D),
        ("20190512", D),
        ("２０１９０５１２", D),
        ("2019-05-12 09:30:00", D),
        ("2019/5/12 9:30", D),
        ("2019年5月12日 09:30", D),
        ("20190512 09:30:00.000", D),
    ],
)
def test_parse_chinese_date(text: str, expected: date) -> None:
    assert parse_chinese_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2019年2月30日",
        "2019年13月1日",
        "2019年5月",
        "2019年",
        "2019.5",
        "2019.5-12",  # mixed separators
        "二〇一九年二月三十日",
        "二〇一九年十三月一日",
        "一八九九年一月一日",
        "1899年1月1日",
        "2019年5月12日至13日",  # more than a date
        "2019年5月12日 2019年5月13日",
        "会议于2019年5月12日召开",
        "20191301",
        "201905120",
        "19890512",  # compact form needs a year in 1990..2039
        "2019-05-12 25:00:00x",
        "09:30:00",
    ],
)
def test_parse_chinese_date_rejects(text: str) -> None:
    assert parse_chinese_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议于2019年5月12日召开。", [("2019年5月12日", D)]),
        (
            "2019年5月12日至2019年5月14日",
            [("2019年5月12日", D), ("2019年5月14日", date(2019, 5, 14))],
        ),
        ("时间：2019.5.12，地点：县政府", [("2019.5.12", D)]),
        (
            "二〇一九年五月十二日 二零二零年元月一日",
            [
                ("二〇一九年五月十二日", D),
                ("二零二零年元月一日", date(2020, 1, 1)),
            ],
        ),
        ("身份证号430124199001011236", []),
        ("编号20190512号", []),
        ("2019年2月30日和2019年2月28日", [("2019年2月28日", date(2019, 2, 28))]),
        ("2019.5.12和2019-5-12及2019/5/12", [("2019.5.12", D), ("2019-5-12", D), ("2019/5/12", D)]),
        ("12019-05-12", []),
        ("2019-05-123", []),
        ("2019-05/12", []),
        # the year alone ending a line, the month and day opening the next (a narrow cell)
        ("2019年\n5月12日", [("2019年\n5月12日", date(2019, 5, 12))]),
        ("会议时间：2021\n03/02 例会", [("2021\n03/02", date(2021, 3, 2))]),
        ("2019\n3.1 概述", []),  # a section number under a year: no date
        ("第2019\n3/2", []),  # the year is no year alone on its line
        ("2019年底\n5月12日", []),
        ("2019年\n1-2月，共完成", []),  # months 1 to 2 under the year: no day
        # damaged by OCR, one reading only
        ("2025年3月l9日", [("2025年3月l9日", date(2025, 3, 19))]),
        ("2O19年8月2O日", [("2O19年8月2O日", date(2019, 8, 20))]),
        ("会议日期2025/319会议地点", [("2025/319", date(2025, 3, 19))]),
        ("日期：2025/0319", [("2025/0319", date(2025, 3, 19))]),
        ("会议日期2025/112", []),  # 1/12 or 11/2: ambiguous, no date
        ("2025/319", []),  # unlabelled: a figure, not a damaged date
        ("3.2万元，2019年", []),
        ("第1822019年5月12日", []),  # year glued to other digits
        ("截至2019年12月31日，共2019人", [("2019年12月31日", date(2019, 12, 31))]),
        ("一二〇一九年五月十二日", []),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, date]]) -> None:
    found = find_dates(text)
    assert [(f.raw, f.date) for f in found] == expected
    for f in found:
        assert text[f.start : f.end] == f.raw


def test_found_date_is_frozen_with_slots() -> None:
    f = find_dates("于2019年5月12日")[0]
    assert f == FoundDate(D, 1, 11, "2019年5月12日")
    assert not hasattr(f, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 0  # type: ignore[misc]


def test_find_dates_full_width_offsets() -> None:
    text = "日期：２０１９年５月１２日。"
    (f,) = find_dates(text)
    assert (f.start, f.end, f.raw, f.date) == (3, 13, "２０１９年５月１２日", D)


NOTICE = """XX县人民政府办公室文件

X政办发〔2019〕12号

XX县人民政府办公室关于印发《XX县2019年东西部
扶贫协作工作方案》的通知

各乡镇人民政府，县直各单位：
    根据湘发〔2018〕3号文件精神，经县人民政府同意，现将《XX县2019年东西部扶贫协作\
工作方案》印发给你们，请认真贯彻执行。本方案自2019年6月1日起施行。

    附件：XX县2019年东西部扶贫协作工作方案

                                        XX县人民政府办公室
                                          2019年5月12日
    （此件公开发布）

抄送：县委办，县人大办，县政协办。
XX县人民政府办公室                        2019年5月13日印发
"""

MINUTES = """XX县扶贫协作高层联席会议纪要

    2019年3月5日，县委书记张三主持召开XX县扶贫协作高层联席会议，研究部署2019年东西部\
扶贫协作工作。现将会议议定事项纪要如下：
    一、会议听取了2018年工作情况汇报。
    二、会议要求于2019年4月30日前完成项目申报。

出席：张三、李四、王五
列席：赵六
"""


def test_document_date_notice() -> None:
    f = document_date(NOTICE)
    assert f is not None
    assert (f.date, f.raw) == (D, "2019年5月12日")
    assert NOTICE[f.start : f.end] == "2019年5月12日"


def test_document_date_minutes_uses_the_first_sentence() -> None:
    f = document_date(MINUTES)
    assert f is not None
    assert (f.date, f.raw, f.start) == (date(2019, 3, 5), "2019年3月5日", 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signature date in Chinese numerals (pre-2012 style)
        ("关于XX的通知\n正文。\n    XX县人民政府\n  二〇一一年十一月二十日\n", date(2011, 11, 20)),
        # signature and date on one line, separated by spaces
        ("关于XX的通知\n正文。\nXX县人民政府办公室    2019年5月12日\n", D),
        # no 版记: the last stand-alone date wins over dates in sentences
        ("正文2019年1月1日开始。\n2019年5月12日\n此后于2019年6月1日实施。", D),
        # a 版记 with 抄送 but the date glued to the signature: last date before it
        ("正文于2019年1月1日。\nXX县人民政府2019年5月12日\n抄送：县委办。\n", D),
        # only the 印发 date
        ("正文。\nXX县人民政府办公室 2019年5月13日印发\n", date(2019, 5, 13)),
        # 印发 date ignored even without 抄送
        ("正文。\n      2019年5月12日\nXX县人民政府办公室 2019年5月13日印发\n", D),
        # dates after the 版记 (a second document) are ignored
        ("正文。\n  2019年5月12日\n抄送：县委办。\n\n关于YY的通知\n  2019年8月1日\n", D),
        # a date inside parentheses on its own line
        ("XX会议纪要\n（2019年3月5日）\n会议研究了……", date(2019, 3, 5)),
        # 纪要 header date line wins over the head-of-body sentence
        ("第3期\nXX县人民政府办公室        2019年3月6日\n2019年3月5日，会议……", date(2019, 3, 6)),
        # date only deep in the body: not in the first lines, not stand-alone
        ("标题\n" + "正文。\n" * 10 + "于2019年5月12日召开。", None),
        ("没有日期的文本", None),
        ("", None),
    ],
)
def test_document_date_cases(text: str, expected: date | None) -> None:
    f = document_date(text)
    assert (f.date if f else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("IMG_20190512_093012.jpg", D),
        ("IMG20190512093012.jpg", D),
        ("微信图片_20190512093012.jpg", D),
        ("mmexport1557624612000.jpg", D),  # 2019-05-12 09:30:12 in UTC+8
        ("mmexport1557590400000.jpg", D),  # 2019-05-12 00:00 UTC+8 (still 11 May in UTC)
        ("wx_camera_1557624612000.jpg", D),
        ("Screenshot_2019-05-12-09-30-12.png", D),
        ("Screenshot_20190512-093012.png", D),
        ("VID_20190512_093012_HDR.mp4", D),
        ("2019.05.12 联席会议.jpg", D),
        ("2019-5-12会议照片", D),
        ("2019年5月12日联席会议纪要.pdf", D),
        ("二〇一九年五月十二日会议", D),
        ("1-1-1 20190512联席会议", D),
        ("IMG_20190512_093012123.jpg", D),
        ("201905120930.jpg", D),
        ("20190512093012123.jpg", D),
        ("会议_2019年5月12日_IMG_20190601_100000.jpg", D),  # leftmost wins
        ("IMG_1234.jpg", None),
        ("2019年工作方案.docx", None),
        ("2019年5月工作动态.docx", None),
        ("430124199001011236.jpg", None),  # an ID number
        ("张三430124199001011236身份证.jpg", None),
        ("19890512.jpg", None),  # year outside 1990..2039
        ("20400512.jpg", None),
        ("20191332.jpg", None),
        ("20190512256000.jpg", None),  # hour 25
        ("2019051.jpg", None),
        ("mmexport0000000000001.jpg", None),
        ("", None),
    ],
)
def test_date_from_name(name: str, expected: date | None) -> None:
    assert date_from_name(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019:05:12 09:30:12", D),
        ("2019-05-12T09:30:12", D),
        ("2019-05-12T09:30:12+08:00", D),
        ("2019:05:12", D),
        ("2019/05/12 09:30", D),
        ("2019:05:12 09:30:12\x00", D),
        (" 2019:05:12 09:30:12", D),
        ("0000:00:00 00:00:00", None),
        ("2019:02:30 09:30:12", None),
        ("    :  :     :  :  ", None),
        ("", None),
        ("abc", None),
    ],
)
def test_date_from_exif(value: str, expected: date | None) -> None:
    assert date_from_exif(value) == expected


def test_published_date_of_a_printed_web_page_beats_the_print_header() -> None:
    text = (
        "2019/11/20 上午10:41　　临港凤凰结对帮扶见实效 - 南岭新闻网\n"
        "http://www.example.cn/xqdt/201909/t20190912_4418562.html\n"
        "临港凤凰结对帮扶见实效\n"
        "来源：南岭新闻网　　发布时间：2019-09-12 16:45:08　　作者：本网记者 陶敏\n"
        "9月10日，临港区商会组织12家会员企业来到凤凰区。\n"
    )
    found = document_date(text)
    assert found is not None and found.date == date(2019, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("XX台账\n填报单位：XX县　　填报日期：2019年12月5日\n序号 姓名", date(2019, 12, 5)),
        ("制表时间: 2019.11.30", date(2019, 11, 30)),
        ("数据截至2019年11月30日", None),
        ("推进会签到表\n时间：2019年5月9日　地点：县会议中心", date(2019, 5, 9)),
        ("导出时间：2019-12-03 10:15", date(2019, 12, 3)),
        ("序号 培训名称 培训时间\n1 家政培训 2019.4.22-4.26", None),
    ],
)
def test_form_date(text: str, expected: date | None) -> None:
    found = form_date(text)
    assert (found.date if found else None) == expected


# --- the role of each date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "chosen"),
    [
        # a notice: 落款, 印发, and a date the body only mentions
        (
            NOTICE,
            [("2019年6月1日", "body"), ("2019年5月12日", "signature"), ("2019年5月13日", "issue")],
            "signature",
        ),
        (
            "关于XX的通知\n各单位：\n本办法自2019年6月1日起施行。\n  XX县人民政府\n  2019年5月12日\n",
            [("2019年6月1日", "body"), ("2019年5月12日", "signature")],
            "signature",
        ),
        # a 纪要: the meeting's date opens the first sentence; a deadline is the body's
        (
            MINUTES,
            [("2019年3月5日", "meeting"), ("2019年4月30日", "body")],
            "meeting",
        ),
        # only an 印发 date after a 纪要 whose first sentence names no meeting
        (
            "XX纪要\n会议研究了工作。\n分送：各处。\nXX局办公室    2019年6月16日印发\n",
            [("2019年6月16日", "issue")],
            "issue",
        ),
        # a template's cover date, and the meeting's date in its form (dev r090, r091)
        (
            "会议纪要\n批准日期：2010-9-1\n文档版本：0.0.2\n会议纪要\n"
            "会议时间\t2015/10/25 8:30---10:00\t会议地点\t电话会议\n",
            [("2010-9-1", "cover"), ("2015/10/25", "meeting")],
            "meeting",
        ),
        # "时 间" over its value, "地 点" below: a record of a meeting
        (
            "会议记录\n记录人：王\n时 间\n2017年6月20日10:00\n地 点\n704室\n",
            [("2017年6月20日", "meeting")],
            "meeting",
        ),
        # a deadline is no one's 落款 (dev r140); 签约时间 is (dev r120)
        ("章程\n报名截止日期：2017 年 3 月 15 日。", [("2017 年 3 月 15 日", "body")], None),
        (
            "煤炭购销合同\n甲方：某公司\n签约时间：  2020年7月10日\n",
            [("2020年7月10日", "signature")],
            "signature",
        ),
        # a table's rows carry their own dates (dev r117); a tab pushing the 落款 right
        # is no table (dev r049)
        ("工作总结\n某酒店\t某度假村\t开发\t2018-3-25\n", [("2018-3-25", "body")], None),
        (
            "关于办理情况的报告\n省政府：\n特此报告。\n\t\t2014年11月17日\n",
            [("2014年11月17日", "signature")],
            "signature",
        ),
        # a record of dated entries has no 落款 (dev r144)
        (
            "指导记录\n" + "".join(f"指导内容{i}。\n2018年0{i}月1{i}日\n" for i in range(2, 7)),
            [(f"2018年0{i}月1{i}日", "body") for i in range(2, 7)],
            None,
        ),
        # a year quoted from history is the body's, whatever stands around it
        (
            "齿轮转烽火忆\n7月8日，团队开展活动。\n“1937年7月7日，这里发生了一件大事。”\n",
            [("1937年7月7日", "body")],
            None,
        ),
        # dates after the 版记 belong to what is stapled on (dev r042)
        (
            "关于XX的批复\n某局：\n同意。\n某局\n2015年1月5日\nXX办公室    2015年1月5日印发\n2014年12月31日\n",
            [("2015年1月5日", "signature"), ("2015年1月5日", "issue"), ("2014年12月31日", "body")],
            "signature",
        ),
    ],
)
def test_date_roles(text: str, expected: list[tuple[str, str]], chosen: str | None) -> None:
    roles = date_roles(text)
    assert [(r.raw, r.role) for r in roles] == expected
    best = choose_date(roles)
    assert (best.role if best else None) == chosen


def test_choose_date_follows_the_role_order() -> None:
    assert ROLE_ORDER == (
        "signature", "masthead", "published", "meeting", "issue", "form", "title", "cover",
    )  # fmt: skip
    text = "第3期\nXX县人民政府办公室        2019年3月6日\n2019年3月5日，县长主持召开会议。\n"
    roles = date_roles(text, Layout(head_end=text.index("2019年3月5日") - 1))
    assert [(r.raw, r.role) for r in roles] == [
        ("2019年3月6日", "masthead"),
        ("2019年3月5日", "meeting"),
    ]
    best = choose_date(roles)
    assert best is not None and best.role == "masthead"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("移民安置处2014年3月24—28日（第三周）工作安排", (date(2014, 3, 24), "title")),
        ("费用报销 创建日期:2020-09-17 20:02:36", None),
        ("XX台账（填报日期：2019年12月5日）", (date(2019, 12, 5), "form")),
        ("2019年工作要点", None),
    ],
)
def test_title_date(title: str, expected: tuple[date, str] | None) -> None:
    found = title_date(title)
    assert ((found.date, found.role) if found else None) == expected


def test_a_range_in_one_month_is_dated_by_its_first_day() -> None:
    (f,) = find_dates("2014年3月24—28日")
    assert (f.date, f.raw) == (date(2014, 3, 24), "2014年3月24—28日")
    assert parse_chinese_date("2014年3月24—28日") is None
