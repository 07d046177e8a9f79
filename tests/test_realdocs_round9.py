"""Patterns of the parts worked on in round 9 (bench/corpus/rounds.md, the eleventh
session: heldout20 and heldout21, scored blind, then seen), each reproduced faithfully
from the document's real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import save_docx as _save
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _book

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file


def _studio_cover(document: Any, name: str, author: str, day: str) -> None:
    """The studio's cover, a table of merged rows (blank rows between), as r1094 has it."""
    rows = ["", name, "", "\n", "\n\n", f"\n\n\n{author}\n{day}"]
    table = document.add_table(rows=len(rows), cols=2)
    for r, value in enumerate(rows):
        cell = table.cell(r, 0).merge(table.cell(r, 1))
        cell.text = value


def _contents(document: Any) -> None:
    """The template's 目次, its placeholders left unfilled (typed paragraphs, no field)."""
    for _ in range(3):
        document.add_paragraph("")
    document.add_paragraph("目    次")
    for line in ("1.\t标题\t1", "1.1\t内容一\t1", "1.2内容二\t1", "2.标题2\t1"):
        document.add_paragraph(line)
    for _ in range(4):
        document.add_paragraph("")


def _r1094() -> Any:
    document = docx.Document()
    _studio_cover(document, "活力工作室\n会议记录 文 档", "爬虫组 肖洒", "2017年01月19日")
    _contents(document)
    document.add_heading("第一期( 2017.01.14-2017.01.19)工作总结", level=1)
    document.add_heading("各组工作", level=2)
    for line in (
        "安卓：等注册框架再写模板。",
        "后台：CSV文件导入，需和爬虫交流。爬虫直接做数据库；注册登录还是有点简单。"
        "下一步设计界面。注册功能没有写全，还需和UI联系沟通。手机号注册。",
        "UI：界面做了点工作。",
        "爬虫：爬取新闻还需整理；教务处已经可以爬取，后期还需整理。",
    ):
        document.add_heading(line, level=3)
    document.add_heading("第二期工作计划", level=1)
    for line in (
        "安卓：实现登录注册。",
        "后台：注册登录和绑定接着做。搜索功能。",
        "爬虫：看数据库及数据库整理；签到界面做出来。教务处看情况再爬取其他信息。",
        "UI：设计登录闭环界面。",
        "管理：文档标准化。",
    ):
        document.add_paragraph(line, style="List Paragraph")
    document.add_heading("讨论", level=1)
    document.add_paragraph("APP名称：叮铃、叮叮、铃铃", style="List Paragraph")
    document.add_paragraph("功能扩展：澡堂信息、失物招领", style="List Paragraph")
    return document


def test_r1094_a_heading_after_the_contents_is_a_chapter_not_the_title(tmp_path: Path) -> None:
    # r1094 (holi_20170119_会议记录.docx): the studio's minutes in its template, a cover
    # (活力工作室 / 会议记录 文 档 / author / date), an unfilled 目次, then the first
    # chapter's heading 第一期(…)工作总结 in Heading 1: a chapter, not the document's name
    # (it was taken for the title: a report, counted)
    rec = _save(_r1094(), tmp_path, "holi_20170119_会议记录.docx")
    assert rec.doc.title != "第一期(2017.01.14-2017.01.19)工作总结"
    # the cover's organisation over the document's name, before the 目次: one title
    assert rec.doc.title == "活力工作室会议记录文档"
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2017-01-19", "cover")


def test_an_organisation_over_a_first_line_without_contents_is_not_joined(
    tmp_path: Path,
) -> None:
    # without a 目次 below, the organisation's line over a short line is a letterhead
    document = docx.Document()
    for line in (
        "活力工作室",
        "会议记录 文 档",
        "爬虫组 肖洒",
        "讨论",
        "APP名称：叮铃、叮叮、铃铃",
    ):
        document.add_paragraph(line)
    rec = _save(document, tmp_path, "记录.docx")
    assert rec.doc.title != "活力工作室会议记录文档"


def test_a_heading_before_any_contents_is_still_the_title(tmp_path: Path) -> None:
    # without the cover and its 目次, the first heading style names the document
    document = docx.Document()
    document.add_heading("第一期( 2017.01.14-2017.01.19)工作总结", level=1)
    document.add_paragraph("安卓：等注册框架再写模板。")
    document.add_paragraph("UI：界面做了点工作。")
    rec = _save(document, tmp_path, "总结.docx")
    assert rec.doc.title == "第一期(2017.01.14-2017.01.19)工作总结"


