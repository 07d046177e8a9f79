"""Walking the archive: units, noise, symlinks, odd names; nothing is opened for writing."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

import pytest

from evidence_audit.errors import ArchiveError
from evidence_audit.files.scan import scan_archive


def _touch(path: Path, data: bytes = b"x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_units_files_and_noise(tmp_path: Path) -> None:
    _touch(tmp_path / "青溪县" / "1.组织领导" / "纪要.docx")
    _touch(tmp_path / "青溪县" / "~$纪要.docx")
    _touch(tmp_path / "青溪县" / "图片" / "Thumbs.db")
    _touch(tmp_path / "州财政局" / "办法.pdf")
    _touch(tmp_path / "州财政局" / ".DS_Store")
    _touch(tmp_path / "说明.txt")
    (tmp_path / "空单位").mkdir()
    scan = scan_archive(tmp_path)
    assert scan.units == ("州财政局", "空单位", "青溪县")
    assert [(f.path, f.unit) for f in scan.files] == [
        ("州财政局/办法.pdf", "州财政局"),
        ("青溪县/1.组织领导/纪要.docx", "青溪县"),
    ]
    assert sorted((s.path, s.reason) for s in scan.skipped) == [
        ("州财政局/.DS_Store", "noise"),
        ("说明.txt", "outside_unit"),
        ("青溪县/~$纪要.docx", "noise"),
        ("青溪县/图片/Thumbs.db", "noise"),
    ]


def test_symlinks_do_not_escape_or_loop(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    _touch(outside / "secret.docx")
    root = tmp_path / "archive"
    _touch(root / "青溪县" / "a.docx")
    os.symlink(outside / "secret.docx", root / "青溪县" / "link.docx")
    os.symlink(root / "青溪县", root / "青溪县" / "loop")
    os.symlink(root / "青溪县" / "a.docx", root / "青溪县" / "b.docx")
    scan = scan_archive(root)
    assert [f.path for f in scan.files] == ["青溪县/a.docx", "青溪县/b.docx"]
    assert sorted((s.path, s.reason) for s in scan.skipped) == [
        ("青溪县/link.docx", "symlink_outside"),
        ("青溪县/loop", "symlink_dir"),
    ]


def test_names_are_nfc_and_nfd_twins_reported(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "café.txt")
    nfd = unicodedata.normalize("NFD", "café.txt")
    _touch(tmp_path / "青溪县" / nfc)
    _touch(tmp_path / "青溪县" / nfd)
    scan = scan_archive(tmp_path)
    assert [f.path for f in scan.files] == ["青溪县/café.txt", "青溪县/café.txt"]
    assert [p.code for p in scan.problems] == ["name_clash"]


def test_long_and_odd_names(tmp_path: Path) -> None:
    name = "关于" + "很长的标题" * 14 + "的通知 (1)【定稿】＃;'&.docx"  # 250 bytes in UTF-8
    deep = tmp_path / "青溪县" / "a b" / "/".join(["层"] * 30)
    _touch(deep / name)
    scan = scan_archive(tmp_path)
    assert [f.path for f in scan.files] == [f"青溪县/a b/{'/'.join(['层'] * 30)}/{name}"]


def test_missing_archive_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="找不到档案目录"):
        scan_archive(tmp_path / "nope")
    _touch(tmp_path / "file.txt")
    with pytest.raises(ArchiveError, match="不是文件夹"):
        scan_archive(tmp_path / "file.txt")


def test_links_that_lead_nowhere_or_to_no_file_are_listed_as_skipped(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    unit = root / "青溪县"
    _touch(unit / "a.docx")
    os.symlink(unit / "gone.docx", unit / "dangling.docx")
    os.symlink(unit / "loop2", unit / "loop1")
    os.symlink(unit / "loop1", unit / "loop2")
    os.mkfifo(unit / "pipe")
    os.symlink(unit / "pipe", unit / "to_pipe.docx")
    devices = []
    if os.geteuid() == 0:  # only root may make a device node (CI runs as root)
        os.mknod(unit / "null", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        os.symlink(unit / "null", unit / "to_device.docx")
        devices = [
            ("青溪县/null", "not_a_file", "不是普通文件（字符设备），未读取"),
            (
                "青溪县/to_device.docx",
                "not_a_file",
                "符号链接指向的不是普通文件（字符设备），未读取",
            ),
        ]
    scan = scan_archive(root)
    assert [f.path for f in scan.files] == ["青溪县/a.docx"]
    assert sorted((s.path, s.reason, s.message) for s in scan.skipped) == sorted([
        ("青溪县/dangling.docx", "symlink_dangling", "符号链接指向的文件不存在（失效链接）"),
        ("青溪县/loop1", "symlink_loop", "符号链接形成循环，无法解析"),
        ("青溪县/loop2", "symlink_loop", "符号链接形成循环，无法解析"),
        ("青溪县/pipe", "not_a_file", "不是普通文件（命名管道 FIFO），未读取"),
        ("青溪县/to_pipe.docx", "not_a_file", "符号链接指向的不是普通文件（命名管道 FIFO），未读取"),
        *devices,
    ])  # fmt: skip
    assert scan.problems == ()


def test_twin_unit_folders_are_one_unit_with_a_name_clash(tmp_path: Path) -> None:
    from builders import make_docx

    from evidence_audit import audit

    nfc = unicodedata.normalize("NFC", "Café县")
    nfd = unicodedata.normalize("NFD", "Café县")
    make_docx(tmp_path / nfc / "a.docx", ["x"])
    make_docx(tmp_path / nfd / "b.docx", ["x"])
    scan = scan_archive(tmp_path)
    assert scan.units == (nfc,)
    assert sorted((f.path, f.unit) for f in scan.files) == [
        (f"{nfc}/a.docx", nfc),
        (f"{nfc}/b.docx", nfc),
    ]
    report = audit(tmp_path)
    assert [u.unit for u in report.units] == [nfc]
    assert [(p.code, p.message) for p in report.unit(nfc).problems] == [
        ("name_clash", f"“{nfc}”有两个仅编码形式不同的同名文件或文件夹")
    ]
    assert report.unit(nfc).files == 2


def test_a_path_longer_than_the_system_allows_is_read_and_reported(tmp_path: Path) -> None:
    from builders import make_docx

    from evidence_audit import audit

    good = make_docx(
        tmp_path / "good.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日召开。"]
    )
    root = tmp_path / "archive"
    (root / "青溪县").mkdir(parents=True)
    level = "层" * 80  # 240 bytes
    fd = os.open(root / "青溪县", os.O_RDONLY)
    try:
        for _ in range(20):  # 20 × 241 bytes: beyond PATH_MAX (4096)
            os.mkdir(level, dir_fd=fd)
            child = os.open(level, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open("纪要.docx", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, good.read_bytes())
        os.close(out)
    finally:
        os.close(fd)
    path = "青溪县/" + "/".join([level] * 20) + "/纪要.docx"
    report = audit(root)
    record = report.file(path)
    assert record.kind == "minutes"
    assert [(p.code, p.message) for p in record.problems] == [
        (
            "path_too_long",
            "路径超过系统上限（4096 字节），许多程序无法打开该文件，建议缩短文件夹层级或名称",
        )
    ]
    assert report.unit("青溪县").problems == ()
