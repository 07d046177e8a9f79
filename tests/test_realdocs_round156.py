"""Rounds of session 29 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from realdocs_kit import counted, docx_lines, text_file

from evidence_audit.text import hanzi
from evidence_audit.text.dates import find_dates

# Round 156: pages21's p568, a county's 印发 notice saved from a business-service portal
# greeting its visitors above the page's headline
P568 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知</title></head>
<body>
<div class="top">欢迎来到澄湖e线政企服务平台!</div>
<h1>南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知</h1>
<div class="info">发布时间: 2018年08月14日 &nbsp;&nbsp; [字体: ] &nbsp;&nbsp;【打印本页】</div>
<div class="content">
<p style="text-align:center">南政办发〔2017〕136号</p>
<p>各乡镇人民政府，各管理处(管委会)，县政府各有关部门：</p>
<p>　　现将《南昌县产业扶贫工程实施方案》印发给你们，请认真遵照执行。</p>
<p style="text-align:right">南昌县人民政府办公室</p>
<p style="text-align:right">2017年11月6日</p>
</div>
</body></html>
"""


def test_p568_a_portals_greeting_is_no_sentence_above_the_headline(tmp_path: Path) -> None:
    # before: the greeting ending in "!" read as the body's first sentence, the headline
    # under it as a subheading: other, 0% (plan 2.4 under the threshold)
    record = text_file(tmp_path, "103.html", P568)
    assert record.doc.title == "南昌县人民政府办公室关于印发《南昌县产业扶贫工程实施方案》的通知"
    assert counted(record) == "plan"


def test_a_sentence_above_the_headline_still_starts_the_body(tmp_path: Path) -> None:
    # guard: a sentence of the document's own ending in "!" above the same page still
    # makes the headline under it a subheading (no count on its 文种 alone)
    page = P568.replace(
        "欢迎来到澄湖e线政企服务平台!", "各单位要认真抓好落实，确保产业扶贫取得实效!"
    )
    record = text_file(tmp_path, "103.html", page)
    assert counted(record) == "other"


# Round 157: pages5's p120, a township's news item whose headline ends in 开好局
P120 = [
    "章化镇早安排、早部署，凝心聚力开好局",
    "2月22日，章化镇召开收假收心会。镇党委书记王涛讲评了节日值班情况，部署节后重点工作，"
    "要求全体人员马上回到工作状态。",
    "2021年是乡村振兴开局之年，机关干部和村两委成员要打起精神、不松不懈抓好各项工作。"
    "一、各村立即谋划行动，开展村庄绿化美化。二、抓好信访稳定和矛盾纠纷排查。",
    "全体机关干部和支部书记要调整状态、抓住重点、狠抓落实，全身心投入当前各项工作。",
]


def test_p120_a_headline_ending_in_ju_with_a_comma_is_no_organ(tmp_path: Path) -> None:
    # before: read as an organ's name (it ends in 局), no title, other at 0%
    record = docx_lines(tmp_path, "章化镇开好局.docx", P120)
    assert record.doc.title == "章化镇早安排、早部署，凝心聚力开好局"
    assert counted(record) == "news"


def test_an_organ_line_above_a_headline_is_still_no_title(tmp_path: Path) -> None:
    # guard: "章化镇人民政府" and "中共章化镇委员会、章化镇人民政府" stay organ lines
    for organ in ("章化镇人民政府", "中共章化镇委员会、章化镇人民政府"):
        lines = [organ, "关于做好春季麦田管理工作的通知", "各村：", "现将有关事项通知如下。"]
        record = docx_lines(tmp_path, "通知.docx", lines)
        assert record.doc.title == "关于做好春季麦田管理工作的通知"


# Round 158: pages12's p333, a county paper's news item, its posting line over its headline
P333 = [
    "点击数：670 更新时间：2018-06-26",
    "全县扫黑除恶专项斗争领导小组会议召开",
    "本报讯 6月25日，全县扫黑除恶专项斗争领导小组会议在会务中心二楼会议室召开，县领导出席。",
    "会上，县网信办负责同志就扫黑除恶宣传发动工作提出了意见。",
    "各镇（街道）分管负责同志，领导小组办公室全体人员参加会议。",
]


