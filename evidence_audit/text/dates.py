"""Dates in Chinese documents, file names and EXIF values.

Spellings understood in free text (:func:`find_dates`): ``2019年5月12日`` (spaces,
zero padding, full-width digits, ``元月``, ``号`` for ``日``), ``2019.5.12`` /
``2019-05-12`` / ``2019/5/12`` (same separator twice), and Chinese numerals
``二〇一九年五月十二日`` with the zero written 〇, ○, O, Ｏ, 0 or 零. Numeric dates
always need separators in free text, so the digits inside an ID number are never read
as a date. Years run from 1900 to 2099; impossible dates (2019年2月30日) are skipped.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

__all__ = [
    "FoundDate",
    "date_from_exif",
    "date_from_name",
    "document_date",
    "find_dates",
    "parse_chinese_date",
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

_DATE_AR = re.compile(
    rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){_H}年{_H}(?P<m>[0-9]{{1,2}}|元){_H}月{_H}"
    rf"(?P<d>[0-9]{{1,2}}){_H}[日号]"
)
_DATE_NUM = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[./-])(?P<m>[0-9]{1,2})(?P=sep)"
    r"(?P<d>[0-9]{1,2})(?![0-9])"
)
_DATE_CN = re.compile(
    rf"(?<![{_CN_DIGIT}十{_CN_ZERO}])(?P<y>[一二][{_CN_ZERO}{_CN_DIGIT}]{{3}}){_H}年{_H}"
    rf"(?P<m>十[一二]?|[{_CN_DIGIT}]|元){_H}月{_H}"
    rf"(?P<d>三十一?|二十[{_CN_DIGIT}]?|十[{_CN_DIGIT}]?|[{_CN_DIGIT}]){_H}[日号]"
)
_COMPACT = re.compile(r"[0-9]{8}")
_TIME_OF_DAY = re.compile(r"(?<=[0-9日号])\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$")
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
_EXIF = re.compile(r"\s*([0-9]{4})[:./-]([0-9]{1,2})[:./-]([0-9]{1,2})(?:[T\s].*)?", re.S)
_YINFA_AFTER = re.compile(rf"{_H}印{_H}发")
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
    return int("".join("0" if c in _CN_ZERO else str(_CN_DIGIT.index(c) + 1) for c in s))


def _make(y: int, m: int, d: int) -> datetime.date | None:
    if not 1900 <= y <= 2099:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _match_date(m: re.Match[str]) -> datetime.date | None:
    if m.re is _DATE_CN:
        return _make(_cn_year(m["y"]), _cn_int(m["m"]), _cn_int(m["d"]))
    month = 1 if m["m"] == "元" else int(m["m"])
    return _make(int(m["y"]), month, int(m["d"]))


def find_dates(text: str) -> list[FoundDate]:
    """Every valid calendar date in ``text``, in order of position."""
    folded = text.translate(_FOLD)
    found: list[FoundDate] = []
    for rx in (_DATE_AR, _DATE_NUM, _DATE_CN):
        for m in rx.finditer(folded):
            d = _match_date(m)
            if d is not None:
                found.append(FoundDate(d, m.start(), m.end(), text[m.start() : m.end()]))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[FoundDate] = []
    for f in found:
        if not out or f.start >= out[-1].end:
            out.append(f)
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
    found = find_dates(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].date
    return None


_FILLED_IN = re.compile(
    r"(?:(?:填报|填表|制表|统计|报送|编制|导出|打印)(?:日期|时间)|(?<![^\s])(?:日期|时间))\s*[:：]\s*"
)
_PUBLISHED = re.compile(r"(?:发布|发表|发稿|刊发|刊登|上传)(?:时间|日期)\s*[:：]\s*")
_DATE_LABEL = re.compile(r"(?:日期|时间|签订于|签署于)\s*[:：]$")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _stands_alone(text: str, f: FoundDate) -> bool:
    """True if ``f`` is alone on its line or ends it after white space (signature block)."""
    line_start, line_end = _line_bounds(text, f.start)
    before = text[line_start : f.start]
    after = text[f.end : line_end].strip()
    if after not in ("", "）", ")"):
        return False
    stripped = before.rstrip()
    if before == "" or before[-1].isspace() or stripped[-1:] in ("（", "("):
        return True
    # "签订日期：2019年6月26日", "日期: 2019.6.26": a labelled date closing its line.
    return _DATE_LABEL.search(stripped) is not None


def _is_printing_date(text: str, f: FoundDate) -> bool:
    return _YINFA_AFTER.match(text, f.end) is not None


def _banji_start(text: str, dates: list[FoundDate]) -> int | None:
    """Offset of the 版记 (the first 抄送/分送/报送 line, else the 印发 line), if any."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if _BANJI_LINE.match(line):
            return pos
        pos += len(line)
    for f in dates:
        if _is_printing_date(text, f):
            return _line_bounds(text, f.start)[0]
    return None


def _head_date(text: str, dates: list[FoundDate]) -> FoundDate | None:
    """The first date within the first non-empty lines of ``text``."""
    seen = 0
    limit = len(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            if seen > _HEAD_LINES:
                limit = pos
                break
        pos += len(line)
    return next((f for f in dates if f.start < limit), None)


def document_date(text: str) -> FoundDate | None:
    """The 成文日期 of an official document, by this heuristic.

    1. If there is a 版记 (the first line starting 抄送：/抄报：/分送：/报送：/主题词：,
       else the "…日印发" line), look only before it: the last date that stands alone on
       its line or ends a line after white space (the signature block), else the last
       date before it.
    2. Without a 版记: the last such stand-alone date in the whole text.
    3. Else (纪要 with no trailing date): the first date in the first 8 non-empty lines,
       e.g. "2019年3月5日，县委书记主持召开…".
    4. The 印发 date ("…年…月…日印发") is ignored unless nothing else is found.

    Before all that, a labelled publication date ("发布时间：2019-09-12 16:45") wins:
    a news page printed from a browser also carries the printing date in its header.
    """
    dates = find_dates(text)
    if not dates:
        return None
    text = text.translate(_LINES)  # same offsets, one kind of line break
    for label in _PUBLISHED.finditer(text):
        published = next((f for f in dates if f.start == label.end()), None)
        if published is not None:
            return published
    printing = [f for f in dates if _is_printing_date(text, f)]
    others = [f for f in dates if not _is_printing_date(text, f)]
    banji = _banji_start(text, dates)
    if banji is not None:
        before = [f for f in others if f.end <= banji]
        alone = [f for f in before if _stands_alone(text, f)]
        if alone:
            return alone[-1]
        if before:
            return before[-1]
    else:
        alone = [f for f in others if _stands_alone(text, f)]
        if alone:
            return alone[-1]
    head = _head_date(text, others)
    if head is not None:
        return head
    return printing[0] if printing else None


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
