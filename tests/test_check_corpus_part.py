"""A new blind part is refused when it reuses a repository, a file or an id, or mislabels."""

from __future__ import annotations

import csv
from pathlib import Path
from types import ModuleType

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
