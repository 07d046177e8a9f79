"""Rounds of session 27 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, dated, docx_lines

from evidence_audit.files.extract.breadcrumbs import breadcrumb_labels
from evidence_audit.text.dates import date_roles

# Round 141: pages1's p6, a county's news item pasted into Word under its site's trail
# (首页 > 新闻动态 > 化隆快讯: no 当前位置 label), its posting line giving no source
P6 = [
    "首页 > 新闻动态 > 化隆快讯",
    "化隆县“四个一”加强东西部扶贫协作工作",
    "来源：    时间：2018年11月02日",
    "为推动东西部扶贫协作深入开展，化隆县委常委会近期专门听取全县协作工作情况汇报并作出部署。",
    "一是出台一个文件。县委、县政府印发关于进一步加强东西部协作工作的通知，提出六个方面的要求。",
]


def test_p6_a_trail_from_the_sites_home_files_the_page_as_news(tmp_path: Path) -> None:
    # before: other, 0% (a trail was read only after a 当前位置-like label)
    record = docx_lines(tmp_path, "化隆县“四个一”加强东西部扶贫协作工作.docx", P6)
    assert counted(record) == "news"
    assert "页面自标的分类有“新闻动态” (+4)" in record.classification.reasons


def test_a_trail_after_any_label_of_the_readers_place_gives_its_sections() -> None:
    # before: () for 您当前的位置 and 当前的位置 (only 您的位置, 当前位置… were labels)
    assert breadcrumb_labels(["您当前的位置：首页 > 上级精神 > 上情下达", "标题"]) == (
        "上级精神",
        "上情下达",
    )
    assert breadcrumb_labels(["当前的位置: 首页>>乡镇动态", "标题"]) == ("乡镇动态",)


def test_no_trail_without_a_step_after_home_or_a_label() -> None:
    # guards: the word 首页 alone (a menu's item) and a line naming a place are no trail
    assert breadcrumb_labels(["首页", "新闻动态", "标题"]) == ()
    assert breadcrumb_labels(["首页新闻", "项目地点：某某村", "标题"]) == ()


# pages9's p241, a district's news page with the site's 摘要 over the story
P241 = [
    "当前位置：首页 > 滚动图新闻 > 正文",
    "黔江区森林防火工作电视电话会议召开",
    "发布日期：2022-10-24 18:42",
    "摘要：  10月22日，黔江区召开森林防火工作电视电话会议，传达市委市政府关于森林防灭火的指示批示精神，"
    "调度各乡镇街道防灭火进展，并对全区工作再安排再部署。",
]


def test_p241_a_news_pages_abstract_is_no_papers(tmp_path: Path) -> None:
    # before: other, 0% (摘要： counted −6 against news, as a paper's abstract)
    record = docx_lines(tmp_path, "p241.docx", P241)
    assert counted(record) == "news"


def test_a_paper_with_its_abstract_and_key_words_stays_no_news(tmp_path: Path) -> None:
    # guard: 关键词 still speaks against news
    lines = [
        "当前位置：首页 > 新闻中心 > 正文",
        "乡村振兴背景下县域产业发展研究",
        "摘要：本文以某县为例，分析县域产业发展的现状与问题。",
        "关键词：乡村振兴；县域经济；产业",
        "一、引言",
        "县域经济是国民经济的基本单元，本文从三个方面讨论其发展路径。",
    ]
    record = docx_lines(tmp_path, "论文.docx", lines)
    assert counted(record) != "news"


# pages11's p292, a township's report to its congress, posted under 新闻动态 >> 乡镇动态
P292 = [
    "禄丰市人民政府",
    "首页 >> 新闻动态 >> 乡镇动态",
    "土官镇人民政府关于土官镇第二届人民代表大会第四次会议代表议案，建议、批评和意见办理情况的报告",
    "日期：2024年01月26日 作者： 来源： 点击：[]",
    "（2024年1月24日在土官镇第二届人民代表大会第六次会议上）",
    "各位代表：",
    "我代表镇人民政府，向大会报告镇二届人大四次会议期间代表所提议案和建议、批评、意见的办理结果，请审议。",
    "一、基本情况",
    "镇二届人大四次会议期间，代表们围绕全镇发展共提出议案和建议、批评、意见24件。",
    "二、办理情况",
    "截至2023年12月31日，全部议案和建议、批评和意见均在规定时限内书面答复代表，办复率100%。",
]


def test_p292_a_report_its_site_files_under_news_stays_a_report(tmp_path: Path) -> None:
    # guard: the trail read since this round (新闻动态, +4 for news) does not outweigh the
    # headline's 的报告 (without −4 for 的报告 against news: news 45%, not counted)
    record = docx_lines(tmp_path, "p292.docx", P292)
    assert counted(record) == "report"


# pages11's p291, a county audit bureau's report to its congress's standing committee, the
# day it was given after one dash under the headline
P291 = [
    "您当前的位置：首页 > 政务公开 > 重点领域信息公开 > 乳源县 > 审计结果公告",
    "关于2020年度县级预算执行和其他财政收支的",
    "审计工作报告",
    "—2021年9月2日在乳源瑶族自治县第十二届",
    "人民代表大会常务委员会第三十九次会议上",
    "乳源瑶族自治县审计局局长 温存",
    "时间：2021-09-03 11:20:04 来源：本网 访问量： -",
    "县人大常委会主任、各位副主任，委员：",
    "我受县人民政府的委托，就2020年度县级预算执行及其他财政收支的审计结果向常委会作报告，请予审议。",
    "2020年以来，县审计局在县委、县政府和上级审计机关的领导下，依法履行审计监督职责。",
]


def test_p291_a_report_given_on_the_day_after_one_dash_ends_in_its_genre(tmp_path: Path) -> None:
    # before: news 42%, not counted (—2021年… was no subtitle: a dash before digits was
    # taken for a range of years, so the headline ended in 会议上)
    record = docx_lines(tmp_path, "p291.docx", P291)
    assert counted(record) == "report"
    assert "标题以“报告”结尾 (+8)" in record.classification.reasons


def test_a_range_of_years_after_a_dash_is_still_no_subtitle(tmp_path: Path) -> None:
    # guard: 实施方案（2022—2025年） ends in its 文种 with its years
    lines = [
        "某某县乡村振兴实施方案（2022—2025年）",
        "为推进乡村振兴，制定本方案。",
        "一、工作目标",
        "到2025年，全县农村人居环境明显改善。",
        "二、主要任务",
        "（一）发展特色产业。",
    ]
    record = docx_lines(tmp_path, "方案.docx", lines)
    assert counted(record) == "plan"


def test_a_runner_up_suggested_only_by_hints_does_not_lower_the_confidence(
    tmp_path: Path,
) -> None:
    # before: 82% (助力 in the headline, a hint of a case, took the margin down)
    lines = [
        "消费帮扶助力乡村振兴",
        "本报讯 近日，某某县举办消费帮扶产品展销会，二十余家企业参展。",
        "活动现场，群众踊跃选购特色农产品。",
    ]
    record = docx_lines(tmp_path, "a.docx", lines)
    assert (record.kind, record.confidence) == ("news", 1.0)
    assert record.classification.reasons[-1] == "次选：典型案例（3.0 分）"


# Round 142: the fifth wave's posting lines, in the shapes five county and news sites print
# them (pages18's p482 and p497, pages19's p518 and p524, pages20's p538)
POSTING_LINES = [
    "2017-08-07 11:35:05 王敏霞 张杰 来源：东南网  责任编辑：某某   我来说两句",
    "本站发表时间：[2019-07-19] 来源：北京政法网 作者：",
    "【2022-03-30 来源：丹东市元宝区区委宣传部】",
    "来源：中国舞阳网    信息时间：2022-08-22     阅读次数：",
    "来源：永春县人民政府办公室 2020-09-09 09:11 阅读人数：1",
]


def _roles_under_a_headline(line: str) -> list[str]:
    """The roles of the dates of ``line`` set between a news item's headline and its lead."""
    text = f"县里召开工作推进会\n{line}\n近日，县里召开工作推进会，部署下一阶段工作。"
    return [r.role for r in date_roles(text)]


