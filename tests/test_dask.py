"""The per-file work on a Dask cluster of separate worker processes gives the local report,
byte for byte, even when a file kills the worker that reads it."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import dask
import pytest
from builders import make_docx, make_xlsx
from distributed import Client, LocalCluster, WorkerPlugin

import evidence_audit
from evidence_audit import audit
from evidence_audit.judge import analyze
from evidence_audit.pipeline import audit_many
from evidence_audit.sweep.dask import DaskExecutor

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


class KillOnXlsx(WorkerPlugin):
    """Makes every worker die (as a parser aborting in native code would) on an xlsx."""

    def setup(self, worker: object) -> None:
        from evidence_audit.judge import analyze as on_worker

        real = on_worker._extract

        def patched(stream, ident, size, limits):  # type: ignore[no-untyped-def]
            if ident.format == "xlsx":
                os._exit(134)  # the worker process ends at once, like SIGABRT
            return real(stream, ident, size, limits)

        on_worker._extract = patched  # type: ignore[assignment]


cloudpickle.register_pickle_by_value(__import__(__name__))


def _cluster() -> LocalCluster:
    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",  # this machine only
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
    )


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    # one retry (the default is 3) keeps the test short; the path is the same
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        _cluster() as made,
    ):
        yield made


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    for i in range(6):
        make_docx(root / "青溪县" / f"纪要{i}.docx", MINUTES)
    make_xlsx(root / "青溪县" / "毒表.xlsx", [["a", "b"], [1, 2]])
    make_xlsx(root / "石岭县" / "表.xlsx", [["a", "b"], [1, 2]])
    return root


def test_the_cluster_gives_the_local_report(cluster: LocalCluster, archive: Path) -> None:
    local = audit(archive, jobs=2)
    with Client(cluster) as client:
        done: list[int] = []
        combined = audit_many(
            [archive], scheduler=client.scheduler.address,
            progress=lambda i, a, n, total, p: done.append(n),
        )  # fmt: skip
    assert combined.reports[0].to_json() == local.to_json()
    assert sorted(done) == list(range(1, 9))


def test_a_file_that_kills_its_worker(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the local pool's workers are forked: they inherit the same fault
    assert multiprocessing.get_start_method() == "fork"
    real = analyze._extract

    def patched(stream, ident, size, limits):  # type: ignore[no-untyped-def]
        if ident.format == "xlsx":
            os._exit(134)
        return real(stream, ident, size, limits)

    monkeypatch.setattr(analyze, "_extract", patched)
    local = audit(archive, jobs=2)
    assert [p.code for p in local.file("青溪县/毒表.xlsx").problems] == ["unreadable"]
    cache = tmp_path / "cache"
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        _cluster() as faulty,
        Client(faulty) as client,
    ):
        client.register_plugin(KillOnXlsx(), name="kill-on-xlsx")
        combined = audit_many([archive], scheduler=client, cache=cache)
    report = combined.reports[0]
    if report.to_json() != local.to_json():
        (tmp_path / "a.json").write_text(report.to_json())
        (tmp_path / "b.json").write_text(local.to_json())
    assert report.to_json() == local.to_json(), tmp_path
    assert "读取程序崩溃" in report.file("青溪县/毒表.xlsx").problems[0].message
    assert [report.file(f"青溪县/纪要{i}.docx").kind for i in range(6)] == ["minutes"] * 6
    # the results reached this machine's cache: a local re-sweep reads nothing
    read: list[str] = []
    again = audit(archive, cache=cache, progress=lambda n, total, path: read.append(path))
    assert read == [] and again.to_json() == local.to_json()


def test_workers_that_mount_the_archive_elsewhere(
    cluster: LocalCluster, archive: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "mnt" / "share"
    elsewhere.parent.mkdir()
    elsewhere.symlink_to(archive, target_is_directory=True)
    executor = DaskExecutor("unused", path_map=[(str(archive), str(elsewhere))])
    inside = archive / "青溪县" / "纪要1.docx"
    assert executor.worker_path(str(inside)) == f"{elsewhere}/青溪县/纪要1.docx"
    assert executor.worker_path(str(tmp_path / "other")) == str(tmp_path / "other")
    local = audit(archive)
    with Client(cluster) as client:
        combined = audit_many(
            [archive], scheduler=client.scheduler.address,
            path_map=[(str(archive), str(elsewhere))],
        )  # fmt: skip
    assert combined.reports[0].to_json() == local.to_json()


def test_no_cluster_at_the_address_is_a_usage_error(archive: Path) -> None:
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "2s"}),
        pytest.raises(evidence_audit.EvidenceAuditError, match="无法连接 Dask 调度器"),
    ):
        audit_many([archive], scheduler="tcp://127.0.0.1:9")
