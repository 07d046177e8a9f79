"""Readers for legacy and domestic formats (doc/wps, xls/et, ppt/dps, odt, ofd, HTML "xls",
HEIC) on the committed fixtures of ``tests/fixtures`` (made by tools/make_fixtures.py),
and damaged variants of them made here."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import quopri
import random
import shutil
import struct
import zipfile
from pathlib import Path

import olefile
import pillow_heif
import pytest
from PIL import Image

import evidence_audit.files.extract._html as html_module
from evidence_audit.errors import ExtractionError
from evidence_audit.files.extract import READERS, extract
from evidence_audit.files.extract._ole import parse_summary
from evidence_audit.files.extract.base import Extraction, Limits, Table
from evidence_audit.files.formats import identify
from evidence_audit.findings import PROBLEM_CODES, Problem

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LIMITS = Limits()

TITLE = "青溪县人民政府办公室关于印发资金管理办法的通知"
DOC_NUMBER = "青政办发〔2019〕12号"
DATE_LINE = "2019年5月12日"
OFFICE = "青溪县人民政府办公室"
BODY = (
    "《青溪县东西部扶贫协作资金管理办法》已经县人民政府同意，现印发给你们，"
    "请认真贯彻执行。全文见青溪县人民政府网。"
)
NOTICE_LINES = [
    TITLE,
    DOC_NUMBER,
    "各乡镇人民政府，县直各部门：",
    BODY,
    "序号\t项目名称\t金额（万元）",
    "1\t产业扶贫车间\t120",
    "2\t劳务协作\t35.5",
    OFFICE,
    DATE_LINE,
]
NOTICE_TEXT = "\n".join(NOTICE_LINES)
ENCRYPTED = Problem("encrypted", "文件有密码保护，无法读取内容")

LEDGER_TITLE = "2019年青溪县转移就业台账"
HEADER = ("序号", "姓名", "身份证号", "就业地点")
PEOPLE = (
    ("张三", "532523199001011237", "浙江省宁波市"),
    ("李四", "532523198512152344", "广东省东莞市"),
    ("王五", "532523200003083459", "青溪县工业园区"),
)
LEDGER_TEXT = "\n".join(
    [LEDGER_TITLE, "\t".join(HEADER)]
    + [f"{n}\t{name}\t{pid}\t{place}" for n, (name, pid, place) in enumerate(PEOPLE, 1)]
)

#: Fixture file → (format id it is identified as, format id its bytes are read as).
FIXTURE_FORMATS = {
    "notice.doc": "doc",
    "notice.wps": "wps",
    "ledger.xls": "xls",
    "ledger.et": "et",
    "slides.ppt": "ppt",
    "slides.dps": "dps",
    "notice.odt": "odt",
    "notice.ofd": "ofd",
    "ledger_html.xls": "html",
    "encrypted.doc": "doc",
    "encrypted.xls": "xls",
}


def fixture(name: str) -> bytes:
    """A committed fixture's bytes; the presentation is stored gzipped as slides.ppt.gz."""
    if name.startswith("slides."):
        return gzip.decompress((FIXTURES / "slides.ppt.gz").read_bytes())
    return (FIXTURES / name).read_bytes()


def failed(code: str, message: str) -> Extraction:
    return Extraction(content_read=False, problems=(Problem(code, message),))


def run(fmt: str, data: bytes) -> Extraction:
    """Read through the reader itself (so warnings fail the test) and through extract()."""
    try:
        direct = READERS[fmt](io.BytesIO(data), LIMITS)
    except ExtractionError as exc:
        direct = failed(exc.code, exc.message)
    assert extract(io.BytesIO(data), fmt, LIMITS) == direct
    return direct


# --- identification ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), sorted(FIXTURE_FORMATS.items()))
def test_fixture_is_identified_by_its_bytes(name: str, fmt: str) -> None:
    found = identify(io.BytesIO(fixture(name)), name)
    assert (found.format, found.encrypted, found.extension_ok) == (fmt, False, True)


