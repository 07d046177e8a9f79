"""Format readers on real files made in the test, and the dispatcher's error boundary."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

import docx
import openpyxl
import pptx
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

import evidence_audit.files.extract as extract_module
import evidence_audit.files.extract._image as image_module
from evidence_audit.errors import ExtractionError
from evidence_audit.files.extract import READERS, extract
from evidence_audit.files.extract._pdf import pdf_date
from evidence_audit.files.extract._text import decode_text, sniff_delimiter
from evidence_audit.files.extract.base import Extraction, ImageInfo, Limits, Table
from evidence_audit.findings import Problem

LIMITS = Limits()


def run(fmt: str, data: bytes, limits: Limits = LIMITS) -> Extraction:
    """Read through the reader itself (so warnings fail the test) and through extract()."""
    direct = READERS[fmt](io.BytesIO(data), limits)
    assert extract(io.BytesIO(data), fmt, limits) == direct
    return direct


def failed(code: str, message: str) -> Extraction:
    return Extraction(content_read=False, problems=(Problem(code, message),))


def replace_member(data: bytes, name: str, content: bytes | None) -> bytes:
    """The zip ``data`` with member ``name`` replaced (or removed when content is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
        if content is not None:
            dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2019-05-12T01:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2019-12-30T08:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)

ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:title>&lol2;</dc:title></cp:coreProperties>"
)


# --------------------------------------------------------------------------- docx


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("关于开展2019年转移就业工作的通知", level=0)
    document.add_paragraph("各乡镇人民政府：")
    document.add_paragraph("")
    document.add_paragraph("现将有关事项通知如下。")
    table = document.add_table(rows=5, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "2019年转移就业人员名单"
    table.cell(1, 0).text, table.cell(1, 1).text = "序号", "姓名"
    table.cell(1, 2).merge(table.cell(1, 3)).text = "资金（万元）"
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).merge(table.cell(2, 1))
    table.cell(2, 2).text, table.cell(2, 3).text = "计划", "到位"
    for col, value in enumerate(["1", "张三", "1.5", "2"]):
        table.cell(3, col).text = value
    for col, value in enumerate(["合计", "", "1.5", "2"]):
        table.cell(4, col).text = value
    props = document.core_properties
    props.title, props.author = "转移就业通知", "XX县人社局"
    props.created = dt.datetime(2019, 5, 12, 9, 30)
    props.modified = dt.datetime(2019, 5, 13, 10, 0)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_text_title_tables_and_core_properties() -> None:
    got = run("docx", make_docx())
    assert got == Extraction(
        text="关于开展2019年转移就业工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n"
        "2019年转移就业人员名单\n序号\t姓名\t资金（万元）\n序号\t姓名\t计划\t到位\n"
        "1\t张三\t1.5\t2\n合计\t1.5\t2",
        title="关于开展2019年转移就业工作的通知",
        meta_title="转移就业通知",
        author="XX县人社局",
        created="2019-05-12T09:30:00+00:00",
        modified="2019-05-13T10:00:00+00:00",
        pages=None,
        tables=(
            Table(
                name="表1",
                header=("序号", "姓名", "资金（万元）/计划", "资金（万元）/到位"),
                header_row=2,
                rows=(("1", "张三", "1.5", "2"), ("合计", None, "1.5", "2")),
                row_numbers=(4, 5),
                title="2019年转移就业人员名单",
                total_rows=2,
            ),
        ),
    )


def test_docx_without_core_properties_has_no_invented_metadata() -> None:
    data = replace_member(make_docx(), "docProps/core.xml", None)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        rels = zf.read("_rels/.rels").decode()
    rels = re.sub(r"<Relationship [^>]*core-properties[^>]*/>", "", rels)
    got = run("docx", replace_member(data, "_rels/.rels", rels.encode()))
    assert (got.meta_title, got.author, got.created, got.modified, got.content_read) == (
        None,
        None,
        None,
        None,
        True,
    )
    assert got.title == "关于开展2019年转移就业工作的通知"


