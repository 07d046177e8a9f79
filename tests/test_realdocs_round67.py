"""The patterns worked on in round 67 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import dated as _dated
from realdocs_kit import text_file as _txt

# r8013 (a student team's minutes, written in English in Markdown)
_R8013 = """# Team 10 - 13th Meeting

## Information

**Time:** 2020.11.12 10:00~10:30

**Location:** PMB 449

**Chairperson:** Ruizi Han

**Secretary:** Yijie Lu, Yuting Jiang

## Agenda

*The whole meeting is expected to take 30 minutes.*

1. Report the result of questionnaire (About 5 minutes)
"""


def test_r8013_an_english_time_label_over_the_location_is_the_meeting_day(
    tmp_path: Path,
) -> None:
    # round 67: undated before (the date reader knew only Chinese labels: 时间, 地点)
    record = _txt(tmp_path, "13_1112_T_HRZJYTLYJ_A.md", _R8013)
    assert _dated(record) == ("2020-11-12", "meeting")


def test_an_english_date_label_closing_a_letter_dates_it_as_signed(tmp_path: Path) -> None:
    record = _txt(
        tmp_path,
        "letter.txt",
        "关于项目验收的说明\n\n项目已于本月完成全部开发与测试工作，特此说明。\n\n"
        "项目组\nDate: 2021-06-30\n",
    )
    assert _dated(record) == ("2021-06-30", "signature")


def test_a_word_ending_in_date_is_no_label(tmp_path: Path) -> None:
    # "update:" is no "date:" label: the date after it is the text's, as before
    record = _txt(
        tmp_path,
        "notes.txt",
        "周报\n\n本周完成接口联调。\n\nLast update: 2021-06-30 见附件\n",
    )
    assert _dated(record)[1] != "signature"
