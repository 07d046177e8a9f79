"""The oracle (testkit/oracle.py) on small planted archives, against statuses set by hand.

The oracle derives what an audit must say from planted facts and the ruleset's JSON; the
sample archive's hand-set table and the accuracy bench hold the library to it. These
tests hold the oracle itself to the report contract, one rule at a time.
"""

from __future__ import annotations

import pytest

from testkit.facts import Archive, Photo, Planted
from testkit.identity import broken_id, citizen_id
from testkit.oracle import judge, load_rules
from testkit.sheets import Ledger

RULES = load_rules()
ID_A = citizen_id("43312219900101123")
ID_B = citizen_id("43312219850315234")


def statuses(*files: Planted, unit: str = "青溪县") -> dict[str, str]:
    archive = Archive()
    for n, f in enumerate(files):
        archive.add(f, f"{f.path}#{n}".encode())
    return judge(archive.files, RULES).statuses()[unit]


def doc(name: str, kind: str, date: str | None = "2019-05-12", text: str = "",
        **kw: object) -> Planted:  # fmt: skip
    return Planted(f"青溪县/{name}", kind, date, text=text, **kw)  # type: ignore[arg-type]


def roster(rows: list[list[object]], **kw: object) -> Ledger:
    return Ledger(["序号", "姓名", "身份证号", "村", "带动方式"], rows,  # type: ignore[arg-type]
                  roles={"姓名": 1, "身份证号": 2, "村": 3, "帮扶措施": 4}, **kw)  # fmt: skip


def test_unit_types_and_applicable_items_come_from_the_ruleset() -> None:
    archive = Archive()
    for unit in ("青溪县", "州协作办", "州财政局", "其他资料"):
        archive.add(Planted(f"{unit}/a.txt", "other"), unit.encode())
    judgement = judge(archive.files, RULES)
    assert judgement.unit_types == {"青溪县": "county", "州协作办": "prefecture",
                                    "州财政局": "department", "其他资料": "unknown"}  # fmt: skip
    items = judgement.statuses()
    assert "其他资料" not in items
    assert len(items["青溪县"]) == 34 and len(items["州协作办"]) == 13
    assert sorted(items["州财政局"]) == ["funds.grassroots_use", "funds.ledger",
                                         "funds.management_measures", "plan2020.project_list"]  # fmt: skip
    assert set(items["青溪县"].values()) == {"missing"}


def test_present_insufficient_defective_and_duplicates() -> None:
    photo = {"photo": Photo(800, 600)}
    got = statuses(doc("1.jpg", "photo", **photo), doc("2.jpg", "photo", **photo))
    assert got["org.photos"] == "insufficient"
    got = statuses(doc("1.jpg", "photo", **photo), doc("2.jpg", "photo", None, **photo))
    assert got["org.photos"] == "defective"  # an undated photo fails, none counts twice
    three = [doc(f"{n}.jpg", "photo", **photo) for n in range(3)]
    assert statuses(*three)["org.photos"] == "present"
    small = doc("s.jpg", "photo", photo=Photo(320, 240))
    assert statuses(*three[:2], small)["org.photos"] == "defective"
    portrait = doc("p.jpg", "photo", photo=Photo(480, 640))
    assert statuses(*three[:2], portrait)["org.photos"] == "present"
    edited = doc("e.jpg", "photo", photo=Photo(800, 600, "Adobe Photoshop CC"))
    assert statuses(*three[:2], edited)["org.photos"] == "present"  # noted, not refused
    same = doc("same.jpg", "photo", photo=Photo(800, 600, picture="x"))
    resaved = doc("resaved.jpg", "photo", photo=Photo(640, 480, picture="x"))
    assert statuses(three[0], same, resaved)["org.photos"] == "insufficient"