def test_fixtures_are_small() -> None:
    assert all(p.stat().st_size < 64 * 1024 for p in FIXTURES.iterdir())


# --- Word binary: .doc and WPS .wps -----------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("notice.doc", "doc"), ("notice.wps", "wps")])
def test_word_binary_text_and_properties(name: str, fmt: str) -> None:
    got = run(fmt, fixture(name))
    assert got == Extraction(
        text=NOTICE_TEXT,
        meta_title=TITLE,
        author=OFFICE,
        created="2019-05-12T01:30:00+00:00",
        modified="2019-05-13T02:00:00+00:00",
    )
    lines = got.text.splitlines()
    assert (lines[0], lines[1], lines[-1]) == (TITLE, DOC_NUMBER, DATE_LINE)
    assert "HYPERLINK" not in got.text  # the field instruction is dropped, its result kept


def test_password_protected_word_file_is_encrypted() -> None:
    assert run("doc", fixture("encrypted.doc")) == Extraction(
        content_read=False, problems=(ENCRYPTED,)
    )


def _fib_offsets(word: bytes) -> tuple[int, int]:
    """Where ccpText and the fcClx/lcbClx pair sit in a Word 97 FIB."""
    (csw,) = struct.unpack_from("<H", word, 32)
    lw = 34 + 2 * csw
    (cslw,) = struct.unpack_from("<H", word, lw)
    fc_lcb = lw + 2 + 4 * cslw
    return lw + 2 + 4 * 3, fc_lcb + 2 + 8 * 33


def _rewrite_doc(tmp_path: Path, edit: str) -> bytes:
    """notice.doc with its piece table or FIB changed in place (olefile keeps sizes)."""
    path = tmp_path / "edited.doc"
    shutil.copyfile(FIXTURES / "notice.doc", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        table = bytearray(ole.openstream("1Table").read())
        ccp_at, clx_at = _fib_offsets(bytes(word))
        fc_clx, lcb_clx = struct.unpack_from("<II", word, clx_at)
        if edit == "pieces":
            # The fixture holds one UTF-16 piece at 0x800. Rebuild it as three pieces: the
            # title line, an 8-bit cp1252 piece written over the 发文字号 line, the rest.
            title = len(TITLE) + 1
            dropped = len(DOC_NUMBER) + 1
            rest = struct.unpack_from("<I", word, ccp_at)[0] - title - dropped
            ansi = b"No. \x93QX\x94-2019\r"
            word[0x800 + 2 * title : 0x800 + 2 * title + len(ansi)] = ansi
            cps = [0, title, title + len(ansi), title + len(ansi) + rest]
            fcs = [0x800, (2 * (0x800 + 2 * title)) | 0x40000000, 0x800 + 2 * (title + dropped)]
            plc = struct.pack("<4I", *cps) + b"".join(struct.pack("<HIH", 0, f, 0) for f in fcs)
            clx = b"\x01\x03\x00abc" + b"\x02" + struct.pack("<I", len(plc)) + plc
            table[: len(clx)] = clx  # over the style sheet, which the reader does not use
            struct.pack_into("<II", word, clx_at, 0, len(clx))
            struct.pack_into("<I", word, ccp_at, cps[-1])
        elif edit == "no_piece_table":
            table[fc_clx] = 0x07
        elif edit == "clx_out_of_range":
            struct.pack_into("<I", word, clx_at + 4, lcb_clx + len(table))
        elif edit == "piece_out_of_range":
            struct.pack_into("<I", table, fc_clx + lcb_clx - 6, 0x3FFFFF00)
        elif edit == "word95":
            struct.pack_into("<H", word, 2, 0x0068)
        elif edit == "encrypted_flag":
            word[0x0B] |= 0x01
        ole.write_stream("WordDocument", bytes(word))
        ole.write_stream("1Table", bytes(table))
    return path.read_bytes()


def test_word_pieces_8bit_and_utf16_and_prc_skipped(tmp_path: Path) -> None:
    got = run("doc", _rewrite_doc(tmp_path, "pieces"))
    assert got.text == "\n".join([TITLE, "No. “QX”-2019", *NOTICE_LINES[2:]])
    assert got.content_read


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        ("no_piece_table", "CLX 中没有片段表"),
        ("clx_out_of_range", "CLX 超出表格流"),
        ("piece_out_of_range", "片段超出 WordDocument 流"),
        ("word95", "Word 6.0/95 及更早的格式"),
    ],
)
def test_unreadable_word_text_keeps_the_properties(tmp_path: Path, edit: str, reason: str) -> None:
    assert run("doc", _rewrite_doc(tmp_path, edit)) == Extraction(
        meta_title=TITLE,
        author=OFFICE,
        created="2019-05-12T01:30:00+00:00",
        modified="2019-05-13T02:00:00+00:00",
        content_read=False,
        problems=(
            Problem("content_not_read", f"未能读取 Word 正文（{reason}），仅读取了文档属性"),
        ),
    )


