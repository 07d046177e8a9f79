#!/usr/bin/env python3
"""Build the legacy-format fixtures in ``tests/fixtures/`` that no Python library writes.

Sources are written with python-docx, openpyxl and python-pptx, then converted by
LibreOffice (``soffice --headless``): .doc, .xls, .ppt, .odt, and password-protected
.doc/.xls (saved by a small Basic macro, since ``--convert-to`` takes no password). WPS
Office writes the same OLE2 structures, so notice.wps and ledger.et are byte copies of
the .doc and .xls, and the tests read slides.ppt.gz both as .ppt and as .dps. The OFD
package and the HTML "xls" (GBK) are written by hand.

The tests use only the committed files (CI has no LibreOffice); rerun this script to
rebuild them. A rebuild with the same LibreOffice gives the same bytes except for
notice.odt (zip member times) and the encrypted files (a random salt); Calc's own
"last saved" stamp in the .xls is reset to the source's time.

Needs: ``apt-get install libreoffice-writer libreoffice-calc libreoffice-impress``.
Usage: python tools/make_fixtures.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import olefile
import openpyxl
import pptx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import Alignment

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # testkit/ lives at the repository root, beside tools/
    sys.path.insert(0, str(REPO))

from testkit.identity import citizen_id  # noqa: E402

OUT = REPO / "tests" / "fixtures"

TITLE = "青溪县人民政府办公室关于印发资金管理办法的通知"
DOC_NUMBER = "青政办发〔2019〕12号"
DATE_LINE = "2019年5月12日"
LEDGER_TITLE = "2019年青溪县转移就业台账"
HEADER = ("序号", "姓名", "身份证号", "就业地点")
SUMMARY = "\x05SummaryInformation"
VT_FILETIME = 64
LEDGER_MODIFIED = dt.datetime(2019, 7, 1, 9, 15)
PEOPLE = (
    ("1", "张三", citizen_id("53252319900101123"), "浙江省宁波市"),
    ("2", "李四", citizen_id("53252319851215234"), "广东省东莞市"),
    ("3", "王五", citizen_id("53252320000308345"), "青溪县工业园区"),
)

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">
Sub SaveWithPassword(src As String, dst As String, filterName As String)
    Dim args(0) As New com.sun.star.beans.PropertyValue
    args(0).Name = &quot;Hidden&quot;
    args(0).Value = True
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
    Dim out(1) As New com.sun.star.beans.PropertyValue
    out(0).Name = &quot;FilterName&quot;
    out(0).Value = filterName
    out(1).Name = &quot;Password&quot;
    out(1).Value = &quot;123&quot;
    doc.storeToURL(ConvertToURL(dst), out())
    doc.close(True)
End Sub
</script:module>
"""


def _field_run(paragraph: docx.text.paragraph.Paragraph, kind: str, text: str = "") -> None:
    """Append a complex-field run: fldChar ``kind`` (begin/separate/end) or instrText."""
    run = paragraph.add_run()
    if kind == "instr":
        node = OxmlElement("w:instrText")
        node.set(qn("xml:space"), "preserve")
        node.text = text
    else:
        node = OxmlElement("w:fldChar")
        node.set(qn("w:fldCharType"), kind)
    run._r.append(node)


def make_notice_docx(path: Path) -> None:
    """A 通知 with a 发文字号, a hyperlink field, a small table and a date line."""
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(DOC_NUMBER)
    document.add_paragraph("各乡镇人民政府，县直各部门：")
    body = document.add_paragraph(
        "《青溪县东西部扶贫协作资金管理办法》已经县人民政府同意，现印发给你们，"
        "请认真贯彻执行。全文见"
    )
    _field_run(body, "begin")
    _field_run(body, "instr", ' HYPERLINK "http://www.qingxi.gov.cn/" ')
    _field_run(body, "separate")
    body.add_run("青溪县人民政府网")
    _field_run(body, "end")
    body.add_run("。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate((("序号", "项目名称", "金额（万元）"),
                             ("1", "产业扶贫车间", "120"),
                             ("2", "劳务协作", "35.5"))):  # fmt: skip
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("青溪县人民政府办公室")
    document.add_paragraph(DATE_LINE)
    props = document.core_properties
    props.title = TITLE
    props.author = "青溪县人民政府办公室"
    props.created = dt.datetime(2019, 5, 12, 1, 30)
    props.modified = dt.datetime(2019, 5, 13, 2, 0)
    props.last_modified_by = "县政府办"
    document.save(str(path))


