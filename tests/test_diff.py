"""What changed since the last sweep (diff), and the history's burn-down (progress)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from builders import make_docx, make_jpeg, make_xlsx

from evidence_audit.cli import run
from evidence_audit.report.diff import DiffError, compare_reports, load_report
from evidence_audit.rules.ruleset import _schemas_dir


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _letter(path: Path, unit: str = "青溪县") -> Path:
    return make_docx(path, [
        f"{unit}人民政府", "关于商请开展2019年东西部扶贫协作对接工作的函",
        "济南市历城区人民政府：", "为深化对口协作，特致函商请。", f"{unit}人民政府",
        "2019年4月2日",
    ])  # fmt: skip


def _plan(path: Path) -> Path:
    return make_xlsx(path, [
        ["2020年东西部扶贫协作项目计划清单"],
        ["序号", "项目名称", "计划资金（万元）", "实施地点"],
        [1, "茶叶加工厂", 300, "青溪县城关镇"],
    ])  # fmt: skip


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A copy of an archive, as the office sweeps it before and after a round of work."""
    root = tmp_path / "archive"
    _letter(root / "青溪县" / "对接函.docx")
    make_jpeg(root / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    _letter(root / "石岭县" / "函.docx", "石岭县")
    return root


def _sweep(archive: Path, out: Path, *extra: str) -> Path:
    code, _, err = _run(str(archive), "--json", str(out), "-q", *extra)
    assert code == 1 and err == ""
    return out


def test_supplied_item_is_fixed_and_deleted_files_regressed(archive: Path, tmp_path: Path) -> None:
    old = _sweep(archive, tmp_path / "old.json", "--as-of", "2019-12-01")
    _plan(archive / "石岭县" / "2020年项目计划清单.xlsx")  # a missing item supplied
    (archive / "青溪县" / "对接函.docx").unlink()  # a present item's only file deleted
    new = _sweep(archive, tmp_path / "new.json", "--as-of", "2019-12-05")
    code, out, err = _run("diff", str(old), str(new), "--json", str(tmp_path / "d.json"))
    assert (code, err) == (1, "")  # something got worse
    lines = out.splitlines()
    regressed = lines.index("【退步】（原来齐全或通过，现在不是：文件被删除或替换？）")
    fixed = lines.index("【已解决】")
    assert regressed < fixed  # the console leads with regressions
    assert lines[regressed + 1] == "  [青溪县] 对接函件：齐全 → 缺失"
    assert lines[fixed + 1] == "  [石岭县] 2020年项目计划清单：缺失 → 齐全"
    assert "  + 石岭县/2020年项目计划清单.xlsx（项目计划清单（2020））" in lines
    assert "  - 青溪县/对接函.docx（原为函 / 对接函件）" in lines

    document = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    schema = json.loads((_schemas_dir() / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    changes = {
        (c["unit"], c["item"]): (c["before"], c["after"], c["change"]) for c in document["items"]
    }
    assert changes[("青溪县", "org.liaison_letters")] == ("present", "missing", "regressed")
    assert changes[("石岭县", "plan2020.project_list")] == ("missing", "present", "fixed")
    assert changes[("石岭县", "org.activity_plans")] == ("missing", "missing", "still_failing")
    assert ("石岭县", "org.liaison_letters") not in changes  # complete both times
    assert (document["summary"]["regressed"], document["summary"]["fixed"]) == (1, 1)
    assert document["files"] == [
        {"path": "石岭县/2020年项目计划清单.xlsx", "unit": "石岭县", "change": "added",
         "before_kind": None, "after_kind": "项目计划清单（2020）"},
        {"path": "青溪县/对接函.docx", "unit": "青溪县", "change": "removed",
         "before_kind": "函 / 对接函件", "after_kind": None},
    ]  # fmt: skip
    assert (document["before"]["as_of"], document["after"]["as_of"]) == ("2019-12-01", "2019-12-05")


def test_replaced_file_and_new_unit(archive: Path, tmp_path: Path) -> None:
    old = load_report(_sweep(archive, tmp_path / "old.json"))
    make_docx(archive / "青溪县" / "对接函.docx", ["随便写的内容"])  # replaced by something else
    _letter(archive / "金竹县" / "函.docx", "金竹县")  # a unit swept for the first time
    new = load_report(_sweep(archive, tmp_path / "new.json"))
    diff = compare_reports(old, new)
    by_key = {(i.unit, i.item): i for i in diff.items}
    assert by_key[("青溪县", "org.liaison_letters")].change == "regressed"
    assert by_key[("金竹县", "org.activity_plans")].change == "new_problem"
    assert ("金竹县", "org.liaison_letters") not in by_key
    (changed,) = [f for f in diff.files if f.change == "changed"]
    assert (changed.path, changed.before_kind, changed.after_kind) == (
        "青溪县/对接函.docx",
        "函 / 对接函件",
        "未识别",
    )  # fmt: skip  (its name alone no longer makes it a letter)


def test_different_rulesets_or_archives_are_refused(archive: Path, tmp_path: Path) -> None:
    report = load_report(_sweep(archive, tmp_path / "r.json"))
    other_rules = {**report, "ruleset": {**report["ruleset"], "id": "party-building-2020"}}
    with pytest.raises(DiffError, match="规则集不同（east-west-2019 与 party-building-2020）"):
        compare_reports(report, other_rules)
    moved = {**report, "archive": "/mnt/share/另一个档案"}
    (tmp_path / "moved.json").write_text(json.dumps(moved, ensure_ascii=False), encoding="utf-8")
    code, out, err = _run("diff", str(tmp_path / "r.json"), str(tmp_path / "moved.json"))
    assert (code, out) == (2, "")
    assert "不是同一个档案" in err and "--any-archive" in err
    code, out, _ = _run(
        "diff", str(tmp_path / "r.json"), str(tmp_path / "moved.json"), "--any-archive"
    )
    assert code == 0 and "结论：没有退步；仍有未解决的事项。" in out
    # the same archive under another drive letter or mount point is the same archive
    assert compare_reports(report, {**report, "archive": "Z:\\迎检\\archive"}).items
    (tmp_path / "not.json").write_text('{"a": 1}', encoding="utf-8")
    code, _, err = _run("diff", str(tmp_path / "r.json"), str(tmp_path / "not.json"))
    assert code == 2 and "不是 evidence-audit 的报告" in err


def test_diff_workbook(archive: Path, tmp_path: Path) -> None:
    old = _sweep(archive, tmp_path / "old.json")
    (archive / "青溪县" / "对接函.docx").unlink()
    new = _sweep(archive, tmp_path / "new.json")
    code, _, _ = _run("diff", str(old), str(new), "--xlsx", str(tmp_path / "d.xlsx"), "-q")
    assert code == 1
    book = openpyxl.load_workbook(tmp_path / "d.xlsx")
    assert book.sheetnames == ["事项变化", "跨单位检查", "文件变化", "说明"]
    rows = list(book["事项变化"].iter_rows(values_only=True))
    assert rows[1][:7] == (
        "退步",
        "青溪县",
        "org.liaison_letters",
        "对接函件",
        "required",
        "齐全",
        "缺失",
    )


def test_history_and_progress(archive: Path, tmp_path: Path) -> None:
    history = tmp_path / "history"
    _sweep(archive, tmp_path / "1.json", "--history", str(history), "--as-of", "2019-12-01")
    _plan(archive / "石岭县" / "2020年项目计划清单.xlsx")
    _letter(archive / "石岭县" / "活动方案.docx", "石岭县")  # a letter: no plan yet
    _sweep(archive, tmp_path / "2.json", "--history", str(history), "--as-of", "2019-12-05")
    saved = sorted(p.name for p in history.iterdir())
    assert len(saved) == 2 and saved[0].startswith("20191201-") and saved[1].startswith("20191205-")
    code, out, err = _run("progress", str(history), "--xlsx", str(tmp_path / "p.xlsx"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1].endswith("截止 2019-12-20（剩 15 天）")
    start = lines.index("不齐全的必备事项（项）：")
    assert lines[start + 1].split() == ["单位", "12-01", "12-05", "最近期限", "剩余"]
    assert lines[start + 2].split() == ["石岭县", "28", "27", "2019-12-20", "剩", "15", "天"]
    assert lines[start + 3].split() == ["青溪县", "28", "28", "2019-12-10", "剩", "5", "天"]
    assert lines[start + 4].split() == ["合计", "56", "55"]
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    sheet = book["整改进度"]
    assert [c.value for c in sheet[1]] == ["单位", "12-01", "12-05", "最近期限", "剩余天数"]
    assert len(sheet._charts) == 1


def test_history_inside_the_archive_is_refused(archive: Path) -> None:
    code, _, err = _run(str(archive), "--history", str(archive / "历史"))
    assert code == 2 and "--history" in err
    assert not (archive / "历史").exists()


def test_progress_leaves_out_reports_of_another_archive(archive: Path, tmp_path: Path) -> None:
    history = tmp_path / "history"
    _sweep(archive, tmp_path / "1.json", "--history", str(history), "--as-of", "2019-12-01")
    other = tmp_path / "other"
    shutil.copytree(archive, other)
    _sweep(other, tmp_path / "2.json", "--as-of", "2019-11-01")
    shutil.copy(tmp_path / "2.json", history / "20191101-090000.json")
    _, out, _ = _run("progress", str(history))
    assert f"未计入：20191101-090000.json：档案为 {other}，与最新报告不同" in out
