"""Patterns of heldout18 (bench/corpus, round 6), each reproduced faithfully: a lenders'
请愿书 with an outline like a case's, a Markdown to-do list with a 致辞 item, and the
dates and titles of business documents. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

R1032_LINES = [
    "东莞“团贷网”出借人",
    "举报原实控股东“万和集团”，要求压实股东责任的请愿书",
    "尊敬的赵克志部长：",
    "2019年3月27日，东莞团贷网互联网科技服务有限公司（以下简称“团贷网”）因涉嫌非法吸收公众"
    "存款被东莞市公安局立案侦查，其实际控制人唐某、张某等被采取刑事强制措施。",
    "一、若“团贷网”涉嫌“非吸”罪名成立，则实际非吸犯案者为原实控股东万和集团",
    "2019年4月11日，派生科技收到深交所年报问询函,要求补充披露公司金融科技信息服务业务的具体"
    "开展模式,包括但不限于鸿特普惠和鸿特信息咨询在与团贷网合作关系中享有的主要权利以及承担的"
    "主要责任和义务，在4月18日派生科技的《广东派生智能科技股份有限公司关于对创业板年报问询函"
    "【2019】第 39 号的回复》【3】中显示：“团贷网”的资产端鸿特普惠、鸿特信息正是万和集团实控"
    "的上市公司鸿特精密的2家子公司。",
    "二、万和集团涉嫌违规转让“团贷网”股权",
    "出借人：",
    "日期：2019年5月  日",
    "附件一：相关证据来源",
    "【3】广东派生智能科技服务有限公司董事会：广东派生智能科技股份有限公司关于对创业板年报"
    "问询函【2019】第 39 号的回复，2019年4月18日",
]


def test_r1032_petition_is_no_case_and_its_cited_reply_no_number(tmp_path: Path) -> None:
    # r1032: a 请愿书 (a 文种 no kind is) with a 一、 outline and 模式 in its body was
    # case 57%, counted; its headline in two lines was cut to the first; the number of
    # a reply it cites (…问询函【2019】第 39 号的回复) was taken as its own.
    rec = _docx(tmp_path, "团贷网出借人举报万和集团要求压实股东责任的请愿书v2.docx", R1032_LINES)
    assert rec.doc is not None
    assert rec.doc.title == "东莞“团贷网”出借人举报原实控股东“万和集团”，要求压实股东责任的请愿书"
    assert _counted(rec) == "other"
    assert rec.doc.doc_number is None


R1039_TEXT = """# 6.6活动需要做的事情
* 宣传
\t* 印刷哪些东西
\t\t* 1.2*2.4喷绘43 ，0.8*1.8，横幅印一条,白纸活动二维码（五张）
\t* 每个大学安排一些一个人
\t* 让老师办我们宣传
\t* 奖品发放形式
* 活动流程安排
\t* 周五晚上需要布置下去，周六早上9点去布置
\t* 具体到人负责什么事情，东西（摄影，发奖品，主持，音响，维持纪律）
* 要买的东西
\t* 给导师的礼品
\t\t* 明信片,手绘地图，包装
\t* 矿泉水（2箱好的矿泉水-农夫山泉）
* 季赛的致辞
* 秘书的主持
* 送奖品
\t* 回答问题（送Ubuntu本子）
\t* 抽奖微信摇一摇 （4个礼包）-一件衣服，扇子，书

## 人员安排
* 1.30左右安排人到明德楼，搓衣板那一块接待
* 活动行发短信
"""


def test_r1039_todo_list_item_is_no_headline(tmp_path: Path) -> None:
    # r1039: the list item "* 季赛的致辞" was the title (meeting_material 58%, counted);
    # the page's "# 6.6活动…" heading had been passed over as a section number.
    rec = _txt(tmp_path, "6.6活动需要做的事情.md", R1039_TEXT)
    assert rec.doc is not None
    assert rec.doc.title == "6.6活动需要做的事情"
    assert _counted(rec) in ("plan", "other")
    assert rec.kind != "meeting_material"
