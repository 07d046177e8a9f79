"""The ruleset: the built-in one matches its specification and docs/ruleset.md, broken ones
are refused with reasons."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evidence_audit import PROBLEM_CODES, RulesetError, available_rulesets, load_ruleset

# The public ids of the built-in ruleset's specification, exactly as written there.
ITEM_IDS = """
org.liaison_letters org.activity_plans org.photos org.news_reports org.joint_meeting
org.party_committee_minutes org.government_minutes org.meeting_materials
talent.cadre_ledger talent.professional_ledger talent.appointment_letters
talent.support_conditions talent.work_division
funds.management_measures funds.ledger funds.grassroots_use
industry.policies industry.enterprise_ledger industry.beneficiary_roster
labour.out_of_province labour.in_province labour.training labour.public_posts labour.workshops
pairing.leader_visits pairing.fund_use_ratio pairing.beneficiaries pairing.entrepreneur_training
innovation.deep_poverty innovation.two_assurances innovation.land_quota innovation.disabled
innovation.typical_cases plan2020.project_list
""".split()
KIND_IDS = """
minutes appointment work_division letter plan measures policy report case agreement
meeting_material news photo ledger.cadre ledger.talent ledger.fund ledger.enterprise
ledger.roster ledger.labour ledger.training ledger.public_post ledger.workshop
ledger.project_plan ledger.summary rectification ledger.rectification other
""".split()
CHECK_IDS = """
cross.figures_consistent cross.duplicate_photos cross.duplicate_people cross.invalid_ids
cross.agreement_targets cross.plan2020_total
""".split()


def test_builtin_ruleset_has_the_contract_ids() -> None:
    rules = load_ruleset()
    assert rules.id == "east-west-2019"
    assert [i.id for i in rules.items] == ITEM_IDS
    assert [k.id for k in rules.kinds] == KIND_IDS
    assert [c.id for c in rules.cross_checks] == CHECK_IDS
    assert available_rulesets() == ["east-west-2019"]


def test_builtin_ruleset_frame() -> None:
    rules = load_ruleset("east-west-2019")
    assert [d.isoformat() for d in rules.period] == ["2019-01-01", "2019-12-31"]
    assert rules.deadline is not None and rules.deadline.isoformat() == "2019-12-20"
    plan = rules.item("plan2020.project_list")
    assert plan.due is not None and plan.due.isoformat() == "2019-12-10"
    assert {i.severity for i in rules.items if i.area == "innovation"} == {"bonus"}
    assert rules.item("org.photos").min == 3


@pytest.mark.parametrize(
    ("folder", "unit_type"),
    [
        ("青溪县", "county"), ("凤栖市", "county"), ("城关区", "county"),
        ("州协作办", "prefecture"), ("州扶贫协作领导小组办公室", "prefecture"),
        ("州委办", "prefecture"), ("州政府办", "prefecture"),
        ("州财政局", "department"), ("州人社局", "department"), ("州委组织部", "department"),
        ("其他资料", "unknown"), ("临时文件", "unknown"),
    ],
)  # fmt: skip
def test_unit_types_from_folder_names(folder: str, unit_type: str) -> None:
    assert load_ruleset().unit_type(folder) == unit_type


@pytest.mark.parametrize(
    ("item", "unit", "unit_type", "applies"),
    [
        ("org.photos", "青溪县", "county", True),
        ("org.photos", "州协作办", "prefecture", True),
        ("org.photos", "州财政局", "department", False),
        ("talent.cadre_ledger", "州委组织部", "department", True),
        ("talent.cadre_ledger", "州财政局", "department", False),
        ("funds.ledger", "州财政局", "department", True),
        ("labour.training", "州人力资源和社会保障局", "department", True),
        ("labour.training", "州人社局", "department", True),
        ("industry.policies", "州协作办", "prefecture", False),
        ("plan2020.project_list", "州财政局", "department", True),
        ("plan2020.project_list", "州协作办", "prefecture", False),
        ("innovation.typical_cases", "州协作办", "prefecture", True),
    ],
)
def test_items_apply_by_unit_type_and_name(
    item: str, unit: str, unit_type: str, applies: bool
) -> None:
    assert load_ruleset().item(item).applies(unit_type, unit) is applies


def _write(tmp_path: Path, data: object, name: str = "rules.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _builtin() -> dict[str, object]:
    from evidence_audit.rules.ruleset import _schemas_dir

    data: dict[str, object] = json.loads(
        (_schemas_dir() / "east-west-2019.json").read_text(encoding="utf-8")
    )
    return data


def test_broken_ruleset_lists_every_error_with_its_path(tmp_path: Path) -> None:
    data = _builtin()
    del data["title"]
    data["period"] = {"start": "2019-01-01", "end": "2019-13-45"}
    areas = data["areas"]
    assert isinstance(areas, list)
    areas[0]["items"][2]["min"] = 0
    with pytest.raises(RulesetError) as err:
        load_ruleset(_write(tmp_path, data))
    messages = err.value.errors
    assert any(m.startswith("$: 缺少必填字段 'title'") for m in messages), messages
    assert any(m.startswith("$.period.end:") for m in messages), messages
    assert any(m.startswith("$.areas[0].items[2].min: 数值 0") for m in messages), messages
    assert len(messages) == 3


def test_ruleset_referring_to_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    data = _builtin()
    areas = data["areas"]
    assert isinstance(areas, list)
    areas[1]["items"][0]["kinds"] = ["ledger.nonexistent"]
    areas[1]["items"][0]["checks"][0]["columns"] = ["姓名", "不存在的列"]
    with pytest.raises(RulesetError) as err:
        load_ruleset(_write(tmp_path, data))
    assert err.value.errors == [
        "$.areas[1].items[0].kinds: 引用了未定义的材料种类 'ledger.nonexistent'",
        "$.areas[1].items[0].checks[0]: 列名 '不存在的列' 未在 ledgers.columns 中定义",
    ]


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x",\n  "title": }', encoding="utf-8")
    with pytest.raises(RulesetError) as err:
        load_ruleset(path)
    assert err.value.errors[0].startswith("第 2 行第 12 列")


def test_unknown_builtin_name_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RulesetError, match="没有名为 'no-such-rules' 的内置规则集"):
        load_ruleset("no-such-rules")
    with pytest.raises(RulesetError, match="找不到规则文件"):
        load_ruleset(tmp_path / "absent.json")


def test_extends_overlays_the_builtin_ruleset(tmp_path: Path) -> None:
    child = {
        "extends": "east-west-2019",
        "id": "yunling-2019",
        "units": {"expected": [{"name": "青溪县", "type": "county"},
                               {"name": "州协作办", "type": "prefecture"}]},
    }  # fmt: skip
    rules = load_ruleset(_write(tmp_path, child))
    assert rules.id == "yunling-2019"
    assert [(u.name, u.type) for u in rules.expected_units] == [
        ("青溪县", "county"), ("州协作办", "prefecture"),
    ]  # fmt: skip
    assert len(rules.items) == len(ITEM_IDS)  # everything else comes from the parent
    assert rules.unit_type("石岭县") == "county"  # merged objects keep the parent's rules


def test_every_check_the_schema_allows_has_a_function() -> None:
    from evidence_audit.judge._checks import FILE_CHECKS, SET_CHECKS
    from evidence_audit.judge.cross import CROSS_CHECKS
    from evidence_audit.rules.params import CROSS_CHECK_NAMES, ITEM_CHECK_NAMES
    from evidence_audit.rules.ruleset import _schema

    schema = _schema()
    item = schema["$defs"]["item"]["properties"]["checks"]["items"]
    assert item == {"$ref": "#/$defs/check"}  # one definition of an item check
    item_checks = schema["$defs"]["check"]["properties"]["check"]["enum"]
    cross = schema["properties"]["cross_checks"]["items"]["properties"]["check"]["enum"]
    assert sorted(item_checks) == sorted([*FILE_CHECKS, *SET_CHECKS]) == sorted(ITEM_CHECK_NAMES)
    assert sorted(cross) == sorted(CROSS_CHECKS) == sorted(CROSS_CHECK_NAMES)


def test_every_check_declares_known_problem_codes() -> None:
    from evidence_audit.judge._checks import FILE_CHECKS, SET_CHECKS
    from evidence_audit.judge.cross import CROSS_CHECKS

    for name, check in [*FILE_CHECKS.items(), *SET_CHECKS.items(), *CROSS_CHECKS.items()]:
        assert check.codes, name
        assert check.codes <= set(PROBLEM_CODES), name


def test_check_parameters_are_typed_when_the_ruleset_loads() -> None:
    from evidence_audit.rules import params

    rules = load_ruleset()
    joint = rules.item("org.joint_meeting")
    mentions = [c.params for c in joint.checks if c.name == "mentions"]
    assert mentions == [params.Mentions(words=("联席会议",), places=("title", "text"))]
    visits = rules.item("pairing.leader_visits").checks[0].params
    assert visits == params.DistinctKinds(min=2, label="印证资料")
    targets = next(c for c in rules.cross_checks if c.check == "agreement_targets")
    assert targets.params == params.Targets(targets=(), label="协议指标")
    assert rules.photo_max_distance == 4
    assert rules.labels.period == "考核年度"


def test_row_schema_referring_to_an_unknown_column_is_refused(tmp_path: Path) -> None:
    data = _builtin()
    ledgers = data["ledgers"]
    assert isinstance(ledgers, dict)
    ledgers["row_schemas"]["ledger.cadre"] = {"properties": {"工号": {"type": "string"}}}
    with pytest.raises(RulesetError) as err:
        load_ruleset(_write(tmp_path, data))
    assert err.value.errors == [
        "$.ledgers.row_schemas.ledger.cadre: 列名 '工号' 未在 ledgers.columns 中定义"
    ]


def test_docs_describe_every_id_of_the_built_in_ruleset() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "ruleset.md").read_text("utf-8")
    data: Any = _builtin()
    kinds = [k["id"] for k in data["kinds"]]
    items = [i["id"] for a in data["areas"] for i in a["items"]]
    cross = [c["id"] for c in data["cross_checks"]]
    missing = [i for i in (*kinds, *items, *cross) if f"`{i}`" not in docs]
    assert missing == []


def test_a_pattern_signal_that_is_no_regular_expression_is_refused(tmp_path: Path) -> None:
    data: Any = _builtin()
    news = next(i for i, k in enumerate(data["kinds"]) if k["id"] == "news")
    data["kinds"][news]["signals"].append(
        {"type": "pattern", "values": ["^[0-9]{1,2}月("], "in": ["lead"], "weight": 2}
    )
    at = len(data["kinds"][news]["signals"]) - 1
    with pytest.raises(RulesetError) as err:
        load_ruleset(_write(tmp_path, data))
    assert len(err.value.errors) == 1
    assert err.value.errors[0].startswith(
        f"$.kinds[{news}].signals[{at}].values[0]: 正则表达式无效"
    ), err.value.errors
