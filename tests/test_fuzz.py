"""Damaged files never break a sweep and never pass unnoticed: mutated files of every format
give a result or a problem, never an exception, quickly, and a result that is consistent
with what could be read."""

from __future__ import annotations

import io
import time
import zipfile
from functools import cache
from pathlib import Path

import pytest
from builders import make_docx, make_jpeg, make_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from evidence_audit import load_ruleset
from evidence_audit.files.extract import extract
from evidence_audit.files.formats import identify
from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_entry
from evidence_audit.models import UNREADABLE_CODES, FileRecord

SECONDS = 5.0


@cache
def seeds() -> dict[str, bytes]:
    """One small valid file per format, built once."""
    import tempfile

    tmp = Path(tempfile.mkdtemp())
    out = {
        "docx": make_docx(tmp / "a.docx", ["关于印发管理办法的通知", "青政办发〔2019〕12号",
                                          "2019年5月12日"]).read_bytes(),
        "xlsx": make_xlsx(tmp / "a.xlsx", [["台账"], ["姓名", "身份证号"], ["张三", "1"]]).read_bytes(),
        "jpeg": make_jpeg(tmp / "a.jpg", taken="2019:05:12 09:30:12", size=(64, 48)).read_bytes(),
        "csv": "姓名,身份证号\n张三,1\n".encode("gbk"),
        "txt": "情况说明\n2019年5月12日\n".encode("utf-16"),
    }  # fmt: skip
    out["wordxml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
        "<w:p><w:r><w:t>关于印发管理办法的通知</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>青政办发〔2019〕12号</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>2019年5月12日</w:t></w:r></w:p></w:body></w:wordDocument>"
    ).encode()
    out["xmlss"] = (
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="台账">'
        '<Table><Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">'
        '身份证号</Data></Cell></Row><Row><Cell><Data ss:Type="String">张三</Data></Cell><Cell>'
        '<Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>'
    ).encode()
    png = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 20, 30)).save(png, "PNG")
    out["png"] = png.getvalue()
    pdf = io.BytesIO()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(pdf)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 720, "青溪县扶贫协作高层联席会议纪要")
    c.save()
    out["pdf"] = pdf.getvalue()
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("纪要.docx", out["docx"])
        zf.writestr("照片.jpg", out["jpeg"])
    out["zip"] = zipped.getvalue()
    return out


mutation = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)),
                                        min_size=1, max_size=20)),
    st.tuples(st.just("splice"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
)  # fmt: skip


def mutate(data: bytes, how: tuple[object, ...]) -> bytes:
    kind = how[0]
    if kind == "truncate":
        assert isinstance(how[1], float)
        return data[: int(len(data) * how[1])]
    if kind == "flip":
        buf = bytearray(data)
        flips = how[1]
        assert isinstance(flips, list)
        for where, xor in flips:
            index = min(int(len(buf) * where), len(buf) - 1)
            buf[index] ^= xor
        return bytes(buf)
    assert isinstance(how[1], float) and isinstance(how[2], bytes)
    at = int(len(data) * how[1])
    return data[:at] + how[2] + data[at:]


FORMATS = ["docx", "xlsx", "jpeg", "png", "pdf", "csv", "txt", "wordxml", "xmlss"]
#: Formats whose directory sits at the end: a file cut short cannot be opened at all.
_DIRECTORY_AT_END = {"docx", "xlsx"}


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(how=mutation)
def test_mutated_files_never_raise(fmt: str, how: tuple[object, ...]) -> None:
    data = mutate(seeds()[fmt], how)
    stream = io.BytesIO(data)
    started = time.monotonic()
    ident = identify(stream, f"x.{fmt}")
    result = extract(stream, ident.format if ident.format in ("empty", "unknown") else fmt)
    assert time.monotonic() - started < SECONDS
    assert result.content_read or result.problems or not data


@cache
def seed_record(fmt: str) -> FileRecord:
    """The record of the intact seed file, as the audit makes it."""
    return _analyze(seeds()[fmt], fmt)


def _analyze(data: bytes, fmt: str) -> FileRecord:
    import tempfile

    folder = Path(tempfile.mkdtemp()) / "青溪县"
    folder.mkdir()
    path = folder / f"x.{fmt}"
    path.write_bytes(data)
    # The file's own record; a mutation may turn a package into a plain zip with members.
    return analyze_entry(FileEntry(f"青溪县/x.{fmt}", "青溪县", str(path)), RULES)[0]


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(how=mutation)
def test_a_mutated_file_is_judged_by_what_could_be_read(fmt: str, how: tuple[object, ...]) -> None:
    data = mutate(seeds()[fmt], how)
    record = _analyze(data, fmt)
    codes = {p.code for p in record.problems}
    assert (record.path, record.unit, record.size) == ("青溪县/x." + fmt, "青溪县", len(data))
    if data == seeds()[fmt]:  # a mutation that changed nothing changes nothing
        assert (record.kind, record.confidence) == (
            seed_record(fmt).kind,
            seed_record(fmt).confidence,
        )
    if not record.extraction.content_read:
        # Content that could not be read is always said to be so, with the reason.
        assert codes & (
            UNREADABLE_CODES | {"no_text_layer", "content_not_read", "unsupported_format"}
        )
    if not record.readable:
        # Judged by its name at most, and never with full confidence.
        assert record.confidence < 1.0
        assert record.kind == "other" or any(
            "未能读取正文" in r for r in record.classification.reasons
        )
    if fmt in _DIRECTORY_AT_END and len(data) < len(seeds()[fmt]) // 2:
        # Cut in half: the original's kind must never come back as if nothing were wrong.
        assert not record.readable and codes & UNREADABLE_CODES


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(how=mutation)
def test_mutated_zip_archives_never_raise(tmp_path_factory: pytest.TempPathFactory,
                                          how: tuple[object, ...]) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("fuzz") / "青溪县"
    folder.mkdir()
    path = folder / "资料.zip"
    path.write_bytes(mutate(seeds()["zip"], how))
    started = time.monotonic()
    records = analyze_entry(FileEntry("青溪县/资料.zip", "青溪县", str(path)), RULES)
    assert time.monotonic() - started < SECONDS
    assert records[0].path == "青溪县/资料.zip"


RULES = load_ruleset()
