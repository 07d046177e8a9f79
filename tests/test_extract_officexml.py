"""Office documents saved as one XML file: Word Flat OPC, Word 2003 XML and Excel 2003 XML,
made in the test (the Flat OPC from a python-docx document's own parts, the 2003 files
written by hand as Office writes them), recognised from their bytes under any name."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from evidence_audit import load_ruleset
from evidence_audit.files.extract import READERS, extract
from evidence_audit.files.extract.base import Extraction, Limits, Table
from evidence_audit.files.formats import identify
from evidence_audit.files.scan import FileEntry
from evidence_audit.findings import Problem
from evidence_audit.judge.analyze import analyze_file

LIMITS = Limits()
_DECLARATION = re.compile(rb"^<\?xml[^>]*\?>\s*")


def run(fmt: str, data: bytes, limits: Limits = LIMITS) -> Extraction:
    """Read through the reader itself and through extract(): the same answer."""
    direct = READERS[fmt](io.BytesIO(data), limits)
    assert extract(io.BytesIO(data), fmt, limits) == direct
    return direct


def read(fmt: str, data: bytes, limits: Limits = LIMITS) -> Extraction:
    """A file the reader refuses: its problem, as the dispatcher gives it."""
    return extract(io.BytesIO(data), fmt, limits)


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "结对帮扶协议"
    document.core_properties.author = "县扶贫办"
    document.core_properties.created = dt.datetime(2019, 5, 12, 9, 30)
    document.add_heading("东西部扶贫协作结对帮扶协议书", level=1)
    document.add_paragraph("甲方：青溪县人民政府")
    document.add_paragraph("乙方：东城区人民政府")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate((("序号", "项目名称", "资金（万元）"), ("1", "茶叶加工厂", "120"),
                             ("2", "村道硬化", "80"))):  # fmt: skip
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二〇一九年五月十二日")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def flat_opc(package: bytes, progid: bool = True) -> bytes:
    """A .docx package as Word saves it as one XML file ("Word XML Document")."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        types = zf.read("[Content_Types].xml").decode()
        for name in zf.namelist():
            if name == "[Content_Types].xml":
                continue
            data = zf.read(name)
            ext = name.rsplit(".", 1)[-1]
            found = re.search(rf'PartName="/{re.escape(name)}" ContentType="([^"]+)"', types)
            default = re.search(rf'Extension="{ext}" ContentType="([^"]+)"', types)
            kind = (found or default).group(1) if (found or default) else ""  # type: ignore[union-attr]
            if name.endswith((".xml", ".rels")):
                body = _DECLARATION.sub(b"", data).decode()
                content = f"<pkg:xmlData>{body}</pkg:xmlData>"
            else:
                content = f"<pkg:binaryData>{base64.b64encode(data).decode()}</pkg:binaryData>"
            parts.append(
                f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}">{content}</pkg:part>'
            )
    prolog = '<?mso-application progid="Word.Document"?>\n' if progid else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
        + '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
        + "".join(parts) + "</pkg:package>"
    ).encode()  # fmt: skip


DOCX_TEXT = (  # in document order: the date under the table
    "东西部扶贫协作结对帮扶协议书\n甲方：青溪县人民政府\n乙方：东城区人民政府\n"
    "序号\t项目名称\t资金（万元）\n1\t茶叶加工厂\t120\n2\t村道硬化\t80\n二〇一九年五月十二日"
)


def test_flat_opc_is_read_as_the_docx_it_holds() -> None:
    package = make_docx()
    flat = flat_opc(package)
    got = run("wordxml", flat)
    assert got == run("docx", package)  # the same reader, the same answer
    assert got.text == DOCX_TEXT
    assert got.title == "东西部扶贫协作结对帮扶协议书"
    assert (got.meta_title, got.author, got.created) == (
        "结对帮扶协议",
        "县扶贫办",
        "2019-05-12T09:30:00+00:00",
    )
    assert got.tables[0].header == ("序号", "项目名称", "资金（万元）")
    assert got.tables[0].rows == (("1", "茶叶加工厂", "120"), ("2", "村道硬化", "80"))


