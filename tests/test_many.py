"""Several archives in one sweep: each audited as its own archive, with a combined summary."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from builders import make_docx, make_jpeg

from evidence_audit import audit
from evidence_audit.cli import run
from evidence_audit.models import Attestation
from evidence_audit.pipeline import archives_in, audit_many
from evidence_audit.rules.ruleset import _schemas_dir
from evidence_audit.sweep.cache import RecordCache

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]


@pytest.fixture
def province(tmp_path: Path) -> Path:
    """Two prefectures; the same photo filed twice in the first, once in the second."""
    root = tmp_path / "全省"
    first, second = root / "云岭州", root / "石门州"
    make_docx(first / "青溪县" / "纪要.docx", MINUTES)
    photo = make_jpeg(first / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    (first / "白沙县").mkdir()
    shutil.copy(photo, first / "白沙县" / "b.jpg")
    make_docx(second / "青溪县" / "纪要.docx", MINUTES)
    shutil.copy(photo, second / "青溪县" / "a.jpg")
    return root


def _schema_validate(document: object) -> None:
    schema = json.loads((_schemas_dir() / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)


def test_each_archive_is_audited_on_its_own_with_a_combined_summary(province: Path) -> None:
    first, second = province / "云岭州", province / "石门州"
    combined = audit_many([first, second])
    assert [r.archive for r in combined.reports] == [str(first), str(second)]
    # each archive is exactly what audit() says of it alone
    for report in combined.reports:
        assert report.to_json() == audit(report.archive).to_json()
    dup = {r.archive: r.to_dict()["checks"] for r in combined.reports}
    photos = {a: next(c for c in checks if c["check"] == "cross.duplicate_photos")
              for a, checks in dup.items()}  # fmt: skip
    # the photo filed in two units of the first prefecture is one finding there; the
    # second prefecture's copy is another archive's business
    assert [p["units"] for p in photos[str(first)]["problems"]] == [["白沙县", "青溪县"]]
    assert photos[str(second)]["status"] == "pass"
    lines = [(s.archive, s.units, s.units_complete, s.files, s.checks_failing, s.passed)
             for s in combined.summaries]  # fmt: skip
    assert lines == [(str(first), 2, 0, 3, 1, False), (str(second), 1, 0, 2, 0, False)]
    assert [s.items_failing for s in combined.summaries] == [
        len(combined.reports[0].missing()), len(combined.reports[1].missing()),
    ]  # fmt: skip
    assert combined.exit_code == 1
    document = combined.to_dict()
    _schema_validate(document)
    assert document["summary"]["files"] == 5
    assert document["summary"]["archives"][1]["archive"] == str(second)
    assert [a["archive"] for a in document["archives"]] == [str(first), str(second)]


def test_the_command_line_sweeps_a_collection(province: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    out_json, out_xlsx = tmp_path / "省.json", tmp_path / "省.xlsx"
    code = run(
        [str(province), "--collection", "--json", str(out_json), "--xlsx", str(out_xlsx)], out, err
    )
    assert (code, err.getvalue()) == (1, "")
    text = out.getvalue()
    assert text.count("【青溪县】") == 2
    assert "【全部档案汇总】共 2 个档案" in text
    assert f"  [未通过] {province / '云岭州'}：2 个单位，齐全 0 个；" in text
    assert "跨单位检查未通过 1 项；3 个文件" in text
    text = out_json.read_text(encoding="utf-8")
    # streamed file by file, and the same text as the whole document made at once
    assert text == audit_many(archives_in(province)).to_json() + "\n"
    document = json.loads(text)
    _schema_validate(document)
    assert [a["archive"] for a in document["summary"]["archives"]] == [
        str(province / "云岭州"), str(province / "石门州"),
    ]  # fmt: skip
    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames == ["档案汇总", "问题清单", "事项总表", "文件清单", "跨单位检查", "说明"]
    rows = list(book["档案汇总"].iter_rows(values_only=True))
    assert rows[0][:3] == ("档案", "单位数", "齐全单位")
    assert rows[1][:2] == (str(province / "云岭州"), 2) and rows[-1][0] == "合计"
    files = list(book["文件清单"].iter_rows(values_only=True))
    assert files[0][:2] == ("档案", "路径") and len(files) == 1 + 5
    # the same two archives named one by one give the same document
    again = tmp_path / "again.json"
    code = run([str(province / "云岭州"), str(province / "石门州"), "--json", str(again), "-q"],
               io.StringIO(), io.StringIO())  # fmt: skip
    assert code == 1 and again.read_text(encoding="utf-8") == out_json.read_text(encoding="utf-8")


def test_one_archive_keeps_todays_report(province: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "one.json"
    code = run(
        [str(province / "云岭州"), "--json", str(out_json), "-q"], io.StringIO(), io.StringIO()
    )
    assert code == 1
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert "archives" not in document and document["archive"] == str(province / "云岭州")
    assert out_json.read_text(encoding="utf-8") == audit(province / "云岭州").to_json() + "\n"


def test_attestations_go_to_the_archive_that_holds_the_unit(province: Path) -> None:
    import datetime as dt

    row = Attestation("白沙县", "org.photos", "纸质照片", "王芳", dt.date(2019, 12, 5))
    combined = audit_many([province / "云岭州", province / "石门州"], attestations=[row])
    assert combined.reports[0].unit("白沙县").item("org.photos").attestation == row
    lost = Attestation("金竹县", "org.photos", "纸质照片", "王芳", dt.date(2019, 12, 5))
    from evidence_audit import AttestationError

    with pytest.raises(AttestationError, match="金竹县"):
        audit_many([province / "云岭州", province / "石门州"], attestations=[lost])


def test_a_cache_shared_by_archives_keeps_each(province: Path, tmp_path: Path) -> None:
    """The two prefectures hold files of the same relative path: neither sweep may take
    the other's results, nor forget them."""
    cache = tmp_path / "cache"
    archives = [province / "云岭州", province / "石门州"]
    first = audit_many(archives, cache=cache)
    from evidence_audit.files.scan import scan_archive
    from evidence_audit.judge.analyze import DEFAULT_LIMITS
    from evidence_audit.rules.ruleset import load_ruleset

    with RecordCache(cache, load_ruleset(None), DEFAULT_LIMITS) as store:
        for archive in archives:
            keys = [store.key(e) for e in scan_archive(archive).files]
            assert all(k is not None and store.get(k) is not None for k in keys)
    assert audit_many(archives, cache=cache).to_json() == first.to_json()


def test_the_html_page_of_a_sweep_shows_every_archive(province: Path, tmp_path: Path) -> None:
    import html as html_lib

    from evidence_audit.report.html import write_html

    combined = audit_many(archives_in(province))
    out = tmp_path / "省.html"
    write_html(combined, out)
    page = out.read_text(encoding="utf-8")
    assert "2 个档案的检查汇总" in page
    for line in combined.summaries:
        assert f'<tr data-archive="{line.archive}">' in page
    # each archive's own page, self-contained, in its frame
    frames = page.split('srcdoc="')[1:]
    assert len(frames) == 2
    inner = html_lib.unescape(frames[0].split('"></iframe>')[0])
    assert inner.startswith("<!DOCTYPE html>") and "青溪县" in inner
