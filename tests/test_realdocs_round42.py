"""The patterns worked on in round 42 (bench/corpus/rounds.md: misses of heldout82–86,
seen after round 41), reproduced faithfully from the documents' real lines. The corpus id
is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.files.extract._ole import _map_chars


def test_r4160_a_macrobuttons_display_text_is_printed() -> None:
    # r4160 (a university's .doc notice): the number's "1" typed into a template's
    # MACROBUTTON field, which has no result; read as 重邮〔2009〕08号 before
    raw = "\x07\x07\r重邮〔2009〕\x13 MACROBUTTON EmptyMacro 1\x1508号\r\r关于印发《重庆邮电大学"
    assert _map_chars(raw).splitlines()[0] == "重邮〔2009〕108号"


def test_other_fields_show_their_result_only() -> None:
    assert _map_chars("第\x13 PAGE \x143\x15页") == "第3页"
    assert _map_chars('见\x13 HYPERLINK "http://a.cn" \x14网站\x15。') == "见网站。"
    # a macro button inside another field's instruction shows nothing
    assert _map_chars("A\x13 IF \x13 MACROBUTTON M x\x15 \x14B\x15C") == "ABC"


def test_r4076_a_defence_committees_opinion_is_no_policy(tmp_path: Path) -> None:
    # r4076 (a thesis defence's 答辩意见草稿.doc): counted as a 政策文件 (80%) before
    lines = [
        "杨扬同学工程硕士论文答辩意见（草稿）",
        "论文选题具有一定的工程应用价值，作者查阅了较多的文献资料，论文结构合理，层次清楚。",
        "答辩过程中，该生能够正确回答答辩委员会提出的问题。",
        "经答辩委员会无记名投票表决，一致同意通过杨扬同学的硕士学位论文答辩。",
        "答辩委员会主席：",
        "年    月    日",
    ]
    assert _counted(_docx(tmp_path, "答辩意见草稿.docx", lines)) == "other"


# r3963 (a city's news page): the breadcrumb, the column, the headline, the posting line
# at the end; the <title> is the headline, a space, the column and the site's name
_R3963_HEADLINE = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
_R3963 = (
    f"<html><head><title>{_R3963_HEADLINE} 东区办事处_中山网</title></head><body>\n"
    "<div>现在位置： 首页 &gt;&gt; 东区新闻 &gt;&gt; 正文</div>\n"
    "<div>东区办事处</div><div>东区新闻</div>\n"
    f"<div>{_R3963_HEADLINE}</div>\n<div>来源于：东区办事处</div>\n"
    "<p>2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉等一行"
    "八人到众创金融街进行实地考察调研。</p>\n"
    "<p>调研组一行走访了中山零壹金服，观看了众创金融街宣传片，参观了金融街服务中心。</p>\n"
    "<div>发布日期：2019-03-06 责任编辑：龙慧</div>\n</body></html>\n"
)


def test_r3963_a_page_titles_site_part_after_a_space(tmp_path: Path) -> None:
    # titled by the breadcrumb "现在位置：首页>>东区新闻>>正文" before
    record = _txt(tmp_path, "1.html", _R3963)
    assert record.doc.title == _R3963_HEADLINE


_R3960_MENU = ["首页", "简", "繁", "EN", "登录", "个人中心", "国务院", "总理"]


def test_r3960_a_page_titles_headline_wrapped_over_two_lines(tmp_path: Path) -> None:
    # r3960 (a State Council bulletin's page): the <title> holds the 决议's headline, the
    # bulletin's issue and the site; the page prints the headline over two lines, so the
    # space inside it ("2007 年末") is no site's part: untitled before
    head = "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007"
    page = (
        f"<html><head><title>{head} 年末国债余额限额的决议__2007年第23号国务院公报_中国政府网"
        "</title></head><body>\n"
        + "".join(f"<div>{m}</div>\n" for m in _R3960_MENU * 8)
        + "<div>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</div>\n"
        f"<p>{head}</p><p>年末国债余额限额的决议</p>\n"
        "<p>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>\n"
        "<p>第十届全国人民代表大会常务委员会第二十八次会议审议了国务院关于提请审议财政部发行特别国债"
        "购买外汇及调整2007年末国债余额限额的议案。</p>\n</body></html>\n"
    )
    record = _txt(tmp_path, "1.html", page)
    assert record.doc.title == head + "年末国债余额限额的决议"


# r3973 (a portal's finance page): ~300 lines of the portal's menus, the headline, then
# the posting line with its time and source
_R3973_MENU = [
    "应用",
    "网易新闻",
    "网易云音乐",
    "网易云阅读",
    "有道云笔记",
    "网易公开课",
    "网易首页",
]


def test_r3973_a_posting_line_below_the_menus_dates_the_page(tmp_path: Path) -> None:
    # undated before: the posting line was read only among the first lines
    page = (
        "<html><head><title>证监会：暂停IPO发行 周五申购新股全部退款_网易财经</title></head><body>\n"
        + "".join(f"<li>{m}</li>\n" for m in _R3973_MENU * 5)
        + "<h1>证监会：暂停IPO发行 周五申购新股全部退款</h1>\n"
        "<div>2015-07-04 19:25:26　来源: 网易财经</div>\n"
        "<p>证监会新闻发言人表示，暂停IPO发行，周五申购新股全部退款。</p>\n"
        "<p>消息称中国证监会考虑暂停IPO 应对股市大跌 2015/06/29</p>\n</body></html>\n"
    )
    assert _date(_txt(tmp_path, "73.html", page)) == ("2015-07-04", "published")


def test_r3961_a_labelled_posting_line(tmp_path: Path) -> None:
    text = (
        "山西品牌丝路行（南美站）正式启动\n"
        "时间：2019-09-18 06:23 来源： 山西日报\n"
        "9月16日，由省商务厅主办的“山西品牌丝路行（南美站）”活动在秘鲁首都利马正式启动。\n"
    )
    assert _date(_txt(tmp_path, "1.txt", text)) == ("2019-09-18", "published")


def test_a_date_alone_or_a_meetings_time_is_no_posting_line(tmp_path: Path) -> None:
    text = (
        "关于召开2019年度工作总结会议的通知\n"
        "各科室：\n"
        "定于2019年12月30日召开年度工作总结会议，请准时参加。\n"
        "会议时间：2019年12月30日 9:00\n"
        "县扶贫办\n"
        "2019年12月25日\n"
    )
    assert _date(_txt(tmp_path, "通知.txt", text)) == ("2019-12-25", "signature")


def test_r4174_a_standards_cover_marks_are_no_headline(tmp_path: Path) -> None:
    # r4174 (a draft industry standard, .doc): titled 中华人民共和国金融行业标准 before
    lines = [
        "ICS\u300003.060",
        "CCS  A 11",
        "JR",
        "中华人民共和国金融行业标准",
        "JR/T XXXX—XXXX",
        "保险业电子保单OFD格式业务规范",
        "OFD format business specifications for electronic insurance policies",
        "（征求意见标准送审稿）",
        "国家金融监督管理总局  发布",
        "目\u3000\u3000次",
        "前言\tII",
    ]
    record = _docx(tmp_path, "规范.docx", lines)
    assert record.doc.title == "保险业电子保单OFD格式业务规范"


def test_r3966_site_controls_are_no_headline(tmp_path: Path) -> None:
    text = "转繁体版\n旧版回顾\n我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛\n" + (
        "时间：2019年10月31日 23:00 浏览：  33\n10月30日下午，我院医技药剂党支部举办了专业技能大赛。\n"
    )
    record = _txt(tmp_path, "1.txt", text)
    assert record.doc.title != "转繁体版"
    assert _date(record) == ("2019-10-31", "published")