def test_the_fifth_waves_posting_lines_date_their_pages_as_published() -> None:
    # before: none of these shapes was a posting line: the date was the meeting's the
    # headline names, or the body's (the pages were undated)
    for line in POSTING_LINES:
        assert _roles_under_a_headline(line) == ["published"], line


def test_a_source_field_and_a_date_in_the_body_is_no_posting_line() -> None:
    # guard: without the time of day or the site's counter after it, a 来源 field's date in
    # the text is the body's
    text = (
        "关于下达资金的通知\n各乡镇：\n现将有关事项通知如下。\n一、资金安排\n二、资金拨付\n"
        "三、资金管理\n四、其他\n资金来源：县财政局 2020-09-09\n特此通知。"
    )
    assert "published" not in [r.role for r in date_roles(text)]


# pages19's p524, a county site's news page under the site's name (今日舞阳), its posting
# line giving 来源 first and 信息时间 after it
P524 = [
    "今日舞阳",
    "县委县政府重点工作第52次周交办会议召开",
    "来源：中国舞阳网    信息时间：2022-08-22     阅读次数：",
    "8月22日，县委副书记、县长主持召开县委县政府重点工作第52次周交办会议，部署近期重点工作。",
    "（图文：某某 审核：某某）",
]


def test_p524_the_line_over_a_posting_line_of_any_shape_is_the_headline(tmp_path: Path) -> None:
    # before: titled 今日舞阳 (the first short line; the posting line ends in a colon and
    # was read as the 主送机关 ending the head), dated nowhere
    record = docx_lines(tmp_path, "p524.docx", P524)
    assert record.doc.title == "县委县政府重点工作第52次周交办会议召开"
    assert dated(record) == ("2022-08-22", "published")