def test_docx_entity_bomb_in_core_properties_is_refused_but_content_read() -> None:
    got = run("docx", replace_member(make_docx(), "docProps/core.xml", ENTITY_BOMB))
    assert (got.meta_title, got.author, got.content_read, got.problems) == (None, None, True, ())
    assert got.text.startswith("关于开展2019年转移就业工作的通知\n各乡镇人民政府：")


def test_docx_wide_inline_picture_breaks_the_line() -> None:
    """A headline, a picture as wide as the page and the body in one paragraph (real
    village write-ups do this) are three lines as Word shows them; a small inline icon
    stays within its line."""
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(picture, "PNG")
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("梨树镇上小河村发展理念")
    paragraph.add_run().add_picture(io.BytesIO(picture.getvalue()), width=docx.shared.Cm(14))
    paragraph.add_run(" 我们村位于毕节市东北部。")
    icon = document.add_paragraph()
    icon.add_run("联系电话")
    icon.add_run().add_picture(io.BytesIO(picture.getvalue()), width=docx.shared.Cm(0.5))
    icon.add_run("：12345")
    out = io.BytesIO()
    document.save(out)
    got = run("docx", out.getvalue())
    assert got.text == "梨树镇上小河村发展理念\n我们村位于毕节市东北部。\n联系电话：12345"


def test_docx_text_is_cut_at_the_limit() -> None:
    got = run("docx", make_docx(), Limits(text_chars=10))
    assert got.text == "关于开展2019年转"