_R1149 = [
    "2019-5-6",
    "el-dropdown-item element-ui 下拉框 里面的@click事件无效",
    "解决办法： @click.native  在点击事件后加上这个修饰符 .native 就是在父组件中给子组件绑定一个"
    "原生的事件，就将子组件变成了普通的HTML标签，不加'.native'事件是无法触发的。",
    "5.13",
    "vue 设置端口号",
    "再vue-config.js 中 devServer:{port:8888}",
    "5-13",
    "添加了小商品的添加删除功能",
    "遇到的问题： 编辑小商品的添加的功能  element 图片设置的 fileList : [], 无法彻底清除数组",
    "5.18",
    "完成商品添加",
    "还有编辑删除待优化",
    "5-18",
    "服务器上线",
    '通过nodejs express  app.use(express.static(path.resolve(__dirname,"../dist")))'
    "将dist设置成静态属性。",
    "二级域名设置第一个方法：",
    "通过阿里云域名解析实现",
]


def test_r1149_a_work_log_has_no_date_of_its_own(tmp_path: Path) -> None:
    # r1149 (工作日志.docx): a developer's log, each entry a day on a line of its own
    # (2019-5-6, then 5.13, 5-13, 5.18, 5-18 without the year): the first day heads the
    # first entry, no cover's date (it was taken as the cover's: a false date)
    rec = _docx(tmp_path, "工作日志.docx", _R1149)
    assert rec.doc.doc_date is None
    assert _counted(rec) == "other"


_R1156 = [
    "每天培训",
    "2014/1/13",
    "培训内容：",
    "js知识：",
    *("数据类型", "表达式", "控制语句", "函数", "主函数", "异步"),
    "遇到的问题：",
    "mysql -uroot:以管理员身份进入mysql数据库；（对数据库操作）",
    "mysql -uroot ecsite(使用ecsite数据)",
    "mysqldump -uroot ecsite > sql.db(导出ecsite数据库到sql.db文件)",
    "以上两个操作，要注意sql.db文件的位置",
    "git 配置，git 更换版本：配置从matching改为simple",
    "git config --global push.default simple",
    "select2插件的用法：",
    "同样的错误不要犯第二次，执行过一次，如果出错了，就不要再执行第二次，没必要在验证一次做的"
    "是错的。做什么事之前先考虑一下",
    "要注意拼写，不要总是出错",
    "先在远程仓库代码更新方式：",
    "git pull --rebase moode develop",
    "js css文件引入位置",
    "pull request 和commit信息都不需要再写作者了",
    *("苹果系统快捷键", "正则表达式", "replace()", "exec()", "正则语法"),
    "输出对的结果，去判断，学会使用控制台",
    "2014/1/27",
    "正则表达式的方法：exec，match， replace",
    "运算符：－＝，＋＝，％，＝， ？：",
    "判等：“＝＝＝”和“＝＝”的区别",
    "双引（double quote）和单引（single quote）的区别：",
    "2014/1/28",
    "http://zero.milosz.ca/",
    "“＝＝” “＝＝＝” “＋” “＊” “？：”",
    *("全局变量和局部变量", "字符编码 \\u0041", "NaN", "遇到问题就问，查资料"),
    *("浏览器的演化", "Web安全：", "方法：", "分析软件行为", "风险管理：范围、单个设备（）"),
    "web 因式：通用标准语言 标准通用语言  html诞生 http协议",
    "开发速度  规范开发  兼容性问题",
    "浏览器竞争",
    "风险演化：web环境。完全隔离 缺乏统一格局 跨浏览器交互  在浏览器注册协议",
    "todomvc架构：",
    "如果自己去实现该功能，如何做，哪些是可以做的，哪些是比较难的（中午分析）",
    "数据存储",
    "所有的问题（困难的，容易解决的）：",
    "input：动态添加一条数据",
    "超链接：",
    "数据列表：（angular：ng-repeat, $watch(input)）",
    "数据存储：（服务器端，客户端, 浏览器与cookie的关系）",
    "1、input:",
    "input的enter事件",
]


def test_r1156_a_headed_log_of_three_days_has_no_date(tmp_path: Path) -> None:
    # r1156 (每天培训.docx): a trainee's notebook headed 每天培训, entries 2014/1/13,
    # 2014/1/27, 2014/1/28, each a day on its own line over the notes (its first lines)
    rec = _docx(tmp_path, "每天培训.docx", _R1156)
    assert rec.doc.doc_date is None
    assert rec.doc.title == "每天培训"


def test_a_cover_date_over_one_dated_section_stays_the_cover_date(tmp_path: Path) -> None:
    # one more day alone on a line below (a second entry, a 落款) makes no log: the cover's
    # date stands
    lines = [*_R1149[:3], "5.13", *_R1149[4:6]]
    rec = _docx(tmp_path, "工作日志.docx", lines)
    assert _date(rec) == ("2019-05-06", "cover")