def test_word_encryption_flag_in_the_fib(tmp_path: Path) -> None:
    assert run("doc", _rewrite_doc(tmp_path, "encrypted_flag")) == Extraction(
        content_read=False, problems=(ENCRYPTED,)
    )


def test_other_ole_files_given_as_word_or_powerpoint() -> None:
    assert run("doc", fixture("ledger.xls")) == failed(
        "unreadable", "文件中没有 Word 正文流，无法解析"
    )
    assert run("ppt", fixture("notice.doc")) == failed(
        "unreadable", "文件中没有演示文稿流，无法解析"
    )


# --- SummaryInformation -----------------------------------------------------------------


def _property_set(props: list[tuple[int, int, bytes]], count: int | None = None) -> bytes:
    """A one-section property set stream with (id, type, value bytes) properties."""
    head = struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020006, bytes(16), 1)
    head += bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9") + struct.pack("<I", 48)
    entries, values = b"", b""
    for pid, vtype, value in props:
        entries += struct.pack("<II", pid, 8 + 8 * len(props) + len(values))
        item = struct.pack("<I", vtype) + value
        values += item + bytes(-len(item) % 4)
    size = 8 + len(entries) + len(values)
    n = len(props) if count is None else count
    return head + struct.pack("<II", size, n) + entries + values


def _lpstr(data: bytes) -> bytes:
    return struct.pack("<I", len(data) + 1) + data + b"\0"


def _filetime(when: dt.datetime) -> bytes:
    ticks = (when - dt.datetime(1601, 1, 1)) // dt.timedelta(microseconds=1) * 10
    return struct.pack("<Q", ticks)


def test_summary_information_in_gbk_and_utf16() -> None:
    stream = _property_set(
        [
            (1, 2, struct.pack("<h", 936)),
            (2, 30, _lpstr(TITLE.encode("gbk"))),
            (4, 31, struct.pack("<I", 4) + "王科长\0".encode("utf-16-le")),
            (12, 64, _filetime(dt.datetime(2019, 5, 12, 1, 30))),
            (13, 64, bytes(8)),  # never saved: the zero FILETIME
        ]
    )
    assert parse_summary(stream) == {
        "title": TITLE,
        "author": "王科长",
        "created": "2019-05-12T01:30:00+00:00",
        "modified": None,
    }


def test_summary_information_codepage_1200_and_unknown() -> None:
    for terminator in (b"\0\0", b"\0"):  # as the spec says, and one byte short
        value = TITLE.encode("utf-16-le") + terminator
        utf16 = _property_set(
            [(1, 2, struct.pack("<H", 1200)), (2, 30, struct.pack("<I", len(value)) + value)]
        )
        assert parse_summary(utf16)["title"] == TITLE
    unknown = _property_set([(1, 2, struct.pack("<H", 4242)), (2, 30, _lpstr(TITLE.encode("gbk")))])
    assert parse_summary(unknown)["title"] == TITLE  # an unknown codepage reads as GB18030


