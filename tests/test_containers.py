"""Zips are read in place: members become files of the unit; bombs and odd names are bounded."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from builders import make_docx, make_jpeg

from evidence_audit import audit
from evidence_audit.files.containers import member_name

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


def _gbk_zip(path: Path, members: dict[str, bytes]) -> None:
    """A zip as Chinese Windows tools write it: GBK names, no UTF-8 flag.

    zipfile writes non-ASCII names as flagged UTF-8, so ASCII placeholders of the same
    byte length are written and then replaced by the GBK bytes (names are not in CRCs).
    """
    buf = io.BytesIO()
    placeholders = {}
    with zipfile.ZipFile(buf, "w") as zf:
        for i, (name, data) in enumerate(members.items()):
            raw = name.encode("gbk")
            placeholder = f"{i:03d}".encode().ljust(len(raw), b"_")
            placeholders[placeholder] = raw
            zf.writestr(placeholder.decode(), data)
    blob = buf.getvalue()
    for placeholder, raw in placeholders.items():
        blob = blob.replace(placeholder, raw)
    path.write_bytes(blob)


def test_gbk_member_names_and_members_counted_for_items(tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "src" / "a.docx", MINUTES).read_bytes()
    unit = tmp_path / "archive" / "青溪县"
    unit.mkdir(parents=True)
    _gbk_zip(unit / "会议资料.zip", {"联席会议/附件1.docx": docx, "Thumbs.db": b"x"})
    report = audit(tmp_path / "archive")
    paths = [f.path for f in report.files]
    assert paths == ["青溪县/会议资料.zip", "青溪县/会议资料.zip!/联席会议/附件1.docx"]
    member = report.file("青溪县/会议资料.zip!/联席会议/附件1.docx")
    assert (member.kind, str(member.date)) == ("minutes", "2019-03-05")
    item = report.unit("青溪县").item("org.joint_meeting")
    assert (item.status, item.files) == ("present", ("青溪县/会议资料.zip!/联席会议/附件1.docx",))


def test_nested_zip_to_a_fixed_depth(tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "p.jpg", taken="2019:05:01 10:00:00").read_bytes()

    def wrap(name: str, data: bytes) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, data)
        return buf.getvalue()

    level2 = wrap("p.jpg", photo)
    level1 = wrap("inner.zip", level2)
    unit = tmp_path / "archive" / "青溪县"
    unit.mkdir(parents=True)
    (unit / "outer.zip").write_bytes(wrap("middle.zip", level1))
    report = audit(tmp_path / "archive")
    assert [(f.path, [p.code for p in f.problems]) for f in report.files] == [
        ("青溪县/outer.zip", []),
        ("青溪县/outer.zip!/middle.zip", []),
        ("青溪县/outer.zip!/middle.zip!/inner.zip", ["container_limit"]),
    ]


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    unit = tmp_path / "archive" / "青溪县"
    unit.mkdir(parents=True)
    with zipfile.ZipFile(unit / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", b"\0" * (50 * 1024 * 1024))
        zf.writestr("ok.txt", "情况说明".encode())
    report = audit(tmp_path / "archive")
    bomb = report.file("青溪县/bomb.zip")
    assert [p.code for p in bomb.problems] == ["container_limit"]
    assert "疑似压缩炸弹" in bomb.problems[0].message
    assert [f.path for f in report.files] == ["青溪县/bomb.zip", "青溪县/bomb.zip!/ok.txt"]


def test_7z_is_read_in_place_and_rar_is_listed_for_a_person_to_unpack(tmp_path: Path) -> None:
    import py7zr

    docx = make_docx(tmp_path / "src" / "a.docx", MINUTES).read_bytes()
    unit = tmp_path / "archive" / "青溪县"
    unit.mkdir(parents=True)
    with py7zr.SevenZipFile(unit / "会议.7z", "w") as archive:
        archive.writestr(docx, "联席会议/纪要.docx")
    (unit / "坏的.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\0" * 32)
    (unit / "材料.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + b"\0" * 32)
    report = audit(tmp_path / "archive")
    assert [(f.path, f.kind, [p.code for p in f.problems]) for f in report.files] == [
        ("青溪县/会议.7z", "other", []),
        ("青溪县/会议.7z!/联席会议/纪要.docx", "minutes", []),
        ("青溪县/坏的.7z", "other", ["unreadable"]),
        ("青溪县/材料.rar", "other", ["container_not_read"]),
    ]


def test_member_name_decoding() -> None:
    utf8 = zipfile.ZipInfo("资料/纪要.docx")
    utf8.flag_bits |= 0x800
    assert member_name(utf8) == "资料/纪要.docx"
    gbk = zipfile.ZipInfo("资料\\纪要.docx".encode("gbk").decode("cp437"))
    assert member_name(gbk) == "资料/纪要.docx"
    mac = zipfile.ZipInfo("资料/纪要.docx".encode().decode("cp437"))  # UTF-8 without the flag
    assert member_name(mac) == "资料/纪要.docx"


def test_corrupt_deflate_data_in_a_member_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    unit = tmp_path / "archive" / "青溪县"
    unit.mkdir(parents=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text" * 20)
        zf.writestr("说明.txt", "情况说明\n" + "现将有关情况说明如下。" * 200)
    data = bytearray(buf.getvalue())
    start = data.index(b"mimetype") + len(b"mimetype")
    for i in range(start + 5, start + 25):  # scramble the first member's deflate stream
        data[i] ^= 0x5A
    (unit / "资料.zip").write_bytes(bytes(data))
    report = audit(tmp_path / "archive")
    codes = {f.path: [p.code for p in f.problems] for f in report.files}
    assert codes["青溪县/资料.zip"] == ["unreadable"]
    assert codes["青溪县/资料.zip!/说明.txt"] == []
