"""The patterns worked on in round 47 (bench/corpus/rounds.md: heldout105–116, scored
blind before), reproduced faithfully from the documents' real lines. The corpus id is
given with each test.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt
from realdocs_kit import workbook as _workbook

from evidence_audit.files.extract import extract
from evidence_audit.files.formats import identify


def test_r5422_a_pages_time_field_is_when_it_was_posted(tmp_path: Path) -> None:
    # undated before: the club's site writes its posting day as "time:"
    page = (
        "---\ntitle: 6月28日 CLab、PKUTeX 计划维护（征求意见）\ntime: 2025-06-25\ntags: []\n---\n\n"
        "各位老师、同学：\n\nPKUTex与CLab计划在6月28日下午15时-6月29日上午8时进行维护。"
        "我们计划在本学期结束、暑校开始前进行此次维护，便于暑期开发工作。\n"
    )
    assert extract(io.BytesIO(page.encode()), "txt").published == "2025-06-25"
    # an event page's "time: 14:00 - 17:00" is the hours of the event, no day
    event = "---\ntitle: 月度交流会\ndate: 2014-12-27\ntime: 14:00 - 17:00\n---\n正文"
    assert extract(io.BytesIO(event.encode()), "txt").published == "2014-12-27"


# r5410 (a volunteer project's weekly meeting, 8.26 小源 - 开源问答Bot weekly 例会.md)
_R5410 = """# 会议流程
1. 与会人员自我介绍
1. 小源项目简述、项目目标
1. 人员各自分工、角色定位
1. 任务分配

# 人员角色分工(不断更新)
总负责@Emily

媒体相关工作@思颖

# 项目目标
10.24推出小源机器人，收录知识库500~800条

# 任务分配结果
1. 志愿者海报出版@思颖
1. 招募新志愿者相关工作
"""


def test_r5410_a_weekly_meetings_order_of_business_and_tasks_make_minutes(
    tmp_path: Path,
) -> None:
    # other 0% before (no 出席/主持 fields, titled by its first heading)
    record = _txt(tmp_path, "8.26 小源 - 开源问答Bot weekly 例会.md", _R5410)
    assert _counted(record) == "minutes"


def test_r5378_a_crawlers_record_holding_a_pages_html_is_json(tmp_path: Path) -> None:
    # sniffed as HTML before (<!DOCTYPE html> inside a value), titled "\n\n\n\n\n"
    record = {
        "id": "67ec89b45a413a6e12b37398",
        "label": "年度;交通邮电",
        "body_html": "<!DOCTYPE html>\n <html>\n  <head>\n   <title>报表</title>\n  </head>",
        "publish_time": "2025-04-02",
        "title": "浙江省民用车辆拥有量",
        "content": {"说明": "本表统计范围为全省登记的民用汽车、低速汽车及摩托车等，" * 2},
    }
    data = json.dumps(record, ensure_ascii=False, indent=2).encode()
    assert identify(io.BytesIO(data), "result1.json").format == "json"
    analysed = _txt(tmp_path, "result1.json", data.decode())
    assert analysed.doc.title == "浙江省民用车辆拥有量"


# r5371 (a housing-fund centre's page): its menu lists the site's 工作动态 column
_R5371 = """<html><head><title>关于调整住房公积金贷款首付比例的通知</title></head><body>
<div>首 页</div><div>中心简介</div><div>新闻动态</div><div>要闻</div><div>工作动态</div>
<div>通知公告</div><div>政策法规</div><div>当前位置：首页>通知公告</div>
<h1>关于调整住房公积金贷款首付比例的通知</h1>
<p>发布日期:2024-05-13 14:34:28 浏览次数:521</p>
<p>为促进全市房地产市场平稳健康发展，助力化解房地产库存，切实满足缴存职工购房贷款合理需求，
结合我市实际，现对我市住房公积金贷款政策作如下调整:</p>
<p>一、在定州市行政区域内，购买首套住房的，贷款额度调整。</p>
</body></html>"""


def test_r5371_a_sites_menu_naming_its_news_column_makes_no_news(tmp_path: Path) -> None:
    # news 58% before, only for 工作动态 in the menu above the headline: a false assurance
    record = _txt(tmp_path, "dca6.html", _R5371)
    assert record.doc.title == "关于调整住房公积金贷款首付比例的通知"
    assert record.classification.kind != "news"


def test_r5380_a_notice_posted_with_its_source_line_is_no_news(tmp_path: Path) -> None:
    # news 100% before (来源： under the headline, 动态要闻 in the menu): a false assurance
    page = (
        "<html><body><div>首页</div><div>机构概览</div><div>动态要闻</div><div>信息公开</div>"
        "<h1>关于印发《江苏省分布式发电市场化交易规则（试行）》的通知</h1>"
        "<p>2019-12-09 17:11 来源：江苏能源监管办</p>"
        "<p>各有关设区市发展改革委，江苏省电力有限公司，江苏电力交易中心有限公司，"
        "各有关发电（集团）企业，售电企业，电力用户：</p>"
        "<p>为加快推进分布式能源发展，规范江苏分布式发电市场化交易，现将《江苏省分布式发电"
        "市场化交易规则（试行）》印发给你们，请遵照执行。</p></body></html>"
    )
    record = _txt(tmp_path, "关于印发交易规则的通知.html", page)
    assert record.classification.kind != "news"


def test_r5111_r5118_a_markdown_headings_bold_and_closing_hashes_are_no_title(
    tmp_path: Path,
) -> None:
    # titled "**2020-2021学年全年工作计划**" and "发言稿#" before
    plan = _txt(
        tmp_path,
        "宣传部.md",
        "# 宣传部\n\n# **2020-2021学年全年工作计划**\n\n ## 团队建设\n\n### 1、与老师之间的交流、\n\n"
        "由于我们宣传部的工作性质比较特殊，我们在日常工作中与老师们有着非常频繁的接触，"
        "因此我们要加强与老师之间的交流，及时反馈工作中存在的问题。\n",
    )
    assert plan.doc.title == "2020-2021学年全年工作计划"
    speech = _txt(
        tmp_path, "发言稿.md", "# 发言稿 #\n\n尊敬的各位老师、亲爱的同学们：\n\n大家好！\n"
    )
    assert speech.doc.title == "发言稿"


def test_r5129_an_activity_log_with_headcounts_is_no_training_ledger(tmp_path: Path) -> None:
    # ledger.training 79% before (参与人数 read as 参训人数, 活动时间/地点 as 培训时间/地点)
    header = [
        "序号",
        "月份",
        "负责人",
        "所属书院",
        "活动主题",
        "活动时间",
        "活动地点",
        "参与人数",
        "活动概述",
    ]
    record = _workbook(tmp_path, "RUC计算机协会活动统计表.xlsx", {"Sheet1": [header]})
    assert record.classification.kind != "ledger.training"


def test_r5623_a_work_reports_subtitle_opening_with_its_day_leaves_it_a_report(
    tmp_path: Path,
) -> None:
    # other 0% before: "——2024年3月5日在…会议上" was not read as a subtitle
    record = _txt(
        tmp_path,
        "2024年政府工作报告.txt",
        "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
        "国务院总理 李强\n"
        "各位代表：\n"
        "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n"
        "一、2023年工作回顾\n"
        "过去一年是全面贯彻党的二十大精神的开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。\n",
    )
    assert _counted(record) == "report"