@pytest.mark.parametrize(
    "stream",
    [
        b"",
        _property_set([(2, 30, _lpstr(b"x"))])[:40],
        _property_set([(2, 30, _lpstr(b"x"))], count=0xFFFFFFFF),  # a lying count
        _property_set([(2, 30, struct.pack("<I", 0x7FFFFFFF) + b"abc")]),  # a lying length
        _property_set([(12, 64, b"\xff" * 8)]),  # a date beyond any calendar
    ],
)
def test_damaged_summary_information_gives_what_it_can(stream: bytes) -> None:
    got = parse_summary(stream)
    assert set(got) == {"title", "author", "created", "modified"}
    assert got["created"] is None and got["author"] is None


# --- spreadsheets: .xls and WPS .et -----------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("ledger.xls", "xls"), ("ledger.et", "et")])
def test_binary_workbook_with_its_properties(name: str, fmt: str) -> None:
    assert run(fmt, fixture(name)) == Extraction(
        text=LEDGER_TEXT,
        meta_title="转移就业台账",
        author="青溪县人社局",
        created="2019-06-30T08:00:00+00:00",
        modified="2019-07-01T09:15:00+00:00",
        pages=1,
        tables=(
            Table(
                name="转移就业",
                header=HEADER,
                header_row=2,
                rows=tuple((n, *person) for n, person in enumerate(PEOPLE, 1)),
                row_numbers=(3, 4, 5),
                title=LEDGER_TITLE,
                total_rows=3,
            ),
        ),
    )


def _biff_records(data: bytes) -> list[tuple[int, int]]:
    """(offset, record type) of every BIFF record in a Workbook stream."""
    out, pos = [], 0
    while pos + 4 <= len(data):
        rtype, size = struct.unpack_from("<HH", data, pos)
        out.append((pos, rtype))
        pos += 4 + size
    return out


