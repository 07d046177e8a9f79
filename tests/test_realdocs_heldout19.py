"""Patterns of heldout19 (bench/corpus, round 7), each reproduced faithfully: a work plan's
sheet whose columns include 问题反馈 and 完成情况汇总, a meeting memo headed 备忘录, and
the generated rectification ledgers that must still count. The corpus ids are given with
each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import save_docx as _save_docx
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _xlsx

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord


def test_r1052_work_plan_sheet_with_a_problems_column_is_no_rectification_ledger(
    tmp_path: Path,
) -> None:
    # r1052: an engineer's monthly plan; its first sheet holds only the header 本月工作计划,
    # 时间安排, 完成情况汇总, 问题反馈: 问题反馈 read as 存在问题 and 完成情况汇总 as 整改情况
    # made it ledger.rectification 92%, counted. Its 工作计划 column says what table it is.
    rec = _xlsx(
        tmp_path,
        "工作计划.xlsx",
        {
            "2月工作计划": [["本月工作计划", "时间安排", "完成情况汇总", "问题反馈"]],
            "2月工作详细": [
                ["周", "计划", "日期", "计划", "完成内容", "问题小节", "周总结"],
                [None, None, "2018.2.7", None, "1、完成双通道测试上位机的修改，并发布到版本V1.2"],
                [None, None, "2018.2.8", "1、年终汇报\n2、巩固pandas\n3、学习人工智能数学基础"],
            ],
            "Sheet3": [],
        },
    )
    assert _counted(rec) != "ledger.rectification"


def test_rectification_ledger_without_a_plan_column_still_counts(tmp_path: Path) -> None:
    # the ledger the ruleset defines: 序号, 责任单位, 存在问题, 整改措施, 整改时限, 整改情况
    rec = _xlsx(
        tmp_path,
        "问题整改台账.xlsx",
        {
            "台账": [
                ["序号", "责任单位", "存在问题", "整改措施", "整改时限", "整改情况"],
                ["1", "县人社局", "劳务协作资料不全", "补齐就业台账", "2019年12月", "已整改"],
                ["2", "县扶贫办", "资金拨付台账缺页", "补充拨付凭证", "2019年12月", "整改中"],
            ]
        },
    )
    assert _counted(rec) == "ledger.rectification"


R1060_TEXT = """\ufeff会议备忘录 (全量综合更新)
关联会议：2026-01-10, 2026-01-17, 2026-02-08, 2026-02-23 | 最新更新：2026-02-28
技术议题 新功能规划 问题修复
目录
基础数据与通用功能
数据导入功能调试与修复
后续规划与待办清单
总待办事项清单
1. 基础数据与通用功能
1.1 数据导入功能调试与修复
问题：在处理“港口类型”等枚举字段时，Excel导入的纯数字（Int32）无法赋给底层的枚举类型（Byte），导致导入失败。
临时方案：后端逻辑中，将捕获到的整数值强制转换为字符串，复用已有的字符串到枚举的转换逻辑。
结论：接受此临时方案以保证功能可用，远期可优化底层类型转换逻辑。
1.3 基础数据（字典）刷新性能问题
现象：进入某些页面（如新建账单）时，因频繁刷新字典（特别是港口信息，高达90+MB）导致明显卡顿。
原机制：每5分钟自动刷新一次。
决策：将自动刷新周期延长至 1小时。为需要即时更新的用户提供手动刷新按钮，或提示其重新登录以强制刷新。
6. 其他模块问题与需求
6.1 申请单批复后状态未刷新问题
问题：申请单批复完成后，前端页面状态未刷新，导致用户仍可编辑。需后端排查修复。
7. 后续规划与待办清单
7.1 下阶段重点：报关单模块
模块定位：作为数据准备和传输工具，而非全功能报关系统。
7.2 总待办事项清单
类别\t模块\t决策/任务\t负责人
后端/架构\t费用申请\t调整“查看所有申请单”权限的接口位置。\tZC@WorkGroup
前端\t通用\t实现三级菜单、新权限页布局、字典刷新周期调整。\t陈云霄
产品/设计\t报关\t准备下一阶段“报关单”模块的需求文档。\t石永昌
"""


def test_r1060_meeting_memo_is_no_agreement(tmp_path: Path) -> None:
    # r1060: 临时计划.md headed 会议备忘录 (全量综合更新), the problems, 结论 and 决策 of
    # four meetings, and no parties (甲方, 乙方) in its body: agreement 60%, counted,
    # by its 备忘录 ending. A 会议备忘录 is a meeting's record, not a memorandum of
    # understanding between parties.
    rec = _txt(tmp_path, "临时计划.md", R1060_TEXT)
    assert rec.kind != "agreement"
    assert rec.kind == "minutes"


R1063_TEXT = """
2022-09-07
会议链接：https://us06web.zoom.us/j/84272229559?pwd=WURCcEYwRXNsWERNM21tdG50ZS9RQT09
轮值主持：胡峰
下次轮值主持：胡欣蔚
与会人：陈棋德、石勇、胡峰、叶青龙、刘恺、熊伟、魏刚、任慰、侯健、范佳臣、杜奕威、杨昭、江新宇、李永强、卞乃猛、赵川峰、王伶卓、谢秀奇
会议内容：
上期遗留问题
1. openEuler 下一代内核选型的方案  -谢秀奇 (10月底tc会议审视进展）
//建议先组织小范围讨论，包括硬件，osv等，先给出一个初步方案。再扩大范围讨论
//10月底tc上会审视进展，最晚23.09需要采用新的内核。
2. 安全委员会的程序正义问题进展 - 胡欣蔚
授权TC评审

本期会议议题
1. suse申请成立RFO SIG，建立rancher for openEuler产业生态 - zhangzhibo
//全票通过
* 后续争取能够将isula, nestos, kubeos等社区孵化的项目和rancher进行融合
* 在rancher和openEuler的双向进行认证和宣传
"""

R1064_TEXT = """ Data 日期： 2023-6-7
Time 时间：10:00-12:00 (UTC/GMT+8:00)
Meeting Link 会议链接：https://us06web.zoom.us/j/84664926186?pwd=c2paS2VoNTNqZ3NBeis5ampsdzJ6Zz09
Recordings 会议纪要：https://etherpad.openeuler.org/p/TC-meetings
Host 会议主持人： 曹志
Next Host 下次会议主持人：侯 健
Participants 与会人：曹志、石勇、魏刚、胡欣蔚、李永强、任慰、熊伟、胡峰、田俊、吕从庆、谢秀奇、赵川峰、侯健、陈棋德、王伶卓

遗留事项跟踪 :  成立Port-from-Windows应用迁移SIG组的待确定事宜 @杜开田
20230606：与软件所王建民老师、麟卓刘东老师、麟卓徐芬老师、opneEuler 李君弋老师交流，达成如下意见：
一、对已有应用的兼容 sig-compat-winapp
负责 wine ，依赖32位补齐，其他在 API 虚拟化层面的兼容
麟卓之后会推荐团队内对 Wine 有经验的工程师参与 Wine SIG 。
"""

R1065_TEXT = """Data日期：2024-04-19
      Time时间：9:00 - 17:30
      会议地点：江苏省南京市雨花台区软件大道168号润和创智中心B栋西二楼多功能会议室
      Host 会议主持人：卞乃猛
      Participants 与会人：熊伟、曹志、胡胜、郑振宇、陈棋德、刘恺、李永强、谢秀奇、王志钢、高贵锦、石勇、張燁、侯健、任慰、卞乃猛、赵川峰、朱健伟，胡欣蔚、吕从庆、刘寿永、范佳臣

议题：
1. 润和软件领导致辞        9:00~9:05        5min        周红卫
2. 润和软件欧拉业务进展报告        9:05~9:15        10min        于萍
3. OceanBase SIG创建申请        9:15~9:45        30min        蔡飞志
    1) Mentor：曹志
    2) SIG表决:  通过
