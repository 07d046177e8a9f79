"""One rectification notice (.docx) per unit that must act, laid out as an official
document after GB/T 9704-2012, to be edited and sent.

A unit gets a notice when one of its required items fails or a problem of the
inspection's list is still open. The notice's own words (issuing office, title, opening,
headings, closing) come from the ruleset's ``notices`` section; the lists come from the
report's view, so personal data is masked as in every output.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from ..rules.ruleset import NoticeRules
from .output import write_atomic
from .view import ItemView, RectificationView, ReportView, UnitView

# GB/T 9704-2012: A4, margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), body in
# 3号仿宋 (16 pt) at 22 lines a page, title in 2号小标宋 (22 pt), red agency mark.
_RED = RGBColor(0xFF, 0x00, 0x00)
_TITLE_FONT, _BODY_FONT, _HEADING_FONT, _SUB_FONT = (
    "方正小标宋简体",
    "仿宋_GB2312",
    "黑体",
    "楷体_GB2312",
)
_BODY_PT, _TITLE_PT, _MARK_PT = 16, 22, 30
_LINE_PT = 28.95  # exact line pitch that gives 22 lines in the type area
_TYPE_WIDTH_PT = 440  # 156 mm
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_CN_ORDINALS = "一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class UnitNotice:
    """What one unit is told: its failing items, the cross-unit findings naming it and
    its open problems."""

    unit: str
    items: tuple[ItemView, ...]
    findings: tuple[str, ...]
    problems: tuple[RectificationView, ...]


def notices_of(view: ReportView) -> list[UnitNotice]:
    """The units that must act, in the report's order (units only in the problem list last)."""
    out = []
    units: dict[str, UnitView | None] = {u.name: u for u in view.units if u.type != "unknown"}
    for r in view.rectification:
        units.setdefault(r.unit, None)
    for name, unit in units.items():
        items = tuple(
            i for i in (unit.items if unit else ()) if i.failing and i.severity == "required"
        )
        findings = tuple(
            f"{c.title}：{p.message}"
            for c in view.checks
            if c.status == "fail"
            for p in c.problems
            if name in p.units
        )
        problems = tuple(r for r in view.rectification if r.unit == name and r.open)
        if items or problems:
            out.append(UnitNotice(name, items, findings, problems))
    return out


