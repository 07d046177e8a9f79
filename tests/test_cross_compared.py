"""A cross-unit check that could not compare never passes: the prefecture's summary
ledger (one row per county, a column per indicator) is its own kind, and every check says
what it compared; with nothing, or not everything, compared it is not_run."""

from __future__ import annotations

from pathlib import Path

from builders import make_docx, make_jpeg, make_xlsx

from evidence_audit import Report, audit

SUMMARY = [
    ["2019年云岭州东西部扶贫协作主要指标汇总表"],
    ["填报单位：州财政局"],
    ["序号", "县（市、区）", "东西部协作资金（万元）", "落地企业（个）", "带动贫困人口（人）", "转移就业（人）"],
    [1, "青溪县", 500, 3, 120, 80],
    [2, "石岭县", 300, 2, 90, 50],
    ["合计", None, 800, 5, 210, 130],
]  # fmt: skip
FUNDS = ["序号", "项目名称", "实施地点", "金额（万元）"]
ENTERPRISES = ["序号", "企业名称", "投资额（万元）", "带动贫困人口数"]


def _check(report: Report, check: str) -> tuple[str, list[tuple[str, str]], dict[str, object]]:
    c = next(c for c in report.checks if c.check == check)
    return c.status, [(p.code, p.message) for p in c.problems], dict(c.metrics)


def _funds(path: Path, amounts: list[float]) -> None:
    rows = [[i + 1, f"项目{i}", "石门镇长岭村", a] for i, a in enumerate(amounts)]
    make_xlsx(path, [FUNDS, *rows])


def test_the_summary_ledger_is_its_own_kind_and_its_figures_are_compared(tmp_path: Path) -> None:
    make_xlsx(tmp_path / "州财政局" / "全州扶贫协作主要指标汇总表.xlsx", SUMMARY)
    _funds(tmp_path / "青溪县" / "资金项目台账.xlsx", [200, 300])
    _funds(tmp_path / "石岭县" / "资金项目台账.xlsx", [400, 20])
    make_xlsx(
        tmp_path / "青溪县" / "落地企业台账.xlsx",
        [ENTERPRISES, [1, "茶业公司", 100, 70], [2, "食品公司", 50, 50]],
    )
    make_xlsx(tmp_path / "石岭县" / "落地企业台账.xlsx", [ENTERPRISES, [1, "稻渔公司", 80, 90]])
    report = audit(tmp_path)
    summary = report.file("州财政局/全州扶贫协作主要指标汇总表.xlsx")
    assert summary.kind == "ledger.summary"
    status, problems, metrics = _check(report, "cross.figures_consistent")
    assert status == "fail"
    assert problems == [
        (
            "figures_inconsistent",
            "资金总额（万元）：州财政局的汇总台账中石岭县为 300，而石岭县自己的台账合计为 420",
        )
    ]
    assert metrics["compared"] == {
        "带动贫困人口数": ["石岭县", "青溪县"],
        "资金总额（万元）": ["石岭县", "青溪县"],
    }


def test_nothing_compared_is_not_run(tmp_path: Path) -> None:
    make_xlsx(tmp_path / "州财政局" / "全州扶贫协作主要指标汇总表.xlsx", SUMMARY)
    make_docx(
        tmp_path / "青溪县" / "纪要.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日召开。"]
    )
    report = audit(tmp_path)
    status, problems, _ = _check(report, "cross.figures_consistent")
    assert status == "not_run"
    assert problems == [
        ("check_not_run", "带动贫困人口数：汇总台账中的县（市、区）都没有自己的台账，未能比对"),
        ("check_not_run", "资金总额（万元）：汇总台账中的县（市、区）都没有自己的台账，未能比对"),
    ]


def test_a_figure_left_uncompared_keeps_the_check_from_passing(tmp_path: Path) -> None:
    """Funds agree, but no county filed an enterprise ledger: not a pass."""
    make_xlsx(tmp_path / "州财政局" / "全州扶贫协作主要指标汇总表.xlsx", SUMMARY)
    _funds(tmp_path / "青溪县" / "资金项目台账.xlsx", [200, 300])
    _funds(tmp_path / "石岭县" / "资金项目台账.xlsx", [100, 200])
    report = audit(tmp_path)
    status, problems, metrics = _check(report, "cross.figures_consistent")
    assert (status, problems) == (
        "not_run",
        [("check_not_run", "带动贫困人口数：汇总台账中的县（市、区）都没有自己的台账，未能比对")],
    )
    assert metrics["compared"] == {"资金总额（万元）": ["石岭县", "青溪县"]}


def test_every_cross_check_says_what_it_compared(tmp_path: Path) -> None:
    make_docx(
        tmp_path / "青溪县" / "纪要.docx", ["青溪县扶贫协作高层联席会议纪要", "2019年3月5日召开。"]
    )
    report = audit(tmp_path)
    statuses = {c.check: c.status for c in report.checks}
    assert statuses == {
        "cross.figures_consistent": "not_run",
        "cross.duplicate_photos": "not_run",
        "cross.duplicate_people": "not_run",
        "cross.invalid_ids": "not_run",
        "cross.agreement_targets": "not_run",
        "cross.plan2020_total": "not_run",
    }
    assert _check(report, "cross.duplicate_photos")[1] == [
        ("check_not_run", "档案中没有可比对的照片")
    ]
    assert _check(report, "cross.invalid_ids")[1] == [
        (
            "check_not_run",
            "没有找到含“身份证号”列的贫困人口花名册、劳务协作/转移就业台账、公益性岗位台账",
        )
    ]
    make_jpeg(tmp_path / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    make_jpeg(tmp_path / "青溪县" / "b.jpg", taken="2019:05:02 10:00:00", color=(200, 30, 30))
    status, problems, metrics = _check(audit(tmp_path), "cross.duplicate_photos")
    assert (status, problems, metrics) == ("pass", [], {"photos": 2})


def test_every_figure_compared_and_equal_is_a_pass(tmp_path: Path) -> None:
    make_xlsx(tmp_path / "州财政局" / "全州扶贫协作主要指标汇总表.xlsx", SUMMARY)
    _funds(tmp_path / "青溪县" / "资金项目台账.xlsx", [200, 300])
    _funds(tmp_path / "石岭县" / "资金项目台账.xlsx", [100, 200])
    make_xlsx(tmp_path / "青溪县" / "落地企业台账.xlsx", [ENTERPRISES, [1, "茶业公司", 100, 120]])
    make_xlsx(tmp_path / "石岭县" / "落地企业台账.xlsx", [ENTERPRISES, [1, "稻渔公司", 80, 90]])
    status, problems, metrics = _check(audit(tmp_path), "cross.figures_consistent")
    assert (status, problems) == ("pass", [])
    assert metrics["not_compared"] == []