def test_byte_identical_copies_count_once() -> None:
    archive = Archive()
    archive.add(doc("a.jpg", "photo", photo=Photo(800, 600)), b"same")
    archive.copy("青溪县/a.jpg", "青溪县/a - 副本.jpg")
    archive.add(doc("b.jpg", "photo", photo=Photo(800, 600)), b"other")
    judgement = judge(archive.files, RULES)
    assert judgement.statuses()["青溪县"]["org.photos"] == "insufficient"
    assert judgement.checks["cross.duplicate_photos"].status == "fail"


def test_keywords_periods_and_document_numbers() -> None:
    joint = doc("纪要.docx", "minutes", text="两地召开高层联席会议")
    old = doc("旧纪要.docx", "minutes", "2018-12-20", text="县委常委会会议")
    got = statuses(joint, old)
    assert got["org.joint_meeting"] == "present"
    assert got["org.party_committee_minutes"] == "defective"  # out of period
    assert got["org.government_minutes"] == "defective"  # mentions no 常务会议
    numbered = doc("通知.docx", "appointment", text="挂职任副县长", doc_number="青组通〔2019〕3号")
    assert statuses(numbered)["talent.appointment_letters"] == "present"
    assert statuses(numbered)["talent.work_division"] == "defective"  # no 分管/协管
    unnumbered = doc("通知.docx", "appointment", text="协助分管东西部扶贫协作")
    assert statuses(unnumbered)["talent.appointment_letters"] == "defective"
    assert statuses(unnumbered)["talent.work_division"] == "present"


def test_an_unreadable_file_named_for_a_kind_is_a_failing_candidate() -> None:
    broken = Planted("青溪县/2019年工作总结.docx", None, readable=False, name_kind="report",
                     problems=("unreadable",))  # fmt: skip
    got = statuses(broken)
    assert got["talent.support_conditions"] == "defective"
    assert got["innovation.typical_cases"] == "missing"


def test_ids_valid_unique_and_across_units() -> None:
    good = roster([[1, "张三", ID_A, "岩门村", "务工"], [2, "李四", ID_B, "岩门村", "分红"]])
    dup = roster([[1, "张三", ID_A, "岩门村", "务工"], [2, "张三", ID_A.lower(), "岩门村", "务工"]])
    bad = roster([[1, "张三", broken_id(ID_A), "岩门村", "务工"]], bad_ids=frozenset({0}))
    assert (
        statuses(doc("r.xlsx", "ledger.roster", None, ledger=good))["industry.beneficiary_roster"]
        == "present"
    )
    got = statuses(doc("r.xlsx", "ledger.roster", None, ledger=dup))
    assert (got["industry.beneficiary_roster"], got["pairing.beneficiaries"]) == (
        "defective",
        "present",
    )
    got = statuses(doc("r.xlsx", "ledger.roster", None, ledger=bad))
    assert (got["industry.beneficiary_roster"], got["pairing.beneficiaries"]) == (
        "defective",
        "defective",
    )
    archive = Archive()
    archive.add(doc("r.xlsx", "ledger.roster", None, ledger=good), b"1")
    archive.add(Planted("石岭县/r.xlsx", "ledger.roster", ledger=bad), b"2")
    archive.add(Planted("白沙县/r.xlsx", "ledger.roster", ledger=good), b"3")
    checks = judge(archive.files, RULES).checks
    assert checks["cross.duplicate_people"].status == "fail"
    assert checks["cross.invalid_ids"].reasons == ("石岭县/r.xlsx",)


def fund(rows: list[list[object]], **roles: int) -> Ledger:
    header = ["序号", "项目名称", "实施地点", "资金用途", "金额（万元）"]
    return Ledger(header, rows, roles=roles or {"项目名称": 1, "实施地点": 2, "用途": 3, "金额": 4})  # type: ignore[arg-type]


