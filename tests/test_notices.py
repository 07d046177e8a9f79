"""One rectification notice (.docx) per unit that must act (--notices)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from builders import make_docx, make_jpeg

from evidence_audit import audit
from evidence_audit.cli import run
from evidence_audit.report.notices import write_notices
from evidence_audit.report.view import view_of
from evidence_audit.rules.ruleset import load_ruleset

AS_OF = dt.date(2019, 12, 5)


def _letter(path: Path, unit: str) -> Path:
    return make_docx(path, [
        f"{unit}人民政府", "关于商请开展2019年东西部扶贫协作对接工作的函",
        "济南市历城区人民政府：", "为深化对口协作，特致函商请。", f"{unit}人民政府",
        "2019年4月2日",
    ])  # fmt: skip


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    _letter(root / "青溪县" / "对接函.docx", "青溪县")
    make_jpeg(root / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    _letter(root / "石岭县" / "函.docx", "石岭县")
    return root


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    path = tmp_path / "问题.csv"
    path.write_text(
        "序号,单位,问题,整改时限,责任人\n"
        "3,石岭县,挂职干部管理制度不健全,2019-11-30,王五\n"
        "4,金竹县,资料归档不规范,2019-12-20,\n",
        encoding="utf-8",
    )
    return path


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_a_notice_per_unit_naming_every_failing_item(
    archive: Path, problems: Path, tmp_path: Path
) -> None:
    report = audit(archive, problems=problems, as_of=AS_OF)
    rules = load_ruleset().notices
    assert rules is not None
    written = write_notices(view_of(report), rules, tmp_path / "通知")
    assert [p.name for p in written] == [
        "石岭县整改通知.docx",
        "青溪县整改通知.docx",
        "金竹县整改通知.docx",
    ]  # fmt: skip  (金竹县 has no folder but an open problem)
    for unit in ("青溪县", "石岭县"):
        text = _paragraphs(tmp_path / "通知" / f"{unit}整改通知.docx")
        failing = [
            i.title for i in report.unit(unit).items if i.failing and i.severity == "required"
        ]
        listed = [line for line in text if line[:1].isdigit()]
        assert len(failing) == 27 or len(failing) == 28
        for title in failing:
            assert any(line.split(". ", 1)[1].startswith(f"{title}（") for line in listed), title
        assert text[0] == "州东西部扶贫协作工作领导小组办公室"
        assert f"关于{unit}迎检资料问题整改的通知" in text
        assert f"{unit}：" in text
        assert "2019年12月5日" in text
    shiling = _paragraphs(tmp_path / "通知" / "石岭县整改通知.docx")
    assert "一、缺失或存在问题的材料" in shiling
    assert "二、尚未整改到位的考核反馈问题" in shiling
    assert any(
        line.startswith("1. 问题3：挂职干部管理制度不健全（整改时限 2019年11月30日，已逾期 5 天）")
        and "责任人：王五" in line
        for line in shiling
    )
    assert any("请于2019年12月10日前完成" in line for line in shiling)  # its own due date
    closing = next(line for line in shiling if line.startswith("请对照上述清单"))
    assert "于2019年12月20日前补齐资料" in closing
    jinzhu = _paragraphs(tmp_path / "通知" / "金竹县整改通知.docx")
    assert "一、尚未整改到位的考核反馈问题" in jinzhu


def test_layout_red_mark_a4_and_page_numbers(archive: Path, tmp_path: Path) -> None:
    report = audit(archive, as_of=AS_OF)
    rules = load_ruleset().notices
    assert rules is not None
    (path, *_) = write_notices(view_of(report), rules, tmp_path, issuer="云岭州扶贫协作办")
    document = docx.Document(str(path))
    mark = document.paragraphs[0]
    assert mark.text == "云岭州扶贫协作办"
    assert {str(r.font.color.rgb) for r in mark.runs} == {"FF0000"}
    assert (
        mark._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
        is not None
    )  # the red separator line
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "fldChar" in footer
    assert document.paragraphs[-1].text == "云岭州扶贫协作办　　2019年12月5日印发"


def test_no_notice_for_a_unit_with_nothing_to_do(tmp_path: Path) -> None:
    ruleset = tmp_path / "one-item.json"
    ruleset.write_text(
        json.dumps(
            {
                "extends": "east-west-2019",
                "id": "one-item",
                "areas": [
                    {
                        "id": "org",
                        "title": "组织领导",
                        "applies_to": [{"type": "county"}],
                        "items": [
                            {
                                "id": "org.liaison_letters",
                                "title": "对接函件",
                                "kinds": ["letter"],
                                "min": 1,
                            }
                        ],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    root = tmp_path / "archive"
    _letter(root / "青溪县" / "对接函.docx", "青溪县")
    make_jpeg(root / "石岭县" / "a.jpg", taken="2019:05:01 10:00:00")
    out, err = io.StringIO(), io.StringIO()
    code = run(
        [
            str(root),
            "--rules",
            str(ruleset),
            "--notices",
            str(tmp_path / "n"),
            "--as-of",
            "2019-12-05",
        ],
        out,
        err,
    )
    assert (code, err.getvalue()) == (1, "")
    assert sorted(p.name for p in (tmp_path / "n").iterdir()) == ["石岭县整改通知.docx"]
    assert f"整改通知 1 份已写入：{tmp_path / 'n'}" in out.getvalue()


def test_notices_inside_the_archive_are_refused(archive: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run([str(archive), "--notices", str(archive / "通知")], out, err) == 2
    assert "--notices" in err.getvalue() and not (archive / "通知").exists()


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def test_libreoffice_opens_a_notice(archive: Path, problems: Path, tmp_path: Path) -> None:
    soffice = _soffice()
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice Writer (.ci/run)", pytrace=False)
        pytest.skip("LibreOffice is not installed")
    report = audit(archive, problems=problems, as_of=AS_OF)
    rules = load_ruleset().notices
    assert rules is not None
    write_notices(view_of(report), rules, tmp_path / "n")
    path = tmp_path / "n" / "青溪县整改通知.docx"
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "txt:Text (encoded):UTF8", "--outdir", str(tmp_path / "txt"), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    converted = tmp_path / "txt" / (path.stem + ".txt")
    assert converted.is_file(), done.stdout + done.stderr
    text = converted.read_text(encoding="utf-8-sig")
    assert "州东西部扶贫协作工作领导小组办公室" in text
    assert "关于青溪县迎检资料问题整改的通知" in text
    assert "1. 活动方案（缺失，需 1 份，合格 0 份）。未找到该类材料。" in text
    assert "2019年12月5日" in text
