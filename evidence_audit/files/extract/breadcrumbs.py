"""A web page's breadcrumb trail (当前位置: 首页 >> 学校新闻 >> 正文): the sections its site
files it under. Read from a saved page's lines, or from a page's text pasted into a
document or printed, where the trail survives as a line."""

from __future__ import annotations

import re

#: A page's breadcrumb trail: 当前位置: 首页 >> 学校新闻 >> 正文 (its trail on the line
#: under the label when the label stands alone).
_TRAIL_LABEL = re.compile(
    r"^\s*(?:(?:[您你](?:的|现在的|当前的?|所在的?)?|当前的?|现在的|所在的?)位置\s*[:：]?\s*(?P<trail>.*)"
    # an unlabelled trail from the site's home: 首页 > 新闻动态 > 化隆快讯
    r"|(?P<home>(?:网站)?首页\s*(?:>>|->|-->|=>|[>»›→＞])\s*\S.*))$"
)
_TRAIL_STEP = re.compile(r"\s*(?:>>|->|-->|=>|[>»›→＞/|｜\t])\s*")
#: Steps of a trail that file the page under nothing: the site's home, the page itself.
_NO_SECTION = frozenset(
    {"首页", "主页", "网站首页", "返回首页", "正文", "内容", "详情", "详细内容", "正文内容",
     "文章内容", "浏览文章", "阅读文章", "信息详情", "新闻详情", "文章详情"}
)  # fmt: skip
#: How far down a page its breadcrumb is looked for (under the site's menus).
_TRAIL_LINES = 80


def breadcrumb_labels(lines: list[str]) -> tuple[str, ...]:
    """The sections a web page's breadcrumb files it under ("当前位置: 首页 >> 学校新闻 >>
    正文" → 学校新闻), as a page's own categories: what its site calls it."""
    for i, line in enumerate(lines[:_TRAIL_LINES]):
        m = _TRAIL_LABEL.match(line)
        if m is None:
            continue
        trail = m["home"] or m["trail"] or (lines[i + 1] if i + 1 < len(lines) else "")
        steps = (s.strip() for s in _TRAIL_STEP.split(trail))
        return tuple(dict.fromkeys(s for s in steps if 2 <= len(s) <= 12 and s not in _NO_SECTION))
    return ()
