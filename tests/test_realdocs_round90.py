"""Round 90 (bench/corpus/rounds.md): news portals' pages (heldout230, pages that text
extraction libraries keep as samples) — a page's share buttons are no 主送机关, its
publication line (a time to the minute and the outlet) marks news, its footer of licences
is no tail, and a column's name before a colon is no 文种. The real pages' lines are
reproduced faithfully; the corpus id is given with each test."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import file_of as _file
from realdocs_kit import text_file as _txt

YUNNAN = (
    "<html><head><meta charset='utf-8'><title>17种产品、1个园区入选国家绿色制造名单</title></head>"
    "<body><div>云南日报网邮箱 云南日报数字报 春城晚报数字报 更多</div><div>网上有害信息举报专区</div>"
    "<div>首页 > 要闻云南 > 正文</div><h1>17种产品、1个园区入选国家绿色制造名单</h1>"
    "<div>发布时间：2022-02-13 04:22:18 来源：云南日报</div><div>分享到：</div>"
    "<div>分享到微信 ×</div>"
    "<p>在我省近期公布的2021年度省级绿色制造名单中，全省新增省级绿色工厂14家，其中昆明市3家、"
    "楚雄彝族自治州3家；曲靖市、玉溪市、普洱市各有2家；昭通市、西双版纳傣族自治州各1家。</p>"
    "<p>省工业和信息化厅相关负责人表示，我省将持续优化政策环境，充分发挥试点示范的引领作用，"
    "提升绿色制造专业化、市场化公共服务能力，促进形成市场化机制。</p>"
    "<div>责任编辑：孙重远</div>"
    "<div>云南日报网 滇ICP备11000491号-1 经营许可证编号：滇B-2-4-20030004 ® yndaily.com "
    "All Rights Reserved since 1999.11</div><div>云南日报报业集团 版权所有，未经许可不得转载</div>"
    "<div>云南省互联网违法和不良信息举报电话：0871-64166935；举报邮箱： jubao@yunnan.cn</div>"
    "<div>互联网新闻信息服务许可证编号：53120170001</div></body></html>"
)


def test_r11365_a_provincial_papers_page_is_news(tmp_path: Path) -> None:
    # not counted before: 分享到： was taken for its 主送机关, its 来源 line fell out of its
    # lead
    record = _file(tmp_path, "10.html", YUNNAN.encode())
    assert _counted(record) == "news"
    assert not any(p.part == "addressee" for p in record.doc.parts)
    reasons = record.classification.reasons
    assert "正文开头有“来源：” (+4)" in reasons


def test_r11370_a_portals_publication_line_marks_news(tmp_path: Path) -> None:
    record = _file(
        tmp_path,
        "16.html",
        (
            "<html><head><meta charset='utf-8'><title>土豆不“土” 土豆无“土”</title></head><body>"
            "<div>您所在的位置 首页 专题频道 国内专题 新春走基层2022</div><h1>土豆不“土” 土豆无“土”</h1>"
            "<div>2022-02-13 09:57 光明网</div><div>分享到</div><div>微信</div><div>微博</div>"
            "<p>宁夏西吉县是马铃薯主产区，马铃薯种植面积常年稳定在80万亩以上。当地把小土豆做成了大产业，"
            "从种薯繁育到精深加工，一条产业链带动了数万农户增收。</p></body></html>"
        ).encode(),
    )
    assert _counted(record) == "news"
    assert "正文开头有“2022-02-13 09:57 光明网” (+4)" in record.classification.reasons


def test_a_columns_name_before_a_colon_is_no_genre(tmp_path: Path) -> None:
    # r11378 (経済日報): counted as a report by 周報 after round 89, before this one
    record = _txt(
        tmp_path,
        "1728970162.txt",
        "經濟周報：川普確診新冠肺炎台股中秋向上變盤無望？\n2020-10-04 15:05 經濟日報 記者 王奐敏\n"
        "美國總統川普確診新冠肺炎，全球股市震盪，台股中秋連假後能否向上變盤，法人看法分歧。\n",
    )
    assert not any("周报" in r or "周報" in r for r in record.classification.reasons)


def test_a_genre_alone_before_a_colon_names_the_file(tmp_path: Path) -> None:
    # r4066: 演讲稿：AI优先≠使用AI
    record = _txt(
        tmp_path,
        "speech.md",
        "# 演讲稿：AI优先≠使用AI\n\n大家好，今天我想聊一聊什么是真正的 AI 优先。\n\n谢谢大家！\n",
    )
    assert any("以“演讲稿”结尾" in r for r in record.classification.reasons)


def test_r11376_the_outlet_before_its_time_marks_news_too(tmp_path: Path) -> None:
    # round 91: a Sina page in traditional characters, its publication line the outlet first
    record = _file(
        tmp_path,
        "1500260110.html",
        (
            "<html><head><meta charset='utf-8'><title>9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結"
            "-體育新聞-新浪新聞中心</title></head><body><div>體育新聞 > 北京新浪網</div>"
            "<h1>9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結</h1><div>北京新浪網 (2020-01-21 11:12)</div>"
            "<div>分享|</div><p>日期:1月21日，凱爾特人在主場以139-107大勝湖人。這是凱爾特人首發控衛"
            "肯巴-沃克職業生涯第一次戰勝勒布朗-詹姆斯的球隊。</p><p>自從2011年進入NBA之後，肯巴-沃克"
            "從未戰勝過詹姆斯。今天這場比賽之前，沃克職業生涯對詹姆斯的戰績是0勝29負。</p></body></html>"
        ).encode(),
    )
    assert _counted(record) == "news"
    assert any(r.startswith("正文开头有“北京新浪网") for r in record.classification.reasons)
