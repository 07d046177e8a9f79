"""A new blind part is refused when it reuses a repository, a file or an id, or mislabels."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from types import ModuleType

import pytest
from scripts import load_script


def _tool() -> ModuleType:
    return load_script("tools/check_corpus_part.py")


def _part(path: Path, new: list[dict[str, str]]) -> Path:
    tool = _tool()
    with tool.MANIFEST.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(rows[0]))  # csv writes CRLF, as the manifest has
        writer.writeheader()
        writer.writerows(rows + new)
    return path


def _row(**values: str) -> dict[str, str]:
    row = {
        "id": "r99999",
        "repository": "someone/new-repo",
        "commit": "0" * 40,
        "path": "通知.docx",
        "sha256": "f" * 64,
        "kind": "plan",
        "also_ok": "report",
        "title": "工作方案",
        "doc_number": "",
        "date": "2024-03-01",
        "date_role": "signature",
        "split": "heldout_t",
        "relabelled_after_seeing_output": "no",
        "note": "",
    }
    return row | values


def test_a_sound_part_passes(tmp_path: Path) -> None:
    part = _part(tmp_path / "m.csv", [_row()])
    assert _tool().problems(part, "heldout_t") == []


def test_reuse_and_mislabels_are_each_named(tmp_path: Path) -> None:
    tool = _tool()
    with tool.MANIFEST.open(encoding="utf-8", newline="") as f:
        first = next(csv.DictReader(f))
    bad = _row(
        id=first["id"],
        repository=first["repository"].upper(),  # the same repository, other case
        sha256=first["sha256"],
        kind="minute",
        date="2024年3月1日",
    )
    part = _part(tmp_path / "m.csv", [bad, _row(id="r99998", date_role="")])
    found = tool.problems(part, "heldout_t")
    assert found == [
        f"{first['id']}: id already used",
        f"{first['id']}: repository {bad['repository']} is already in a manifest",
        f"{first['id']}: sha256 already in a manifest or twice in this part",
        f"{first['id']}: 'minute' is no kind of the ruleset",
        f"{first['id']}: date '2024年3月1日' is not YYYY-MM-DD",
        "r99998: a date needs its role and a role its date",
    ]


def test_lf_line_endings_are_refused(tmp_path: Path) -> None:
    part = _part(tmp_path / "m.csv", [_row()])
    part.write_bytes(part.read_bytes().replace(b"\r\n", b"\n"))
    assert "line endings" in _tool().problems(part, "heldout_t")[0]


def test_a_part_of_reproduced_pages_is_checked_against_its_committed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    reproduced = tmp_path / "reproduced"
    (reproduced / "files" / "p1").mkdir(parents=True)
    (reproduced / "files" / "p2").mkdir(parents=True)
    (reproduced / "files" / "p1" / "通知.docx").write_bytes(b"one")
    (reproduced / "files" / "p2" / "纪要.docx").write_bytes(b"two")
    header = tool.MANIFEST.read_text(encoding="utf-8").splitlines()[0]
    (reproduced / "manifest.csv").write_bytes((header + "\r\n").encode())
    monkeypatch.setattr(tool, "REPRODUCED", reproduced)
    page = "http://www.example.gov.cn/a.htm"
    good = _row(
        id="p1",
        repository="page:www.example.gov.cn",
        commit="",
        path=page,
        sha256=hashlib.sha256(b"one").hexdigest(),
    )
    again = good | {"id": "p2", "sha256": "f" * 64}
    part = tmp_path / "m.csv"
    with part.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header.split(","))
        writer.writeheader()
        writer.writerows([good, again])
    assert tool.problems(part, "heldout_t", reproduced=True) == [
        f"p2: page {page} already reproduced",
        "p2: sha256 differs for 纪要.docx",
    ]