def test_ledger_columns_numbers_rows_and_ratio() -> None:
    rows: list[list[object]] = [[1, "茶叶基地", "青溪镇岩门村", "产业扶贫", 120.5],
                                [2, "产业路", "青溪镇", "基础设施", "1,000"]]  # fmt: skip
    got = statuses(doc("f.xlsx", "ledger.fund", None, ledger=fund(rows)))
    assert [got[i] for i in ("funds.ledger", "funds.grassroots_use", "pairing.fund_use_ratio")] == [
        "present", "present", "present"]  # fmt: skip
    pending = [[1, "茶叶基地", "青溪县", "产业扶贫", "待定"]]
    got = statuses(doc("f.xlsx", "ledger.fund", None, ledger=fund(pending)))
    assert (got["funds.ledger"], got["funds.grassroots_use"]) == ("defective", "defective")
    no_place = fund([[1, "茶叶基地", "", "产业扶贫", 10]], 项目名称=1, 用途=3, 金额=4)
    got = statuses(doc("f.xlsx", "ledger.fund", None, ledger=no_place))
    assert (got["funds.ledger"], got["pairing.fund_use_ratio"]) == ("defective", "present")
    empty = fund([])
    assert statuses(doc("f.xlsx", "ledger.fund", None, ledger=empty))["funds.ledger"] == "defective"
    training = Ledger(["序号", "培训名称", "参训人数"], [[1, "带头人培训班", "若干"]],
                      roles={"培训名称": 1, "参训人数": 2})  # fmt: skip
    got = statuses(doc("t.xlsx", "ledger.training", None, ledger=training))
    assert (got["labour.training"], got["pairing.entrepreneur_training"]) == (
        "defective",
        "present",
    )


def test_corroborating_files_of_two_kinds() -> None:
    photos = [doc(f"{n}.jpg", "photo", photo=Photo(800, 600)) for n in range(2)]
    assert statuses(*photos)["pairing.leader_visits"] == "defective"  # single kind
    assert statuses(*photos, doc("n.docx", "news"))["pairing.leader_visits"] == "present"
    assert statuses(photos[0])["pairing.leader_visits"] == "insufficient"


def test_figures_compared_county_by_county() -> None:
    def summary(amount: float) -> Planted:
        rows: list[list[object]] = [[1, "青溪县茶叶基地", "青溪县", "产业扶贫", amount]]
        return Planted("州财政局/全州资金汇总台账.xlsx", "ledger.fund", ledger=fund(rows))

    own = doc(
        "f.xlsx", "ledger.fund", None, ledger=fund([[1, "茶叶基地", "青溪镇", "产业扶贫", 120.5]])
    )

    def enterprises(path: str, rows: list[list[object]]) -> Planted:
        header = ["序号", "企业名称", "所在县", "带动贫困人口数"]
        ledger = Ledger(header, rows, roles={"企业名称": 1, "带动贫困人口数": 3})  # type: ignore[arg-type]
        return Planted(path, "ledger.enterprise", ledger=ledger)

    # The funds agree, but no summary holds the other figure: a check that could not
    # compare one of its figures never passes (issue 11, item 12).
    for amount, status in ((120.5, "not_run"), (99.0, "fail")):
        archive = Archive()
        archive.add(own, b"own")
        archive.add(summary(amount), b"summary")
        assert judge(archive.files, RULES).checks["cross.figures_consistent"].status == status
    archive = Archive()
    archive.add(own, b"own")
    archive.add(summary(120.5), b"summary")
    archive.add(enterprises("青溪县/企业.xlsx", [[1, "茶业公司", "青溪县", 30]]), b"ent")
    archive.add(
        enterprises("州财政局/全州企业汇总表.xlsx", [[1, "茶业公司", "青溪县", 30]]), b"sum"
    )
    assert judge(archive.files, RULES).checks["cross.figures_consistent"].status == "pass"
    archive = Archive()
    archive.add(own, b"own")
    checks = judge(archive.files, RULES).checks
    assert checks["cross.figures_consistent"].status == "not_run"
    assert checks["cross.agreement_targets"].status == "not_run"
    assert checks["cross.plan2020_total"].status == "not_run"


def test_a_planted_column_the_ruleset_does_not_know_is_refused() -> None:
    led = Ledger(["序号", "人数"], [[1, 3]], roles={"人数": 1})
    with pytest.raises(ValueError, match="人数"):
        statuses(doc("t.xlsx", "ledger.training", None, ledger=led))
