"""Patterns of the parts worked on in round 36 (bench/corpus/rounds.md: heldout54/56's
misses, seen after round 35), each reproduced faithfully from the document's real lines.
The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _date
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt


def test_r2667_a_news_mirrors_site_and_domain_are_no_part_of_the_headline(
    tmp_path: Path,
) -> None:
    # r2667 (a Hexo mirror of a university's news): "哈尔滨工程大学->高岩任…党委书记 |
    # hrbeu.com.cn" was the title, its end the domain: other 0% before
    text = (
        "---\ntitle: 哈尔滨工程大学->高岩任哈尔滨工程大学党委书记 | hrbeu.com.cn\n"
        "date: 2019-05-06 09:43:52\nurlname: 67df015d14a3dd6cf033acdaf617301c\ntags: \n"
        "- 哈尔滨工程大学\ncategories:\n- hrbeu.com.cn\n- 哈尔滨工程大学\n---\n\n \n\n"
        "4月28日下午,学校在启航多功能厅召开干部教师大会,宣布工业和信息化部党组决定: 高岩同志任"
        "哈尔滨工程大学党委委员、常委、书记,免去谷焕民同志哈尔滨工程大学党委书记、常委、委员职务，"
        "另有任用。\n\n工业和信息化部人事教育司司长韩占武，黑龙江省委组织部副部长张义龙，部人教司、"
        "省委组织部相关部门负责人出席大会。校党委副书记、校长姚郁主持大会。\n"
    )
    record = _txt(tmp_path, "67df015d14a3dd6cf033acdaf617301c.md", text)
    assert record.doc.title == "高岩任哈尔滨工程大学党委书记"
    assert _counted(record) == "news"


def test_r2684_an_event_announced_after_the_page_is_posted_does_not_date_it(
    tmp_path: Path,
) -> None:
    # r2684 (a project's blog): posted 2024-10-24 for an event on 10 月 26 日: dated by
    # the event (meeting) before; a record cannot precede its meeting, so the meeting
    # after the post is one it announces
    text = (
        "---\ntitle: Apache HoraeDB 与你相约北京理工大学\ndate: 2024-10-24\ntags:\n"
        "  - community\n---\n\n"
        "在数字化转型的浪潮中，开源软件人才的培养是信息技术创新发展的重要根基，高校学子作为我国开源"
        "生态的源头活水备受重视。10 月 26 日 CCF 开源发展委员会“开源高校行”活动将走进北京理工大学"
        "与高校师生交流分享，共同推进开源教育，建立产学研用一体化开源创新人才培养体系。诚邀您的参与！"
        "\n\nApache HoraeDB PPMC 成员 [任春韶](https://github.com/chunshao90) 将带来 Optimizing "
        "Apache HoraeDB for High-Cardinality Metrics at AntGroup 为题的分享，欢迎在场的朋友前来"
        "观看、交流 🤝\n\n# 活动须知\n\n- 时间：2024 年 10 月 26 号 18:30-20:05\n"
        "- 地点：北京理工大学良乡校区文萃楼 I 405\n\n![](/images/ccf-bit.jpg)\n"
    )
    assert _date(_txt(tmp_path, "ccf-bit.md", text)) == ("2024-10-24", "published")


def test_r2677_a_committees_record_with_its_convener_and_motions_is_minutes(
    tmp_path: Path,
) -> None:
    # r2677 (a school's graduation committee, PDF): 召集人 and 记　录 under the 日期, an
    # 议程 list, motions proposed and seconded (提议 / 附议): other 0% (2.5) before
    lines = [
        "2024 年度毕业典礼筹委会议（二）",
        "日\u3000期： 2024 年 6 月 12 日（星期三）",
        "时\u3000间： 12:50pm\u00a0–\u00a02:10pm",
        "地\u3000点： 新山南洋大学校友会议室厅",
        "召集人： 郑叶枫",
        "记\u3000录： 黄则义",
        "出席者：（恕不称呼）",
        "颜壮志、李锦星、郑叶枫、梁佩敏、袁淑珍、陈美丝、邱佩萱、黎琪姗、林建伟、",
        "戴新娇、李胤钦、全体高三正副班长",
        "议程：",
        "1.\u00a0复准前期会议",
        "1.1.\u00a0毕业典礼费用",
        "2.\u00a0召集人报告",
        "3.\u00a0正副主席报告",
        "9.\u00a0会议议决/讨论事项",
        "项目 会议报告/议决事项 备注",
        "1. 复准前期会议",
        "* 提议：郑芷昕",
        "附议：李承燊",
    ]
    record = _docx(tmp_path, "2024 年度毕业典礼筹委会议（二）记录.docx", lines)
    assert _counted(record) == "minutes"
    assert _date(record) == ("2024-06-12", "meeting")


def test_r2568_a_years_goals_are_a_plan(tmp_path: Path) -> None:
    # r2568 (a product manager's docs/2026年目标.md): other 0% before
    text = (
        "# 2026年目标\n\n## 一、个人目标\n\n### AI普及与能力提升\n\n"
        "AI技术的普及与应用将成为未来工作的核心能力。在2026年，将AI工具的使用作为团队成员能力评估"
        "的重要指标：\n\n![AI普及与能力提升](images/Z2026_01.png)\n\n"
        "- **AI普及**：推动团队全面拥抱AI工具，提升工作效率和创新能力\n"
        "- **优胜劣汰**：建立基于AI应用能力的考核机制，不会使用AI的团队成员将面临重点考核\n\n"
        "## 二、团队重点工作\n\n### 执行力的极致追求\n\n"
        "**核心原则：完成曹总的工作指示，指哪打哪**\n"
    )
    assert _counted(_txt(tmp_path, "2026年目标.md", text)) == "plan"