def make_ledger_xlsx(path: Path) -> None:
    """A 转移就业台账: merged title row, header row, three people."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "转移就业"
    sheet.append([LEDGER_TITLE])
    sheet.merge_cells("A1:D1")
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(HEADER))
    for number, name, pid, place in PEOPLE:
        sheet.append([int(number), name, pid, place])
    props = workbook.properties
    props.title = "转移就业台账"
    props.creator = "青溪县人社局"
    props.created = dt.datetime(2019, 6, 30, 8, 0)
    props.modified = LEDGER_MODIFIED
    workbook.save(str(path))


def make_slides_pptx(path: Path) -> None:
    """A two-slide 汇报 deck with document properties."""
    deck = pptx.Presentation()
    for heading, body in (
        ("青溪县东西部扶贫协作工作汇报", "青溪县人民政府办公室"),
        ("劳务协作", "2019年转移就业 1250 人"),
    ):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text = body
    props = deck.core_properties
    props.title = "青溪县东西部扶贫协作工作汇报"
    props.author = "青溪县扶贫办"
    props.created = dt.datetime(2019, 11, 20, 2, 0)
    props.modified = dt.datetime(2019, 11, 21, 3, 30)
    deck.save(str(path))


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode()


def _text_object(oid: int, x: float, y: float, text: str, size: float = 5.6) -> str:
    width = size * len(text)
    return (
        f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {width} {size + 2}" '
        f'Font="3" Size="{size}"><ofd:TextCode X="0" Y="{size}" '
        f'DeltaX="g {len(text) - 1} {size}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def make_ofd(path: Path) -> None:
    """A two-page OFD (GB/T 33190) with a page template, written member by member."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    ofd_xml = _xml(
        f'<ofd:OFD {ns} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        "<ofd:DocID>5fd1a0f1c2b34e6b8a1d0c9e7f6a5b4c</ofd:DocID>"
        f"<ofd:Title>{TITLE}</ofd:Title><ofd:Author>青溪县人民政府办公室</ofd:Author>"
        "<ofd:Creator>书生电子公文</ofd:Creator>"
        "<ofd:CreationDate>2019-05-12</ofd:CreationDate><ofd:ModDate>2019-05-13</ofd:ModDate>"
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "</ofd:DocBody></ofd:OFD>"
    )
    document = _xml(
        f"<ofd:Document {ns}><ofd:CommonData><ofd:MaxUnitID>40</ofd:MaxUnitID>"
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
        '<ofd:Pages><ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/>'
        '<ofd:Page ID="20" BaseLoc="/Doc_0/Pages/Page_1/Content.xml"/></ofd:Pages>'
        "</ofd:Document>"
    )
    public_res = _xml(
        f'<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>'
    )
    template = _xml(
        f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="4">'
        + _text_object(5, 20, 280, "青溪县人民政府办公室印发", 4.2)
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    # The title is split in two text objects on one baseline, given right part first.
    page0 = _xml(
        f'<ofd:Page {ns}><ofd:Template TemplateID="2"/><ofd:Content><ofd:Layer ID="11">'
        + _text_object(12, 20 + 7.8 * 10, 40, "关于印发资金管理办法的通知", 7.8)
        + _text_object(13, 20, 40, "青溪县人民政府办公室", 7.8)
        + _text_object(14, 70, 55, DOC_NUMBER)
        + _text_object(15, 20, 70, "各乡镇人民政府，县直各部门：")
        + _text_object(
            16, 31.2, 78, "现将《青溪县东西部扶贫协作资金管理办法》印发给你们，请认真贯彻执行。"
        )
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    page1 = _xml(
        f'<ofd:Page {ns}><ofd:Template TemplateID="2"/><ofd:Content><ofd:Layer ID="21">'
        + _text_object(22, 120, 60, DATE_LINE)
        + _text_object(23, 110, 52, "青溪县人民政府办公室")
        + "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    members = {
        "OFD.xml": ofd_xml,
        "Doc_0/Document.xml": document,
        "Doc_0/PublicRes.xml": public_res,
        "Doc_0/Tpls/Tpl_0/Content.xml": template,
        "Doc_0/Pages/Page_0/Content.xml": page0,
        "Doc_0/Pages/Page_1/Content.xml": page1,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2019, 5, 12, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def make_html_xls(path: Path) -> None:
    """An Office-HTML "xls" as web systems export it, in GBK."""
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td style=\"mso-number-format:'\\@'\">{pid}</td>"
        f"<td>{place}</td></tr>\n"
        for n, name, pid, place in PEOPLE
    )
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta charset="gbk">\n'
        '<meta name="ProgId" content="Excel.Sheet">\n<title>转移就业台账导出</title>\n'
        "<style>td { mso-number-format: General; } .title { font-size: 16pt; }</style>\n"
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        "<x:Name>转移就业</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>"
        "</xml><![endif]-->\n"
        "<script>var note = '<td>不是单元格</td>';</script>\n"
        '</head>\n<body>\n<table border="1">\n'
        f'<tr><td colspan="4" class="title">{LEDGER_TITLE}</td></tr>\n'
        + "<tr>"
        + "".join(f"<th>{h}</th>" for h in HEADER)
        + "</tr>\n"
        + rows
        + '<tr><td colspan="4">填表人：赵六&nbsp;&nbsp;审核人：钱七</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )
    path.write_bytes(page.encode("gbk"))


def set_last_saved(path: Path, when: dt.datetime) -> None:
    """Overwrite the last-saved time (property 13) in an OLE file's SummaryInformation.

    Calc stamps the conversion time there; the source's time keeps the fixture stable.
    """
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream(SUMMARY).read())
        section = struct.unpack_from("<I", data, 44)[0]
        count = struct.unpack_from("<I", data, section + 4)[0]
        for i in range(count):
            pid, offset = struct.unpack_from("<II", data, section + 8 + 8 * i)
            at = section + offset
            if pid == 13 and struct.unpack_from("<I", data, at)[0] == VT_FILETIME:
                ticks = (when - dt.datetime(1601, 1, 1)) // dt.timedelta(microseconds=1) * 10
                struct.pack_into("<Q", data, at + 4, ticks)
                ole.write_stream(SUMMARY, bytes(data))
                return
    raise SystemExit(f"no last-saved time in {path.name}")


def _soffice(profile: Path, *args: str) -> None:
    command = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *args]
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def _convert(profile: Path, source: Path, target: str, outdir: Path) -> Path:
    _soffice(profile, "--convert-to", target, "--outdir", str(outdir), str(source))
    out = outdir / f"{source.stem}.{target.split(':')[0]}"
    if not out.is_file():
        raise SystemExit(f"LibreOffice did not write {out.name}")
    return out


