"""Round 88 (bench/corpus/rounds.md): a saved news page is read to its article's end, not
its site's footer, and its lead may open under the page's 发布时间 line. The real page's
lines are reproduced faithfully (heldout91's r4427, a college's news page)."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import file_of as _file

ARTICLE = (
    "<p>5月18日下午，根据党史学习教育的集中学习安排，学校邀请了省委教育工委党史学习教育宣讲团专家、"
    "华南师范大学马克思主义学院胡国胜教授，为师生党员解读中国共产党百年革命史、建设史。"
    "宣讲会由学校党委副书记、纪委书记朱其祥同志主持，学校党委委员、师生党员和领导干部700余人参加会议。</p>"
    "<p>宣讲中，胡国胜教授以《筚路蓝缕，走向辉煌》为题，紧扣中国共产党由南湖小船到领航巨轮的百年历程，"
    "生动阐述了中国共产党开天辟地、改天换地、翻天覆地、惊天动地的辉煌成就。</p>"
    "<p>朱其祥在主持会议时代表学校提出进一步深入推进党史学习教育的要求，强调党员领导干部要以身作则，"
    "提高政治站位，强化责任落实。（文/党委组织部 图/轻院新闻社）</p>"
)
FOOTER = (
    "<div>| 打印本页 | 关闭窗口</div><div>上一篇： 没有了</div>"
    "<div>下一篇：学校党委理论中心组专题学习习近平总书记关于党史学习教育最新重要讲话精神</div>"
    "<div>学校校媒</div><div>人才招聘</div><div>招标公告</div><div>推荐链接</div><div>旧网入口</div>"
    "<div>版权所有©广东轻工职业技术学院</div><div>联系地址 : 广州市海珠区新港西路152号</div>"
    "<div>邮编 : 510300</div><div>粤ICP备12053365号</div>"
)


def page(footer: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>我校邀请胡国胜教授作党史学习教育专题宣讲报告</title>"
        "</head><body><div>学校概况</div><div>您所在的位置： 首页 > 广轻新闻 > 要闻</div>"
        "<h1>我校邀请胡国胜教授作党史学习教育专题宣讲报告</h1>"
        f"<div>发布时间 2021-05-19 10:41:27</div>{ARTICLE}{footer}</body></html>"
    ).encode()


def test_r4427_a_news_pages_byline_is_read_above_its_sites_footer(tmp_path: Path) -> None:
    # round 88: not counted before (新闻报道 2.5: its byline lay above the footer's lines)
    record = _file(tmp_path, "pagedetail.html", page(FOOTER))
    assert _counted(record) == "news"
    reasons = record.classification.reasons
    assert "正文末尾有“（文/党委组织” (+4)" in reasons
    assert "正文开头有“发布时间 2021-05-19 10:4” (+2.5)" in reasons


def test_the_same_page_without_a_footer_reads_the_same(tmp_path: Path) -> None:
    assert _counted(_file(tmp_path, "pagedetail.html", page(""))) == "news"
