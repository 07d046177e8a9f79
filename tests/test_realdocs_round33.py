"""Patterns of the parts worked on in round 33 (bench/corpus/rounds.md: heldout51's misses,
scored blind after round 32), reproduced faithfully from the document's real lines. The
corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx


def test_r2460_a_plans_own_date_field_under_its_headline_dates_it(tmp_path: Path) -> None:
    # r2460 (a student team's 计划.docx): undated: 制定日期 is the day the plan was made
    lines = [
        "织锦展示网页制作项目计划文档",
        "文档版本：V4.0",
        "制定日期：2025 年 12 月 4 日",
        "适用对象：成员 A（计算机专业）、成员 B（计算机专业）、成员 C（电子信息专业 / 组长）",
        "一、项目核心信息",
        "1.1 项目目标",
        "面向大一零基础（仅掌握 HTML/CSS）学生，协作完成织锦主题静态展示网页制作，通过 GitHub "
        "协同管理代码，最终交付「1 个首页 + 4 个织锦详情页」。",
    ]
    assert _date(_docx(tmp_path, "计划.docx", lines)) == ("2025-12-04", "signature")