_R1093 = [
    "2017.01.13  holi会议记录",
    "记录人：UI组  杨欢",
    "1.一期(2016.12.01-2017.01.13)工作总结",
    "计划于13号之前的工作已经完成。逯征给大家讲解并演示了demo签到功能。",
    "签到流程如下：demo借助第三方推送JPush，教师端点签到按钮，学生端收到签到的推送，确认签到后，"
    "教师端收到数据并以列表呈现最终签到信息，整个过程在一分钟之内。",
    "Demo演示完后各组分析了接下来的工作难点，据此作出第二期的工作计划。",
    "安卓：demo框架的完成",
    "后台：校息显示，搜索，个性化推送（重点，后期），",
    "UI：界面优化",
    "2.二期（2017.01.14-2017.01.19）工作计划",
    "1） 后台：增加用户注册功能",
    "UI：校息版式，签到模块优化，收藏列表",
    "安卓组：校息增加收藏按钮，收藏信息存在本地。",
    "管理：整理比赛信息，做成文档；文档，格式统一化。",
    "2)  每周汇报恢复正常。",
    "3.holi组织架构",
    "1） 组织架构图",
    "2） 准备公众号",
    "4.讨论",
    "1） 学习圈的存在意义--共享资源",
    "5.团队建设",
    "2017.01.14号晚上去西军电二楼吃饭，然后玩桌游。",
]


def test_r1093_a_full_date_leading_a_minutes_headline(tmp_path: Path) -> None:
    # r1093 (holi_20170113_会议记录.docx): the studio's minutes headed
    # "2017.01.13  holi会议记录" (centred), 记录人 below: the year opening the line is
    # no section number (1. 2.), the line is the headline and the meeting's date
    rec = _docx(tmp_path, "holi_20170113_会议记录.docx", _R1093)
    assert rec.doc.title == "2017.01.13holi会议记录"
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2017-01-13", "meeting")


def test_a_date_leading_a_line_without_a_type_is_no_headline(tmp_path: Path) -> None:
    # a line "2017.01.13  修复下拉框的点击事件" (an entry of a log) ends in no 文种: no headline
    rec = _docx(tmp_path, "日志.docx", ["2017.01.13  修复下拉框的点击事件", *_R1093[2:]])
    assert rec.doc.title != "2017.01.13修复下拉框的点击事件"


def _cover(name: str) -> list[list[object]]:
    """The training centre's cover sheet: 密级, the document's name, the centre, blank rows."""
    return [
        ["密级：秘密"],
        *[[None]] * 11,
        [name],
        *[[None]] * 16,
        ["东软集团股份有限公司IT人才实训中心"],
        ["(版权所有，翻版必究)"],
    ]


_REVISIONS = [
    ["更改履历"],
    [None],
    ["序号", "版本", "更改时间", "更改人", "更改章节", "状态", "更改描述"],
    [1, "v1.0", dt.date(2020, 7, 3), "赵敏", None, "新建", None],
    [2],
    [3],
]


def _r1145_minutes(filled: bool) -> list[list[object]]:
    rows: list[list[object]] = [
        ["会议纪要"],
        ["项目描述"],
        ["项目名称", None, "个人空间（博客）系统", None, "项目组名称", None, "相亲相爱的一家人"],
        ["实训经理", None, "盛子微", None, "项目负责人", None, "盛子微"],
        ["会议信息"],
        ["会议主题", "前后端分离与整合", None, None, "会议时间", None, "晚上10：00至12；00"],
        ["会议地点", "QQ电话", None, None, "会议主持人", None, "盛子微"],
        ["记录人", "赵敏"],
        ["参加人员", "盛子微，王昊旻，郭鹏远，麦晓欣，赵敏"],
        ["会议议题", None, None, None, None, None, None, "结论"],
        [1, "前后端选择完全分离的开发模式", None, None, None, None, None, "通过"],
        [2, "选用spring boot + vue框架进行前后端的分离开发", None, None, None, None, None, "通过"],
        [3, "用spring自带的JPA进行数据库操作", None, None, None, None, None, "通过"],
        [4, "统一接口", None, None, None, None, None, "完善后通过"],
        [5, "友情链接模块的加入", None, None, None, None, None, "不通过"],
        [6, "关注和粉丝列表模块的加入", None, None, None, None, None, "完善后通过"],
        *[[n] for n in (7, 8, 9)],
        ["会议决议", None, None, None, None, None, "责任人", "跟踪"],
        *[[n] for n in range(1, 10)],
    ]
    if not filled:  # the form as handed out: labels, no values
        rows = [[c if c in _LABELS or isinstance(c, int) else None for c in r] for r in rows]
    return rows


