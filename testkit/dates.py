"""Dates as Chinese documents write them."""

from __future__ import annotations

import datetime as dt

__all__ = ["cn_date", "cn_number", "written_date"]

_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals: 5 → 五, 12 → 十二, 20 → 二十."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """2019年5月12日."""
    return f"{d.year}年{d.month}月{d.day}日"


def written_date(d: dt.date, style: str = "ar") -> str:
    """``ar`` 2019年5月12日, ``pad`` 2019年05月12日, ``cn`` 二〇一九年五月十二日, ``cnbad`` the
    same with the common wrong zero ○, ``iso`` 2019-05-12."""
    if style == "ar":
        return cn_date(d)
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style in ("cn", "cnbad"):
        year = "".join(_DIGITS[int(c)] for c in str(d.year))
        if style == "cnbad":
            year = year.replace("〇", "○")
        return f"{year}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)
