"""Reports are written whole or not at all, never in place, never into the archive (by
device and inode: hard links and second mounts too), and their paths are checked before
the sweep starts."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from builders import make_docx
from test_readonly import snapshot

from evidence_audit import pipeline
from evidence_audit.cli import run

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    make_docx(root / "青溪县" / "纪要.docx", MINUTES)
    return root


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _no_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the archive was read before the output paths were checked")

    monkeypatch.setattr(pipeline, "scan_archive", refuse)


def _mount(*args: str) -> bool:
    """Mount as asked, where this system lets the tests do it (root with the capability)."""
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


# --- 4. whole or nothing ---------------------------------------------------------------


@pytest.mark.parametrize("option", ["--json", "--xlsx"])
def test_a_full_disk_leaves_the_previous_report_as_it_was(
    archive: Path, out: Path, option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / ("r.json" if option == "--json" else "r.xlsx")
    target.write_bytes(b"previous report")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, stdout, err = _run(str(archive), option, str(target))
    assert code == 2
    assert err == f"错误：无法写入报告 {target}：No space left on device（原有文件未改动）\n"
    assert "【青溪县】" in stdout  # the summary is still shown
    assert "完整报告已写入" not in stdout
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no temporary file left


def test_a_really_full_file_system(archive: Path, tmp_path: Path) -> None:
    """A tiny file system, filled up: the write fails for real, the old report stays."""
    small = tmp_path / "small"
    small.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)):
        pytest.skip(
            "mounting a tmpfs needs root and CAP_SYS_ADMIN (the ENOSPC case above is simulated)"
        )
    try:
        (small / "r.json").write_text('{"previous": true}', encoding="utf-8")
        fd = os.open(small / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            with pytest.raises(OSError, match="No space left"):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)
        code, _, err = _run(str(archive), "--json", str(small / "r.json"), "-q")
        assert code == 2
        assert (
            err
            == f"错误：无法写入报告 {small / 'r.json'}：No space left on device（原有文件未改动）\n"
        )
        assert (small / "r.json").read_text(encoding="utf-8") == '{"previous": true}'
        assert sorted(p.name for p in small.iterdir()) == ["filler", "r.json"]
    finally:
        subprocess.run(["umount", "--lazy", str(small)], check=True)


def test_an_existing_report_is_replaced_never_written_in_place(archive: Path, out: Path) -> None:
    (out / "other.json").write_text("another file", encoding="utf-8")
    os.link(out / "other.json", out / "r.json")  # r.json shares the other file's inode
    os.symlink(out / "other.xlsx", out / "r.xlsx")
    (out / "other.xlsx").write_text("another file", encoding="utf-8")
    code, _, err = _run(str(archive), "--json", str(out / "r.json"), "--xlsx", str(out / "r.xlsx"))
    assert (code, err) == (1, "")
    assert (out / "other.json").read_text(encoding="utf-8") == "another file"
    assert (out / "other.xlsx").read_text(encoding="utf-8") == "another file"
    assert json.loads((out / "r.json").read_text(encoding="utf-8"))["summary"]["files"] == 1
    assert not (out / "r.xlsx").is_symlink()
    assert openpyxl.load_workbook(out / "r.xlsx").sheetnames[0] == "问题清单"


def test_output_paths_are_checked_before_the_sweep(
    archive: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_sweep(monkeypatch)
    code, stdout, err = _run(str(archive), "--json", str(out / "nowhere" / "r.json"))
    assert (code, stdout, err) == (2, "", f"错误：--json 的文件夹不存在：{out / 'nowhere'}\n")
    code, _, err = _run(str(archive), "--xlsx", str(out))
    assert (code, err) == (2, f"错误：--xlsx {out} 是一个文件夹，请给出报告文件的路径\n")
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    code, _, err = _run(str(archive), "--json", str(out / "r.json"))
    assert (code, err) == (2, f"错误：没有在 {out} 中写入文件的权限（--json）\n")
    assert list(out.iterdir()) == []


# --- 6. never into the archive ---------------------------------------------------------


def test_a_hard_link_to_an_archive_file_is_refused(archive: Path, out: Path) -> None:
    os.link(archive / "青溪县" / "纪要.docx", out / "r.json")
    os.link(archive / "青溪县" / "纪要.docx", out / "r.xlsx")
    before = snapshot(archive)
    for option, name in (("--json", "r.json"), ("--xlsx", "r.xlsx")):
        code, stdout, err = _run(str(archive), option, str(out / name))
        assert (code, stdout) == (2, "")
        assert err == (
            f"报告不能写进档案目录（档案只读）：{option} {out / name} 是档案中的文件"
            "或位于档案的文件夹中（硬链接、符号链接或档案的另一个挂载点），"
            f"请把 {option} 指向档案以外的位置\n"
        )
    assert snapshot(archive) == before
    assert (out / "r.json").read_bytes() == (archive / "青溪县" / "纪要.docx").read_bytes()


@pytest.fixture
def second_mount(archive: Path, tmp_path: Path) -> Iterator[Path]:
    """The archive's unit folder mounted a second time elsewhere (a bind mount)."""
    where = tmp_path / "mnt"
    where.mkdir()
    if not _mount("--bind", str(archive / "青溪县"), str(where)):
        pytest.skip("a bind mount needs root and CAP_SYS_ADMIN (hard links are tested above)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "--lazy", str(where)], check=True)


def test_a_second_mount_of_the_archive_is_refused(archive: Path, second_mount: Path) -> None:
    before = snapshot(archive)
    for target in (second_mount / "r.json", second_mount / "sub" / "r.json"):
        if target.parent != second_mount:
            target.parent.mkdir()
            before = snapshot(archive)
        code, _, err = _run(str(archive), "--json", str(target))
        assert code == 2 and "档案的另一个挂载点" in err
    code, _, err = _run(str(archive), "--cache", str(second_mount / "cache"))
    assert (code, err) == (
        2,
        f"错误：缓存目录不能在档案目录内（档案只读）：{second_mount / 'cache'}\n",
    )
    assert snapshot(archive) == before


# --- 10. text from the archive stays text in Excel --------------------------------------


def test_names_that_look_like_formulas_stay_text_in_excel(tmp_path: Path, out: Path) -> None:
    evil = '=HYPERLINK("http:\\\\evil.example","点我领取")'
    root = tmp_path / "archive"
    make_docx(root / evil / "=1+2.docx", MINUTES)
    make_docx(root / "青溪县" / "@SUM(1,2).docx", ["=CMD|'calc'!A0", *MINUTES])
    code, _, err = _run(str(root), "--xlsx", str(out / "r.xlsx"))
    assert (code, err) == (1, "")
    with zipfile.ZipFile(out / "r.xlsx") as package:
        sheets = [package.read(n) for n in package.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in sheet or b"<f " in sheet for sheet in sheets)  # no formula at all
    book = openpyxl.load_workbook(out / "r.xlsx")
    cells = {c.value: c for ws in book for row in ws.iter_rows() for c in row if c.value}
    assert cells[evil].data_type == "s" and cells[evil].quotePrefix
    assert cells[f"{evil}/=1+2.docx"].data_type == "s"
    assert cells["青溪县/@SUM(1,2).docx"].data_type == "s"


def test_a_hostile_report_view_cannot_break_the_workbook(out: Path) -> None:
    """The last guard: a view built from a report JSON written elsewhere."""
    from evidence_audit.report.view import build_view
    from evidence_audit.report.xlsx import write_xlsx

    document = json.loads(
        json.dumps({
            "report_version": 1, "tool": {"name": "evidence-audit", "version": "0"},
            "ruleset": {"id": "x", "title": "=1+1\x01", "period": ["2019-01-01", "2019-12-31"]},
            "archive": "=cmd\x00|'/C calc'!A0\x1b[2J", "units": [], "files": [], "checks": [],
            "summary": {"units": 0, "files": 0, "missing": 0, "insufficient": 0, "defective": 0},
        })
    )  # fmt: skip
    write_xlsx(build_view(document), out / "r.xlsx")
    about = {
        r[0]: r[1]
        for r in openpyxl.load_workbook(out / "r.xlsx")["说明"].iter_rows(values_only=True)
    }
    assert about["档案"] == "=cmd\\x00|'/C calc'!A0\\x1b[2J"  # shown, never acted on
    assert about["规则集"] == "=1+1\\x01（x）"
