"""Parts of an official document: 发文字号, title, type, drafts, placeholders."""

from __future__ import annotations

from datetime import date

import pytest

from evidence_audit.text.dates import document_date
from evidence_audit.text.docparse import (
    DocNumber,
    doc_type,
    embedded_titles,
    find_addressee,
    find_doc_number,
    find_issuer,
    find_title,
    first_heading,
    parse_document,
)

# In the project this vocabulary comes from the ruleset.
TYPES = (
    "决议", "决定", "令", "公报", "公告", "通告", "意见", "实施意见", "通知", "通报",
    "报告", "请示", "批复", "议案", "函", "复函", "纪要", "会议纪要", "方案", "实施方案",
    "办法", "管理办法", "细则", "规划", "总结", "协议", "协议书", "任务书", "责任书",
)  # fmt: skip

NOTICE = """XX县人民政府办公室文件

X政办发〔2019〕12号

XX县人民政府办公室关于印发《XX县2019年东西部
扶贫协作工作方案》的通知

各乡镇人民政府，县直各单位：
    根据湘发〔2018〕3号文件精神，经县人民政府同意，现将《XX县2019年东西部扶贫协作\
工作方案》印发给你们，请认真贯彻执行。

    附件：XX县2019年东西部扶贫协作工作方案

                                        XX县人民政府办公室
                                          2019年5月12日
    （此件公开发布）

抄送：县委办，县人大办，县政协办。
XX县人民政府办公室                        2019年5月13日印发
"""

MINUTES = """XX县扶贫协作高层联席会议纪要

    2019年3月5日，县委书记张三主持召开XX县扶贫协作高层联席会议，研究部署2019年东西部\
扶贫协作工作。会议认为，要按照《关于进一步加强东西部扶贫协作工作的指导意见》\
（中办发〔2016〕69号）要求，扎实推进各项工作。现将会议议定事项纪要如下：
    一、会议听取了2018年工作情况汇报。
    二、会议要求于2019年4月30日前完成项目申报。

出席：张三、李四、王五
列席：赵六
"""

REQUEST = """XX县扶贫开发领导小组办公室
X扶办〔2019〕7号                          签发人：李四

XX县扶贫开发领导小组办公室关于申请2019年
东西部扶贫协作项目资金的请示

XX市扶贫开发领导小组办公室：
    按照X市扶发〔2019〕2号文件要求，现将有关事项请示如下……
    妥否，请批示。

                                   XX县扶贫开发领导小组办公室
                                         2019年4月2日
（联系人：王五，电话：0731-84512345）
"""

BAD_NUMBER = """中共XX县委办公室
X办发【2019】012号

关于成立XX县东西部扶贫协作工作领导小组的通知（征求意见稿）

各乡镇党委：
    为加强组织领导，经研究，决定成立领导小组。

                                   中共XX县委办公室
                                     2019年2月1日
"""

ORDER = """XX县人民政府令
第3号

《XX县东西部扶贫协作资金管理办法》已经2019年4月8日县人民政府常务会议通过，现予公布，\
自2019年5月1日起施行。

                                        县长  张三
                                      2019年4月10日
"""


def test_notice() -> None:
    assert find_title(NOTICE, TYPES) == (
        "XX县人民政府办公室关于印发《XX县2019年东西部扶贫协作工作方案》的通知"
    )
    assert find_doc_number(NOTICE) == DocNumber(
        raw="X政办发〔2019〕12号",
        agency="X政办发",
        year=2019,
        seq=12,
        brackets="〔〕",
        well_formed=True,
        issue=None,
    )
    found = document_date(NOTICE)
    assert found is not None and found.date == date(2019, 5, 12)
    title = find_title(NOTICE, TYPES) or ""
    assert doc_type(title, TYPES) == "通知"
    assert embedded_titles(title) == ["XX县2019年东西部扶贫协作工作方案"]
    assert doc_type(embedded_titles(title)[0], TYPES) == "方案"


def test_minutes() -> None:
    assert find_title(MINUTES, TYPES) == "XX县扶贫协作高层联席会议纪要"
    assert doc_type("XX县扶贫协作高层联席会议纪要", TYPES) == "会议纪要"
    # the only number is a citation in the body
    number = find_doc_number(MINUTES)
    assert number is not None
    assert (number.raw, number.agency, number.year, number.seq, number.cited) == (
        "中办发〔2016〕69号",
        "中办发",
        2016,
        69,
        True,
    )
    found = document_date(MINUTES)
    assert found is not None and found.date == date(2019, 3, 5)


