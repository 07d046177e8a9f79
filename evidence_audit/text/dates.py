"""Dates in Chinese documents, file names and EXIF values.

Spellings understood in free text (:func:`find_dates`): ``2019年5月12日`` (spaces,
zero padding, full-width digits, ``元月``, ``号`` for ``日``), ``2019.5.12`` /
``2019-05-12`` / ``2019/5/12`` (same separator twice), and Chinese numerals
``二〇一九年五月十二日`` with the zero written 〇, ○, O, Ｏ, 0 or 零; a range within a
month (``2014年3月24—28日``) gives its first day. Numeric dates
always need separators in free text, so the digits inside an ID number are never read
as a date. Years run from 1900 to 2099; impossible dates (2019年2月30日) are skipped.

In a document every date plays a role (:func:`date_roles`): the 落款 (``signature``),
印发 or 发布 (``issue``), a meeting's (``meeting``), a form's 填报日期 (``form``), the
title's (``title``), a cover's (``cover``), or a date the text only mentions (``body``);
:func:`choose_date` picks the one a clerk files the document by.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

__all__ = [
    "ROLE_ORDER",
    "FoundDate",
    "Layout",
    "RoleDate",
    "banji_start",
    "choose_date",
    "date_from_exif",
    "date_from_name",
    "date_roles",
    "document_date",
    "find_dates",
    "form_date",
    "parse_chinese_date",
    "roc_calendar",
    "title_date",
    "unreadable_dates",
    "version_date",
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text: the date, its span ``text[start:end]`` and that raw text."""

    date: datetime.date
    start: int
    end: int
    raw: str


# Full-width digits and separators folded to ASCII one for one (offsets stay valid).
_FOLD = str.maketrans(
    "０１２３４５６７８９．－／\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    "0123456789.-/" + "\n" * 9,
)
# Every line break str.splitlines() knows, folded to "\n" one for one.
_LINES = str.maketrans(dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))
_H = r"[^\S\n]*"  # horizontal white space only: a date never spans lines
_CN_DIGIT = "一二三四五六七八九"
_CN_ZERO = "〇○零OＯ0"

#: Blanks of a form a date was written into ("2018 年___10_月_18__号"), or white space.
_B = r"[^\S\n]*(?:_+[^\S\n]*)*"
_DATE_AR = re.compile(
    rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){_B}年{_B}(?P<m>[0-9]{{1,2}}|元){_B}月{_B}"
    # its 日 left out before a closing bracket: "[广州][2015 年 9 月 12] Gohpers 聚会", or
    # lost at the line's end (not wrapped onto the next) or before the weekday
    # ("寿县人民政府督查室  2022年8月19", an e-paper's ">2023年8月12星期六"), or before
    # its time of day ("2014 年 07 月 10 08:50:50 来源：民权网")
    rf"(?P<d>[0-9]{{1,2}})(?:{_B}[日号]|(?=[ \t]*(?:[\]】）)]|\n(?![ \t]*[日号])|$|星期|周[一二三四五六日天]))"
    r"|(?=[ \t]+[0-9]{1,2}:[0-9]{2}))"
)
# A range within one month: "2014年3月24—28日" is dated by its first day.
_DATE_RANGE = re.compile(
    rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){_H}年{_H}(?P<m>[0-9]{{1,2}}|元){_H}月{_H}"
    rf"(?P<d>[0-9]{{1,2}}){_H}[日号]?{_H}[—–\-~～至到]{{1,2}}{_H}[0-9]{{1,2}}{_H}[日号]"
)
_DATE_NUM = re.compile(
    # a space after each dash a page's markup left ("2020- 11- 27 11: 01"), both or neither
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[./-])(?P<sp>(?<=-) )?(?P<m>[0-9]{1,2})"
    r"(?P=sep)(?(sp) )"
    r"(?P<d>[0-9]{1,2}(?![0-9])|[0-9]{2}(?=[0-9]{1,2}:[0-9]{2}))"  # "2024-02-0723:04": time glued on
)
# A European page's day first, its time after it ("25.02.2016  10:00", "18.08.2017 22:12"):
# the time makes it a posting's timestamp, and a Chinese page writes no month first.
_DATE_DAY_FIRST = re.compile(
    r"(?<![0-9.])(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>(?:19|20)[0-9]{2})"
    r"(?=[^\S\n]*[0-9]{1,2}:[0-9]{2}(?![0-9]))"
)
_DATE_CN = re.compile(
    # its year's figures may stand apart ("二 0 一九年一月八日", a 落款 typed with spaces)
    rf"(?<![{_CN_DIGIT}十{_CN_ZERO}])(?P<y>[一二](?:{_H}[{_CN_ZERO}{_CN_DIGIT}]){{3}}){_H}年{_H}"
    rf"(?P<m>十[一二]?|[{_CN_DIGIT}]|元){_H}月{_H}"
    rf"(?P<d>三十一?|二十[{_CN_DIGIT}]?|十[{_CN_DIGIT}]?|[{_CN_DIGIT}]){_H}[日号]"
)
# A date split over two lines (a cell, a narrow column): the year alone ending its line
# ("2021", "会议时间：2021年"), the month and day opening the next ("03/02 例会", "3月2日").
# Only "/" or "-" or 月…日 on the second line: "2021" over "3.1 概述" is a section number.
_SPLIT_HEAD = r"(?:^|(?<=[\s:：]))(?P<y>(?:19|20)[0-9]{2})[^\S\n]*年?[^\S\n]*\n[^\S\n]*"
_DATE_SPLIT_NUM = re.compile(
    _SPLIT_HEAD + r"(?P<m>[0-9]{1,2})(?P<sep>[/-])(?P<d>[0-9]{1,2})(?![0-9./\-月])", re.M
)
_DATE_SPLIT_AR = re.compile(
    _SPLIT_HEAD + rf"(?P<m>[0-9]{{1,2}}){_H}月{_H}(?P<d>[0-9]{{1,2}}){_H}[日号]", re.M
)
# A date a copy's hard line breaks wrapped next to its 月 ("根据2020年10" / "月17日第十三届…",
# "2020年10月" / "17日"): one date, the break inside it.
_DATE_WRAPPED_AR = re.compile(
    rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){_H}年{_H}(?P<m>[0-9]{{1,2}})"
    rf"(?:{_H}\n{_H}月|{_H}月{_H}\n){_H}(?P<d>[0-9]{{1,2}}){_H}[日号]"
)
# A date shredded one piece a line, as a page set its figures in spans of their own
# ("（" / "2021" / "年" / "5" / "月" / "7" / "日）"): its six pieces, each alone on its line.
_DATE_SHREDDED = re.compile(
    r"(?m)^[^\S\n]*(?P<y>(?:19|20)[0-9]{2})[^\S\n]*\n[^\S\n]*年[^\S\n]*\n"
    r"[^\S\n]*(?P<m>[0-9]{1,2})[^\S\n]*\n[^\S\n]*月[^\S\n]*\n"
    r"[^\S\n]*(?P<d>[0-9]{1,2})[^\S\n]*\n[^\S\n]*[日号]"
)
# Dates damaged by OCR where one reading only is possible: a letter for a digit inside
# 年…月…日 ("2025年3月l9日"), or a labelled date that lost its second separator
# ("会议日期2025/319": 3月19日, as 31月9日 is none; "2025/112" could be 1/12 or 11/2, so none).
_OCR_DIGIT = "0-9lI|Oo"
_DATE_OCR_AR = re.compile(
    rf"(?<![0-9])(?P<y>(?:[1lI]9|2[0Oo])[{_OCR_DIGIT}]{{2}}){_H}年{_H}(?P<m>[{_OCR_DIGIT}]{{1,2}}){_H}月"
    rf"{_H}(?P<d>[{_OCR_DIGIT}]{{1,2}}){_H}[日号]"
)
_DATE_OCR_NUM = re.compile(
    r"(?:日\s*期|时\s*间)[:：]?[^\S\n]*"
    r"(?P<y>(?:19|20)[0-9]{2})[./-](?P<md>[0-9]{3,4})(?![0-9./-])"
)
#: A compact date after a date's label ("汇报时间：20170626"): eight digits standing
#: alone, not a range's start (20170626-20170702) nor part of a longer number.
_DATE_LABELLED_COMPACT = re.compile(
    r"(?:日\s*期|时\s*间)[*_\]】]*[:：][*_]*[^\S\n]*"
    r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?![0-9./\-－—~～至])"
)
#: A compact date opening a Markdown headline (a heading of the first level), words after
#: it ("# 20190325 小组第一次会议"): a record's headline (a roster's 8-digit student number
#: opens no heading; "## 20190304会议纪要" heads one entry of a book of minutes).
_DATE_HEADING_COMPACT = re.compile(
    r"(?m)^[^\S\n]*#[^\S\n]*"
    r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?=[^\S\n]*[-_—]?[^\S\n]*[^\W\d_])"
)
#: The end of an organ's line (its 署名) and the next line's start, where a 落款's date
#: whose 年, 月 and 日 a copy lost stands.
_UNDER_ORGAN = (
    r"(?:人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|党委|党组|局|厅|委|办|中心)"
    r"[^\S\n]*\n[^\S\n]*"
)
#: Where such a date stands: under the 署名, or alone over the 附注 when the 署名 is lost too
#: ("2015917" over "（此件主动公开）").
_LOST_DATE_AT = rf"(?:{_UNDER_ORGAN}|^[^\S\n]*(?=[0-9年 \t]+\n[^\S\n]*[（(]此件))"
#: A 落款's date whose 年, 月 and 日 a copy lost ("20171116" alone under 兴城市人民政府办公室):
#: eight figures alone on their line, right under a line ending in an organ's name (or
#: over the 附注, :data:`_LOST_DATE_AT`).
_DATE_SIGNED_COMPACT = re.compile(
    rf"(?m){_LOST_DATE_AT}"
    r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])[^\S\n]*$"
)
#: The same with fewer figures, when they have one reading as a month and a day
#: ("2018525" under 东宁市人民政府办公室: 5月25日; "202341": 4月1日; "2019 年 1011" with
#: its 年 kept): two readings (2024115: 1月15日 or 11月5日) are no date.
_DATE_SIGNED_SHORT = re.compile(
    rf"(?m){_LOST_DATE_AT}"
    r"(?P<y>(?:19|20)[0-9]{2})(?P<nian>[^\S\n]*年[^\S\n]*)?(?P<md>[0-9]{2,4})[^\S\n]*$"
)
#: Or with its figures set apart by spaces ("2020 4 13" under 遂宁市林业局).
_DATE_SIGNED_SPACED = re.compile(
    rf"(?m){_LOST_DATE_AT}"
    r"(?P<y>(?:19|20)[0-9]{2})[^\S\n]+(?P<m>[0-9]{1,2})[^\S\n]+(?P<d>[0-9]{1,2})[^\S\n]*$"
)
#: What a date that lost its 年月日 reads as on its own: figures alone, a 年 kept or spaces between.
_LOST_MARKS = re.compile(
    r"(?:19|20)[0-9]{2}(?:[0-9]{2,4}|\s*年\s*[0-9]{3,4}|\s+[0-9]{1,2}\s+[0-9]{1,2})"
)
#: A date in the Republic-of-China calendar (its year + 1911 is the Gregorian year):
#: 中华民国110年9月30日, 民国90年5月19日 always; a bare 110年9月30日 or 95年2月17日 only in a
#: text printed in traditional characters (:func:`roc_calendar`), where a year of two or
#: three digits is the ROC's (a simplified text's 19年5月1日 is no date).
_DATE_ROC = re.compile(
    rf"(?P<era>(?:中华)?民国{_H})?(?<![0-9])(?P<y>[0-9]{{2,3}}){_H}年{_H}(?P<m>[0-9]{{1,2}})"
    rf"{_H}月{_H}(?P<d>[0-9]{{1,2}}){_H}[日号]"
)
#: The same in Chinese numerals (中華民國一一一年六月十五日, 民國九十九年六月三十日): with
#: its era always; bare (一一一年六月十五日) where 110年 would be read so.
_DATE_ROC_CN = re.compile(
    rf"(?P<era>(?:中华)?民国{_H})?(?<![{_CN_DIGIT}十{_CN_ZERO}])"
    rf"(?P<y>[一二三四五六七八九][{_CN_ZERO}{_CN_DIGIT}]{{1,2}}|[{_CN_DIGIT}]?十[{_CN_DIGIT}]?)"
    rf"{_H}年{_H}(?P<m>十[一二]?|[{_CN_DIGIT}]|元){_H}月{_H}"
    rf"(?P<d>三十一?|二十[{_CN_DIGIT}]?|十[{_CN_DIGIT}]?|[{_CN_DIGIT}]){_H}[日号]"
)
#: The same in figures (提報日期：110.07.30, 處理日期 110/1/5): a year of 100–119 only
#: (2011–2030), so a section number or a version is no date; only where 110年 would be.
_DATE_ROC_NUM = re.compile(
    r"(?<![0-9.])(?P<y>1[01][0-9])(?P<sep>[./])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9]|\.[0-9])"
)
#: A date written in English: "January 14, 2017", "Sept. 30, 2021", "30th September 2021".
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_EN = re.compile(
    rf"(?<![A-Za-z])(?:{_MONTH}\.?{_H}(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?{_H}{_MONTH.replace('mon', 'mon2')}\.?,?)"
    rf"{_H}(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])"
)
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}  # fmt: skip
_ROC_OFFSET = 1911
_ROC_YEARS: ContextVar[bool] = ContextVar("roc_years", default=False)
_OCR_FOLD = str.maketrans("lI|Oo", "11100")
_COMPACT = re.compile(r"[0-9]{8}")
_TIME_OF_DAY = re.compile(r"(?<=[0-9日号])\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$")
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
_EXIF = re.compile(r"\s*([0-9]{4})[:./-]([0-9]{1,2})[:./-]([0-9]{1,2})(?:[T\s].*)?", re.S)
#: (not "2012年2月14日印发的《…》同时废止": a document the body cites)
_YINFA_AFTER = re.compile(rf"{_H}印{_H}发(?!{_H}的)")
#: A periodical's "（二〇一九年五月七日出版）" under its masthead: when the issue came out.
_PUBLISHED_ISSUE = re.compile(rf"{_H}出{_H}版{_H}[）)]")
_BANJI_LINE = re.compile(r"\s*(?:抄\s*[送报]|分\s*送|报\s*送|主\s*题\s*词)\s*[:：]")
_UTC8 = datetime.timezone(datetime.timedelta(hours=8))

