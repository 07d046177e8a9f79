"""Patterns of heldout17 (bench/corpus, session 10 round 5), each reproduced faithfully:
a 上会材料's contents line that is no headline, an audit's corrective-action form, minutes
headed 会议记要 and a PMC's Markdown notes, and the title and date rules of Markdown pages
and Taiwanese forms. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import save_docx as _save_docx
from realdocs_kit import text_file as _txt

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord


def _pdf(tmp_path: Path, name: str, pages: list[list[str]]) -> FileRecord:
    """A pdf of these pages, each printing its lines one under the other (slides exported)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("STSong-Light", 10)
        for i, line in enumerate(lines):
            c.drawString(30, 800 - 19 * i, line)
        c.showPage()
    c.save()
    return analyze_file(FileEntry(f"项目组/{name}", "项目组", str(path)), RULES)


R1011_PAGES = [
    ["美的 A 类捐赠人", "快速通道申请"],
    [
        "02 美的 OpenHarmony 团队介绍",
        "03",
        "目录 美的 OpenHarmony 工作规划",
        "04 美的 A 类捐赠人快速通道申请",
        "01 美的企业简介",
    ],
    [
        "连续六年入选《财富》世界 500 强榜单",
        "2021 年排名跃升至第 288 位",
        "＃ 288",
        "2021 年上半年营业总收",
        "入",
        "1748 亿",
        "2021 年上半年净利润",
        "150 亿",
        "员工数量",
        "15 万",
        "标普 / 穆迪 / 惠誉评级",
        "A-/A3/A",
        "美的集团介绍 - 经营业绩",
        "全球范围内卓越的经营业绩表现",
    ],
    [
        "美的 OpenHarmony 工作规划 - 技术侧",
        "技术方向 工作规划 产业推动 后续规划",
        "OS",
        "应用：整合集成家电领域的的核心业务，对外提供标准化北向接口，构建家电业务为中心的生态，"
        "开发丰富的应用",
        "平台：逐步对智能家电各类嵌入式硬件的支持，实现不同设备间的互联互通",
        "组件：开发家电领域的核心系统功能组件，支撑系统对外的服务能力",
    ],
    ["美的 A 类捐赠人快速通道申请", "美的 A 类捐赠人快速通道申请 - 商业发行版 & 规划"],
]


def test_a_contents_line_is_no_headline(tmp_path: Path) -> None:
    # r1011 (heldout17): 美的A类捐赠人快速通道申请-上会材料1028.pdf, slides submitted to a
    # PMC meeting: its contents page's line 目录 美的 OpenHarmony 工作规划 (the label and a
    # part's heading) was the title, so a plan 66%, counted
    record = _pdf(tmp_path, "美的A类捐赠人快速通道申请-上会材料1028.pdf", R1011_PAGES)
    assert record.doc.title == "美的A类捐赠人快速通道申请"
    assert _counted(record) != "plan"


R1017_HEAD = [
    "台灣中油股份有限公司",
    "稽核矯正預防報告",
    "稽核部門：本公司通過ISMS驗證單位主管及ISMS主導稽核員"
    "                              提報日期：110.07.30",
    "受檢單位：資訊室"
    "                                                                稽核日期：110.07.23～110.07.23",
]
R1017_HEADER = [
    "不符合事項",
    "改善建議",
    "原因分析",
    "矯正措施",
    "矯正期限",
    "預防措施",
    "預防確認期限",
]
R1017_ROWS = [
    [
        "一、查「機房伺服器、網路、週邊設備維護工作」之維護服務單中公司主管理確認簽名處，"
        "無簽核日期及時間。",
        "建議維護服務單中主管簽核時，應依本公司規定簽名時需簽實日期及時間。",
        "",
        "",
        "110.12.31",
        "",
        "110.12.31",
    ],
    [
        "二、資通安全維護計畫之核心資通系統「探勘資料庫系統」，與資通系統安全等級評估表及"
        "滲透測試報告「探勘資料解釋及資料庫系統」為同一資通系統，但系統名稱不一致性。",
        "建議應確實在資通安全維護計畫、安全等級評估表及滲透測試報告之資通系統名稱一致性。",
        "",
        "",
        "110.12.31",
        "",
        "110.12.31",
    ],
]
R1017_TAIL = [
    "矯正確認者",
    "矯正確認日期",
    "預防確認者",
    "預防確認日期",
    "提報人",
    "組長",
    "副主任",
    "主任",
]
R1017_FOOTER = "57F-80-A0-0-03稽核矯正預防報告(第8版)"