def test_request_with_signer_on_the_number_line() -> None:
    assert find_title(REQUEST, TYPES) == (
        "XX县扶贫开发领导小组办公室关于申请2019年东西部扶贫协作项目资金的请示"
    )
    number = find_doc_number(REQUEST)
    assert number is not None
    assert (number.raw, number.year, number.seq, number.well_formed, number.cited) == (
        "X扶办〔2019〕7号",
        2019,
        7,
        True,
        False,
    )
    found = document_date(REQUEST)
    assert found is not None and found.date == date(2019, 4, 2)


def test_bad_number_and_draft() -> None:
    number = find_doc_number(BAD_NUMBER)
    assert number == DocNumber(
        raw="X办发【2019】012号",
        agency="X办发",
        year=2019,
        seq=12,
        brackets="【】",
        well_formed=False,
        issue="年份应使用六角括号〔〕，实际为【】；序号不应编虚位，实际为012",
    )
    title = find_title(BAD_NUMBER, TYPES)
    assert title == "关于成立XX县东西部扶贫协作工作领导小组的通知（征求意见稿）"
    assert doc_type(title, TYPES) == "通知"
    found = document_date(BAD_NUMBER)
    assert found is not None and found.date == date(2019, 2, 1)


def test_order() -> None:
    assert find_doc_number(ORDER) == DocNumber(
        raw="XX县人民政府令\n第3号",
        agency="XX县人民政府",
        year=0,
        seq=3,
        brackets="",
        well_formed=True,
        issue=None,
    )
    assert find_title(ORDER, TYPES) == "XX县人民政府令"
    found = document_date(ORDER)
    assert found is not None and found.date == date(2019, 4, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (raw, agency, year, seq, brackets, well_formed, issue)
        ("湘发〔2019〕12号", ("湘发〔2019〕12号", "湘发", 2019, 12, "〔〕", True, None)),
        (
            "湘发﹝2019﹞12号",
            (
                "湘发﹝2019﹞12号",
                "湘发",
                2019,
                12,
                "﹝﹞",
                False,
                "年份应使用六角括号〔〕，实际为﹝﹞",
            ),
        ),
        (
            "湘发[2019]12号",
            ("湘发[2019]12号", "湘发", 2019, 12, "[]", False, "年份应使用六角括号〔〕，实际为[]"),
        ),
        (
            "湘发［2019］12号",
            (
                "湘发［2019］12号",
                "湘发",
                2019,
                12,
                "［］",
                False,
                "年份应使用六角括号〔〕，实际为［］",
            ),
        ),
        (
            "湘发(2019)12号",
            ("湘发(2019)12号", "湘发", 2019, 12, "()", False, "年份应使用六角括号〔〕，实际为()"),
        ),
        (
            "湘发（2019）12号",
            (
                "湘发（2019）12号",
                "湘发",
                2019,
                12,
                "（）",
                False,
                "年份应使用六角括号〔〕，实际为（）",
            ),
        ),
        (
            "湘发〖2019〗12号",
            (
                "湘发〖2019〗12号",
                "湘发",
                2019,
                12,
                "〖〗",
                False,
                "年份应使用六角括号〔〕，实际为〖〗",
            ),
        ),
        (
            "湘发〔2019]12号",
            (
                "湘发〔2019]12号",
                "湘发",
                2019,
                12,
                "〔]",
                False,
                "年份应使用六角括号〔〕，实际为〔]",
            ),
        ),
        (
            "湘发〔19〕12号",
            ("湘发〔19〕12号", "湘发", 2019, 12, "〔〕", False, "年份应写全四位，实际为19"),
        ),
        (
            "湘发〔98〕5号",
            ("湘发〔98〕5号", "湘发", 1998, 5, "〔〕", False, "年份应写全四位，实际为98"),
        ),
        (
            "湘发〔2019〕012号",
            ("湘发〔2019〕012号", "湘发", 2019, 12, "〔〕", False, "序号不应编虚位，实际为012"),
        ),
        (
            "湘发〔2019〕第12号",
            ("湘发〔2019〕第12号", "湘发", 2019, 12, "〔〕", False, "序号前不应加“第”"),
        ),
        (
            "湘政〔1992〕字第36号",
            (
                "湘政〔1992〕字第36号",
                "湘政",
                1992,
                36,
                "〔〕",
                False,
                "年份后不应加“字”；序号前不应加“第”",
            ),
        ),
        ("湘发 〔 2019 〕 12 号", ("湘发 〔 2019 〕 12 号", "湘发", 2019, 12, "〔〕", True, None)),
        (
            "湘发〔２０１９〕１２号",
            ("湘发〔２０１９〕１２号", "湘发", 2019, 12, "〔〕", True, None),
        ),
        (
            "黔东南府办函〔2019〕108号",
            ("黔东南府办函〔2019〕108号", "黔东南府办函", 2019, 108, "〔〕", True, None),
        ),
        ("国务院令第588号", ("国务院令第588号", "国务院", 0, 588, "", True, None)),
        ("令 第 5 号", ("令 第 5 号", "", 0, 5, "", True, None)),
    ],
)
def test_doc_number_forms(
    text: str, expected: tuple[str, str, int, int, str, bool, str | None]
) -> None:
    n = find_doc_number(text)
    assert n is not None
    assert (n.raw, n.agency, n.year, n.seq, n.brackets, n.well_formed, n.issue) == expected
    assert not n.cited