#: Name dates from a compact digit run need a year in this range.
_NAME_YEARS = range(1990, 2040)
#: Lines at the top of a document searched for a heading date (纪要).
_HEAD_LINES = 8


def _cn_int(s: str) -> int:
    """The value of a Chinese numeral of at most two places (十二, 二十一, 三十, 五)."""
    if s == "元":
        return 1
    if "十" not in s:
        return _CN_DIGIT.index(s) + 1
    tens, _, units = s.partition("十")
    return (_CN_DIGIT.index(tens) + 1 if tens else 1) * 10 + (
        _CN_DIGIT.index(units) + 1 if units else 0
    )


def _cn_year(s: str) -> int:
    return int(
        "".join("0" if c in _CN_ZERO else str(_CN_DIGIT.index(c) + 1) for c in s if not c.isspace())
    )


def _make(y: int, m: int, d: int) -> datetime.date | None:
    if not 1900 <= y <= 2099:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _readings(y: int, digits: str) -> tuple[datetime.date, ...]:
    """The dates "319" or "1012" can be in year ``y`` (M DD or MM D)."""
    return tuple(
        d
        for cut in (1, 2)
        if 0 < len(digits) - cut <= 2
        and (d := _make(y, int(digits[:cut]), int(digits[cut:]))) is not None
    )


def _month_day(y: int, digits: str) -> datetime.date | None:
    """The one date "319" or "0319" can be in year ``y``, else None."""
    readings = _readings(y, digits)
    return readings[0] if len(readings) == 1 else None


def _match_date(m: re.Match[str]) -> datetime.date | None:
    if m.re is _DATE_CN:
        return _make(_cn_year(m["y"]), _cn_int(m["m"]), _cn_int(m["d"]))
    if m.re is _DATE_OCR_AR:
        y, mo, d = (m[g].translate(_OCR_FOLD) for g in ("y", "m", "d"))
        return _make(int(y), int(mo), int(d))
    if m.re is _DATE_SIGNED_SHORT and not m["nian"] and len(m["md"]) == 4:
        return None  # eight figures: _DATE_SIGNED_COMPACT's
    if m.re is _DATE_SIGNED_SHORT and len(m["md"]) == 2 and m["md"][0] in "01":
        return None  # "201912": as likely the month (2019年12月) as a day (1月2日)
    if m.re is _DATE_OCR_NUM or m.re is _DATE_SIGNED_SHORT:
        return _month_day(int(m["y"]), m["md"])
    if m.re is _DATE_EN:
        month = _MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        return _make(int(m["y"]), month, int(m["d"] or m["d2"]))
    if m.re is _DATE_ROC:
        if m["era"] is None and not _ROC_YEARS.get():
            return None
        return _make(int(m["y"]) + _ROC_OFFSET, int(m["m"]), int(m["d"]))
    if m.re is _DATE_ROC_CN:
        if m["era"] is None and not _ROC_YEARS.get():
            return None
        y = _cn_int(m["y"]) if "十" in m["y"] else _cn_year(m["y"])
        return _make(y + _ROC_OFFSET, _cn_int(m["m"]), _cn_int(m["d"]))
    if m.re is _DATE_ROC_NUM:
        if not _ROC_YEARS.get():
            return None
        return _make(int(m["y"]) + _ROC_OFFSET, int(m["m"]), int(m["d"]))
    month = 1 if m["m"] == "元" else int(m["m"])
    return _make(int(m["y"]), month, int(m["d"]))


_DATE_RES = (
    _DATE_AR, _DATE_RANGE, _DATE_NUM, _DATE_DAY_FIRST, _DATE_CN,
    _DATE_SPLIT_NUM, _DATE_SPLIT_AR, _DATE_WRAPPED_AR, _DATE_SHREDDED, _DATE_OCR_AR, _DATE_OCR_NUM, _DATE_LABELLED_COMPACT,
    _DATE_HEADING_COMPACT, _DATE_SIGNED_COMPACT, _DATE_SIGNED_SHORT, _DATE_SIGNED_SPACED,
    _DATE_ROC, _DATE_ROC_CN, _DATE_ROC_NUM, _DATE_EN,
)  # fmt: skip


@contextmanager
def roc_calendar(on: bool = True) -> Iterator[None]:
    """Within it, a bare year of two or three digits (110年9月30日) is read in the
    Republic-of-China calendar: for a text printed in traditional characters."""
    token = _ROC_YEARS.set(on)
    try:
        yield
    finally:
        _ROC_YEARS.reset(token)


def find_dates(text: str) -> list[FoundDate]:
    """Every valid calendar date in ``text``, in order of position.

    Besides the spellings of the module's docstring: a date split over two lines (the
    year alone ending one, ``03/02`` or ``3月2日`` opening the next, or a copy's hard break
    next to its 月: ``2020年10`` / ``月17日``; its ``raw`` holds the line break), and dates damaged by OCR that have a single reading (``2025年3月l9日``,
    a labelled ``2025/319``). A damaged date with two readings is no date.
    """
    folded = text.translate(_FOLD)
    found: list[FoundDate] = []
    for rx in _DATE_RES:
        for m in rx.finditer(folded):
            d = _match_date(m)
            if d is not None:
                # a label matched before a damaged date is not its; an era is
                start = (
                    m.start()
                    if m.re in (_DATE_ROC, _DATE_ROC_CN, _DATE_EN, _DATE_DAY_FIRST)
                    else m.start("y")
                )
                found.append(FoundDate(d, start, m.end(), text[start : m.end()]))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[FoundDate] = []
    for f in found:
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


def unreadable_dates(text: str) -> list[tuple[str, tuple[datetime.date, ...]]]:
    """Labelled dates damaged past one reading ("会议日期2025/112": 1月12日 or 11月2日),
    each with its readings: no date is made of them, and the reader is told why."""
    out: list[tuple[str, tuple[datetime.date, ...]]] = []
    for m in _DATE_OCR_NUM.finditer(text.translate(_FOLD)):
        readings = _readings(int(m["y"]), m["md"])
        if len(readings) > 1:
            out.append((text[m.start("y") : m.end()], readings))
    return out


