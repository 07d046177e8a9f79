"""Word documents: one paragraph-by-paragraph builder, the GB/T 9704 zones on top of it,
and a renderer of block lists in a generator's own house style.

Every document is saved deterministically (:func:`testkit.packages.pin_ooxml`): fixed
core properties and zip member times, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from .dates import cn_date
from .packages import ZipTime, pin_ooxml
from .sheets import Ledger

__all__ = [
    "Block",
    "DocProps",
    "Docx",
    "House",
    "OfficialDoc",
    "ParaStyle",
    "TableStyle",
    "blocks_text",
    "render_blocks",
]

BODY_FONT, TITLE_FONT, HEI = "仿宋_GB2312", "方正小标宋简体", "黑体"
RED = "FF0000"
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# pPr children that must follow a paragraph border (w:pBdr), in schema order.
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip


@dataclass(frozen=True)
class DocProps:
    """Core properties, and how the package is pinned (see :func:`pin_ooxml`)."""

    author: str
    created: dt.datetime
    modified: dt.datetime
    member_time: ZipTime
    modified_stamp: str | None = None  # dcterms:modified written into core.xml
    created_stamp: str | None = None
    title: str | None = ""
    comments: str | None = None  # None: left as the template has it
    revision: int | None = 3
    wps: bool = False  # mark the file as saved by WPS Office


def _format_run(
    run: Any, font: str, size: float, bold: bool, color: str | None, ascii_font: str | None
) -> None:
    if ascii_font is not None:
        run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


class Docx:
    """A python-docx document built paragraph by paragraph; ``lines`` is its text."""

    def __init__(self, *, a4_margins: tuple[float, float, float, float] | None = None,
                 page_number: bool = False) -> None:  # fmt: skip
        self.doc = Document()
        self.lines: list[str] = []
        sec = self.doc.sections[0]
        if a4_margins is not None:  # (top, bottom, left, right) in cm on an A4 page
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
            top, bottom, left, right = a4_margins
            sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
            sec.left_margin, sec.right_margin = Cm(left), Cm(right)
        if page_number:  # "— 1 —" centred in the footer, as GB/T 9704 sets it
            footer = sec.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            footer.add_run("— ")
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), "PAGE")
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            fld.append(run)
            footer._p.append(fld)
            footer._p.append(footer.add_run(" —")._r)

    def para(
        self,
        text: str,
        *,
        font: str = BODY_FONT,
        size: float = 16,
        bold: bool = False,
        color: str | None = None,
        align: str | None = None,
        indent: float | None = None,
        space_after: float | None = None,
        line_spacing: float | None = None,
        ascii_font: str | None = "",
        empty_run: bool = False,
    ) -> Paragraph:
        """One paragraph; sizes in points. ``ascii_font`` "" means the same as ``font``,
        None leaves it unset; ``empty_run`` adds a run even for empty text."""
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = _ALIGN[align]
        if indent is not None:
            p.paragraph_format.first_line_indent = Pt(indent)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if line_spacing is not None:
            p.paragraph_format.line_spacing = Pt(line_spacing)
        if text or empty_run:
            _format_run(p.add_run(text), font, size, bold, color,
                        font if ascii_font == "" else ascii_font)  # fmt: skip
        self.lines.append(text)
        return p

    def rule(self, color: str = RED, side: str = "bottom") -> None:
        """A full-width line (a paragraph border): the red line under the 版头."""
        p = self.doc.add_paragraph()
        border = OxmlElement("w:pBdr")
        edge = OxmlElement(f"w:{side}")
        for k, v in (("val", "single"), ("sz", "12"), ("space", "1"), ("color", color)):
            edge.set(qn(f"w:{k}"), v)
        border.append(edge)
        p._p.get_or_add_pPr().insert_element_before(border, *_AFTER_PBDR)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows: Sequence[Sequence[Any]], style: TableStyle) -> None:
        """A "Table Grid" table; the first ``style.header_rows`` rows bold."""
        ncols = max(len(r) for r in rows)
        if style.grow:
            table = self.doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
        else:
            table = self.doc.add_table(rows=len(rows), cols=ncols, style="Table Grid")
        if style.center:
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, values in enumerate(rows):
            cells = (
                table.add_row().cells if style.grow else [table.cell(r, c) for c in range(ncols)]
            )
            for c in range(ncols):
                value = values[c] if c < len(values) else ""
                text = "" if value is None else str(value)
                bold = r < style.header_rows
                if style.grow:  # a run per cell, even an empty one
                    cells[c].text = ""
                    _format_run(cells[c].paragraphs[0].add_run(text), style.font, style.size,
                                bold, None, style.ascii_font)  # fmt: skip
                    continue
                cells[c].text = text
                for run in cells[c].paragraphs[0].runs:
                    _format_run(run, style.font, style.size, bold, None, style.ascii_font)
            self.lines.append(" ".join("" if v is None else str(v) for v in values))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def save(self, props: DocProps) -> bytes:
        core = self.doc.core_properties
        core.author = props.author
        core.last_modified_by = props.author
        if props.title is not None:
            core.title = props.title
        if props.comments is not None:
            core.comments = props.comments
        if props.revision is not None:
            core.revision = props.revision
        core.created = props.created
        core.modified = props.modified
        buf = io.BytesIO()
        self.doc.save(buf)
        return pin_ooxml(buf.getvalue(), props.member_time, modified=props.modified_stamp,
                         created=props.created_stamp, wps=props.wps)  # fmt: skip


@dataclass(frozen=True)
class TableStyle:
    font: str = BODY_FONT  # east-Asian font of the cells
    size: float = 12
    ascii_font: str | None = None  # None: not set
    header_rows: int = 1
    grow: bool = False  # add rows one by one (a run in every cell) instead of a full grid
    center: bool = False


# --- GB/T 9704: the zones of an official document -------------------------------------


class OfficialDoc(Docx):
    """A 公文 in GB/T 9704-2012 layout: 版头 (red 发文机关标志, 发文字号, red line),
    title, 主送机关, body, signature and date, 版记 (抄送, 印发机关和印发日期)."""

    TABLE = TableStyle(font=BODY_FONT, size=12)

    def __init__(self) -> None:
        super().__init__(a4_margins=(3.7, 3.5, 2.8, 2.6), page_number=True)
        self.titles: list[str] = []  # what title() set, in order
        self.doc_number: str | None = None  # what head() set as the 发文字号

    def line(self, text: str, *, font: str = BODY_FONT, size: float = 16, bold: bool = False,
             color: str | None = None, align: str = "left", indent: bool = False) -> Paragraph:  # fmt: skip
        """A paragraph as the zones set them: aligned, no space after, optional indent."""
        return self.para(text, font=font, size=size, bold=bold, color=color, align=align,
                         indent=size * 2 if indent else None, space_after=0)  # fmt: skip

    def head(self, mark: str | None, docno: str | None, signer: str | None = None,
             letter: bool = False) -> None:  # fmt: skip
        """版头: 发文机关标志 (red), 发文字号 (and 签发人 for upward documents), red line."""
        if mark:
            self.line(mark, font=TITLE_FONT, size=22 if letter else 30, color=RED, align="center")
            self.line("")
        self.doc_number = docno
        if docno and signer:
            self.line(f"{docno}\u3000\u3000\u3000\u3000\u3000\u3000签发人：{signer}")
        elif docno:
            self.line(docno, align="right" if letter else "center")
        if mark or docno:
            self.rule()
            self.line("")

    def title(self, text: str) -> None:
        self.titles.append(text)
        self.line(text, font=TITLE_FONT, size=22, align="center")
        self.line("")

    def to(self, addressee: str) -> None:
        self.line(addressee)

    def body(self, *paragraphs: str) -> None:
        for text in paragraphs:
            self.line(text, indent=True, align="justify")

    def heading(self, text: str) -> None:
        self.line(text, font=HEI, indent=True)

    def sign(self, org: str, date_text: str) -> None:
        self.line("")
        self.line(org, align="right")
        self.line(date_text, align="right")

    def imprint(self, cc: str | None, printer: str, printed: dt.date) -> None:
        """版记: 抄送 and 印发机关和印发日期, under a black line."""
        self.line("")
        self.rule(color="000000", side="top")
        if cc:
            self.line(f"抄送：{cc}", size=14)
        self.line(f"{printer}\u3000\u3000\u3000\u3000\u3000{cn_date(printed)}印发", size=14)

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.table([header, *rows], self.TABLE)


# --- block lists in a house style ------------------------------------------------------

#: ("title", text), ("p", text), ("table", rows), ("ledger", Ledger), ("pagebreak",) …
Block = tuple[Any, ...]


@dataclass(frozen=True)
class ParaStyle:
    font: str
    size: float
    align: str | None = None
    indent: float | None = None
    color: str | None = None


@dataclass(frozen=True)
class House:
    """How one office sets its documents: a paragraph style per block tag."""

    styles: Mapping[str, ParaStyle]
    default: str = "p"  # the style of tags not in ``styles``
    ascii_font: str | None = ""  # "" = the east-Asian font
    space_after: float | None = None
    line_spacing: float | None = None
    a4_margins: tuple[float, float, float, float] | None = None
    table: TableStyle = field(default_factory=TableStyle)


def render_blocks(blocks: Sequence[Block], house: House, props: DocProps) -> bytes:
    """A .docx of ``blocks`` set in ``house`` style."""
    doc = Docx(a4_margins=house.a4_margins)
    for block in blocks:
        tag = block[0]
        if tag == "table":
            doc.table(block[1], house.table)
            continue
        if tag == "ledger":
            doc.table(block[1].grid(), house.table)
            continue
        if tag == "pagebreak":
            doc.page_break()
            continue
        style = house.styles.get(tag) or house.styles[house.default]
        doc.para(str(block[1]), font=style.font, size=style.size, color=style.color,
                 align=style.align, indent=style.indent, space_after=house.space_after,
                 line_spacing=house.line_spacing, ascii_font=house.ascii_font,
                 empty_run=True)  # fmt: skip
    return doc.save(props)


def blocks_text(blocks: Sequence[Block]) -> str:
    """All the text a reader can get from ``blocks`` (table cells included)."""
    out: list[str] = []
    for b in blocks:
        if b[0] == "table":
            out += ["\t".join("" if c is None else str(c) for c in row) for row in b[1]]
        elif b[0] == "ledger":
            out.append(b[1].text())
        elif len(b) > 1 and isinstance(b[1], str):
            out.append(b[1])
    return "\n".join(out)


def ledger_blocks(ledger: Ledger) -> list[Block]:
    """A ledger as a Word document: its title, the lines under it, the table, the notes."""
    blocks: list[Block] = [("title", ledger.title or "")]
    blocks += [("p", line) for line in ledger.pre]
    blocks.append(("ledger", ledger))
    blocks += [("right", line) for line in ledger.notes]
    return blocks
