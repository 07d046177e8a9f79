"""A Word document's tables read where they stand (session 10 round 2), each pattern
reproduced from the corpus file that shows it (ids given with each test).

A cover laid out as a table opens many student and company documents; its rows were read
after all the paragraphs, so the text opened with the body's first heading. Read in
document order, the cover's headline and date come first, and two title rules follow:
the document properties' title printed on the cover beats a team's name over it, and a
form's own name under a headline that opens the same way is no part of that headline.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from realdocs_kit import add_table as _table
from realdocs_kit import counted as _counted
from realdocs_kit import save_docx as _save

from evidence_audit.files.extract._docx import read_docx
from evidence_audit.files.extract.base import Limits


def _r742() -> Any:
    """heldout11's r742, a course team's 软件测试计划: its cover two tables, then the
    revision tables under their headings, then the plan."""
    document = docx.Document()
    document.core_properties.title = "软件测试计划v1.2"
    _table(
        document,
        [["软件工程综合实验H组"], ["软件测试计划v1.2"], ["基于Scrapy的模板化爬虫程序管理平台"]],
    )
    _table(document, [["赵正阳、郭浩隆、沈一聪、梁远志、宋冰晨\n2020-5-22\n"]])
    document.add_paragraph("修订和签署记录表")
    document.add_paragraph("版本变更历史")
    _table(
        document,
        [
            ["版本", "日期", "修改人", "修改章节", "备注"],
            ["1.0", "2020/5/17", "宋冰晨", "全部", "建立初稿"],
            ["1.0", "2020/5/18", "梁远志", "2.2", "补充调度器的单元测试假设"],
            [
                "1.1",
                "2020/5/21",
                "郭浩隆",
                "1.4、2、3、4.1、4.2、4.3",
                "补充图表标题、修正错误格式",
            ],
            ["1.2", "2020/5/22", "宋冰晨", "2.5.5", "更正非功能性测试部分内容"],
        ],
    )
    document.add_paragraph("批准/审核人名单")
    _table(
        document,
        [
            ["姓名", "角色", "批准/审核人", "批准/审核日期"],
            ["赵正阳", "项目经理", "批准人", "2020/5/19"],
            ["赵正阳", "项目经理", "批准人", "2020/5/22"],
        ],
    )
    for line in [
        "引言",
        "1.1 编写目的",
        "本测试计划用于描述基于Scrapy的模板化爬虫程序管理平台(EasySpider)的测试方法和总体框架，"
        "主要包含以下三个方面。",
        "测试策略：测试将基于的规则，包括项目的给定条件（例如目标、假设、时间安排）、建立有效测试的"
        "过程描述（例如进入/退出标准、创建测试用例、要执行的特定任务、数据策略）。",
        "执行策略：描述如何执行测试、识别和报告缺陷以及实施修复的过程。",
        "测试管理：测试的后勤工作以及执行过程中可能发生的事件（例如：沟通、风险和缓解措施）的管控处理流程。",
        "1.2 项目概述",
        "EasySpider为用户提供了针对多个特定网站的爬虫模板（与Scrapy爬虫脚本相对应），"
        "用户无需编写代码即可使用爬虫采集数据。",
        "2 测试计划",
        "2.1 测试范围",
        "本次测试计划覆盖单元测试、集成测试、系统测试，测试进度安排见下表。",
    ]:
        document.add_paragraph(line)
    return document


def test_a_cover_table_is_read_before_the_paragraphs_below_it() -> None:
    out = io.BytesIO()
    _r742().save(out)
    extraction = read_docx(io.BytesIO(out.getvalue()), Limits())
    lines = [line for line in extraction.text.splitlines() if line]
    assert lines[:5] == [
        "软件工程综合实验H组",
        "软件测试计划v1.2",
        "基于Scrapy的模板化爬虫程序管理平台",
        "赵正阳、郭浩隆、沈一聪、梁远志、宋冰晨",
        "2020-5-22",
    ]
    assert lines[5:8] == ["修订和签署记录表", "版本变更历史", "版本\t日期\t修改人\t修改章节\t备注"]
    # the tables themselves as before (the cover's one-column tables are no data)
    revisions, approvals = extraction.tables
    assert revisions.name == "表3"
    assert revisions.header == ("版本", "日期", "修改人", "修改章节", "备注")
    assert len(revisions.rows) == 4
    assert approvals.header == ("姓名", "角色", "批准/审核人", "批准/审核日期")


def test_the_lenient_reader_keeps_the_document_order() -> None:
    out = io.BytesIO()
    _r742().save(out)
    data = out.getvalue()
    source = zipfile.ZipFile(io.BytesIO(data))
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/styles.xml":  # python-docx refuses, Word opens
                target.writestr(info.filename, source.read(info.filename))
    strict = read_docx(io.BytesIO(data), Limits())
    lenient = read_docx(io.BytesIO(broken.getvalue()), Limits())
    assert lenient.text == strict.text
    assert lenient.tables == strict.tables
    assert lenient.text.startswith("软件工程综合实验H组\n软件测试计划v1.2\n")


def test_the_cover_prints_the_properties_title_under_the_teams_name(tmp_path: Path) -> None:
    # r742: the team's name heading the cover was taken as the title (plan 94% → other);
    # the properties' title, printed on the cover below it, is (its version cut, as before)
    record = _save(_r742(), tmp_path, "H-EasySpider-软件测试计划v1.2.docx")
    assert record.doc.title == "软件测试计划"
    assert _counted(record) == "plan"


def test_a_cover_table_over_numbered_sections(tmp_path: Path) -> None:
    # heldout6's r492: a course project's 需求分析, its cover a one-column table (school,
    # headline, team, members, date) over "1. 说明"; the school's line and the headline
    # were joined as the title
    document = docx.Document()
    document.core_properties.title = "赈灾管理系统需求分析"
    _table(
        document,
        [
            ["NJU CS"],
            ["赈灾管理系统需求分析"],
            ["TEAM 18"],
            ["\n\n\n\n\n\n"],
            ["121220312徐栋 121220313许迪文 121220309李乾科 121220052李昀 121220070缪静文"],
            ["\n\n\n\n\n"],
            ["2015/3/17"],
        ],
    )
    for line in [
        "1. 说明",
        "本文档主要对项目背景、项目功能需求、系统性能需求、支持平台等进行详细分析，明确项目设计的目标，"
        "同时规划系统的应急措施。对设计文档的书写人员提供指导作用。",
        "项目主体为开发一个赈灾管理系统，主要用于赈灾管理中的资源调度、志愿者调度、灾民收容与管理。",
        "本项目为南京大学软件工程课程项目，由徐栋、李乾科、许迪文、李昀、缪静文协同完成。",
        "2. 背景分析",
        "2.1赈灾管理现状",
        "灾害主要包括但不仅限于以下几种：",
        "地震、火山爆发",
    ]:
        document.add_paragraph(line)
    record = _save(document, tmp_path, "需求分析.docx")
    assert record.doc.title == "赈灾管理系统需求分析"
    assert record.date is not None and record.date.isoformat() == "2015-03-17"


def test_a_forms_name_under_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    # heldout5's r426: the 任务书's headline, then its first table headed by the form's
    # name (a merged row); read in order, the two were joined into one title
    document = docx.Document()
    document.add_paragraph("公司自立科研项目任务书")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "公司自立科研项目基本信息表"
    table.cell(1, 0).text = "项目名称"
    table.cell(1, 1).merge(table.cell(1, 3)).text = "AI-CAD算法验证平台及其关键技术研究"
    table.cell(2, 0).text = "承研部门"
    table.cell(2, 1).merge(table.cell(2, 3)).text = "技术中心 技术研发部"
    table.cell(3, 0).text = "项目负责人"
    for line in [
        "一、主要研究内容",
        "经对系列AI算法的优势分析，结合公司CAD产品新能力的研发探索需求，本项目拆分为以下4个研究任务。",
        "表1  研究内容对应表",
        "二、研究方案",
        "技术架构见下图。",
    ]:
        document.add_paragraph(line)
    record = _save(document, tmp_path, "AICAD自立项任务书-简版.docx")
    assert record.doc.title == "公司自立科研项目任务书"
