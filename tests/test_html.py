"""The HTML report (--html): one self-contained page, rendered in headless Chromium."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from builders import citizen_id, make_docx, make_jpeg, make_xlsx

from evidence_audit.cli import run
from evidence_audit.text.identity import ID_RE

PERSON = citizen_id("43312219900101654")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _letter(path: Path, unit: str) -> Path:
    return make_docx(path, [
        f"{unit}人民政府", "关于商请开展2019年东西部扶贫协作对接工作的函",
        "济南市历城区人民政府：", "为深化对口协作，特致函商请。", f"{unit}人民政府",
        "2019年4月2日",
    ])  # fmt: skip


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """The page of an archive swept twice, with a problem list and odd names."""
    root = tmp_path / "archive"
    _letter(root / "青溪县" / "对接函.docx", "青溪县")
    make_jpeg(root / "青溪县" / "a.jpg", taken="2019:05:01 10:00:00")
    make_xlsx(root / "青溪县" / f"花名册{PERSON}.xlsx", [
        ["姓名", "身份证号", "村", "帮扶措施"], ["张三", PERSON, "茶园村", "产业帮扶"],
    ])  # fmt: skip
    _letter(root / "<i>石岭县" / "函.docx", "石岭县")
    make_docx(root / "其他资料" / "说明.docx", ["说明"])
    problems = tmp_path / "p.csv"
    problems.write_text("序号,单位,问题,整改时限\n1,青溪县,扶贫车间台账缺失,2019-11-30\n", "utf-8")
    history = tmp_path / "history"
    _run(str(root), "--history", str(history), "--as-of", "2019-12-01", "-q")
    (root / "青溪县" / "a.jpg").unlink()
    out = tmp_path / "report.html"
    code, _, err = _run(
        str(root), "--history", str(history), "--as-of", "2019-12-05", "--problems",
        str(problems), "--html", str(out), "-q",
    )  # fmt: skip
    assert (code, err) == (1, "")
    return out


def test_the_page_is_self_contained_escaped_and_masked(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert "&lt;i&gt;石岭县" in html and "<i>石岭县" not in html  # autoescaped
    assert ID_RE.search(html) is None
    assert PERSON not in html
    assert "<svg" in html and "<polyline" in html  # the burn-down chart, inline
    assert "问题清单整改情况" in html and "逾期未整改" in html
    assert "其他资料" in html and "未检查" in html  # an unrecognised folder is said so


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    chromium = _chromium()
    assert chromium is not None
    return subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_chromium_renders_every_unit_and_takes_a_screenshot(page: Path, tmp_path: Path) -> None:
    if _chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (.ci/run)", pytrace=False)
        pytest.skip("Chromium is not installed")
    dom = _browser(tmp_path, "--dump-dom", page.as_uri()).stdout
    # the page's script ran: it counts the items the filters show
    assert re.search(r'id="f-count">显示 \d+ 个事项<', dom), dom[-2000:]
    rows = re.findall(r'<tr data-unit="([^"]+)"', dom)
    assert rows == ["&lt;i&gt;石岭县", "青溪县"]
    units = re.findall(r'<div class="unit" id="u-\d+" data-unit="([^"]+)"', dom)
    assert units == rows
    shot = tmp_path / "report.png"
    done = _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert shot.is_file(), done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