_LABELS = {
    *("会议纪要", "项目描述", "项目名称", "项目组名称", "实训经理", "项目负责人", "会议信息"),
    *("会议主题", "会议时间", "会议地点", "会议主持人", "记录人", "参加人员", "会议议题"),
    *("结论", "会议决议", "责任人", "跟踪"),
}


def test_r1145_minutes_in_a_workbook_behind_its_cover_and_revision_history(
    tmp_path: Path,
) -> None:
    # r1145 (会议纪要.xls): a student team's minutes form, filled in, behind a 封面 sheet
    # (密级：秘密 / 会议纪要 / the centre) and a 更改履历 sheet (one revision, 2020-07-03):
    # the cover names it, the revision history is none of its content but dates it
    rec = _book(
        tmp_path,
        "会议纪要.xlsx",
        {"封面": _cover("会议纪要"), "更改履历": _REVISIONS, "会议纪要": _r1145_minutes(True)},
    )
    assert rec.doc.title == "会议纪要"
    assert _counted(rec) == "minutes"
    assert _date(rec) == ("2020-07-03", "cover")


def test_a_blank_minutes_form_in_a_workbook_is_not_counted(tmp_path: Path) -> None:
    # the same workbook as handed out, no field filled in: a form, not a meeting's record
    rec = _book(
        tmp_path,
        "会议纪要.xlsx",
        {"封面": _cover("会议纪要"), "更改履历": _REVISIONS, "会议纪要": _r1145_minutes(False)},
    )
    assert _counted(rec) == "other"


def test_r1148_a_workbook_titled_by_its_cover_not_its_revision_sheet(tmp_path: Path) -> None:
    # r1148 (角色概要.xls): the same cover naming 角色概要, a 更改履历 of 2020.6.16, then
    # the roles' sheet
    revisions = [
        ["更改履历"],
        [None],
        ["序号", "版本", "更改时间", "更改人", "更改章节", "状态", "更改描述"],
        [1, "v1.0", "2020.6.16", "盛子微", "角色概要", "新建", "首次填写"],
        [2],
        [3],
    ]
    roles = [
        ["角色关键活动和工作产品"],
        ["角色名称", "关键活动", "工作产品", "备注"],
        ["实训经理", "制定项目裁剪工作表\n制定项目任务书", "项目裁剪工作表\n项目任务书", None],
        ["项目负责人", "协助实训经理进行各文档的撰写\n任务分配", "需求理解文档", None],
        ["架构师", "产品技术方案负责人\n代码审查负责人", None, "由技术能力较高者担任"],
    ]
    rec = _book(
        tmp_path,
        "角色概要.xlsx",
        {"封面": _cover("角色概要"), "更改履历": revisions, "角色关键活动和工作产品": roles},
    )
    assert rec.doc.title == "角色概要"
    assert _date(rec) == ("2020-06-16", "cover")
    assert _counted(rec) == "other"


_R1079 = (
    "\n\n".join(
        [
            "# 财付通支付科技有限公司贵州分公司文件",
            "**财付通贵分〔2024〕6号**",
            "---",
            "# 关于2024年2月支付服务降费让利工作开展情况的报告",
            "**中国人民银行贵州省分行：**",
            (
                '根据贵行关于支付服务降费让利落实情况相关工作要求，财付通支付科技有限公司贵州分公司（以下简称"财付通贵州分公司"）在财付'
                '通支付科技有限公司（以下简称"财付通公司"）的统筹管理下，持续稳步推进降费让利相关工作的开展，现结合财付通公司2024年'
                "2月降费让利工作开展情况报告如下："
            ),
            "## 一、持续稳步推进降费让利工作",
            (
                "2024年2月，财付通贵州分公司在财付通公司的统筹管理下，持续推进降费让利项目的开展，按照财付通公司对符合降费标准的小微"
                "企业和个体工商户支付业务手续费打九折的降费方案及整体数据统计，2021年9月30日至2024年2月29日，贵州地区支付手"
                "续费实际让利总金额**1,942.06万元**，累计惠及小微企业和个体工商户**7.62万户**，预估截至2024年3月"
                "31日支付手续费让利总金额将达**2,010万元**。"
            ),
            "## 二、提升宣传力度，加强宣传工作质效",
            (
                "本月，财付通贵州分公司走进社区持续开展相关线下宣传，在社区居民楼入户大堂设立宣传站点，向社区居民和便利店、快递站等社区小"
                '商家发放"电子支付惠企助企十问十答"和"降费让利共部署 减负小微增活力"主题宣传手册，进一步普及国家惠企利民政策。通过与'
                "小微商家面对面交流，全面细致了解商户经营情况以及对于电子支付和降费让利等优惠政策的体验感受，积极解答商户疑难问题，并向商"
                '户发放"降费让利"主题围裙，提高市场主体关注度和参与度，增强小微商家享受现代支付服务的获得感和幸福感，得到社区居民和商户'
                "们一致好评。"
            ),
            "> **图：走进社区开展惠企利民降费让利线下宣传**",
            "## 三、后续工作",
            (
                "财付通贵州分公司将在贵行指导和财付通公司的统筹管理下，继续坚守服务小微企业和个体工商户等市场主体的初心使命，认真执行贵行"
                '有关降费让利各项工作要求，不断提升服务质效，同时也将加大对电子支付和降费让利宣传方面的投入，进一步强化政策宣导，坚守"惠'
                '民生"理念，助力社会经济健康稳定发展。'
            ),
            "**特此报告。**",
            "---",
            ("&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;财付通支付科技有限公司贵州分公司"),
            "&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;2024年3月4日",
        ]
    )
    + "\n"
)


