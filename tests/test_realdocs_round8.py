"""Patterns of the seen parts worked on in round 8 (bench/corpus/rounds.md, the eleventh
session), each reproduced faithfully from the document's real lines: a Q&A's byline under
its headline, a memo's 最新更新 line, a plan's 活动时间. The corpus ids are given with each
test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _xlsx

_QA_BODY = [
    "团贷网雷了这些天，每天都在各群里泡很长时间，期间看到很",
    "多人对法律规定不了解，有些信息给很多人形成误解。我本人有律",
    "师资格，这两年雷潮过程中也特意关注了 P2P 相关法律，今天抽出",
    "时间给大家普及一下 P2P 的法律及相关知识。有不对之处，还望各",
    "位及时指正。下面以问答形式对常见问题给出解答（后续将持续补",
    "充问题）。",
    "问题 1、有人说，一旦定性为非吸，我们将血本无归，所有资金被",
    "国家没收，所以千万不能定性为非吸。这种说法是否正确？",
    "答：这种说法不对。",
    "附法律条文：",
    "最高人民法院、最高人民检察院、公安部《关于办理非法集资刑事",
    "案件若干问题的意见》（2019 年 1 月 30 日发布），后面简称“两高一",
    "部关于非法资集的司法解释”，这是非法集资的重要法规，建议认真",
    "阅读，特别是第八至十条。",
]


def test_r1031_byline_under_the_headline_dates_the_article(tmp_path: Path) -> None:
    # r1031: a Q&A for a P2P platform's lenders, its headline over the byline
    # 'Andy 2019/4/19'; the body cites a 2019-01-30 opinion (a date it mentions only)
    rec = _docx(
        tmp_path,
        "团贷P2P案相关法律问题答疑.docx",
        ["团贷网 P2P 案相关法律问题答疑（后面持续补充）", "Andy 2019/4/19", *_QA_BODY],
    )
    assert _date(rec) == ("2019-04-19", "published")
    assert rec.doc.title == "团贷网P2P案相关法律问题答疑（后面持续补充）"


def test_an_organisation_and_its_date_under_a_headline_stay_a_masthead_date(
    tmp_path: Path,
) -> None:
    # a name before a date under the headline is a byline only when it is a person's:
    # an office's name with its date there stays what it was (no byline)
    rec = _docx(
        tmp_path,
        "答疑.docx",
        ["团贷网 P2P 案相关法律问题答疑（后面持续补充）", "办公室 2019/4/19", *_QA_BODY],
    )
    assert _date(rec)[1] != "published"


def test_a_bylined_date_deep_in_the_text_is_no_byline(tmp_path: Path) -> None:
    # only the line right under the headline is a byline: "Andy 2019/4/19" further down
    # is a date the text mentions
    rec = _docx(
        tmp_path,
        "答疑.docx",
        [
            "团贷网 P2P 案相关法律问题答疑（后面持续补充）",
            *_QA_BODY[:6],
            "Andy 2019/4/19",
            *_QA_BODY[6:],
        ],
    )
    assert _date(rec) == (None, None)


_MEMO = """会议备忘录 (全量综合更新)
关联会议：2026-01-10, 2026-01-17, 2026-02-08, 2026-02-23 | 最新更新：2026-02-28
技术议题 新功能规划 问题修复
目录
基础数据与通用功能
数据导入功能调试与修复
港口字典排序与数据唯一性
1. 基础数据与通用功能
1.1 数据导入功能调试与修复
问题：在处理“港口类型”等枚举字段时，Excel导入的纯数字（Int32）无法赋给底层的枚举类型（Byte），导致导入失败。
临时方案：后端逻辑中，将捕获到的整数值强制转换为字符串，复用已有的字符串到枚举的转换逻辑。
结论：接受此临时方案以保证功能可用，远期可优化底层类型转换逻辑。
1.2 港口字典排序与数据唯一性
排序需求：前端港口字典下拉列表需按Code排序。
唯一性问题：发现海运和空运的港口编码（Code）大量重复，导致数据覆盖。
结论：港口的主键需变更为 `Code + 港口类型` 的复合主键。此项修改需与客户确认。
"""


def test_r1060_latest_update_line_dates_the_memo(tmp_path: Path) -> None:
    # r1060 (临时计划.md): a consolidated meeting memo listing the four meetings it
    # gathers (events) and its 最新更新 date, the memo's own as revised
    rec = _txt(tmp_path, "临时计划.md", _MEMO)
    assert _date(rec) == ("2026-02-28", "cover")
    assert _counted(rec) == "minutes"


def test_update_without_a_colon_is_no_label(tmp_path: Path) -> None:
    # 更新 labels a date only before its colon: "系统更新 2026-02-28" in a sentence is not
    rec = _txt(
        tmp_path,
        "说明.md",
        _MEMO.replace("| 最新更新：2026-02-28", "").replace(
            "技术议题", "本次讨论在系统更新 2026-02-28 之后进行。\n技术议题"
        ),
    )
    assert _date(rec) == (None, None)


_PLAN = [
    "主题党日活动方案",
    "“知行合一：学习贯彻党的二十届四中全会精神及中央经济工作会议精神”主题党日活动方案",
    "一、活动背景",
    "为深入学习贯彻党的二十届四中全会精神和中央经济工作会议精神，全面落实党中央关于高质量发展和"
    "新发展阶段的决策部署，引导党员干部准确把握宏观形势和行业发展趋势，进一步统一思想、凝聚共识、"
    "明确方向，切实把学习成果转化为推动企业高质量发展的实际行动。同时，结合加强党风廉政建设和企业"
    "文化建设要求，持续强化党员纪律意识、规矩意识和使命担当，管控党支部拟组织开展12月份主题党日活动"
    "暨专题党课。",
    "二、活动时间与地点",
    "时间：2025年12月26日",
    "地点：1610会议室",
    "三、参与人员",
    "赛迪信息智能制造管控党支部全体党员",
    "四、活动内容",
    "1.落实“第一议题”学习制度。组织党员集中学习党的二十届四中全会相关重要精神，重点学习习近平总书记"
    "在全会上的重要讲话、《中国共产党第二十届中央委员会第四次全体会议公报》及有关说明。",
    "2.支部书记讲授专题党课。由支部书记以《知行合一：深刻领会二十届四中全会精神及中央经济工作会议"
    "内容，践行高质量发展》主题，为全体党员讲授专题党课。",
    "五、学习要求",
    "（一）提高政治站位，强化思想认识。全体党员要充分认识开展主题党日活动和专题学习的重要意义，切实"
    "增强学习的思想自觉和行动自觉。",
]


def test_r916_plan_is_not_dated_by_the_activity_it_plans(tmp_path: Path) -> None:
    # r916: a Party branch's 主题党日活动方案; 时间：2025年12月26日 under 活动时间与地点 is
    # the planned activity's day (it was read as a meeting held); the plan has no 落款
    rec = _docx(tmp_path, "主题党日活动方案.docx", _PLAN)
    assert _counted(rec) == "plan"
    assert _date(rec) == (None, None)


def test_a_record_of_the_activity_keeps_its_date(tmp_path: Path) -> None:
    # the same fields in the record of the activity held (a 记录, no plan) date it
    lines = [
        "2月党员大会暨主题党日记录表",
        "会议名称：2月党员大会暨主题党日",
        "会议时间：2026-02-26",
        "会议地点：金山1610#会议室",
        "应到人数：30",
        "实到人数：26",
        "会议由支部书记童心同志主持。会议学习了《习近平法治文选》第一卷，会议强调要提升法治意识。",
    ]
    rec = _docx(tmp_path, "记录表.docx", lines)
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2026-02-26", "meeting")


_TODO = """\ufeff# 📋 本周服务器端修改计划（2026-03-15 ~ 2026-03-21）

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
| `ParentId` | `Guid?` | 副ID；典型用途为存储**机构ID（OrgId）**，亦可指向任意关联对象，含义由调用方约定 |