"""

R1066_TEXT = """Date日期：2025-06-11
Time时间：10:00-12:00
会议纪要：https://etherpad.openeuler.org/p/TC-meetings
会议链接：https://meeting.huaweicloud.com:36443/#/j/967110761
会议主持：刘恺
下次主持：吕从庆
与会人：刘恺、吕从庆、唐葛亮、胡峰、陈棋徳、石勇、高贵锦、谢秀奇、王经纬、陈茂冬、曹志、杜开田、胡欣蔚、田俊、赵川峰、魏建刚、李永强、朱健伟、王志钢、王麟、叶青龙
请假：
遗留问题：
1、二进制提交流程oEEP草案 -- 杜开田/吴峰光
  - 杜开田根据会上提出的意见再修改oEEP，主要意见如下：
 1.1、建议成立一个组织  ，补充组织对二进制引入的管理职责 。

议题：

1. openEuler 26年 LTS 内核选型汇报   - 谢秀奇
背景：04月30日 TC 会议初次汇报后，在 Kernel SIG 讨论，并在社区公示2周，目前社区对先前提出的选型方案无异议。提交本次会议决策。
  - TC投票结果：通过，选择6.6作为26年LTS内核版本。0反对，0弃权，共23个委员在线参加会议。
"""


def test_r1063_to_r1066_committee_minutes_with_bilingual_field_lines(tmp_path: Path) -> None:
    # r1063–r1066: openEuler technical committee minutes with no headline: their field
    # lines are 与会人： (not 与会人员), 会议主持： (no 人), and bilingual labels (Data 日期：,
    # Time时间：, Participants 与会人：): other 0% each.
    for name, text in (
        ("20220907_minutes.txt", R1063_TEXT),
        ("20230607_minutes.txt", R1064_TEXT),
        ("20240419_minutes.md", R1065_TEXT),
        ("20250611_minutes.md", R1066_TEXT),
    ):
        rec = _txt(tmp_path, name, text)
        assert _counted(rec) == "minutes", name


def _form(tmp_path: Path, name: str, rows: list[list[str]]) -> FileRecord:
    """A docx holding one 8-column table; a row of one text is one merged cell."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=8)
    for r, row in enumerate(rows):
        if len(row) == 1:
            cell = table.cell(r, 0).merge(table.cell(r, 7))
            cell.text = row[0]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return _save_docx(document, tmp_path, name)