def _save_with_password(profile: Path, source: Path, target: Path, filter_name: str) -> bool:
    """Save ``source`` with password "123" through the Basic macro; False if none was written."""
    macro = f'macro:///Standard.Module1.SaveWithPassword("{source}","{target}","{filter_name}")'
    _soffice(profile, macro)
    return target.is_file()


def build(out: Path) -> list[Path]:
    """Write every fixture into ``out``; the written paths."""
    if shutil.which("soffice") is None:
        raise SystemExit("soffice not found: apt-get install libreoffice-{writer,calc,impress}")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = work / "profile"
        notice = work / "notice.docx"
        ledger = work / "ledger.xlsx"
        slides = work / "slides.pptx"
        make_notice_docx(notice)
        make_ledger_xlsx(ledger)
        make_slides_pptx(slides)
        for source, target, names in (
            (notice, "doc", ("notice.doc", "notice.wps")),
            (notice, "odt", ("notice.odt",)),
            (ledger, "xls", ("ledger.xls", "ledger.et")),
        ):
            converted = _convert(profile, source, target, work / "converted")
            if target == "xls":
                set_last_saved(converted, LEDGER_MODIFIED)
            for name in names:
                shutil.copyfile(converted, out / name)
                written.append(out / name)
        # Impress stores a 384×384 32-bit preview bitmap in SummaryInformation (600 KB),
        # so the presentation is committed gzipped; the tests also read it as a .dps.
        converted = _convert(profile, slides, "ppt", work / "converted")
        packed = out / "slides.ppt.gz"
        packed.write_bytes(gzip.compress(converted.read_bytes(), compresslevel=9, mtime=0))
        written.append(packed)
        # The profile exists now; its Standard library receives the password macro.
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        module.write_text(MACRO, encoding="utf-8")
        for source, name, filter_name in (
            (notice, "encrypted.doc", "MS Word 97"),
            (ledger, "encrypted.xls", "MS Excel 97"),
        ):
            target = work / name
            if _save_with_password(profile, source, target, filter_name):
                shutil.copyfile(target, out / name)
                written.append(out / name)
            else:
                print(f"warning: LibreOffice wrote no {name}", file=sys.stderr)
        # A password-protected OOXML file is an OLE2 container holding an EncryptedPackage
        # stream; LibreOffice 7.4 won't write one headless, msoffcrypto-tool (ECMA-376
        # agile encryption) does.
        written.append(make_encrypted_ooxml(notice, out / "encrypted.docx"))
    make_ofd(out / "notice.ofd")
    make_html_xls(out / "ledger_html.xls")
    written += [out / "notice.ofd", out / "ledger_html.xls"]
    return written


def make_encrypted_ooxml(source: Path, target: Path) -> Path:
    """``source`` encrypted with the password "123" (needs ``pip install msoffcrypto-tool``)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as encrypted:
        OOXMLFile(plain).encrypt("123", encrypted)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else OUT
    for path in build(out):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