def test_p333_a_posting_line_over_the_headline_does_not_start_the_body(
    tmp_path: Path,
) -> None:
    # before: its two fields (点击数：670, 更新时间：2018-…) read as a form's, the body
    # begun above the headline, and no title
    record = docx_lines(tmp_path, "全县扫黑除恶专项斗争领导小组会议召开.docx", P333)
    assert record.doc.title == "全县扫黑除恶专项斗争领导小组会议召开"
    assert counted(record) == "news"


def test_a_line_of_figures_over_a_heading_still_starts_the_body(tmp_path: Path) -> None:
    # guard: fields of figures with no posting field ("年份：2023 重复率：42%") are data
    lines = ["年份：2023 文字重复率：42%", "项目总结会议召开", "本次检查共抽查论文120篇。"]
    record = docx_lines(tmp_path, "检查.docx", lines)
    assert record.doc.title is None


# Round 159: news headlines the ruleset's headline patterns now read
P1605 = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【庆百年华诞】麓棠镇开展庆祝建党100周年主题演讲比赛</title></head>
<body>
<h1>【庆百年华诞】麓棠镇开展庆祝建党100周年主题演讲比赛</h1>
<div class="info">
<span>作者：唐妮 责编：李莲</span><br>
<span>来源：</span><br>
<span>日期：2021-07-01</span>
</div>
<div class="article">
<p>6月30日下午，麓棠镇举办庆祝建党100周年主题演讲比赛暨“七一”表彰大会。</p>
<p>比赛中，全镇党员干部从党史中选取重要事件和人物，讲述党团结带领人民不懈奋斗的历程。
大会还表彰了5个先进党支部、10名优秀党务工作者和71名优秀共产党员。 |</p>
</div>
</body></html>
"""


def test_p1605_a_tagged_headline_over_an_empty_source_field_is_news(tmp_path: Path) -> None:
    # before: other at 0%: the headline's 【庆百年华诞】 tag hid its subject and verb, and
    # the empty 来源： was read as a 主送机关 (a 公文's part, -4 against news)
    record = text_file(tmp_path, "46056.html", P1605)
    assert counted(record) == "news"
    assert not any(p.part == "addressee" for p in record.doc.parts)


def test_p1500_a_hospital_helping_a_county_is_news(tmp_path: Path) -> None:
    # pages52's p1500: "宁波市第一人民医院助推晴隆医疗健康扶贫"; before: other, 0%
    lines = [
        "宁波市第一人民医院助推晴隆医疗健康扶贫",
        "近年来，在宁波市第一人民医院的对口帮扶下，晴隆县医疗卫生事业取得了一些进步。",
        "2013年宁波市第一人民医院开始帮扶晴隆县人民医院以来，无偿捐赠了一批医疗设备。",
        "频道推荐",
        "共有 0 条评论",
    ]
    record = docx_lines(tmp_path, "宁波市第一人民医院助推晴隆医疗健康扶贫.docx", lines)
    assert counted(record) == "news"


def test_p842_a_body_looking_into_a_countys_progress_is_news(tmp_path: Path) -> None:
    # pages30's p842: "…民宗委调研…推进情况"; before: news at 40%, not counted (情况 ends
    # a report's headline too)
    lines = [
        "黔南州民宗委调研平塘县毛南族聚居贫困村整体脱贫工作推进情况",
        "29.08.2016  23:39",
        "  日前，黔南州民宗委派出调研组到平塘县，就毛南族聚居贫困村整体脱贫工作的推进情况开展调研"
        "并召开座谈会。",
        "  座谈会上，者密镇、卡蒲乡和县扶贫局等单位依次介绍工作进展。",
    ]
    record = docx_lines(tmp_path, "新建 Microsoft Word 文档.docx", lines)
    assert counted(record) == "news"
    assert any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


@pytest.mark.parametrize(
    "title",
    [
        "关于平塘县毛南族聚居贫困村整体脱贫工作推进情况的调研报告",
        "平塘县2016年脱贫攻坚工作推进情况",
        "2016年脱贫攻坚督查情况",
    ],
)
def test_a_report_on_progress_is_no_news(tmp_path: Path, title: str) -> None:
    # guard: a report's headline naming 情况 without a body looking into it
    lines = [
        title,
        "今年以来，我县认真贯彻落实脱贫攻坚决策部署，现将有关情况报告如下：",
        "一、主要做法。全县6个毛南族聚居贫困村整体推进，基础设施明显改善。",
        "二、存在问题。项目实施进度不均衡，资金拨付较慢。",
    ]
    record = docx_lines(tmp_path, "情况.docx", lines)
    assert not any("调研" in r and "(+4)" in r for r in record.classification.reasons)
    assert counted(record) != "news"


# Round 160: pages8's p202, a county government's 常务会议 posted under its own name
P202 = [
    "2022年昌图县政府第九次常务会议",
    "来源：昌图县政府办公室",
    "会议 meeting",
    "  8月15日，县长苗宇主持召开2022年县政府第九次常务会议，县政府法律顾问应邀参会。",
    "  一、会议由县政府办传达学习了7月28日中共中央政治局会议精神",
    "  会议强调：下半年防疫情、稳经济、促发展的任务更重，各镇、各部门要加快工作节奏。",
    "  会议要求：各镇、各部门重点抓好以下工作：一是继续落实各项防控措施；二是抓好专项债券"
    "项目梳理申报和前期工作。",
]


def test_p202_a_headline_naming_only_the_meeting_is_its_record(tmp_path: Path) -> None:
    # before: minutes 4 against news 4 (its 来源), 30%, not counted
    record = docx_lines(tmp_path, "2022年昌图县政府第九次常务会议.docx", P202)
    assert counted(record) == "minutes"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("昌图县政府召开2022年第九次常务会议", "news"),
        ("关于召开2022年县政府第九次常务会议的通知", "meeting_material"),
    ],
)
def test_a_headline_telling_of_the_meeting_keeps_its_kind(
    tmp_path: Path, title: str, kind: str
) -> None:
    # guard: a story of the meeting (召开) and its notice are no record of it
    record = docx_lines(tmp_path, "会议.docx", [title, *P202[1:]])
    assert counted(record) == kind


# Round 161: mirror sites that print a pinyin gloss after characters (pages40's p1143,
# pages1's p5)
P1143 = [
    "石城縣水利局2021年工作總結(jié)及2022年工作計(jì)劃",
    "2021年，石城縣水利局按年初規(guī)劃落實(shí)“2335”工作計(jì)劃，圍繞年度目標(biāo)任務(wù)統(tǒng)籌推進(jìn)。",
    "一、重點(diǎn)工作完成情況",
    "（一）鞏固農(nóng)村飲水安全脫貧攻堅(jiān)成果與鄉(xiāng)村振興有效銜接",
    "繼續(xù)鞏固農(nóng)村飲水安全脫貧成果，推進(jìn)城鄉(xiāng)供水一體化，保障覆蓋區(qū)域居民用水安全。",
]


def test_p1143_a_glossed_headline_is_read_and_shown_as_printed(tmp_path: Path) -> None:
    # before: 總結(jié) and 計(jì)劃 were no 总结 and 计划 to the ruleset: other, 0%
    record = docx_lines(tmp_path, "石城縣水利局2021年工作總結(jié)及2022年工作計(jì)劃.docx", P1143)
    assert counted(record) == "report"
    assert record.doc.title == P1143[0]


def test_p5_a_glossed_number_is_found_as_printed(tmp_path: Path) -> None:
    # before: no number (the gloss stood between 發 and 〔)
    lines = [
        "梅州市人民政府辦公室關(guān)于印發(fā)梅州市鞏固拓展脫貧攻堅(jiān)成果實(shí)施方案的通知",
        "梅辦發(fā)〔2020〕16號(hào)",
        "各縣（市、區(qū)）人民政府，市府直屬和中直、省屬駐梅有關(guān)單位：",
        "現(xiàn)將《實(shí)施方案》印發(fā)給你們，請認(rèn)真貫徹執(zhí)行。",
    ]
    record = docx_lines(tmp_path, "content_1771655.docx", lines)
    assert record.doc.doc_number == "梅辦發(fā)〔2020〕16號(hào)"


def test_a_gloss_is_blanked_in_the_simplified_copy_only() -> None:
    printed = "工作總結(jié)及計(jì)劃(一)"
    copy = hanzi.simplified(printed)
    assert len(copy) == len(printed)
    # a tone-marked syllable after a character is blanked; "(一)" is no gloss
    assert copy.replace("\u00a0", "") == "工作总结及计划(一)"
    assert hanzi.as_printed("工作总结及计划", copy, printed) == "工作總結(jié)及計(jì)劃"


def test_a_meeting_named_by_its_month_alone_is_no_record(tmp_path: Path) -> None:
    # heldout244's r12060 (coconutcity30050/community27): a residents' committee's agenda,
    # "2024/11月第二次會議", attendance left blank; round 160 first made it minutes at 92%
    # (a false assurance): only a body's meeting (政府, 人大, 届, 局…) is named so by its record
    page = "\n".join(
        [
            "---",
            "layout: page",
            'title:  "2024/11月第二次會議"',
            'subheadline:  "每月至少一次管理會議"',
            "categories:",
            "    - meeting-agenda",
            "---",
            "## 11月第二次會議",
            "",
            "### 日期時間： 2024/11/26 19:30~20:30",
            "**舉行地點：** 總幹事辦公室<br>",
            "",
            "### 出席名單：",
            "* ST棟委員：",
            "* A1棟委員：",
        ]
    )
    record = text_file(tmp_path, "2024-10-22-meeting-agenda-11-26.md", page)
    assert counted(record) != "minutes"


# Round 163: a 发文字号 printed after a page's headline
P544 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>建平县人民政府办公室关于印发建平县2020年政务公开工作要点的通知 [建政办发〔2020〕24号]</title>
</head><body>
<h1>建平县人民政府办公室关于印发建平县2020年政务公开工作要点的通知 [建政办发〔2020〕24号]</h1>
<div class="info">发布日期：2020-09-09 信息来源：[建政办发〔2020〕24号]</div>
<div class="content">
<p style="text-align:center">建政办发〔2020〕24号</p>
<p>各乡镇人民政府、国营农场、街道办事处，县政府各部门，县直各单位：</p>
<p>《建平县2020年政务公开工作要点》已经县政府同意，现印发给你们，请结合实际抓好组织落实。</p>
<p style="text-align:right">建平县人民政府办公室</p>
<p style="text-align:right">2020年9月7日</p>
</div></body></html>
"""

