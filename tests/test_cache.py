"""The cache never stops a sweep and never keeps anything personal in clear: a folder that
cannot hold it is a usage error said before the sweep; a damaged database is set aside
and rebuilt; a full disk turns it off and the sweep finishes; the database is its
owner's only; it holds no clear ID, mobile number or file name."""

from __future__ import annotations

import io
import json
import os
import pickle
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from builders import citizen_id, make_docx, make_xlsx

from evidence_audit import audit, pipeline
from evidence_audit.cli import run
from evidence_audit.rules.ruleset import load_ruleset

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]
ID_A = citizen_id("43312219900101123")
ID_B = citizen_id("43312619850612004")
MOBILE = "13812345678"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _roster(path: Path, ids: list[str]) -> None:
    rows = [["序号", "姓名", "身份证号", "联系电话", "村", "帮扶措施"]]
    rows += [[i + 1, f"张{i}", x, MOBILE, "石门村", "产业"] for i, x in enumerate(ids)]
    make_xlsx(path, rows, sheet=f"花名册{ID_B}")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    make_docx(
        root / "青溪县" / f"sfz{ID_A}附件甲.docx", [*MINUTES, f"联系人身份证{ID_A}，手机{MOBILE}"]
    )
    _roster(root / "青溪县" / "带动贫困人口花名册.xlsx", [ID_A, ID_B])
    return root


def _no_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the archive was read before the cache location was checked")

    monkeypatch.setattr(pipeline, "scan_archive", refuse)


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


# --- 3. no cache problem stops a sweep --------------------------------------------------


def test_a_bad_cache_location_is_a_usage_error_said_before_the_sweep(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_sweep(monkeypatch)
    a_file = tmp_path / "a_file"
    a_file.write_text("x", encoding="utf-8")
    assert _run(str(archive), "--cache", str(a_file)) == (
        2, "", f"错误：缓存路径不是文件夹：{a_file}\n"
    )  # fmt: skip
    assert _run(str(archive), "--cache", str(a_file / "sub")) == (
        2, "", f"错误：无法创建缓存目录：{a_file / 'sub'}\n"
    )  # fmt: skip
    (tmp_path / "c" / "records.sqlite").mkdir(parents=True)
    assert _run(str(archive), "--cache", str(tmp_path / "c")) == (
        2, "", f"错误：缓存文件不是普通文件：{tmp_path / 'c' / 'records.sqlite'}\n"
    )  # fmt: skip
    monkeypatch.setattr(os, "access", lambda *a, **k: False)  # not writable (root is exempt)
    (tmp_path / "ro").mkdir()
    assert _run(str(archive), "--cache", str(tmp_path / "ro")) == (
        2, "", f"错误：没有写入缓存目录的权限：{tmp_path / 'ro'}\n"
    )  # fmt: skip
    assert not (tmp_path / "ro" / "records.sqlite").exists()


@pytest.mark.parametrize("damage", ["random bytes", "torn page"])
def test_a_damaged_cache_is_set_aside_and_rebuilt(
    archive: Path, tmp_path: Path, damage: str
) -> None:
    cache = tmp_path / "cache"
    code, first, _ = _run(str(archive), "--cache", str(cache))
    assert code == 1
    database = cache / "records.sqlite"
    if damage == "random bytes":
        database.write_bytes(os.urandom(8192))
    else:  # a page in the middle overwritten (a crash, a bad sector)
        data = bytearray(database.read_bytes())
        data[4096:8192] = os.urandom(4096)
        database.write_bytes(bytes(data))
    code, second, err = _run(str(archive), "--cache", str(cache))
    assert (code, second) == (1, first)
    aside = sorted(p.name for p in cache.iterdir() if p.name.startswith("records.sqlite.damaged-"))
    assert len(aside) == 1
    assert err.startswith("警告：缓存文件已损坏（")
    assert err.endswith(f"已移到 {cache / aside[0]} 并重建缓存；本次检查将重新读取所有文件\n")
    assert err.count("\n") == 1
    # the rebuilt cache works: the next sweep reads nothing
    code, third, err = _run(str(archive), "--cache", str(cache))
    assert (code, third, err) == (1, first, "")


def test_a_full_disk_mid_sweep_turns_the_cache_off_and_the_sweep_finishes(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(20):
        make_docx(archive / "青溪县" / f"纪要{i}.docx", MINUTES)
    code, without, _ = _run(str(archive))
    real_connect = sqlite3.connect

    def small_disk(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        db.execute("PRAGMA max_page_count = 5")  # room for the tables, not for records
        return db

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    code, out, err = _run(str(archive), "--cache", str(tmp_path / "cache"))
    assert (code, out) == (1, without)
    assert err == "警告：写入缓存失败（database or disk is full），本次检查不再使用缓存，检查继续\n"


def test_a_really_full_file_system_under_the_cache(archive: Path, tmp_path: Path) -> None:
    for i in range(40):
        make_docx(archive / "青溪县" / f"纪要{i}.docx", MINUTES)
    small = tmp_path / "small"
    small.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(small)], check=False
        ).returncode
    ):
        pytest.skip(
            "mounting a tmpfs needs root and CAP_SYS_ADMIN (a full disk is simulated above)"
        )
    try:
        code, out, err = _run(str(archive), "--cache", str(small / "cache"))
        assert code == 1 and "【青溪县】" in out
        assert (
            err
            == "警告：写入缓存失败（database or disk is full），本次检查不再使用缓存，检查继续\n"
        )
    finally:
        subprocess.run(["umount", "--lazy", str(small)], check=True)