@pytest.mark.parametrize(
    ("rows", "cols", "first_row"),
    [(0xFF000005, 4, 0), (65536, 257, 0), (5, 4, 6)],
    ids=["billions-of-rows", "grid-too-big", "first-after-last"],
)
def test_impossible_sheet_dimensions_are_refused(
    tmp_path: Path, rows: int, cols: int, first_row: int
) -> None:
    # calamine would allocate the declared grid and abort the process on the first one.
    path = tmp_path / "damaged.xls"
    shutil.copyfile(FIXTURES / "ledger.xls", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        book = bytearray(ole.openstream("Workbook").read())
        at = next(pos for pos, rtype in _biff_records(bytes(book)) if rtype == 0x0200)
        struct.pack_into("<IIHH", book, at + 4, first_row, rows, 0, cols)
        ole.write_stream("Workbook", bytes(book))
    assert run("xls", path.read_bytes()) == failed(
        "unreadable", f"工作表尺寸记录异常（{rows} 行 × {cols} 列），文件可能已损坏"
    )


def test_password_protected_workbook_is_encrypted() -> None:
    assert run("xls", fixture("encrypted.xls")) == Extraction(
        content_read=False, problems=(ENCRYPTED,)
    )


# --- PowerPoint binary: .ppt and WPS .dps -----------------------------------------------


@pytest.mark.parametrize("fmt", ["ppt", "dps"])
def test_presentation_binary_gives_properties_only(fmt: str) -> None:
    assert run(fmt, fixture(f"slides.{fmt}")) == Extraction(
        meta_title="青溪县东西部扶贫协作工作汇报",
        author="青溪县扶贫办",
        created="2019-11-20T02:00:00+00:00",
        modified="2019-11-21T03:30:00+00:00",
        content_read=False,
        problems=(
            Problem("content_not_read", "暂不读取 PowerPoint 二进制格式的正文，仅读取了文档属性"),
        ),
    )


# --- OpenDocument text ------------------------------------------------------------------


def test_odt_text_heading_table_and_meta() -> None:
    assert run("odt", fixture("notice.odt")) == Extraction(
        text=NOTICE_TEXT,
        title=TITLE,
        meta_title=TITLE,
        author=OFFICE,
        created="2019-05-12T01:30:00",
        modified="2019-05-13T02:00:00",
        pages=1,
        tables=(
            Table(
                name="Table1",
                header=("序号", "项目名称", "金额（万元）"),
                header_row=1,
                rows=(("1", "产业扶贫车间", "120"), ("2", "劳务协作", "35.5")),
                row_numbers=(2, 3),
                total_rows=2,
            ),
        ),
    )


def _replace_members(data: bytes, members: dict[str, bytes | None]) -> bytes:
    """The zip ``data`` with members replaced (None removes one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename not in members:
                dst.writestr(info, src.read(info))
        for name, content in members.items():
            if content is not None:
                dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
<text:p>会议<text:s text:c="2"/>纪要<text:note><text:note-body><text:p>脚注</text:p>
</text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>一、<text:tab/>总体要求<text:line-break/>第二行</text:p>
</text:list-item></text:list>
<table:table><table:table-header-rows><table:table-row>
<table:table-cell table:number-columns-spanned="2"><text:p>人员</text:p></table:table-cell>
<table:covered-table-cell/><table:table-cell><text:p>备注</text:p></table:table-cell>
</table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>序号</text:p></table:table-cell>
<table:table-cell><text:p>姓名</text:p></table:table-cell><table:table-cell/></table:table-row>
<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>
<table:table-cell><text:p>张三</text:p><table:table><table:table-row><table:table-cell>
<text:p>内嵌</text:p></table:table-cell></table:table-row></table:table></table:table-cell>
<table:table-cell table:number-columns-repeated="1"/></table:table-row>
</table:table></office:text></office:body></office:document-content>"""


def test_odt_spaces_lists_notes_and_merged_cells() -> None:
    data = _replace_members(fixture("notice.odt"), {"content.xml": ODT_CONTENT.encode()})
    got = run("odt", data)
    assert got.text == "会议  纪要\n一、\t总体要求\n第二行\n人员\t备注\n序号\t姓名\n1\t张三 内嵌"
    assert got.title is None
    # The covered cell leaves a gap under 人员, so the two header rows are joined.
    assert [(t.header, t.rows) for t in got.tables] == [
        (("人员/序号", "人员/姓名", "备注"), (("1", "张三\n内嵌", None),))
    ]


def test_odt_without_content_is_unreadable() -> None:
    data = _replace_members(fixture("notice.odt"), {"content.xml": None})
    assert run("odt", data) == failed("unreadable", "文档缺少正文部分 content.xml，无法解析")


# --- OFD --------------------------------------------------------------------------------

OFD_TEXT = "\n".join(
    [
        TITLE,
        DOC_NUMBER,
        "各乡镇人民政府，县直各部门：",
        "现将《青溪县东西部扶贫协作资金管理办法》印发给你们，请认真贯彻执行。",
        "青溪县人民政府办公室印发",  # the page template's footer, on both pages
        OFFICE,
        DATE_LINE,
        "青溪县人民政府办公室印发",
    ]
)
OFD_EXTRACTION = Extraction(
    text=OFD_TEXT,
    meta_title=TITLE,
    author=OFFICE,
    created="2019-05-12",
    modified="2019-05-13",
    pages=2,
)


def test_ofd_text_in_reading_order_pages_and_docinfo() -> None:
    got = run("ofd", fixture("notice.ofd"))
    assert got == OFD_EXTRACTION
    # The title is two text objects on one baseline, the right one first in the file;
    # page 2 gives the date before the signature line above it.
    assert got.text.splitlines()[0] == TITLE


def _ofd_members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(fixture("notice.ofd"))) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _ofd_with(change: dict[str, bytes | None]) -> bytes:
    return _replace_members(fixture("notice.ofd"), change)