P64 = [
    "• 索引号:6735597301/2021-1801120",
    "• 发布机构:县人民政府办公室",
    "• 生成日期:2021-03-23",
    "• 公开日期:2021-03-23",
    "2021年县政府重点工作任务(华政发〔2021〕2号)",
    "来源:华容县政府   2021-03-23 10:56",
    "浏览量:1 | | | |",
    "各乡镇人民政府、县直各单位:",
    "《2021年县政府重点工作任务分解》经县人民政府同意,现予印发,请抓好贯彻落实。",
    "一、强化责任落实。县政府重点工作任务由县政府分线领导牵头负责、部门单位具体负责。",
    "二、细化工作方案。各主要责任单位对照目标任务,会同其他责任单位制订具体实施方案。",
]


def test_p544_the_number_after_a_pages_headline_is_no_part_of_it(tmp_path: Path) -> None:
    # before: the title kept "[建政办发〔2020〕24号]", so it ended in no 文种: other, 0%
    record = text_file(tmp_path, "0163697626761893.html", P544)
    assert record.doc.title == "建平县人民政府办公室关于印发建平县2020年政务公开工作要点的通知"
    assert record.doc.doc_number == "建政办发〔2020〕24号"
    assert counted(record) == "plan"


def test_p64_a_task_list_issued_as_a_division_of_work_is_no_plan(tmp_path: Path) -> None:
    # before: titled with its number and `other`; with the number gone the title's
    # 重点工作任务 alone made it a plan at 88% (a false assurance): the lead issues a
    # 《…任务分解》, a division of work
    record = docx_lines(tmp_path, "2021年县政府重点工作任务.docx", P64)
    assert record.doc.title == "2021年县政府重点工作任务"
    assert record.classification.kind == "work_division"
    assert counted(record) != "plan"


