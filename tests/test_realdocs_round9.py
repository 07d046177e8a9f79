"""Patterns of the parts worked on in round 9 (bench/corpus/rounds.md, the eleventh
session: heldout20 and heldout21, scored blind, then seen), each reproduced faithfully
from the document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import save_docx as _save


def _studio_cover(document: Any, name: str, author: str, day: str) -> None:
    """The studio's cover, a table of merged rows (blank rows between), as r1094 has it."""
    rows = ["", name, "", "\n", "\n\n", f"\n\n\n{author}\n{day}"]
    table = document.add_table(rows=len(rows), cols=2)
    for r, value in enumerate(rows):
        cell = table.cell(r, 0).merge(table.cell(r, 1))
        cell.text = value


def _contents(document: Any) -> None:
    """The template's 目次, its placeholders left unfilled (typed paragraphs, no field)."""
    for _ in range(3):
        document.add_paragraph("")
    document.add_paragraph("目    次")
    for line in ("1.\t标题\t1", "1.1\t内容一\t1", "1.2内容二\t1", "2.标题2\t1"):
        document.add_paragraph(line)
    for _ in range(4):
        document.add_paragraph("")


def _r1094() -> Any:
    document = docx.Document()
    _studio_cover(document, "活力工作室\n会议记录 文 档", "爬虫组 肖洒", "2017年01月19日")
    _contents(document)
    document.add_heading("第一期( 2017.01.14-2017.01.19)工作总结", level=1)
    document.add_heading("各组工作", level=2)
    for line in (
        "安卓：等注册框架再写模板。",
        "后台：CSV文件导入，需和爬虫交流。爬虫直接做数据库；注册登录还是有点简单。"
        "下一步设计界面。注册功能没有写全，还需和UI联系沟通。手机号注册。",
        "UI：界面做了点工作。",
        "爬虫：爬取新闻还需整理；教务处已经可以爬取，后期还需整理。",
    ):
        document.add_heading(line, level=3)
    document.add_heading("第二期工作计划", level=1)
    for line in (
        "安卓：实现登录注册。",
        "后台：注册登录和绑定接着做。搜索功能。",
        "爬虫：看数据库及数据库整理；签到界面做出来。教务处看情况再爬取其他信息。",
        "UI：设计登录闭环界面。",
        "管理：文档标准化。",
    ):
        document.add_paragraph(line, style="List Paragraph")
    document.add_heading("讨论", level=1)
    document.add_paragraph("APP名称：叮铃、叮叮、铃铃", style="List Paragraph")
    document.add_paragraph("功能扩展：澡堂信息、失物招领", style="List Paragraph")
    return document


def test_r1094_a_heading_after_the_contents_is_a_chapter_not_the_title(tmp_path: Path) -> None:
    # r1094 (holi_20170119_会议记录.docx): the studio's minutes in its template, a cover
    # (活力工作室 / 会议记录 文 档 / author / date), an unfilled 目次, then the first
    # chapter's heading 第一期(…)工作总结 in Heading 1: a chapter, not the document's name
    # (it was taken for the title: a report, counted)
    rec = _save(_r1094(), tmp_path, "holi_20170119_会议记录.docx")
    assert rec.doc.title != "第一期(2017.01.14-2017.01.19)工作总结"
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2017-01-19", "cover")


def test_a_heading_before_any_contents_is_still_the_title(tmp_path: Path) -> None:
    # without the cover and its 目次, the first heading style names the document
    document = docx.Document()
    document.add_heading("第一期( 2017.01.14-2017.01.19)工作总结", level=1)
    document.add_paragraph("安卓：等注册框架再写模板。")
    document.add_paragraph("UI：界面做了点工作。")
    rec = _save(document, tmp_path, "总结.docx")
    assert rec.doc.title == "第一期(2017.01.14-2017.01.19)工作总结"