def test_ofd_namespace_prefix_or_none_and_absolute_doc_root() -> None:
    members = _ofd_members()
    for old, new in ((b"ofd:", b"o:"), (b"ofd:", b"")):
        changed = {
            name: data.replace(b"xmlns:ofd=", b"xmlns:o=" if new else b"data-ns=").replace(old, new)
            for name, data in members.items()
        }
        assert run("ofd", _ofd_with(dict(changed))) == OFD_EXTRACTION
    rooted = members["OFD.xml"].replace(b">Doc_0/Document.xml<", b">/Doc_0/Document.xml<")
    assert run("ofd", _ofd_with({"OFD.xml": rooted})) == OFD_EXTRACTION


def test_ofd_without_text_is_flagged_as_scan() -> None:
    blank = (
        b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
        b'<ofd:ImageObject ID="2" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>'
        b"</ofd:Layer></ofd:Content></ofd:Page>"
    )
    got = run(
        "ofd",
        _ofd_with(
            {
                "Doc_0/Pages/Page_0/Content.xml": blank,
                "Doc_0/Pages/Page_1/Content.xml": blank,
                "Doc_0/Tpls/Tpl_0/Content.xml": blank,
            }
        ),
    )
    assert got == Extraction(
        meta_title=TITLE,
        author=OFFICE,
        created="2019-05-12",
        modified="2019-05-13",
        pages=2,
        content_read=False,
        problems=(
            Problem(
                "no_text_layer", "OFD 没有文字层（可能是扫描件），仅凭文件名、路径和元数据分类"
            ),
        ),
    )


def test_ofd_text_codes_continue_without_x_and_y() -> None:
    page = (
        '<Page><Content><Layer><TextObject Boundary="10 20 100 10">'
        '<TextCode X="0" Y="5">第一行</TextCode><TextCode>续</TextCode>'
        '<TextCode X="0" Y="15" >第二行</TextCode></TextObject>'
        '<TextObject Boundary="bad"><TextCode X="nan" Y="inf">无坐标</TextCode></TextObject>'
        "</Layer></Content></Page>"
    ).encode()
    got = run("ofd", _ofd_with({"Doc_0/Pages/Page_0/Content.xml": page}))
    assert got.text.splitlines()[:3] == ["无坐标", "第一行续", "第二行"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"OFD.xml": None}, "OFD 包中缺少入口文件 OFD.xml（OFD.xml），无法解析"),
        ({"Doc_0/Document.xml": None}, "OFD 包中缺少文档根文件（Doc_0/Document.xml），无法解析"),
        (
            {"Doc_0/Pages/Page_1/Content.xml": None},
            "OFD 包中缺少页面内容（Doc_0/Pages/Page_1/Content.xml），无法解析",
        ),
        ({"OFD.xml": b"<OFD><DocBody/></OFD>"}, "OFD.xml 中没有 DocRoot，无法解析"),
        ({"OFD.xml": b"<OFD/>"}, "OFD.xml 中没有 DocBody，无法解析"),
    ],
)
def test_ofd_missing_parts_are_unreadable(change: dict[str, bytes | None], message: str) -> None:
    assert run("ofd", _ofd_with(change)) == failed("unreadable", message)


def test_ofd_entity_expansion_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><OFD><DocBody><DocInfo>'
        b"<Title>&b;</Title></DocInfo></DocBody></OFD>"
    )
    got = extract(io.BytesIO(_ofd_with({"OFD.xml": bomb})), "ofd")
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])
    assert "EntitiesForbidden" in got.problems[0].message


# --- HTML pages and HTML "xls" ------------------------------------------------------------


