"""Odd names from the archive (GBK bytes, undecodable bytes, control characters, escape
sequences) are reported with a code and never break an output, and no output shows them
raw or with a clear personal number."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import openpyxl
import pytest
from builders import citizen_id, make_docx

from evidence_audit import audit
from evidence_audit.cli import run

MINUTES = [
    "青溪县扶贫协作高层联席会议纪要",
    "2019年3月5日，县委书记张明主持召开会议。",
    "出席：张明",
]
ID = citizen_id("43312219900101123")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _bytes_archive(tmp_path: Path) -> Path:
    """An archive copied from a GBK machine: a GBK unit folder, a GBK file name, a name
    with bytes that are neither UTF-8 nor GBK, made with bytes paths as the share has them."""
    root = tmp_path / "archive"
    root.mkdir()
    unit = os.path.join(os.fsencode(root), "青溪县".encode("gbk"))
    os.mkdir(unit)
    good = make_docx(tmp_path / "good.docx", MINUTES).read_bytes()
    with open(os.path.join(unit, "会议纪要.docx".encode("gbk")), "wb") as f:
        f.write(good)
    with open(os.path.join(unit, b"caf\xe9\xff.docx"), "wb") as f:
        f.write(good)
    return root


def test_display_name() -> None:
    from evidence_audit.files.names import display_name, safe_text

    gbk = os.fsdecode("会议纪要.docx".encode("gbk"))
    assert display_name(gbk) == ("会议纪要.docx", ("name_encoding",))
    assert display_name(os.fsdecode(b"caf\xe9\xff.docx")) == (
        "caf\\xe9\\xff.docx",
        ("name_encoding",),
    )
    assert display_name("a\x1b[31mb\x07\n.txt") == (
        "a\\x1b[31mb\\x07\\x0a.txt",
        ("name_control_chars",),
    )
    assert display_name("\u202eabc.docx") == ("\\u202eabc.docx", ("name_control_chars",))
    assert display_name("青溪县.docx") == ("青溪县.docx", ())
    assert safe_text("a\r\nb\tc\x1b\x9b\ud800") == "a\nb\tc\\x1b\\x9b\\ud800"


def test_non_utf8_names_are_decoded_or_escaped_and_reported(tmp_path: Path) -> None:
    root = _bytes_archive(tmp_path)
    report = audit(root)
    assert report.to_json().encode("utf-8")  # encodable: no surrogate left
    assert [u.unit for u in report.units] == ["青溪县"]
    assert report.unit("青溪县").type == "county"
    assert sorted(f.path for f in report.files) == [
        "青溪县/caf\\xe9\\xff.docx",
        "青溪县/会议纪要.docx",
    ]
    for f in report.files:
        assert f.kind == "minutes"
        assert [p.code for p in f.problems] == ["name_encoding"]
    assert report.unit("青溪县").problems[0].code == "name_encoding"
    assert report.file("青溪县/会议纪要.docx").problems[0].message == (
        "名称“青溪县/会议纪要.docx”不是 UTF-8 编码（已按 GBK 解码显示，无法解码的字节以 \\xNN 显示），"
        "建议按 UTF-8 重新命名"
    )


def test_non_utf8_names_never_break_an_output(tmp_path: Path) -> None:
    root = _bytes_archive(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.json").write_text('{"previous": true}', encoding="utf-8")
    code, stdout, err = _run(
        str(root), "--json", str(out / "r.json"), "--xlsx", str(out / "r.xlsx"),
        "--cache", str(tmp_path / "cache"),
    )  # fmt: skip
    assert (code, err) == (1, "")
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in report["files"]) == [
        "青溪县/caf\\xe9\\xff.docx",
        "青溪县/会议纪要.docx",
    ]
    book = openpyxl.load_workbook(out / "r.xlsx")
    paths = [r[0] for r in book["文件清单"].iter_rows(min_row=2, values_only=True)]
    assert sorted(paths) == ["青溪县/caf\\xe9\\xff.docx", "青溪县/会议纪要.docx"]
    assert "【青溪县】" in stdout
    # the cached sweep gives the same report
    code, _, err = _run(
        str(root), "--json", str(out / "r2.json"), "--cache", str(tmp_path / "cache")
    )
    assert (code, err) == (1, "")
    assert json.loads((out / "r2.json").read_text(encoding="utf-8")) == report


@pytest.fixture
def control_archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    name = f"sfz{ID}\x1b[2J\x1b]0;owned\x07纪要\r.docx"
    make_docx(root / "青溪县" / name, MINUTES)
    make_docx(root / "青溪县" / "\x1b[31m红色\x1b[0m" / "a.docx", MINUTES)
    return root


def test_control_characters_in_names_are_neutralised_everywhere(
    control_archive: Path, tmp_path: Path
) -> None:
    shown = "青溪县/sfz433122********123X\\x1b[2J\\x1b]0;owned\\x07纪要\\x0d.docx"
    shown = shown.replace("123X", ID[-4:])
    code, stdout, err = _run(
        str(control_archive), "-v", "--json", str(tmp_path / "r.json"),
        "--xlsx", str(tmp_path / "r.xlsx"),
    )  # fmt: skip
    assert (code, err) == (1, "")
    for text in (
        stdout,
        (tmp_path / "r.json").read_text(encoding="utf-8"),
        "\n".join(
            str(c)
            for ws in openpyxl.load_workbook(tmp_path / "r.xlsx")
            for row in ws.iter_rows(values_only=True)
            for c in row
            if c is not None
        ),
    ):
        assert "\x1b" not in text and "\x07" not in text and "\r" not in text
        assert ID not in text
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in report["files"]}
    assert sorted(files) == sorted([shown, "青溪县/\\x1b[31m红色\\x1b[0m/a.docx"])
    assert [p["code"] for p in files[shown]["problems"]] == ["name_control_chars"]
    assert files[shown]["kind"] == "minutes"
    assert shown in stdout


def test_explain_masks_and_neutralises_the_name(control_archive: Path) -> None:
    folder = control_archive / "青溪县"
    target = next(p for p in folder.iterdir() if p.name.startswith("sfz"))
    code, out, err = _run("explain", str(target))
    assert (code, err) == (0, "")
    assert "\x1b" not in out and ID not in out
    assert "识别结果：会议纪要（minutes）" in out


def test_an_internal_error_never_prints_a_name_raw(
    control_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence_audit import pipeline

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"cannot read 青溪县/sfz{ID}\x1b[2J.docx")

    monkeypatch.setattr(pipeline, "sweep", crash)
    code, out, err = _run(str(control_archive))
    assert (code, out) == (3, "")
    assert err == (
        "内部错误（请报告此问题）：RuntimeError: cannot read "
        f"青溪县/sfz{ID[:6]}********{ID[-4:]}\\x1b[2J.docx\n"
    )
