"""The patterns worked on in round 53 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import docx_lines as _docx


def test_r5670_a_three_character_document_type_heading_the_page_is_its_title(
    tmp_path: Path,
) -> None:
    # round 53: untitled before (a line of three characters was too short for a headline
    # unless the ruleset names it a document type; 授权书 and 委托书 are now named)
    record = _docx(
        tmp_path,
        "授权书.docx",
        [
            "授权书",
            "现将全站仪、水准仪于 2017 年 月 日授权给 管理，特此证明。",
            "中国建筑第四工程局有限公司",
            "毕节市七星关区碧海阳光城二标段",
            "授权人签字：",
        ],
    )
    assert record.doc.title == "授权书"
