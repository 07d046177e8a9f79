"""Memory of a sweep grows with its compact summaries only; outputs stream from the store."""

from __future__ import annotations

import gc
import pickle
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from builders import citizen_id, make_docx, make_jpeg, make_xlsx

from evidence_audit import audit, load_ruleset
from evidence_audit.files.scan import FileEntry, scan_archive
from evidence_audit.judge.cross import cross_view
from evidence_audit.judge.items import UnitTally
from evidence_audit.models import FileRecord
from evidence_audit.report import xlsx
from evidence_audit.sweep.run import analyze_groups
from evidence_audit.sweep.store import RecordStore, StoredFiles

RULES = load_ruleset(None)
#: Bytes kept in memory per file, at most. The summaries are what the report must say
#: anyway (an item's problems and counted files, a photo's fingerprints, a roster's ID
#: cells, sealed) plus the file's path: 2.3 KB a file on this archive, where one file in
#: seven is a 20-person roster and every document fails some item check, the densest mix
#: the sample archive has. 3 KB a file bounds a 100,000-file prefecture's summaries at
#: 300 MB in the worst case, and a typical one (photos and documents, few rosters) well
#: under it; what a sweep really costs is measured by bench/province.py.
BOUND = 3072


def _archive(root: Path, copies: int) -> Path:
    """A county's mix: minutes, photos, a fund ledger, a roster of 20 people."""
    for k in range(copies):
        unit = root / f"青溪{k}县"
        make_docx(unit / "纪要.docx", [
            f"青溪{k}县扶贫协作高层联席会议纪要", f"2019年3月{k % 27 + 1}日，县委书记张明主持召开会议。",
        ])  # fmt: skip
        make_docx(unit / "方案.docx", [f"青溪{k}县2019年东西部扶贫协作活动方案", "2019年4月1日"])
        for i in range(3):
            make_jpeg(unit / f"照片{i}.jpg", taken=f"2019:05:{i + 1:02d} 10:00:0{k % 10}")
        make_xlsx(unit / "资金台账.xlsx", [
            ["项目名称", "金额", "实施地点"],
            *[[f"项目{i}", 10 + i, f"某某镇{i}村"] for i in range(10)],
        ])  # fmt: skip
        make_xlsx(unit / "花名册.xlsx", [
            ["带动贫困人口花名册"], ["序号", "姓名", "身份证号", "所在村", "帮扶措施"],
            *[[i + 1, f"张{i}", citizen_id(f"433122{1980 + i}0101{i:03d}"), "长岭村", "务工"]
              for i in range(20)],
        ])  # fmt: skip
    return root


def _summaries(
    groups: list[list[FileRecord]], unit_types: dict[str, str]
) -> tuple[dict[str, UnitTally], list[FileRecord]]:
    """What the pipeline keeps of each record (pipeline._audit_scan)."""
    tallies = {u: UnitTally(u, t, RULES) for u, t in unit_types.items()}
    facts = []
    for index, group in enumerate(groups):
        for member, record in enumerate(group):
            tallies[record.unit].add(record, (index, member))
            fact = cross_view(record, unit_types, RULES)
            if fact is not None:
                facts.append(fact)
    return tallies, facts


def test_memory_per_file_of_the_summaries_is_bounded(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 12)
    scan = scan_archive(archive)
    unit_types = {u: RULES.unit_type(u) for u in scan.units}
    blob = pickle.dumps(analyze_groups(scan.files, RULES))  # fresh objects, owned by no one
    tracemalloc.start()
    try:
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        kept = _summaries(pickle.loads(blob), unit_types)  # the records die on the way
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    files = sum(t.files for t in kept[0].values())
    assert files == 12 * 7
    assert held / files < BOUND, f"{held / files:.0f} bytes a file"
    # and what was kept is enough: the audit reaches the same verdicts as ever
    report = audit(archive)
    assert report.unit("青溪0县").item("org.photos").status == "present"
    people = next(c for c in report.checks if c.check == "cross.duplicate_people")
    assert people.status == "fail"  # the same 20 people in the 12 counties' rosters


def test_the_report_reads_its_files_from_the_store(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 2)
    report = audit(archive, jobs=2)
    assert isinstance(report.files, StoredFiles)
    paths = [f.path for f in report.files]
    assert paths == sorted(paths) and len(report.files) == 14
    assert report.files[3].path == paths[3] and report.files[-1].path == paths[-1]
    # each read back whole from disk (sealed: no clear ID number)
    roster = report.file("青溪1县/花名册.xlsx")
    assert roster.kind == "ledger.roster" and len(roster.extraction.tables[0].rows) == 20
    assert roster.ledger is not None and roster.ledger.rows == 20
    # a report pickles as plain data
    again = pickle.loads(pickle.dumps(report))
    assert again.to_json() == report.to_json() and isinstance(again.files, tuple)


def test_the_listing_is_freed_before_the_units_are_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = _archive(tmp_path / "archive", 2)
    judge = UnitTally.judge
    alive: list[int] = []

    def counting(self: UnitTally, *args: object, **kwargs: object) -> object:
        gc.collect()
        alive.append(sum(isinstance(o, FileEntry) for o in gc.get_objects()))
        return judge(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(UnitTally, "judge", counting)
    report = audit(archive)
    assert alive == [0, 0]  # two units judged, no file of the listing left
    assert len(report.files) == 14


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("cached", [False, True])
def test_each_file_of_the_listing_is_let_go_once_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, cached: bool
) -> None:
    archive = _archive(tmp_path / "archive", 2)
    add = RecordStore.add
    alive: list[int] = []

    def counting(self: RecordStore, *args: object, **kwargs: object) -> None:
        gc.collect()
        alive.append(sum(isinstance(o, FileEntry) for o in gc.get_objects()))
        add(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RecordStore, "add", counting)
    cache = tmp_path / "cache" if cached else None
    audit(archive, jobs=jobs, cache=cache)
    if cached:  # the second sweep takes every file from the cache
        alive.clear()
        audit(archive, jobs=jobs, cache=cache)
    # as the k-th file read (from 0) is stored: the 13 - k not yet taken, and at most
    # the one the executor still has in hand
    assert len(alive) == 14
    assert all(13 - k <= n <= 14 - k for k, n in enumerate(alive)), alive


def test_a_file_list_longer_than_a_sheet_goes_on_in_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = _archive(tmp_path / "archive", 1)
    report = audit(archive)
    monkeypatch.setattr(xlsx, "SHEET_ROWS", 4)  # a header and 3 files a sheet
    out = tmp_path / "r.xlsx"
    xlsx.write_xlsx(report, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "问题清单", "事项总表", "文件清单", "文件清单（2）", "文件清单（3）", "跨单位检查", "说明",
    ]  # fmt: skip
    listed = [
        row[0]
        for name in ("文件清单", "文件清单（2）", "文件清单（3）")
        for row in book[name].iter_rows(min_row=2, values_only=True)
    ]
    assert listed == [f.path for f in report.files]
    assert [c.value for c in book["文件清单（2）"][1]][:2] == ["路径", "单位"]
    about = {row[0]: row[1] for row in book["说明"].iter_rows(values_only=True)}
    assert (
        about["文件清单"]
        == "文件超过一张工作表的行数上限（3 行），依次分在 文件清单、文件清单（2）、文件清单（3） 中"
    )
