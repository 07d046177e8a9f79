"""Documents printed in traditional characters (bench/corpus heldout15 and heldout16,
session 10 round 3), each reproduced faithfully.

The ruleset's vocabulary is simplified: a traditional text is read through a simplified
copy made character for character, and its title and 发文字号 are reported as printed.
Taiwanese 函 print their 发文日期 in the Republic-of-China calendar and their 字号 as
机关 + 字第 + digits + 号. The corpus ids are given with each test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.text import dates, hanzi

# r952: a Taipei district health centre's 函, as its text layer reads (page furniture,
# masthead, 发文 lines, 主旨, 说明 citing its own earlier 函)
R952 = [
    "裝",
    "訂",
    "線",
    "第1頁 共2頁",
    "檔 號：",
    "保存年限：",
    "臺北市大安區健康服務中心 函 ",
    "地址：10671臺北市大安區辛亥路3",
    "段15號 ",
    "承辦人：林亞璇 ",
    "電話：27335831轉6268 ",
    "傳真：27357653 ",
    " ",
    "受文者：臺北市政府環境保護局大安區",
    "清潔隊等 ",
    "發文日期：中華民國109年10月5日",
    "發文字號：北市安健個字第1093003080號",
    "速別：普通件",
    "密等及解密條件或保密期限：",
    "附件：109年9月份登革熱病媒蚊密度調查結果表 ",
    "主旨：檢送109年9月份臺北市大安區登革熱病媒蚊密度調查結果",
    "(如附件)，請查照。 ",
    "說明：",
    "一、依據本中心109年8月26日北市安健個字第1093002604號",
    "函續辦。 ",
    "二、109年9月份辦理大安區登革熱病媒蚊密度調查共計22場",
    "次，「住宅」共計11里次，「學校」共計1里次，「機關",
    "」共計10里次，布氏及容器級數皆未達2級以上。 ",
    "正本：臺北市政府環境保護局大安區清潔隊、臺北市大安區建倫里辦公處",
    "副本：臺北市政府衛生局（含附件）、臺北市大安區公所（含附件）",
]

# r953: a county government's 函 (one page)
R953 = [
    "新竹縣政府\u3000函",
    "地址：30210新竹縣竹北市光明六路10號",
    "承辦人：呂詩琦",
    "電話：03-5518101分機2817",
    "受文者：新竹縣立東興國民中學",
    "發文日期：中華民國110年9月30日",
    "發文字號：府教學字第1103718733號",
    "速別：普通件",
    "密等及解密條件或保密期限：",
    "附件：110學年度新竹縣科技教育創意實作競賽實施計畫",
    "主旨：有關本縣辦理「110學年度科技教育創意實作競賽」乙",
    "案，請各校踴躍報名參加，詳如說明，請查照。",
    "說明：",
    "一、依據本縣110學年度科技教育推動總體計畫辦理。",
    "三、競賽時間與地點",
    "(一)線上報名：110.10.29 (五)下午5:00前。",
    "(二)企劃書收件：110.11.30 (二)下午5:00前。",
    "１、競賽日期：111.1.5 (三) 上午9:00至下午5:00。",
    "五、檢附競賽實施計畫乙份。",
    "正本：新竹縣各縣立國中小群組",
    "副本：本府教育處學務管理科",
]

# r928: a learned society's council-meeting record (one page), dated in the ROC calendar
R928 = [
    "中國天文學會九十五年度第一次理事會議會議記錄",
    "時 間： 95年2月17日下午9:00",
    "地 點： 無(電話會議)",
    "出 席： 陳文屏、金升光、秦一男、張祥光、黃崇源、周翊、張桂蘭、管一政 陳炳志、呂聖元",
    "記 錄： 何瑄誼",
    "會議記錄：",
    "1 選舉常務理事：",
    "1.1 理事長提名且經理事會通過聘任張祥光(原職為常務理事)為祕書長; 按章程規定，",
    "重新選舉常務理事。",
    "2 會務報告：",
    "2.4 2006年會籌備工作：今年會分配予各理事相關準備工作，請各理事大力協助，首",
    "要工作應於2/24日前將年會活動及相關訊息公告於www.cast.org.tw上(負責人: 何瑄",
    "誼)。",
    "3 臨時動議--天文年會註冊費及會員費是否需調整一事：",
    "按章程規定天文年會的會員費為500元，考量物理年會的註冊費並兼顧天文年會收",
    "支，決議除會員費500元外，另收取註冊費300元，共計800元。",
]

# r927: the society's 2001 members' meeting, laid out as a form (its 会议名称 a field)
R927 = [
    "會議名稱 中國天文學會90年會員大會 開會時間 90年5月19日AM9:00～PM3:00",
    "開會地點 淡江大學S104會議室 主 席 高仲明 記錄",
    "淡江大學理學院院長致詞：",
    "天文結合了知性與感性，在過去對我來說是感性多於知性。",
    "理事長報告：",
    "會務報告：",
    "一、《理事長會議》89年10月7日",
    "在中央大學辦了一場成功的演講。",
    "二、《 TAW7 第七屆台北天文物裡研討會》89年10月18日～89年10月20日",
    "財務報告：",
    "本年度主要花費在於《天文年會》以及《天文教育研討會》，現在還有款項為 314,841 元整。",
    "提案討論：",
    "一、《發送定期會刊》",
    "提 案 人：張仁旺",
    "會員意見：",
    "1. 可以先推行幾期。",
    "結 論：",
    "暫訂以一年一期的方式嘗試看看。",
]


def test_taiwanese_letter_number_and_roc_date_as_printed(tmp_path: Path) -> None:
    # r952, heldout16: 发文日期 中華民國109年10月5日 = 2020-10-05; its own 字号 after the
    # 发文字号 label, reported in traditional characters; the cited one is not its
    rec = _txt(tmp_path, "公文.txt", "\n".join(R952))
    assert rec.doc.doc_number == "北市安健個字第1093003080號"
    assert _date(rec) == ("2020-10-05", "signature")


def test_county_letter_number_and_date(tmp_path: Path) -> None:
    # r953, heldout16: 府教學字第1103718733號, 中華民國110年9月30日; a 函, counted
    rec = _docx(tmp_path, "公文.docx", R953)
    assert rec.doc.doc_number == "府教學字第1103718733號"
    assert _date(rec) == ("2021-09-30", "signature")
    assert _counted(rec) == "letter"


def test_traditional_meeting_record_is_minutes_dated_in_roc_calendar(tmp_path: Path) -> None:
    # r928, heldout15: other 0% before (會議記錄 is read as 会议记录); its 时间 95年2月17日
    rec = _txt(tmp_path, "record20060217.txt", "\n".join(R928))
    assert _counted(rec) == "minutes"
    assert rec.doc.title == "中國天文學會九十五年度第一次理事會議會議記錄"
    assert _date(rec) == ("2006-02-17", "meeting")


def test_form_laid_out_meeting_dated_by_its_roc_time(tmp_path: Path) -> None:
    # r927, heldout15: 開會時間 90年5月19日 (民国90年 = 2001), not the report's 89年 events;
    # its 会议名称 is a field, no title
    rec = _txt(tmp_path, "ASROC_19May2001.txt", "\n".join(R927))
    assert _date(rec) == ("2001-05-19", "meeting")
    assert rec.doc.title is None


def test_simplified_text_is_left_alone() -> None:
    text = "关于著作权的通知\n2019年5月1日"
    assert not hanzi.needs_simplifying(text)
    assert not hanzi.needs_simplifying("华为（華為）公司")  # a name or two is no traditional text


def test_simplified_copy_keeps_every_position() -> None:
    original = "中華民國天文學會 第 27 屆第 2 次會員大會 會議紀錄"
    copy = hanzi.simplified(original)
    assert copy == "中华民国天文学会 第 27 届第 2 次会员大会 会议纪录"
    assert len(copy) == len(original)
    assert hanzi.as_printed("会员大会", copy, original) == "會員大會"
    # a headline joined from its spaced words is still found and printed as printed
    assert hanzi.as_printed("第27届第2次会员大会", copy, original) == "第27屆第2次會員大會"


def test_roc_dates() -> None:
    # the era named: always; a bare two- or three-digit year only in a traditional text
    found = dates.find_dates("发文日期：中华民国110年9月30日")
    assert [f.date for f in found] == [dt.date(2021, 9, 30)]
    assert found[0].raw == "中华民国110年9月30日"
    assert dates.find_dates("时间：95年2月17日") == []
    with dates.roc_calendar():
        assert [f.date for f in dates.find_dates("时间：95年2月17日")] == [dt.date(2006, 2, 17)]
        assert [f.date for f in dates.find_dates("2019年5月17日")] == [dt.date(2019, 5, 17)]


# r929: a council-meeting record under the society's letterhead (9 pages; its first lines)
R929 = [
    "中華民國天文學會",
    "Astronomical Society of the Republic of China",
    "台北市 10617 羅斯福路四段 1 號天文數學館 11 樓",
    "11F of Astronomy-Mathematics Building, No.1, Sec. 4, ",
    "Roosevelt Rd, Taipei 10617, Taiwan",
    "TEL +886-2-3365-2200 • FAX +886-2-2367-7835 • http://www.asroc.org.tw/",
    "中華民國天文學會 第 26 屆第 9 次理事會議 會議紀錄 ",
    "一、時 間：2019 年 04 月 27 日 (星期六) 17：30",
    "二、地 點：台北市公務人力發展中心 B1 風尚咖啡廳",
    "三、出席人員姓名： ",
    "（理事長） 朱有花 （中研院天文及天文物理研究所）",
    "（常務理事） 秦一男 （淡江大學物理系）",
    "四、列席人員 汪仁鴻 （秘書長）",
    "五、主席： 朱有花",
    "壹、報告事項： ",
    "（一）2019 年會籌備進度報告",
    "• 日期：2019/05/17-19",
    "• 目前報名人數：166 人",
    "（二）財務報告",
    "• 中央研究院學術活動年度補助款兩萬元已於 108/01/07 入帳。",
]

# r932: the council-and-supervisors meeting record (its letterhead without the TEL line)
R932 = [
    "中華民國天文學會",
    "Astronomical Society of the Republic of China",
    "台北市10617羅斯福路四段1號天文數學館11樓",
    "11F of Astronomy-Mathematics Building, No.1, Sec. 4,",
    "Roosevelt Rd, Taipei 10617, Taiwan",
    "中華民國天文學會 第 28 屆第 5 次理監事會議 會議紀錄",
    "一、時 間：2024年12月13日 (星期五) 10:00",
    "二、地 點：國立清華大學(綜合二館R524)",
    "三、出席人員姓名：",
    "（理事） 江國興（清華大學天文所）",
    " 王祥宇（中研院天文及天文物理研究所）(請假)",
    "五、主席： 江國興 （清華大學天文所）",
]


def test_meeting_record_under_letterhead_titled_and_dated_by_its_time(tmp_path: Path) -> None:
    # r929, heldout15: other 0% titled by the letterhead, dated by the annual meeting's
    # 日期：2019/05/17-19 (a span of days, an event's) → minutes, its headline, its 时间
    rec = _txt(tmp_path, "minutes_20190427.txt", "\n".join(R929))
    assert _counted(rec) == "minutes"
    assert rec.doc.title == "中華民國天文學會第26屆第9次理事會議會議紀錄"
    assert _date(rec) == ("2019-04-27", "meeting")


def test_english_address_line_does_not_open_the_headline(tmp_path: Path) -> None:
    # r932, heldout15: the address line above was joined to the headline; 二、地 點 under the
    # 时间 makes it the meeting's
    rec = _txt(tmp_path, "minutes_20241213.txt", "\n".join(R932))
    assert _counted(rec) == "minutes"
    assert rec.doc.title == "中華民國天文學會第28屆第5次理監事會議會議紀錄"
    assert _date(rec) == ("2024-12-13", "meeting")


def test_labelled_span_of_days_is_no_signature() -> None:
    roles = dates.date_roles("工作安排\n日期：2019/05/17-19\n")
    assert [r.role for r in roles] == ["body"]
    assert [r.role for r in dates.date_roles("日期：2019年5月17日\n")] == ["signature"]


def test_page_furniture_is_no_title(tmp_path: Path) -> None:
    # r952, heldout16: its page line 第1頁 共2頁 was taken as the title (no headline
    # labelled); the parts found are shown as printed
    rec = _txt(tmp_path, "公文.txt", "\n".join(R952))
    assert rec.doc.title is None
    assert "第1頁共2頁" in [c.text for c in rec.doc.title_candidates]


def test_items_find_their_simplified_words_in_a_traditional_text(tmp_path: Path) -> None:
    # an item's words (常务会议) are looked for in the text as read in simplified characters
    from evidence_audit.judge._checks import check_mentions
    from evidence_audit.rules.params import Mentions

    lines = ["中國天文學會第一次常務會議會議記錄", *R928[1:]]
    rec = _txt(tmp_path, "record.txt", "\n".join(lines))
    outcome = check_mentions(rec, Mentions(("常务会议",)), None, None)  # type: ignore[arg-type]
    assert not outcome.failures
    missing = check_mentions(rec, Mentions(("联席会议",)), None, None)  # type: ignore[arg-type]
    assert missing.failures


def test_headline_with_its_english_translation_on_the_line(tmp_path: Path) -> None:
    # r933, heldout15: the annual meeting's programme; titled by its Chinese heading, the
    # English 2024 ASROC Annual Meeting beside it no part of the title
    lines = [
        "中華民國天文學會2024年年會 2024 ASROC Annual Meeting",
        "Day 1 (May 31, Friday) 第一天 (5月31日, 星期五)",
        "Venue /地點：NCUE Jin-Pyng Wang Activity Center /國立彰化師範大學王金平活動中心",
        "12:00 - 13:30 Registration 註冊報到",
        "13:30 - 14:00",
        "Opening remarks 大會開幕致詞 Chair: Kuo-Chuan Pan",
        "來賓致詞：國立彰化師範大學 陳明飛校長",
    ]
    rec = _txt(tmp_path, "program.txt", "\n".join(lines))
    assert rec.doc.title == "中華民國天文學會2024年年會"