def test_r1079_a_markdown_report_dated_under_its_signature(tmp_path: Path) -> None:
    # r1079 (a company's report to the regulator copied as Markdown): the 落款 set right
    # with &emsp; (HTML's white space), its number and 主送 in bold (**…**): the marks
    # are no characters of the lines, the date under the company's name is the 落款's
    rec = _txt(tmp_path, "关于2024年2月支付服务降费让利工作开展情况的报告.md", _R1079)
    assert _date(rec) == ("2024-03-04", "signature")
    assert rec.doc.doc_number == "财付通贵分〔2024〕6号"
    assert rec.doc.title == "关于2024年2月支付服务降费让利工作开展情况的报告"
    assert _counted(rec) == "report"


def test_r1080_a_bold_signature_and_date_then_a_rule_and_a_note(tmp_path: Path) -> None:
    # r1080: the 落款 in bold (**财付通支付科技有限公司** / **2026 年 1 月 14 日**), a rule
    # and an italic note (*（此文档共 13 页）*) under it
    text = "\n\n".join(
        [
            "# 财付通支付科技有限公司文件",
            "**财付通〔2026〕20 号**",
            "---",
            "# 关于 2025 年度适老化支付服务进展情况的报告",
            "**中国人民银行深圳市分行：**",
            "自 2020 年以来，在《国务院办公厅印发关于切实解决老年人运用智能技术困难实施方案的通知》"
            "（国办发〔2020〕45 号）的指导下，我司持续推进支付服务适老化工作，现将有关情况报告如下。",
            "---",
            "## 一、支付服务适老化工作落实情况",
            "一直以来，财付通公司积极响应人民银行有关支付机构助力老年人支付服务环境改善的号召。",
            '站在服务国家积极应对人口老龄化战略的高度，我司将始终坚守"支付为民"初心。',
            "---",
            "**特此报告。**",
            "&nbsp;",
            "**财付通支付科技有限公司**",
            "**2026 年 1 月 14 日**",
            "---",
            "*（此文档共 13 页）*",
        ]
    )
    rec = _txt(tmp_path, "关于2025年度适老化支付服务进展情况的报告.md", text + "\n")
    assert _date(rec) == ("2026-01-14", "signature")


def test_bold_words_inside_a_line_stay(tmp_path: Path) -> None:
    # only a line wholly in bold loses its marks: "**版本**: 现行有效" keeps them
    rec = _txt(tmp_path, "a.md", "# 条码支付业务规范\n\n**版本**: 现行有效\n\n正文。\n")
    assert "**版本**: 现行有效" in rec.extraction.text


_R1085 = (
    "# 条码支付业务规范（银发〔2017〕296号）\n\n"
    "**版本**: 现行有效\n\n"
    "**来源**: /Volumes/Luis_MacData/Documents/trabajo/pbc_weixin/《条码支付业务规范》296号文.pdf\n\n"
    "**更新时间**: 2026-02-18\n\n"
    "---\n" + "\n" * 35
)


def test_r1085_a_knowledge_base_stub_its_number_after_the_headline(tmp_path: Path) -> None:
    # r1085 (条码支付业务规范_296号文.md): a knowledge base's stub, its headline with the
    # number in brackets after it, then the copy's metadata (**版本**, **来源**,
    # **更新时间**) closed by a rule, and nothing else: the number is the document's,
    # the 更新时间 the copy's (it was taken as the cover's date: a false date)
    rec = _txt(tmp_path, "条码支付业务规范_296号文.md", _R1085)
    assert rec.doc.title == "条码支付业务规范"
    assert rec.doc.doc_number == "银发〔2017〕296号"
    assert rec.doc.doc_date is None
    assert _counted(rec) == "other"


