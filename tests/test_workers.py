"""A parser that aborts the process or hangs in native code cannot stop a sweep."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import make_docx, make_xlsx

from evidence_audit import audit
from evidence_audit.files.extract.base import Limits
from evidence_audit.judge import analyze
from evidence_audit.sweep.store import remove_stale_stores

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


def test_a_stopped_worker_costs_no_more_than_the_file_limit(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patch_reader(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGSTOP))
    started = time.monotonic()
    report = audit(archive, jobs=2, limits=Limits(seconds_per_file=2))
    elapsed = time.monotonic() - started
    assert elapsed < 2 + 4, elapsed  # the limit, a second of grace, the rest (not 2 × 2 + 2)
    record = report.file("青溪县/毒表.xlsx")
    assert [(p.code, p.message) for p in record.problems] == [
        ("timeout", "读取超过 2 秒仍未完成（读取程序无响应），已跳过")
    ]
    assert record.size == (archive / "青溪县" / "毒表.xlsx").stat().st_size
    assert [report.file(f"青溪县/纪要{i}.docx").kind for i in range(4)] == ["minutes"] * 4


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_timed_out_file_keeps_its_real_size(
    archive: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    _patch_reader(monkeypatch, lambda: time.sleep(5))
    record = audit(archive, jobs=jobs, limits=Limits(seconds_per_file=0.5)).file("青溪县/毒表.xlsx")
    assert [(p.code, p.message) for p in record.problems] == [
        ("timeout", "读取超过 0.5 秒仍未完成，已跳过")
    ]
    assert record.size == (archive / "青溪县" / "毒表.xlsx").stat().st_size > 0


# --- workers die with their parent --------------------------------------------------------

_SWEEP = """
import os, sys, time
from evidence_audit.judge import analyze

def stuck(stream, ident, size, limits):
    with open(os.environ["WORKER_PIDS"], "a") as f:
        f.write(f"{os.getpid()}\\n")
    time.sleep(600)

analyze._extract = stuck
from evidence_audit.cli import main
sys.exit(main([sys.argv[1], "--jobs", "2", "-q"]))
"""


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting for a parent to reap it has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _start_sweep(
    archive: Path, tmp_path: Path, temporary: Path | None = None
) -> tuple[subprocess.Popen[bytes], list[int]]:
    script = tmp_path / "sweep.py"
    script.write_text(_SWEEP, encoding="utf-8")
    pids = tmp_path / "pids"
    temporary_folder = {"TMPDIR": str(temporary)} if temporary else {}
    sweep = subprocess.Popen(
        [sys.executable, str(script), str(archive)],
        env={**os.environ, "WORKER_PIDS": str(pids), **temporary_folder},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = pids.read_text().split() if pids.exists() else []
        if len(found) >= 2:
            return sweep, [int(p) for p in found]
        time.sleep(0.1)
    sweep.kill()
    raise AssertionError("the workers never started")


def _gone_within(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_workers_die_with_their_parent(
    archive: Path, tmp_path_factory: pytest.TempPathFactory, how: str
) -> None:
    (archive / "青溪县" / "毒表2.xlsx").write_bytes((archive / "青溪县" / "毒表.xlsx").read_bytes())
    temporary = tmp_path_factory.mktemp("temporary")
    sweep, workers = _start_sweep(archive, archive, temporary)
    try:
        assert all(_alive(p) for p in workers)
        if how == "SIGINT":  # Ctrl-C: the terminal signals the whole process group
            for pid in (sweep.pid, *workers):
                # the sweep may already have stopped a worker the signal has not reached
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGINT)
        else:
            os.kill(sweep.pid, getattr(signal, how))
        _, err = sweep.communicate(timeout=60)  # a loaded machine is slow to stop them
        assert _gone_within(workers, 5) == []
        if how == "SIGTERM":
            assert (sweep.returncode, err.decode()) == (143, "已终止（收到信号 SIGTERM）。\n")
        elif how == "SIGINT":
            assert (sweep.returncode, err.decode()) == (130, "已中断。\n")
        else:
            assert sweep.returncode == -signal.SIGKILL
        left = [p.name for p in temporary.iterdir()]
        if how == "SIGKILL":  # its store stays, until the next sweep removes it
            assert [name.split("-")[2] for name in left] == [str(sweep.pid)]
            assert remove_stale_stores(str(temporary)) == [str(temporary / left[0])]
            assert list(temporary.iterdir()) == []
        else:
            assert left == []
    finally:
        sweep.kill()
        sweep.communicate()  # reaped and its pipes closed, whatever failed above
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