R1074_ROWS = [
    ["                                                        企业部署\n"],
    ["部署纪要（2018-02-06）"],
    ["一、基本信息"],
    ["部署时间", "", "", "部署人员", "", "", "", ""],
    ["项目经理", "", "", "", "", "", "", ""],
    ["二、服务器配置信息"],
    ["\n例如：硬盘、内存、操作系统、使用服务器\n"],
    ["三、数据信息"],
    ["是否部署权限", "", "", "", "是否走系统流程", "", "", ""],
    ["历史数据是否迁移", "", "", "", "是否清理数据", "", "", ""],
    ["二、签字"],
    ["部署人员签字：\n\n\n项目经理签字：                          \n\n\n企业签字："],
]


def test_r1074_form_dated_line_is_neither_headline_nor_a_meetings(tmp_path: Path) -> None:
    # r1074: a deployment record form left blank, headed 企业部署 with the line
    # 部署纪要（2018-02-06） under it: the two lines were joined into one headline ending
    # in 纪要, minutes 81%, counted. The line is the form's own dated line (its 纪要 is a
    # visit's record: no attendance, agenda or decision): the title is 企业部署 and the
    # line dates the form.
    rec = _form(tmp_path, "部署文件.docx", R1074_ROWS)
    assert rec.doc is not None
    assert rec.doc.title == "企业部署"
    assert _counted(rec) != "minutes"
    assert _date(rec) == ("2018-02-06", "signature")