def test_truncated_docx_is_unreadable() -> None:
    data = make_docx()
    assert extract(io.BytesIO(data[: len(data) // 2]), "docx") == failed(
        "unreadable", "文件已损坏，无法解析（BadZipFile: File is not a zip file）"
    )


def zip_with(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return out.getvalue()


def test_zip_bombs_are_refused_before_parsing() -> None:
    big = zip_with({"word/document.xml": b"\0" * (3 * 1024 * 1024)})
    assert extract(io.BytesIO(big), "docx", Limits(max_file_bytes=1024 * 1024)) == failed(
        "container_limit", "解压后体积过大（3 MB），疑似压缩炸弹"
    )
    dense = zip_with({"xl/worksheets/sheet1.xml": b"\0" * (11 * 1024 * 1024)})
    assert extract(io.BytesIO(dense), "xlsx") == failed(
        "container_limit", "压缩比 1028:1，疑似压缩炸弹"
    )
    many = zip_with({f"word/media/{i}.xml": b"" for i in range(10_001)})
    assert extract(io.BytesIO(many), "docx") == failed(
        "container_limit", "压缩包内文件过多（10001 个）"
    )


# --------------------------------------------------------------------------- spreadsheets


def make_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台账"
    ws["A1"] = "2019年XX县转移就业台账"
    ws.merge_cells("A1:E1")
    ws["A3"], ws["E3"] = "填报单位：XX县人社局", "单位：万元"
    ws.append(["序号", "姓名", "身份证号", "就业日期", "收入\n（万元）"])
    ws.append([1, "张三", "510102199001011234", dt.date(2019, 5, 12), 3.5])
    ws.append([2, "李四", "51010219900101123X", dt.datetime(2019, 6, 1, 8, 30), 4.0])
    ws.append(["合计", None, None, None, 7.5])
    ws.append([])
    ws.append(["填表人：王五"])
    funds = wb.create_sheet("资金")
    funds.append(["序号", "项目", "资金（万元）", None])
    funds.merge_cells("C1:D1")
    funds.append([None, None, "计划", "到位"])
    funds.append([1, "村道硬化", 50, 48.5])
    wb.create_sheet("空")
    out = io.BytesIO()
    wb.save(out)
    # openpyxl stamps "modified" with the time of saving: put fixed properties in.
    core = CORE_XML.format(title="转移就业台账", author="XX县人社局").encode()
    return replace_member(out.getvalue(), "docProps/core.xml", core)


XLSX_TABLES = (
    Table(
        name="台账",
        header=("序号", "姓名", "身份证号", "就业日期", "收入（万元）"),
        header_row=4,
        rows=(
            (1, "张三", "510102199001011234", "2019-05-12", 3.5),
            (2, "李四", "51010219900101123X", "2019-06-01T08:30:00", 4),
            ("合计", None, None, None, 7.5),
        ),
        row_numbers=(5, 6, 7),
        title="2019年XX县转移就业台账",
        total_rows=3,
    ),
    Table(
        name="资金",
        header=("序号", "项目", "资金（万元）/计划", "资金（万元）/到位"),
        header_row=1,
        rows=((1, "村道硬化", 50, 48.5),),
        row_numbers=(3,),
        title="",
        total_rows=1,
    ),
)


def test_xlsx_sheets_tables_text_and_core_properties() -> None:
    assert run("xlsx", make_xlsx()) == Extraction(
        text="2019年XX县转移就业台账\n序号\t姓名\t身份证号\t就业日期\t收入（万元）\n"
        "1\t张三\t510102199001011234\t2019-05-12\t3.5\n"
        "2\t李四\t51010219900101123X\t2019-06-01T08:30:00\t4\n合计\t7.5\n"
        "序号\t项目\t资金（万元）/计划\t资金（万元）/到位\n1\t村道硬化\t50\t48.5",
        meta_title="转移就业台账",
        author="XX县人社局",
        created="2019-05-12T01:30:00+00:00",
        modified="2019-12-30T08:00:00+00:00",
        pages=3,
        tables=XLSX_TABLES,
    )


def test_xlsx_sheet_without_header_gives_its_cells_as_text() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["B2"] = "关于报送2019年工作总结的通知"
    ws["B4"] = "请于12月31日前报送。"
    out = io.BytesIO()
    wb.save(out)
    got = run("xlsx", out.getvalue())
    assert (got.text, got.tables, got.pages) == (
        "关于报送2019年工作总结的通知\n请于12月31日前报送。",
        (),
        1,
    )


def test_xlsx_max_tables_limits_sheets_read() -> None:
    got = run("xlsx", make_xlsx(), Limits(max_tables=1))
    assert (got.tables, got.pages) == (XLSX_TABLES[:1], 3)


def test_random_bytes_as_xlsx_and_xls_are_unreadable() -> None:
    noise = random.Random(7).randbytes(4096)
    assert extract(io.BytesIO(noise), "xlsx") == failed(
        "unreadable", "文件已损坏，无法解析（BadZipFile: File is not a zip file）"
    )
    assert extract(io.BytesIO(noise), "xls") == failed(
        "unreadable", "文件已损坏，无法解析（CalamineError: Cannot detect file format）"
    )


def test_xls_and_et_share_the_biff_reader() -> None:
    assert READERS["xls"] is READERS["et"]
    assert READERS["xls"] is not READERS["xlsx"]


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def make_ods() -> bytes:
    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, int | float):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )

    rows: list[list[object]] = [["培训台账"], [], ["序号", "姓名", "时长"], [1, "张三", 2.5]]
    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="培训">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
        "<dc:title>培训台账</dc:title><meta:initial-creator>张三</meta:initial-creator>"
        "<meta:creation-date>2019-05-12T09:30:00</meta:creation-date>"
        "<dc:date>2019-05-20T16:00:00.5</dc:date></office:meta></office:document-meta>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", ODS_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_ods_sheet_and_meta() -> None:
    assert run("ods", make_ods()) == Extraction(
        text="培训台账\n序号\t姓名\t时长\n1\t张三\t2.5",
        meta_title="培训台账",
        author="张三",
        created="2019-05-12T09:30:00",
        modified="2019-05-20T16:00:00.500000",
        pages=1,
        tables=(
            Table(
                name="培训",
                header=("序号", "姓名", "时长"),
                header_row=3,
                rows=((1, "张三", 2.5),),
                row_numbers=(4,),
                title="培训台账",
                total_rows=1,
            ),
        ),
    )


# --------------------------------------------------------------------------- pdf


def make_pdf(pages: list[str], *, draw_only: bool = False, password: str | None = None) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    raw = io.BytesIO()
    c = canvas.Canvas(raw, pagesize=A4)
    for text in pages:
        if draw_only:
            c.rect(72, 600, 300, 150, fill=1)
        else:
            c.setFont("STSong-Light", 14)
            for i, line in enumerate(text.split("\n")):
                c.drawString(72, 750 - 24 * i, line)
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw.getvalue())))
    writer.add_metadata(
        {
            "/Title": "转移就业工作总结",
            "/Author": "XX县人社局",
            "/CreationDate": "D:20190512093000+08'00'",
            "/ModDate": "D:20191230",
        }
    )
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF_PAGES = [
    "关于2019年转移就业工作的总结报告\nXX县人力资源和社会保障局〔2019〕12号",
    "全年完成转移就业1200人，其中贫困劳动力300人。",
]


