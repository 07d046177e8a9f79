"""Rounds of session 28 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

import datetime
from pathlib import Path

import docx
import pytest
from realdocs_kit import RULES, add_table, counted, dated, docx_lines, save_docx, text_file

from evidence_audit.text.dates import delivered_at, find_dates
from evidence_audit.text.docparse import find_doc_number

# Round 147: pages29's p818, a township's news item saved from a county's 基层政务公开
# site: no byline, no 来源, no 记者; only its headline (a township doing something) says news
P818 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>涉村镇扎实做好冬季森林防火安全工作</title></head>
<body>
<div class="site">巩义市基层政务公开</div>
<table class="meta">
<tr><td>巩义市涉村镇人民政府</td><td>乡级</td></tr>
<tr><td>2024-12-23</td><td>2024-12-23</td></tr>
</table>
<h1>涉村镇扎实做好冬季森林防火安全工作</h1>
<div class="article"><p>涉村镇召开冬季森林防火安全专题会，并组织森林防火演练。镇里通过广播、横幅、
宣传页和入户走访，宣讲冬季防火常识和法律法规，增强群众防火意识；用好“蓝天卫士”，搭建“人防+技防”
体系，对易燃区域不间断全天候巡查；制定切实可行的扑火预案，把扑火物资备足备齐。</p></div>
<div class="footer">主办单位：郑州市人民政府办公室 地址：郑州市中原路233号 邮编：450007</div>
</body></html>
"""

# pages16's p453, a county bureau's news item whose story is its 党组会议's decisions
P453 = [
    "政府信息公开",
    "县卫计局专题研究脱贫攻坚",
    "发布机构：县卫生局 发布时间： 2018-02-07 06:14 字体： [ ]",
    "为落实中央和省、市、县关于脱贫攻坚的一系列部署，县卫计局召开党组会议，专题研究脱贫攻坚"
    "驻村帮扶工作，并组织学习县委、县政府关于进一步加强脱贫攻坚七条举措的通知精神。",
    "会议要求，一是凝聚攻坚共识。全局要统一思想和行动，全力投入。二是充实驻村帮扶力量。"
    "制定驻村帮扶实施方案，调整充实驻村工作队。三是强化监督管理。加强扶贫资金和驻村日常的管理。",
]


def test_p818_a_headline_telling_what_a_township_did_files_the_page_as_news(
    tmp_path: Path,
) -> None:
    # before: other, 0% (nothing a rule read)
    record = text_file(tmp_path, "8908622.html", P818)
    assert (counted(record), record.doc.title) == ("news", "涉村镇扎实做好冬季森林防火安全工作")
    assert any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


def test_p453_a_bureaus_meeting_told_as_a_story_is_news(tmp_path: Path) -> None:
    # before: other, 0% (closest 会议纪要, 1.5: 会议要求 is a record's word too)
    record = docx_lines(tmp_path, "县卫计局专题研究脱贫攻坚.docx", P453)
    assert counted(record) == "news"
    assert any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "涉村镇推进冬季森林防火工作情况",
            "今年以来，我镇把森林防火作为重点工作，现将有关情况汇报如下。一、主要做法。",
        ),
        (
            "青溪县开展东西部扶贫协作工作实施方案",
            "为深入推进东西部扶贫协作，结合我县实际，制定本方案。一、工作目标。",
        ),
        (
            "青溪县社团组织章程",
            "第一条 为规范社团组织的管理，制定本章程。第二条 本章程适用于全县社团。",
        ),
        (
            "青溪县人民政府关于开展冬季森林防火检查的通知",
            "各乡镇人民政府，县直各部门：为做好冬季森林防火工作，现将有关事项通知如下。",
        ),
    ],
)
def test_a_headline_naming_its_genre_is_no_news_story(
    tmp_path: Path, headline: str, body: str
) -> None:
    # guards: a county body's action named in a headline that ends in its 文种 (情况, 方案,
    # 章程) or opens with 关于 is that paper, not a story about the action
    record = docx_lines(tmp_path, "附件1.docx", [headline, body])
    assert record.kind != "news"
    assert not any("(+4)" in r and r.startswith("标题有") for r in record.classification.reasons)


# Round 148: pages36's p1029, a county's 政府工作报告 printed to PDF: its headline spaced
# apart, the subtitle under it saying when and where it was delivered
P1029 = [
    "政 府 工 作 报 告 ",
    "——2022 年 3 月 9 日在县第十六届人民代表大会第二次会议上",
    "县 长 桑 周 ",
    "各位代表：",
    "现在，受县人民政府委托，我向大会报告工作，请各位代表审议，",
    "也请政协委员和列席会议的同志提出意见。",
    "一、2021 年工作回顾",
]


