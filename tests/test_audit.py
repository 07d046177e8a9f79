"""Item statuses and problem codes, whole outcomes compared in one assert."""

from __future__ import annotations

from pathlib import Path

from builders import citizen_id, make_docx, make_jpeg, make_xlsx, official_document

from evidence_audit import Report, audit, load_ruleset

RULES = load_ruleset()


def _outcome(report: Report, unit: str, items: list[str]) -> list[tuple[str, str, int, list[str]]]:
    """(item, status, found, problem codes) for some items of a unit."""
    u = report.unit(unit)
    return [
        (i.item, i.status, i.found, [p.code for p in i.problems])
        for i in u.items
        if i.item in items
    ]


def _minutes(kind_words: str, date: str) -> list[str]:
    return [
        f"青溪县{kind_words}会议纪要",
        f"{date}，县委书记张明主持召开{kind_words}会议，研究东西部扶贫协作工作。",
        "出席：张明、李华",
    ]


def test_minutes_items_keywords_and_period(tmp_path: Path) -> None:
    unit = tmp_path / "青溪县"
    make_docx(unit / "a.docx", _minutes("扶贫协作高层联席", "2019年3月5日"))
    make_docx(unit / "b.docx", _minutes("县委常委会", "2018年12月20日"))
    report = audit(tmp_path)
    assert _outcome(report, "青溪县", [
        "org.joint_meeting", "org.party_committee_minutes", "org.government_minutes",
    ]) == [
        ("org.joint_meeting", "present", 1, ["out_of_period", "missing_keyword"]),
        ("org.party_committee_minutes", "defective", 0, ["out_of_period", "missing_keyword"]),
        ("org.government_minutes", "defective", 0,
         ["out_of_period", "missing_keyword", "missing_keyword"]),
    ]  # fmt: skip
    # the 常委会 minutes that nearly count (only its date is wrong) are named first
    party = report.unit("青溪县").item("org.party_committee_minutes")
    assert party.problems[0].message == (
        "文件日期 2018-12-20（取自会议日期）不在考核年度 2019-01-01 至 2019-12-31 内"
    )
    assert party.problems[0].file == "青溪县/b.docx"


def test_photos_present_insufficient_defective(tmp_path: Path) -> None:
    for i, day in enumerate(["05", "06", "07"]):
        make_jpeg(tmp_path / "青溪县" / f"p{i}.jpg", taken=f"2019:{day}:01 10:00:00",
                  color=(i * 40, 90, 90))  # fmt: skip
    for i in range(2):
        make_jpeg(tmp_path / "石岭县" / f"IMG_2019061{i}_101010.jpg", camera=None,
                  color=(i * 40, 10, 200))  # fmt: skip
    make_jpeg(tmp_path / "龙湾县" / "p1.jpg", taken="2019:05:01 10:00:00", color=(1, 2, 3))
    make_jpeg(tmp_path / "龙湾县" / "p2.jpg", taken="2019:05:02 10:00:00", color=(4, 5, 6))
    make_jpeg(tmp_path / "龙湾县" / "IMG_1234.jpg", camera=None, color=(7, 8, 9))
    report = audit(tmp_path)
    assert [_outcome(report, u, ["org.photos"])[0] for u in ("青溪县", "石岭县", "龙湾县")] == [
        ("org.photos", "present", 3, []),
        ("org.photos", "insufficient", 2, []),
        ("org.photos", "defective", 2, ["undated"]),
    ]