@pytest.mark.parametrize(
    "text",
    [
        "",
        "没有文号的文本",
        "湘发〔2019〕号",
        "〔2019〕12号",  # no agency
        "湘发2019年12号",
        "第（12）3号",  # enumeration in parentheses, not a 2-digit year
        "小区（2019）12号楼",
        "湘发〔2019〕\n12号",
    ],
)
def test_no_doc_number(text: str) -> None:
    assert find_doc_number(text) is None


@pytest.mark.parametrize(
    ("text", "raw", "cited"),
    [
        # the own number on its line beats an earlier citation in the body
        ("通知\n根据湘发〔2018〕3号文件，\nX政发〔2019〕1号\n", "X政发〔2019〕1号", False),
        # a citation after 《》 is skipped in favour of a later own number
        ("《关于XX的意见》（湘发〔2018〕3号）\n正文，X政发〔2019〕2号", "X政发〔2019〕2号", False),
        # only citations: the first is returned, marked cited
        ("按照湘办发〔2018〕5号和湘发〔2018〕3号文件要求", "湘办发〔2018〕5号", True),
        ("县政府根据湘发〔2018〕3号文件精神", "湘发〔2018〕3号", True),
        ("转发湘政办发〔2019〕5号文件", "湘政办发〔2019〕5号", True),
        ("依据国家档案局令第8号", "国家档案局令第8号", True),
        # a number in running text without a citing word, near the top
        ("本通知（X政发〔2019〕4号）自印发之日起施行", "X政发〔2019〕4号", False),
        # 签发人 before the number on the same line (上行文 extracted right to left)
        ("签发人：张三  X政发〔2019〕6号\n根据湘发〔2018〕3号文件", "X政发〔2019〕6号", False),
        # a PDF text layer without line breaks
        (
            "XX县人民政府办公室文件 X政办发〔2019〕12号 关于XX的通知 各乡镇： 根据湘发〔2018〕3号",
            "X政办发〔2019〕12号",
            False,
        ),
        # the 版头 number after a long 版头 still wins
        (
            "份号000123\n机密★1年\n特急\nXX县人民政府文件\nX政发〔2019〕9号\n",
            "X政发〔2019〕9号",
            False,
        ),
    ],
)
def test_doc_number_preference(text: str, raw: str, cited: bool) -> None:
    n = find_doc_number(text)
    assert n is not None
    assert (n.raw, n.cited) == (raw, cited)


def test_doc_number_own_line_far_down_beats_running_text() -> None:
    text = "正文" * 400 + "\n其中X政发〔2019〕3号提到\nX政发〔2019〕8号\n"
    n = find_doc_number(text)
    assert n is not None and n.seq == 8