def test_a_number_inside_a_headline_stays_in_it(tmp_path: Path) -> None:
    # guard: a forwarded paper's number in the headline's middle is part of the headline
    lines = [
        "关于转发《山西省人民政府办公厅关于做好防汛工作的通知》（晋政办发〔2018〕35号）的通知",
        "各乡镇人民政府：",
        "现将《通知》转发给你们，请认真贯彻执行。",
    ]
    record = docx_lines(tmp_path, "转发.docx", lines)
    assert record.doc.title == lines[0]


# Round 164: a disclosure page's line of fields whose last field is empty (pages36's p1019)
P1019 = [
    "当前位置：网站首页 > 政务公开 > 鄂温克族自治旗人民政府办公室> 乡村振兴",
    "索引号：11152128K04926164J/202207-00003 组配分类：乡村振兴",
    "发布机构：鄂温克族自治旗乡村振兴局 主题分类：综合政务",
    "名称：鄂温克族自治旗“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划 文号：",
    "成文日期：2022-07-11 发布日期：2022-07-11",
    "鄂温克族自治旗“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划",
    "发布时间：2022-07-11 来源：鄂温克族自治旗乡村振兴局 浏览次数： 字体：[ ]",
    "前 言",
    "全面推进乡村振兴是国家在“十四五”时期的一项重要部署，我旗要在巩固脱贫攻坚成果的基础上"
    "做好与乡村振兴的衔接。",
]


