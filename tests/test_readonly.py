"""The archive is evidence: an audit leaves every entry's device, inode, links, size,
mtime, ctime and bytes exactly as they were, and (where the system lets it) its access
time too; a file swapped for a link or a pipe between the walk and the read is not read."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import zipfile
from pathlib import Path

import pytest
from builders import make_docx, make_jpeg, make_xlsx

from evidence_audit import audit

SAMPLE = Path(__file__).resolve().parent.parent / "sample_archive"
_NOATIME = getattr(os, "O_NOATIME", 0)


def _read(path: Path) -> bytes:
    """The bytes of a file, read without changing its access time where allowed."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOATIME)
    except PermissionError:
        fd = os.open(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as f:
        return f.read()


def _names(folder: Path) -> list[str]:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | _NOATIME)
    except PermissionError:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return sorted(os.listdir(fd))
    finally:
        os.close(fd)


def snapshot(root: Path, atimes: bool = False) -> dict[str, tuple[object, ...]]:
    """path → (mode, device, inode, links, size, mtime, ctime[, atime], sha256) of every
    entry under root, links not followed; taken without touching access times."""
    out: dict[str, tuple[object, ...]] = {}

    def visit(folder: Path) -> None:
        for name in _names(folder):
            path = folder / name
            st = path.lstat()
            digest = ""
            if stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(_read(path)).hexdigest()
            row: tuple[object, ...] = (
                st.st_mode, st.st_dev, st.st_ino, st.st_nlink, st.st_size,
                st.st_mtime_ns, st.st_ctime_ns,
            )  # fmt: skip
            if atimes and not stat.S_ISLNK(st.st_mode):
                row += (st.st_atime_ns,)
            out[str(path.relative_to(root))] = (*row, digest)
            if stat.S_ISDIR(st.st_mode):
                visit(path)

    st = root.stat()
    out["."] = (st.st_dev, st.st_ino, st.st_mtime_ns) + ((st.st_atime_ns,) if atimes else ())
    visit(root)
    return out


def _archive(root: Path) -> Path:
    make_docx(root / "青溪县" / "纪要.docx", ["青溪县高层联席会议纪要", "2019年3月5日召开。"])
    make_xlsx(
        root / "青溪县" / "台账" / "台账.xlsx", [["序号", "姓名", "身份证号"], [1, "张三", "1"]]
    )
    make_jpeg(root / "青溪县" / "图片" / "a.jpg", taken="2019:05:01 10:00:00")
    with zipfile.ZipFile(root / "青溪县" / "打包.zip", "w") as zf:
        zf.writestr("b.txt", "情况说明")
    (root / "青溪县" / "空.docx").write_bytes(b"")
    (root / "青溪县" / "坏.docx").write_bytes(b"PK\x03\x04broken")
    (root / "青溪县" / "~$纪要.docx").write_bytes(b"\x00" * 162)
    (root / "青溪县" / "假.pdf").write_bytes(b"%PDF-1.4\n garbage")
    os.symlink(root / "青溪县", root / "青溪县" / "loop")
    os.symlink(root / "青溪县" / "纪要.docx", root / "青溪县" / "链接.docx")
    os.link(root / "青溪县" / "纪要.docx", root / "青溪县" / "硬链接.docx")
    return root


def _age_access_times(root: Path) -> None:
    """Access times older than the modification times: the next read updates them, even
    under relatime (Linux's default), unless the reader asks it not to."""
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files, ""]:
            path = Path(folder) / name
            st = path.lstat()
            if not stat.S_ISLNK(st.st_mode):
                os.utime(path, ns=(st.st_mtime_ns - 86_400 * 10**9, st.st_mtime_ns))