def test_a_headlines_subtitle_over_the_posting_line_stays_part_of_it(tmp_path: Path) -> None:
    # guard: pages4's p94, "——…" over the posting line is the subtitle of the line above
    lines = [
        "脱贫攻坚 砥砺奋进",
        "——金锁关镇召开脱贫攻坚半年工作总结暨脱贫攻坚业务培训会",
        "时间:2018-06-14 08:57:40   来源:金锁关镇   浏览次数:",
        "6月11日下午，金锁关镇召开脱贫攻坚半年工作总结和业务培训会，镇党委书记主持会议。",
    ]
    record = docx_lines(tmp_path, "p94.docx", lines)
    assert (
        record.doc.title == "脱贫攻坚砥砺奋进——金锁关镇召开脱贫攻坚半年工作总结暨脱贫攻坚业务培训会"
    )


# pages20's p540 and pages18's p492: a saved page's 导航菜单 button and a mobile page's
# APP下载 banner over the headline
P540 = [
    "导航菜单",
    "寿阳县平头镇2022年政府工作报告",
    "平头镇政府工作报告",
    "——在平头镇第五届人民代表大会第三次会议上",
    "（2022年3月31日）",
    "各位代表：",
    "现在，我代表平头镇人民政府向大会报告2021年度政府工作，请予审议，并请列席人员提出意见和建议。",
    "一、2021年工作回顾",
    "过去一年，全镇上下攻坚克难，各项工作取得新进展。",
]
P492 = [
    "APP下载",
    "对口帮扶 携手共进",
    "——常熟市结对思南县扶贫协作纪实",
    "2019-12-15常熟市老促会",
    "2013年，江苏省常熟市与贵州省思南县建立结对帮扶关系。",
    "六年间两地协作不断加深，思南县贫困发生率大幅下降。",
]


def test_p540_p492_a_pages_menu_button_and_app_banner_are_no_headline(tmp_path: Path) -> None:
    # before: 导航菜单 (a form's name, ending in 单) and APP下载 (the first short line)
    # (since round 149 the report's own headline over its occasion, as labelled)
    report = docx_lines(tmp_path, "p540.docx", P540)
    assert report.doc.title == "平头镇政府工作报告"
    assert counted(report) == "report"
    story = docx_lines(tmp_path, "p492.docx", P492)
    assert story.doc.title == "对口帮扶携手共进——常熟市结对思南县扶贫协作纪实"


