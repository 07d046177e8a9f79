"""The inspection's problem list tracked to closure (--problems)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import jsonschema
import pytest
from builders import make_docx, make_jpeg, make_xlsx

from evidence_audit import audit, load_ruleset
from evidence_audit.cli import run
from evidence_audit.judge.rectification import ProblemListError, load_problem_list
from evidence_audit.rules.ruleset import _schemas_dir

AS_OF = dt.date(2019, 12, 5)
HEADER = ["序号", "责任单位", "问题描述", "整改措施", "整改时限", "责任人"]


def _report_lines(*lines: str) -> list[str]:
    return [
        "青溪县人民政府办公室",
        "关于省考核反馈问题整改情况的报告",
        "州协作办：",
        "现将省考核组反馈问题整改情况报告如下。",
        *lines,
        "青溪县人民政府办公室",
        "2019年11月28日",
    ]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    make_docx(root / "01青溪县" / "整改" / "整改情况报告.docx", _report_lines(
        "一、问题1：对接函件缺失，与济南市对口区往来函件未归档。",
        "整改情况：已补充归档2019年对接函件3份，该问题已整改到位。",
        "二、问题2：扶贫车间台账数据不完整。",
        "整改情况：正在逐户核实，预计12月底前完成。",
    ))  # fmt: skip
    make_jpeg(root / "石岭县" / "a.jpg", taken="2019:05:01 10:00:00")
    return root


@pytest.fixture
def problem_list(tmp_path: Path) -> Path:
    return make_xlsx(tmp_path / "问题清单.xlsx", [
        ["2019年省考核反馈问题整改清单"],
        [None],
        HEADER,
        [1, "青溪县", "对接函件缺失，与济南市对口区往来函件未归档", "补齐函件", "2019年12月20日", "张三"],
        [2, "青溪县", "扶贫车间台账数据不完整", "核实数据", "2019-12-31", "李四"],
        [3, "青溪县", "贫困村创业致富带头人培养台账缺失", "建立台账", "2019-11-30", "王五"],
    ])  # fmt: skip


def _statuses(report: object) -> list[tuple[str, str, str, str]]:
    return [
        (r.problem.id, r.unit, r.status, r.progress)
        for r in report.rectification  # type: ignore[attr-defined]
    ]


def test_closed_open_and_overdue(archive: Path, problem_list: Path) -> None:
    report = audit(archive, problems=problem_list, as_of=AS_OF)
    assert _statuses(report) == [
        ("1", "01青溪县", "closed", "done"),
        ("2", "01青溪县", "open", "in_progress"),
        ("3", "01青溪县", "overdue", "none"),
    ]
    closed, going, late = report.rectification
    assert closed.files == ("01青溪县/整改/整改情况报告.docx",)
    assert "该问题已整改到位" in closed.evidence and "问题1" in closed.evidence
    assert "正在逐户核实" in going.evidence
    assert late.files == () and "未在本单位文件夹中找到" in late.evidence
    assert [r.deadline for r in report.rectification] == [
        dt.date(2019, 12, 20), dt.date(2019, 12, 31), dt.date(2019, 11, 30),
    ]  # fmt: skip
    assert closed.problem.owner == "张三" and closed.problem.measure == "补齐函件"


def test_json_contract(archive: Path, problem_list: Path) -> None:
    data = audit(archive, problems=problem_list, as_of=AS_OF).to_dict()
    schema = json.loads((_schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    first = data["rectification"][0]
    assert {k: first[k] for k in ("id", "unit", "problem", "deadline", "status", "files")} == {
        "id": "1",
        "unit": "01青溪县",
        "problem": "对接函件缺失，与济南市对口区往来函件未归档",
        "deadline": "2019-12-20",
        "status": "closed",
        "files": ["01青溪县/整改/整改情况报告.docx"],
    }
    assert data["rectification"][2]["days_left"] == -5
    assert (data["summary"]["problems_open"], data["summary"]["problems_overdue"]) == (2, 1)
    assert data["as_of"] == "2019-12-05"


def test_gbk_csv_with_chinese_numerals_and_month_day_deadlines(
    archive: Path, tmp_path: Path
) -> None:
    make_docx(archive / "01青溪县" / "整改" / "第二批整改情况.docx", _report_lines(
        "问题三：贫困村创业致富带头人培养台账缺失。",
        "已建立带头人培养台账，已整改。",
    ))  # fmt: skip
    csv = tmp_path / "问题.csv"
    csv.write_bytes(
        "序号,单位,问题,整改时限\n"
        "三,青溪县,贫困村创业致富带头人培养台账缺失,12月20日前\n"
        "四,青溪县,资料归档不规范,立行立改\n".encode("gbk")
    )
    report = audit(archive, problems=csv, as_of=dt.date(2019, 12, 25))
    assert _statuses(report) == [
        ("三", "01青溪县", "closed", "done"),
        ("四", "01青溪县", "overdue", "none"),
    ]
    # "12月20日前" is in the assessment year; "立行立改" has no date: the ruleset's deadline
    assert [r.deadline for r in report.rectification] == [dt.date(2019, 12, 20)] * 2
    assert report.rectification[1].problem.deadline_text == "立行立改"


def test_a_denial_or_a_demand_is_no_claim_of_done(archive: Path, tmp_path: Path) -> None:
    make_docx(archive / "01青溪县" / "整改" / "整改推进情况.docx", _report_lines(
        "问题5：培训台账缺少参训人数。目前尚未整改到位。",
        "问题6：公益性岗位台账身份证号错误。要求各乡镇确保12月20日前整改到位。",
    ))  # fmt: skip
    csv = tmp_path / "p.csv"
    csv.write_text(
        "序号,单位,问题\n5,青溪县,培训台账缺少参训人数\n6,青溪县,公益性岗位台账身份证号错误\n",
        encoding="utf-8",
    )
    report = audit(archive, problems=csv, as_of=AS_OF)
    assert _statuses(report) == [
        ("5", "01青溪县", "open", "in_progress"),
        ("6", "01青溪县", "open", "none"),
    ]


def test_rectification_ledger_rows(archive: Path, tmp_path: Path) -> None:
    make_xlsx(archive / "01青溪县" / "问题整改台账.xlsx", [
        ["青溪县省考核反馈问题整改台账"],
        ["序号", "存在问题", "整改措施", "整改时限", "整改情况"],
        [1, "劳务协作台账未区分省内省外就业", "重新分类登记", "2019-12-10", "已完成"],
        [2, "带动贫困人口花名册身份证号校验错误", "逐人核对", "2019-12-10", "正在核对"],
    ])  # fmt: skip
    csv = tmp_path / "p.csv"
    csv.write_text(
        "序号,责任单位,问题描述\n"
        "7,青溪县,劳务协作台账未区分省内省外就业\n"
        "8,青溪县,带动贫困人口花名册身份证号校验错误\n",
        encoding="utf-8",
    )
    report = audit(archive, problems=csv, as_of=AS_OF)
    assert report.file("01青溪县/问题整改台账.xlsx").kind == "ledger.rectification"
    assert _statuses(report) == [
        ("7", "01青溪县", "closed", "done"),
        ("8", "01青溪县", "open", "in_progress"),
    ]
    assert "第3行" in report.rectification[0].evidence
    assert report.rectification[0].evidence.endswith("—— 已完成”")


def test_wording_in_any_document_counts_but_a_bare_number_only_in_rectification_files(
    archive: Path, tmp_path: Path
) -> None:
    make_docx(archive / "01青溪县" / "2019年工作总结.docx", [
        "青溪县2019年东西部扶贫协作工作总结",
        "针对省考核指出的“挂职干部管理制度不健全”问题，已制定管理办法，已整改。",
        "问题10已整改到位。",
    ])  # fmt: skip
    csv = tmp_path / "p.csv"
    csv.write_text(
        "序号,单位,问题\n9,青溪县,挂职干部管理制度不健全\n10,青溪县,宣传报道不够\n",
        encoding="utf-8",
    )
    report = audit(archive, problems=csv, as_of=AS_OF)
    assert report.file("01青溪县/2019年工作总结.docx").kind != "rectification"
    assert _statuses(report) == [
        ("9", "01青溪县", "closed", "done"),
        ("10", "01青溪县", "open", "none"),
    ]


def test_a_claim_the_audit_contradicts_keeps_the_problem_open(
    archive: Path, tmp_path: Path
) -> None:
    make_docx(archive / "石岭县" / "整改报告.docx", _report_lines(
        "问题1：缺少与对口区的对接函件。整改情况：已整改到位。",
    ))  # fmt: skip
    make_docx(archive / "石岭县" / "关于商请开展对口协作的函.docx", [
        "石岭县人民政府", "关于商请开展2019年东西部扶贫协作对接工作的函",
        "济南市历城区人民政府：", "为深化对口协作，特致函商请。", "石岭县人民政府",
        "2019年4月2日",
    ])  # fmt: skip
    csv = tmp_path / "p.csv"
    csv.write_text(
        "序号,单位,问题,事项\n"
        "1,石岭县,缺少与对口区的对接函件,org.liaison_letters\n"
        "2,石岭县,缺少扶贫协作活动方案,活动方案\n"
        "3,青溪县,缺少新闻报道,新闻报道\n",
        encoding="utf-8",
    )
    make_docx(archive / "01青溪县" / "整改" / "整改情况报告.docx", _report_lines(
        "问题3：缺少新闻报道。整改情况：已整改到位。",
    ))  # fmt: skip
    report = audit(archive, problems=csv, as_of=AS_OF)
    assert report.unit("石岭县").item("org.liaison_letters").status == "present"
    assert _statuses(report) == [
        ("1", "石岭县", "closed", "done"),
        ("2", "石岭县", "open", "none"),
        ("3", "01青溪县", "open", "contradicted"),
    ]
    assert "事项“活动方案”按文件检查仍为“缺失”" in report.rectification[1].evidence
    contradicted = report.rectification[2].evidence
    assert "已整改到位" in contradicted and "但事项“新闻报道”按文件检查仍为“缺失”" in contradicted


def test_unknown_unit_is_open_and_says_why(archive: Path, tmp_path: Path) -> None:
    csv = tmp_path / "p.csv"
    csv.write_text("单位,问题\n金竹县,资料不完善\n", encoding="utf-8")
    (only,) = audit(archive, problems=csv, as_of=AS_OF).rectification
    assert (only.problem.id, only.unit, only.unit_found, only.status) == (
        "1", "金竹县", False, "open",
    )  # fmt: skip
    assert only.evidence == "档案中没有“金竹县”的文件夹，无法查找整改材料"


def test_bad_problem_lists_are_refused_with_the_reason(tmp_path: Path) -> None:
    rules = load_ruleset()
    no_unit = tmp_path / "a.csv"
    no_unit.write_text("序号,问题\n1,资料不完善\n", encoding="utf-8")
    with pytest.raises(ProblemListError, match="缺少列：责任单位"):
        load_problem_list(no_unit, rules)
    blank = tmp_path / "b.csv"
    blank.write_text("序号,单位,问题\n1,青溪县,\n2,,资料不完善\n", encoding="utf-8")
    with pytest.raises(ProblemListError) as caught:
        load_problem_list(blank, rules)
    assert "第 2 行：缺少问题" in str(caught.value) and "第 3 行：缺少单位" in str(caught.value)
    with pytest.raises(ProblemListError, match="无法读取问题清单"):
        load_problem_list(tmp_path / "none.xlsx", rules)


def test_command_line_shows_the_problem_list_first(
    archive: Path, problem_list: Path, tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = run([str(archive), "--problems", str(problem_list), "--as-of", "2019-12-05"], out, err)
    text = out.getvalue()
    assert (code, err.getvalue()) == (1, "")
    lines = text.splitlines()
    start = lines.index(
        "【问题清单整改情况】共 3 个问题：已整改 1，未整改 1，逾期未整改 1（截至 2019-12-05）"
    )
    assert start < lines.index("【负面清单与跨单位检查】")
    assert lines[start + 1 : start + 3] == [
        "  01青溪县：3 个问题，已整改 1 个",
        "    [逾期未整改] 3. 贫困村创业致富带头人培养台账缺失（时限 2019-11-30，已逾期 5 天；责任人 王五）",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("序号,问题\n1,x\n", encoding="utf-8")
    code = run([str(archive), "--problems", str(bad)], io.StringIO(), err := io.StringIO())
    assert code == 2 and "缺少列：责任单位" in err.getvalue()


def test_due_dates_and_days_left_in_every_item(archive: Path) -> None:
    report = audit(archive, as_of=AS_OF)
    data = report.to_dict()
    items = {i["item"]: i for u in data["units"] if u["unit"] == "石岭县" for i in u["items"]}
    letters, plan = items["org.liaison_letters"], items["plan2020.project_list"]
    assert (letters["due"], letters["days_left"], letters["overdue"]) == ("2019-12-20", 15, False)
    assert (plan["due"], plan["days_left"], plan["overdue"]) == ("2019-12-10", 5, False)
    late = audit(archive, as_of=dt.date(2019, 12, 11)).to_dict()
    plan = next(
        i for u in late["units"] if u["unit"] == "石岭县" for i in u["items"]
        if i["item"] == "plan2020.project_list"
    )  # fmt: skip
    assert (plan["days_left"], plan["overdue"]) == (-1, True)
    assert late["summary"]["overdue"] == 2  # the 2020 project lists of both counties


def test_a_sweep_of_some_units_speaks_only_of_their_problems(archive: Path) -> None:
    from evidence_audit.models import InspectionProblem

    problems = [
        InspectionProblem("1", "青溪县", "对接函件缺失，与济南市对口区往来函件未归档"),
        InspectionProblem("2", "石岭县", "资料不完善"),
        InspectionProblem("3", "石岭县", "照片不全"),
    ]
    report = audit(archive, units=["石岭县"], problems=problems, as_of=AS_OF)
    assert _statuses(report) == [("2", "石岭县", "open", "none"), ("3", "石岭县", "open", "none")]
    everything = audit(archive, problems=problems, as_of=AS_OF)
    assert [r.status for r in everything.rectification] == ["closed", "open", "open"]