> **设计说明**：
> - 所有字段均不预设业务含义，由调用方按需约定，实体本身保持通用

#### 实施步骤

1. 创建实体类 `PowerLmsData/报表/PlReportTemplate.cs`（继承 `JsonDynamicPropertyBase`）
   - 新增字段：`Genus`、`ExtraString`（MaxLength 128）、`ExtraDateTime`、`ExtraGuid`、`ParentId`
2. 注册DbSet `PowerLmsUserDbContext.cs`
3. 创建Controller `PowerLmsWebApi/Controllers/Report/ReportTemplateController.cs`（标准CRUD + 商管/超管权限）
4. 创建DTO `ReportTemplateController.Dto.cs`
"""


def test_r1061_plan_headline_with_its_icon_and_period(tmp_path: Path) -> None:
    # r1061 (TODO.md): the page's first heading is an icon, the plan's name and the week it
    # covers in brackets; the icon is no character of the headline, the bracketed span
    # the plan's period (no date of its own, and 计划 still ends the headline); the
    # **来源** line and the heading 实体设计方案 below are no headline
    rec = _txt(tmp_path, "TODO.md", _TODO)
    assert rec.doc.title == "本周服务器端修改计划（2026-03-15~2026-03-21）"
    assert _date(rec) == (None, None)
    assert _counted(rec) == "plan"


def test_a_day_in_a_headline_still_dates_it(tmp_path: Path) -> None:
    # a headline's date that opens no span is still the title's date
    rec = _txt(tmp_path, "计划.md", _TODO.replace("（2026-03-15 ~ 2026-03-21）", "（2026-03-15）"))
    assert _date(rec) == ("2026-03-15", "title")


_MINUTES_MD = """\ufeff# 📄 PowerLms 项目会议纪要

