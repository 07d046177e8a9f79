"""The examples in the README work: a prefecture ruleset extending the built-in one
(expected units, agreement targets) and a GBK attestations file."""

from __future__ import annotations

from pathlib import Path

from evidence_audit import audit

ROOT = Path(__file__).resolve().parent.parent


def test_prefecture_ruleset_and_attestations_on_the_sample() -> None:
    report = audit(
        ROOT / "sample_archive",
        ROOT / "examples" / "云岭州-2019.json",
        attestations=ROOT / "examples" / "人工确认.csv",
    )
    assert report.ruleset_id == "yunling-2019"
    missing_unit = report.unit("州商务局")
    assert (missing_unit.folder_found, missing_unit.type) == (False, "department")
    assert [i.status for i in missing_unit.items if i.status != "not_applicable"] == ["missing"]
    targets = next(c for c in report.checks if c.check == "cross.agreement_targets")
    assert targets.status == "fail"
    assert [p.message for p in targets.problems] == [
        "石岭县 财政援助资金（万元）：台账合计 2339，协议指标 2500",
        "龙湾县 财政援助资金（万元）：台账合计 1778.9，协议指标 2500",
    ]
    joint = report.unit("云台县").item("org.joint_meeting")
    assert joint.status == "missing"
    assert joint.attestation is not None and joint.attestation.by == "王芳"
    assert not joint.failing


def test_readme_python_example_runs(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("From Python:\n\n```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the example as a user pastes it
    report = namespace["report"]
    from evidence_audit import Report

    assert isinstance(report, Report)
    assert report.file("石岭县/附件1.docx").kind == "minutes"
    assert report.unit("青溪县").item("org.photos").status == "present"
