"""A .docx Word opens is read even when python-docx refuses it (issue: "Read what Word
opens"): a dangling relationship (customUI), a missing optional part, an odd content
type. What Word cannot open either stays unreadable. The packages are made here from a
python-docx document and changed part by part as the real files were: dev corpus r084 and
r086 (not committed: their repository gives no licence) name a ``userCustomization/
customUI.xml`` part that is not in the package, and were reported unreadable."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx
import pytest

from evidence_audit.files.extract import extract
from evidence_audit.files.extract._docx import read_docx
from evidence_audit.files.extract.base import Limits

Edit = Callable[[str, bytes], bytes | None]
RIBBON = (
    b'<Relationship Id="rIdUI" Type="http://schemas.microsoft.com/office/2006/relationships/'
    b'ui/extensibility" Target="customUI/customUI.xml"/></Relationships>'
)
USER_UI = (  # as WPS and Word 2007 write it (dev corpus r084, r086)
    b'<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2006/relationships/'
    b'ui/userCustomization" Target="userCustomization/customUI.xml"/></Relationships>'
)
IMAGE = (
    b'<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/image" Target="media/image1.png"/></Relationships>'
)
MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _document() -> bytes:
    document = docx.Document()
    document.add_paragraph("关于召开东西部扶贫协作推进会的通知", style="Title")
    document.add_paragraph("各乡镇人民政府：")
    document.add_paragraph("定于2019年5月12日召开推进会。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["序号", "姓名", "单位"], ["1", "张明", "县扶贫办"], ["2", "", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2)).text = "李华（县财政局）"
    document.add_paragraph("青溪县人民政府办公室")
    document.add_paragraph("2019年5月6日")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rewrite(data: bytes, edit: Edit) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            changed = edit(info.filename, source.read(info.filename))
            if changed is not None:
                target.writestr(info.filename, changed)
    return out.getvalue()


def _rels(name: str, extra: bytes) -> Edit:
    def edit(part: str, content: bytes) -> bytes | None:
        return content.replace(b"</Relationships>", extra) if part == name else content

    return edit


def _without(name: str) -> Edit:
    return lambda part, content: None if part == name else content


def _content_type(part: str, content: bytes) -> bytes | None:
    if part == "[Content_Types].xml":
        return content.replace(MAIN, b"application/vnd.ms-word.document.macroEnabled.main+xml")
    return content


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(_rels("_rels/.rels", RIBBON), id="dangling customUI relationship"),
        pytest.param(_rels("_rels/.rels", USER_UI), id="dangling userCustomization"),
        pytest.param(_rels("word/_rels/document.xml.rels", IMAGE), id="missing image"),
        pytest.param(_without("word/styles.xml"), id="missing styles part"),
        pytest.param(_content_type, id="macro-enabled content type"),
    ],
)
def test_what_word_opens_is_read(edit: Edit) -> None:
    data = _rewrite(_document(), edit)
    with pytest.raises(Exception):  # noqa: B017 - python-docx refuses, whatever it raises
        docx.Document(io.BytesIO(data))
    extraction = read_docx(io.BytesIO(data), Limits())
    lines = extraction.text.splitlines()
    assert lines[:3] == [
        "关于召开东西部扶贫协作推进会的通知",
        "各乡镇人民政府：",
        "定于2019年5月12日召开推进会。",
    ]
    assert "青溪县人民政府办公室" in lines and "2019年5月6日" in lines
    assert extraction.title == "关于召开东西部扶贫协作推进会的通知"  # its style, by name or id
    (table,) = extraction.tables
    assert table.header == ("序号", "姓名", "单位")
    # the merged cell repeated, as python-docx gives it
    assert [tuple(str(c) for c in row) for row in table.rows] == [
        ("1", "张明", "县扶贫办"),
        ("2", "李华（县财政局）", "李华（县财政局）"),
    ]


def test_the_lenient_reading_is_the_same_as_python_docx() -> None:
    data = _document()
    strict = read_docx(io.BytesIO(data), Limits())
    lenient = read_docx(io.BytesIO(_rewrite(data, _rels("_rels/.rels", RIBBON))), Limits())
    assert (lenient.text, lenient.title, lenient.tables) == (
        strict.text,
        strict.title,
        strict.tables,
    )


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(_without("word/document.xml"), id="no main part"),
        pytest.param(
            lambda part, content: b"<w:document" if part == "word/document.xml" else content,
            id="main part not XML",
        ),
    ],
)
def test_what_word_cannot_open_stays_unreadable(edit: Edit) -> None:
    extraction = extract(io.BytesIO(_rewrite(_document(), edit)), "docx")
    assert not extraction.content_read
    assert [p.code for p in extraction.problems] == ["unreadable"]