def test_audit_of_bad_files_modifies_nothing(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    os.utime(root / "青溪县" / "纪要.docx", ns=(1_557_624_612_000_000_000,) * 2)
    before = snapshot(root)
    audit(root, jobs=1)
    audit(root, jobs=2)
    audit(root, jobs=2, cache=tmp_path / "cache")
    audit(root, jobs=1, cache=tmp_path / "cache")
    assert snapshot(root) == before


@pytest.mark.skipif(not _NOATIME, reason="O_NOATIME is Linux's")
def test_no_access_time_changes_for_the_owner(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    _age_access_times(root)
    before = snapshot(root, atimes=True)
    audit(root, jobs=1)
    audit(root, jobs=2)
    after = snapshot(root, atimes=True)
    assert {k: v for k, v in after.items() if v != before[k]} == {}


def test_links_are_resolved_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _archive(tmp_path / "archive")
    resolved: list[str] = []
    readlink = os.readlink

    def counted(path: str | os.PathLike[str], *args: object, **kwargs: object) -> str:
        resolved.append(os.fspath(path))
        return readlink(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "readlink", counted)
    report = audit(root, jobs=1)
    assert report.file("青溪县/链接.docx").kind == "minutes"
    assert sorted(Path(p).name for p in resolved) == ["loop", "链接.docx"]
    # what the walk resolved is read where it leads: the link is not followed again
    from evidence_audit.files.scan import scan_archive

    entries = {e.path: e for e in scan_archive(root).files}
    assert entries["青溪县/链接.docx"].disk_path == str((root / "青溪县" / "纪要.docx").resolve())


def test_when_noatime_is_refused_only_access_times_may_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user who does not own the files is refused O_NOATIME (EPERM): the files are read
    all the same, and nothing but access times can change."""
    from evidence_audit.files import scan

    root = _archive(tmp_path / "archive")
    before = snapshot(root)
    real_open = os.open

    def not_owner(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & _NOATIME:
            raise PermissionError(errno.EPERM, "Operation not permitted")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", not_owner)
    monkeypatch.setattr(scan, "_noatime_refused", False)
    report = audit(root, jobs=1)
    assert report.file("青溪县/纪要.docx").problems == ()
    assert report.file("青溪县/打包.zip!/b.txt").kind != ""
    assert scan._noatime_refused == bool(_NOATIME)
    monkeypatch.undo()
    assert snapshot(root) == before


def test_a_file_swapped_between_the_walk_and_the_read_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "4").mkdir(parents=True)
    secret = outside / "passwd"
    secret.write_text("root:x:0:0:SECRET-ROOT-LINE\n", encoding="utf-8")
    (outside / "4" / "x.txt").write_text("SECRET-IN-FOLDER 情况说明\n", encoding="utf-8")
    root = tmp_path / "archive"
    unit = root / "青溪县"
    make_docx(unit / "1.docx", ["青溪县高层联席会议纪要", "2019年3月5日召开。"])
    for name in ("2.txt", "3.txt"):
        (unit / name).write_text("情况说明\n", encoding="utf-8")
    (unit / "4").mkdir()
    (unit / "4" / "x.txt").write_text("情况说明\n", encoding="utf-8")
    before = {p: (unit / p).stat().st_size for p in ("2.txt", "3.txt", "4/x.txt")}

    def swap(done: int, total: int, path: str) -> None:
        if path == "青溪县/1.docx":  # the walk is over, the other files are not read yet
            (unit / "2.txt").unlink()
            os.symlink(secret, unit / "2.txt")
            (unit / "3.txt").unlink()
            os.mkfifo(unit / "3.txt")  # opened without O_NONBLOCK, this would hang
            (unit / "4" / "x.txt").unlink()
            (unit / "4").rmdir()
            os.symlink(outside / "4", unit / "4")

    report = audit(root, jobs=1, progress=swap)
    assert "SECRET" not in report.to_json()
    got = {
        p: ([(x.code, x.message) for x in report.file(f"青溪县/{p}").problems],
            report.file(f"青溪县/{p}").size)
        for p in before
    }  # fmt: skip
    assert got == {
        "2.txt": ([("file_vanished", "扫描后文件被替换为符号链接，未读取")], before["2.txt"]),
        "3.txt": ([("file_vanished", "扫描后文件被替换，已不是普通文件，未读取")], before["3.txt"]),
        "4/x.txt": (
            [("file_vanished", "扫描后文件被替换，已不是扫描时的同一个文件，未读取")],
            before["4/x.txt"],
        ),
    }


def test_sample_archive_is_unchanged_by_an_audit() -> None:
    before = snapshot(SAMPLE)
    assert len(before) > 50
    audit(SAMPLE, jobs=2)
    assert snapshot(SAMPLE) == before