def test_p1019_a_fields_line_ending_in_an_empty_field_is_no_addressee(
    tmp_path: Path,
) -> None:
    # before: "名称：… 文号：" ends in a colon, read as the 主送机关 that ends the head, and
    # the headline under it was never a candidate: no title
    record = docx_lines(tmp_path, "鄂温克旗十四五衔接规划.docx", P1019)
    assert record.doc.title == P1019[5]


def test_an_addressee_still_ends_the_head(tmp_path: Path) -> None:
    # guard: "各乡镇人民政府，县直各单位：" is the 主送机关 (one colon, no field before it)
    lines = [
        "关于做好防汛工作的通知",
        "各乡镇人民政府，县直各单位：",
        "现将有关事项通知如下。",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert any(p.part == "addressee" for p in record.doc.parts)
    assert record.doc.title == lines[0]


# Round 165: posting dates in two more shapes (pages58's p1651 and p1649)
POSTED = [
    # pages58's p1651: the bylines run into the date with no space
    (
        [
            "APP下载",
            "广州天河区党政代表团到兴宁开展对口帮扶工作",
            "2020-07-14张群洁兴广电兴新",
            "7月10日至11日，广州市天河区党政代表团到兴宁市开展对口帮扶工作，召开对口帮扶工作座谈会。",
            "座谈会上，双方就产业共建、劳务协作和消费帮扶等工作进行了深入交流。",
        ],
        datetime.date(2020, 7, 14),
    ),
    # pages58's p1649: "2021/12/21/ 15:52 来源：…", a slash left after the day
    (
        [
            "您当前的位置 : 每日甘肃网  >  临夏  >  县区聚焦",
            "广河县投入6427万元财政援助资金助推项目建设",
            "2021/12/21/ 15:52 来源：民族日报 记者 刘刚林",
            "广河县投入6427万元财政援助资金助推项目建设",
            "每日甘肃网12月21日讯 今年以来，广河县集中使用东西部协作财政援助资金6427万元，"
            "安排在7大类24个项目上。",
        ],
        datetime.date(2021, 12, 21),
    ),
]


@pytest.mark.parametrize(("lines", "posted"), POSTED)
def test_a_posting_date_in_a_shape_of_its_site_is_read(
    tmp_path: Path, lines: list[str], posted: datetime.date
) -> None:
    # before: both undated (round 165)
    record = docx_lines(tmp_path, "新闻.docx", lines)
    assert (record.date, record.date_source) == (posted, "published")


def test_a_dated_sentence_under_a_headline_is_no_posting(tmp_path: Path) -> None:
    # guard: a sentence opening with the day the meeting was held is no byline
    lines = [
        "县委召开常委会议",
        "2020-07-14县委召开常委会议，研究部署防汛救灾工作。",
        "会议要求，各乡镇要压实责任，做好值班值守。",
    ]
    record = docx_lines(tmp_path, "常委会议.docx", lines)
    assert record.date_source != "published"


# Round 166: a leader's title before the verb (pages56's p1610)
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("澧县县委书记彭孟雄书记调研城市建设重点项目", "news"),
        ("县委书记彭孟雄在全县城市建设工作会议上的讲话", "meeting_material"),
    ],
)
def test_p1610_a_leader_doing_something_is_news(tmp_path: Path, title: str, kind: str) -> None:
    # before: other at 0% (the subject ended in 书记, no body's name); the guard: a
    # leader's speech stays a speech
    lines = [
        title,
        "8月24日上午，澧县城市建设调研会在县住建局召开，县委办、政府办、住建局等单位主要负责人参加。",
        "县住建局、房管局和城投公司负责人分别汇报了有关重点项目的建设情况。",
        "听取汇报后，彭书记指出，当前城市建设成效明显，重点项目推进较快，发展势头良好。",
    ]
    record = docx_lines(tmp_path, "澧县城市建设调研会.docx", lines)
    assert counted(record) == kind