def test_byte_identical_files_count_once_and_are_flagged_across_units(tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    (tmp_path / "青溪县" / "a - 副本.jpg").write_bytes(photo.read_bytes())
    (tmp_path / "石岭县").mkdir()
    (tmp_path / "石岭县" / "活动.jpg").write_bytes(photo.read_bytes())
    report = audit(tmp_path)
    assert _outcome(report, "青溪县", ["org.photos"]) == [
        ("org.photos", "insufficient", 1, ["duplicate_file"]),
    ]
    dup = next(c for c in report.checks if c.check == "cross.duplicate_photos")
    assert dup.status == "fail"
    assert [dict(p.details)["units"] for p in dup.problems] == [["石岭县", "青溪县"]]


def _fund_ledger(path: Path, header: list[str], rows: list[list[object]]) -> None:
    make_xlsx(path, [["2019年青溪县东西部扶贫协作资金项目台账"], [None], header, *rows])


def test_fund_ledger_columns_numbers_places_and_ratio(tmp_path: Path) -> None:
    header = ["序号", "项目名称", "实施地点", "资金规模（万元）", "用途"]
    _fund_ledger(tmp_path / "青溪县" / "资金.xlsx", header, [
        [1, "茶叶加工厂", "石门镇长岭村", 300, "产业扶贫"],
        [2, "就业培训", "县城", "100", "就业扶贫"],
        [3, "道路硬化", "石门镇", "1,00", "基础设施"],
        ["合计", None, None, 500, None],
    ])  # fmt: skip
    _fund_ledger(tmp_path / "石岭县" / "资金.xlsx", ["序号", "项目名称", "金额"], [
        [1, "茶叶加工厂", "待定"],
    ])  # fmt: skip
    report = audit(tmp_path)
    items = ["funds.ledger", "funds.grassroots_use", "pairing.fund_use_ratio"]
    assert _outcome(report, "青溪县", items) == [
        ("funds.ledger", "present", 1, []),
        ("funds.grassroots_use", "present", 1, []),
        ("pairing.fund_use_ratio", "present", 1, []),
    ]
    from evidence_audit.models import LedgerSummary

    assert report.file("青溪县/资金.xlsx").ledger == LedgerSummary("Sheet1", 3, (("金额", 500.0),))
    ratio = report.unit("青溪县").item("pairing.fund_use_ratio")
    assert dict(ratio.metrics)["援助资金用于产业扶贫和就业扶贫的比例"] == 0.8
    assert _outcome(report, "石岭县", items) == [
        ("funds.ledger", "defective", 0, ["missing_columns", "invalid_number"]),
        ("funds.grassroots_use", "defective", 0, ["missing_columns"]),
        ("pairing.fund_use_ratio", "defective", 0, ["ratio_not_computable"]),
    ]
    problems = report.unit("石岭县").item("funds.ledger").problems
    assert problems[0].message.startswith(
        "台账缺少必需的列：实施地点（工作表“Sheet1”第 3 行表头为："
    )
    assert problems[1].message == "工作表“Sheet1”中数值列有非数字内容：第4行“金额”为“待定”"


def test_roster_ids_invalid_and_duplicated_are_masked(tmp_path: Path) -> None:
    good1, good2 = citizen_id("43312519900101123"), citizen_id("43312519851231002")
    bad = good2[:-1] + ("0" if good2[-1] != "0" else "1")
    header = ["序号", "姓名", "身份证号", "所在村", "帮扶措施"]
    make_xlsx(tmp_path / "青溪县" / "花名册.xlsx", [
        ["带动贫困人口花名册"], header,
        [1, "张三", good1, "长岭村", "务工"], [2, "李四", bad, "长岭村", "分红"],
        [3, "王五", good1, "长岭村", "务工"],
    ])  # fmt: skip
    report = audit(tmp_path)
    assert _outcome(report, "青溪县", ["industry.beneficiary_roster", "pairing.beneficiaries"]) == [
        ("industry.beneficiary_roster", "defective", 0, ["invalid_id", "duplicate_id"]),
        ("pairing.beneficiaries", "defective", 0, ["invalid_id"]),
    ]
    invalid, duplicate = report.unit("青溪县").item("industry.beneficiary_roster").problems
    assert (
        invalid.message
        == f"工作表“Sheet1”中身份证号无效：第4行 {bad[:6]}********{bad[-4:]}校验位错误"
    )
    assert duplicate.message == (
        f"工作表“Sheet1”中同一身份证号重复登记：第5行与第3行重复（{good1[:6]}********{good1[-4:]}）"
    )
    text = report.to_json()
    assert good1 not in text and bad not in text


def test_appointment_needs_a_doc_number_and_leader_visits_need_two_kinds(tmp_path: Path) -> None:
    lines = official_document(
        number=None, title="关于李明同志挂职任职的通知", body=["经研究，李明同志挂任青溪县副县长。"]
    )
    make_docx(tmp_path / "青溪县" / "任职.docx", lines)
    for i in range(2):
        make_jpeg(tmp_path / "青溪县" / f"对接{i}.jpg", taken=f"2019:04:0{i + 1} 10:00:00",
                  color=(i, 50, 50))  # fmt: skip
    report = audit(tmp_path)
    assert _outcome(report, "青溪县", ["talent.appointment_letters", "pairing.leader_visits"]) == [
        ("talent.appointment_letters", "defective", 0, ["no_doc_number"]),
        ("pairing.leader_visits", "defective", 2, ["single_kind"]),
    ]


def test_unreadable_file_of_an_accepted_kind_makes_the_item_defective(tmp_path: Path) -> None:
    path = tmp_path / "青溪县" / "扶贫协作高层联席会议纪要.docx"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (tmp_path / "青溪县" / "空文件.docx").write_bytes(b"")
    report = audit(tmp_path)
    assert _outcome(report, "青溪县", ["org.joint_meeting"]) == [
        ("org.joint_meeting", "defective", 0, ["unreadable"]),
    ]
    assert [p.code for p in report.unit("青溪县").problems] == ["unreadable"]


def test_expected_unit_without_folder_and_unknown_folder(tmp_path: Path) -> None:
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(
        '{"extends": "east-west-2019", "id": "yunling",'
        ' "units": {"expected": [{"name": "金竹县", "type": "county"}]}}',
        encoding="utf-8",
    )
    archive = tmp_path / "archive"
    make_docx(archive / "其他资料" / "a.docx", ["随便"])
    report = audit(archive, rules_file)
    unit = report.unit("金竹县")
    assert (unit.folder_found, unit.type) == (False, "county")
    assert {i.status for i in unit.items if i.severity == "required"} == {"missing"}
    assert [p.code for p in unit.problems] == ["unit_folder_missing"]
    other = report.unit("其他资料")
    assert other.type == "unknown"
    assert {i.status for i in other.items} == {"not_applicable"}
    assert [p.code for p in other.problems] == ["unknown_unit"]


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    for i in range(45):
        make_docx(
            tmp_path / "青溪县" / f"{i}.docx",
            _minutes("扶贫协作高层联席", f"2019年3月{i % 28 + 1}日"),
        )
    serial, parallel = audit(tmp_path, jobs=1), audit(tmp_path, jobs=2)
    assert serial.to_json() == parallel.to_json()


def test_photo_resolution_and_editing_software(tmp_path: Path) -> None:
    unit = tmp_path / "青溪县"
    make_jpeg(unit / "a.jpg", taken="2019:05:01 10:00:00", color=(1, 1, 1))
    make_jpeg(unit / "b.jpg", taken="2019:05:02 10:00:00", color=(2, 2, 2), size=(600, 800))
    make_jpeg(unit / "c.jpg", taken="2019:05:03 10:00:00", color=(3, 3, 3), size=(320, 240))
    edited = make_jpeg(unit / "d.jpg", taken="2019:05:04 10:00:00", color=(4, 4, 4))
    from PIL import Image

    with Image.open(edited) as im:
        exif = im.getexif()
        exif[305] = "Adobe Photoshop CC 2019 (Windows)"
        im.save(unit / "e.jpg", exif=exif.tobytes())
    edited.unlink()
    report = audit(tmp_path)
    photos = report.unit("青溪县").item("org.photos")
    assert (photos.status, photos.found) == ("present", 3)
    assert [(p.code, p.file, p.message) for p in photos.problems] == [
        ("low_resolution", "青溪县/c.jpg",
         "照片分辨率 320×240 低于要求的 640×480（可能是缩略图或截图）"),
        ("edited_photo", "青溪县/e.jpg",
         "照片经过编辑软件处理（Adobe Photoshop CC 2019 (Windows)），请核实是否为原始照片"),
    ]  # fmt: skip


def test_enterprise_credit_codes_and_row_schema(tmp_path: Path) -> None:
    header = ["序号", "企业名称", "统一社会信用代码", "实际到位投资额（万元）", "带动贫困人口数"]
    make_xlsx(tmp_path / "青溪县" / "企业.xlsx", [
        ["落地企业台账"], header,
        [1, "鲁丰食品有限公司", "91350100M000100Y43", 500, 30],
        [2, "", "91350100M000100Y44", 200, 10],
        # all digits, as an enterprise's code may be: no citizen ID, and right or wrong as a code
        [3, "滇南果业有限公司", "915326001234500072", 300, 20],
        [4, "云岭茶业有限公司", "915326001234500073", 100, 5],
    ])  # fmt: skip
    header = ["序号", "车间名称", "所在县乡村", "吸纳就业人数", "其中贫困人口"]
    make_xlsx(tmp_path / "青溪县" / "车间.xlsx", [
        ["扶贫车间台账"], header,
        [1, "长岭村服装车间", "石门镇长岭村", 40, "12人"],
        [2, "茶叶车间", "石门镇", "约20", 5],
    ])  # fmt: skip
    report = audit(tmp_path)
    unit = report.unit("青溪县")
    enterprise = unit.item("industry.enterprise_ledger")
    assert enterprise.status == "defective"
    assert [(p.code, p.message) for p in enterprise.problems] == [
        ("invalid_credit_code",
         "工作表“Sheet1”中统一社会信用代码校验不通过（GB 32100）："
         "第4行“91350100M000100Y44”；第6行“915326********0073”"),
        ("invalid_row", "工作表“Sheet1”第4行“企业名称”为空"),
    ]  # fmt: skip
    workshops = unit.item("labour.workshops")
    assert [(p.code, p.message) for p in workshops.problems] == [
        ("invalid_row", "工作表“Sheet1”第4行“吸纳就业人数”应为整数，实际为“约20”"),
    ]


def test_attestation_is_shown_beside_the_status_never_as_present(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    make_docx(archive / "青溪县" / "x.docx", ["随便写点"])
    attest = tmp_path / "人工确认.csv"
    attest.write_bytes(
        "单位,事项,理由,确认人,日期\n"
        "青溪县,org.joint_meeting,联席会议纪要为纸质原件，存县档案馆,王芳,2019年12月5日\n"
        "青溪县,会议材料,会议材料纸质归档,王芳,2019-12-05\n".encode("gbk")
    )
    report = audit(archive, attestations=attest)
    item = report.unit("青溪县").item("org.joint_meeting")
    assert item.status == "missing"
    assert item.attestation is not None and item.attestation.by == "王芳"
    assert not item.failing
    assert ("青溪县", "org.joint_meeting") not in [(u, i.item) for u, i in report.missing()]
    assert report.unit("青溪县").item("org.meeting_materials").attestation is not None
    assert report.counts()["attested"] == 2
    document = report.to_dict()
    items = {i["item"]: i for i in document["units"][0]["items"]}
    assert items["org.joint_meeting"]["status"] == "missing"
    assert items["org.joint_meeting"]["attestation"] == {
        "by": "王芳", "reason": "联席会议纪要为纸质原件，存县档案馆", "date": "2019-12-05",
    }  # fmt: skip


def test_attestation_file_errors_name_every_bad_row(tmp_path: Path) -> None:
    import pytest

    from evidence_audit.judge.attest import AttestationError

    make_docx(tmp_path / "archive" / "青溪县" / "x.docx", ["随便"])
    attest = tmp_path / "a.json"
    attest.write_text(
        '[{"单位": "青溪县", "事项": "不存在的事项", "理由": "r", "确认人": "王芳", "日期": "2019-12-05"},'
        ' {"单位": "青溪县", "事项": "org.photos", "理由": "", "确认人": "王芳", "日期": "昨天"}]',
        encoding="utf-8",
    )
    with pytest.raises(AttestationError) as err:
        audit(tmp_path / "archive", attestations=attest)
    assert str(err.value).splitlines()[1:] == [
        "  - 第 1 条：事项“不存在的事项”不是规则集中的事项 id 或名称",
        "  - 第 2 条：缺少理由；日期“昨天”无法识别",
    ]
    attest.write_text(
        '[{"单位": "石岭县", "事项": "org.photos", "理由": "r", "确认人": "王芳", "日期": "2019-12-05"}]',
        encoding="utf-8",
    )
    with pytest.raises(AttestationError, match=r"石岭县 / org\.photos"):
        audit(tmp_path / "archive", attestations=attest)


def test_a_file_that_takes_too_long_is_skipped_and_the_sweep_goes_on(
    tmp_path: Path, monkeypatch: object
) -> None:
    import time

    import pytest

    from evidence_audit.files.extract.base import Limits
    from evidence_audit.judge import analyze

    real_extract = analyze._extract

    def slow_for_one(stream, ident, size, limits):  # type: ignore[no-untyped-def]
        if ident.format == "xlsx":
            time.sleep(5)
        return real_extract(stream, ident, size, limits)

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(analyze, "_extract", slow_for_one)
    make_xlsx(tmp_path / "青溪县" / "慢.xlsx", [["a", "b"], [1, 2]])
    make_docx(tmp_path / "青溪县" / "纪要.docx", _minutes("扶贫协作高层联席", "2019年3月5日"))
    started = time.monotonic()
    report = audit(tmp_path, limits=Limits(seconds_per_file=0.3))
    assert time.monotonic() - started < 4
    assert [p.code for p in report.file("青溪县/慢.xlsx").problems] == ["timeout"]
    assert report.file("青溪县/纪要.docx").kind == "minutes"


def test_cache_reads_only_changed_files(tmp_path: Path) -> None:
    import os

    import pytest

    from evidence_audit.errors import ArchiveError

    archive = tmp_path / "archive"
    make_docx(archive / "青溪县" / "纪要.docx", _minutes("扶贫协作高层联席", "2019年3月5日"))
    make_jpeg(archive / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    cache = tmp_path / "cache"
    first = audit(archive, cache=cache)
    from evidence_audit.files.scan import scan_archive
    from evidence_audit.judge.analyze import DEFAULT_LIMITS
    from evidence_audit.sweep.cache import RecordCache

    with RecordCache(cache, RULES, DEFAULT_LIMITS) as store:
        keys = [store.key(e) for e in scan_archive(archive).files]
        assert all(k is not None and store.get(k) is not None for k in keys)
    second = audit(archive, cache=cache)
    assert second.to_json() == first.to_json()
    # a changed file is read again: its new content decides
    make_docx(archive / "青溪县" / "纪要.docx", _minutes("县委常委会", "2019年4月1日"))
    os.utime(archive / "青溪县" / "纪要.docx", ns=(2_000_000_000_000_000_000,) * 2)
    third = audit(archive, cache=cache)
    assert third.unit("青溪县").item("org.party_committee_minutes").status == "present"
    with pytest.raises(ArchiveError, match="缓存目录不能在档案目录内"):
        audit(archive, cache=archive / "cache")


def test_explain_records_what_the_audit_records(tmp_path: Path) -> None:
    from evidence_audit.pipeline import explain

    photo = make_jpeg(
        tmp_path / "archive" / "01青溪县" / "1.组织领导" / "影像资料" / "2019.05.12" / "1.jpg",
        taken=None,
    )
    report = audit(tmp_path / "archive")
    audited = report.file("01青溪县/1.组织领导/影像资料/2019.05.12/1.jpg")
    for archive in (None, tmp_path / "archive"):
        found = explain(photo, archive=archive)
        assert found.root == str(tmp_path / "archive")
        assert found.root_inferred is (archive is None)
        assert found.unit_type == "county"
        (record,) = found.records
        assert (record.path, record.unit, record.kind, record.confidence) == (
            audited.path, audited.unit, audited.kind, audited.confidence,
        )  # fmt: skip
        assert (record.date, record.date_source) == (audited.date, "folder")
        assert record.classification.reasons == audited.classification.reasons
        assert any("所在文件夹" in r for r in record.classification.reasons)