def test_crlf_and_cr_line_breaks() -> None:
    for sep in ("\r\n", "\r"):
        text = NOTICE.replace("\n", sep)
        assert find_title(text, TYPES) == find_title(NOTICE, TYPES)
        assert find_doc_number(text) == find_doc_number(NOTICE)
        found = document_date(text)
        assert found is not None and found.date == date(2019, 5, 12)


def test_doc_number_is_frozen() -> None:
    n = find_doc_number("湘发〔2019〕12号")
    assert n is not None
    with pytest.raises(AttributeError):
        n.seq = 13  # type: ignore[misc]


def test_doc_number_uses_raw_text() -> None:
    # NFKC would turn ﹝﹞ into 〔〕 and hide the error; the raw text keeps it.
    n = find_doc_number("X政发﹝2019﹞3号")
    assert n is not None and n.brackets == "﹝﹞" and not n.well_formed


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "关于做好2019年东西部扶贫协作工作的通知\n各乡镇：",
            "关于做好2019年东西部扶贫协作工作的通知",
        ),
        ("关 于 做 好 XX 工 作 的 通 知", "关于做好XX工作的通知"),
        ("XX县2019年东西部扶贫协作工作方案\n一、总体要求", "XX县2019年东西部扶贫协作工作方案"),
        ("XX县东西部扶贫协作资金管理办法（试行）", "XX县东西部扶贫协作资金管理办法（试行）"),
        ("关于XX的通知（送审稿）", "关于XX的通知（送审稿）"),
        ("关于XX的通知(讨论稿)", "关于XX的通知(讨论稿)"),
        # split over two lines: joined
        (
            "XX县人民政府关于\n表彰2019年先进集体的决定\n",
            "XX县人民政府关于表彰2019年先进集体的决定",
        ),
        # split over three lines
        (
            "XX县人民政府办公室关于\n转发XX市东西部扶贫协作\n工作要点的通知\n",
            "XX县人民政府办公室关于转发XX市东西部扶贫协作工作要点的通知",
        ),
        # the 发文机关标志 without 文件 (信函格式) is skipped, not joined
        ("XX县人民政府办公室\nX政办函〔2019〕5号\n关于商请XX事项的函\n", "关于商请XX事项的函"),
        ("XX县人民政府办公室\n关于商请XX事项的函\n", "关于商请XX事项的函"),
        ("中共XX县委\nXX县人民政府\n关于XX的意见\n", "关于XX的意见"),
        # starts with 关于 but ends with a word that is not a type
        ("关于XX工作情况的汇报\n县委：", "关于XX工作情况的汇报"),
        # a title citing a number is not mistaken for the 发文字号 line
        ("关于转发湘政办发〔2019〕5号文件的通知", "关于转发湘政办发〔2019〕5号文件的通知"),
        # 份号, 密级, 紧急程度, page number before the title
        ("000123\n机密★1年\n特急\n— 1 —\n关于XX的报告", "关于XX的报告"),
        # sentences and closing formulas are not titles
        ("会议听取了工作总结。\n特此通知\nXX县扶贫协作工作总结", "XX县扶贫协作工作总结"),
        # a 纪要 header line ending in a date is not joined with the title
        (
            "第3期\nXX县人民政府办公室        2019年3月6日\nXX县扶贫协作高层联席会议纪要",
            "XX县扶贫协作高层联席会议纪要",
        ),
        # \r line breaks (text extracted from .doc files)
        ("XX县人民政府关于\r表彰先进集体的决定\r", "XX县人民政府关于表彰先进集体的决定"),
        # the type vocabulary decides: 汇报 is not a type
        ("XX县扶贫协作工作汇报\n正文", None),
        # nothing before the 主送 line
        ("各乡镇人民政府：\n关于XX的通知", None),
        ("XX县人民政府文件\nX政发〔2019〕1号\n", None),
        ("函", None),  # too short
        ("关于" + "很长" * 40 + "的通知", None),  # too long
        ("", None),
    ],
)
def test_find_title(text: str, title: str | None) -> None:
    assert find_title(text, TYPES) == title


def test_find_title_only_looks_at_the_first_lines() -> None:
    text = "\n".join(f"第{i}行内容" for i in range(20)) + "\n关于XX的通知"
    assert find_title(text, TYPES) is None
    assert find_title("\n\n\n关于XX的通知", TYPES) == "关于XX的通知"


