"""The real-document bench scores what it says: strict, lenient, and false assurance apart."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import ModuleType

import pytest
from scripts import load_script

BENCH = Path(__file__).resolve().parent.parent / "bench" / "real_documents.py"
MANIFEST = BENCH.parent / "corpus" / "manifest.csv"

MINUTES = """会议纪要

时间：2024年3月1日上午9:00
地点：县政府三楼会议室
主持人：县长
参会人员：各乡镇负责同志、县直有关部门负责同志
记录人：办公室

会议听取了东西部协作工作进展情况汇报，研究部署下一阶段工作。会议议定如下：
一、各乡镇于3月15日前报送帮扶项目进度。
二、县协作办负责汇总台账，每月通报一次。
"""


def _bench() -> ModuleType:
    return load_script("bench/real_documents.py")


def _manifest(path: Path, rows: list[dict[str, str]]) -> None:
    with MANIFEST.open(encoding="utf-8", newline="") as f:
        columns = next(csv.reader(f))  # the real manifest's columns
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def test_a_paper_counted_for_a_kind_its_label_does_not_allow_is_false_assurance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    for rid in ("x1", "x2", "x3"):
        (corpus / rid).mkdir(parents=True)
    (corpus / "x1" / "纪要.txt").write_text(MINUTES, encoding="utf-8")
    (corpus / "x2" / "纪要.txt").write_text(MINUTES, encoding="utf-8")
    (corpus / "x3" / "备忘.txt").write_text("待办：买纸。", encoding="utf-8")
    rows = [
        # counted as minutes, labelled a plan: false assurance
        {"id": "x1", "kind": "plan", "title": "会议纪要", "date": "2024-03-01", "split": "t"},
        # counted as minutes, a kind its label allows: right (lenient)
        {"id": "x2", "kind": "plan", "also_ok": "minutes", "title": "会议纪要", "split": "t"},
        # a note the library claims nothing for, labelled minutes: a miss on the safe side
        {"id": "x3", "kind": "minutes", "split": "t"},
    ]
    for row in rows:
        row.setdefault("repository", "o/r")
        row.setdefault("path", row["id"])
    manifest = tmp_path / "manifest.csv"
    _manifest(manifest, rows)
    bench = _bench()

    assert bench.main([str(corpus), "--split", "t", "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out

    assert "kind (strict)   0/3 = 0.0%" in out
    assert "kind (lenient)  1/3 = 33.3%" in out
    assert "counted for a kind it is not (false assurance, marked kind!): 1 (x1)" in out
    assert "kind! x1 o/r:x1: labelled plan, got minutes" in out
    assert "kind  x3 o/r:x3: labelled minutes, got other" in out
    # x2's label has no date: the date it claims from its text is a miss
    assert "date  x2 o/r:x2: labelled none" in out


def _compare() -> ModuleType:
    return load_script("bench/compare_runs.py")


def test_two_runs_per_file_readings_are_compared_field_by_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "x1").mkdir(parents=True)
    (corpus / "x1" / "纪要.txt").write_text(MINUTES, encoding="utf-8")
    row = {"id": "x1", "kind": "minutes", "title": "会议纪要", "date": "2024-03-01", "split": "t"}
    row |= {"repository": "o/r", "path": "x1"}
    manifest = tmp_path / "manifest.csv"
    _manifest(manifest, [row])
    after = tmp_path / "after.json"
    args = [str(corpus), "--split", "all", "--manifest", str(manifest), "--per-file", str(after)]
    assert _bench().main(args) == 0
    reading = json.loads(after.read_text(encoding="utf-8"))["x1"]
    assert (reading["counted"], reading["date"]) == ("minutes", "2024-03-01")
    # the same file read as a plan, undated, by an imagined earlier run
    before = tmp_path / "before.json"
    earlier = reading | {"kind": "plan", "counted": "plan", "date": "", "text_date": False}
    before.write_text(json.dumps({"x1": earlier}), encoding="utf-8")
    capsys.readouterr()

    assert _compare().main([str(before), str(after), "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out

    assert "x1 [t] o/r:x1" in out
    assert "+ kind: plan " in out and "-> minutes " in out
    assert "+ date: none (" in out and "-> 2024-03-01 (" in out
    assert "1 files changed" in out
    assert "net (files right after minus before): kind +1, date +1, doc_number +0, title +0" in out


def test_a_numbers_small_form_brackets_are_its_brackets() -> None:
    # heldout280's r13497 was labelled 艺纪字﹝2025﹞94号 as printed; the library says 〔〕
    bench = _bench()
    row = {"doc_number": "艺纪字﹝2025﹞94号"}
    assert bench.right("doc_number", {"doc_number": "艺纪字〔2025〕94号"}, row)
    assert not bench.right("doc_number", {"doc_number": "艺纪字〔2025〕95号"}, row)
