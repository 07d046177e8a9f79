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


def _ident(fmt: str, family: str, ok: bool = True) -> object:
    from evidence_audit.files.formats import Identity

    return Identity(fmt, family, False, ok)


def test_a_file_cut_to_a_few_bytes_of_its_signature_is_its_claimed_format_not_text() -> None:
    import io

    from evidence_audit.files.extract import extract

    for name, head in (("a.docx", b"PK"), ("a.pdf", b"%P"), ("a.doc", b"\xd0\xcf")):
        ident = identify(io.BytesIO(head), name)
        assert ident.format == name.split(".")[1]
        result = extract(io.BytesIO(head), ident.format)
        assert [p.code for p in result.problems] == ["unreadable"], name
    assert identify(io.BytesIO(b"PK"), "a.txt").format == "txt"  # text that happens to say PK
