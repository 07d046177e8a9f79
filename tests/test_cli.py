"""The command line, run in-process through cli.run with explicit streams."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from builders import make_docx, make_jpeg

from evidence_audit.cli import run


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    make_docx(root / "青溪县" / "附件1.docx", [
        "青溪县扶贫协作高层联席会议纪要", "2019年3月5日，县委书记张明主持召开会议。", "出席：张明",
    ])  # fmt: skip
    make_jpeg(root / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    return root


def test_audit_prints_a_chinese_summary_and_exits_1_when_items_fail(archive: Path) -> None:
    code, out, err = _run(str(archive))
    assert (code, err) == (1, "")
    assert "【青溪县】县（市、区）　必备事项 29 项：齐全 2，缺失 24，数量不足 1，有问题 2" in out
    assert "  [数量不足] 影像图片（需 3 份，合格 1 份）" in out
    assert "  [缺失] 对接函件（需 1 份，合格 0 份）" in out
    assert out.rstrip().endswith("结论：存在缺失或有问题的材料，请各单位对照上面的清单补齐。")


def test_json_report_is_written_and_valid(archive: Path, tmp_path: Path) -> None:
    import jsonschema

    from evidence_audit.rules.ruleset import _schemas_dir

    out_file = tmp_path / "r.json"
    code, out, _ = _run(str(archive), "--json", str(out_file), "--quiet")
    assert (code, out) == (1, "")
    report = json.loads(out_file.read_text(encoding="utf-8"))
    schema = json.loads((_schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["archive"] == str(archive)
    assert [f["path"] for f in report["files"]] == ["青溪县/a.jpg", "青溪县/附件1.docx"]


def test_report_inside_the_archive_is_refused(archive: Path) -> None:
    code, out, err = _run(str(archive), "--json", str(archive / "r.json"))
    assert (code, out) == (2, "")
    assert "报告不能写进档案目录" in err
    assert not (archive / "r.json").exists()


def test_unit_filter(archive: Path) -> None:
    make_docx(archive / "石岭县" / "x.docx", ["x"])
    _, out, _ = _run(str(archive), "--unit", "石岭县")
    assert "【石岭县】" in out and "【青溪县】" not in out
    code, _, err = _run(str(archive), "--unit", "不存在县")
    assert code == 2 and "档案中没有这些单位：不存在县" in err


def test_broken_ruleset_is_exit_2_with_json_paths(archive: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"ruleset_version": 1, "id": "x", "title": "t", "period": {"start": "2019"},'
                   ' "units": {}, "kinds": [], "areas": []}', encoding="utf-8")  # fmt: skip
    code, out, err = _run(str(archive), "--rules", str(bad))
    assert (code, out) == (2, "")
    assert err.splitlines()[0] == f"错误：规则文件无效：{bad}"
    assert "  - $.kinds: 至少需要 1 项" in err.splitlines()
    assert "Traceback" not in err
    code, out, err = _run("rules", "check", str(bad))
    assert code == 2 and "$.period: 缺少必填字段 'end'" in err


def test_rules_check_and_list() -> None:
    code, out, _ = _run("rules", "check", "east-west-2019")
    assert code == 0
    assert out.startswith(
        "规则集有效：east-west-2019（2019年东西部扶贫协作成效考核（迎国检资料）），27 种材料，34 个事项"
    )
    assert _run("rules", "list")[1].startswith("east-west-2019\t")


def test_explain_shows_signals(archive: Path) -> None:
    code, out, _ = _run("explain", str(archive / "青溪县" / "附件1.docx"))
    assert code == 0
    assert "标题：青溪县扶贫协作高层联席会议纪要" in out
    assert "识别结果：会议纪要（minutes）" in out
    assert "    · 标题以“纪要”结尾 (+8)" in out
    assert "日期：2019-03-05（来自会议日期）" in out
    # the document's parts, the title candidates and every date's role
    assert "文档结构：" in out
    assert "  主体：标题＝青溪县扶贫协作高层联席会议纪要（第 1 行）；正文＝" in out
    assert "标题候选：\n  ✓ 青溪县扶贫协作高层联席会议纪要（第 1 行，以文种“纪要”结尾）" in out
    assert "  → 2019年3月5日：会议日期；所在行：2019年3月5日，县委书记张明主持召开会议。" in out


def test_errors_are_one_line(tmp_path: Path) -> None:
    code, _, err = _run(str(tmp_path / "nowhere"))
    assert (code, err) == (2, f"错误：找不到档案目录：{tmp_path / 'nowhere'}\n")
    code, _, err = _run("explain", str(tmp_path / "nothing.docx"))
    assert code == 2 and err.count("\n") == 1
    code, _, err = _run(str(tmp_path), "--jobs", "many")
    assert code == 2 and "invalid int value" in err


def test_exit_0_when_everything_required_is_present(tmp_path: Path) -> None:
    # A ruleset with one item: the exit status follows the report.
    rules = tmp_path / "one.json"
    rules.write_text(json.dumps({
        "ruleset_version": 1, "id": "photos-only", "title": "只查照片",
        "period": {"start": "2019-01-01", "end": "2019-12-31"},
        "labels": {"required": "必备"},  # the ruleset's word, not the tool's
        "units": {"rules": [{"type": "county", "pattern": "县$"}]},
        "kinds": [{"id": "photo", "title": "照片", "formats": ["image"],
                   "signals": [{"type": "format", "values": ["image"], "weight": 4}]}],
        "areas": [{"id": "org", "title": "组织", "applies_to": [{"type": "county"}],
                   "items": [{"id": "org.photos", "title": "照片", "kinds": ["photo"], "min": 1}]}],
    }, ensure_ascii=False), encoding="utf-8")  # fmt: skip
    make_jpeg(tmp_path / "a" / "青溪县" / "p.jpg", taken="2019:05:01 10:00:00")
    code, out, _ = _run(str(tmp_path / "a"), "--rules", str(rules))
    assert code == 0
    assert "结论：所有必备事项齐全，跨单位检查全部通过。" in out


def test_python_dash_m_is_the_same_command(archive: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evidence_audit", "codes"], capture_output=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.decode("utf-8").splitlines()[0] == "empty_file\t文件为空（0 字节）"


def test_excel_report_for_office_staff(archive: Path, tmp_path: Path) -> None:
    import openpyxl

    out_file = tmp_path / "报告.xlsx"
    code, out, _ = _run(str(archive), "--xlsx", str(out_file))
    assert code == 1
    assert f"完整报告已写入：{out_file}" in out
    book = openpyxl.load_workbook(out_file)
    assert book.sheetnames == ["问题清单", "事项总表", "文件清单", "跨单位检查", "说明"]
    issues = book["问题清单"]
    header = [c.value for c in issues[1]]
    assert header[:9] == [
        "单位",
        "单位类型",
        "领域",
        "事项编号",
        "事项",
        "类别",
        "状态",
        "需要份数",
        "合格份数",
    ]
    rows = {r[3]: r for r in issues.iter_rows(min_row=2, values_only=True)}
    assert rows["org.photos"][:9] == (
        "青溪县",
        "县（市、区）",
        "组织领导",
        "org.photos",
        "影像图片",
        "必备",
        "数量不足",
        3,
        1,
    )
    assert issues.auto_filter.ref == issues.dimensions
    assert issues.freeze_panes == "A2"
    files = [r[0] for r in book["文件清单"].iter_rows(min_row=2, values_only=True)]
    assert files == ["青溪县/a.jpg", "青溪县/附件1.docx"]
    code, _, err = _run(str(archive), "--xlsx", str(archive / "r.xlsx"))
    assert code == 2 and "--xlsx" in err


def test_an_archive_with_no_recognisable_unit_never_passes(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, _ = _run(str(tmp_path / "empty"))
    assert code == 1
    assert out.rstrip().endswith(
        "结论：没有找到任何可识别的单位文件夹，未做任何检查。请确认档案目录是否正确。"
    )
    nested = tmp_path / "nested" / "2019年迎检资料"
    make_docx(nested / "青溪县" / "a.docx", ["x"])
    make_docx(nested / "石岭县" / "b.docx", ["x"])
    code, out, _ = _run(str(tmp_path / "nested"))
    assert code == 1
    assert "请把“2019年迎检资料”作为档案目录重新运行" in out


def test_explain_says_what_a_non_file_is(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "管道.docx")
    code, out, err = _run("explain", str(tmp_path / "管道.docx"))
    assert (code, out) == (2, "")
    assert err == f"错误：不是普通文件（命名管道 FIFO），未读取：{tmp_path / '管道.docx'}\n"
    code, _, err = _run("explain", str(tmp_path))
    assert code == 2 and err.startswith("错误：不是普通文件（文件夹），未读取")
    code, _, err = _run("explain", str(tmp_path / "nothing.docx"))
    assert (code, err) == (2, f"错误：找不到文件：{tmp_path / 'nothing.docx'}\n")