def test_html_saved_as_xls_in_gbk() -> None:
    assert run("html", fixture("ledger_html.xls")) == Extraction(
        text=LEDGER_TEXT + "\n填表人：赵六 审核人：钱七",
        meta_title="转移就业台账导出",
        tables=(
            Table(
                name="表1",
                header=HEADER,
                header_row=2,
                rows=tuple((str(n), *person) for n, person in enumerate(PEOPLE, 1)),
                row_numbers=(3, 4, 5),
                title=LEDGER_TITLE,
                total_rows=3,
            ),
        ),
    )


PAGE = """<!DOCTYPE html><html><head>{meta}<title>青溪县人民政府 - 通知公告</title>
<style>h1 {{ color: red }}</style><script>document.write("<p>脚本</p>")</script></head>
<body><div class="nav">首页 &gt; 通知公告</div><h1>{title}</h1>
<p>{number}</p><p>发布日期：2019-05-12&nbsp;&nbsp;来源：县政府办</p>
<table border="1"><tr><th rowspan="2">序号</th><th colspan="2">人员</th><th rowspan="2">备注</th></tr>
<tr><th>姓名</th><th>身份证号</th></tr>
<tr><td>1</td><td>张三</td><td>532523199001011237</td><td></td></tr>
<tr><td>2</td><td>李四</td><td>532523198512152344</td><td>外出</td></tr></table>
<p>{date}</p></body></html>"""


def _page(meta: str = "") -> str:
    return PAGE.format(meta=meta, title=TITLE, number=DOC_NUMBER, date=DATE_LINE)


PAGE_EXTRACTION = Extraction(
    text="\n".join(
        [
            "首页 > 通知公告",
            TITLE,
            DOC_NUMBER,
            "发布日期：2019-05-12 来源：县政府办",
            "序号\t人员\t备注",
            "姓名\t身份证号",
            "1\t张三\t532523199001011237",
            "2\t李四\t532523198512152344\t外出",
            DATE_LINE,
        ]
    ),
    title=TITLE,
    meta_title="青溪县人民政府 - 通知公告",
    tables=(
        Table(
            name="表1",
            header=("序号", "人员/姓名", "人员/身份证号", "备注"),
            header_row=1,
            rows=(
                ("1", "张三", "532523199001011237", None),
                ("2", "李四", "532523198512152344", "外出"),
            ),
            row_numbers=(3, 4),
            total_rows=2,
        ),
    ),
    labels=("通知公告",),  # the trail from the site's home: 首页 > 通知公告
)


@pytest.mark.parametrize(
    "data",
    [
        _page().encode("utf-8"),
        b"\xef\xbb\xbf" + _page().encode("utf-8"),
        "\ufeff".encode("utf-16-le") + _page().encode("utf-16-le"),
        _page().encode("gb18030"),  # no declaration: UTF-8 fails, GB18030 reads it
        _page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk"),
        _page('<meta charset="utf-8">').encode("gbk"),  # a false declaration
        _page('<meta charset="utf-16">').encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "gb18030", "http-equiv-gb2312", "lying", "utf16-meta"],
)
def test_web_page_text_title_and_table_in_any_encoding(data: bytes) -> None:
    assert run("html", data) == PAGE_EXTRACTION


def test_single_file_web_archive() -> None:
    body = _page('<meta charset="gb2312">').encode("gbk")
    mht = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n'
        b'--B\r\nContent-Type: text/html; charset="gb2312"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(body)
        + b"\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n--B--\r\n"
    )
    assert identify(io.BytesIO(mht), "台账.mht").format == "html"
    assert run("html", mht) == PAGE_EXTRACTION


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x80\xff" * 100, "无法识别网页的字符编码，未能读取内容"),
        ("只是一段文字，没有标签。".encode(), "文件不是网页格式，无法解析"),
        (
            b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx",
            "网页存档（MHT）中没有网页内容，无法解析",
        ),
    ],
)
def test_what_is_not_a_web_page(data: bytes, message: str) -> None:
    assert run("html", data) == failed("unreadable", message)


