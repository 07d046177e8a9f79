"""The pattern worked on in round 39 (bench/corpus/rounds.md: heldout65's misses, seen
after round 38), reproduced faithfully from the document's real lines. The corpus id is
given with the test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import text_file as _txt

# r3117 (a news-event corpus's raw text, 交通事故导致司机被困.txt): the page's posting line,
# then the story with its 讯 lead
_R3117 = (
    "2014-04-18 15:26:01\u3000来源: 中国网\n"
    "中国网4月18日讯4月17日上午10时59分，晋江市灵源街道好日子超市门口，一辆平板载货车与一辆货车"
    "发生碰撞，致使货车司机被困。接警后，灵源派出所民警带领该所消防队员迅速赶赴现场。\n\n"
    "到达现场后，民警发现两车碰撞后，货车驾驶室严重变形，司机被困在驾驶室内，司机右腿被车头变形的"
    "零部件卡住，只要将变形的车门切割掉，就可以将被困司机救出。\n\n"
    "了解情况后，消防官兵立即展开救援。救援人员首先利用液压扩张器、撬棍将变形的车门撬开。\n"
)


def test_r3117_a_posting_line_is_no_headline_and_dates_the_story(tmp_path: Path) -> None:
    # titled "2014-04-1815:26:01来源:中国网" before, its 来源 then no evidence: other
    record = _txt(tmp_path, "交通事故导致司机被困.txt", _R3117)
    assert record.doc.title is None
    assert _counted(record) == "news"
    assert _date(record) == ("2014-04-18", "published")
