"""The archive is evidence: an audit leaves names, sizes, mtimes and bytes exactly as they were."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from builders import make_docx, make_jpeg, make_xlsx

from evidence_audit import audit

SAMPLE = Path(__file__).resolve().parent.parent / "sample_archive"


def snapshot(root: Path) -> dict[str, tuple[int, int, int, str]]:
    """path → (mode, size, mtime_ns, sha256) for every entry under root, links not followed."""
    out: dict[str, tuple[int, int, int, str]] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            st = path.lstat()
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[str(path.relative_to(root))] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return out


def test_audit_of_bad_files_modifies_nothing(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    make_docx(root / "青溪县" / "纪要.docx", ["青溪县高层联席会议纪要", "2019年3月5日召开。"])
    make_xlsx(root / "青溪县" / "台账.xlsx", [["序号", "姓名", "身份证号"], [1, "张三", "1"]])
    make_jpeg(root / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    (root / "青溪县" / "空.docx").write_bytes(b"")
    (root / "青溪县" / "坏.docx").write_bytes(b"PK\x03\x04broken")
    (root / "青溪县" / "~$纪要.docx").write_bytes(b"\x00" * 162)
    (root / "青溪县" / "假.pdf").write_bytes(b"%PDF-1.4\n garbage")
    os.symlink(root / "青溪县", root / "青溪县" / "loop")
    os.utime(root / "青溪县" / "纪要.docx", ns=(1_557_624_612_000_000_000,) * 2)
    before = snapshot(root)
    audit(root, jobs=1)
    audit(root, jobs=2)
    assert snapshot(root) == before


def test_sample_archive_is_unchanged_by_an_audit() -> None:
    before = snapshot(SAMPLE)
    assert len(before) > 50
    audit(SAMPLE, jobs=2)
    assert snapshot(SAMPLE) == before
