"""Patterns of the parts worked on in round 34 (bench/corpus/rounds.md: seen misses of
heldout26/34/42/43/45/52), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import RULES
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord


def _page(tmp_path: Path, name: str, markup: str, encoding: str = "gb18030") -> FileRecord:
    path = tmp_path / "教育局" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(markup.encode(encoding))
    return analyze_file(FileEntry(f"教育局/{name}", "教育局", str(path)), RULES)


# r1723 (a Zhongshan education site's saved page, GB18030): the page's body without its
# <html>: script tags, then the layout tables around the 通告 and its 落款
_R1723 = (
    "\r\n"
    * 20
    + '<script language="javascript" src="http://www.zsedu.net/js/main.js"></script>\r\n'
    '<script language="javascript">document.title="2015学年中山市城区小学招生通告";</script>\r\n'
    '<table width="910" border="0" cellspacing="0" cellpadding="0">\r\n  <tr>\r\n'
    '    <td><table id="__01" width="910" height="32" border="0"><tr>\r\n'
    '<td><img src="http://www.zsedu.net/images/article01/tit_01.gif" width="128"></td>\r\n'
    '<td><img src="http://www.zsedu.net/images/article01/tit_02.gif" width="654"></td>\r\n'
    "</tr></table></td></tr>\r\n"
    '<tr><td align="center" class="titleText">■ 2015学年中山市城区小学招生通告</td></tr>\r\n'
    '<tr><td height="40" align="center" class="dateText">2015-04-24 17:20:46</td></tr>\r\n'
    '<tr><td width="87%" valign="top" class="contentText"><DIV>'
    "　　为进一步规范我市城区小学招生工作，经研究决定，现将2015学年中山市城区小学招生"
    "工作有关事项通告如下：<BR>　　一、招生对象<BR>　　2009年8月31日前出生的适龄儿童。"
    "<BR>　　二、网上预登记<BR>　　2015年4月14日起，家长可登录中山市教育信息网进行"
    "预登记。<BR>　　六、招生咨询电话<BR>　　市教育局：89989203（王老师）。<BR>"
    "　　特此通告。<BR>　　　　　　　　　　　</DIV><DIV>&nbsp;</DIV>"
    "<DIV align=right>中山市城区小学招生领导小组(代章)<BR>"
    "　　　　　　　　　　　　　　　　　　　2015年4月23日<BR></DIV></td>\r\n"
    '<td width="6%">&nbsp;</td></tr></table>\r\n'
)


def test_r1723_a_page_saved_without_its_html_tag_is_read_as_a_page(tmp_path: Path) -> None:
    # read as plain text before (its markup the text): the 落款 date lost in a line of tags
    record = _page(tmp_path, "2015学年中山市城区小学招生通告.html", _R1723)
    assert record.format == "html"
    assert record.doc.title == "2015学年中山市城区小学招生通告"
    assert _date(record) == ("2015-04-23", "signature")


def test_a_markdown_note_opening_with_a_centred_heading_stays_text(tmp_path: Path) -> None:
    # r1469 (a community's rules in Markdown): one <div align=center><h1> line of markup
    record = _txt(
        tmp_path,
        "rules.md",
        "<div align=center><h1>开源徽章颁发规则</h1></div>\n\n# 一、总则\n\n本规则适用于社区贡献者。\n",
    )
    assert record.format == "txt"


# r2498 (a crawler's fragment of a regulator's 行政处罚信息公示 page): one <div> with a
# Word-exported table, its one row's 违法违规行为 a sentence ending in 报告
_R2498 = (
    '<div align="center"><table class="MsoTableGrid" border="1" cellspacing="0">\n'
    "<tr><td><p><span>序号</span></p></td><td><p><span>当事人名称</span></p></td>"
    "<td><p><span>主要违法违规行为</span></p></td><td><p><span>行政处罚内容</span></p></td>"
    "<td><p><span>作出决定机关</span></p></td></tr>\n"
    "<tr><td><p><span>1</span></p></td><td><p><span>中国信达资产管理股份有限公司</span></p></td>"
    "<td><p><span>未向监管部门报送境外全资附属金融机构聘任的董事和高级管理人员的任职申请和报告"
    "</span></p></td><td><p><span>罚款90万元</span></p></td>"
    "<td><p><span>金融监管总局</span></p></td></tr>\n</table></div>\n"
)


def test_r2498_a_penalty_tables_row_is_no_appointment(tmp_path: Path) -> None:
    # read as a page, the row's 任职申请和报告 was taken for the title and its 任职 counted
    # the table as an appointment (53%): a line that may be no headline decides nothing
    record = _page(tmp_path, "element.html", _R2498, encoding="utf-8")
    assert record.format == "html"
    assert _counted(record) == "other"


def test_r2030_a_union_signs_above_the_attached_form(tmp_path: Path) -> None:
    # r2030 (a trade union's contest notice, Word): the 落款 (two associations, the date)
    # between the 附 line and the attached 申报表 under "附件：" alone: undated before
    lines = [
        "关于2021第七届张江科技创新达人赛",
        "项目征集启动通知",
        "一、大赛背景",
        "为激发张江职工创新、创业的热情，营造良好的创新创业生态氛围，张江园区总工会延续前六届"
        "赛事聚焦三大产业，举办第七届张江科技创新达人赛。",
        "请参赛企业、团体和个人据实、完整填写申报表，于11月26日前将申报表电子版本发送至: "
        "cissy6898@sohu.com。 谢谢。",
        "联系人：李飞、奚雯婧",
        "联系电话：50808519、50808583",
        "附：2021第七届张江科技创新达人赛项目申报表",
        "上海市张江科学城张江园区总工会",
        "上海市张江科学城发展事务协商促进会",
        "2021年10月20日",
        "附件：",
        "2021第七届张江科技创新达人赛项目申报表",
        "项目基本情况",
        "项目名称",
        "企业名称",
        "项目领域",
        "（单选）\t软件及人工智能    □生物医药 ",
        "□集成电路          □文化创意",
        "项目类别",
        "（单选）\t科技创新成果   □合理化建议   □先进操作法     ",
        "项目阶段\t□初创阶段  □成长阶段  □扩张阶段  □成熟阶段",
        "项目联系人\t姓名",
        "项目联系人\t联系方式",
        "项目联系人\t电子邮箱",
        "申报类型\t企业       □团队（    人）       个人",
        "呈现方式\t□展      □演      □评      □赛      □秀",
        "项目创新点",
        "（限50字）",
        "项目简介",
        "（500字左右，包括主要目标和预计达到目标）",
        "市场分析及经济效益情况",
        "团队（或个人）曾获得荣誉",
        "专利申请情况\t近三年专利名称\t授权号或申请号\t已授权（√）\t已受理（√）\t专利类型",
        "其他补充资料",
        "其他材料包括",
        "备注：11月26日前将申报表电子版本发送至: cissy6898@sohu.com,邮件标题请注明:公司名+项目名称"
        "+项目领域+项目类别。",
    ]
    assert _date(_docx(tmp_path, "达人赛项目征集启动通知.docx", lines)) == (
        "2021-10-20",
        "signature",
    )


def test_r2088_a_news_storys_dateline_dates_it(tmp_path: Path) -> None:
    # r2088 (a school news group's story, text): "…石景山2026年9月9日电 近日，…"
    text = (
        "[第一图：一碗饭]\n四组新闻石景山2026年9月9日电 近日，记者采访了部分学生和食堂工作人员，"
        "了解他们对食堂的看法，受访者对食堂提出了建议，指出食堂卫生总体较好，但插队、代买、"
        "浪费等现象仍存在。\n[第二图：赵康盛采访初二同学]\n记者采访部分学生后得知，同学们对"
        "食堂的口味和卫生较满意，但认为食堂仍有改进空间。\n"
    )
    record = _txt(tmp_path, "新闻稿.txt", text)
    assert _date(record) == ("2026-09-09", "published")
    assert _counted(record) == "news"


def test_r2155_a_months_work_headed_as_such_is_a_report(tmp_path: Path) -> None:
    # r2155 (an intern's Report/24-Apr/april.md): other 0% before
    text = (
        "## 4月工作\n\n###  SG2380云空间测试工作\n\n##### 基础测试\n\n"
        "- 进行了SG2380下clang编译测试 ,产出文档 [MD](https://github.com/Pagerd/PLCT/tree/main/"
        "Report/week/week41/SG2380/SG2380下clang编译/readme.md)\n"
        "- 进行了SG2380下qemu使用测试，产出文档 [MD](https://github.com/Pagerd/PLCT/tree/main/"
        "Report/week/week41/SG2380/SG2380下qemu使用/readme.md)\n"
    )
    assert _counted(_txt(tmp_path, "april.md", text)) == "report"


def test_r2157_a_month_headed_page_of_this_months_work_is_a_report(tmp_path: Path) -> None:
    # r2157 (outcome/202310_month3.md): "# 2023 年 10 月" over "## 本月工作"
    text = (
        "# 2023 年 10 月\n\n## 本月工作\n\n"
        "- 修改 oerv_tests 测试失败重试策略为重启，调整其他相关脚本的路径问题 "
        "[PR6](https://gitee.com/yunxiangluo/os-autoinst-distri-openeuler/pulls/6)\n"
        "- oerv_tests 支持通过环境变量运行自定义脚本，解决 rc5 镜像软件源问题 "
        "[PR4](https://gitee.com/yunxiangluo/os-autoinst-distri-openeuler/pulls/4)\n"
        "- 调研 openQA 多机测试，并编写文档\n"
    )
    assert _counted(_txt(tmp_path, "202310_month3.md", text)) == "report"


def test_r1380_a_months_output_is_a_report(tmp_path: Path) -> None:
    # r1380 (月报产出/8月产出.md): "### 八月产出总计" and what was made
    text = (
        "### 八月产出总计\n\n七个懂点RV系列的视频\n\n一次技术分享发布在 B 站\n\n"
        "一次短视频实习内容分享\n\n一次短视频仓库的 PR 贡献\n\n\n\n### 懂点 RV\n\n#### 脚本链接\n\n"
        "[PLCT-P120/脚本/懂点RV-2.md at main · Zazzle516/PLCT-P120 (github.com)]"
        "(https://github.com/Zazzle516/PLCT-P120/blob/main/脚本/懂点RV-2.md)\n"
    )
    assert _counted(_txt(tmp_path, "8月产出.md", text)) == "report"


def test_r2156_a_teams_progress_this_week_is_a_report(tmp_path: Path) -> None:
    # r2156 (Report/24-August/week54/workreport.md): "# 测试小队7月31日本周工作进展"
    text = (
        "# 测试小队7月31日本周工作进展\n\n### Sail\n\n"
        "- https://github.com/rems-project/sail/pull/636 优化对 let_binder, if_then_else, "
        "binary_op, match_case 等语法的格式化\n"
        "  https://github.com/rems-project/sail/pull/647 实现对 mapping 语法的完整性检查\n"
    )
    assert _counted(_txt(tmp_path, "workreport.md", text)) == "report"
