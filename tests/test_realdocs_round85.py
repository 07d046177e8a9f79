"""Round 85 (bench/corpus/rounds.md): words that only hint at a kind (助力, 探索, 模式 in a
headline; 创新, 经验 in a text) never make a file count as that kind by themselves, and a
case is read by its structure (基本情况 / 主要做法 / 取得成效). The real files' lines are
reproduced faithfully; the corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.rules.ruleset import load_ruleset

HINTED = "只有提示这类文件的用词"


def test_r10368_a_release_announcement_helping_is_no_case(tmp_path: Path) -> None:
    # counted as a case at 67% before: 标题含“助力” (+3); 正文含“模式” (+1)
    record = _txt(
        tmp_path,
        "sentinel-go-ga-release.md",
        "# Sentinel Go 正式 GA，助力云原生服务稳稳稳\n\n## 前言\n\n"
        "微服务的稳定性一直是开发者非常关注的话题。随着业务从单体架构向分布式架构演进以及部署方式的"
        "变化，服务之间的依赖关系变得越来越复杂，业务系统也面临着巨大的高可用挑战。\n\n"
        "在生产环境中大家可能遇到过各种不稳定的情况，比如：\n\n"
        "- 大促时瞬间洪峰流量导致系统超出最大负载，load 飙高，系统崩溃导致用户无法下单\n"
        "- “黑马”热点商品击穿缓存，DB 被打垮，挤占正常流量\n\n"
        "下面我们来一起了解下 Sentinel Go 的核心场景以及社区在云原生方面的探索。\n\n"
        "## Sentinel Go 的流控模式\n\nSentinel 支持多种流控模式，可以按需组合。\n",
    )
    assert record.kind == "case"
    assert record.classification.confidence < 0.5
    assert _counted(record) == "other"
    assert HINTED in record.classification.reasons[-1]
    assert "标题含“助力”" in record.classification.reasons[-1]


def test_r10764_a_paper_on_relocation_models_is_no_case(tmp_path: Path) -> None:
    # counted as a case at 57% before: 标题含“模式” (+3); 正文含“经验” (+1)
    record = _txt(
        tmp_path,
        "ChinaXiv-202101.00005V1.md",
        "# 深度贫困地区易地扶贫搬迁产业发展模式及制约因素分析\n\n"
        "以新疆南疆三地州为例谢大伟，张诺，苏颖，于鸿飞（新疆交通职业技术学院，新疆乌鲁木齐831401)\n\n"
        "摘要：通过对南疆三地州7个易地扶贫搬迁安置点进行调研，定量分析了搬迁前后影响产业发展的主要"
        "生计资本变化情况，分析认为搬迁安置点具备了产业发展的基础和条件。\n\n"
        "关键词：易地扶贫搬迁；后续产业；制约因素；新疆\n\n"
        '新时期我国精准扶贫战略已经由“攻坚克难期"进入到“巩固提升期”。借鉴各地经验，'
        '后续产业发展是实现"稳得住、能致富"的关键。\n',
    )
    assert _counted(record) == "other"
    assert HINTED in record.classification.reasons[-1]


COUNTY_CASE = [
    "青溪县探索“合作社+农户”模式 助力群众稳定增收",
    "一、基本情况",
    "青溪县地处山区，2019年与历城区结对开展东西部扶贫协作，共建扶贫车间12个。",
    "二、主要做法",
    "（一）建强合作社。引导农户以土地入股，统一种植、统一销售。",
    "（二）稳定销路。历城区企业签订订单，保底收购。",
    "三、取得成效",
    "全县带动1200户贫困户户均增收3000元。",
]


def test_a_countys_case_is_read_by_its_sections(tmp_path: Path) -> None:
    # the usual shape of a county's own case: its headline only hints (探索, 模式, 助力),
    # its sections 基本情况 / 主要做法 / 取得成效 make it one
    record = _docx(tmp_path, "材料.docx", COUNTY_CASE)
    assert _counted(record) == "case"
    assert any(r.startswith("正文有“一、基本情况") for r in record.classification.reasons)
    assert not any(HINTED in r for r in record.classification.reasons)


def test_the_same_case_without_its_sections_only_hints(tmp_path: Path) -> None:
    lines = [line for line in COUNTY_CASE if not line.startswith(("一、", "二、", "三、"))]
    record = _docx(tmp_path, "材料.docx", lines)
    assert record.kind == "case"
    assert _counted(record) == "other"
    assert HINTED in record.classification.reasons[-1]


def test_a_file_named_as_a_case_backs_its_hints(tmp_path: Path) -> None:
    # the clerk's own name for it (典型案例) is evidence the hints are not alone
    lines = [line for line in COUNTY_CASE if not line.startswith(("一、", "二、", "三、"))]
    record = _docx(tmp_path, "典型案例.docx", lines)
    assert _counted(record) == "case"
    assert not any(HINTED in r for r in record.classification.reasons)


def test_the_built_in_ruleset_marks_only_a_cases_suggestive_words_as_hints() -> None:
    hinted = {
        (kind.id, value)
        for kind in load_ruleset().kinds
        for signal in kind.signals
        if signal.hint
        for value in signal.values
    }
    assert {("case", "助力"), ("case", "探索"), ("case", "模式"), ("case", "创新")} <= hinted
    assert ("case", "典型案例") not in hinted and ("case", "经验做法") not in hinted


def test_a_title_cited_in_brackets_says_nothing_of_the_citing_file_to_patterns(
    tmp_path: Path,
) -> None:
    # round 86: words of a title quoted in 《》 were already ignored by keyword signals of
    # the headline (round 76); now by its pattern signals too (a case's 经验)
    record = _docx(
        tmp_path,
        "读书会.docx",
        [
            "学院师生共读《乡村振兴的浙江经验》",
            "11月20日下午，学院在图书馆三楼举办读书会，二十余名师生参加。",
            "大家围绕书中的案例展开讨论，气氛热烈。",
        ],
    )
    assert not any("经验" in r for r in record.classification.reasons if "标题" in r)
    assert _counted(record) != "case"


def test_r10715_a_headline_asking_about_a_contract_is_no_agreement(tmp_path: Path) -> None:
    # round 87: counted as an agreement at 69% before (标题以“合同”结尾)
    record = _txt(
        tmp_path,
        "劳动者拒绝违法超时加班安排，用人单位能否解除劳动合同.mdx",
        "# 劳动者拒绝违法超时加班安排，用人单位能否解除劳动合同\n\n"
        "## 基本案情\n\n张某于2020年6月入职某快递公司，双方订立的劳动合同约定试用期为3个月。\n\n"
        "## 裁判结果\n\n仲裁委员会裁决某快递公司支付张某违法解除劳动合同赔偿金。\n",
    )
    assert _counted(record) != "agreement"
    assert not any("以“合同”结尾 (+" in r for r in record.classification.reasons)
    assert any("就合同提的问题" in r for r in record.classification.reasons)


def test_a_headline_that_only_quotes_a_question_keeps_its_own_ending(tmp_path: Path) -> None:
    # r4069's shape: the question is the cited talk's title, the 文种 is the file's own
    record = _docx(
        tmp_path,
        "演讲稿.docx",
        [
            "《如何生成优秀的Skill》10分钟演讲稿",
            "大家好，今天我想和大家聊一聊如何生成优秀的 Skill。",
            "谢谢大家！",
        ],
    )
    assert any("演讲稿" in r and "结尾" in r for r in record.classification.reasons)