def _compact_date(digits: str) -> datetime.date | None:
    """YYYYMMDD, optionally followed by hhmm, hhmmss or hhmmssSSS."""
    if len(digits) not in (8, 12, 14, 17) or int(digits[:4]) not in _NAME_YEARS:
        return None
    d = _make(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    rest = digits[8:]
    if d is None or not rest:
        return d
    hh, mm, ss = int(rest[0:2]), int(rest[2:4]), int(rest[4:6] or 0)
    return d if hh < 24 and mm < 60 and ss < 60 else None


def parse_chinese_date(text: str) -> datetime.date | None:
    """The date ``text`` consists of, in any spelling :func:`find_dates` knows, else None.

    Because the whole string must be a date, a bare ``20190512`` is accepted too; a
    trailing time of day ("2019-05-12 09:30:00", as spreadsheets write it) is ignored.
    """
    s = _TIME_OF_DAY.sub("", text.strip())
    if _COMPACT.fullmatch(s.translate(_FOLD)):
        return _compact_date(s.translate(_FOLD))
    if _DATE_RANGE.fullmatch(s.translate(_FOLD)):
        return None  # a range is no one date
    found = find_dates(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].date
    return None


_FILLED_IN = re.compile(
    # (盘点: an inventory's 盘点时间, the day the stock it lists was counted)
    r"(?:(?:填报|填表|制表|统计|报送|编制|导出|打印|盘点)(?:日期|时间)|(?<![^\s])(?:日期|时间))\s*[:：]\s*"
)
_PUBLISHED = re.compile(r"(?:发布|发表|发稿|刊发|刊登|上传)(?:时间|日期)\s*[:：]\s*")
#: A web page's publication line: "编辑于 2022-04-22 16:03" (Zhihu), "发布于 2021-03-02".
_PUBLISHED_AT = re.compile(r"(?:编辑|发布|发表)于")
#: A newspaper's line naming the day and the page it printed an article on:
#: "《工人日报》（2023年12月29日 06版）" (before the date and after it, to the line's end).
_CITED_PAPER = re.compile(r"[^\S\n]*《[^《》\n]{1,12}(?:报|刊)》[^\S\n]*[（(][^\S\n]*")
_PAPER_PAGE = re.compile(
    r"[^\S\n]*(?:第[^\S\n]*)?[A-Z]?[0-9０-９]{1,3}[^\S\n]*版[^\S\n]*[）)][^\S\n]*"
)
_DATE_LABEL = re.compile(r"(?:日期|时间|签订于|签署于)\s*[:：]$")
# A label in front of a date ("批准日期：", "会议时间：", "时 间" in a form's cell).
#: A label may be set in a text's markup: Markdown's bold (**会议时间**：, **更新日期：**),
#: a list's dash, a bracketed field name ([时间], 【时间】).
_MARKUP = r"[*_\]】]*"
#: What a date's label ends in: 日期, 时间, a patent office's 发文日, an application's
#: 申请期 (申请人： / 申请期：2024年9月9日 under a 转正 application); 更新 before its colon
#: (最新更新：2026-02-28, 最后更新：, a page's or a memo's last revision), 日志 before its
#: colon (**日志：2021.3.13** under a team's discussion record: the day it records).
_LABEL_END = r"(?:日\s*期|时\s*间|发\s*文\s*日|公\s*开\s*日|申\s*请\s*期|(?:更\s*新|日\s*志)(?=[*_\]】]*\s*[:：]))"
#: A bar may stand for the colon: a form's label and value set apart by one (时间 | 2021年
#: 8月29日) are a field, as they are in two cells of a table.
_LABEL_BEFORE = re.compile(
    # (a mirror site's glosses blanked inside it: "发    布时间：", no-break spaces)
    rf"(?P<label>(?:[\u4e00-\u9fff]\u00a0*){{0,6}}?{_LABEL_END}){_MARKUP}\s*(?:[:：]\s*)?[|｜]?{_MARKUP}\s*$"
)
#: A time zone named before a date ("北京时间2019年11月19日，"): no label of it.
_ZONE = re.compile(r"(?:北京|东京|当地|格林尼治|美东|美西|太平洋)(?:标准)?时间")
_LABEL_ALONE = re.compile(
    rf"^\s*(?:[-*>]\s+|[•·▪]\s*)?[*_\[【]*(?P<label>[\u4e00-\u9fff]{{0,6}}?{_LABEL_END})"
    rf"{_MARKUP}\s*[:：]?{_MARKUP}\s*$"
)
#: (an item of a numbered list too: 二、地 点：; a Markdown table's cell, | 地点 | 线上会议 |; a
#: place named for what is held there, **舉行地點：**; in English minutes, **Location:**)
_PLACE_LABEL = re.compile(
    r"(?:^|\s)(?:[-*>]\s+|[|｜]\s*|[一二三四五六七八九十]{1,2}、\s*)?[*_\[【]*"
    r"(?:(?:会议|举行|开会|召开|活动)?地\s*点\s*[*_\]】]*\s*[:：]?|(?i:location|venue|place)[*_\]】]*\s*[:：])"
)
#: An English label opening the line (or the cell) of a date, as teams' minutes written in
#: English set it (**Time:** 2020.11.12, Date: 2021/03/12, Meeting date:, a cell's "Date
#: 30th September 2021"), read as the Chinese label it stands for (not "Due date:").
_ENGLISH_LABEL = re.compile(
    r"(?i)(?:[^\n]*\t)?[ \t>*_#|-]*(?P<meeting>meeting[ \t]+)?(?P<label>date|time)[*_\]]*"
    r"(?:[ \t]*(?:[:：][*_]*|\t|[|｜])[ \t]*|[ ]+)"
)
_ENGLISH_LABELS = {"date": "日期", "time": "时间"}
#: A line opening on a time's field: "时间：15:00", "Time\t15:00" (not "时 间" as a header).
_TIME_FIELD = re.compile(r"\s*(?:时间|(?i:time))[*_\]】]*[ \t]*(?:[:：]|\t)")
#: A page's source field's label: 来源, 信息来源, 文章来源 (来 源 spaced out).
_SOURCE = r"(?:信息|文章)?来\s*源"
#: What may stand before the date on a page's posting line: nothing, or a time's label.
_POSTED_LABEL = re.compile(
    # (the site's address may open it: "http://www.lywxww.com  2017-04-12 11:17:54 来源:…";
    # the line or the date may stand in brackets: "【2022-03-30 来源：…】", "本站发表时间：[2019-07-19]")
    r"[^\S\n]*(?:(?:https?://|www\.)[^\s]+[^\S\n]+)?[【\[［]?"
    # (its source's field left empty before it: "【信息来源：【信息时间：2022-02-15 15:10")
    rf"(?:{_SOURCE}[^\S\n]*[:：][^\S\n]*[【\[［]?)?"
    # (the label spaced out: "发    布时间：2024/8/29 16:27:44")
    r"(?:(?:本站)?(?:发\s*布|发\s*表|更\s*新|信\s*息)?(?:时\s*间|日\s*期)[^\S\n]*[:：][^\S\n]*[【\[［]?)?"
)
#: A page's source field, empty or not, before its time's field: "来源：    时间：2018年11月02日".
_SOURCE_THEN_TIME = re.compile(
    # (or its author's: "作者：佚名  时间：2020-04-03"; the time's field may follow the
    # source's without a space: "来源：县政府办公室时间：2020-07-31")
    rf"[^\S\n]*(?:{_SOURCE}|作\s*者)[^\S\n]*[:：][^\n]{{0,30}}?[^\S\n]*"
    r"(?:发布|信息|更新)?(?:时\s*间|日\s*期)[^\S\n]*[:：][^\S\n]*"
)
#: A page's source field naming who posted it, then the date, its time and what the site
#: counts: "来源：永春县人民政府办公室 2020-09-09 09:11 阅读人数：1".
_SOURCE_THEN_DATE = re.compile(rf"[^\S\n]*{_SOURCE}[^\S\n]*[:：][^\n]{{0,30}}?[^\S\n]*")
_COUNTED_AFTER = re.compile(
    r"[^\S\n]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[^\S\n]*"
    # (or the site's address: "来源:凉山日报 2017-07-13 09:05   https://www.yybnet.net/")
    r"(?:$|(?:浏览|阅读|点击|访问)[^\n]{0,4}[:：]|(?:责编|编辑|责任编辑|作者)[:：]|https?://\S+[^\S\n]*$)",
    re.M,
)
#: What follows the date on a page's posting line: its time and what the site counts
#: (浏览, 点击), or the source or author named (with or without the time), the time and
#: the source set apart by a bar or a slash ("2022年02月13日07:48 | 来源：新华日报").
_POSTED_AFTER = re.compile(
    r"[\]］】]?[^\S\n]*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[^\S\n]*(?:[|｜丨/][^\S\n]*)?"
    # (or the reader's tools: "【字体:大 中 小】", "大    中    小      来源: 兴县新闻网",
    # "| 小字号"; or nothing after the bar: "2023年10月03日22:00 |")
    r"(?:(?:信息|文章)?来源|作者|编辑|责任编辑|发布者|浏览|阅读|点击|[大小]?字号|【?字体"
    r"|大[^\S\n]+中[^\S\n]+小|(?<=[|｜丨])(?=\n|$))"
    r"|(?:来源|作者|编辑|责任编辑)[^\S\n]*[:：]"
    # the authors' or the site's names between the time and the source, the author or the
    # editor: "2017-08-07 11:35:05 王敏霞 张杰 来源：", "2020-06-11 16:34:00 射洪市香山镇 作者：",
    # "2018-06-23 13:58广元三农网编辑："
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[^\S\n]*[\u4e00-\u9fff]{2,12}?){1,3}[^\S\n]*"
    r"(?:来源|作者|编辑)[:：])"
)
#: Words of an event's time and place (召开, 会议室, 集合): a date beside them is the event's.
_EVENT_WORDS = r"(?:召开|举行|举办|开会|会议|地点|集合|报到|出发)"
#: What follows the date in a news story's dateline: 电 (…北京3月5日电), then its text.
_WIRED = re.compile(r"[^\S\n]*电(?=[\s\u3000（(：:，,]|$)")
#: What stands before and after the date of an e-paper's bar: its tools and ways between
#: articles and pages.
_EPAPER_BEFORE = re.compile(r"\s*(?:内容详情)?\s*")
#: An e-paper's date bar alone on its line: ">2023年8月12星期六", "2023 年 9 月 29 星期五".
_DATE_BAR_BEFORE = re.compile(r"[^\S\n]*[>›»]?[^\S\n]*")
_DATE_BAR_AFTER = re.compile(r"[^\S\n]*(?:星期|周)[一二三四五六日天][^\S\n]*")
#: What says a page is an e-paper's, a line or two from its date bar: the paper's name as
#: an e-paper, its issue number, a page's number.
_EPAPER_MARK = re.compile(
    r"电子报|数字报|电子版|在线读报|统一刊号|第[^\S\n]*[A-Z]?[0-9]{1,3}[^\S\n]*版"
)
#: How many lines from the date bar an e-paper's mark is looked for, and how near the
#: text's top the bar stands.
_EPAPER_REACH = 2
_DATE_BAR_LINES = 6
_EPAPER_TOOLS = re.compile(
    r"\s*(?:星期[一二三四五六日天]?)?(?:\s*(?:放大|缩小|默认|上一篇|下一篇|上一版|下一版|>>|»|[0-9]{1,2}))*"
    r"\s*(?:>>|»)?\s*返回(?:该版)?首页\s*"
)
#: A paper, a site or a body posting an article, on the line of its posting date.
_OUTLET_BEFORE = re.compile(
    r"[^\S\n]*[\[【［]?[\u4e00-\u9fff]{2,16}(?:日报|晚报|早报|都市报|报社?|网|电视台|融媒体中心"
    r"|新闻中心|人民政府|政府|办事处)[\]】］]?[^\S\n]*"
)
#: What follows such a line's date: the time, what the site counts, its reader's tools.
_OUTLET_AFTER = re.compile(
    r"[^\S\n]*(?P<clock>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[^\S\n]*"
    r"(?P<count>(?:阅读|浏览|点击|访问)量?[^\S\n]*[0-9]*|大字|字号[:：]?[^\S\n]*[|｜]?)?[^\S\n]*"
)
# What follows the date on a news page's publication line (used with .match(text, pos)).
_DATELINE = re.compile(
    # ("2021/12/21/ 15:52 来源：…": a slash left after the day)
    r"/?[^\S\n]*(?:(?:上午|下午|早上|中午|晚上)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[^\S\n]*)?"
    r"(?:来源|作者|编辑|责任编辑|发布|浏览|阅读|点击|字号|星期|周[一二三四五六日天]|$)",
    re.M,
)
# A meeting held on the date: "2019年3月5日，县委书记主持召开…", "于2019年5月12日召开"
# (used with .match(text, pos); the sentence may wrap onto the next line, as PDFs do).
#: An article's byline after its date: the author and the account or paper, names only
#: ("2014-12-15 Laixiac 微信派" under a WeChat article's headline), after the time of day
#: or not ("2022-02-13 09:57 光明网").
_BYLINE_AFTER = re.compile(
    r"(?:[^\S\n]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    # (no event's place: "2019年5月6日 14:30 在县政府三楼会议室召开" is a schedule's)
    rf"(?![^\n]*{_EVENT_WORDS})"
    r"(?:[^\S\n]+[^\s0-9０-９，。；：:,;!！?？、（）()]{2,16}){1,3}[^\S\n]*"
)
#: An article's byline before its date: the author's name alone, in Latin letters or two
#: to four characters ("Andy 2019/4/19" under a Q&A's headline), after a 作者 label or not.
_BYLINE_BEFORE = re.compile(
    r"(?:作者[:：]?[^\S\n]*)?(?:[A-Za-z][A-Za-z.'·\-]{1,19}(?:[^\S\n][A-Za-z][A-Za-z.'·\-]{0,19}){0,2}"
    r"|[\u4e00-\u9fff]{2,4})"
)
#: A date in digits alone (2020-07-14, 2021/12/21, 2019.04.04), as pages print them.
_NUMERIC_DATE = re.compile(r"(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}")
#: Bylines run on after such a date with no space ("2020-07-14张群洁兴广电兴新"): names and
#: a source, no sentence's punctuation.
_GLUED_BYLINE = re.compile(r"[\u4e00-\u9fff]{2,16}[^\S\n]*")
_HELD = re.compile(r"[^。；;！!？?]{0,60}?(?:召开|举行|举办|主持|开幕|闭幕)")
#: A meeting told in the text before this year is history ("1921年7月23日，中国共产党第一次
#: 全国代表大会召开" in a speech), not the meeting a digital record was written for.
_HISTORY = 1980
#: What follows a 落款 in GB/T 9704: the 附注 （此件公开发布）, （信息公开形式：主动公开）,
#: a copy's （本文有删减）, an attachment's heading (附件一, 附表1, 附录A, a bilingual
#: letter's "Appendix/ 附錄") or a page number; used
#: with .match at the next line's start.
#: (The mark alone, "附件：" on its line, is the attached pages' too; "附件：1.…" lists
#: them, the 附件说明 above the 署名.)
_ATTACHED = re.compile(
    r"(?:(?i:appendix|annex)[ \t\u3000]*[/／]?[ \t\u3000]*)?"
    r"(?:附[件表录][一二三四五六七八九十0-9０-９A-Z]*[ \t\u3000]*(?:[：:][ \t\u3000]*)?(?:\n|$)"
    r"|附[件表录][一二三四五六七八九十0-9０-９A-Z]*[ \t\u3000]*[^：:\s])"
)
_AFTER_SIGNATURE = re.compile(
    r"[（(](?:此件|本文有删|信息公开(?:形式|方式|选项|属性))[^）)\n]{0,12}[）)]"
    r"|[（(]联系人[:：]"
    rf"|{_ATTACHED.pattern}"
    r"|[—\-－][ \t\u3000]*[0-9０-９]+[ \t\u3000]*[—\-－]"
)
#: "在 2024 年 7 月 6 日于湖南长沙举办的 ACM TURC 2024 会议上，…": the date in a phrase
#: placing what the text tells at an event held that day (在… 举办的…上), not a record's
#: opening of its meeting; a post telling it is dated as published.
_AT = re.compile(r"\s*在\s*")
_HELD_EVENT = re.compile(r"[^。；;！!？?，,]{0,60}?(?:召开|举行|举办|开幕|闭幕)的")
#: A meeting to come, announced by a notice: "定于2018年6月21日…举行" is the day of the
#: event, not the notice's date (searched just before the date).
_ANNOUNCED = re.compile(r"(?:定于|拟于|将于|计划于|准备于)\s*$")
_SPACE = re.compile(r"\s+")
# A date opening a span that ends another day: "2025年7月27日-7月31日", "…至2020年1月5日"
# (used with .match(text, pos)).
#: A date spanning days (2021年4月21-24日): an event's days, not a document's date.
_DAYS_SPANNED = re.compile(r"[0-9]{1,2}[ \t]*[—–\-~～至到][ \t]*[0-9]{1,2}[ \t]*日$")
_SPAN_AFTER = re.compile(
    rf"{_H}[—–\-~～至到]{{1,2}}{_H}(?:(?:19|20)[0-9]{{2}}{_H}年{_H})?[0-9]{{1,2}}{_H}月"
)
#: What follows the date opening a span of dates: " ~ 2026-03-21" (used with .match).
_SPAN_START = re.compile(rf"{_H}[—–~～至到]{{1,2}}{_H}[0-9]")
#: What stands before the date ending a span: "2026-03-15 ~ ", "5月16日至".
_SPAN_END = re.compile(r"[0-9][^\S\n]*[日号]?[^\S\n]*[—–~～至到]{1,2}[^\S\n]*$")
#: A date opening a span of days of its month: "日期：2019/05/17-19" (a meeting's three
#: days, listed in a record's report), "5月16日～18日" (used with .match(text, pos)).
_DAY_SPAN_AFTER = re.compile(rf"{_H}[—–\-~～至到]{_H}[0-9]{{1,2}}{_H}日?(?![0-9./\-:：月])")
# A table row as extracted text: cells separated by tabs (a tab only pushing the 落款 to
# the right is not one).
_TABLE_ROW = re.compile(r"\S\t+\S")
#: A cover table's sign-off row: the role (编写, 审核, 批准…), a name, then the date.
_SIGN_OFF_ROW = re.compile(
    r"[^\S\n]*(?:编[^\S\n]*写|编[^\S\n]*制|拟[^\S\n]*制|起[^\S\n]*草|审[^\S\n]*核|审[^\S\n]*批|批[^\S\n]*准|会[^\S\n]*签)"
    r"[^\S\n]*[:：]?\t+[\u4e00-\u9fff·]{2,4}\t+"
)
# An organisation's name ending a line just before its date: "XX县人民政府2019年5月12日".
_ORG_END = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|工作组|党委|党组|局|厅|委|办|部"
    r"|中心|协会|公司|学校|大学|学院|医院|研究所|研究院"
    r"|工会|学会|商会|联合会|促进会|研究会|基金会|联谊会)\s*$"
)

#: A 署名 run on after the body's last sentence, up to the date (a page's lines joined).
_RUN_IN_SIGNATURE = re.compile(
    r"[。！；]\s*[\u4e00-\u9fff（）() ]{2,40}?(?:"
    + _ORG_END.pattern.removesuffix(r"\s*$")
    + r")\s*$"
)
#: What follows such a 落款: the text's end, the page's 来源 line, the 附件, the 附注.
_RUN_IN_AFTER = re.compile(r"[^\S\n]*(?:\n|$|来源|附件|[（(](?:此件|联系人))")
#: How much of a title quoted in 《》 the headline after a run-in 落款 opens with.
_QUOTED_OPENING = 6


def _opens_quoted(text: str, pos: int, before: int) -> bool:
    """The text at ``pos`` opens as a title quoted in 《》 before ``before`` does (the
    document a 印发 notice issues, printed after its 落款)."""
    blanks = _BLANKS.match(text, pos)  # (the title after a space: "2021年9月3日 城步…方案")
    if blanks:
        pos = blanks.end()
    start = text[pos : pos + _QUOTED_OPENING]
    return len(start) == _QUOTED_OPENING and any(
        quoted.startswith(start) for quoted in _QUOTED_TITLE.findall(text, 0, before)
    )


_QUOTED_TITLE = re.compile(r"《([^《》\n]{6,80})》")
_BLANKS = re.compile(r"[ \t\u3000]*")