def test_p1029_the_occasion_under_a_reports_headline_is_no_part_of_its_title(
    tmp_path: Path,
) -> None:
    # before: 政府工作报告——2022年3月9日在县第十六届人民代表大会第二次会议上
    record = docx_lines(tmp_path, "政府工作报告.docx", P1029)
    assert (record.doc.title, dated(record)) == ("政府工作报告", ("2022-03-09", "title"))


# pages36's p1018, the report saved from the county's site: the site's heading and its
# posting line over the report's own headline, its subtitle wrapped before 会议上
P1018 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2020政府工作报告</title></head>
<body><div class="article">
<h1>2020政府工作报告</h1>
<div class="info">来源：麦盖提县人民政府网 发布日期：2021-02-07 11:44 浏览次数： 字体：【大 中 小】</div>
<div class="content">
<p style="text-align:center"><strong>政府工作报告</strong></p>
<p style="text-align:center">——2021年1月26日在麦盖提县第十六届人民代表大会</p>
<p style="text-align:center">第六次会议上</p>
<p style="text-align:center">代县长 阿迪力·哈斯木</p>
<p>各位代表：</p>
<p>受县人民政府委托，我现在向大会报告工作，请各位代表审议，也请政协委员和其他列席同志提出意见。</p>
<p>一、“十三五”时期及2020年工作回顾</p>
</div></div></body></html>
"""


def test_p1018_a_report_is_dated_by_its_delivery_not_by_its_posting(tmp_path: Path) -> None:
    # before: 2021-02-07 (published): the posting line came before a date in the title
    record = text_file(tmp_path, "fdadfbb2c4d84bb98de1b8515ff3f5e3.html", P1018)
    assert dated(record) == ("2021-01-26", "title")


# pages36's p1023: the site's bar of links over the page's heading
P1023 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2023年保亭黎族苗族自治县政府工作报告</title></head>
<body>
<div class="topbar">公务员邮箱 移动应用 微信 APP下载 无障碍 关怀版</div>
<div class="article">
<h1>2023年保亭黎族苗族自治县政府工作报告</h1>
<div class="info">来源： 发布日期：2023-01-28 10:32 分享到：<br>微信<br>X<br>【字体： 小   中   大</div>
<div class="content">
<p style="text-align:center"><strong>政府工作报告</strong></p>
<p style="text-align:center">——2023年1月6日在保亭黎族苗族自治县第十六届人民代表大会第三次会议上</p>
<p style="text-align:center">保亭黎族苗族自治县人民政府县长 王惠仙</p>
<p>各位代表：</p>
<p>受县人民政府委托，我现在向大会作工作报告，请各位代表审议，也请县政协委员和其他列席人员提出意见。</p>
</div></div></body></html>
"""


def test_p1023_a_sites_bar_of_links_opens_no_headline(tmp_path: Path) -> None:
    # before: 公务员邮箱移动应用微信APP下载无障碍关怀版2023年保亭…政府工作报告, 2023-01-28
    # (since round 149 the report's own headline over its occasion is the title)
    record = text_file(tmp_path, "t20230128_3351089.html", P1023)
    assert (record.doc.title, dated(record)) == ("政府工作报告", ("2023-01-06", "title"))
    assert not any("公务员邮箱" in c.text and c.score > 0 for c in record.doc.title_candidates)


@pytest.mark.parametrize(
    ("line", "occasion"),
    [
        ("——2022 年 3 月 9 日在县第十六届人民代表大会第二次会议上", True),
        ("——在鹅湖镇第六届人民代表大会第七次会议上", True),
        ("——李克强 3 月 5 日在第十二届全国人民代表大会第五次", True),  # wrapped
        ("——段君毅同志在省委常委扩大会议上的讲话", False),  # names the genre: title
        ("——在乡村振兴中的探索与实践", False),  # a subtitle, no occasion
        ("——金锁关镇召开脱贫攻坚推进会", False),
    ],
)
def test_a_subtitle_is_an_occasion_only_when_it_says_where_a_text_was_delivered(
    line: str, occasion: bool
) -> None:
    assert delivered_at(line, RULES.subtitle_types) is occasion