#: A page printed to PDF by LibreOffice (the reproduced county page pages14/p387): its
#: quotation marks, from a fallback font, are drawn after the rest of their line.
P387_PDF = (
    Path(__file__).resolve().parent.parent
    / "bench/corpus/reproduced/files/p387/关于2020年中山市市级一村一品一镇一业专业村镇名单的公示.pdf"
)


def test_pdf_marks_drawn_after_their_line_are_read_in_place() -> None:
    # read before as "关于 2020 年中山市市级 一村一品、一镇一业 专业村镇名 “ ”"
    lines = [
        re.sub(r"\s", "", line) for line in run("pdf", P387_PDF.read_bytes()).text.splitlines()
    ]
    assert "关于2020年中山市市级“一村一品、一镇一业”专业村镇名" in lines
    assert "依据《中山市农业农村局“一村一品、一镇一业”建设工作方案》(中农农规字" in lines


class _TextPage:
    """PDFium's text page as the reader uses it: the text and each character's box."""

    def __init__(self, chars: list[tuple[str, float, float]]) -> None:
        self.chars = chars  # (character, left, bottom); each glyph 10 wide and 10 high

    def get_text_range(self) -> str:
        return "".join(c for c, _, _ in self.chars)

    def count_chars(self) -> int:
        return len(self.chars)

    def get_charbox(self, i: int) -> tuple[float, float, float, float]:
        _, left, bottom = self.chars[i]
        return (left, bottom, left + 10, bottom + 10)


def test_a_line_on_one_row_is_put_in_order_and_one_over_two_rows_is_not() -> None:
    from evidence_audit.files.extract._pdf import _in_reading_order

    one_row = [("甲", 0, 0), ("乙", 20, 0), ("“", 10, 2), ("\r", 30, 0), ("\n", 30, 0)]
    assert _in_reading_order(_TextPage(one_row)) == "甲“乙\r\n"  # type: ignore[arg-type]
    # a superscript drawn later on the row above's band: not one row, left as read
    two_rows = [("甲", 0, 0), ("乙", 20, 0), ("1", 10, 30)]
    assert _in_reading_order(_TextPage(two_rows)) == "甲乙1"  # type: ignore[arg-type]


def test_pdf_chinese_cid_text_and_info() -> None:
    assert run("pdf", make_pdf(PDF_PAGES)) == Extraction(
        text="关于2019年转移就业工作的总结报告\nXX县人力资源和社会保障局〔2019〕12号\n"
        "全年完成转移就业1200人，其中贫困劳动力300人。",
        meta_title="转移就业工作总结",
        author="XX县人社局",
        created="2019-05-12T09:30:00+08:00",
        modified="2019-12-30",
        pages=2,
    )


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    got = run("pdf", make_pdf(PDF_PAGES, password=""))
    assert (got.pages, got.meta_title, got.content_read) == (2, "转移就业工作总结", True)
    assert got.text.startswith("关于2019年转移就业工作的总结报告\n")


def test_pdf_with_a_user_password_is_encrypted() -> None:
    data = make_pdf(PDF_PAGES, password="secret")
    assert extract(io.BytesIO(data), "pdf") == failed("encrypted", "文件有密码保护，无法读取内容")