def test_find_title_uses_the_given_vocabulary() -> None:
    assert find_title("XX县扶贫协作工作汇报", ["汇报"]) == "XX县扶贫协作工作汇报"
    assert find_title("XX县扶贫协作工作方案", ["通知"]) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于XX的通知", "通知"),
        ("XX会议纪要", "会议纪要"),
        ("XX纪要", "纪要"),
        ("关于XX的复函", "复函"),
        ("关于XX的函", "函"),
        ("XX县实施方案", "实施方案"),
        ("XX县工作方案", "方案"),
        ("关于XX的实施意见（试行）", "实施意见"),
        ("XX管理办法（2019年修订）", "管理办法"),
        ("关于XX的通知（征求意见稿）", "通知"),
        ("关于XX的通知【送审稿】", "通知"),
        ("关于XX的通知。", "通知"),
        ("关于XX的 通 知 ", "通知"),
        ("关于印发《XX管理办法》的通知", "通知"),
        ("关于印发《XX管理办法》", None),
        ("XX情况汇报", None),
        ("", None),
    ],
)
def test_doc_type(title: str, expected: str | None) -> None:
    assert doc_type(title, TYPES) == expected


def test_doc_type_empty_vocabulary() -> None:
    assert doc_type("关于XX的通知", []) is None
    assert doc_type("关于XX的通知", ["", "通知"]) == "通知"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于印发《XX县东西部扶贫协作资金管理办法》的通知", ["XX县东西部扶贫协作资金管理办法"]),
        ("关于转发《A方案》《B细则》的通知", ["A方案", "B细则"]),
        ("关于印发《关于XX的〈实施意见〉》的通知", ["关于XX的〈实施意见〉"]),
        ("关于XX的通知", []),
        ("关于《》的通知", []),
    ],
)
def test_embedded_titles(title: str, expected: list[str]) -> None:
    assert embedded_titles(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "青溪县典型案例：“山海同心”助力脱贫\n一、基本情况\n……",
            "青溪县典型案例：“山海同心”助力脱贫",
        ),
        ("\n青溪县召开扶贫协作推进会\n本报讯（记者 王芳）……", "青溪县召开扶贫协作推进会"),
        ("会议于今天上午召开，各方参加。\n二行", None),
        ("一、基本情况\n内容", None),
        ("青溪县人民政府办公室文件\n各乡镇：", None),
    ],
)
def test_first_heading(text: str, expected: str | None) -> None:
    assert first_heading(text) == expected


def test_title_does_not_swallow_a_section_heading() -> None:
    text = "青溪县典型案例：山海同心\n一、基本情况\n正文"
    assert find_title(text, ["情况"]) is None


SHORT_NOTICE = """青溪县人民政府办公室文件
青政办发〔2019〕12号
关于印发青溪县东西部扶贫协作资金管理办法的通知
各乡镇人民政府，县直各部门：
现将《青溪县东西部扶贫协作资金管理办法》印发给你们，请认真贯彻执行。
青溪县人民政府办公室
2019年5月12日
抄送：县委办。
"""
SIGNED_REPORT = """关于挂职干部保障条件的情况报告
州委组织部：
现将有关情况报告如下。
中共青溪县委组织部
2019年6月30日
"""


@pytest.mark.parametrize(
    ("text", "issuer", "addressee"),
    [
        (SHORT_NOTICE, "青溪县人民政府办公室", "各乡镇人民政府，县直各部门"),
        (SIGNED_REPORT, "中共青溪县委组织部", "州委组织部"),
        ("青溪县扶贫协作高层联席会议纪要\n2019年3月5日，召开会议。\n出席：张明", None, None),
    ],
)
def test_issuer_and_addressee(text: str, issuer: str | None, addressee: str | None) -> None:
    assert (find_issuer(text), find_addressee(text)) == (issuer, addressee)


# --- the parts of a document ----------------------------------------------------------


def _parts(text: str) -> list[tuple[str, str]]:
    return [(p.part, p.text) for p in parse_document(text, TYPES).parts]


