"""Format identification comes from the bytes; the name only breaks byte-identical ties."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from builders import make_docx, make_jpeg, make_xlsx
from PIL import Image

from evidence_audit.files.formats import identify


def _zip(members: dict[str, bytes]) -> io.BytesIO:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    buf.seek(0)
    return buf


def _image(fmt: str) -> io.BytesIO:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, fmt)
    buf.seek(0)
    return buf


def test_office_files_by_content(tmp_path: Path) -> None:
    doc = make_docx(tmp_path / "a.docx", ["x"])
    sheet = make_xlsx(tmp_path / "b.xlsx", [["a", "b"]])
    with doc.open("rb") as f:
        assert identify(f, "a.docx") == _ident("docx", "document")
        # a docx renamed .doc: content wins, the extension is flagged
        assert identify(f, "会议纪要.doc") == _ident("docx", "document", ok=False)
    with sheet.open("rb") as f:
        assert identify(f, "b.xlsx") == _ident("xlsx", "spreadsheet")
        assert identify(f, "b.et") == _ident("xlsx", "spreadsheet")  # WPS saves xlsx as .et


@pytest.mark.parametrize(
    ("members", "fmt"),
    [
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "odt"),
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}, "ods"),
        ({"OFD.xml": b"<ofd:OFD/>", "Doc_0/Document.xml": b"<x/>"}, "ofd"),
        ({"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<x/>"}, "pptx"),
        ({"资料/a.txt": b"hello"}, "zip"),
    ],
)
def test_zip_families(members: dict[str, bytes], fmt: str) -> None:
    assert identify(_zip(members), f"file.{fmt}").format == fmt


@pytest.mark.parametrize(
    ("pil_format", "fmt", "name"),
    [("PNG", "png", "a.png"), ("GIF", "gif", "a.gif"), ("TIFF", "tiff", "a.tif"),
     ("WEBP", "webp", "a.webp"), ("BMP", "bmp", "a.bmp")],
)  # fmt: skip
def test_images(pil_format: str, fmt: str, name: str) -> None:
    assert identify(_image(pil_format), name) == _ident(fmt, "image")


def test_jpeg_named_png_is_a_mismatch(tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "x.png")
    with photo.open("rb") as f:
        assert identify(f, "x.png") == _ident("jpeg", "image", ok=False)


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "scan.pdf", "pdf"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "IMG_0001.HEIC", "heic"),
        ("姓名,身份证号\n张三,1\n".encode("gbk"), "名单.csv", "csv"),
        ("会议记录\n".encode("utf-16"), "记录.txt", "txt"),
        ("<html><body>表格</body></html>".encode(), "台账.xls", "html"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "a.7z", "7z"),
        (b"Rar!\x1a\x07\x01\x00", "a.rar", "rar"),
        (b"", "empty.docx", "empty"),
        (bytes(range(256)) * 4, "blob.bin", "unknown"),
    ],
)
def test_other_signatures(data: bytes, name: str, fmt: str) -> None:
    assert identify(io.BytesIO(data), name).format == fmt


def test_damaged_zip_takes_the_zip_format_its_extension_claims() -> None:
    damaged = io.BytesIO(b"PK\x03\x04" + b"\x00" * 40)
    assert identify(damaged, "a.docx").format == "docx"  # its reader reports it unreadable
    assert identify(damaged, "a.jpg").format == "zip"


def _ident(fmt: str, family: str, ok: bool = True, macro: bool = False) -> object:
    from evidence_audit.files.formats import Identity

    return Identity(fmt, family, False, ok, macro)


def test_a_file_cut_to_a_few_bytes_of_its_signature_is_its_claimed_format_not_text() -> None:
    import io

    from evidence_audit.files.extract import extract

    for name, head in (("a.docx", b"PK"), ("a.pdf", b"%P"), ("a.doc", b"\xd0\xcf")):
        ident = identify(io.BytesIO(head), name)
        assert ident.format == name.split(".")[1]
        result = extract(io.BytesIO(head), ident.format)
        assert [p.code for p in result.problems] == ["unreadable"], name
    assert identify(io.BytesIO(b"PK"), "a.txt").format == "txt"  # text that happens to say PK


# --- damaged, protected and unusual packages from real corpora (issue 11, item 13) --------

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _rename_ole_stream(data: bytes, old: str, new: str) -> bytes:
    """The OLE2 file with one directory entry renamed (names are case-insensitive)."""
    entry = old.encode("utf-16-le")
    at = data.index(entry)
    assert data.count(entry) == 1 and at % 128 == 0  # a directory entry starts there
    name = (new + "\0").encode("utf-16-le")
    patched = bytearray(data)
    patched[at : at + 64] = name.ljust(64, b"\0")
    patched[at + 64 : at + 66] = len(name).to_bytes(2, "little")
    return bytes(patched)


@pytest.mark.parametrize("stream", ["WORKBOOK", "BOOK", "Book"])
def test_ole_stream_names_are_case_insensitive(stream: str) -> None:
    from evidence_audit.files.extract import extract

    data = _rename_ole_stream((FIXTURES / "ledger.xls").read_bytes(), "Workbook", stream)
    found = identify(io.BytesIO(data), "台账.xls")
    assert (found.format, found.extension_ok, found.damaged) == ("xls", True, None)
    if stream == "WORKBOOK":  # the same BIFF8 stream, only named in capitals
        assert extract(io.BytesIO(data), "xls").tables


def _package(parts: dict[str, str]) -> io.BytesIO:
    return _zip({name: text.encode() for name, text in parts.items()})


_SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{target}" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def _types(part: str, kind: str) -> str:
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="{part}" ContentType="{kind}"/></Types>'
    )


def test_a_minimal_xlsx_without_the_usual_parts_is_xlsx() -> None:
    workbook = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    # the main part elsewhere than xl/, found through the relationships
    elsewhere = _package({
        "[Content_Types].xml": _types("/book.xml", _SHEET_MAIN),
        "_rels/.rels": _RELS.format(target="book.xml"),
        "book.xml": workbook,
    })  # fmt: skip
    assert identify(elsewhere, "台账.xlsx") == _ident("xlsx", "spreadsheet")
    # part names in other letter cases (OPC names ignore case)
    capitals = _package({
        "[content_types].xml": _types("/XL/WORKBOOK.XML", _SHEET_MAIN),
        "_RELS/.RELS": _RELS.format(target="XL/WORKBOOK.XML"),
        "XL/WORKBOOK.XML": workbook,
    })  # fmt: skip
    assert identify(capitals, "台账.xlsx") == _ident("xlsx", "spreadsheet")
    # no content types at all, only the workbook where it usually is
    bare = _package({"xl/workbook.xml": workbook})
    assert identify(bare, "台账.xlsx") == _ident("xlsx", "spreadsheet")
    assert identify(_package({"a.txt": "x"}), "a.zip") == _ident("zip", "archive")


def _macro_enabled(xlsx: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(_SHEET_MAIN.encode(), _XLSM_MAIN.encode())
            dst.writestr(info, data)
    return out.getvalue()


def test_a_macro_enabled_workbook_named_xlsx_is_an_extension_mismatch(tmp_path: Path) -> None:
    from evidence_audit import audit

    plain = make_xlsx(tmp_path / "plain.xlsx", [["序号", "项目名称"], [1, "茶园"]]).read_bytes()
    xlsm = _macro_enabled(plain)
    assert identify(io.BytesIO(xlsm), "台账.xlsm") == _ident("xlsx", "spreadsheet", macro=True)
    assert identify(io.BytesIO(xlsm), "台账.xlsx") == _ident(
        "xlsx", "spreadsheet", ok=False, macro=True
    )
    assert identify(io.BytesIO(plain), "台账.xlsm") == _ident("xlsx", "spreadsheet", ok=False)
    assert identify(io.BytesIO(xlsm), "台账.et") == _ident("xlsx", "spreadsheet", macro=True)
    (tmp_path / "青溪县").mkdir()
    (tmp_path / "青溪县" / "台账.xlsx").write_bytes(xlsm)
    record = audit(tmp_path).file("青溪县/台账.xlsx")
    assert [(p.code, p.message) for p in record.problems] == [
        ("extension_mismatch", "扩展名为 .xlsx，实际内容是 xlsm 格式（按实际格式读取）")
    ]
    assert record.extraction.tables  # read all the same


def test_a_zip_package_with_a_bad_crc_member_is_flagged(tmp_path: Path) -> None:
    from evidence_audit import audit

    picture = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 10, 10)).save(picture, "PNG")
    good = make_docx(
        tmp_path / "good.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日召开。"]
    )
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/image1.png", picture.getvalue(), zipfile.ZIP_STORED)
    data = bytearray(out.getvalue())
    at = data.index(picture.getvalue()[100:116])
    data[at] ^= 0xFF  # one byte of the picture flipped: its CRC no longer matches
    (tmp_path / "青溪县").mkdir()
    (tmp_path / "青溪县" / "纪要.docx").write_bytes(bytes(data))
    record = audit(tmp_path).file("青溪县/纪要.docx")
    assert record.kind == "minutes"  # what could be read is used
    assert [(p.code, p.message) for p in record.problems] == [
        (
            "damaged_part",
            "文件内部的 word/media/image1.png 已损坏（校验不符），读到的内容可能不完整，请用原件替换",
        )
    ]


def test_an_encrypted_ppt_says_encrypted(tmp_path: Path) -> None:
    """PowerPoint 97-2003 marks a password-protected file in its Current User stream
    ([MS-PPT] 2.3.2: headerToken 0xF3D1C4DF, as msoffcrypto-tool's RC4 CryptoAPI sample
    has it); LibreOffice writes no encrypted .ppt, so the token is set here."""
    import gzip

    import olefile

    from evidence_audit import audit

    data = bytearray(gzip.decompress((FIXTURES / "slides.ppt.gz").read_bytes()))
    with olefile.OleFileIO(bytes(data)) as ole:
        current = ole.openstream("Current User").read()
    at = data.index(current[:24])
    assert int.from_bytes(data[at + 12 : at + 16], "little") == 0xE391C05F
    data[at + 12 : at + 16] = (0xF3D1C4DF).to_bytes(4, "little")
    found = identify(io.BytesIO(bytes(data)), "汇报.ppt")
    assert (found.format, found.encrypted) == ("ppt", True)
    (tmp_path / "青溪县").mkdir()
    (tmp_path / "青溪县" / "汇报.ppt").write_bytes(bytes(data))
    record = audit(tmp_path).file("青溪县/汇报.ppt")
    assert [p.code for p in record.problems] == ["encrypted"]


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.75, 0.97])
def test_a_truncated_doc_is_unreadable(tmp_path: Path, keep: float) -> None:
    from evidence_audit import audit

    data = (FIXTURES / "notice.doc").read_bytes()
    (tmp_path / "青溪县").mkdir()
    (tmp_path / "青溪县" / "通知.doc").write_bytes(data[: int(len(data) * keep)])
    record = audit(tmp_path).file("青溪县/通知.doc")
    assert record.format == "doc"
    assert [p.code for p in record.problems] == ["unreadable"]
