"""Rounds of session 27 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, docx_lines

from evidence_audit.files.extract.breadcrumbs import breadcrumb_labels

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
    assert (counted(record), record.classification.reasons) == (
        "news",
        ("页面自标的分类有“新闻动态” (+4)",),
    )


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
