"""Rounds of session 34 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, docx_lines

# Round 221: a disclosure page's field values without their labels (an 索引号, keywords),
# a news item filed under 工作动态 or telling who inspected what, an account's posting line

_TOWNSHIP_CONGRESS = [
    "• 005295135/2017-00127",
    "• 中牟县官渡镇人民政府",
    "• 综合,政务,工作",
    "• 2017-08-22",
    "• 2017-08-28",
    "官渡镇第十五届人民代表大会第二次会议胜利召开",
    "8月21日，官渡镇第十五届人民代表大会第二次会议在镇政府五楼会议室召开。应到代表80名，"
    "因病因事请假9名，实到71名，列席42名。",
    "会议听取审议了镇政府所作的《官渡镇经济发展情况的报告》，代表们分6个代表团讨论，提出意见建议。",
    "镇党委书记最后讲话，强调要把人大工作纳入镇党委工作全局，希望代表们认真履职。",
    "主办单位:中牟县人民政府办公室 地址:河南省郑州市中牟县商都大道1号 邮编:451450",
]


def test_p2733_an_index_number_and_keywords_without_labels(tmp_path: Path) -> None:
    # pages112's p2733 (held-out miss): the 索引号 was the title, then the keywords
    record = docx_lines(tmp_path, "官渡镇人代会.docx", _TOWNSHIP_CONGRESS)
    assert record.doc is not None
    assert record.doc.title == "官渡镇第十五届人民代表大会第二次会议胜利召开"
    assert counted(record) == "news"


def test_three_words_between_commas_are_keywords_but_a_slogan_is_a_heading(
    tmp_path: Path,
) -> None:
    # the real corpus's r6919: a Markdown post's heading of three four-character phrases
    record = docx_lines(
        tmp_path,
        "回顾.docx",
        [
            "我在珠海,面向全国,心系世界",
            "欢迎你来加入我们开放的社区!",
            "成立半年以来社区成长情况汇总。",
        ],
    )
    assert record.doc is not None
    assert record.doc.title == "我在珠海,面向全国,心系世界"


_RADIO_VISIT = [
    "孙海娟察看乡村广播系统工程建设和运行情况",
    "索 引 号:005296664/2019-00133 主题分类:综合政务/工作信息/工作动态",
    "发布机构:中牟县广播电视总台 关 键 词:综合,工作,工作信息",
    "生成日期:2019-11-22",
    "据介绍，这项工程以有线数字电视网传输为主、无线调频覆盖为补充，依托县广电总台建起一个县级播控中心，"
    "连通14个乡镇（街道）所有村（社区）的1558个接收终端，乡村广播系统已做到全覆盖。",
    "孙海娟说，乡村广播系统工程既是政府工程也是民生工程。她要求县广电总台抓好技术维护队伍，"
    "改进广播节目编排制作，让工程更贴近群众、更受群众欢迎。",
]


def test_p2707_a_disclosure_record_filed_under_work_news(tmp_path: Path) -> None:
    # pages111's p2707 (held-out miss): the 索引号's −4 and the name's 情况 made it other
    record = docx_lines(tmp_path, "孙海娟察看乡村广播系统工程建设和运行情况.docx", _RADIO_VISIT)
    assert counted(record) == "news"


def test_a_disclosure_record_filed_under_plans_is_no_news(tmp_path: Path) -> None:
    lines = [
        "2019年乡村广播系统运行维护工作方案",
        "索 引 号:005296664/2019-00134 主题分类:综合政务/规划计划",
        "发布机构:中牟县广播电视总台",
        "一、工作目标",
        "乡村广播系统全年正常运行率达到98%以上。",
        "二、工作措施",
        "县广电总台抓好技术维护队伍，每季度巡检一次。",
    ]
    record = docx_lines(tmp_path, "方案.docx", lines)
    assert counted(record) == "plan"


def test_an_inspection_plan_named_after_its_inspectors_is_no_news(tmp_path: Path) -> None:
    lines = [
        "县政协视察现代农业发展工作方案",
        "一、视察时间",
        "2019年6月中旬。",
        "二、视察内容",
        "现代农业园区建设和政协提案办理情况。",
    ]
    record = docx_lines(tmp_path, "视察方案.docx", lines)
    assert counted(record) == "plan"


def test_p2705_an_accounts_posting_line_is_no_headline(tmp_path: Path) -> None:
    # pages110's p2705: "民生 2024-11-18 16:17 湖北" (column, day and time, province) was
    # a title candidate of its own, and the headline over it no web page's
    lines = [
        "最新公告!襄阳这里要拆",
        "民生   2024-11-18 16:17   湖北  ",
        "拟征收土地范围及面积",
        "本次拟征收土地涉及牛首镇黄丰村、牛首村,共1个地块,位于302省道以北,总面积3.3387公顷。",
    ]
    record = docx_lines(tmp_path, "最新公告.docx", lines)
    assert record.doc is not None
    scored = {c.text: (c.score, c.reason) for c in record.doc.title_candidates}
    assert scored["最新公告!襄阳这里要拆"][1].startswith("网页正文的标题")
    assert scored["民生2024-11-1816:17湖北"] == (
        0.0,
        "不是标题：发布时间行（日期、时刻，或其后的来源、作者）",
    )
    assert record.doc.title == "最新公告!襄阳这里要拆"
    assert (str(record.date), record.date_source) == ("2024-11-18", "published")


def test_p2087_a_reposts_posting_line_over_the_headline(tmp_path: Path) -> None:
    # pages80's p2087: "来自 国内 2019-11-25 09:13 的文章" was the title (dated as a title)
    lines = [
        "来自 国内 2019-11-25 09:13 的文章",
        "长子县“以气代煤”：天蓝地净民心暖",
        "进入11月，长子县农村已有一半地区的群众用上了清洁取暖。",
        "全县6个乡镇95个行政村的32187户村民告别了烧散煤做饭、取暖的日子。",
    ]
    record = docx_lines(tmp_path, "长子县以气代煤.docx", lines)
    assert record.doc is not None
    assert record.doc.title == "长子县“以气代煤”：天蓝地净民心暖"
    assert (str(record.date), record.date_source) == ("2019-11-25", "published")
