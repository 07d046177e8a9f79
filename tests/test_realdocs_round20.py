"""Patterns of the parts worked on in round 20 (bench/corpus/rounds.md: Markdown pages of
heldout23, heldout28 and heldout32, scored blind, then seen), each reproduced faithfully
from the document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import text_file as _txt

# r1673 (Web-Conf-2019-Open-Source.md): a community's article, its headline a question in
# the front matter, a quotation below it ending in 总结 (the front matter and first lines)
_R1673 = (
    "---\ntitle: 如何用开源软件办一场技术大会？\ndate: 2019-11-28 01:30:03\nauthors:\n  - TechQuery\n"
    "categories:\n  - Article\n  - Summary\ntags:\n  - Web\n  - conference\n  - Open-Source\n"
    "toc: true\nthumbnail: WebConf-2019-banner.png\n---\n\n"
    "> [2019 成都 Web 全栈大会][1]技术工作总结\n\n"
    "其实今年大会水歌也有不少要分享的心得，可惜忙于大会筹备，没精力准备一个讲题。"
    "不过本届大会倒是全面应用了水歌新钻研的技术，会后就和大家简单分享一下。\n\n"
    "<!-- more -->\n\n## 官网 Web 前端\n\n"
)


def test_r1673_the_title_a_page_declares_is_its_headline(tmp_path: Path) -> None:
    # titled >[2019成都Web全栈大会][1]技术工作总结 (a quotation, as a heading in the body) →
    # the front matter's title (as labelled), though it ends in a question mark
    rec = _txt(tmp_path, "Web-Conf-2019-Open-Source.md", _R1673)
    assert rec.doc.title == "如何用开源软件办一场技术大会？"


def test_r1725_a_crawlers_front_matter_naming_the_issuer_does_not_replace_the_notice(
    tmp_path: Path,
) -> None:
    # r1725 (2026-08-21-关于公布…的通知.md): a crawler's front matter titles the page by the
    # issuing department; the notice's own headline below, ending in its 文种, stays the title
    text = (
        '---\ntitle: "山西省人力资源和社会保障厅"\nregion: "municipalities/shanxi"\n'
        'published_at: "2026-08-21"\n---\n\n发布时间：2026-08-26 15:57:41\n\n'
        "**山西省人力资源和社会保障厅**\n\n**山西省财政厅**\n\n**国家税务总局山西省税务局**\n\n"
        "**山西省医疗保障局**\n\n**关于公布2026年缴纳社会保险费基数标准等有关问题的通知**\n\n"
        "晋人社厅发〔2026〕27号\n\n各市人力资源和社会保障局、财政局、税务局、医疗保障局：\n\n"
        "现将2026年缴纳社会保险费基数标准等有关问题通知如下：\n"
    )
    rec = _txt(tmp_path, "通知.md", text)
    assert rec.doc.title == "关于公布2026年缴纳社会保险费基数标准等有关问题的通知"