def test_an_audits_corrective_action_form_is_a_rectification(tmp_path: Path) -> None:
    # r1017 (heldout17): 稽核矯正預防報告 (2).doc, an ISMS internal audit's corrective-action
    # forms (不符合事項 | 改善建議 | 原因分析 | 矯正措施 | 矯正期限 | 預防措施 | 預防確認期限),
    # one page per finding: it was a report 80%, counted, by its 報告, and undated
    text = "\n".join(
        [
            *R1017_HEAD,
            "\t".join(R1017_HEADER),
            *("\t".join(c for c in row if c) for row in R1017_ROWS[:1]),
            *R1017_TAIL,
            R1017_FOOTER,
        ]
    )
    record = _txt(tmp_path, "稽核矯正預防報告 (2).txt", text)
    assert record.kind == "rectification"
    assert _date(record) == ("2021-07-30", "form")  # 提報日期, not the 矯正期限 110.12.31


def test_roc_dates_in_figures_need_a_traditional_text(tmp_path: Path) -> None:
    # the same 提報日期：110.07.30 in a simplified text is no date (110.07.30 could be a
    # section or a version there); a version 1.110.12 is none either
    record = _txt(tmp_path, "表.txt", "检查记录表\n提报日期：110.07.30\n版本 1.110.12.3\n")
    assert _date(record) == (None, None)


R1000 = """# 2024年12月17日 2024 年 12 月理事会会议记要

开源社 2024 年 12 月理事会于 2024 年 12 月 17 日星期二 20:00 通过网络召开，理事长出席会议。\
理事会秘书出席会议，由理事会秘书任会议主持。

换届委员会对《2025 开源社理事会换届选举暨正式成员纳新办法》进行了汇报，经辩论和修改，\
会议通过了该办法。

江波理事动议“**开源社理事会由七位理事组成。**”经辩论，会议通过了该动议。

会议于 21:59 休会。
"""


def test_minutes_headed_huiyi_jiyao_are_minutes(tmp_path: Path) -> None:
    # r999, r1000 (heldout17): a council's minutes headed …理事会会议记要 (记要, a common
    # misspelling of 纪要, as printed): they were other 0%
    record = _txt(tmp_path, "2024年12月17日 2024 年 12 月理事会会议记要.md", R1000)
    assert _counted(record) == "minutes"
    assert record.doc.title == "2024年12月17日2024年12月理事会会议记要"
    assert _date(record)[0] == "2024-12-17"


R1009 = """PMC 例会 2025-06-05

## 参会人员 (Attendance)

| 姓名     | 账号                                       |
| ------ | ---------------------------------------- |
| 任革林    | [@im-off-this-week](https://gitee.com/im-off-this-week) |
| 董金光    | [@dongjinguang](https://gitee.com/dongjinguang) |
| 付天福    | [@futianfu](https://gitee.com/futianfu) |
| 议题相关人员 | 议题相关人员 |

## 议题(Agenda)

1. [PMC 议题列表](https://shimo.im/sheets/16q8xyRaR9creOq7/MODOC)

## 会议纪要(Minute of Meeting)

**议题1：网络管理相关三方库committer权限变更**\x20\x20
汇报人：钟禄平\x20\x20
结论：\x20\x20
1、闭环如下遗留问题后再变更。\x20\x20
"""


def test_a_meetings_name_and_date_opening_its_notes_is_the_title(tmp_path: Path) -> None:
    # r1008, r1009 (heldout17): a PMC's Markdown notes whose first line is the meeting's
    # name and date (PMC 例会 2025-06-05, no # heading): it ends in a date, so it was
    # passed over for the heading 参会人员 (Attendance), and the notes were other 0%
    record = _txt(tmp_path, "2025_06_05.md", R1009)
    assert record.doc.title == "PMC例会2025-06-05"
    assert _counted(record) == "minutes"
    assert _date(record)[0] == "2025-06-05"


R987 = """###### tags: `NTHUSC` `會議記錄`

# 國立清華大學學生議會 暑期第二次預備會議 <br />會議紀錄

日期：2020年7月29日

時間：20：00 P.M.

地點：線上會議

主席：賴永岫

出席人員：陳聿邦、賴永岫、陳禹叡、李昱辰、黃柏崴、李丕文、朱廷峻
(實到7人)

## 議程

#### 一、	議長說明會議

議會恢復社團性質，需派一員參加清華營
"""


def test_a_hackmd_tags_line_and_an_html_break_are_no_part_of_the_title(tmp_path: Path) -> None:
    # r987–r989 (heldout17): HackMD minutes opening with a tags line over a headline broken
    # by <br />: the title was tags:`NTHUSC``會議記錄`國立…預備會議<br/>會議紀錄
    record = _txt(tmp_path, "20200729.md", R987)
    assert record.doc.title == "國立清華大學學生議會暑期第二次預備會議會議紀錄"
    assert _counted(record) == "minutes"
    assert _date(record)[0] == "2020-07-29"