# pages17's p458 and pages18's p478: news items whose headlines end in the 文种 of what a
# meeting heard or what two counties signed
P458 = [
    "当前位置： 首页 > 新闻中心 > 人大要闻",
    "县人大常委会召开主任会议专题听取脱贫攻坚情况汇报",
    "作者：弥渡县人大 发布时间： 2018-07-23 浏览次数：4105",
    "7月20日下午，县人大常委会召开第38次主任会议，专题听取县人民政府关于全县脱贫攻坚工作情况的汇报。",
    "会上，县扶贫办主要负责人汇报了全县脱贫攻坚工作情况，与会人员进行了审议。",
]
P478 = [
    "首页 > 政府信息公开 > 重点政务信息 > 扶贫工作 > 扶贫项目信息",
    "王建国率队赴玉屏考察 签订东西部扶贫协作战略合作框架等协议",
    "【发稿时间 :2017-11-27 09:59:00 阅读次数:",
    "（记者 某某）这两天，市委副书记、市长王建国带队到贵州省玉屏侗族自治县考察交流，"
    "其间举行了扶贫协作座谈会。",
    "王建国与杨德振代表两地签订了东西部扶贫协作战略合作框架协议。",
]


def test_p458_p478_a_headline_telling_what_was_heard_or_signed_is_news(tmp_path: Path) -> None:
    # before: report at 58% and agreement at 52%, counted (false assurances): …听取…汇报
    # and …签订…协议 ended in a 文种
    assert counted(docx_lines(tmp_path, "p458.docx", P458)) == "news"
    assert counted(docx_lines(tmp_path, "p478.docx", P478)) == "news"


def test_an_agreement_and_a_report_of_their_own_keep_their_kind(tmp_path: Path) -> None:
    # guard: a headline naming the parties of its 协议, or a 汇报 of its own, tells nothing
    agreement = [
        "太仓市与玉屏侗族自治县东西部扶贫协作战略合作框架协议",
        "甲方：太仓市人民政府",
        "乙方：玉屏侗族自治县人民政府",
        "为深化东西部扶贫协作，经甲乙双方协商，达成如下协议。",
        "一、合作内容",
        "双方约定在产业、劳务、人才等方面开展合作。",
    ]
    assert counted(docx_lines(tmp_path, "协议.docx", agreement)) == "agreement"
    report = [
        "某某县脱贫攻坚工作情况汇报",
        "县人大常委会：",
        "现将我县脱贫攻坚工作情况汇报如下。",
        "一、基本情况",
        "全县建档立卡贫困户全部脱贫。",
    ]
    assert counted(docx_lines(tmp_path, "汇报.docx", report)) == "report"


# Round 143: pages18's p486, two provinces' joint 实施意见, their names on one line over the
# headline and its number under it
P486 = [
    "贵州省人民政府 广东省人民政府",
    "关于建立粤黔两省更加紧密的结对帮扶关系的实施意见",
    "黔府发〔2022〕12号",
    "贵州省各市、自治州人民政府，省政府各部门、各直属机构；广东省各地级以上市人民政府，省政府各部门、各直属机构：",
    "现将《关于建立粤黔两省更加紧密的结对帮扶关系的实施意见》印发你们，请认真抓好落实。",
]


def test_p486_joint_issuers_over_the_headline_open_it(tmp_path: Path) -> None:
    # before: 关于建立…的实施意见 (the joint issuers' line joined only when the page's
    # organisation-name pattern matched it whole, which two names do not)
    record = docx_lines(tmp_path, "p486.docx", P486)
    assert (
        record.doc.title
        == "贵州省人民政府广东省人民政府关于建立粤黔两省更加紧密的结对帮扶关系的实施意见"
    )


def test_one_organisation_over_a_guanyu_headline_stays_the_mark(tmp_path: Path) -> None:
    # guard: an OA draft's 版头 (one organisation's name, no 文件) over 关于… is no part of
    # the headline (heldout/dev r002…r074: 四川省扶贫和移民工作局 over 关于…)
    lines = [
        "四川省扶贫和移民工作局",
        "关于尽快核实泸定电站沙湾桃花源农家乐补偿问题的函",
        "甘孜州移民局：",
        "你局报来的有关材料收悉。经研究，请尽快核实有关补偿问题并函复我局。",
    ]
    record = docx_lines(tmp_path, "函.docx", lines)
    assert record.doc.title == "关于尽快核实泸定电站沙湾桃花源农家乐补偿问题的函"


