"""A parser that aborts the process or hangs in native code cannot stop a sweep."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from builders import make_docx, make_xlsx

from evidence_audit import audit
from evidence_audit.files.extract.base import Limits
from evidence_audit.judge import analyze

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for i in range(4):
        make_docx(tmp_path / "青溪县" / f"纪要{i}.docx", MINUTES)
    make_xlsx(tmp_path / "青溪县" / "毒表.xlsx", [["a", "b"], [1, 2]])
    return tmp_path


def _patch_reader(monkeypatch: pytest.MonkeyPatch, misbehave: object) -> None:
    # Worker processes are forked: they inherit the patched function.
    assert multiprocessing.get_start_method() == "fork"
    real = analyze._extract

    def patched(stream, ident, size, limits):  # type: ignore[no-untyped-def]
        if ident.format == "xlsx":
            misbehave()  # type: ignore[operator]
        return real(stream, ident, size, limits)

    monkeypatch.setattr(analyze, "_extract", patched)


def test_a_parser_that_aborts_the_process(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_reader(monkeypatch, os.abort)
    report = audit(archive, jobs=2)
    assert [p.code for p in report.file("青溪县/毒表.xlsx").problems] == ["unreadable"]
    assert "读取程序崩溃" in report.file("青溪县/毒表.xlsx").problems[0].message
    assert [report.file(f"青溪县/纪要{i}.docx").kind for i in range(4)] == ["minutes"] * 4


def test_a_parser_stuck_where_no_signal_reaches(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stuck() -> None:
        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # like a loop inside native code
        time.sleep(60)

    _patch_reader(monkeypatch, stuck)
    started = time.monotonic()
    report = audit(archive, jobs=2, limits=Limits(seconds_per_file=0.5))
    assert time.monotonic() - started < 20
    assert [p.code for p in report.file("青溪县/毒表.xlsx").problems] == ["timeout"]
    assert [report.file(f"青溪县/纪要{i}.docx").kind for i in range(4)] == ["minutes"] * 4
