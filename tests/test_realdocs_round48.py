"""The patterns worked on in rounds 48 to 52 (bench/corpus/rounds.md: heldout117's English
minutes of open-source governing bodies, heldout122's committer procedures, heldout124's
Hugo pages, heldout127's Markdown headings, heldout129's manual and heldout116's 拒收证明;
each scored blind before), reproduced faithfully from the documents' real lines. The
corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r5720 (a foundation council's meeting record): its dated headline, then Present and Agenda
_R5720 = """# OpenJS Foundation Cross Project Council Meeting 2021-08-17

## Links

* **Recording**: <https://www.youtube.com/watch?v=example>
* **GitHub Issue**: <https://github.com/openjs-foundation/cross-project-council/issues/791>

## Present

* Joe Sepi (Chair)
* Robin Ginn (Executive Director)

## Agenda

### Announcements

* CPC Regular Members election results posted
"""


def test_r5720_an_english_councils_meeting_record_is_minutes(tmp_path: Path) -> None:
    # other 0% before: the ruleset's minutes cues were Chinese but for one heading pair
    record = _txt(tmp_path, "2021-08-17.md", _R5720)
    assert _counted(record) == "minutes"


# r5729 (a centre's advisory board): "Minutes of the 31st meeting", its Attendees section
_R5729 = """# Minutes of the 31st meeting of the Scala Center, Q4 2023

Minutes are [archived](https://scala.epfl.ch/records.html) on the
Scala Center website.

## Summary

Center activities for the past quarter focused on Scala 3 features and
compiler performance, Scala.js, the Scala Improvement Process, sbt 2.

## Date, Time and Location

The meeting took place virtually on Tuesday, February 7, 2024 at
15:00 (UTC).
"""


def test_r5729_a_headline_saying_minutes_of_a_meeting_is_minutes(tmp_path: Path) -> None:
    # other 0% before
    record = _txt(tmp_path, "2024-02-07-february-7-2024.md", _R5729)
    assert _counted(record) == "minutes"


def test_r5973_r5974_a_procedure_for_nominating_committers_is_no_news(tmp_path: Path) -> None:
    # round 49: news 67% / 57% before ("新Committer" in the headline): false assurances
    for name, title in [
        ("new_committer_process.md", "提名新Committer流程"),
        ("05-how-to-vote-a-committer-pmc.md", "如何提名新的 Committer 和 PMC"),
    ]:
        page = (
            f"---\ntitle: {title}\nsidebar_position: 2\n---\n\n"
            "提名新的 Committer 需要由现有的 PMC 成员发起讨论，讨论通过后在私有邮件列表发起投票，"
            "投票持续 72 小时，至少获得三票赞成且没有反对票时通过。\n"
        )
        record = _txt(tmp_path, name, page)
        assert record.classification.kind != "news", title


def test_r5366_a_government_sites_disclosure_menu_is_no_headline(tmp_path: Path) -> None:
    # round 49: "公开指南政府信息公开制度" (the 政府信息公开 column's entries, joined) was
    # the title and made the page a 制度 (measures 75%): a false assurance
    menu = [
        "适老版 | 网站无障碍",
        "邯郸市成安县人民政府",
        "政 策",
        "政府信息",
        "公开指南",
        "政府信息",
        "公开制度",
    ]
    page = (
        "<html><head><title>成安县人民政府-政府信息公开指南</title></head><body>"
        + "".join(f"<div>{line}</div>" for line in menu)
        + "<div>法定主动</div><div>公开内容</div><div>·机构职能</div><div>·规划信息</div>"
        "<div>政府信息</div><div>公开年报</div>"
        "<div>政府信息</div><div>依申请公开</div>"
        "<p>关于支持房地产业良性循环和健康发展的十条政策措施</p>"
        "<p>为贯彻落实党中央、国务院决策部署，支持刚性和改善性住房需求，促进房地产业良性循环和健康发展，"
        "结合我县实际，制定如下政策措施。</p></body></html>"
    )
    record = _txt(tmp_path, "dca6.html", page)
    assert record.doc.title != "公开指南政府信息公开制度"
    assert record.classification.kind != "measures"


def test_r6060_a_hugo_pages_toml_front_matter_is_its_title_date_and_tags(tmp_path: Path) -> None:
    # round 50: titled 'title = "去HDC.Cloud 2020…"' (the line itself) and dated by the
    # event's day before: Hugo's "+++" front matter was read as body text
    page = (
        '+++\ntitle = "去HDC.Cloud 2020参加黑客松，玩儿openEuler，赢取大礼"\ndate = "2020-01-04"\n'
        'tags = ["theme"]\n[params]\nbanner = "img/events/banner-20200104.png"\n+++\n\n'
        "### openEuler技术生态发展，大有可为\n"
        "HDC.Cloud 华为开发者大会 2020 将于2020年2月11日-12日在深圳会展中心举办，"
        "这是华为面向ICT（信息与通信）领域全球开发者的年度顶级旗舰活动。\n"
    )
    record = _txt(tmp_path, "2020010401.md", page)
    assert record.doc.title == "去HDC.Cloud2020参加黑客松，玩儿openEuler，赢取大礼"
    assert record.date is not None and record.date.isoformat() == "2020-01-04"


def test_r6215_a_markdown_heading_wrapped_in_html_tags_is_its_words(tmp_path: Path) -> None:
    # round 51: titled '<palign="center">🌷2025（春）X-labOpenARS日程安排</p>' before
    record = _txt(
        tmp_path,
        "OpenARS-2025-Spring.md",
        '## <p align="center">🌷 2025（春）X-lab OpenARS 日程安排 </p>\n\n'
        "- 🕣时间：每周一晚 20：30\n- 🌍地点：腾讯会议\n\n"
        "| 日期 | 分享人 | 主题 |\n| --- | --- | --- |\n| 3.3 | 王同学 | 开源社区度量 |\n",
    )
    assert record.doc.title == "2025（春）X-labOpenARS日程安排"


def test_r6320_a_file_named_as_a_manual_is_no_report(tmp_path: Path) -> None:
    # round 51: report 50% before (the name's 说明, +3, and 说明如下 in the text): a false
    # assurance for a demo's user manual
    record = _docx(
        tmp_path,
        "voip Demo使用说明.docx",
        [
            "1 安装",
            "将程序解压到任意目录。",
            "2 使用方法",
            "具体操作说明如下：",
            "启动后输入服务器地址，点击登录。",
        ],
    )
    assert record.classification.kind != "report"


def test_r5665_a_signature_pushed_right_by_tabs_dates_the_letter(tmp_path: Path) -> None:
    # round 52: undated before (a line of tabs read as a table's row, its date the row's)
    record = _docx(
        tmp_path,
        "拒收证明.docx",
        [
            "拒收证明",
            "深圳市证通电子股份有限公司",
            "我公司于2020年10月10日收到贵公司的增值税普通发票(票号：63597338)，开票金额：1500"
            "(一千五百元整)，因纳税人识别号有误(具体如下：)",
            "因以上原因，我公司拒收，特此证明",
            "\t" * 12 + "中国邮政集团有限公司阳泉市分公司财务部" + "\t" * 8 + "2020年11月2日",
        ],
    )
    assert record.date is not None and record.date.isoformat() == "2020-11-02"
    assert record.date_source == "signature"