def test_image_only_pdf_has_no_text_layer() -> None:
    assert run("pdf", make_pdf(["", ""], draw_only=True)) == Extraction(
        text="",
        meta_title="转移就业工作总结",
        author="XX县人社局",
        created="2019-05-12T09:30:00+08:00",
        modified="2019-12-30",
        pages=2,
        content_read=False,
        problems=(Problem("no_text_layer", "扫描件（PDF 无文字层），未能读取正文"),),
    )


def test_pdf_text_is_cut_at_the_limit() -> None:
    got = run("pdf", make_pdf(PDF_PAGES), Limits(text_chars=12))
    assert (got.text, got.content_read) == ("关于2019年转移就业工", True)


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20190512093000+08'00'", "2019-05-12T09:30:00+08:00"),
        ("D:20190512093000Z", "2019-05-12T09:30:00+00:00"),
        ("D:20190512093000Z00'00'", "2019-05-12T09:30:00+00:00"),
        ("D:20190512093000-05'30", "2019-05-12T09:30:00-05:30"),
        ("20190512093000", "2019-05-12T09:30:00"),
        ("D:201905120930", "2019-05-12T09:30:00"),
        ("D:20190512", "2019-05-12"),
        ("D:2019", None),
        ("D:20191332", None),
        ("2019年5月12日", None),
        ("", None),
        (None, None),
    ],
)
def test_pdf_date(raw: str | None, iso: str | None) -> None:
    assert pdf_date(raw) == iso


def test_random_bytes_as_pdf_are_unreadable() -> None:
    got = extract(io.BytesIO(b"%PDF-1.4\n" + b"x" * 100), "pdf")
    assert got == failed(
        "unreadable",
        "文件已损坏，无法解析（PdfiumError: Failed to load document (PDFium: Data format error).）",
    )


# --------------------------------------------------------------------------- images


def jpeg_bytes(size: tuple[int, int], exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, "white")
    if exif is None:
        image.save(out, format="JPEG")
    else:
        image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def photo_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[271], exif[272] = "HUAWEI", "ELE-AL00"
    exif[305] = "Adobe Photoshop CC 2019 (Windows)"
    exif[306] = "2019:05:20 10:00:00"
    exif.get_ifd(0x8769)[36867] = "2019:05:12 09:30:12"
    exif.get_ifd(0x8769)[36868] = "2019:05:12 09:30:13"
    return exif


def exif_only(got: Extraction) -> Extraction:
    """The extraction without what the visual pass measured (tested in test_pictures.py)."""
    assert got.image is not None and got.image.facts is not None
    return replace(got, image=replace(got.image, facts=None, visual_hash=None), ocr_partial=False)


def test_jpeg_exif_date_camera_and_software() -> None:
    assert exif_only(run("jpeg", jpeg_bytes((640, 480), photo_exif()))) == Extraction(
        image=ImageInfo(
            width=640,
            height=480,
            camera="HUAWEI ELE-AL00",
            software="Adobe Photoshop CC 2019 (Windows)",
            has_gps=False,
            taken="2019-05-12T09:30:12",
            taken_tag="DateTimeOriginal",
        )
    )


def test_jpeg_zero_dates_fall_back_to_datetime_and_gps_is_seen() -> None:
    exif = Image.Exif()
    exif[271], exif[272] = "Canon", "Canon EOS 80D"
    exif[306] = "2019:05:20 10:00:00"
    exif.get_ifd(0x8769)[36867] = "0000:00:00 00:00:00"
    exif.get_ifd(0x8769)[36868] = "garbage"
    exif.get_ifd(0x8825)[1] = "N"
    assert exif_only(run("jpeg", jpeg_bytes((32, 16), exif))).image == ImageInfo(
        width=32,
        height=16,
        camera="Canon EOS 80D",
        has_gps=True,
        taken="2019-05-20T10:00:00",
        taken_tag="DateTime",
    )