def test_r1083_a_headline_with_its_number_over_the_copy_s_metadata(tmp_path: Path) -> None:
    # r1083: the same knowledge base's copy of a joint 通知, its headline and number on the
    # first line, the metadata block, the headline again, the 主送, the 落款 of eight agencies
    head = (
        "中国人民银行 国家发展改革委 工业和信息化部 公安部 市场监管总局 金融监管总局 中国证监会 "
        "国家外汇局关于进一步防范和处置虚拟货币等相关风险的通知（银发〔2026〕42号）"
    )
    text = "\n\n".join(
        [
            f"# {head}",
            "**版本**: 现行有效",
            "**来源**: /Volumes/Luis_MacData/Documents/trabajo/pbc_weixin/通知.docx",
            "**更新时间**: 2026-02-18",
            "---",
            head,
            "各省、自治区、直辖市人民政府，新疆生产建设兵团：",
            "  近期，虚拟货币、现实世界资产（RWA）代币化相关投机炒作活动时有发生，扰乱经济金融"
            "秩序，危害人民群众财产安全。现就有关事项通知如下：",
            "  一、明确虚拟货币、现实世界资产代币化和相关业务活动本质属性",
            "  （一）虚拟货币不具有与法定货币等同的法律地位。",
            "  中国人民银行",
            "  国家发展改革委",
            "  国家外汇局",
            "  2026年2月6日",
        ]
    )
    rec = _txt(tmp_path, "关于进一步防范和处置虚拟货币等相关风险的通知_银发_2026_42号.md", text)
    assert rec.doc.doc_number == "银发〔2026〕42号"
    assert rec.doc.title == (
        "中国人民银行国家发展改革委工业和信息化部公安部市场监管总局金融监管总局中国证监会"
        "国家外汇局关于进一步防范和处置虚拟货币等相关风险的通知"
    )
    assert _date(rec) == ("2026-02-06", "signature")


def test_a_bracketed_number_after_a_title_in_the_body_is_cited(tmp_path: Path) -> None:
    # only the first line's: "…的通知（银发〔2017〕296号）" below it names another paper
    text = (
        "# 关于做好条码支付工作的通知\n\n各分支机构：\n\n"
        "请认真落实《条码支付业务规范》的要求，参照关于印发条码支付业务规范的通知（银发〔2017〕296号）\n\n"
        "执行。\n"
    )
    rec = _txt(tmp_path, "通知.md", text)
    assert rec.doc.doc_number is None


_R1107 = "\n\n".join(
    [
        "# 最高人民法院、最高人民检察院关于涉以压缩气体为动力的枪支、气枪铅弹刑事案件定罪量刑问题的批复",
        "2018年1月25日 最高人民法院审判委员会第1732次会议",
        "2018年3月2日 最高人民检察院第十二届检察委员会第74次会议通过",
        "2018年3月30日 施行",
        "<!-- INFO END -->",
        (
            "各省、自治区、直辖市高级人民法院、人民检察院，解放军军事法院、军事检察院，新疆维吾尔自治区高级人民法院生产建设兵团分院、"
            "新疆生产建设兵团人民检察院："
        ),
        (
            "近来，部分高级人民法院、省级人民检察院就如何对非法制造、买卖、运输、邮寄、储存、持有、私藏、走私以压缩气体为动力的枪支、"
            "气枪铅弹（用铅、铅合金或者其他金属加工的气枪弹）行为定罪量刑的问题提出请示。经研究，批复如下："
        ),
        (
            "一、对于非法制造、买卖、运输、邮寄、储存、持有、私藏、走私以压缩气体为动力且枪口比动能较低的枪支的行为，在决定是否追究刑"
            "事责任以及如何裁量刑罚时，不仅应当考虑涉案枪支的数量，而且应当充分考虑涉案枪支的外观、材质、发射物、购买场所和渠道、价格"
            "、用途、致伤力大小、是否易于通过改制提升致伤力，以及行为人的主观认知、动机目的、一贯表现、违法所得、是否规避调查等情节，"
            "综合评估社会危害性，坚持主客观相统一，确保罪责刑相适应。"
        ),
        (
            "二、对于非法制造、买卖、运输、邮寄、储存、持有、私藏、走私气枪铅弹的行为，在决定是否追究刑事责任以及如何裁量刑罚时，应当"
            "综合考虑气枪铅弹的数量、用途以及行为人的动机目的、一贯表现、违法所得、是否规避调查等情节，综合评估社会危害性，确保罪责刑"
            "相适应。"
        ),
        "此复。",
    ]
)