# Round 168: news headlines 对…开展/进行, 被评为, …进行时
NEWS_BODY = [
    "近日，区委组织部在区委党校举办培训班，全区各村（社区）党组织书记参加培训。",
    "培训邀请专家围绕基层党建、乡村振兴等内容进行授课，参训人员纷纷表示收获很大。",
]


@pytest.mark.parametrize(
    "title",
    [
        "武陵区对村（社区）党组织书记开展集中培训",  # pages41's p1179
        "宝清县夹信子镇秸杆禁烧管控进行时",  # pages53's p1534
        "名山区被评为四川省2020年度乡村振兴先进区",  # pages54's p1562
    ],
)
def test_news_headlines_of_three_more_shapes(tmp_path: Path, title: str) -> None:
    # before: each `other` at 0% (nothing a rule read)
    record = docx_lines(tmp_path, "新闻.docx", [title, *NEWS_BODY])
    assert counted(record) == "news"
    assert any(r.startswith("标题有") and "(+" in r for r in record.classification.reasons)


@pytest.mark.parametrize(
    "title",
    [
        "关于对全区村（社区）党组织书记开展集中培训的通知",
        "武陵区对2021年重点工作进行分解的实施方案",
    ],
)
def test_a_notice_or_plan_of_the_same_shape_is_no_news(tmp_path: Path, title: str) -> None:
    # guard: 关于 and a 文种 at the end keep the pattern off
    record = docx_lines(tmp_path, "文件.docx", [title, *NEWS_BODY])
    assert not any(r.startswith("标题有") and "(+4)" in r for r in record.classification.reasons)


