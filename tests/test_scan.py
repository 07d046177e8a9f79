"""Walking the archive: units, noise, symlinks, odd names; nothing is opened for writing."""

from __future__ import annotations

import os
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
