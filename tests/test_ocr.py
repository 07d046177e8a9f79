"""Scanned PDFs are read by OCR (RapidOCR, installed with the package).

The engine is a dependency, so these tests always run in CI: a missing engine fails them
there. Elsewhere (a partial install) they are skipped, and scans are classified by name.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from evidence_audit import audit
from evidence_audit.files.extract import extract
from evidence_audit.files.extract.base import Limits
from evidence_audit.files.extract.ocr import available

SCAN = Path(__file__).resolve().parent / "fixtures" / "scan_appointment.pdf"

if not available():
    if os.environ.get("CI"):
        pytest.fail("the OCR engine (rapidocr, onnxruntime) must be installed", pytrace=False)
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