def test_a_notice_is_read_into_its_gbt9704_parts() -> None:
    structure = parse_document(NOTICE, TYPES)
    assert _parts(NOTICE) == [
        ("issuer_mark", "XX县人民政府办公室文件"),
        ("doc_number", "X政办发〔2019〕12号"),
        ("title", "XX县人民政府办公室关于印发《XX县2019年东西部扶贫协作工作方案》的通知"),
        ("addressee", "各乡镇人民政府，县直各单位"),
        ("body", "1 行，起于“根据湘发〔2018〕3号文件精神，经县人民政府同意，现将《X”"),
        ("attachments", "附件：XX县2019年东西部扶贫协作工作方案"),
        ("signature", "XX县人民政府办公室"),
        ("date", "2019年5月12日"),
        ("note", "（此件公开发布）"),
        ("cc", "抄送：县委办，县人大办，县政协办。"),
        ("printed", "XX县人民政府办公室                        2019年5月13日印发"),
    ]
    assert structure.title_reason == "以文种“通知”结尾，2 行连成"
    assert structure.number is not None and structure.number.raw == "X政办发〔2019〕12号"
    assert structure.date is not None
    assert (structure.date.raw, structure.date.role) == ("2019年5月12日", "signature")
    roles = [(d.raw, d.role) for d in structure.dates]
    assert roles == [("2019年5月12日", "signature"), ("2019年5月13日", "issue")]


def test_a_request_has_its_signer_and_the_title_candidates_say_why() -> None:
    structure = parse_document(REQUEST, TYPES)
    parts = dict(_parts(REQUEST))
    assert parts["doc_number"] == "X扶办〔2019〕7号"
    assert parts["signer"] == "签发人：李四"
    assert parts["issuer_mark"] == "XX县扶贫开发领导小组办公室"
    reasons = {c.text: (c.chosen, c.reason) for c in structure.candidates}
    assert reasons["XX县扶贫开发领导小组办公室"] == (False, "不是标题：发文机关标志或机关名称")
    assert reasons["XX县扶贫开发领导小组办公室关于申请2019年东西部扶贫协作项目资金的请示"] == (
        True,
        "以文种“请示”结尾，2 行连成",
    )


def test_titles_that_end_in_no_type() -> None:
    # dev r126: "工作计划：" opens the text; r093: a company's letterhead is no title;
    # r085: "1 概述" is a numbered heading; r006: a table's row is never the title.
    cases = {
        "工作计划：\n让生活更有条理。\n按月及时取现金。": "工作计划",
        "深圳市康萌德智能科技有限公司\n1/1\n软件著作权申请材料要求\n版本号 说明": "软件著作权申请材料要求",
        "1 HappyTree Deadline概览\n本手册介绍使用方法。": None,
        "星期一\t上午\t工作内容\n下午\t研究细则\t刘伯庆": None,
    }
    for text, title in cases.items():
        assert parse_document(text, TYPES).title == title, text


def test_a_headline_broken_over_two_lines_is_joined() -> None:
    # dev_seen r124, r138: the headline's last words on a line of their own
    text = (
        "附件5\n山东财经大学本科毕业论文（设计）\n参考文献规范格式\n"
        "参考文献是文中引用的具有文字来源的文献集合，应限于作者直接阅读过的文献。"
    )
    structure = parse_document(text, TYPES)
    assert structure.title == "山东财经大学本科毕业论文（设计）参考文献规范格式"
    assert structure.title_reason == "首个像标题的短行（不是句子），与下一行的短行连成"
    # dev_seen r140: 章程 is a 文种 of the ruleset
    text = (
        "第一届全国大学生集成电路创新创业大赛（邀请赛）\n章程\n一、概况\n为培养人才，决定举办大赛。"
    )
    assert (
        parse_document(text, (*TYPES, "章程")).title
        == "第一届全国大学生集成电路创新创业大赛（邀请赛）章程"
    )
    # dev_seen r148: the next typed line opens the first part ("作业一、…说明")
    text = "2019秋课程作业说明\n作业一、讲义读书笔记说明\n请阅读讲义并写笔记。"
    assert parse_document(text, (*TYPES, "说明")).title == "2019秋课程作业说明"
    not_joined = {
        # an author's name, a table's cells (dev r093) and a third short line
        "美国工程管理教育管窥\n何继善\n摘要：本文介绍美国工程管理教育的情况。": "美国工程管理教育管窥",
        "软件著作权申请材料要求\n版本号 说明 修改者 时间\n本文说明申请材料。": "软件著作权申请材料要求",
        "凤栖历下深化携手奔小康\n两地共建产业园区\n云岭日报记者郑伟\n6月28日，展销会开幕。": (
            "凤栖历下深化携手奔小康"
        ),
    }
    for text, title in not_joined.items():
        assert parse_document(text, TYPES).title == title, text
    # a subtitle under its headline goes with it (round 92; corpus titles carry theirs)
    text = "携手奔小康\n——记帮扶干部张某\n他来到村里已经三年了，走遍了每一户。"
    assert parse_document(text, TYPES).title == "携手奔小康——记帮扶干部张某"


