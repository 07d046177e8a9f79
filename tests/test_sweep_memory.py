"""What a worker and the sweep keep between files: nothing of the file before."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import weakref
from multiprocessing import Pipe
from pathlib import Path

import pytest
from builders import make_docx

from evidence_audit import load_ruleset
from evidence_audit.files.scan import FileEntry, scan_archive
from evidence_audit.findings import Problem
from evidence_audit.judge.analyze import DEFAULT_LIMITS
from evidence_audit.sweep import _workers as workers
from evidence_audit.sweep._redact import read_entry
from evidence_audit.sweep.store import Pickled, RecordStore, remove_stale_stores

RULES = load_ruleset(None)


class _Part:
    """Stands for a reader's object in a reference cycle (a python-docx part and its
    package)."""

    def __init__(self) -> None:
        self.me = self


def test_a_worker_frees_what_a_reader_left_in_cycles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_docx(tmp_path / "青溪县" / "纪要.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日"])
    (entry,) = scan_archive(tmp_path).files
    left: list[weakref.ref[_Part]] = []

    def reader(*args: object) -> object:
        left.append(weakref.ref(_Part()))  # garbage only a full collection finds
        return read_entry(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "read_entry", reader)
    ours, theirs = Pipe()
    ours.send((7, workers._pack(entry)))
    ours.send(None)
    enabled = gc.isenabled()
    gc.disable()  # no collection but the worker's own
    try:
        workers._work(theirs, RULES, DEFAULT_LIMITS, b"k" * 32)
        assert left and left[0]() is None
    finally:
        if enabled:
            gc.enable()
    index, blobs = ours.recv()
    assert index == 7
    (record,) = Pickled.of(blobs)
    assert record.path == "青溪县/纪要.docx" and record.kind == "minutes"


def test_an_entry_reaches_the_worker_unchanged() -> None:
    entry = FileEntry(
        "青溪县/纪要\udcb1.docx",  # an undecodable byte, escaped
        "青溪县",
        "/档案/青溪县/纪要\udcb1.docx",
        12,
        1_700_000_000_123_456_789,
        64769,
        2**40,
        (Problem("name_encoding", "文件名含无法识别的字符", "青溪县/纪要\udcb1.docx"),),
    )
    packed = workers._pack(entry)
    again = workers._unpack(pickle.loads(pickle.dumps(packed)))
    assert again == entry and again.problems == entry.problems


def test_the_store_keeps_the_workers_bytes_as_they_are(tmp_path: Path) -> None:
    make_docx(tmp_path / "青溪县" / "纪要.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日"])
    make_docx(tmp_path / "白沙县" / "纪要.docx", ["白沙县扶贫协作高层联席会议纪要", "2019年3月6日"])
    second, first = scan_archive(tmp_path).files  # 白沙县 before 青溪县
    blobs = [pickle.dumps(r) for r in read_entry(second, RULES, DEFAULT_LIMITS, b"k" * 32)]
    store = RecordStore()
    store.add(0, read_entry(first, RULES, DEFAULT_LIMITS, b"k" * 32))  # pickled by the store
    store.add(1, Pickled.of(blobs))
    files = store.files()
    assert [f.path for f in files] == ["白沙县/纪要.docx", "青溪县/纪要.docx"]  # by path
    assert files[0] == pickle.loads(blobs[0])
    assert files.find("青溪县/纪要.docx") == files[1]  # type: ignore[attr-defined]
    assert files.find("白沙县/纪要.docx") == files[0]  # type: ignore[attr-defined]
    raw = store._db.execute("SELECT value FROM files WHERE entry = 1").fetchone()[0]
    assert raw == blobs[0]


@pytest.mark.skipif(os.name != "posix", reason="asks the kernel whether a process runs")
def test_only_the_stores_of_sweeps_no_longer_running_are_removed(tmp_path: Path) -> None:
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    dead = int(ended.stdout)
    for name in (
        f"evidence-audit-{os.getpid()}-live",
        f"evidence-audit-{dead}-killed",
        "evidence-audit-x",
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "records.sqlite").write_bytes(b"")
    (tmp_path / f"evidence-audit-{dead}-file").write_bytes(b"")  # not a store's folder
    assert remove_stale_stores(str(tmp_path)) == [str(tmp_path / f"evidence-audit-{dead}-killed")]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"evidence-audit-{dead}-file", f"evidence-audit-{os.getpid()}-live", "evidence-audit-x"]
    )