# Round 144: the sixth wave's pages. pages21's p586, a county's 信息公开 page printed to
# PDF: each field's label runs into its value (the cell between them lost)
P586 = [
    "当前位置：首页 > 政务公开>县政府办文件",
    "索引号 111423LL00100/2024-67534",
    "发文字号兴政办发〔2024〕12 号 发文时间 2024-05-22",
    "发文机关兴县人民政府办公室 主题词",
    "标题兴县人民政府办公室 关于印发《兴县发展特色庭院经济实施 方案》的通知",
    "主题分类 发布日期 2024-05-22",
    "各乡（镇）人民政府，县直各有关单位：",
    "《兴县发展特色庭院经济实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
]


def test_p586_a_fields_label_run_into_its_value_is_no_part_of_it(tmp_path: Path) -> None:
    # before: 发文字号兴政办发〔2024〕12号 (the label read as the agency's code) and the
    # title 标题兴县人民政府办公室关于…
    record = docx_lines(tmp_path, "p586.docx", P586)
    assert record.doc.doc_number == "兴政办发〔2024〕12号"
    assert record.doc.title == "兴县人民政府办公室关于印发《兴县发展特色庭院经济实施方案》的通知"


# pages24's p665 (a county 融媒体 page: the site's date bar and 加入收藏 over a headline of
# 66 characters), pages22's p615 (a news app's 立即下载 banner), pages24's p662 (当前位置：
# alone over its trail)
P665 = [
    "2024-09-27 星期五",
    "+ 加入收藏",
    "【要闻】邹军主持召开县委农村工作领导小组暨县委巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作领导小组"
    "2022年第一次会议",
    "发布时间：2022-01-27 10:55:47 来源：定远县融媒体中心 阅读次数： 780 次",
    "1月24日下午，县委农村工作领导小组召开2022年第一次会议，县委书记邹军主持。",
]
P615 = [
    "立即下载",
    "长沙县聘请首届特约监察员",
    "2019-07-10 09:40:44 字号:",
    "7月8日，长沙县监委召开特约监察员聘请会，聘请10名社会各界代表为该县第一届特约监察员。",
]
P662 = [
    "当前位置：",
    "首页 > 政府 > 县级领导 > 政府会议",
    "县政府召开2020年第4次常务会议",
    "发布日期：2020-06-30 21:54 信息来源： 太白县政府",
    "2月17日下午，县长主持召开县政府2020年第4次常务会，县政府领导参加。",
]


def test_a_sites_bars_and_banners_over_the_headline_are_no_title(tmp_path: Path) -> None:
    # before: 2024-09-27星期五+加入收藏, 立即下载, and no title (当前位置： ended the head
    # as a 主送机关 would)
    titles = [
        docx_lines(tmp_path, f"{name}.docx", lines).doc.title
        for name, lines in (("p665", P665), ("p615", P615), ("p662", P662))
    ]
    assert titles == [
        "邹军主持召开县委农村工作领导小组暨县委巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作领导小组"
        "2022年第一次会议",
        "长沙县聘请首届特约监察员",
        "县政府召开2020年第4次常务会议",
    ]


def test_a_bar_of_links_over_a_posting_line_is_no_headline(tmp_path: Path) -> None:
    # guard: pages7's p185, the site's menu of channels over the headline
    lines = [
        "首页| 滚动| 国内| 国际| 军事| 社会| 财经| 产经| 房产| 金融| 证券| 汽车| 能源| 港澳| 台湾",
        "English| 图片| 视频| 直播| 娱乐| 体育| 文化| 健康| 生活| 葡萄酒| 微视界| 演出| 专题| 理论| 新媒体| 供稿",
        "上海2019年对口支援三峡库区项目56个 总金额逾亿元",
        "2019年04月29日 22:18 来源：中国新闻网 参与互动",
        "记者从上海市合作交流办获悉，上海今年安排对口支援三峡库区项目56个。",
    ]
    record = docx_lines(tmp_path, "p185.docx", lines)
    assert record.doc.title == "上海2019年对口支援三峡库区项目56个总金额逾亿元"


# pages3's p63, a county's report printed from its page, its 文种 broken at the page's width
P63 = [
    "长政发〔2021〕1 号长海县 2020 年度法治政府建设情况报",
    "告",
    "政府办文书科",
    "2021-01-05",
    "2020年，在市委、市政府领导和市委依法治市办等部门指导下，我县以推进依法行政、创建法治政府为目标，"
    "围绕中心、多措并举，依法行政工作取得新成效。现将有关情况报告如下。",
]


