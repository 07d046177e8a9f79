"""Patterns of the parts worked on in round 31 (bench/corpus/rounds.md: heldout47's and
heldout49's false assurances, scored blind after round 30), each reproduced faithfully
from the document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _xlsx


def test_r2258_a_blank_sign_in_sheet_is_no_talent_ledger(tmp_path: Path) -> None:
    # r2258 (a Ruby user group's 签到表.xls, 2013): one header row and no rows; ledger.talent
    # 67% (false assurance): 工作单位 was read as the talent ledger's 交流单位 (the unit a
    # professional is sent to); everyone's sign-in sheet has a 工作单位
    header = ["姓名", "性别", "学校/工作单位", "手机号", "电子邮箱"]
    rec = _xlsx(tmp_path, "签到表.xlsx", {"工作表1": [[], header, *[[None] * 5] * 10]})
    assert not rec.kind.startswith("ledger.")
    assert _counted(rec) == "other"


def test_a_talent_ledger_with_its_exchange_unit_is_still_one(tmp_path: Path) -> None:
    header = ["序号", "姓名", "专业", "职称", "派驻单位"]
    rows = [
        [1, "张某", "临床医学", "主治医师", "云台县人民医院"],
        [2, "李某", "数学", "一级教师", "云台县一中"],
    ]
    rec = _xlsx(tmp_path, "人才交流.xlsx", {"Sheet1": [header, *rows]})
    assert rec.kind == "ledger.talent"


def test_r2365_a_news_list_telling_of_a_meeting_is_no_minutes(tmp_path: Path) -> None:
    # r2365 (a county mini-program's news list, a screenshot read by OCR): minutes 50%
    # (false assurance) from 会议研究 and 会议学习了 in an item's summary: a news report of
    # a meeting tells what the meeting heard and studied in the minutes' own words; those
    # words alone no longer count a file as minutes
    text = "嵩县新闻…\n县委常委会会议研究部署学习贯彻习近平...\n会议学习了习近平在听取新疆维吾尔自治区党委和政府、新\n"
    assert _counted(_txt(tmp_path, "嵩县新闻.txt", text)) != "minutes"