#: The roles a date can play in a document, in the order a clerk trusts them as the
#: document's own date. ``body`` (a date the text merely mentions) is never the
#: document's date.
ROLE_ORDER: tuple[str, ...] = (
    "signature", "masthead", "published", "meeting", "issue", "form", "title", "cover",
)  # fmt: skip
#: Labels of a form's own date (填报日期) and of a publication date (发布时间).
_FORM_LABELS = ("填报", "填表", "制表", "统计", "报送", "导出", "提报")
#: A printout's 打印日期 says when it left the printer, not when the document was made.
_PRINTED_LABELS = ("打印",)
#: A report produced by a system and printed (a comparison, a statistics run) is dated
#: by when the system made it.
_GENERATED_LABELS = ("生成", "输出")
#: (公开日期, 公开日: a disclosure platform's day it made the document public)
_PUBLISHED_LABELS = ("发布", "发表", "发稿", "刊发", "刊登", "上传", "公开日", "出版日期")
#: 评审时间: when a review meeting was held (a 评审问题单's field), not the form's own date.
_MEETING_LABELS = ("会议", "开会", "召开", "评审时间", "评审日期")
#: An event's labels: its date is a meeting's, unless it opens a span of days (a plan's
#: 活动时间：7月27日-7月31日 is the activity's period, not a day something was held).
_EVENT_LABELS = ("活动", "举办", "上课", "授课")  # a lesson's day, as a meeting's
_COVER_LABELS = ("批准", "编制", "修订", "修改", "审核", "编写", "生效", "版本", "创建", "更新")
_SIGNED_LABELS = (
    "签订", "签约", "签署", "签字", "成文", "落款", "签发", "完成日期", "开票", "发证", "出具",
    "发文日期", "撰写时间", "撰写日期",  # a disclosure page's day the document was issued, written
    "申请日期", "申请期", "拟稿日期", "拟稿时间",  # an OA form's or an application's own date
    "汇报时间", "汇报日期",  # when a report was given (a 报告日期 may date each of a log's rows)
    "日报日期", "周报日期", "月报日期",  # a daily, weekly or monthly report form's own date
    "发文日", "发文时间",  # the date an office sends its notice (a patent office's 发文日)
    "公布日期",  # a law database's record of a 令 or 规定: the day it was promulgated
    "制定日期", "制定时间",  # a plan's own field under its headline: the day it was made
)  # fmt: skip
_PERIOD_LABELS = (
    "截止", "起止", "开始", "结束", "有效", "报名", "期限", "申报", "提交",
    # a tender's events: when its documents are sold, bids are handed in and opened
    "开标", "投标", "评标", "发售", "递交",
    # a day planned (计划开始日期, 计划完成日期, 预计完成时间): one to come, no 落款
    "计划", "预计",
)  # fmt: skip
#: More dates than this standing alone in a text make it a log or a schedule: dated
#: entries, none of them the document's 落款.
_ENTRY_DATES = 3
#: A line holding only a day, with its year or not (2019-5-6, 5.13, 5-18, 2014/2/17, ## 3月2日):
#: the heading of one entry of a log.
_ENTRY_HEAD = re.compile(
    r"(?m)^[^\S\n]*(?:#{1,6}[^\S\n]*)?(?:(?P<y>(?:19|20)[0-9]{2})[-./年])?"
    r"(?P<m>1[0-2]|0?[1-9])[-./月](?P<d>3[01]|[12][0-9]|0?[1-9])日?[^\S\n]*$"
)
#: A Markdown copy's metadata: two or more fields with bold labels (**版本**: 现行有效,
#: **来源**: …, **更新时间**: 2026-02-18) closed by a rule (---), as a knowledge base
#: records where and when it copied the document.
_METADATA_BLOCK = re.compile(
    r"(?m)^(?:[^\S\n]*\*\*[^*\n]{1,12}\*\*[^\S\n]*[:：][^\n]*\n(?:[^\S\n]*\n)*){2,}"
    r"[^\S\n]*(?:-{3,}|\*{3,}|_{3,})[^\S\n]*$"
)
#: A log's entries below its first: this many days heading lines of their own.
_LATER_ENTRIES = 2
#: Lines opening with a date, each telling what happened then, that make a timeline.
_TIMELINE = 2
#: A table of contents' entry: its leader dots and the page number ("…………（24）").
_CONTENTS_ENTRY = re.compile(
    r"(?:…{2,}|⋯{2,}|[.．·]{4,})[.．·…⋯ \t]*[（(]?[0-9]{1,4}[)）]?[ \t]*$", re.M
)
#: A 发文字号's year in brackets, as a compilation's contents list it ("国办发〔2010〕5 号").
_LISTED_NUMBER = re.compile(
    r"[〔﹝\[［][ \t]*(?:19|20)[0-9]{2}[ \t]*[〕﹞\]］][ \t]*[0-9]{1,4}[ \t]*号"
)
#: Contents listing this many documents by their 发文字号 make the text a compilation.
_LISTED_DOCUMENTS = 2
_CONTENTS_LINES = 200
_LINE_KEPT = 80
_NAME_MAX = 30  # a signature's name before its date
_OPENING = 20  # a meeting's date opens the first sentence: within its first characters
_UNDER_TITLE = 2  # lines right under the title: a 刊头's or a cover's date, not a 落款
#: Non-empty lines at the bottom of the text (before the 版记) where the 落款 is looked for.
_SIGNATURE_LINES = 15
#: Lines above a date where the label of the document's own date may stand alone.
_LABEL_REACH = 3
#: What opens the line a delivery date opens: a subtitle's dashes (——2026年1月26日在…上),
#: its brackets (（2024年1月24日在…会议上）) or nothing.
_SUBTITLE_OPENING = re.compile(r"[ \t\u3000]*(?P<mark>——|－－|—|--|[（(])?[ \t\u3000]*")
#: The end of a subtitle's occasion: its closing bracket, then the line's end.
_OCCASION_END = re.compile(r"[ \t\u3000]*[）)]?[ \t\u3000]*(?:\n|$)")
#: A speech's transcript noted after its day in brackets: "（2018年4月6日，根据录音整理）".
_TRANSCRIBED = re.compile(
    r"[ \t\u3000]*[，,]?[ \t\u3000]*(?:根据|据)[^）)\n]{0,8}录音整理[ \t\u3000]*[）)]"
)
#: Where and at what a text was delivered, after its date in a subtitle.
_DELIVERED_AT = re.compile(
    r"[ \t\u3000]*在[^。；;！!？?\n]{2,60}?\n?[^。；;！!？?\n]{0,20}?"
    r"(?:会议|大会|全会|常委会|座谈会|论坛|典礼|仪式|报告会|开幕式)上"
)
#: A subtitle telling where (and when, by whom) a text was delivered, on a line of its own
#: under its headline: ——2022年3月9日在县第十六届人民代表大会第二次会议上, ——在…会议上,
#: ——李克强 3 月 5 日在第十二届全国人民代表大会第五次 (wrapped before 会议上), and without
#: its dash when the day opens it (2019年3月21日在正蓝旗第十五届人民代表大会第二次会议上).
_OCCASION = re.compile(
    r"[ \t\u3000]*(?P<dash>(?:——|－－|—|--|[（(])[ \t\u3000]*)?"
    r"(?P<date>(?P<speaker>[^\s在。；;！!？?]{0,12}?)[ \t\u3000]*"
    r"(?:(?:[0-9０-９]{4}[ \t\u3000]*年[ \t\u3000]*)?[0-9０-９一二三四五六七八九十]{1,2}[ \t\u3000]*月"
    r"[ \t\u3000]*[0-9０-９一二三十]{1,3}|[0-9]{5,8})[ \t\u3000]*日[ \t\u3000]*)?"  # 2014114日: lost 年月
    r"在[^。；;！!？?\n]{2,60}?[ \t\u3000]*[）)]?[ \t\u3000]*"
)
#: An occasion without its dash is short, or ends at 上 (a sentence of the body is neither).
_OCCASION_LINE = 40
#: How far past the lead a subtitle may stand (a page's furniture above its headline).
_SUBTITLE_REACH = 600
#: A meeting record's fields: who chaired, who took the minutes, who attended.
_ATTENDANCE = re.compile(
    r"(?:主[ \t\u3000]*持[ \t\u3000]*人|记[ \t\u3000]*录[ \t\u3000]*人|出席人员|列席人员"
    r"|参会人员|参加人员|与会人员|到会人员|参与人员|参加人|参会者|与会者|出席者)"
    # its colon, or the tab setting its cell apart from the value's (主持人 | 高兴欣)
    r"[*_\]】]*(?:[ \u3000]*[:：\]】]|[ \u3000]*\t)"
)
_NEAR_LINES = 3
#: A template's 落款 date to be filled in: "20XX年XX月XX日" alone on its line.
_PLACEHOLDER_DATE = re.compile(
    r"^[^\S\n]*(?=[^\n]*[XxＸ×])(?:19|20|[XxＸ×]{2})[0-9XxＸ×]{2}[^\S\n]*年[^\S\n]*"
    r"[0-9XxＸ×]{1,2}[^\S\n]*月[^\S\n]*[0-9XxＸ×]{1,2}[^\S\n]*日[^\S\n]*$",
    re.M,
)
#: A 题注 under the headline of a law or a regulation: the whole line in brackets
#: "（1997年12月29日…会议通过　自1998年10月1日起施行）".
_HEADNOTE = re.compile(r"^[ \t\u3000]*[（(].*[）)][ \t\u3000]*$")
#: A 题注 wrapped over lines as a PDF's copy keeps them (blank lines, a Markdown quote's >
#: between): its bracket opens a line and closes one within this many characters (a law
#: amended twice, each amendment's decision cited in 《》, runs to two hundred).
_HEADNOTE_REACH = 300
_HEADNOTE_CLOSE = re.compile(r"[）)][ \t\u3000]*(?:\n|$)")


def _in_headnote(text: str, start: int, end: int) -> bool:
    """The date at ``start``–``end`` stands in a 题注, on one line or wrapped."""
    line_start, line_end = _line_bounds(text, start)
    return bool(_HEADNOTE.match(text[line_start:line_end])) or (
        _wrapped_headnote(text, start, end) is not None
    )


def _wrapped_headnote(text: str, start: int, end: int) -> int | None:
    """Where the 题注 holding the date at ``start``–``end`` closes, when its bracket opens
    a line above or on the date's and closes a line below ("（2023年10月27日…常务" / "委员会…通过　2023年11月30日…"
    / "…批准）"), holding no sentence's end: else None."""
    reach = max(0, start - _HEADNOTE_REACH)
    opened = max(text.rfind("（", reach, start), text.rfind("(", reach, start))
    if opened < 0:
        return None
    line_start = text.rfind("\n", 0, opened) + 1
    if text[line_start:opened].strip(" \t\u3000>"):
        return None  # the bracket opens no line: a sentence's
    close = _HEADNOTE_CLOSE.search(text, end, opened + _HEADNOTE_REACH)
    if close is None:
        return None
    inside = text[opened + 1 : close.start()]
    if "\n" not in inside or any(c in inside for c in "（()）。；;"):
        return None
    return close.start()


#: What a 题注 says was done on a date: the text's own dates (not 施行, when it takes effect).
_ADOPTED = re.compile(r"通过|修正|修订|公布|发布|批准")
#: A rule's closing record of its own adoption and amendments, a line each: "本章程於民國
#: 112年09月14日，社員大會上修訂通過", "第 9 次修正於民國 111 年 6 月 15 日" (the text says
#: 本章程/本办法 of itself, or counts its amendments).
_OWN_HISTORY = re.compile(
    r"本\s*(?:章\s*程|办\s*法|制\s*度|规\s*定|规\s*则|细\s*则|条\s*例|守\s*则|公\s*约|准\s*则)"
    r"[^。；;\n]{0,40}?(?:订立|制定|通过|修正|修订|修改)"
    r"|第\s*[0-9一二三四五六七八九十]+\s*次\s*(?:修正|修订|修改)"
)


def _in_own_history(text: str, start: int, bottom: int, end: int) -> bool:
    """The date at ``start`` is an entry of a rule's closing record of its adoption and
    amendments (two lines or more of :data:`_OWN_HISTORY` in the last lines)."""
    line_start, line_end = _line_bounds(text, start)
    return (
        start >= bottom
        and _OWN_HISTORY.search(text, line_start, line_end) is not None
        and sum(1 for ln in text[bottom:end].splitlines() if _OWN_HISTORY.search(ln)) > 1
    )


#: A sentence's marks: a 题注's line has none (2018年3月2日 …第74次会议通过).
_SENTENCE_MARK = re.compile(r"[，,。；;：:]")
#: What marks a line as a page's posting line, beside its one date and its time: the
#: source, author, editor or reviewer fields, what the site counts, the reader's tools,
#: the site's address ("编稿时间： 2018-01-27 16:31 来源： 君山区政府门户网站 浏览量：1次",
#: "来源：嵊州新闻网 作者： 2015年10月27日", "2020-07-08   审核人：", a repost's "来自 国内
#: 2019-11-25 09:13 的文章", a column's "2020-07-22新闻5").
_POSTING_MARK = re.compile(
    r"来\s*[源自]|新\s*闻(?![\u4e00-\u9fff])|作\s*者|编\s*辑|责编|审\s*核|浏览|点击|访问量|阅读|人气|评论|字\s*[号体]"
    r"|发\s*布|发\s*表|编稿|撰稿|https?://|www\."
)
#: An address running up to a date: the date is part of it.
_IN_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)）\]]*$")
_CLOCK_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")
#: A clause's or a cry's mark: a posting line has none (its fields' colons it has).
_CLAUSE_OR_CRY = re.compile(r"[，,。；;！!？?]")
_EVENT = re.compile(_EVENT_WORDS)
#: Lines under a headline where its posting line may stand (after a subtitle, a trail).
_POSTING_REACH = 3
#: A posting line is furniture: short, and no clause of a sentence on it.
_POSTING_LINE_MAX = 90
#: What may stand before a page's time stamp on its line: a site's furniture, no sentence.
_STAMP_BEFORE = re.compile(r"[^，,。；;：:\n]{0,20}")
#: A time stamp's time (to the minute) after its day, and the rest of the line: the site's
#: furniture, no sentence nor an event's words (a schedule's "14:30 在县政府召开").
_STAMPED = re.compile(
    r"[）)]?[^\S\n]*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)[）)]?"
    # (no span of hours: "2019/1/20 13:30 ~ 17:30" is an event's)
    r"(?![^\S\n]*[~～\-－—至到])"
    rf"(?![^\n]*(?:[，,。；;]|{_EVENT_WORDS}))[^\n]*"
)
#: A meeting that adopted a text, named after the date of its 题注 (…审判委员会第1912次会议).
_ADOPTING_MEETING = re.compile(r"第\s*[0-9一二三四五六七八九十百零〇]+\s*次\s*(?:全体)?会议")
#: The next date of a 题注 (not a 令's year: 交通运输部令2021年第1号公布).
_NEXT_DATE = re.compile(
    r"(?:(?:19|20)[0-9]{2}|[一二][〇○零OＯ0一二三四五六七八九]{3})\s*年(?!\s*第)"
)
#: A leader's office and name signing a 令 or an order: 市长　应勇, 局 长：胡静林, 省长 马兴瑞,
#: 中华人民共和国主席　习近平; a speaker's over a speech's date.
_SIGNED_BY = re.compile(
    # (offices joined: 绍兴一中党委副书记、校长 蒋明, a speech's speaker over its date)
    r"[\u4e00-\u9fff]{0,10}(?:(?:长|主任|书记|主席|总理)、[\u4e00-\u9fff]{0,6})?"
    r"(?:长|主任|书记|主席|总理)[:：]?[\u4e00-\u9fff·]{2,4}"
)
#: A title naming a record of meetings (the 文种 纪要, a 会议记录).
#: (a team's 组会记录 and 周会记录 too, and its 讨论记录 or 讨论日志)
_MEETING_RECORD = re.compile(
    r"纪\s*要|(?:会\s*议|[组周]\s*会)\s*[记纪]\s*录|讨\s*论\s*(?:[记纪]\s*录|日\s*志)|议\s*事\s*录"
)
#: What a line names after the date opening it in a record of meetings: 第一次会议, 例会.
_MEETING_NAME = re.compile(
    r"(?!.*(?:召开|举行|举办|参加|出席|组织))[^。，；,;：:]{0,16}(?:会议|例会|碰头会|座谈会|讨论会|讨论)(?:记录|纪要)?"
)  # a meeting named, not an event told ("2019年3月5日 召开联席会议" in a timeline)
#: A meeting's topic after the date opening an entry: "2018-10-15 议题：开发公约制定".
_MEETING_TOPIC = re.compile(r"(?:会议)?(?:议题|主题)[^\S\n]*[:：]")
#: A line this short above a date may end a label wrapped in a narrow cell ("期").
_FRAGMENT = 2