def test_r1072_weekly_report_dated_by_its_line_under_the_headline(tmp_path: Path) -> None:
    # r1072: 项目周报 over 周报时间（2018-04-16）, then a 基本信息 table: no date was found
    rows = [
        ["                                                     项目周报"],
        ["周报时间（2018-04-16）"],
        ["一、基本信息"],
        ["周报日期", "2018-04-09至2018-04-13", "", "", "企业名称", "五矿", "", ""],
        ["跟进人", "王建国", "", "", "", "", "", ""],
        ["二、周报内容"],
        [
            "五矿系统正式运行，驻场辅助\n系统流程 \n业务员录入流程\n财务申报流程\n审核结果查看\n"
            "系统错误处理\n记录错误（文档记录）\n联系开发\n还原错误\n开发修改错误\n重新部署系统\n"
            "在测试版，查看提出的问题是不是已经修改\n"
        ],
    ]
    rec = _form(tmp_path, "项目周报.docx", rows)
    assert rec.doc is not None
    assert rec.doc.title == "项目周报"
    assert _date(rec) == ("2018-04-16", "signature")


def test_r1053_a_note_of_a_discussion_dated_by_its_opening_line(tmp_path: Path) -> None:
    # r1053: a GBK txt of four lines named 3018.3.16会议纪要.txt (the year mistyped):
    # the date opening the line 2018.3.16 讨论 is the meeting's; it was undated
    path = tmp_path / "项目组" / "3018.3.16会议纪要.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (
        "2018.3.16 讨论\n参与人：肖总、荣灿\n主题：明确我以后的工作职责\n"
        "见：工作内容职责（2018.3.16）.xmind\n\n"
    )
    path.write_bytes(text.encode("gbk"))
    rec = analyze_file(FileEntry(f"项目组/{path.name}", "项目组", str(path)), RULES)
    assert _date(rec) == ("2018-03-16", "meeting")


R1078_TEXT = """# 会议纪要

## 说明

这是 XBUI 项目的每个会议纪要，以后所有相关的会议都要在这里记录，格式为：`时间+议题`，按照时间倒序

## 2018-10-15 议题：开发公约制定

- 开发公约，详见项目运行后指南中的《书写规范》章节

- eslint 规则，暂定和 SIS 项目的 eslint 规则相同

- 项目考虑使用 TypeScript，原因：TS 是趋势，在 SIS 的实际项目中使用 TS 的可能性不大，但是对于团队的提升的必要的，也接着 XBUI 的契机让团队学习和使用 TS
"""


def test_r1078_markdown_minutes_dated_by_its_one_entry(tmp_path: Path) -> None:
    # r1078: # 会议纪要 holding one entry ## 2018-10-15 议题：开发公约制定: undated
    rec = _txt(tmp_path, "会议纪要.md", R1078_TEXT)
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2018-10-15", "meeting")


R1061_TEXT = """\ufeff# 📋 本周服务器端修改计划（2026-03-15 ~ 2026-03-21）

# 📋 TODO - 后端待办事项

> **项目**：PowerLmsServer.sln（.NET 6） | **角色**：ZC@WorkGroup（后端）

---

## 1 🔴 第一优先级

### 1.1 通用报表模板系统 - 后端实体与CRUD接口

**来源**：临时输入.md §6

#### 实体设计方案

继承 `JsonDynamicPropertyBase`（已含 `Id` + `JsonObjectString`），字段全部通用化：

| 字段名 | 类型 | 说明 |
|--------|------|------|
| `Id` | `Guid` | 主键（基类提供） |
| `Genus` | `string` | 通用分类标识，最长128字符；含义由调用方自定义，可用于区分对象类型、业务分组等 |

#### 实施步骤

1. 创建实体类 `PowerLmsData/报表/PlReportTemplate.cs`（继承 `JsonDynamicPropertyBase`）
2. 注册DbSet `PowerLmsUserDbContext.cs`

**来源**：2026-03-08会议纪要
"""


def test_r1061_a_weeks_span_in_the_headline_is_no_date(tmp_path: Path) -> None:
    # r1061: # 📋 本周服务器端修改计划（2026-03-15 ~ 2026-03-21）: the span's end was taken
    # for a masthead date; a week's span is a period, the plan has no date of its own
    rec = _txt(tmp_path, "TODO.md", R1061_TEXT)
    assert _date(rec) == (None, None)