def test_r1107_an_unbracketed_headnote_dates_the_reply_by_its_adoption(
    tmp_path: Path,
) -> None:
    # r1107 (a law database's copy of a joint 批复): its 题注 without brackets, a date
    # opening each line under the headline: the court's meeting, the procuratorate's
    # meeting that 通过 it (the last), then the day it takes effect (施行: not its date)
    rec = _txt(tmp_path, "批复.md", _R1107)
    assert _date(rec) == ("2018-03-02", "signature")


def test_r1106_a_headnote_of_two_meetings_on_one_line(tmp_path: Path) -> None:
    # r1106: one 题注 line naming the two meetings (the court's 2024-01-17 first); the
    # file name's 2024-01-30 is the publication's
    text = (
        "# 最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（八）\n\n"
        "2024年1月17日 最高人民法院审判委员会第1912次会议、2024年1月3日最高人民检察院第十四届"
        "检察委员会第二十次会议\n\n<!-- INFO END -->\n\n最高人民法院 最高人民检察院\n\n"
        "关于执行《中华人民共和国刑法》\n\n确定罪名的补充规定（八）\n\n法释〔2024〕3号\n\n"
        "根据《中华人民共和国刑法修正案（十二）》（以下简称《刑法修正案（十二）》），现对《最高人民"
        "法院关于执行〈中华人民共和国刑法〉确定罪名的规定》作如下补充、修改：\n"
    )
    rec = _txt(tmp_path, "补充规定（八）(2024-01-30).md", text)
    assert _date(rec) == ("2024-01-17", "signature")


def test_a_meeting_under_a_minutes_headline_stays_the_meeting_s(tmp_path: Path) -> None:
    # under a 纪要's headline the day and the meeting it names are the meeting's
    text = (
        "县委常委会会议纪要\n\n2019年3月5日 县委常委会第3次会议\n\n"
        "出席：张三、李四\n\n会议研究了春耕生产工作。\n"
    )
    rec = _txt(tmp_path, "纪要.txt", text)
    assert _date(rec) == ("2019-03-05", "meeting")


def test_r1084_the_body_s_first_sentence_without_its_full_stop_is_no_headline(
    tmp_path: Path,
) -> None:
    # r1084 (a provincial 行动方案 copied as Markdown): the headline in bold over two lines,
    # then the preamble "为深入学习贯彻…，特制定本行动方案" whose full stop was lost (it ends
    # in 方案 and says 关于): a sentence opening the body, not the headline
    text = "\n\n".join(
        [
            "**贵州省农村支付服务提质增效**",
            "**助力乡村振兴行动方案(2026-2028年)**",
            "为深入学习贯彻习近平总书记在贵州考察时的重要讲话精神，认真落实党中央、国务院关于乡村"
            "振兴的决策部署，进一步深化农村支付服务环境建设,充分发挥农村支付服务在全面推进乡村振兴"
            "中的基础性支撑作用，特制定本行动方案",
            "一、总体要求",
            "（一）指导思想。",
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中、四中"
            "全会精神，落实中央经济工作会议、中央农村工作会议精神。",
            "（二）工作目标。",
            "到2028年底，全省农村支付服务环境持续优化。",
        ]
    )
    rec = _txt(tmp_path, "贵州省农村支付服务提质增效助力乡村振兴行动方案_2026_2028.md", text)
    assert rec.doc.title == "贵州省农村支付服务提质增效助力乡村振兴行动方案(2026-2028年)"
    assert _counted(rec) == "plan"


_R1087_HTML = """<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <title>
    </title>
  </head>
<body>
  <div>
    <p style="text-align:center"><span style="font-size:26px">第一篇</span></p>
      <p style="text-align:center"><span style="font-size:24px">学籍与教学管理</span></p>
      <p style="text-align:center"><br style="page-break-before:always; clear:both" /><span
 style="font-size:20px">河南理工大学学生学籍管理规定（修订）</span></p>
      <p style="text-align:center"><span style="font-family:黑体">第一章入学、注册与新生复查</span></p>
      <p style="text-indent:24pt"><span style="font-family:黑体">第一条</span> 凡我校按照国家招生规定录取的新生，持录取通知书，按学校有关要求到校办理入学手续。因故不能按期入学者，应向学校招生办公室请假，假期一般不超过两周。未经请假而逾期不报到者，视为放弃入学资格。</p>
      <p style="text-indent:24pt"><span style="font-family:黑体">第四条</span> 新生报到后，学校将在三个月内按国家招生规定对其进行综合复查，复查合格者取得学籍；复查不合格者，由学校视情况予以处理，直至取消入学资格。</p>
      <p style="text-indent:24pt"><span style="font-family:黑体">第五条</span> 新生综合复查工作由主管教学、学生工作的校领导负责，教务处和新生所在学院组织实施，学生处、招生办公室、校医院配合。</p>
  </div>
</body>
</html>
"""