@dataclass(frozen=True, slots=True)
class RoleDate:
    """A date of a document and the role it plays there.

    ``role`` is ``signature`` (the 落款/成文日期, or a date the document gives itself:
    签订日期, 成文日期, 完成日期, 开票日期, 发证日期), ``masthead`` (the date in the 版头 under a 期号: a brief's or a
    纪要's), ``published`` (a web page's 发布时间 or dateline), ``meeting`` (the meeting a
    record or 纪要 is about), ``issue`` (the 印发日期 of the 版记), ``form`` (填报日期),
    ``title`` (in the title), ``cover`` (a cover page's or template's date: 批准日期,
    编制日期) or ``body`` (any date the text only mentions: never the document's date).
    ``line`` is the line it stands on, trimmed. ``occasion``: a title's date on a
    subtitle telling when and where the text was delivered (——2022年3月9日在…会议上).
    """

    date: datetime.date
    role: str
    start: int
    end: int
    raw: str
    line: str
    occasion: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the parts of a document are, as character offsets into its text.

    ``head_end``: end of the 版头 and title (dates before it are the head's);
    ``title``: the title's span, if any; ``banji``: start of the 版记 (抄送/印发 lines);
    ``headlines``: where lines reading as a further headline start.
    """

    head_end: int = 0
    title: tuple[int, int] | None = None
    banji: int | None = None
    #: Starts of the lines below the title that read as a headline (ending in a 文种):
    #: a date alone right above one closes a document (its 落款), another one follows.
    headlines: frozenset[int] = frozenset()


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _lines_around(text: str, line_start: int, line_end: int, count: int) -> str:
    """The ``count`` lines above the line at ``line_start`` and below it (without it)."""
    above = text[:line_start].split("\n")[-count - 1 :]
    below = text[line_end:].split("\n")[: count + 1]
    return "\n".join(above + below)


def _next_line_start(text: str, line_end: int) -> int:
    """Where the next non-empty line after ``line_end`` starts (the text's end if none)."""
    pos = line_end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


#: A version mark after a date on its line: " - Version 1.0", "（V2.1）", "版本 1.0".
#: What a date under the headline dates: the text below, its 稿 (2019.04.04 声明稿内容).
_DRAFT_AFTER = re.compile(r"[^\S\n]*[\u4e00-\u9fff]{0,6}(?:稿|全文|正文)(?:内容)?[^\S\n]*")
_VERSION_AFTER = re.compile(
    r"[^\S\n]*[-—–·|/（(]?[^\S\n]*(?:[Vv]ersion|[Vv]er\.?|[Vv]|版本号?[:：]?)[^\S\n]*"
    r"\d+(?:\.\d+)*[）)]?[^\S\n]*"
)
#: More cells after a date in a table row: "2017.10.2 ⇥ 执行人 ⇥ 苗旭".
_RECORD_ROW = re.compile(r"[^\S\n]*\t[^\S\n]*[\u4e00-\u9fff]{2,6}[^\S\n]*\t")
#: A weekday written after a date: 星期五, （周五）.
_WEEKDAY = re.compile(r"[（(]?(?:星期|礼拜|周)[一二三四五六日天][)）]?")


#: A bracketed date's closing bracket with a section heading in 【】 run on after it.
_BRACKETED_THEN_HEADING = re.compile(r"[）)][ \t\u3000]*【[^【】\n]{1,12}】")


#: A line's padding a copy lost to question marks (a full-width space not in its code page).
_LOST_PADDING = re.compile(r"[ \t\u3000]*[?？](?:[ \t\u3000]*[?？]){2,}[ \t\u3000]*")


def _stands_alone(text: str, f: FoundDate) -> bool:
    """True if ``f`` is alone on its line or ends it after white space (signature block)."""
    line_start, line_end = _line_bounds(text, f.start)
    before = text[line_start : f.start]
    after = text[f.end : line_end].strip()
    if _WEEKDAY.fullmatch(after) and not text[line_end:].strip():
        after = ""  # the text closing on "2019年10月4日星期五": a 落款 with its weekday
    stripped = before.rstrip()
    if stripped[-1:] in ("（", "(") and _BRACKETED_THEN_HEADING.fullmatch(after):
        return True  # "（2022年9月14日）【形势研判】": the first section's heading run into it
    if after not in ("", "）", ")"):
        return False
    if before == "" or before[-1].isspace() or stripped[-1:] in ("（", "("):
        return True
    if _LOST_PADDING.fullmatch(before):
        return True  # "? ? ? ???????2021年10月11日": the 落款's spaces lost to "?" in a copy
    # "签订日期：2019年6月26日", "日期: 2019.6.26": a labelled date closing its line;
    # "XX县人民政府2019年5月12日": the signature glued to its date.
    return _DATE_LABEL.search(stripped) is not None or _ORG_END.search(stripped) is not None


def _is_printing_date(text: str, f: FoundDate) -> bool:
    return _YINFA_AFTER.match(text, f.end) is not None


def _printer_line(text: str, f: FoundDate) -> bool:
    """The date ends a 版记 line naming an office and nothing else: the 印发机关 and
    印发日期 with the word 印发 left out ("…公司工程物业部2024年1月16日" under 抄送)."""
    line_start, line_end = _line_bounds(text, f.start)
    office = _SPACE.sub("", text[line_start : f.start])
    return (
        not text[f.end : line_end].strip()
        and not _BANJI_LINE.match(text, line_start)
        and 2 <= len(office) <= 40
        and not _SENTENCE_MARK.search(office)
        and _ORG_END.search(office) is not None
    )


def banji_start(text: str) -> int | None:
    """Offset of the 版记 (the first 抄送/分送/报送/主题词 line, else the …印发 line), if any."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if _BANJI_LINE.match(line):
            return pos
        pos += len(line)
    for f in find_dates(text):
        if _is_printing_date(text, f):
            return _line_bounds(text, f.start)[0]
    return None


def _label(text: str, start: int) -> str | None:
    """The label in front of the date at ``start``, on its line or alone on the line
    above ("时 间" in a form's cell), white space removed."""
    line_start, _ = _line_bounds(text, start)
    m = _LABEL_BEFORE.search(text, line_start, start)
    if m is not None and _ZONE.fullmatch(_SPACE.sub("", m["label"])):
        return None  # "北京时间2019年11月19日，…会议成功召开": the clock it keeps, no label
    if m is not None:
        return _SPACE.sub("", m["label"])
    m = _ENGLISH_LABEL.fullmatch(text, line_start, start)
    if m is not None:
        return ("会议" if m["meeting"] else "") + _ENGLISH_LABELS[m["label"].lower()]
    if text[line_start:start].strip():
        return None
    if line_start == 0:
        return None
    prev_start, _ = _line_bounds(text, line_start - 1)
    prev = text[prev_start : line_start - 1]
    m = _LABEL_ALONE.match(prev)
    if m is not None:
        return _SPACE.sub("", m["label"])
    if 0 < len(prev.strip()) <= _FRAGMENT and prev_start > 0:
        # a label wrapped in a narrow cell: "申请人 刘帅 所在部门 … 申请日" over "期"
        above_start, _ = _line_bounds(text, prev_start - 1)
        m = _LABEL_BEFORE.search(text[above_start : prev_start - 1].rstrip() + prev.strip())
        if m is not None:
            return _SPACE.sub("", m["label"])
    return _own_label_above(text, prev_start, start)


def _own_label_above(text: str, line_start: int, start: int) -> str | None:
    """A label of the document's own date (发证日期, 开票日期) alone a few lines above a
    date standing alone, with no date between: a certificate's cells read out of order."""
    _, end = _line_bounds(text, start)
    rest = text[start:end].rstrip()
    found = find_dates(rest)
    if not found or found[0].start != 0 or found[0].end != len(rest):
        return None  # the date does not stand alone on its line
    for _ in range(_LABEL_REACH):
        if line_start == 0:
            return None
        line_start, _ = _line_bounds(text, line_start - 1)
        line = text[line_start : text.find("\n", line_start)]
        m = _LABEL_ALONE.match(line)
        if m is not None:
            label = _SPACE.sub("", m["label"])
            return label if any(w in label for w in _SIGNED_LABELS) else None
        if find_dates(line) or ":" in line or "：" in line:
            return None
    return None


def _place_near(text: str, f: FoundDate) -> bool:
    """A 地点 label within three lines below or above: the date is an event's (a 会议记录
    form; "- 地点：…" over "- 日期：2022 年 9 月 17 日" on a page announcing the event)."""
    line_start, line_end = _line_bounds(text, f.start)
    if _PLACE_LABEL.search(text, f.end, line_end):  # "时间：…　　地点：…" on one line
        return True
    above = text[:line_start].rstrip("\n").rsplit("\n", 3)[-3:]
    if any(_PLACE_LABEL.match(line) for line in above):
        return True
    rest = text[line_end + 1 :].split("\n", 3)[:3]
    # (or on a line of the meeting's time: "Time\t15:00\t地点", not a table's header row
    # "时 间 | 活 动 内 容 | 地 点" under a week's span)
    return any(
        _PLACE_LABEL.match(line) or (_TIME_FIELD.match(line) and _PLACE_LABEL.search(line))
        for line in rest
    )


def _attendance_near(text: str, f: FoundDate) -> bool:
    """A meeting record's fields (主持人, 记录人, 出席人员) within three lines of a
    时间 field: the date is the meeting's ("起始时间：2019.9.27 10:00" in a 会议记录 form)."""
    line_start, line_end = _line_bounds(text, f.start)
    above = text[:line_start].rstrip("\n").rsplit("\n", _NEAR_LINES)[-_NEAR_LINES:]
    below = text[line_end + 1 :].split("\n", _NEAR_LINES)[:_NEAR_LINES]
    near = (*above, text[line_start:line_end], *below)
    # "时间:2015年4月27日" over "主题:任务安排": the topic a meeting discussed, as 议题
    return any(_ATTENDANCE.search(line) for line in near) or any(
        _MEETING_TOPIC.match(line.strip()) for line in below
    )


def _meeting_named_after(text: str, f: FoundDate) -> bool:
    """The date opens a line naming a meeting: "2017/9/27 第一次会议", "2018.3.16 讨论",
    "## 2018-10-15 议题：开发公约制定" (a Markdown heading), a record's entry."""
    line_start, line_end = _line_bounds(text, f.start)
    if text[line_start : f.start].strip().lstrip("#").strip():
        return False
    after = text[f.end : line_end].strip()
    return _MEETING_NAME.fullmatch(after) is not None or _MEETING_TOPIC.match(after) is not None


def _after_organisation(text: str, line_start: int) -> bool:
    """True if the non-empty line above ``line_start`` is an organisation's name (落款)."""
    above = text[:line_start].rstrip()
    prev = above[above.rfind("\n") + 1 :].strip()
    return 2 <= len(prev) <= 30 and _ORG_END.search(prev) is not None


def _signed_above(text: str, line_start: int) -> bool:
    """The non-empty line above ``line_start`` is a leader's office and name (市长　应勇,
    局 长：胡静林): the signature a 令 is dated under."""
    above = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    return _SIGNED_BY.fullmatch(_SPACE.sub("", above)) is not None


#: A title quoted is at least this long (no 《办法》 standing for a title).
_QUOTED_MIN = 6


def _quoted_above(text: str, line_start: int, end: int) -> bool:
    """The line at ``line_start`` is a title the text quotes in 《》 before ``end``."""
    if line_start >= len(text):
        return False
    headline = _SPACE.sub("", text[line_start : _line_bounds(text, line_start)[1]])
    return len(headline) >= _QUOTED_MIN and f"《{headline}》" in _SPACE.sub("", text[:end])


def _named_above(text: str, line_start: int, end: int) -> bool:
    """The headline at ``line_start`` is named before ``end`` (in the 附件说明, or the
    印发 sentence "现将《…》印发给你们"): the document this one attaches, not another."""
    headline = _SPACE.sub("", text[line_start : _line_bounds(text, line_start)[1]])
    return headline in _SPACE.sub("", text[:end])


def _first_lines_end(text: str, start: int, count: int) -> int:
    """Offset after the first ``count`` non-empty lines from ``start``."""
    seen = 0
    pos = start
    for line in text[start:].splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen >= count:
                return pos
    return len(text)


def _bottom_start(text: str, end: int) -> int:
    """Offset where the last ``_SIGNATURE_LINES`` non-empty lines before ``end`` begin."""
    lines = text[:end].splitlines(keepends=True)
    pos = end
    seen = 0
    for line in reversed(lines):
        pos -= len(line)
        if line.strip():
            seen += 1
            if seen >= _SIGNATURE_LINES:
                break
    return max(pos, 0)


#: A table row naming a version (版本号, V0.1): a line of a document's revision record.
_VERSION_ROW = re.compile(r"\t.*(?:版\s*本|版\s*号)|(?:版\s*本|版\s*号).*\t")


def _label_role(label: str, text: str, f: FoundDate) -> str:
    """The role a label gives the date after it."""
    if any(w in label for w in (*_PERIOD_LABELS, *_PRINTED_LABELS)):
        return "body"  # a deadline or a period (截止日期, 报名时间), a printout's 打印日期
    if any(w in label for w in _FORM_LABELS):
        return "form"
    if "印发" in label or any(w in label for w in _GENERATED_LABELS):
        return "issue"  # 印发日期; a report a system printed: its 生成时间
    if any(w in label for w in _PUBLISHED_LABELS):
        if _VERSION_ROW.search(text[slice(*_line_bounds(text, f.start))]):
            # "初始版本号 | V0.1 | 发布日期 | 2018-3-18": a row of the 修订记录 dates one
            # version, not the document (its cover's 编制日期 does)
            return "body"
        return "published"
    if any(w in label for w in _EVENT_LABELS) and _SPAN_AFTER.match(text, f.end):
        return "body"
    meeting = any(w in label for w in (*_MEETING_LABELS, *_EVENT_LABELS))
    if any(w in label for w in _COVER_LABELS) and not meeting:
        return "cover"  # a template cover's 批准日期, even above the meeting's 地点
    if meeting or _place_near(text, f) or _attendance_near(text, f):
        return "meeting"
    if any(w in label for w in _SIGNED_LABELS) or label == "日期" or label.endswith("日志"):
        if (
            _SPAN_AFTER.match(text, f.end)
            or _DAY_SPAN_AFTER.match(text, f.end)
            or _SPAN_START.match(text, f.end)
        ):
            return "body"  # a span of days is an event's or a period's, no document's own date
        line_end = _line_bounds(text, f.start)[1]
        if label == "日期" and _RECORD_ROW.match(text, f.end, line_end) and _logged(text) > 1:
            # "日期 | 2017.10.2 | 执行人 | 苗旭": a row of a log or a test record, more
            # fields after the date, dates that record, not the document; one such row
            # heads a record form (作业信息 | 日期 | 2025.7.15 | 工作地点 | …): its own date
            return "body"
        return "signature"  # 日期, 签订日期, 成文日期: the date the document gives itself
    if label.startswith("报告") and _REPORTER.search(text, *_line_bounds(text, f.start)):
        # "报告人 | 黄家曦 | 报告日期 | 2024年12月1日": a report form's author and its day
        # (a 报告日期 alone may date each row of a log)
        return "signature"
    return "body"


#: The next line a field of an event or a record (地址：, 主题：, | 地址 |), not one of a
#: page's posting line (来源：, 作者：, 浏览：).
_EVENT_FIELD = re.compile(
    r"[^\S\n]*(?:[-*•·|｜][^\S\n]*)?(?!来源|作者|编辑|责编|浏览|点击|阅读|字体|字号|分享|发布|原标题)"
    r"[\u4e00-\u9fff]{2,5}[^\S\n]*(?:[:：]|[|｜])"
)
#: A report form's author's label, beside its 报告日期.
_REPORTER = re.compile(r"报\s*告\s*人")


#: A date's cell after a 日期 cell in a table row (used with .finditer).
_DATE_CELL = re.compile(r"日\s*期[^\S\n]*\t[^\S\n]*")


#: An accounting statement's head: the maker's label (编制单位, 单位名称) before its date,
#: the money's unit after it (单位：元, 金额单位：万元).
_STATEMENT_UNIT = re.compile(r"(?:编\s*制\s*单\s*位|单\s*位\s*名\s*称)\s*[:：]")
_MONEY_UNIT = re.compile(r"[^\S\n]*(?:金额)?单\s*位\s*[:：]\s*(?:人民币)?\s*(?:万|千|亿)?元")
#: How far after its label a certificate's issue date may stand on the label's line.
_ISSUE_GAP = 2
#: A certificate's period of validity opening on a date: 有效期限：自…, 有效日期：自… (its
#: 有 lost to OCR: 效日期：自…), 期限….
_VALIDITY_FROM = re.compile(r"(?:(?:有\s*)?效\s*(?:期\s*限?|日\s*期)|期\s*限)\s*[:：]?\s*自?\s*$")
#: A certificate's issue date's label (发证日期, 发照日期) and what follows it on its line.
_ISSUE_LABEL = re.compile(r"发\s*[证照]\s*日\s*期\s*[:：]?(?P<rest>[^\n]*)")


def _issue_date_lost(text: str) -> bool:
    """The text labels its issue date (发证日期) but holds no full date after the label
    (OCR read "发证日期：03月21日", or nothing): the date is lost to the reading."""
    labels = list(_ISSUE_LABEL.finditer(text))
    if not labels:
        return False
    for m in labels:
        found = find_dates(m["rest"])
        if found and found[0].start <= _ISSUE_GAP and found[0].date.year >= _HISTORY:
            return False
    return True


def _logged(text: str) -> int:
    """How many table rows hold a 日期 cell, its date, then more fields (执行人 | 苗旭)."""
    count = 0
    for m in _DATE_CELL.finditer(text):
        rest = text[m.end() : _line_bounds(text, m.end())[1]]
        found = find_dates(rest)
        if found and found[0].start == 0 and _RECORD_ROW.match(rest, found[0].end):
            count += 1
    return count


def _role(
    text: str, f: FoundDate, layout: Layout, bottom: int, lead_end: int, end_of_text: int
) -> str:
    line_start, line_end = _line_bounds(text, f.start)
    line = text[line_start:line_end]
    label = _label(text, f.start)
    if (
        f.start < lead_end
        and _EPAPER_BEFORE.fullmatch(text, line_start, f.start)
        and _EPAPER_TOOLS.fullmatch(text, f.end, line_end)
    ):
        # "2021年6月2日 星期 放大 缩小 默认 上一篇 下一篇 >>返回首页", "内容详情 2020年07月22日
        # 返回该版首页": an e-paper's date bar over its article, the issue's day
        return "published"
    if (
        f.start < _first_lines_end(text, 0, _DATE_BAR_LINES)
        and _DATE_BAR_BEFORE.fullmatch(text, line_start, f.start)
        and _DATE_BAR_AFTER.fullmatch(text, f.end, line_end)
        and _EPAPER_MARK.search(_lines_around(text, line_start, line_end, _EPAPER_REACH))
    ):
        # ">2023年8月12星期六" over "秀山电子报": an e-paper's date bar, the issue's day (a
        # site's bar of today's date has no paper's name beside it)
        return "published"
    if (
        f.start < lead_end
        and _CITED_PAPER.fullmatch(text, line_start, f.start)
        and _PAPER_PAGE.fullmatch(text, f.end, line_end)
    ):
        # "《工人日报》（2023年12月29日 06版）" under an article's headline: the paper's
        # issue and page it was printed on, the day it was published
        return "published"
    # the headline names a meeting's record (…纪要, 会议记录): its dates are meetings'
    titles_minutes = layout.title is not None and bool(_MEETING_RECORD.search(text, *layout.title))
    if (
        f.start < lead_end + _SUBTITLE_REACH
        and (opening := _SUBTITLE_OPENING.fullmatch(text, line_start, f.start))
        and (
            (
                (at := _DELIVERED_AT.match(text, f.end))
                # without its dashes or brackets, the occasion ends its line (no sentence of
                # the body going on: "2020 年 6 月 29 日在阿拉善左旗" / "第十五届…会议上")
                and (opening["mark"] or _OCCASION_END.match(text, at.end()))
            )
            # "（2018年4月6日，根据录音整理）": the day a speech transcribed was given
            or (opening["mark"] in ("（", "(") and _TRANSCRIBED.match(text, f.end))
        )
    ):
        # "——2026年1月26日在河北省第十四届人民代表大会第四次会议上" under a 政府工作报告's
        # or a speech's headline: its subtitle says when it was delivered
        return "title"
    if _STATEMENT_UNIT.search(text, line_start, f.start) and _MONEY_UNIT.match(text, f.end):
        # "编制单位：…　2017年12月31日　单位：元": an accounting statement's head, the
        # day it reports on between who made it and the money it counts in
        return "signature"
    if _VALIDITY_FROM.search(text, line_start, f.start) and _issue_date_lost(text):
        # "有效期限：自2018年03月21日至2023年03月21日" on a certificate whose 发证日期
        # OCR did not read whole: its validity runs from the day it was issued
        return "signature"
    if _TABLE_ROW.search(line) and _SPACE.sub("", line) != _SPACE.sub("", f.raw):
        # A row of a table: its dates are the rows' (schedules...), unless a cell labels it.
        # (A row that is the date alone, its 年 | 月 | 日 in cells, is a 落款 set in a table.)
        if label:
            return _label_role(label, text, f)
        signer = text[line_start : f.start].strip()
        if (
            f.start >= bottom
            and "\t" not in signer
            and _ORG_END.search(signer)
            and not text[f.end : line_end].strip()
        ):
            # "\t\t…财务部\t\t2020年11月2日" closing a 证明: the 署名 and its date pushed
            # apart by tabs, no row of a table but its 落款
            return "signature"
        if _SIGN_OFF_ROW.match(line):
            # "编写 | 崔宇明 | 2014-1-14" in a controlled document's cover table: who wrote,
            # checked or approved it, and when: the cover's date
            return "cover"
        if titles_minutes and not text[line_start : f.start].strip() and f.date.year >= _HISTORY:
            # "2020.3.6 | 首次开组会…" in a 会议记录's table: each row is a meeting, the
            # record dated by the first
            return "meeting"
        return "body"
    if _is_printing_date(text, f) or _PUBLISHED_ISSUE.match(text, f.end):
        return "issue"
    if _SOURCE_THEN_TIME.fullmatch(text, line_start, f.start):
        return "published"  # "来源：    时间：2018年11月02日" under a county page's headline
    if (
        f.start < lead_end
        and _SOURCE_THEN_DATE.fullmatch(text, line_start, f.start)
        and _COUNTED_AFTER.match(text, f.end)
    ):
        return "published"  # "来源：永春县人民政府办公室 2020-09-09 09:11 阅读人数：1"
    if _POSTED_LABEL.fullmatch(text, line_start, f.start) and _POSTED_AFTER.match(text, f.end):
        # "2015-07-04 19:25:26　来源: 网易财经", "时间：2019-09-18 06:23 来源： 山西日报": a web
        # page's posting line, however far below the site's menus it is (opening an untitled
        # page too: "2014-04-18 15:26:01　来源: 中国网")
        return "published"
    if layout.title is not None and layout.title[0] <= f.start < layout.title[1]:
        if _SPAN_START.match(text, f.end) or _SPAN_END.search(text, line_start, f.start):
            return "body"  # 本周…计划（2026-03-15 ~ 2026-03-21）: the period it covers
        if f.start == layout.title[0] and titles_minutes:
            return "meeting"  # "2017.01.13 holi会议记录": the day of the meeting recorded
        return "title"
    if _SPAN_END.search(text, line_start, f.start):
        # "（2026-03-15 ~ 2026-03-21）": the end of a span (a week's plan), not a date of its own
        return "body"
    if (
        layout.title is not None
        and not text[layout.title[1] : line_start].strip()
        and text[line_start : f.start].rstrip().endswith(("（", "("))
        and text[f.end : line_end].strip() in ("）", ")")
    ):
        # "企业部署" over "部署纪要（2018-02-06）", "项目周报" over "周报时间（2018-04-16）":
        # the record's own dated line right under its headline dates it
        return "signature"
    if (
        titles_minutes
        and layout.title is not None
        and not text[layout.title[1] : line_start].strip()
        and _MEETING_RECORD.fullmatch(text[line_start : f.start].strip())
        and f.date.year >= _HISTORY
    ):
        # "第二次会议记录" over "会议记录 2016.10.9（周日）晚": the meeting's day, under
        # the record's headline
        return "meeting"
    if (
        titles_minutes
        and layout.title is not None
        and not text[layout.title[1] : line_start].strip()
        and (
            text[line_start : f.start].strip() in ("", ">")
            # a heading of its own when it is the record's only dated heading (a log of
            # meetings, ## 2022-06-17 then ## 2022-07-01 …, is dated by none of them here)
            or (
                text[line_start : f.start].strip().strip("#") == ""
                and len(_ENTRY_HEAD.findall(text)) == 1
            )
        )
        and not text[f.end : line_end].strip()
        and f.date.year >= _HISTORY
    ):
        # "# 2022第一次组会记录" over "> 2022.02.07": a date alone (or quoted, or a
        # heading of its own, in Markdown: "### 讨论日志" over "#### 2021.4.9") right
        # under a meeting's record's headline is the meeting's day
        return "meeting"
    if (
        label is not None
        and _SPACE.sub("", label) == "时间"
        and f.start >= bottom
        and not text[f.end : end_of_text].strip()
    ):
        # "策划人：朱芙德" over "时间：2016年12月23日" closing the text: its 落款's date
        return "signature"
    if (
        label is not None
        and _SPACE.sub("", label) == "时间"
        and f.start < lead_end
        and titles_minutes
    ):
        # "时间：2019.12.26" under a 会议纪要's headline (人员：公司全体成员 below, no
        # 主持人): when the meeting was held
        return "meeting"
    if (
        label is not None
        and _SPACE.sub("", label) == "时间"
        and layout.title is not None
        and layout.title[1] <= f.start < lead_end
        and not titles_minutes
        and _label_role(label, text, f) == "body"
        and not _SPAN_AFTER.match(text, f.end)
        and not _DAY_SPAN_AFTER.match(text, f.end)
        and not _EVENT_FIELD.match(text, min(line_end + 1, len(text)))
    ):
        # "时间：2017-12-04 17:43" under a county page's headline, no place or attendance
        # beside it (a meeting's 时间 has them), no field of an event under it (地址：,
        # 主题：): when the page posted the article
        return "published"
    if (
        label is None
        and layout.title is not None
        and layout.title[1] <= f.start < _first_lines_end(text, layout.head_end, _UNDER_TITLE)
        and not titles_minutes
        and _STAMP_BEFORE.fullmatch(text, line_start, f.start)
        and _STAMPED.match(text, f.end, line_end)
        and not find_dates(text[:line_start])  # the first date, not one entry of a log
    ):
        # "2020 年 03 月 23 日 16:36:10 来 源：摘自网络", "©原创 2021-07-27 11:39
        # 钟祥市融媒体中心", "（2023-06-12 18:40:49）": a day and its time to the minute
        # under a page's headline, no sentence and no event beside them: when it was
        # posted (a site's clock above the headline is the day it was printed)
        return "published"
    if (
        f.start < lead_end
        and not titles_minutes
        and _posting_line(text, line_start, line_end, f)
        and (
            # (no headline found: among the text's first lines)
            (layout.title is None and f.start < _first_lines_end(text, 0, _POSTING_REACH + 1))
            or (
                layout.title is not None
                and layout.title[1]
                <= f.start
                < _first_lines_end(text, layout.title[1], _POSTING_REACH)
                # the first date under the headline (not a log's entry)
                and not find_dates(text[layout.title[1] : line_start])
            )
            # right over the headline ("发表于 2021-2-6 12:09:43", "时间：2022-10-27人气：
            # 作者：未知"; a site's clock there has no field beside its time)
            or (layout.title is not None and _next_line_start(text, line_end) == layout.title[0])
        )
    ):
        # "编稿时间： 2018-01-27 16:31 来源： 君山区政府门户网站", "责任编辑:张然  来源:尉氏网
        # 时间:2021-09-22 10:17:30", "梅州网  www.meizhou.cn  2022-08-09 10:12  来源: 梅州日报"
        # under a page's headline: a line of the page's fields around its one date, no
        # sentence and no event on it: when the page posted the article
        return "published"
    if label is not None:
        return _label_role(label, text, f)
    wrapped = _wrapped_headnote(text, f.start, f.end)
    if f.start < lead_end and f.start >= layout.head_end and (_HEADNOTE.match(line) or wrapped):
        # the 题注 of a law or a 条例: dated by when it was adopted, amended or promulgated
        said = text[f.end : wrapped if wrapped else line_end]
        cut = _NEXT_DATE.search(said)
        if _ADOPTED.search(said[: cut.start() if cut else None]):
            return "signature"
    if (
        f.start < lead_end
        and f.start >= layout.head_end
        and layout.title is not None
        and not titles_minutes
        and not text[line_start : f.start].strip()
    ):
        # A 题注 without its brackets, a date opening each line under the headline (a law
        # database's copy: "2018年3月2日 最高人民检察院…第74次会议通过", "2018年1月25日
        # 最高人民法院审判委员会第1732次会议", "2018年3月30日 施行"): adopted by the
        # meeting it names, or 通过, 发布 then; not the day it takes effect
        said = text[f.end : line_end]
        cut = _NEXT_DATE.search(said)
        terse = not _SENTENCE_MARK.search(said)  # "2019年3月5日，市政府…": a sentence
        said = said[: cut.start() if cut else None]
        if terse and (_ADOPTED.search(said) or _ADOPTING_MEETING.search(said)):
            return "signature"
    if _in_own_history(text, f.start, bottom, end_of_text):
        # a rule's closing record of its adoption and its amendments, a line each: the
        # last one dates it (one line, "本章程经…通过", is an article like the others)
        return "signature"
    if _meeting_named_after(text, f) and f.date.year >= _HISTORY:
        return "meeting"  # "2017/9/27 第一次会议": an entry of a record of meetings
    alone = _stands_alone(text, f)
    before = text[line_start : f.start].strip()
    if _LOST_PADDING.fullmatch(before):
        before = ""  # "? ? ? ???????2021年10月11日": a 落款's padding lost in a copy
    # Only a date on its line, or a name and the date: "XX县人民政府办公室    2019年5月12日"
    # (not "V1.1 张三 2020-01-02", a row of a revision table).
    # A date closing the text is its 落款, however short the text; one right under the
    # title with more after it is a 刊头's or a cover's.
    last = not text[line_end:end_of_text].strip()
    # the date closing the text, written as a 落款's is (年月日, not "Due date: 2021-06-30"
    # nor a related link's "…应对股市大跌 2015/06/29")
    closes = "年" in f.raw and last and not text[f.end : line_end].strip()
    named = (
        before
        and len(before) <= _NAME_MAX
        and not any(c.isdigit() for c in before)
        and (
            text[line_start : f.start].endswith(("  ", "\u3000", "\t"))
            # one space will do on the text's last line: "合浦县公安局交通管理大队 2023年6月16日"
            or (
                closes
                and text[line_start : f.start].endswith(" ")
                and any(c.isalpha() for c in before)  # a name, not "-->" (a page's link)
            )
        )
    )
    only_date = not before or before in ("（", "(") or _ORG_END.search(before) is not None or named
    if alone and _DAYS_SPANNED.search(f.raw):
        return "body"  # "2021年4月21-24日" alone on a conference notice's cover: its days
    if (
        alone
        and not before
        and layout.head_end <= f.start < lead_end
        and _signed_above(text, line_start)
    ):
        # "市长　应勇" over "2019年8月12日" right under the headline: a 令's 签署, dated
        # under the name (deep in a text it is an example quoted, or another document's)
        return "signature"
    if f.end <= layout.head_end:
        if alone and not before and _signed_above(text, line_start):
            # "总理　李克强" over "2020年11月29日" in a 令's 版头, the 决定 it 公布s below
            return "signature"
        if alone and before and not before.endswith(("（", "(")):
            return "masthead"  # "XX县人民政府办公室        2019年3月6日" under 第3期
        if alone and before.endswith(("（", "(")):
            return "signature"
        if (
            not alone
            and layout.title is None
            and f.start - line_start <= _OPENING
            and _HELD.match(text, f.end)
            and f.date.year >= _HISTORY
            and not _ANNOUNCED.search(text, line_start, f.start)
        ):
            return "meeting"  # no headline: the text opens with the meeting, 2019年3月5日，…召开
        return "cover" if alone else "body"
    under_title = (
        layout.title is not None
        and not last
        and f.start < _first_lines_end(text, layout.head_end, _UNDER_TITLE)
    )
    if (
        alone
        and only_date
        and not under_title
        and (f.start >= bottom or _after_organisation(text, line_start))
    ):
        return "signature"
    if alone and only_date and _next_line_start(text, line_end) in layout.headlines:
        # a 落款 with the next document's (or the attached one's) headline right below:
        # a 印发 notice and what it 印发s, documents extracted one after another
        return "signature"
    if alone and only_date and _quoted_above(text, _next_line_start(text, line_end), line_start):
        # the 落款 of a 印发 notice over what it 印发s: the next line is the headline its
        # body quotes ("制定了《…工作指引》。现予印发" / 2025年9月18日 / …工作指引)
        return "signature"
    if alone and only_date and _AFTER_SIGNATURE.match(text, _next_line_start(text, line_end)):
        # The 落款 followed by a 附注 or the attached document's pages (GB/T 9704):
        # "２０１８年３月２３日" over "（此件公开发布）", "…学生会 / 2021年11月23日" over "附件一".
        return "signature"
    if alone and only_date and f.start < lead_end:
        # Right under the title: "（2019年3月5日）", a 纪要's "XX局    2014年11月28日"
        # under its 期号, or a cover page's date.
        if before in ("（", "("):
            return "signature"
        return "masthead" if before else "cover"
    if (
        f.start < lead_end
        and not before.strip("#")
        and _DRAFT_AFTER.fullmatch(text, f.end, line_end)
    ):
        # "## 2019.04.04 聲明稿內容" under a statement's headline: the date of the text
        # that follows (its 稿), as a 落款 would say
        return "signature"
    if f.start < lead_end and not before and _VERSION_AFTER.fullmatch(text, f.end, line_end):
        return "cover"  # "2024-03-13 - Version 1.0" under the headline: the version it is
    if f.start < lead_end and not before and _DATELINE.match(text, f.end):
        return "published"  # "2019年7月2日　来源：云岭日报": a page's publication line
    if (
        f.start < lead_end
        and _OUTLET_BEFORE.fullmatch(text, line_start, f.start)
        and (after := _OUTLET_AFTER.fullmatch(text, f.end, line_end)) is not None
        and (after["clock"] or after["count"] or _NUMERIC_DATE.fullmatch(f.raw))
    ):
        # "绵阳日报 2018-07-26 08:07 大字", "刘圩镇人民政府 2019-06-04 阅读量 602",
        # "会泽县融媒体中心 2019-09-18 19:32:48" under the headline: who posted it, when
        return "published"
    if f.start < lead_end and f.start - line_start <= _OPENING and _WIRED.match(text, f.end):
        # "新华社北京2019年3月5日电", "四组新闻石景山2026年9月9日电 近日，…": a news
        # story's dateline, the day it was filed
        return "published"
    if (
        layout.title is not None
        and not before
        and f.start < _first_lines_end(text, layout.head_end, _UNDER_TITLE)
        and (
            _BYLINE_AFTER.fullmatch(text, f.end, line_end)
            # "2020-07-14张群洁兴广电兴新": a page's numeric date run into its bylines
            or (_NUMERIC_DATE.fullmatch(f.raw) and _GLUED_BYLINE.fullmatch(text, f.end, line_end))
        )
        and not find_dates(text[:line_start])  # the first date, not one entry of a log
    ):
        return "published"  # "2014-12-15 Laixiac 微信派" under an article's headline
    if (
        layout.title is not None
        and alone
        and f.start < _first_lines_end(text, layout.head_end, 1)
        and _BYLINE_BEFORE.fullmatch(before)
        and _ORG_END.search(before) is None
        and not find_dates(text[:line_start])
    ):
        # "Andy 2019/4/19" right under the headline: the author's byline and the day the
        # article was written, as a 落款 would give it at the end
        return "published"
    if f.start < lead_end and _PUBLISHED_AT.fullmatch(before):
        return "published"  # "编辑于 2022-04-22 16:03" under a web article's headline
    if (
        f.start < lead_end
        and f.start - line_start <= _OPENING
        and _HELD.match(text, f.end)
        and f.date.year >= _HISTORY
        and not _ANNOUNCED.search(text, line_start, f.start)
        and not (_AT.fullmatch(before) and _HELD_EVENT.match(text, f.end))
    ):
        return "meeting"  # "2019年3月5日，县委书记主持召开…": a 纪要's first sentence
    if _RUN_IN_SIGNATURE.search(text, line_start, f.start) and (
        _RUN_IN_AFTER.match(text, f.end) or _opens_quoted(text, f.end, f.start)
    ):
        # a page whose lines were run together: "…请认真遵照执行。平潭综合实验区管委会办公室
        # 2015年7月31日平潭综合实验区…办法": the body's last sentence, the 署名 and its
        # date, then the page's end, its 来源 line or what it 印发s
        return "signature"
    if closes and f.start >= bottom and _SENTENCE_CLOSED.search(text, line_start, f.start):
        # "…并留下姓名和联系电话，以便联系。 2021年9月29日" closing a page whose lines were
        # run together: the 落款's date after the body's last sentence, its 署名 lost
        return "signature"
    return "body"


#: The body's last sentence closed right before a date (searched up to the date).
_SENTENCE_CLOSED = re.compile(r"[。！][^\S\n]*$")


def _posting_line(text: str, line_start: int, line_end: int, f: FoundDate) -> bool:
    """Whether ``f``'s line is a page's posting line: its one date among the page's fields."""
    before, after = text[line_start : f.start], text[f.end : line_end]
    rest = before + " " + after
    if not before.strip() and _ADOPTED.search(after):
        return False  # "1997年11月17日 中华人民共和国国务院令第235号发布": a 题注
    if _IN_ADDRESS.search(before):
        return False  # "来源：[央视网](https://tv.cctv.com/2026/06/11/…)": the address's
    return (
        line_end - line_start <= _POSTING_LINE_MAX
        # (a field, not the time alone: "2019/1/20 13:30 ~ 17:30" is an event's)
        and _POSTING_MARK.search(_CLOCK_TIME.sub("", rest)) is not None
        and not _CLAUSE_OR_CRY.search(rest)
        and not _EVENT.search(rest)
        and not find_dates(rest)
        and not _SPAN_AFTER.match(text, f.end)
        and not _DAY_SPAN_AFTER.match(text, f.end)
    )


def compilation_body(text: str) -> int | None:
    """Where the documents of a compilation begin: the end of a table of contents near the
    top listing several documents by their 发文字号 (a 资料汇编's 目录), else None."""
    head = text.split("\n", _CONTENTS_LINES)
    top = "\n".join(head[:_CONTENTS_LINES])
    entries = list(_CONTENTS_ENTRY.finditer(top))
    if len(entries) < _LISTED_DOCUMENTS + 1:
        return None
    block = top[: entries[-1].end()]
    if len(_LISTED_NUMBER.findall(block)) < _LISTED_DOCUMENTS:
        return None
    return entries[-1].end()


#: The bars a copy of a forum thread or of a page's table kept, framing no text: a line
#: of bars ("|" under the 落款), or a line's last cell left empty ("…交通管理大队
#: 2023年6月16日 |", no other bar on the line).
_STRAY_BARS = re.compile(r"(?m)^(?P<keep>[^|｜\n]*\S)?(?P<bars>[^\S\n]*[|｜][|｜ \t\u3000]*)$")


def _unbarred(m: re.Match[str]) -> str:
    return (m["keep"] or "") + " " * len(m["bars"])


def date_roles(
    text: str, layout: Layout | None = None, subtitle_types: Sequence[str] = ()
) -> list[RoleDate]:
    """Every date of ``text`` with its role (see :class:`RoleDate`), in text order.

    ``layout`` says where the head, the title and the 版记 are; without it the head is
    taken to be the first line only and the 版记 is found in the text. Dates after the
    版记 (a second document stapled on) are the body's. A title's date on a subtitle
    telling when the text was delivered (:func:`delivered_at`, given the ruleset's
    ``subtitle_types``) is marked ``occasion``.
    """
    text = text.translate(_LINES)  # same offsets, one kind of line break
    text = _STRAY_BARS.sub(_unbarred, text)  # same offsets too
    found = find_dates(text)
    if not found:
        return []
    split = [f for f in found if "\n" in f.raw]
    if split:  # a date split over two lines is read as one line (same offsets)
        chars = list(text)
        for f in split:
            for i in range(f.start, f.end):
                if chars[i] == "\n":
                    chars[i] = " "
        text = "".join(chars)
    if layout is None:
        first_end = text.find("\n", len(text) - len(text.lstrip()))
        layout = Layout(
            head_end=first_end if first_end >= 0 else len(text), banji=banji_start(text)
        )
    banji = layout.banji if layout.banji is not None else len(text)
    bottom = _bottom_start(text, banji)
    lead_end = _first_lines_end(text, layout.head_end, _HEAD_LINES)
    out: list[RoleDate] = []
    for f in found:
        if f.start >= banji and _printer_line(text, f):
            role = "issue"
        elif f.start >= banji and not _is_printing_date(text, f):
            role = "body"
        else:
            role = _role(text, f, layout, bottom, lead_end, banji)
        start, end = _line_bounds(text, f.start)
        line = text[start:end].strip()[:_LINE_KEPT]
        raw = text[f.start : f.end]  # a split date on one line: "2021 03/02"
        out.append(RoleDate(f.date, role, f.start, f.end, raw, line))
    attached = next(
        (
            r.end
            for r in out
            if r.role == "signature"
            and (
                _ATTACHED.match(
                    text, start := _next_line_start(text, _line_bounds(text, r.start)[1])
                )
                or (start in layout.headlines and not _named_above(text, start, r.start))
            )
        ),
        None,
    )
    if attached is not None:
        # The documents attached after the 落款 date themselves: their dates are theirs.
        out = [
            replace(r, role="body") if r.start > attached and r.role != "issue" else r for r in out
        ]
    written = {r.date for r in out if r.role == "signature" and not _LOST_MARKS.fullmatch(r.raw)}
    if written:
        # A 落款 date that lost its 年月日 ("2023515") reads one way of a few: where the
        # text has its date written whole and otherwise (its 成文日期 field, another 落款),
        # that one is it
        out = [
            replace(r, role="body")
            if r.role == "signature" and _LOST_MARKS.fullmatch(r.raw) and r.date not in written
            else r
            for r in out
        ]
    contents_end = compilation_body(text)
    if contents_end is not None:
        # A compilation (资料汇编): the 落款 below its 目录 are those of the documents it
        # collects, not its own; only its cover may date it.
        out = [replace(r, role="body") if r.start > contents_end else r for r in out]
    if any(r.role == "issue" for r in out) and _PLACEHOLDER_DATE.search(text, 0, banji):
        # A template: its 落款 is "20XX年XX月XX日", and the 印发 date of its 版记 is the
        # template's, not a document's
        out = [replace(r, role="body") if r.role == "issue" else r for r in out]
    # a law's 题注 dates its adoption and each amendment: no log's entries (unless a
    # labelled date of its own, a database record's 公布日期, stands beside them: then
    # the 题注's many dates are left to the rule below, which keeps the labelled one)
    labelled_own = any(r.role == "signature" and _label(text, r.start) for r in out)
    # a rule's closing record of its amendments (第 9 次修正於…) is no log either
    history = {
        r.start
        for r in out
        if r.role == "signature" and _in_own_history(text, r.start, bottom, banji)
    }
    unlabelled = {
        r.date
        for r in out
        if r.role in ("signature", "cover")
        and _label(text, r.start) is None
        and (labelled_own or not _in_headnote(text, r.start, r.end))
        and r.start not in history
    }
    if len(unlabelled) > _ENTRY_DATES:  # a log of dated entries: no 落款 among them
        # ...unless the title says it records meetings (会议纪要 holding a dated list): then
        # each entry is a meeting, the record dated by the first
        titled = text[layout.title[0] : layout.title[1]] if layout.title else ""
        role = "meeting" if _MEETING_RECORD.search(titled) else "body"
        out = [
            replace(r, role=role)
            if r.role in ("signature", "cover")
            and _label(text, r.start) is None
            and r.start not in history
            else r
            for r in out
        ]
    fielded = [r.start for r in out if r.role == "meeting" and _label(text, r.start)]
    if fielded:
        # a meeting's day its record's field gives (日期: 2024/08/21) outweighs the one its
        # headline opens with (# 20240822-…討論會議): the field says when the meeting sat
        out = [
            replace(r, role="title")
            if r.role == "meeting"
            and r.start < fielded[0]
            and _label(text, r.start) is None
            and _in_headline(text, r.start, layout)
            else r
            for r in out
        ]
    # a list page's entry (its day, headline, summary, then 阅读更多) has no 落款 among them
    links = {m.start() for m in _READ_MORE.finditer(text)}
    if len(links) >= _ENTRY_DATES:
        out = [
            replace(r, role="body")
            if r.role == "signature" and _list_entry(text, r.start, links)
            else r
            for r in out
        ]
    # a timeline's last entry is no 落款: a date alone under lines each opening with a date
    out = [
        replace(r, role="body") if r.role == "signature" and _ends_timeline(text, r, found) else r
        for r in out
    ]
    blocks = [m.span() for m in _METADATA_BLOCK.finditer(text)]
    if blocks:
        # the dates of a copy's metadata (its 更新时间) are the copy's, not the document's
        out = [
            replace(r, role="body") if any(a <= r.start < b for a, b in blocks) else r for r in out
        ]
    # a 落款's date standing alone (a 调研组 over its date, then 附件) heads no entry
    signed = {_line_bounds(text, r.start)[0] for r in out if r.role == "signature"}
    heads = _log_heads([m for m in _ENTRY_HEAD.finditer(text) if m.start() not in signed])
    if len(heads) > _LATER_ENTRIES:
        # A log of dated entries (a work log: 2019-5-6, then 5.13, 5-18 …, each a day on a
        # line of its own over what was done): its first day heads the first entry, no
        # cover's or masthead's date (## 2024/3/7 opening a page of notes), and a later
        # day near the end heads the last, no 落款 (unless it closes the text); the log
        # has no date of its own (a record of meetings is dated by its first, as above)
        titled = text[layout.title[0] : layout.title[1]] if layout.title else ""
        role = "meeting" if _MEETING_RECORD.search(titled) else "body"
        first = _line_bounds(text, heads[0])[0]
        entries = {m.start() for m in _ENTRY_HEAD.finditer(text)}
        out = [
            replace(r, role=role)
            if r.role in ("cover", "masthead") and _line_bounds(text, r.start)[0] == first
            else replace(r, role="body")
            if r.role == "signature"
            and (bounds := _line_bounds(text, r.start))[0] in entries
            and text[bounds[1] : banji].strip()
            else r
            for r in out
        ]
    return [
        replace(r, occasion=True)
        if r.role == "title" and delivered_at(r.line, subtitle_types)
        else r
        for r in out
    ]


#: A list page's link under each entry's summary: 阅读更多, 查看详情, 阅读全文, Read more.
_READ_MORE = re.compile(
    r"(?im)^[^\S\n]*(?:阅读更多|查看更多|了解更多|查看详情|阅读全文|查看全文|详情|read more)"
    r"[^\S\n]*(?:[>»›→]+|\.{3}|…+)?[^\S\n]*$"
)
#: How many lines under an entry's day its 阅读更多 may stand (headline, summary).
_ENTRY_LINES = 4


def _list_entry(text: str, pos: int, links: set[int]) -> bool:
    """The date at ``pos`` heads an entry of a list page: one of its 阅读更多 ``links``
    (where their lines start; a page has :data:`_ENTRY_DATES` or more) closes it within
    :data:`_ENTRY_LINES` lines."""
    end = _line_bounds(text, pos)[1]
    for _ in range(_ENTRY_LINES):
        if end >= len(text):
            return False
        start, end = _line_bounds(text, end + 1)
        if start in links:
            return True
    return False


def _in_headline(text: str, pos: int, layout: Layout) -> bool:
    """``pos`` is in the headline: the title's lines, or a Markdown heading of the first
    level (a page's headline under the title its metadata gives)."""
    if layout.title is not None and layout.title[0] <= pos < layout.title[1]:
        return True
    return _MD_HEADLINE_LINE.match(text, _line_bounds(text, pos)[0]) is not None


#: A Markdown heading of the first level.
_MD_HEADLINE_LINE = re.compile(r"[^\S\n]*#[^#]")


def _ends_timeline(text: str, date: RoleDate, found: Sequence[FoundDate]) -> bool:
    """``date`` stands alone on its line right under :data:`_TIMELINE` lines each opening
    with a date no later than it and telling what happened then ("2023年9月18日「鸿毅」向
    市建局递交…", "2023年10月14日及 承建商面试"): the timeline's last entry, not a 落款."""
    line_start, line_end = _line_bounds(text, date.start)
    if text[line_start:line_end].strip() != text[date.start : date.end].strip():
        return False
    above: list[tuple[int, int]] = []  # the lines of text above, nearest first
    pos = line_start
    while len(above) < _TIMELINE and pos > 0:
        start, end = _line_bounds(text, pos - 1)
        if text[start:end].strip():
            above.append((start, end))
        pos = start
    if len(above) < _TIMELINE:
        return False
    for start, end in above:
        # the first date found on the line (``found`` is in order of position)
        i = bisect.bisect_left(found, start, key=lambda f: f.start)
        if i == len(found) or found[i].start >= end:
            return False
        first = found[i]
        opens = not text[start : first.start].strip() and first.end <= end
        if not opens or not text[first.end : end].strip() or first.date > date.date:
            return False
    return True


def _log_heads(found: list[re.Match[str]]) -> list[int]:
    """Where the entries of a log begin: the first day alone on its line and the days
    after it that do not go back before it (a day without its year takes the year last
    written: 2019-5-6, then 5.13, 5-18). Numbers of sections set alone on their lines
    (1.1, 1.2 under a cover's 2019年5月6日) go back in time: no entries."""
    heads: list[int] = []
    first: datetime.date | None = None
    year: int | None = None
    for m in found:
        year = int(m["y"]) if m["y"] else year
        day = _make(year, int(m["m"]), int(m["d"])) if year else None
        if day is None:
            continue
        if first is None:
            first = day
        if day >= first:
            heads.append(m.start())
    return heads


def delivered_at(line: str, subtitle_types: Sequence[str]) -> bool:
    """The line is a subtitle telling where a text was delivered (——2022年3月9日在…会议上):
    the occasion of a speech or a 政府工作报告, not a part of its title (a subtitle ending
    in one of ``subtitle_types``, ——在…会议上的讲话, is)."""
    found = _OCCASION.fullmatch(line)
    if found is None or line.rstrip().endswith(tuple(subtitle_types)):
        return False
    ends = line.rstrip().rstrip("）)").rstrip().endswith("上")
    if found.group("dash") is None:
        return (
            found.group("date") is not None
            and not found.group("speaker")
            and (ends or ("，" not in line and len(line.strip()) <= _OCCASION_LINE))
        )
    return found.group("date") is not None or ends


def choose_date(roles: list[RoleDate], order: tuple[str, ...] = ROLE_ORDER) -> RoleDate | None:
    """The date a clerk would file the document by: the first role of ``order`` present.

    The order is :data:`ROLE_ORDER`: the 落款, a 版头's date, a publication date, the
    meeting's, the 印发 date, a 填报日期, a date in the title, a cover's; but the 印发 date
    of a document that names no meeting is its own, before the day a page posted it. The
    落款 and the 印发 date are the last of their role (before the 版记), the others the
    first. Body dates are never chosen. A speech's or a report's day of delivery, in the
    subtitle under its headline, comes before the day a page posted it.
    """
    delivered = next((r for r in roles if r.occasion), None)
    for role in order:
        if role == "published" and delivered is not None:
            return delivered
        if role == "published" and not any(r.role == "meeting" for r in roles):
            issued = [r for r in roles if r.role == "issue"]
            if issued:
                return issued[-1]
        of_role = [r for r in roles if r.role == role]
        if of_role:
            return of_role[-1] if role in ("signature", "issue") else of_role[0]
    return None


#: (a revision history's 修订者, 修订人, 主要修订摘要 too: 更新日期 | 修订者 | 批准人 | …)
_VERSION_COLUMN = re.compile(r"^(?:版\s*本|版\s*次|版\s*号|修订[者人]|(?:主要)?修订摘要)")
_WHEN_COLUMN = re.compile(
    r"^(?:时\s*间|日\s*期|(?:修订|更改|修改|变更)(?:日期|时间)|发布日期|更新日期)$"
)


def version_table(header: Sequence[str]) -> bool:
    """The header is a version table's or a revision history's (版本 | 更改时间 | 更改人
    …): it records the document's versions, it holds none of its content."""
    return any(_VERSION_COLUMN.match(h.strip()) for h in header) and any(
        _WHEN_COLUMN.match(h.strip()) for h in header
    )


def version_date(header: Sequence[str], rows: Sequence[Sequence[str]]) -> RoleDate | None:
    """The date of a cover's version table (版本 | 时间 | 描述 …): its latest version's,
    with the role ``cover``; None when the table is no version table or holds no date."""
    if not any(_VERSION_COLUMN.match(h.strip()) for h in header):
        return None
    when = next((k for k, h in enumerate(header) if _WHEN_COLUMN.match(h.strip())), None)
    if when is None:
        return None
    best: RoleDate | None = None
    for row in rows:
        cell = row[when].strip() if when < len(row) else ""
        found = find_dates(cell)
        if found and (best is None or found[0].date >= best.date):
            f = found[0]
            row_text = " | ".join(c.strip() for c in row if c.strip())
            best = RoleDate(f.date, "cover", f.start, f.end, f.raw, f"版本表：{row_text}")
    return best


#: What puts a title's date as a cut-off (统计截至…, 截止…): used with .search up to the date.
_CUT_OFF = re.compile(r"(?:截\s*[至止]|截止到|截至到)\s*$")


def title_date(title: str) -> RoleDate | None:
    """The date a title gives its document ("…2014年3月24—28日工作安排"), unless a label
    makes it another date (创建日期, 截止时间: not the document's)."""
    for f in find_dates(title):
        if _SPAN_START.match(title, f.end) or _SPAN_END.search(title, 0, f.start):
            continue  # "（2026-03-15 ~ 2026-03-21）": the period it covers, no day of its own
        if _CUT_OFF.search(title, 0, f.start):
            continue  # "…报名情况（截至2025年2月17日16:30）": the data's cut-off, no day of its own
        label = _label(title, f.start)
        role = _label_role(label, title, f) if label else "title"
        if role in ("title", "form", "issue", "published", "signature"):
            return RoleDate(f.date, role, f.start, f.end, f.raw, title[:_LINE_KEPT])
    return None


def document_date(
    text: str, layout: Layout | None = None, subtitle_types: Sequence[str] = ()
) -> RoleDate | None:
    """The document's own date with its role (:func:`date_roles`, :func:`choose_date`)."""
    return choose_date(date_roles(text, layout, subtitle_types))


def date_from_name(name: str) -> datetime.date | None:
    """A date written in a file or folder name, or None.

    Understood: every :func:`find_dates` spelling; a standalone run of 8 digits
    (YYYYMMDD), 12, 14 or 17 digits (YYYYMMDD + hhmm[ss[SSS]]) with a year in 1990..2039
    (IMG_20190512_093012, 微信图片_20190512093012); a 13-digit millisecond Unix time
    (mmexport1557624612000), read in UTC+8 and kept if the year is in 2000..2039. A year
    alone ("2019年工作方案") or a longer digit run (an ID number) gives None. When a name
    holds several dates, the leftmost wins.
    """
    folded = name.translate(_FOLD)
    candidates: list[tuple[int, datetime.date]] = [(f.start, f.date) for f in find_dates(name)]
    for m in _DIGIT_RUN.finditer(folded):
        digits = m.group()
        d: datetime.date | None
        if len(digits) == 13:
            stamp = datetime.datetime.fromtimestamp(int(digits) / 1000, _UTC8)
            d = stamp.date() if 2000 <= stamp.year <= 2039 else None
        else:
            d = _compact_date(digits)
        if d is not None:
            candidates.append((m.start(), d))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def date_from_exif(value: str) -> datetime.date | None:
    """The date of an EXIF/XMP time ("2019:05:12 09:30:12", "2019-05-12T09:30:12+08:00")."""
    m = _EXIF.fullmatch(value.replace("\x00", ""))
    if m is None:
        return None
    return _make(int(m[1]), int(m[2]), int(m[3]))


def form_date(text: str) -> FoundDate | None:
    """The date a form or ledger was filled in: "填报日期：2019年12月5日", "制表时间：…"."""
    dates = find_dates(text)
    for label in _FILLED_IN.finditer(text):
        found = next((f for f in dates if f.start == label.end()), None)
        if found is not None:
            return found
    return None
