"""Rounds of session 23 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

from evidence_audit.pipeline import explain

# Round 111: heldout249's r12321, a volunteer's notes before a radio interview (traditional)
R12321 = (
    "---\ntags: 公有地大行動\n---\n\n# 20240308 參加永續筆記本訪談錄音\n\n## 節目資訊與收聽網址\n"
    "廣播節目名稱：永續筆記本\n節目網址：https://www.rti.org.tw/radio/programView/id/1688\n"
    "主持人：嚴婉玲\n錄音時間：20240308 下午 1:30-16:30\n出席：chewei, 嚴婉玲 (線上)\n\n"
    "## Ep67公私協力做永續\n\n---\n## 活動前筆記區\n"
    "- chewei 可以分享碳匯城鄉專案、公有地活用專案\n    - 2021 碳匯城鄉 發起專案\n"
    "        - 建立公有資產的減碳類型架構\n"
)

# Round 111: heldout249's r12322, a project's introduction page: two aims, one per line
R12322 = (
    "---\ntags: 公有地大行動,公有資產\n---\n\n# 低碳社會的公有資產定位：碳匯實踐場域 ⛳\n\n"
    "依據財政部國有財產署 108 年度業務年報統計，我國現況共有 222 萬公頃公有土地，佔國土面積約六成。"
    "**面對當代碳中和、淨零排放等減碳目標**，多元的公有空間與環境型態，可以透過以下兩個推動方向，"
    "促進公有資產發揮減碳作為。\n\n"
    "一、公共工程及公有資產活化決策機制，導入碳匯評估思維 😎\n"
    "二、公有資產結合碳匯措施研究，累積更多實證場域 🏘\n\n"
    "## 工作方向\n\n一、運用國家資產資料，建立公產碳匯潛能評估工具 **Analysis Tool** ⚙\n"
    "二、以社會合作模式，把握公私協力減碳契機 **Partnership Building** 🙌 \n"
)


def test_r12321_a_radio_programmes_host_and_guests_are_no_meeting(tmp_path: Path) -> None:
    # before: minutes (66%) by 主持人： over 出席：, a false assurance
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", R12321)
    assert _counted(record) == "other"


def test_a_meetings_host_and_attendance_still_make_minutes(tmp_path: Path) -> None:
    # guard: the programme's own labels (廣播節目名稱, 節目網址) are what tell it apart
    text = R12321.replace(
        "廣播節目名稱：永續筆記本\n節目網址：https://www.rti.org.tw/radio/programView/id/1688\n", ""
    )
    text = text.replace("錄音時間", "會議時間").replace("參加永續筆記本訪談錄音", "專案例會")
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", text)
    assert _counted(record) == "minutes"


def test_explain_scores_a_traditional_text_as_the_audit_does(tmp_path: Path) -> None:
    # before: explain scored the printed (traditional) text, the audit its simplified copy,
    # so the scores shown named minutes 4.5 above a result of other
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", R12321)
    shown = explain(tmp_path / "项目组" / "N4WlZ7tRQGaacp1zvlLKWA.md", RULES, archive=tmp_path)
    assert shown.records[0].kind == record.kind == "other"
    minutes = next(s for s in shown.scores if s.kind.id == "minutes")
    assert minutes.score < RULES.min_score
    assert any("节目名称" in r and "(-4)" in r for r in minutes.reasons)


def test_r12322_aims_listed_line_by_line_are_no_case(tmp_path: Path) -> None:
    # before: case (67%) by two paired headings (一、…，… 二、…，…) one under the other
    record = _txt(tmp_path, "8Wl33z2aSkS5nYWhm4Eojw.md", R12322)
    assert _counted(record) == "other"


def test_paired_headings_over_their_paragraphs_still_tell_a_case(tmp_path: Path) -> None:
    # guard: an experience write-up's headings, each over its own paragraph
    text = (
        "聚焦产业发展，拓宽增收渠道\n"
        "一、坚持党建引领，夯实组织基础\n"
        "村党支部把产业发展作为头等大事，成立合作社，带动贫困户入股分红，户均增收三千元。\n"
        "二、创新帮扶模式，激发内生动力\n"
        "推行“合作社+基地+农户”模式，组织技能培训十二期，培训贫困劳动力四百余人次。\n"
    )
    record = _txt(tmp_path, "材料.txt", text)
    case = [r for r in record.classification.reasons if "一、坚持党建引领" in r]
    assert case and "(+3)" in case[0]