def image_bytes(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "pil_format"),
    [("png", "PNG"), ("gif", "GIF"), ("bmp", "BMP"), ("tiff", "TIFF"), ("webp", "WEBP")],
)
def test_image_without_exif_gives_dimensions_only(fmt: str, pil_format: str) -> None:
    assert exif_only(run(fmt, image_bytes(pil_format, (120, 90)))) == Extraction(
        image=ImageInfo(width=120, height=90)
    )


def test_heic_exif_through_pillow_heif() -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(out, format="HEIF", exif=photo_exif().tobytes())
    assert exif_only(run("heic", out.getvalue())).image == ImageInfo(
        width=64,
        height=48,
        camera="HUAWEI ELE-AL00",
        software="Adobe Photoshop CC 2019 (Windows)",
        taken="2019-05-12T09:30:12",
        taken_tag="DateTimeOriginal",
    )


def test_image_over_the_pixel_limit_is_not_decoded() -> None:
    data = image_bytes("PNG", (100, 100))
    assert extract(io.BytesIO(data), "png", Limits(max_image_pixels=9_999)) == failed(
        "image_too_large", "图片像素数超过上限（100×100），未解码"
    )


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims ``width`` × ``height`` pixels."""
    data = bytearray(image_bytes("PNG", (1, 1), "L"))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def test_decompression_bomb_header_is_refused_without_decoding() -> None:
    # Between Pillow's warning (89M pixels) and its error (179M): our limit decides.
    assert extract(io.BytesIO(png_claiming(12_000, 12_000)), "png") == failed(
        "image_too_large", "图片像素数超过上限（12000×12000），未解码"
    )
    # Above twice Pillow's own limit, Pillow refuses first; that is the same problem.
    got = extract(io.BytesIO(png_claiming(30_000, 30_000)), "png", Limits(max_image_pixels=10**10))
    assert got == failed(
        "image_too_large",
        "图片像素数过大，未解码（Image size (900000000 pixels) exceeds limit of 178956970 "
        "pixels, could be decompression bomb DOS attack.）",
    )


def test_truncated_jpeg() -> None:
    data = jpeg_bytes((640, 480), photo_exif())
    got = extract(io.BytesIO(data[:20]), "jpeg")
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])
    assert got.problems[0].message.startswith(
        "文件已损坏，无法解析（UnidentifiedImageError: cannot identify image file"
    )
    # Cut inside the pixel data: the header is whole, but the picture is damaged.
    cut = extract(io.BytesIO(data[: len(data) - 200]), "jpeg")
    assert (cut.content_read, [p.code for p in cut.problems]) == (False, ["unreadable"])
    assert cut.problems[0].message.startswith("图片已损坏（数据不完整或出错）")


def test_jpeg_with_broken_exif_still_gives_its_size() -> None:
    plain = jpeg_bytes((40, 30))
    payload = b"Exif\0\0garbage!!"
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    got = run("jpeg", plain[:2] + app1 + plain[2:])
    assert exif_only(got) == Extraction(image=ImageInfo(width=40, height=30))


def test_png_given_as_jpeg_is_not_opened() -> None:
    got = extract(io.BytesIO(image_bytes("PNG", (10, 10))), "jpeg")
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])
    assert got.problems[0].message.startswith(
        "文件已损坏，无法解析（UnidentifiedImageError: cannot identify image file"
    )


# --------------------------------------------------------------------------- text and csv


def test_csv_utf8_sig() -> None:
    data = "序号,姓名,金额\r\n1,张三,100\r\n2,李四,200.5\r\n".encode("utf-8-sig")
    assert run("csv", data) == Extraction(
        text="序号,姓名,金额\r\n1,张三,100\r\n2,李四,200.5\r\n",
        tables=(
            Table(
                name="csv",
                header=("序号", "姓名", "金额"),
                header_row=1,
                rows=(("1", "张三", "100"), ("2", "李四", "200.5")),
                row_numbers=(2, 3),
                total_rows=2,
            ),
        ),
    )


def test_csv_gbk_with_title_and_semicolons() -> None:
    data = "2019年名单\n\n序号;姓名;村组\n1;王五;一组\n".encode("gbk")
    got = run("csv", data)
    assert got.text == "2019年名单\n\n序号;姓名;村组\n1;王五;一组\n"
    assert got.tables == (
        Table(
            name="csv",
            header=("序号", "姓名", "村组"),
            header_row=3,
            rows=(("1", "王五", "一组"),),
            row_numbers=(4,),
            title="2019年名单",
            total_rows=1,
        ),
    )


def test_csv_utf16_tabs() -> None:
    got = run("csv", "序号\t姓名\n1\t赵六\n".encode("utf-16"))
    assert got.tables == (
        Table(
            name="csv",
            header=("序号", "姓名"),
            header_row=1,
            rows=(("1", "赵六"),),
            row_numbers=(2,),
            total_rows=1,
        ),
    )


def test_txt_encodings() -> None:
    text = "关于2019年工作的报告\n正文内容。"
    assert run("txt", text.encode("gb18030")) == Extraction(text=text)
    assert run("txt", text.encode("utf-8")) == Extraction(text=text)
    assert run("txt", text.encode("utf-16")) == Extraction(text=text)
    assert run("txt", "Report 2019 报告".encode("utf-16-le")) == Extraction(text="Report 2019 报告")
    assert run("txt", text.encode("utf-8"), Limits(text_chars=4)) == Extraction(text="关于20")


def test_undecodable_text_is_unreadable() -> None:
    assert extract(io.BytesIO(bytes(range(128, 256)) * 4), "txt") == failed(
        "unreadable", "无法识别文本编码，未能读取内容"
    )


def test_decode_text_drops_a_character_cut_by_the_byte_limit() -> None:
    data = "台账".encode()
    assert decode_text(data[:4], truncated=True) == "台"
    assert decode_text(data[:2], truncated=True) == ""
    assert decode_text("台账".encode("utf-16")[:5], truncated=True) == "台"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ("只有一列\n第二行\n", ","),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


# --------------------------------------------------------------------------- pptx


def test_pptx_slides_text_title_and_core_properties() -> None:
    presentation = pptx.Presentation()
    first = presentation.slides.add_slide(presentation.slide_layouts[0])
    first.shapes.title.text = "2019年工作总结"
    first.placeholders[1].text = "XX县人社局"
    second = presentation.slides.add_slide(presentation.slide_layouts[1])
    second.shapes.title.text = "一、转移就业"
    second.placeholders[1].text = "完成转移就业1200人"
    out = io.BytesIO()
    presentation.save(out)
    core = CORE_XML.format(title="工作总结", author="张三").encode()
    data = replace_member(out.getvalue(), "docProps/core.xml", core)
    assert run("pptx", data) == Extraction(
        text="2019年工作总结\nXX县人社局\n一、转移就业\n完成转移就业1200人",
        title="2019年工作总结",
        meta_title="工作总结",
        author="张三",
        created="2019-05-12T01:30:00+00:00",
        modified="2019-12-30T08:00:00+00:00",
        pages=2,
    )


# --------------------------------------------------------------------------- dispatcher


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_empty_stream_for_every_format(fmt: str) -> None:
    assert extract(io.BytesIO(b""), fmt) == failed("empty_file", "文件为空（0 字节）")


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_garbage_for_every_format_never_raises(fmt: str) -> None:
    got = extract(io.BytesIO(random.Random(fmt).randbytes(2048)), fmt)
    if fmt == "txt":  # some encoding always decodes random bytes, or none does
        assert [p.code for p in got.problems] in ([], ["unreadable"])
    else:
        assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])


def test_unknown_format_and_oversized_file() -> None:
    assert extract(io.BytesIO(b"x"), "odp") == failed(
        "unsupported_format", "暂不支持读取该格式的内容（odp）"
    )
    assert extract(io.BytesIO(b"12345"), "txt", Limits(max_file_bytes=4)) == failed(
        "file_too_large", "文件超过 0 MB 上限，未读取内容"
    )


class _Unseekable(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_unseekable_stream_is_buffered() -> None:
    stream: BinaryIO = io.BufferedReader(_Unseekable("序号,姓名\n1,张三\n".encode()))
    got = extract(stream, "csv")
    assert got.tables[0].rows == (("1", "张三"),)


def raising(exc: BaseException) -> Callable[[BinaryIO, Limits], Extraction]:
    def reader(stream: BinaryIO, limits: Limits) -> Extraction:
        raise exc

    return reader


@pytest.mark.parametrize(
    ("exc", "code", "message"),
    [
        (ExtractionError("encrypted", "文件有密码保护"), "encrypted", "文件有密码保护"),
        (ExtractionError("no_such_code", "出错了"), "unreadable", "出错了"),
        (MemoryError(), "unreadable", "文件过于复杂，内存不足，无法解析（MemoryError）"),
        (
            RecursionError("maximum recursion depth exceeded"),
            "unreadable",
            "文件结构嵌套过深，无法解析（RecursionError: maximum recursion depth exceeded）",
        ),
        (
            zlib.error("Error -3 while decompressing data"),
            "unreadable",
            "文件已损坏，无法解析（zlib.error: Error -3 while decompressing data）",
        ),
        (
            KeyError("word/document.xml"),
            "unreadable",
            "文件已损坏，无法解析（KeyError: 'word/document.xml'）",
        ),
        (
            ValueError("x" * 300),
            "unreadable",
            "文件已损坏，无法解析（ValueError: " + "x" * 119 + "…）",
        ),
    ],
)
def test_dispatcher_turns_every_exception_into_a_problem(
    monkeypatch: pytest.MonkeyPatch, exc: BaseException, code: str, message: str
) -> None:
    monkeypatch.setattr(extract_module, "READERS", MappingProxyType({"fake": raising(exc)}))
    assert extract(io.BytesIO(b"data"), "fake") == failed(code, message)


def test_dispatcher_lets_keyboard_interrupt_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        extract_module, "READERS", MappingProxyType({"fake": raising(KeyboardInterrupt())})
    )
    with pytest.raises(KeyboardInterrupt):
        extract(io.BytesIO(b"data"), "fake")


def test_readers_registry_is_read_only_and_complete() -> None:
    assert sorted(READERS) == sorted(
        [
            "docx",
            "xlsx",
            "xls",
            "et",
            "ods",
            "pdf",
            "jpeg",
            "png",
            "tiff",
            "webp",
            "bmp",
            "gif",
            "heic",
            "txt",
            "json",
            "csv",
            "pptx",
            "doc",
            "wps",
            "ppt",
            "dps",
            "ofd",
            "odt",
            "html",
            "wordxml",
            "xmlss",
        ]
    )
    with pytest.raises(TypeError):
        READERS["doc"] = READERS["docx"]  # type: ignore[index]


def test_heic_without_pillow_heif_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(image_module, "_heif_available", lambda: False)
    assert extract(io.BytesIO(b"\0\0\0\x18ftypheic"), "heic") == failed(
        "unsupported_format", "未安装 pillow-heif，无法读取 HEIC 图片"
    )


def test_ole_file_given_as_docx_is_unreadable() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1016)
    got = extract(io.BytesIO(data), "docx")
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])
    assert got.problems[0].message.startswith("文件已损坏，无法解析（")


def test_stray_cell_far_away_is_read_row_by_row_not_densely(tmp_path: Path) -> None:
    # calamine would lay out 16384 × 1048576 cells and abort the process
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    ws.append(["序号", "姓名", "身份证号"])
    ws.append([1, "张三", "433101199001011234"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "stray.xlsx"
    workbook.save(path)
    started = time.monotonic()
    with path.open("rb") as stream:
        result = extract(stream, "xlsx")
    assert time.monotonic() - started < 20
    assert result.problems == ()
    assert result.tables[0].header[:3] == ("序号", "姓名", "身份证号")
    assert result.tables[0].rows[0][:3] == (1, "张三", "433101199001011234")