def test_an_issuer_line_above_a_typed_title_opens_it() -> None:
    # dev r110: "西安电子科技大学" over "优才海外访学项目实施细则"
    text = "附件4\n西安电子科技大学\n优才海外访学项目实施细则\n为开拓本科生的国际视野，制定本细则。"
    structure = parse_document(text, ("细则",))
    assert structure.title == "西安电子科技大学优才海外访学项目实施细则"
    assert structure.title_reason == "以文种“细则”结尾，与上一行的机关名称连成"
    # a 局 above a 关于 title is the 版头, not part of the title
    text = "四川省扶贫和移民工作局\n关于同意调整计划的批复\n某局：\n同意。"
    assert parse_document(text, ("批复",)).title == "关于同意调整计划的批复"


def test_head_lead_and_tail_are_where_a_genre_shows() -> None:
    text = (
        "凤栖历下深化携手奔小康\n2019年7月2日　来源：云岭日报\n"
        "本报讯（记者 郑伟）6月28日，展销会开幕。\n第二段。\n第三段。\n第四段。\n第五段。\n"
        "责任编辑：刘华德"
    )
    structure = parse_document(text, TYPES, "凤栖历下深化携手奔小康")
    assert structure.lead.splitlines()[0] == "2019年7月2日　来源：云岭日报"
    assert structure.tail.splitlines()[-1] == "责任编辑：刘华德"
    assert structure.date is not None and structure.date.role == "published"
    brief = "第3期\nXX县人民政府办公室        2019年3月6日\n关于春耕的情况\n正文。"
    structure = parse_document(brief, ("情况",))
    assert structure.head == "第3期\nXX县人民政府办公室        2019年3月6日"
    assert dict(_parts(brief))["masthead"] == "XX县人民政府办公室        2019年3月6日"
    assert structure.date is not None and structure.date.role == "masthead"


def test_an_attachment_mark_above_the_title_is_no_addressee() -> None:
    # dev_seen r125: "附件1：" over a form's title, not a 主送机关 ending the head
    text = "附件1：\n河北省食品药品从业人员健康检查表\n体检日期：    年  月  日        编号:\n单位:    单位性质:"
    structure = parse_document(text, TYPES)
    assert structure.title == "河北省食品药品从业人员健康检查表"
    reasons = {c.text: c.reason for c in structure.candidates}
    assert reasons["附件1"] == "不是标题：附件标识（附件1）"


def test_a_letter_spaced_letterhead_does_not_open_the_title() -> None:
    # dev_seen r142, r143: "杭 州 电 子 科 技 大 学" set letter-spaced over the form's name;
    # dev r110's plain "西安电子科技大学" over its 实施细则 still opens it
    types = TYPES
    text = "杭 州 电 子 科 技 大 学\n毕业设计（论文）开题报告\n学    院\t网络空间安全学院\n一、题目"
    structure = parse_document(text, types)
    assert (structure.title, structure.title_reason) == (
        "毕业设计（论文）开题报告",
        "以文种“报告”结尾",
    )
    text = "附件4\n西安电子科技大学\n优才海外访学项目实施细则\n为开拓本科生的国际视野，制定本细则。"
    assert parse_document(text, types).title == "西安电子科技大学优才海外访学项目实施细则"


def test_a_field_opening_a_form_is_no_headline() -> None:
    # "项目名称：…" over a section heading is a form's field, "数读空气质量：…" a kicker
    text = "项目名称：智慧农业服务平台建设\n一、项目背景\n农业生产需要数据支持。"
    assert parse_document(text, TYPES).title is None
    text = "数读空气质量：保定雾霾治理初见成效\n前几年，保定的空气质量状况不佳。"
    assert parse_document(text, TYPES).title == "数读空气质量：保定雾霾治理初见成效"