def test_html_bytes_read_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "MAX_HTML_BYTES", 200)
    data = "<html><body><p>" + "标题" * 20 + "</p><p>" + "正文" * 500 + "</p></body></html>"
    got = READERS["html"](io.BytesIO(data.encode()), LIMITS)
    assert got.text.startswith("标题" * 20 + "\n正文")
    assert len(got.text) < 100


# --- damaged files ----------------------------------------------------------------------

STRUCTURED = sorted(set(FIXTURE_FORMATS) - {"ledger_html.xls"})


@pytest.mark.parametrize("name", STRUCTURED)
@pytest.mark.parametrize("fraction", [0.02, 0.2, 0.45, 0.7, 0.9])
def test_truncated_fixture_gives_a_problem(name: str, fraction: float) -> None:
    data = fixture(name)
    got = extract(io.BytesIO(data[: int(len(data) * fraction)]), FIXTURE_FORMATS[name])
    assert not got.content_read
    assert [p.code for p in got.problems] in (["unreadable"], ["encrypted"])


@pytest.mark.parametrize("name", sorted(FIXTURE_FORMATS))
def test_flipped_bytes_never_raise(name: str) -> None:
    data = fixture(name)
    rng = random.Random(name)
    for _ in range(12):
        damaged = bytearray(data)
        for _ in range(8):
            damaged[rng.randrange(len(damaged))] ^= 0xFF
        got = extract(io.BytesIO(bytes(damaged)), FIXTURE_FORMATS[name])
        assert all(p.code in PROBLEM_CODES for p in got.problems)
        assert got.content_read or got.problems  # never silently empty


@pytest.mark.parametrize("name", STRUCTURED)
def test_damaged_container_header_is_unreadable(name: str) -> None:
    data = bytearray(fixture(name))
    if data.startswith(b"PK"):
        end = data.rfind(b"PK\x05\x06")  # the zip's end-of-central-directory record
        data[end : end + 4] = b"XXXX"
    else:
        data[30] = 0x7F  # the OLE sector size shift: 2**127-byte sectors
    got = extract(io.BytesIO(bytes(data)), FIXTURE_FORMATS[name])
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])


def test_html_truncated_anywhere_never_raises() -> None:
    data = fixture("ledger_html.xls")
    for cut in range(0, len(data), 37):
        got = extract(io.BytesIO(data[:cut]), "html")
        assert got.content_read or got.problems


# --- HEIC photos ------------------------------------------------------------------------


def test_heic_capture_date_through_extract() -> None:
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[271], exif[272] = "Apple", "iPhone 8"
    exif.get_ifd(0x8769)[36867] = "2019:05:12 09:30:12"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "green").save(out, format="HEIF", exif=exif.tobytes())
    assert identify(io.BytesIO(out.getvalue()), "IMG_0001.HEIC").format == "heic"
    image = extract(io.BytesIO(out.getvalue()), "heic").image
    assert image is not None
    assert (image.taken, image.taken_tag, image.camera) == (
        "2019-05-12T09:30:12",
        "DateTimeOriginal",
        "Apple iPhone 8",
    )


def test_password_protected_docx_is_encrypted_and_classified_by_name(tmp_path: Path) -> None:
    from evidence_audit import audit

    data = (FIXTURES / "encrypted.docx").read_bytes()
    ident = identify(io.BytesIO(data), "encrypted.docx")
    assert (ident.format, ident.encrypted) == ("docx", True)
    unit = tmp_path / "青溪县"
    unit.mkdir()
    (unit / "关于印发资金管理办法的通知.docx").write_bytes(data)
    record = audit(tmp_path).file("青溪县/关于印发资金管理办法的通知.docx")
    assert [(p.code, p.message) for p in record.problems] == [
        ("encrypted", "文件设置了打开密码，无法读取内容"),
    ]
    assert record.kind == "measures"