def test_r1087_a_handbook_part_s_name_is_no_part_of_the_headline(tmp_path: Path) -> None:
    # r1087 (pian1_id1.html, a student handbook's page): 第一篇 / 学籍与教学管理 (the part
    # and its name) over the 规定's headline
    path = tmp_path / "项目组" / "pian1_id1.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_R1087_HTML, encoding="utf-8")
    rec = analyze_file(FileEntry("项目组/pian1_id1.html", "项目组", str(path)), RULES)
    assert rec.doc.title == "河南理工大学学生学籍管理规定（修订）"
    assert _counted(rec) == "measures"


def test_r1138_a_form_s_name_over_its_first_field_s_label(tmp_path: Path) -> None:
    # r1138 (情况检查表.xls, a blank inspection form): its name, then the row of its first
    # field's label (培训机构名称, its value to fill), then the fields in pairs
    rows: list[list[object]] = [
        ["延安市失业人员职业培训实地检查情况表", None, None],
        ["培训机构名称", None, None],
        ["培训专业", None, "培训期限"],
        ["培训地点", None, None],
        ["检查时间", "          年      月      日     时     分", None],
        [
            "检                            查                      情                      况",
            "\n应到人数       人     \n\n实到人数       人\n\n缺勤人数       人\n\n缺勤原因：\n\n其他原因：",
            None,
        ],
        ["培训机构负责人签名", None, None],
        ["经办机构检查人员签名", None, None],
    ]
    rec = _book(tmp_path, "情况检查表.xlsx", {"Sheet1": rows, "Sheet2": [], "Sheet3": []})
    assert rec.doc.title == "延安市失业人员职业培训实地检查情况表"
    assert _counted(rec) == "other"


def test_section_numbers_alone_on_their_lines_make_no_log(tmp_path: Path) -> None:
    # a cover's date over sections numbered 1.1, 1.2, 2.1 set alone on their lines (a
    # PDF's text): those "days" go back before the cover's, no entries of a log
    lines = [
        "软件测试报告",
        "2019年5月6日",
        "1.1",
        "测试目的",
        "本次测试验证系统的主要功能。",
        "1.2",
        "测试范围",
        "覆盖登录、查询和导出功能。",
        "2.1",
        "测试结果",
        "全部用例通过。",
    ]
    rec = _docx(tmp_path, "软件测试报告.docx", lines)
    assert _date(rec) == ("2019-05-06", "cover")


def test_a_sentence_opening_with_a_date_and_a_meeting_is_no_headnote(tmp_path: Path) -> None:
    # "2019年3月5日，区政府第3次常务会议审议通过了…" under a 通知's headline is its body's
    # first sentence, no 题注: it dates nothing of the notice
    text = (
        "关于做好春耕生产工作的通知\n\n各乡镇人民政府：\n\n"
        "2019年3月5日，区政府第3次常务会议审议通过了春耕生产工作方案，现将有关事项通知如下。\n\n"
        "一、加强组织领导。\n\n二、做好物资保障。\n"
    )
    rec = _txt(tmp_path, "通知.txt", text)
    assert _date(rec)[1] != "signature"


def test_a_headline_right_under_a_part_label_stays_the_headline(tmp_path: Path) -> None:
    # "第一部分" over a 通知's own headline (a compilation's first document): the headline
    text = (
        "第一部分\n\n关于做好春耕生产工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n"
        "一、加强组织领导。\n"
    )
    rec = _txt(tmp_path, "汇编.txt", text)
    assert rec.doc.title == "关于做好春耕生产工作的通知"


def test_a_sheet_of_notes_before_the_table_is_no_cover(tmp_path: Path) -> None:
    # a first sheet of instructions (填表说明 and its sentences) names nothing: the table's
    # own headline titles the workbook
    notes: list[list[object]] = [["填表说明"], ["1. 请按实际情况填写。"], ["2. 金额单位为万元。"]]
    table: list[list[object]] = [
        ["2019年帮扶资金使用情况统计表"],
        ["序号", "项目名称", "资金（万元）", "实施单位"],
        [1, "道路硬化", 120, "某某村"],
        [2, "饮水工程", 80, "某某村"],
    ]
    rec = _book(tmp_path, "统计.xlsx", {"说明": notes, "统计表": table})
    assert rec.doc.title == "2019年帮扶资金使用情况统计表"