# Round 169: a date with a space after each dash (Zhejiang government sites' pages)
@pytest.mark.parametrize(
    ("lines", "posted"),
    [
        (
            [
                "龙湾区对口支援拜城扶贫馆开业",
                "您现在的位置：首页 > 新闻动态 > 县市区动态",
                "龙湾区对口支援拜城扶贫馆开业",
                "发布时间： 2020- 11- 27 11: 01 浏览人数： 来源： 温州市机关事务局",
                "近日，温州市龙湾区对口支援扶贫馆——新疆拜城县消费扶贫专馆开业，区领导为扶贫馆揭牌。",
            ],
            datetime.date(2020, 11, 27),
        )
    ],
)
def test_p1661_a_date_spaced_after_its_dashes_is_the_posting(
    tmp_path: Path, lines: list[str], posted: datetime.date
) -> None:
    # before: undated (2020- 11- 27 was no date; round 169)
    test_a_posting_date_in_a_shape_of_its_site_is_read(tmp_path, lines, posted)


def test_a_dash_spaced_on_one_side_only_makes_no_date() -> None:
    # guard: "2020- 11-27" (a space after one dash only) and a span of years are no dates
    assert find_dates("时间：2020- 11-27") == []
    assert find_dates("2019-2020- 12") == []


# Round 170: pages60's p1702, a glossed mirror page opening with a slogan's cut-off tail
P1702 = [
    "，專業(yè)采編隊(duì)伍所建立的新媒體",
    "當(dāng)前位置： 桐城新聞網(wǎng) > > 要聞",
    "雙港鎮(zhèn)第八屆人民代表大會第一次會議召開",
    "時(shí)間：2022-01-28",
    "來源：桐城市融媒體中心",
    "圖為會議現(xiàn)場。",
    "1月27日至28日",
    "，雙港鎮(zhèn)第八屆人民代表大會第一次會議召開。來自全鎮(zhèn)各條戰(zhàn)線的人大代表齊聚一堂、集思廣益。",
]


def test_p1702_a_line_opening_with_a_comma_is_no_headline(tmp_path: Path) -> None:
    # before: with its glosses blanked (round 161) the slogan's tail read as a clean first
    # short line and was taken as the title; the page went `other` (blind, round 169)
    record = docx_lines(tmp_path, "附件1.docx", P1702)
    assert record.doc.title == P1702[2]
    assert counted(record) == "news"


# Round 171: a lead opening with the day of the month (no year), as news items tell it
def test_a_lead_dated_by_month_and_day_alone_is_news(tmp_path: Path) -> None:
    # pages59's p1685-like: a headline no pattern reads, a lead "6月12日，…"; before: other
    lines = [
        "县林业局加快建设目标任务展现新作为",
        "6月12日，县林业局组织干部职工到项目现场，逐项查看造林绿化和林区道路建设进度。",
        "该局要求各股室对照年初目标任务，倒排工期，确保年底前全面完成。",
    ]
    record = docx_lines(tmp_path, "县林业局.docx", lines)
    assert counted(record) == "news"
    assert any("月" in r and "(+3)" in r for r in record.classification.reasons)


def test_a_lead_dated_with_its_year_gets_no_such_cue(tmp_path: Path) -> None:
    # guard: a record of a meeting dates it whole ("2019年11月12日下午，…主持召开…")
    lines = [
        "第十八届人民政府第65次常务会议",
        "2019年11月12日下午，县长周建平主持召开县第十八届人民政府第65次常务会议。",
        "会议研究县政府领导班子分工，传达近期上级文件并研究贯彻意见。",
    ]
    record = docx_lines(tmp_path, "常务会议.docx", lines)
    assert counted(record) == "minutes"


# Round 172: an emergency plan's own words back its 预案 (pages62's p1744, a table of contents)
def test_p1744_an_emergency_plans_response_backs_its_title(tmp_path: Path) -> None:
    # before: plan at 45%, not counted ("只凭标题的文种认定": none of 工作目标, 主要任务…)
    lines = [
        "昌江区突发公共事件总体应急预案",
        "目录",
        "1、总则",
        "1.1 编制目的和依据",
        "2、组织体系",
        "3、运行机制",
        "3.1 预测和预警",
        "3.2 应急响应和处置",
        "4、应急保障",
        "5、监督管理",
    ]
    record = docx_lines(tmp_path, "昌江区突发公共事件总体应急预案.docx", lines)
    assert counted(record) == "plan"
