"""The patterns worked on in round 46 (bench/corpus/rounds.md: heldout93–104, scored
blind before), reproduced faithfully from the documents' real lines. The corpus id is
given with each test.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.files.extract import extract

# r4963 (a research centre's Jekyll post): no byline, no dateline; its author filed it
# under 新闻 in the front matter
_R4963 = """---
title: 我中心主任John Hopcroft教授被授予中华人民共和国国际科学技术合作奖
image: /images/posts/2024-06-28-hopcroft-international-award/image_1.png
tags: 新闻
last_modified_at: ""
---

<!-- excerpt start -->6月24日上午，全国科技大会、国家科学技术奖励大会和两院院士大会在人民大会堂\
隆重召开，中共中央总书记、国家主席、中央军委主席习近平出席大会，为国家最高科学技术奖获得者等颁奖\
并发表重要讲话。华中科技大学霍普克罗夫特计算科学研究中心主任John Edward Hopcroft教授在会上被授予\
中华人民共和国国际科学技术合作奖。<!-- excerpt end -->

<div align="center">
  <img src="/images/posts/2024-06-28-hopcroft-international-award/image_1.png">
</div>

John Hopcroft教授为全球著名理论计算机科学家，美国科学院、工程院、艺术与科学学院院士，中国科学院\
外籍院士。
"""


def test_r4963_a_page_its_author_files_under_news_is_news(tmp_path: Path) -> None:
    # other 0% before (没有足够的识别特征: nothing of a byline or a dateline)
    record = _txt(tmp_path, "2024-06-28-hopcroft-international-award.md", _R4963)
    assert _counted(record) == "news"
    assert any("页面自标的分类" in r for r in record.classification.reasons)


def test_front_matter_lists_and_inline_lists_are_the_pages_labels() -> None:
    listed = (
        "---\ntitle: 例会\ncategories:\n  - Activity\n  - 新闻\ntags: [开源, '社区']\n---\n正文"
    )
    got = extract(io.BytesIO(listed.encode()), "txt")
    assert got.labels == ("Activity", "新闻", "开源", "社区")
    assert got.title == "例会"
    bare = "---\ntitle: 例会\ntags:\n---\n正文"  # an empty key is no label
    assert extract(io.BytesIO(bare.encode()), "txt").labels == ()


def test_a_json_records_category_field_is_its_label() -> None:
    record = {"title": "关于举办讲座的通知", "category": "学院新闻", "content": "为" + "丰富" * 30}
    got = extract(io.BytesIO(json.dumps(record, ensure_ascii=False).encode()), "json")
    assert got.labels == ("学院新闻",)


# r4861 (a bank team's 工作总结.md): the year's summary with next year's plan after it
_R4861 = """## 应用支持一部四组2016年工作总结及2017年工作计划

2016年上半年，应用支持一部四组以“安全生产”、“三快”理念圆满完成各项应用运维工作，确保生产系统\
稳定运行；又以“平稳过渡、平滑运行”原则顺利完成处室职能组调整，启动一体化运维相关工作。现将主要\
工作总结如下：

### 一、落实“三快”机制、保障生产安全
应用支持一部四组按照职能要求，负责**个生产系统的运行维护工作。截止2016年6月24日，应用支持二组\
累计受理解决总分行事件单657件，实施应用变更52次。
"""


def test_r4861_a_summary_with_next_years_plan_after_it_is_a_report(tmp_path: Path) -> None:
    # plan 39% before (the title's last 文种, 计划; the body a summary), not counted
    record = _txt(tmp_path, "工作总结.md", _R4861)
    assert _counted(record) == "report"


def test_r4773_a_standards_drafting_note_on_experience_feedback_is_no_case(
    tmp_path: Path,
) -> None:
    # case 51% before (经验 in 经验反馈, the standard's subject): a false assurance
    record = _docx(
        tmp_path,
        "行标编制说明（核电厂定期安全评价指南 第7部分：经验反馈）20230324.docx",
        [
            "NB/T 20442.7－2017",
            "核电厂定期安全审查指南",
            "第7部分：经验反馈",
            "编制说明",
            "（征求意见稿）",
            "任务来源及计划要求",
            "本标准来源于国家能源局2021年下达的能源行业核电标准制修订计划，项目编号为“能源20210674”。",
            "计划要求对NB/T 20442.7-2017《核电厂定期安全审查指南 第7部分：经验反馈》进行修订，"
            "这项修订任务应在2023年底前完成。",
            "二、 编制过程",
            "增加近年来国内PSR团队在工作中摸索出来的行之有效的新方法、新做法。",
        ],
    )
    assert record.classification.kind != "case"
    assert _counted(record) == "report"