def test_a_speech_whose_subtitle_names_its_genre_keeps_it_in_the_title(tmp_path: Path) -> None:
    # guard: the subtitle ending in 讲话 is the title's second half
    lines = [
        "抓纲治豫大干快上迅速赶上全国前进的步伐",
        "——段君毅同志在省委常委扩大会议上的讲话",
        "同志们：",
        "这次省委常委扩大会议，主要是学习中央的指示，研究全省的工作。",
    ]
    record = docx_lines(tmp_path, "讲话.docx", lines)
    assert record.doc.title == (
        "抓纲治豫大干快上迅速赶上全国前进的步伐——段君毅同志在省委常委扩大会议上的讲话"
    )


# Round 149: pages39's p1121, a county's notice handing out 扶贫 funds, reposted by a news
# site with its 附件1 安排表 (乡镇、村 | 金额 | 建设项目 | 补助金额) under its 落款
P1121 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于下达2020年度市级财政扶贫专项资金(第二批扶贫开发项目)的通知_瓷都德化新闻网</title></head>
<body>
<div class="position">您所在的位置：首页 &gt; 融媒体 &gt;</div>
<div class="article">
<h1>关于下达2020年度市级财政扶贫专项资金（第二批扶贫开发项目）的通知</h1>
<div class="info">发布日期：2020-11-04   来源：   浏览次数：0</div>
<div class="content">
<p>各有关乡镇财政所、农业服务中心：</p>
<p>依据市财政局、市农业农村局的通知，现将市级财政专项扶贫资金12万元下达你们（见附件1），
请按项目抓紧实施，加快支出进度。</p>
<p>附件：1. 2020年市级财政专项扶贫资金（第二批扶贫开发项目）安排表</p>
<p>2. 2020年市级财政专项扶贫资金（第二批扶贫开发项目）任务清单</p>
<p align="right">德化县财政局 德化县农业农村局</p>
<p align="right">2020年10月13日</p>
<p>附件1</p>
<p align="center">2020年市级财政专项扶贫资金（第二批扶贫开发项目）安排表</p>
<table border="1">
<tr><td>乡镇、村</td><td>金额</td><td>建设项目</td><td>补助金额</td></tr>
<tr><td>龙门滩镇霞山村</td><td>4</td><td>修复农田水利设施，包括3座拦水坝和350米水圳。</td><td>4</td></tr>
<tr><td>龙门滩镇磻坑村</td><td>4</td><td>新建蓄水池并修复自来水管道，保障饮水安全。</td><td>4</td></tr>
</table>
</div></div></body></html>
"""


def test_p1121_a_notice_handing_out_funds_is_no_fund_ledger(tmp_path: Path) -> None:
    # before: ledger.fund at 85% (the attachment's 金额 and 建设项目, 资金 in the headline),
    # undated: a false assurance
    record = text_file(tmp_path, "关于下达2020年度市级财政扶贫专项资金的通知.html", P1121)
    assert (counted(record), dated(record)) == ("other", ("2020-10-13", "signature"))


def test_a_fund_table_titled_as_one_is_still_a_fund_ledger(tmp_path: Path) -> None:
    # guard: a ledger's own title (…安排表) and a 印发 notice naming its table stay ledgers
    for name, headline in [
        ("资金安排表.docx", "2020年市级财政专项扶贫资金（第二批扶贫开发项目）安排表"),
        ("印发.docx", "关于印发《2020年扶贫资金项目安排表》的通知"),
    ]:
        document = docx.Document()
        document.add_paragraph(headline)
        add_table(
            document,
            [
                ["序号", "项目名称", "实施地点", "金额（万元）"],
                ["1", "霞山村农田水利设施修复", "龙门滩镇霞山村", "4"],
                ["2", "磻坑村蓄水池建设", "龙门滩镇磻坑村", "4"],
                ["3", "上涌村道路硬化", "上涌镇上涌村", "6"],
            ],
        )
        assert counted(save_docx(document, tmp_path, name)) == "ledger.fund", headline


# pages40's p1142, a county's 政府工作报告 reposted: the repost's own heading and its column
# over the report's headline and occasion
P1142 = [
    "（辽宁省）2020年辽阳县人民政府工作报告（全文）",
    "本地事",
    "政 府 工 作 报 告",
    "——2019年12月26日在辽阳县第十六届人民代表大会第三次会议上",
    "县长罗奎亮",
    "各位代表：",
    "现在，我代表县人民政府向大会报告工作，请各位代表审议，并请列席会议的同志提出意见。",
    "一、2019年工作回顾",
]


def test_p1142_the_reports_own_headline_over_its_occasion_is_its_title(tmp_path: Path) -> None:
    # before: （辽宁省）2020年辽阳县人民政府工作报告（全文）, the repost's heading
    record = docx_lines(tmp_path, "2020年辽阳县人民政府工作报告.docx", P1142)
    assert (record.doc.title, dated(record)) == ("政府工作报告", ("2019-12-26", "title"))


def test_p1141_a_trail_wrapped_under_its_label_is_no_headline(tmp_path: Path) -> None:
    # pages40's p1141 printed to PDF: before, "> 政务公开 > 公开目录 > 政府工作报告" was the title
    lines = [
        "当前位置：首页",
        "> 政务公开 > 公开目录 > 政府工作报告",
        "索 引 号 11331024737798117G/2019-86865 公开方式 主动公开",
        "成文日期 2019-02-22 发布机构 县政府办公室",
        "政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    ]
    record = docx_lines(tmp_path, "p1141.docx", lines)
    assert record.doc.title == "政府工作报告"


# Round 150: pages43's p1230, a county bureau's answer to a 政协 提案 on the county's site,
# printed to PDF: its posting line has 来源, and it is signed and dated as a 公文 is
P1230 = [
    "登录 | 注册",
    "• 泸西县建议提案办理",
    "泸西县交通运输局对政协泸西县九届一次会议第 11 号提案的答复",
    "来源：泸西县交通运输局 发布日期：2017-10-17 浏览次数：",
    "办理结果：A 类",
    "泸交函〔2017〕11 号",
    "×××等 4 位委员：",
    "你们在政协泸西县九届一次会议上所提的《关于建设三午公路旧城段的提案》（第 11",
    "号）已转由泸西县交通运输局办理，办理情况答复如下：",
    "该路段已争取到改造资金并正式开工，预计 2018 年 3 月完工。",
    "感谢你们关心和支持我县交通运输工作，欢迎今后多提宝贵意见建议。",
    "泸西县交通运输局",
    "2017 年 10 月 14 日",
]

# pages43's p1236, a county government's 承诺 to a provincial department, posted with the
# page's date and 来源 over it
P1236 = [
    "-",
    "伊川县人民政府关于伊川县 2023 年度第三批城市建设用地办理林地情况的承诺",
    "-",
    "日期：2023-04-30",
    "来源： 县自然资源局",
    "伊川县人民政府",
    "关于伊川县 2023 年度第三批城市建设用地",
    "办理林地情况的承诺",
    "省自然资源厅：",
    "伊川县 2023 年度第三批城市建设用地共申报 7.2712 公顷，其中占用林地 1.3286 公顷，使用",
    "林地手续还在林业部门审批。为让项目尽快落地，请自然资源厅容缺办理；我县承诺在这一批次",
    "用地上报省政府之前办妥林地手续。",
    "2023 年 4 月 30 日",
]


def test_p1230_an_answer_to_a_proposal_signed_and_dated_is_a_letter_not_news(
    tmp_path: Path,
) -> None:
    # before: news at 67% on 来源 alone (a false assurance); 答复 named no kind
    record = docx_lines(tmp_path, "泸交函〔2017〕11号.docx", P1230)
    assert (counted(record), dated(record)) == ("letter", ("2017-10-14", "signature"))


def test_p1236_a_commitment_addressed_and_dated_is_no_news(tmp_path: Path) -> None:
    # before: news at 67% on 来源 over the headline (a false assurance)
    record = docx_lines(tmp_path, "伊川县承诺.docx", P1236)
    assert record.kind != "news"
    assert counted(record) == "other"


def test_a_news_page_with_its_source_and_no_signature_is_still_news(tmp_path: Path) -> None:
    # guard: 来源 on a story that is neither addressed nor signed
    lines = [
        "涉村镇召开冬季森林防火安全专题会",
        "来源：巩义市涉村镇人民政府 发布日期：2024-12-23 浏览次数：",
        "12月20日，涉村镇召开冬季森林防火安全专题会，部署全镇冬季森林防火工作。",
        "会上，镇党委书记对各村巡查值守、火源管控和扑火物资储备提出要求。",
    ]
    record = docx_lines(tmp_path, "新闻.docx", lines)
    assert counted(record) == "news"


# Round 151: pages46's p1331, a district's 依法行政 report reposted on a report site, its
# posting time printed day first
P1331 = [
    "厦门市海沧区政府2015年推进依法行政工作情况及2016年工作打算",
    "25.02.2016  10:00",
    "2015年，海沧区主动融入自贸区建设，加快产业、城区和社会转型，全面推进依法行政。",
    "一、2015年主要工作情况： 一年来，我区依法行政工作及成效主要体现在以下十一个方面：",
    "（一）推动领导干部学法常态化，领导干部带头学法用法。",
]


def test_p1331_a_years_report_with_next_years_plans_is_a_report_dated_by_its_posting(
    tmp_path: Path,
) -> None:
    # before: news at 67% (a district doing something, 推进, in a headline ending in 打算:
    # a false assurance), undated (a date printed day first was no date)
    record = docx_lines(tmp_path, "依法行政.docx", P1331)
    assert (counted(record), dated(record)) == ("report", ("2016-02-25", "published"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("25.02.2016  10:00", [datetime.date(2016, 2, 25)]),
        ("18.08.2017 22:12 来源：中国网", [datetime.date(2017, 8, 18)]),
        ("02.02.2016", []),  # no time: a number, a version
        ("3.1.2016", []),
    ],
)
def test_a_date_printed_day_first_is_read_only_with_its_time(
    text: str, found: list[datetime.date]
) -> None:
    assert [f.date for f in find_dates(text)] == found


# Round 152: pages1's p14, a county notice pasted from its page: its number printed without
# its closing bracket and 号, the year and the sequence run together
P14 = [
    "牟定县人民政府",
    "首页 >> 公开信息内容",
    "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案（试行）的通知",
    "索引号：11532323015172622Y-/2018-1220012 公文目录：应急管理 发文日期：2017年06月27日",
    "牟政办发〔201746",
    "各乡镇人民政府，县级有关部门：",
    "《牟定县突发环境事件应急预案（试行）》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
    "牟定县人民政府办公室",
    "（此件公开发布）",
]


def test_p14_a_number_that_lost_its_bracket_is_read_as_printed_and_faulted(
    tmp_path: Path,
) -> None:
    # before: no number (the 发文字号 pattern needs its closing bracket and 号)
    number = docx_lines(tmp_path, "p14.docx", P14).doc
    assert (number.doc_number, number.doc_number_well_formed, number.doc_number_issue) == (
        "牟政办发〔201746",
        False,
        "缺少右括号和“号”，年份与序号连在一起",
    )


@pytest.mark.parametrize(
    "line",
    [
        "项目编号（2019001",  # a code's label, no agency's mark
        "计划（20171",  # a year and a digit: no number
        "牟政办发〔201746 号文件精神",  # not alone on its line
    ],
)
def test_a_bracketed_year_run_into_digits_is_no_number_unless_a_numbers_line(
    line: str,
) -> None:
    assert find_doc_number(f"标题\n{line}\n正文。") is None


# Round 153: pages8's p208, a county's news page pasted into Word: its posting time under
# the headline labelled 时间, its source on the next line
P208 = [
    "洛宁县脱贫攻坚领导小组召开第七次周调度会议",
    "时间:2017-12-04 17:43",
    "来源:县扶贫办",
    "11月24日，洛宁县脱贫攻坚领导小组召开第七次周调度会议，听取各乡镇脱贫攻坚工作进展汇报。",
    "会议要求，各乡镇要对照问题清单逐项整改，确保按时完成年度脱贫任务。",
]


def test_p208_a_time_field_under_a_pages_headline_is_its_posting(tmp_path: Path) -> None:
    # before: undated (时间 alone named no role: a date the text mentions)
    record = docx_lines(tmp_path, "2762580.docx", P208)
    assert dated(record) == ("2017-12-04", "published")


@pytest.mark.parametrize(
    ("lines", "role"),
    [
        (  # an event's notice: its 时间 over its 地址
            [
                "Service Mesh Webinar 第二期",
                "时间：2020年7月22日",
                "地址：https://live.bilibili.com/21954520",
                "本期嘉宾将分享基于 MOSN 和 Istio 的服务治理实践。",
            ],
            None,
        ),
        (  # a 纪要's meeting time
            [
                "项目组第三次例会会议纪要",
                "时间：2019年3月5日",
                "参会人员：张工、李工、王工",
                "会议议定以下事项：一、下周完成接口联调。",
            ],
            "meeting",
        ),
    ],
)
def test_a_time_field_of_an_event_or_a_meeting_is_no_posting(
    tmp_path: Path, lines: list[str], role: str | None
) -> None:
    # guards
    record = docx_lines(tmp_path, "记录.docx", lines)
    assert record.date_source == role


# Round 154: pages54's p1575, a township's subsidy standard on its 基层政务公开 page: the
# disclosure record's fields (索引号, 组配分类, 文号) over it, a posting line with 来源
P1575 = [
    "方塘乡人民政府",
    "您现在所在的位置： 网站首页> 政府信息公开首页> 宁国市方塘乡人民政府> 基层政务公开>",
    "索引号： 11341702003256386K/202012-00081 组配分类： 农村危房改造资金补助标准",
    "发布机构： 方塘乡人民政府 主题分类： 综合政务",
    "名称： 农村危房改造补助标准 文号：",
    "生成日期： 2020-12-08 发布日期： 2020-12-08",
    "农村危房改造补助标准",
    "发布时间：2020-12-08 11:21 来源：方塘乡人民政府 浏览次数： 字体：[]",
    "农村危房改造补助标准： 改造资金以农户自己筹集为主、政府补助为辅。政府资金按类别补助，"
    "重建房屋和修缮加固的户各按标准给予补助。",
]


def test_p1575_a_disclosure_records_source_makes_no_news(tmp_path: Path) -> None:
    # before: news at 67% on its 来源 alone (a false assurance, as pages20's p543 and
    # pages25's p693 of the same sites)
    record = docx_lines(tmp_path, "农村危房改造补助标准.docx", P1575)
    assert counted(record) == "other"


def test_a_news_story_in_a_disclosure_catalogue_keeps_its_byline(tmp_path: Path) -> None:
    # guard: a 工作动态 story under the catalogue's fields, with its reporter's byline
    lines = [
        "索引号： 11341702003256386K/202012-00090 组配分类： 工作动态",
        "发布机构： 方塘乡人民政府 主题分类： 综合政务 文号：",
        "方塘乡召开冬季森林防火工作会议",
        "发布时间：2020-12-10 11:21 来源：宁国日报 浏览次数：",
        "本报讯（记者 王敏 通讯员 李军）12月9日，方塘乡召开冬季森林防火工作会议，部署全乡防火工作。",
        "会上，乡党委书记要求各村落实巡山护林责任，严控野外用火。",
    ]
    record = docx_lines(tmp_path, "新闻.docx", lines)
    assert counted(record) == "news"


# Round 155: pages8's p217, a county epidemic-control headquarters' 通告 pasted into Word,
# its headline broken over three lines, the first left hanging on 的
P217 = [
    "石门县新型冠状病毒感染的",
    "肺炎疫情防控指挥部",
    "通 告",
    "（县疫情防控指挥部第1号）",
    "    为做好新型冠状病毒感染的肺炎疫情防控工作，切断传播途径，石门县成立了新型冠状病毒感染的"
    "肺炎疫情防控指挥部，建立联防联控机制，开展全面排查、疫情监测、规范处置和市场清理。",
    "    县指挥部办公室将随时公布有关信息，请公众不要相信和传播谣言。",
    "2020年1月23日",
    "来源：石门县疫情防控指挥部",
]


def test_p217_a_headline_line_hanging_on_de_goes_on_into_its_organ(tmp_path: Path) -> None:
    # before: the title was "石门县新型冠状病毒感染的" and the page counted as news at
    # 67% (a false assurance: a 通告 is no news item)
    record = docx_lines(tmp_path, "石门县疫情防控指挥部通告第1号.docx", P217)
    assert record.doc.title == "石门县新型冠状病毒感染的肺炎疫情防控指挥部通告"
    assert counted(record) != "news"


def test_an_organ_line_under_a_whole_headline_stays_out_of_it(tmp_path: Path) -> None:
    # guard: the headline does not hang on 的, so the organ's line under it is no part of it
    lines = [
        "关于做好春节期间疫情防控工作的通知",
        "石门县疫情防控指挥部",
        "各乡镇、县直各单位：",
        "    为做好春节期间疫情防控工作，现将有关事项通知如下：一、加强排查；二、做好宣传。",
        "石门县疫情防控指挥部",
        "2020年1月23日",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert record.doc.title == "关于做好春节期间疫情防控工作的通知"


def test_the_genres_a_subtitle_may_end_with_are_the_rulesets() -> None:
    # the words are data: without them, a subtitle naming its genre reads as an occasion
    line = "——2022年3月9日在县委全会上的讲话"
    assert "讲话" in RULES.subtitle_types
    assert delivered_at(line, RULES.subtitle_types) is False
    assert delivered_at(line, ()) is True