@pytest.mark.parametrize("name", ["协议书.doc", "协议书.xml", "协议书.docx", "协议书"])
def test_flat_opc_is_known_by_its_bytes_under_any_name(name: str) -> None:
    found = identify(io.BytesIO(flat_opc(make_docx())), name)
    assert (found.format, found.family) == ("wordxml", "document")
    assert found.extension_ok == name.endswith((".doc", ".xml"))


def test_flat_opc_without_the_office_hint_is_known_by_its_main_part() -> None:
    assert identify(io.BytesIO(flat_opc(make_docx(), progid=False)), "a.doc").format == "wordxml"
    other = (
        b'<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/'
        b'2006/xmlPackage"><pkg:part pkg:name="/ppt/presentation.xml"/></pkg:package>'
    )
    assert identify(io.BytesIO(other), "a.xml").format == "txt"


def test_a_flat_opc_document_named_doc_is_titled_by_its_heading(tmp_path: Path) -> None:
    path = tmp_path / "协议书.doc"
    path.write_bytes(flat_opc(make_docx()))
    record = analyze_file(FileEntry("县扶贫办/协议书.doc", "县扶贫办", str(path)), load_ruleset())
    assert record.format == "wordxml"
    assert record.doc.title == "东西部扶贫协作结对帮扶协议书"
    assert record.problems == ()


WORDML_2003 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"
 xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xml:space="preserve">
<o:DocumentProperties><o:Title>帮扶协议</o:Title><o:Author>王五</o:Author>
<o:Created>2019-05-10T02:15:00Z</o:Created><o:LastSaved>2019-05-12T08:00:00Z</o:LastSaved>
</o:DocumentProperties>
<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/></w:style>
</w:styles>
<w:body><wx:sect>
<w:p><w:pPr><w:pStyle w:val="1"/><w:jc w:val="center"/></w:pPr>
<w:r><w:t>青溪县</w:t></w:r><w:r><w:t>结对帮扶协议书</w:t></w:r></w:p>
<w:p><w:r><w:t>甲方：</w:t></w:r><w:r><w:tab/><w:t>青溪县人民政府</w:t></w:r></w:p>
<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>编号：2019-01</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>乙方：东城区人民政府</w:t></w:r></w:p>
<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>资金（万元）</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vmerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>
<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>茶叶加工厂</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>村道硬化</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>80</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<wx:sub-section><w:p><w:r><w:t>二〇一九年五月十二日</w:t></w:r></w:p></wx:sub-section>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</wx:sect></w:body></w:wordDocument>
"""


def test_word_2003_xml_is_read_like_a_docx() -> None:
    data = WORDML_2003.encode()
    assert identify(io.BytesIO(data), "协议书.doc").format == "wordxml"
    got = run("wordxml", data)
    assert got == Extraction(
        text="青溪县结对帮扶协议书\n甲方：\t青溪县人民政府\n编号：2019-01\n乙方：东城区人民政府\n"
        "序号\t项目名称\t资金（万元）\n1\t茶叶加工厂\n2\t村道硬化\t80\n二〇一九年五月十二日",
        title="青溪县结对帮扶协议书",
        meta_title="帮扶协议",
        author="王五",
        created="2019-05-10T02:15:00+00:00",
        modified="2019-05-12T08:00:00+00:00",
        tables=(
            Table(
                name="表1",
                header=("序号", "项目名称", "资金（万元）"),
                header_row=1,
                rows=(("1", "茶叶加工厂", "茶叶加工厂"), ("2", "村道硬化", "80")),
                row_numbers=(2, 3),
                total_rows=2,
            ),
        ),
    )


SPREADSHEET_2003 = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
<Author>青溪县人社局</Author><Created>2019-06-01T08:00:00Z</Created></DocumentProperties>
<Worksheet ss:Name="转移就业台账"><Table>
<Row><Cell ss:MergeAcross="3"><Data ss:Type="String">2019年青溪县转移就业台账</Data></Cell></Row>
<Row ss:Index="3"><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">姓名</Data></Cell>
<Cell><Data ss:Type="String">就业地</Data></Cell><Cell><Data ss:Type="String">务工时间</Data></Cell></Row>
<Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">张三</Data></Cell>
<Cell><Data ss:Type="String">东城区</Data></Cell><Cell><Data ss:Type="DateTime">2019-03-01T00:00:00.000</Data></Cell></Row>
<Row><Cell><Data ss:Type="Number">2</Data></Cell><Cell><Data ss:Type="String">李四</Data></Cell>
<Cell ss:Index="4"><Data ss:Type="DateTime">2019-04-15T00:00:00.000</Data></Cell></Row>
</Table></Worksheet>
<Worksheet ss:Name="说明"><Table><Row><Cell><ss:Data ss:Type="String">填报说明</ss:Data></Cell></Row></Table></Worksheet>
</Workbook>
"""