def test_the_cache_is_its_owners_only(archive: Path, tmp_path: Path) -> None:
    cache = tmp_path / "new" / "cache"
    audit(archive, cache=cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE((cache / "records.sqlite").stat().st_mode) == 0o600
    # an existing cache file readable by others (an older version's) is closed up
    os.chmod(cache / "records.sqlite", 0o644)
    audit(archive, cache=cache)
    assert stat.S_IMODE((cache / "records.sqlite").stat().st_mode) == 0o600


# --- 9. nothing personal in clear -------------------------------------------------------


def test_the_cache_holds_no_clear_id_mobile_or_name(archive: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = audit(archive, cache=cache)
    data = _all_bytes(cache)
    for clear in (ID_A, ID_B, MOBILE, "sfz"):
        assert clear.encode() not in data, clear
        assert clear.encode("utf-16-le") not in data, clear
    assert "附件甲".encode() not in data  # no file name: only what the checks need
    # and the audit from the cache is the same audit
    second = audit(archive, cache=cache)
    assert second.to_json() == first.to_json()
    roster = first.unit("青溪县")
    assert roster.item("industry.beneficiary_roster").status == "present"


def test_an_old_cache_with_clear_data_is_purged(archive: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    old = sqlite3.connect(cache / "records.sqlite")
    old.execute("CREATE TABLE records (key TEXT PRIMARY KEY, path TEXT, value BLOB)")
    old.execute(
        "INSERT INTO records VALUES ('k', ?, ?)",
        (f"青溪县/sfz{ID_A}.docx", pickle.dumps({"cell": ID_B, "mobile": MOBILE})),
    )
    old.commit()
    old.close()
    assert ID_B.encode() in (cache / "records.sqlite").read_bytes()
    audit(archive, cache=cache)
    data = _all_bytes(cache)
    for clear in (ID_A, ID_B, MOBILE):
        assert clear.encode() not in data, clear


def test_duplicate_people_keyed_by_the_caches_secret(archive: Path, tmp_path: Path) -> None:
    """Keys come from a secret of the cache (never from the public ruleset id), and a person
    cached in one sweep is still found again in a unit read afresh in the next."""
    from evidence_audit.sweep.cache import RecordCache
    from evidence_audit.text.identity import id_key

    cache = tmp_path / "cache"
    audit(archive, cache=cache)
    rules = load_ruleset()
    with RecordCache(cache, rules, pipeline.DEFAULT_LIMITS) as store:
        secret = store.secret
    _roster(archive / "石岭县" / "带动贫困人口花名册.xlsx", [ID_A])
    report = audit(archive, cache=cache)  # 青溪县 from the cache, 石岭县 read afresh
    cells = [
        row[2]
        for f in report.files
        if f.kind == "ledger.roster"
        for row in f.extraction.tables[0].rows
    ]
    assert ID_A not in cells and ID_B not in cells
    assert {id_key(c) for c in cells} == {id_key(ID_A, secret), id_key(ID_B, secret)}
    assert id_key(ID_A, rules.id.encode()) not in {id_key(c) for c in cells}
    check = next(c for c in report.checks if c.check == "cross.duplicate_people")
    assert check.status == "fail"
    assert [p.message for p in check.problems] == [
        f"身份证号 {ID_A[:6]}********{ID_A[-4:]} 在 2 个单位重复统计："
        "石岭县/带动贫困人口花名册.xlsx 第2行；青溪县/带动贫困人口花名册.xlsx 第2行"
    ]
    # another cache, another secret
    other = tmp_path / "other"
    audit(archive, cache=other)
    with RecordCache(other, rules, pipeline.DEFAULT_LIMITS) as store:
        assert store.secret != secret
    assert json.loads(report.to_json())["checks"]
