"""No file can break a sweep: one archive holding every kind of bad input is audited in
one run, each bad file reported with its code, every good file still read, and nothing in
the archive touched."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from builders import make_docx, make_jpeg, make_xlsx
from test_readonly import snapshot

from evidence_audit import audit
from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_entry
from evidence_audit.rules.ruleset import load_ruleset

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge image (a decompression bomb), with a tiny body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b""))  # fmt: skip


def _xml_bomb_docx(good: bytes) -> bytes:
    """A docx whose document.xml defines nested entities (billion laughs)."""
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = bomb.encode() if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.fixture
def bad_archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    unit = root / "青溪县"
    good = make_docx(unit / "好文件" / "附件1.docx", MINUTES)
    make_jpeg(unit / "好文件" / "p.jpg", taken="2019:05:01 10:00:00")
    make_xlsx(unit / "好文件" / "台账.xlsx", [["序号", "项目名称", "实施地点", "金额"],
                                               [1, "茶园", "石门镇长岭村", 10]])  # fmt: skip
    (unit / "空文件.docx").write_bytes(b"")
    (unit / "半截.docx").write_bytes(good.read_bytes()[:3000])
    (unit / "乱码.xlsx").write_bytes(os.urandom(2048))
    (unit / "加密.pdf").write_bytes(_encrypted_pdf())
    (unit / "炸弹.png").write_bytes(_png_claiming(60_000, 60_000))
    (unit / "实体炸弹.docx").write_bytes(_xml_bomb_docx(good.read_bytes()))
    (unit / "其实是docx.pdf").write_bytes(good.read_bytes())
    with zipfile.ZipFile(unit / "压缩炸弹.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.bin", b"\0" * (60 * 1024 * 1024))
    (unit / "打包.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\0" * 32)
    (unit / "打包.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + b"\0" * 32)
    (unit / ("很长的名字" * 14 + "〔2019〕＃&'.txt")).write_text("情况说明", encoding="utf-8")
    os.symlink(unit, unit / "循环链接")
    os.symlink("/etc/passwd", unit / "外部链接.txt")
    (unit / "~$附件1.docx").write_bytes(b"\0" * 162)
    return root


def test_every_bad_case_in_one_sweep(bad_archive: Path) -> None:
    before = snapshot(bad_archive)
    report = audit(bad_archive, jobs=1)
    codes = {f.path.split("/", 1)[1]: sorted(p.code for p in f.problems) for f in report.files}
    assert codes == {
        "好文件/附件1.docx": [],
        "好文件/p.jpg": [],
        "好文件/台账.xlsx": [],
        "空文件.docx": ["empty_file"],
        "半截.docx": ["unreadable"],
        "乱码.xlsx": ["unreadable"],
        "加密.pdf": ["encrypted"],
        "炸弹.png": ["image_too_large"],
        "实体炸弹.docx": ["unreadable"],  # libxml2 refuses the entity amplification
        "其实是docx.pdf": ["extension_mismatch"],
        "压缩炸弹.zip": ["container_limit"],
        "打包.7z": ["unreadable"],
        "打包.rar": ["container_not_read"],
        # four characters of text ("情况说明") are thin content: a report, said unsure
        "很长的名字" * 14 + "〔2019〕＃&'.txt": ["low_confidence"],
    }
    assert report.file("青溪县/其实是docx.pdf").format == "docx"
    assert report.file("青溪县/其实是docx.pdf").kind == "minutes"
    assert report.file("青溪县/乱码.xlsx").format == "unknown"
    bomb = report.file("青溪县/实体炸弹.docx")
    assert "lollol" not in bomb.extraction.text
    assert sorted((s.path, s.reason) for s in report.skipped) == [
        ("青溪县/~$附件1.docx", "noise"),
        ("青溪县/外部链接.txt", "symlink_outside"),
        ("青溪县/循环链接", "symlink_dir"),
    ]
    # the good files are still audited
    assert report.unit("青溪县").item("org.joint_meeting").status == "present"
    assert report.unit("青溪县").item("funds.ledger").status == "present"
    assert snapshot(bad_archive) == before


def test_permission_denied_and_vanished_files(
    bad_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = load_ruleset()
    target = bad_archive / "青溪县" / "好文件" / "p.jpg"
    real_open = os.open

    def deny(path: str, flags: int, *args: int) -> int:
        if os.fspath(path) == str(target):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)
    entry = FileEntry("青溪县/好文件/p.jpg", "青溪县", str(target))
    assert [p.code for p in analyze_entry(entry, rules)[0].problems] == ["permission_denied"]
    monkeypatch.undo()
    gone = FileEntry("青溪县/不见了.docx", "青溪县", str(bad_archive / "青溪县" / "不见了.docx"))
    record = analyze_entry(gone, rules)[0]
    assert [p.code for p in record.problems] == ["file_vanished"]