R1001 = """---
title: 开源社章程
date: 2014-10-16
updated: 2025-02-27 21:22:00
categories:
  - Profile
---

## 第一章 总则

- 第一条 开源社是由志愿贡献于开源事业的个人志愿者，依 “贡献、共识、共治” 原则所组成的开源社区。

- 第二条 开源社的英文名称为“KAIYUANSHE”，官方网站地址为： https://kaiyuanshe.cn 。

- 第七条 开源社遵守国家法律法规和社会公序良俗，遵循国家有关方针政策。
"""


def test_a_pages_front_matter_updated_date_dates_the_text(tmp_path: Path) -> None:
    # r1001 (heldout17): Charter.md under a Hexo front matter (date 2014-10-16, updated
    # 2025-02-27 21:22:00): the text is the charter as updated; it was dated 2014-10-16
    record = _txt(tmp_path, "Charter.md", R1001)
    assert record.doc.title == "开源社章程"
    assert _date(record)[0] == "2025-02-27"
    # without an updated date the page's date stands
    record = _txt(tmp_path, "Charter2.md", R1001.replace("updated: 2025-02-27 21:22:00\n", ""))
    assert _date(record)[0] == "2014-10-16"


R991 = """# 汽機車入校管制收費 學生會與系學會聯合聲明

## 2019.04.04 聲明稿內容

日前，學校在3/28公布的汽機車入校管制收費一事，引起很多學生反彈，學生會曾於3/28中午12:30與校方\
進行協商，而在思慮不周全及資訊不足的情況下，並沒有對此提出異議，只針對部分細項討論和澄清，\
我們在此為我們錯誤的判斷道歉。

我們認為學校應該公布汽機車管制收費的使用流向，而在協商過程中，校方表示希望將這筆費用使用在\
支付閘門租金，但是學生希望能改善校內停車環境，因此雙方對於經費用途有落差。
"""


def test_a_date_heading_the_statement_under_its_headline_dates_it(tmp_path: Path) -> None:
    # r991 (heldout17): a joint statement in Markdown, its sub-heading ## 2019.04.04
    # 聲明稿內容 (the statement's own date) under the headline: it was undated
    record = _txt(tmp_path, "汽機車入校管制收費.md", R991)
    assert _date(record) == ("2019-04-04", "signature")


def test_an_attachment_label_with_a_comma_is_cut_from_the_title(tmp_path: Path) -> None:
    # r1020 (heldout17): B00_資安通報演練110(注儲).doc, drill scenarios under the label
    # 附件4、: the title kept the 、 (、110年經濟部及所屬機關(構)通報演練情境劇本)
    document = docx.Document()
    document.core_properties.title = "資安處理小組資安演練作業計畫"
    for line in [
        "附件4、110年經濟部及所屬機關(構)通報演練情境劇本",
        "模擬狀況1：",
        "Step1.請填寫事件相關基本資料（請依單位實際狀況填報）",
        "是否為關鍵基礎設施提供者 ●是○否(注儲工程處)",
        "資安維護廠商：中華資安國際股份有限公司",
        "Step2. 詳述事件發生過程",
        "◎事件發生時間：（請依演練郵件內容填寫）",
    ]:
        document.add_paragraph(line)
    record = _save_docx(document, tmp_path, "B00_資安通報演練110(注儲).docx")
    assert record.doc.title == "110年經濟部及所屬機關(構)通報演練情境劇本"


def test_a_forms_code_and_version_heading_its_pages_is_no_title(tmp_path: Path) -> None:
    # r1021 (heldout17): 27F-70-10-1-05資通安全事故通報單(第12版).pdf, a ministry's blank
    # form: each page heads with its number and the form's code, name and version; the
    # title was 27F-70-10-1-05資通安全事故通報單(第12版), not the headline under 附件四
    lines = [
        "1",
        "27F-70-10-1-05 資通安全事故通報單(第 12 版)",
        "附件四",
        "資通安全事件通報單",
        "一、遵照資通安全管理法，指定之關鍵基礎設施提供者若發生資安事",
        "件時，應於限定時間內辦理事件通報、損害控制或復原通知，並",
        "於完成事件損害控制或復原後一個月內完成資通安全事件調",
        "查、處理及改善報告。",
        "傳真專線：(02)23962587",
    ]
    record = _pdf(tmp_path, "27F-70-10-1-05資通安全事故通報單(第12版).pdf", [lines])
    assert record.doc.title == "資通安全事件通報單"
    assert record.doc.doc_number is None