def write_notices(
    view: ReportView,
    rules: NoticeRules,
    folder: str | os.PathLike[str],
    *,
    issuer: str | None = None,
) -> list[Path]:
    """Write one notice per unit that must act into ``folder``; returns the files."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    as_of = dt.date.fromisoformat(view.as_of) if view.as_of else dt.date.today()
    words = {
        "issuer": issuer or rules.issuer,
        "deadline": _chinese_date(dt.date.fromisoformat(view.deadline)) if view.deadline else "",
        "as_of": _chinese_date(as_of),
    }
    written = []
    for notice in notices_of(view):
        fill = {**words, "unit": notice.unit}
        name = _UNSAFE.sub("_", _format(rules.file_name, fill)).strip(" .") or "notice.docx"
        if not name.lower().endswith(".docx"):
            name += ".docx"
        path = target / name
        write_atomic(path, _document(notice, rules, fill, as_of, view.deadline).save)
        written.append(path)
    return written


def _format(template: str, words: Mapping[str, str]) -> str:
    """Fill {unit}, {issuer}, {deadline}, {as_of}; other braces are left as written."""
    return re.sub(r"\{(\w+)\}", lambda m: words.get(m[1], m[0]), template)


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _document(
    notice: UnitNotice,
    rules: NoticeRules,
    words: Mapping[str, str],
    as_of: dt.date,
    view_deadline: str | None,
) -> docx.document.Document:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.start_type = WD_SECTION_START.NEW_PAGE
    _page_number(section.footer.paragraphs[0])
    normal = document.styles["Normal"]
    _font(normal.font, _BODY_FONT, _BODY_PT)

    mark = _para(
        document, rules.mark or words["issuer"], _TITLE_FONT, _MARK_PT, WD_ALIGN_PARAGRAPH.CENTER
    )
    for run in mark.runs:
        run.font.color.rgb = _RED
    mark.paragraph_format.space_after = Pt(12)
    _red_rule(mark)
    _para(document, "")
    _para(document, _format(rules.title, words), _TITLE_FONT, _TITLE_PT, WD_ALIGN_PARAGRAPH.CENTER)
    _para(document, "")
    _para(document, f"{notice.unit}：", indent=False)
    if rules.opening:
        _para(document, _format(rules.opening, words))
    sections = []
    if notice.items:
        entries = [_item_text(i, view_deadline) for i in notice.items]
        sections.append((rules.items_heading, entries))
    if notice.findings:
        sections.append((rules.checks_heading, list(notice.findings)))
    if notice.problems:
        sections.append((rules.problems_heading, [_problem_text(r) for r in notice.problems]))
    for number, (heading, entries) in enumerate(sections):
        ordinal = _CN_ORDINALS[number] if number < len(_CN_ORDINALS) else str(number + 1)
        _para(document, f"{ordinal}、{heading}" if heading else f"{ordinal}、", _HEADING_FONT)
        for n, entry in enumerate(entries, 1):
            _para(document, f"{n}. {entry}")
    if rules.closing:
        _para(document, _format(rules.closing, words))
    for _ in range(3):
        _para(document, "")
    _para(document, words["issuer"], align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    _para(document, _chinese_date(as_of), align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    _para(document, "")
    _record(document, rules, words, as_of)
    return document


def _item_text(item: ItemView, deadline: str | None) -> str:
    need = f"需 {item.required} 份，合格 {item.found} 份"
    reasons = "；".join(p.text for p in item.problems[:5])
    if len(item.problems) > 5:
        reasons += f"；另有 {len(item.problems) - 5} 条"
    why = f"。{reasons}" if reasons else ("。未找到该类材料" if item.status == "missing" else "")
    due = ""
    if item.due and (item.due != deadline or item.overdue):  # the closing gives the deadline
        due = f"。请于{_chinese_date(dt.date.fromisoformat(item.due))}前完成"
        if item.overdue and item.days_left is not None:
            due += f"（已逾期 {-item.days_left} 天）"
    return f"{item.title}（{item.status_title}，{need}）{why}{due}。"


def _problem_text(r: RectificationView) -> str:
    when = ""
    if r.deadline:
        when = f"整改时限 {_chinese_date(dt.date.fromisoformat(r.deadline))}"
        if r.status == "overdue" and r.days_left is not None:
            when += f"，已逾期 {-r.days_left} 天"
        when = f"（{when}）"
    owner = f"责任人：{r.owner}。" if r.owner else ""
    return f"问题{r.id}：{r.problem}{when}。核查情况：{r.evidence}。{owner}"


def _para(
    document: docx.document.Document,
    text: str,
    font: str = _BODY_FONT,
    size: float = _BODY_PT,
    align: WD_ALIGN_PARAGRAPH | None = None,
    *,
    indent: bool = True,
    right_chars: int = 0,
) -> Paragraph:
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(max(_LINE_PT, size * 1.3))
    fmt.space_before = fmt.space_after = Pt(0)
    if align is not None:
        paragraph.alignment = align
    elif indent:
        fmt.first_line_indent = Pt(_BODY_PT * 2)
    if right_chars:
        fmt.right_indent = Pt(_BODY_PT * right_chars)
    if text:
        _font(paragraph.add_run(text).font, font, size)
    return paragraph


def _font(font: object, name: str, size: float) -> None:
    """Set a font for Chinese and Latin text alike (Word reads w:eastAsia for Chinese)."""
    font.name = name  # type: ignore[attr-defined]
    font.size = Pt(size)  # type: ignore[attr-defined]
    element = font.element  # type: ignore[attr-defined]
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def _red_rule(paragraph: Paragraph) -> None:
    """The red separator line under the agency mark (a bottom border of its paragraph)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "18"),
        ("w:space", "8"),
        ("w:color", "FF0000"),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def _record(
    document: docx.document.Document, rules: NoticeRules, words: Mapping[str, str], as_of: dt.date
) -> None:
    """The 版记: 抄送 when there is one, then the issuing office and the printing date,
    between two rules."""
    lines = []
    if rules.cc:
        lines.append(f"抄送：{_format(rules.cc, words)}。")
    lines.append(f"{words['issuer']}　　{_chinese_date(as_of)}印发")
    for index, line in enumerate(lines):
        paragraph = _para(document, line, size=14, indent=False)
        p_pr = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        sides = ["w:bottom"] + (["w:top"] if index == 0 else [])
        for side in sides:
            edge = OxmlElement(side)
            for key, value in (
                ("w:val", "single"),
                ("w:sz", "6"),
                ("w:space", "1"),
                ("w:color", "000000"),
            ):
                edge.set(qn(key), value)
            borders.append(edge)
        p_pr.append(borders)


def _page_number(paragraph: Paragraph) -> None:
    """ "— 1 —" centred in the footer: a PAGE field between two em dashes."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run("— ").font, "宋体", 14)
    run = paragraph.add_run()
    _font(run.font, "宋体", 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    _font(paragraph.add_run(" —").font, "宋体", 14)