def test_p63_a_genre_broken_at_the_pages_width_is_read_whole(tmp_path: Path) -> None:
    # before: …建设情况报 (the 告 on the next line left out), a report at 36%, not counted
    record = docx_lines(tmp_path, "p63.docx", P63)
    assert record.doc.title == "长海县2020年度法治政府建设情况报告"
    assert counted(record) == "report"


# Round 145: the seventh wave's posting lines (pages26's p722, p724, p732, pages27's p752,
# p760, pages28's p783)
MORE_POSTING_LINES = [
    "2020-06-11 16:34:00 射洪市香山镇 作者：某某",
    "来源：某某 2023-12-11 15:30:27 责编：某某 某某",
    "作者：佚名  时间：2020-04-03  来源：本站  次浏览 字号：[ ]",
    "时间：2019-10-16 10:41 信息来源：灌云县[ ] 浏览次数：",
    "2018-06-23 13:58广元三农网编辑：某某人气：",
    "来源：县政府办公室时间：2020-07-31 打印",
]


def test_the_seventh_waves_posting_lines_date_their_pages_as_published() -> None:
    # before: each was no posting line (the site's name or the author between the time and
    # the field, 作者 before 时间, 信息来源, 时间 glued to its 来源): the pages were undated
    for line in MORE_POSTING_LINES:
        assert _roles_under_a_headline(line) == ["published"], line


# pages28's p788, a city site's news page printing its headline at the top (the page's
# <title>) and again over its posting line
P788 = [
    "挂职干部应邀传递莞铜协作“好声音”",
    "• 中国共产党的领导是中国特色社会主义最本质的特征",
    "• 民族团结促和谐 长治久安谋发展",
    "首页 新闻 社会写真",
    "挂职干部应邀传递莞铜协作“好声音”",
    "2022-12-12 14:34 来源：铜仁网",
    "投稿：trwz001@126.com",
    "近日，东莞广播电视台和东莞市经协办合办的广播栏目《乡村振兴在路上—东西部协作》继续播出。"
    "思南县在塘厦挂职的干部应邀做客节目，讲述两地协作的故事。",
    "现场图片2",
    "塘厦组团与思南县结对协作以来，两地让帮扶人才当好乡村振兴的“智囊团”“生力军”。",
    "到目前，双方已互派22名党政干部和教育、医疗业务骨干、优秀年轻干部交流锻炼。",
]


def test_p788_a_headline_printed_again_over_the_posting_line_heads_the_article(
    tmp_path: Path,
) -> None:
    # before: the first print was the title's line, the posting line and the lead fell in
    # the head: an appointment at 53% on 挂职 in the headline and the name (a false assurance)
    record = docx_lines(tmp_path, "挂职干部应邀传递莞铜协作“好声音”.docx", P788)
    assert counted(record) == "news"


# Round 146: pages29's p814, a township's 2020年工作总结和2021年工作计划 (labelled a report)
P814 = [
    "导航菜单",
    "(金华市)金东区澧浦镇2020年工作总结和2021年工作计划",
    "一、2020年主要工作",
    "2020年极不平凡。面对国内外形势的深刻变化和突如其来的疫情，镇政府在区委、区政府的领导下，"
    "统筹推进疫情防控和经济社会发展，全年主要目标任务顺利完成。",
    "二、2021年工作计划",
    "2021年，全镇将围绕目标任务，抓好项目建设和乡村振兴各项工作。",
]


def test_p814_a_summary_with_next_years_plan_is_a_report(tmp_path: Path) -> None:
    # before: a plan at 54%, counted (a false assurance): 计划 ended the headline, and the
    # 总结 before it only spoke for a report as much
    record = docx_lines(tmp_path, "p814.docx", P814)
    assert counted(record) == "report"


def test_a_plan_of_its_own_stays_a_plan(tmp_path: Path) -> None:
    # guard: a headline ending in 计划 without a 总结 before it
    lines = [
        "澧浦镇2021年工作计划",
        "一、工作目标",
        "2021年，全镇将围绕目标任务，抓好项目建设和乡村振兴各项工作。",
        "二、主要任务",
        "（一）抓好项目建设。",
    ]
    assert counted(docx_lines(tmp_path, "计划.docx", lines)) == "plan"