<!-- 会议纪要按照WBS编号法组织，使用emoji图标增强辨识度 -->

## 1. 📋 会议基本信息

**会议时间：** 2025年08月16日 & 2025年08月23日\x20\x20
**与会人员：** 石永昌(PM/产品)、陈云霄(前端)、ZC@WorkGroup(后端)\x20\x20
**整理时间：** 2025年01月27日\x20\x20
**完成状态标注说明：** ✅已完成 | 🔄进行中 | ❌待完成 | ⏸️暂缓

---

## 2. 🎯 项目总体状况

### 2.1 时间线与风险
- **目标：** 9月2日前完成核心功能，留出最终测试窗口
- **关键节点：** 8月底必须完成阻塞性任务
- **测试策略：** 9月整月进行"生产环境并行测试"（廊坊、西安分公司）
- **主要风险：** 模块强耦合，缺少传统内测环节，首次并行时数据不一致概率高
"""


def test_r1059_icon_before_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    # r1059 (会议纪要.md): # 📄 PowerLms 项目会议纪要 is titled without its icon
    rec = _txt(tmp_path, "会议纪要.md", _MINUTES_MD)
    assert rec.doc.title == "PowerLms项目会议纪要"
    assert _date(rec) == ("2025-08-16", "meeting")


_HEADLINE = "公平价二手车估值系统升级—进度管理计划"
_STAFF = (
    "项目负责人:雷邓君\n架构/算法:雷邓君\n爬虫开发:吴辛成\n配合:孙文强\n开始时间:{}  截止时间:{}"
)
_COLUMNS = ["版本", "阶段", "类别", "明细", "责任人", "开始/截至时间", "状态"]


def test_r1027_schedule_is_titled_by_its_headline_not_its_staff_cell(tmp_path: Path) -> None:
    # r1027 (进度管理计划.xlsx): each sheet opens with the headline (A1:G2) over a merged
    # cell of the team, one field a line, and the planned days (A3:G5); the first sheet's
    # headline row also holds the heading of a side table (工期拖延原因汇总), so only the
    # staff cell stood alone above its header and titled the file
    first = [
        [_HEADLINE, None, None, None, None, None, None, None, "工期拖延原因汇总"],
        [],
        [_STAFF.format("10月30号", "12月07号")],
        [],
        [],
        [*_COLUMNS, None, "发生版本", "序号", "发生时间", "延误原因", "延误天数", "措施", "备注"],
        [
            *("V1.0", "启动阶段", "总体", "构思升级方案", "雷邓君", "10.30/10.31", "完成", None),
            *("V1.0", 1, 11.12, "吴辛成支持其他项目", 30),
        ],
        [
            *(None, None, None, "编写项目章程文件", "雷邓君", 10.31, "完成", None),
            *("V1.0", 2, 12.07, "人工预测一批车源数据", 3, None, "计划时遗漏工作项"),
        ],
        [None, "组织与准备阶段", None, "编写总体需求文件", "雷邓君", "10.31/11.01", "完成"],
        [None, None, None, "需求评审", "全体", 11.02, "完成"],
    ]
    second = [
        [_HEADLINE],
        [],
        [_STAFF.format("2月13号", "3月17号")],
        [],
        [],
        _COLUMNS,
        [
            *("V1.1", "开发阶段", "爬虫", "编写代码将V1.0抓取结果解析并定期更新到数据库"),
            *("吴辛成", "2.13/2.22", "完成"),
        ],
        [None, None, None, "竞品对比报告", "孙文强", "定期(每周3天)", "完成"],
    ]
    merged = {sheet: ["A1:G2", "A3:G5"] for sheet in ("V1.0", "V1.1")}
    rec = _xlsx(tmp_path, "进度管理计划.xlsx", {"V1.0": first, "V1.1": second}, merged)
    assert rec.doc.title == _HEADLINE
    assert _date(rec) == (None, None)


def test_a_title_cell_with_a_colon_is_still_a_title(tmp_path: Path) -> None:
    # one line with its colons (附件2：…（单位：万元）) is a headline, not a form's fields
    rows = [
        ["附件2：XX县扶贫项目资金安排表（单位：万元）"],
        ["序号", "项目名称", "责任单位", "资金"],
        [1, "道路硬化", "交通局", 12],
        [2, "饮水工程", "水利局", 8],
    ]
    rec = _xlsx(tmp_path, "资金安排表.xlsx", {"Sheet1": rows})
    assert rec.doc.title is not None and "扶贫项目资金安排表" in rec.doc.title


def test_r267_invitation_feature_notes_are_no_letter(tmp_path: Path) -> None:
    # r267 (邀请函.docx): a developer's notes on an invitation-card feature under the
    # heading 邀请函: no letter's words, no 发文机关, number, 署名 or date (流程步骤： read
    # as a 主送机关 does not make it sent); it was a letter 80%, counted
    lines = [
        "邀请函",
        "流程步骤：",
        "修改右侧栏（元素样式的布局显示）",
        "修改元素列的显示状态",
        "修改主体JS功能",
        "邀请函数据保存机制：（考虑存在多个页面因素）用Map()方法， 对应保存每页中的元素数据",
        "增加元素坐标数据",
        "修改文本填写内容机制",
        "修改文本拖动机制",
        "添加新页面，添加新对象保存新页面元素的数据",
        "连接后端：将对应元素数据传输到后端",
        "重新构写二维码页面",
    ]
    rec = _docx(tmp_path, "邀请函.docx", lines)
    assert _counted(rec) == "other"
    assert rec.kind == "letter"  # still suggested


def test_a_letter_with_its_signature_and_date_still_counts(tmp_path: Path) -> None:
    # r050's pattern: a 函 with its 主送机关, one paragraph, 此函, the 署名 and the date,
    # none of the words the letter's body signals look for: it was sent, it counts
    lines = [
        "【四川省扶贫和移民工作局】",
        "关于委托2014年移民综合监理、综合设计（设代）、综合监理和独立评估考核工作的函",
        "中国水利水电建设工程咨询公司：",
        "经我局研究并经贵公司同意决定，决定委托你公司负责组织开展2014年全省23座大型水利水电工程"
        "移民综合监理，21座大型水利水电工程移民综合设计（设代）工作。",
        "此函",
        "四川省扶贫和移民工作局",
        "2015年1月26日",
    ]
    rec = _docx(tmp_path, "委托函.docx", lines)
    assert _counted(rec) == "letter"
