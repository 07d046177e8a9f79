"""The pattern worked on in round 40 (bench/corpus/rounds.md: heldout61's JSON records,
seen after round 37), reproduced faithfully from the document's real lines, and the JSON
reader's edges. The corpus id is given with the test.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

from evidence_audit.files.extract import Limits, extract
from evidence_audit.files.formats import identify

# r2926 (a policy dataset's POL0012.json): the record's number, its headline, its paragraphs
_R2926 = {
    "政策编号": "POL0012",
    "标题": "关于加快实现贫困人员城乡居民基本养老保险应保尽保工作的实施意见",
    "内容": [
        "各镇街道，平湖经济技术开发区、独山港经济开发区，市级机关各部门，市属各单位：",
        "为加快实现困难人员城乡居民基本养老保险应保尽保，助力打赢脱贫攻坚战，进一步织密扎牢"
        "社会保障“安全网”，根据《人力资源社会保障部办公厅关于加快实现贫困人员城乡居民基本养老"
        "保险应保尽保的通知》（人社厅发〔2018〕111号）文件精神和市委、市政府有关要求，结合我市"
        "工作实际，提出如下意见，请结合实际抓紧贯彻落实。",
        "一、指导思想",
        "深入贯彻《中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见》的明确要求，坚持精准"
        "扶贫、精准脱贫基本方略，深化社保扶贫。",
    ],
}


def test_r2926_a_json_records_headline_and_paragraphs_are_its_text(tmp_path: Path) -> None:
    # titled by its field name ("内容":[) before, no kind found: other
    record = _txt(tmp_path, "POL0012.json", json.dumps(_R2926, ensure_ascii=False, indent=2))
    assert record.doc.title == _R2926["标题"]
    assert _counted(record) == "policy"
    assert record.format == "json"
    assert record.problems == ()  # a .json holding JSON is no extension mismatch


def _json(value: object) -> io.BytesIO:
    return io.BytesIO(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def test_a_records_string_values_in_the_files_order_one_paragraph_a_line() -> None:
    # (round 41: the value of its title field heads the text, as a front matter's does)
    got = extract(_json(_R2926), "json")
    assert got.text.splitlines() == [_R2926["标题"], "POL0012", *_R2926["内容"]]
    untitled = {"编号": "POL0012", "内容": _R2926["内容"]}
    assert extract(_json(untitled), "json").text.splitlines() == ["POL0012", *_R2926["内容"]]


def test_a_title_field_holding_a_line_break_heads_the_text_once() -> None:
    wrapped = {
        "title": "关于加快实现贫困人员城乡居民基本养老保险\n应保尽保工作的实施意见",
        "内容": _R2926["内容"],
    }
    got = extract(_json(wrapped), "json")
    assert got.title == "关于加快实现贫困人员城乡居民基本养老保险 应保尽保工作的实施意见"
    assert got.text.splitlines() == [got.title, *_R2926["内容"]]


def test_json_without_prose_is_read_as_the_text_it_is() -> None:
    # a locale's UI strings: no sentence among them, the file as written
    data = _json({"menu": {"save": "保存", "open": "打开会议纪要"}})
    assert extract(data, "json").text == data.getvalue().decode("utf-8")


def test_broken_or_hostile_json_is_read_as_text_without_failing() -> None:
    broken = '{"标题": "关于印发实施方案的通知", "内容": ['.encode()
    assert extract(io.BytesIO(broken), "json").text == broken.decode()
    nested = b"[" * 100_000 + b"]" * 100_000  # deeper than the parser's recursion
    got = extract(io.BytesIO(nested), "json", Limits(text_chars=10))
    assert got.content_read and got.text == "[" * 10


def test_json_is_sniffed_from_its_opening_not_its_name() -> None:
    assert identify(_json(_R2926), "POL0012.txt").format == "json"
    assert identify(_json([{"a": 1}]), "data").format == "json"
    # a text opening with a bracket is no JSON
    assert identify(io.BytesIO("[2019] 会议纪要".encode()), "a.txt").format == "txt"