def test_excel_2003_xml_is_read_as_sheets() -> None:
    data = SPREADSHEET_2003.encode()
    found = identify(io.BytesIO(data), "台账.xls")
    assert (found.format, found.family, found.extension_ok) == ("xmlss", "spreadsheet", True)
    got = run("xmlss", data)
    assert got.tables[0] == Table(
        name="转移就业台账",
        header=("序号", "姓名", "就业地", "务工时间"),
        header_row=3,
        rows=((1, "张三", "东城区", "2019-03-01"), (2, "李四", None, "2019-04-15")),
        row_numbers=(4, 5),
        title="2019年青溪县转移就业台账",
        total_rows=2,
    )
    assert (got.pages, got.author, got.created) == (2, "青溪县人社局", "2019-06-01T08:00:00+00:00")
    assert got.text.startswith("2019年青溪县转移就业台账\n序号\t姓名\t就业地\t务工时间\n1\t张三")
    assert got.text.endswith("填报说明")


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:wordDocument>
"""


def test_an_entity_bomb_is_a_finding_not_a_crash() -> None:
    data = BOMB.encode()
    assert identify(io.BytesIO(data), "bomb.doc").format == "wordxml"
    assert read("wordxml", data) == Extraction(
        content_read=False,
        problems=(
            Problem("unreadable", "Word XML 文档含有实体声明或外部引用（疑似 XML 炸弹），未解析"),
        ),
    )
    external = SPREADSHEET_2003.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ).replace("填报说明", "&e;")
    assert read("xmlss", external.encode()).problems == (
        Problem("unreadable", "Excel XML 表格含有实体声明或外部引用（疑似 XML 炸弹），未解析"),
    )


def test_a_broken_or_oversized_xml_document_is_a_finding() -> None:
    data = WORDML_2003.encode()
    cut = read("wordxml", data[: len(data) // 2])
    assert cut.content_read is False
    assert [p.code for p in cut.problems] == ["unreadable"]
    assert cut.problems[0].message.startswith("Word XML 文档已损坏，XML 无法解析（")
    assert read("wordxml", data, Limits(max_xml_bytes=1000)).problems == (
        Problem("file_too_large", "Word XML 文档超过 0 MB 上限，未读取内容"),
    )
    # a Flat OPC whose main part is missing: python-docx and the lenient reader refuse it
    no_main = re.sub(rb'<pkg:part pkg:name="/word/document.xml".*?</pkg:part>', b"",
                     flat_opc(make_docx()), flags=re.S)  # fmt: skip
    got = read("wordxml", no_main)
    assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])


def test_other_xml_stays_text() -> None:
    plain = '<?xml version="1.0"?><root><item>扶贫</item></root>'.encode()
    assert identify(io.BytesIO(plain), "a.xml").format == "txt"
    assert identify(io.BytesIO(plain), "a.doc").format == "txt"


def test_a_gbk_word_2003_template_is_read() -> None:
    """Templates filled by web systems (FreeMarker .ftl saved as .doc) often declare GBK,
    which Word reads and expat does not."""
    data = WORDML_2003.replace('encoding="UTF-8"', 'encoding="GB2312"').encode("gbk")
    assert identify(io.BytesIO(data), "协议书.doc").format == "wordxml"
    assert run("wordxml", data) == run("wordxml", WORDML_2003.encode())
