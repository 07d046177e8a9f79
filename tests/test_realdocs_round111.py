"""Rounds of session 23 (bench/corpus/rounds.md). The real files' lines are reproduced
faithfully; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from realdocs_kit import RULES, save_docx
from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import text_file as _txt

from evidence_audit.files.scan import FileEntry
from evidence_audit.judge.analyze import analyze_file
from evidence_audit.models import FileRecord
from evidence_audit.pipeline import explain
from evidence_audit.text.docparse import blank_fields

# Round 111: heldout249's r12321, a volunteer's notes before a radio interview (traditional)
R12321 = (
    "---\ntags: 公有地大行動\n---\n\n# 20240308 參加永續筆記本訪談錄音\n\n## 節目資訊與收聽網址\n"
    "廣播節目名稱：永續筆記本\n節目網址：https://www.rti.org.tw/radio/programView/id/1688\n"
    "主持人：嚴婉玲\n錄音時間：20240308 下午 1:30-16:30\n出席：chewei, 嚴婉玲 (線上)\n\n"
    "## Ep67公私協力做永續\n\n---\n## 活動前筆記區\n"
    "- chewei 可以分享碳匯城鄉專案、公有地活用專案\n    - 2021 碳匯城鄉 發起專案\n"
    "        - 建立公有資產的減碳類型架構\n"
)

# Round 111: heldout249's r12322, a project's introduction page: two aims, one per line
R12322 = (
    "---\ntags: 公有地大行動,公有資產\n---\n\n# 低碳社會的公有資產定位：碳匯實踐場域 ⛳\n\n"
    "依據財政部國有財產署 108 年度業務年報統計，我國現況共有 222 萬公頃公有土地，佔國土面積約六成。"
    "**面對當代碳中和、淨零排放等減碳目標**，多元的公有空間與環境型態，可以透過以下兩個推動方向，"
    "促進公有資產發揮減碳作為。\n\n"
    "一、公共工程及公有資產活化決策機制，導入碳匯評估思維 😎\n"
    "二、公有資產結合碳匯措施研究，累積更多實證場域 🏘\n\n"
    "## 工作方向\n\n一、運用國家資產資料，建立公產碳匯潛能評估工具 **Analysis Tool** ⚙\n"
    "二、以社會合作模式，把握公私協力減碳契機 **Partnership Building** 🙌 \n"
)


def test_r12321_a_radio_programmes_host_and_guests_are_no_meeting(tmp_path: Path) -> None:
    # before: minutes (66%) by 主持人： over 出席：, a false assurance
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", R12321)
    assert _counted(record) == "other"


def test_a_meetings_host_and_attendance_still_make_minutes(tmp_path: Path) -> None:
    # guard: the programme's own labels (廣播節目名稱, 節目網址) are what tell it apart
    text = R12321.replace(
        "廣播節目名稱：永續筆記本\n節目網址：https://www.rti.org.tw/radio/programView/id/1688\n", ""
    )
    text = text.replace("錄音時間", "會議時間").replace("參加永續筆記本訪談錄音", "專案例會")
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", text)
    assert _counted(record) == "minutes"


def test_explain_scores_a_traditional_text_as_the_audit_does(tmp_path: Path) -> None:
    # before: explain scored the printed (traditional) text, the audit its simplified copy,
    # so the scores shown named minutes 4.5 above a result of other
    record = _txt(tmp_path, "N4WlZ7tRQGaacp1zvlLKWA.md", R12321)
    shown = explain(tmp_path / "项目组" / "N4WlZ7tRQGaacp1zvlLKWA.md", RULES, archive=tmp_path)
    assert shown.records[0].kind == record.kind == "other"
    minutes = next(s for s in shown.scores if s.kind.id == "minutes")
    assert minutes.score < RULES.min_score
    assert any("节目名称" in r and "(-4)" in r for r in minutes.reasons)


def test_r12322_aims_listed_line_by_line_are_no_case(tmp_path: Path) -> None:
    # before: case (67%) by two paired headings (一、…，… 二、…，…) one under the other
    record = _txt(tmp_path, "8Wl33z2aSkS5nYWhm4Eojw.md", R12322)
    assert _counted(record) == "other"


def test_paired_headings_over_their_paragraphs_still_tell_a_case(tmp_path: Path) -> None:
    # guard: an experience write-up's headings, each over its own paragraph
    text = (
        "聚焦产业发展，拓宽增收渠道\n"
        "一、坚持党建引领，夯实组织基础\n"
        "村党支部把产业发展作为头等大事，成立合作社，带动贫困户入股分红，户均增收三千元。\n"
        "二、创新帮扶模式，激发内生动力\n"
        "推行“合作社+基地+农户”模式，组织技能培训十二期，培训贫困劳动力四百余人次。\n"
    )
    record = _txt(tmp_path, "材料.txt", text)
    case = [r for r in record.classification.reasons if "一、坚持党建引领" in r]
    assert case and "(+3)" in case[0]


# Round 112: heldout230's r11362 and r11370, news pages' posting lines
def test_r11362_a_posting_line_with_a_bar_before_its_source_dates_the_page(
    tmp_path: Path,
) -> None:
    # before: undated (the bar between the time and 来源 hid the posting line)
    text = (
        "首页\n党政\n人事\n江苏多地要求中高风险地区师生员工暂不返校\n"
        "2022年02月13日07:48 | 来源：新华日报\n"
        "记者从省教育厅获悉，南京、苏州等地教育部门近日发出通知，要求中高风险地区师生员工暂不返校。\n"
        "各校要做好开学准备，严格落实疫情防控各项措施，确保师生安全健康。\n"
    )
    record = _txt(tmp_path, "6.txt", text)
    assert _dated(record) == ("2022-02-13", "published")


def test_r11370_a_date_its_time_and_a_source_under_the_headline_date_the_page(
    tmp_path: Path,
) -> None:
    # before: undated ("2022-02-13 09:57 光明网": the time stood between the date and the
    # source's name)
    text = (
        "位置 首页 专题频道 国内专题 新春走基层2022\n土豆不“土” 土豆无“土”\n"
        "2022-02-13 09:57 光明网\n分享到\n"
        "【新春走基层】在黑龙江讷河市，土豆被精深加工为方便酸辣粉等产品，成了当地支撑乡村振兴的重要产业。\n"
        "《光明日报》（ 2022年02月13日 02版）\n"
    )
    record = _txt(tmp_path, "16.txt", text)
    assert _dated(record) == ("2022-02-13", "published")


def test_a_time_and_words_after_a_date_in_the_body_are_no_posting_line(tmp_path: Path) -> None:
    # guard: a log's entry (a date, a time, what was done) deep in the text stays its own
    text = (
        "值班记录\n"
        "本周值班情况如下，各时段均有人在岗，交接记录完整，未发生安全事故。\n"
        "值班期间共接听群众来电十二次，均已登记并转交相关股室办理。\n"
        "2022-02-13 09:57 张三 巡查\n2022-02-14 10:05 李四 巡查\n"
    )
    record = _txt(tmp_path, "值班记录.txt", text)
    assert _dated(record)[1] != "published"


# Round 113: blank forms (heldout259's r12791, a 整改 form whose fields hold only a report
# engine's placeholders; and the 会议记录 template every office keeps)
def _form(tmp_path: Path, name: str, title: str, fields: list[tuple[str, str]]) -> FileRecord:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(fields), cols=2)
    for row, (label, value) in enumerate(fields):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    return save_docx(document, tmp_path, name)


MINUTES_FIELDS = ["会议时间：", "会议地点：", "主持人：", "记录人：", "出席人员：", "会议内容："]


def test_a_blank_minutes_form_is_not_counted(tmp_path: Path) -> None:
    # before: minutes at 80%, counted: the template said the meeting's record was there
    record = _form(tmp_path, "会议记录.docx", "会议记录", [(f, "") for f in MINUTES_FIELDS])
    assert _counted(record) == "other"
    assert any(
        r.startswith("这是空白表格：会议时间、会议地点、主持人、记录人等栏都没有填写")
        for r in record.classification.reasons
    )
    # the clerk's report says it first: the form is to be filled in
    (low,) = [p for p in record.problems if p.code == "low_confidence"]
    assert low.message.startswith(
        "这是空白表格：会议时间、会议地点、主持人、记录人等栏都没有填写；"
    )


def test_a_filled_minutes_form_is_counted(tmp_path: Path) -> None:
    # guard: the same form filled in is the record of a meeting
    values = [
        "2019年4月2日上午9时",
        "县扶贫办三楼会议室",
        "王建国",
        "李明",
        "县扶贫办全体班子成员",
        "传达东西部扶贫协作考核要求，研究部署迎检资料整理工作。",
    ]
    record = _form(
        tmp_path, "会议记录.docx", "会议记录", list(zip(MINUTES_FIELDS, values, strict=True))
    )
    assert _counted(record) == "minutes"
    assert not any("空白表格" in r for r in record.classification.reasons)


def test_r12791_a_form_of_placeholders_is_blank(tmp_path: Path) -> None:
    # before: rectification at 88% by the 整改 of its headline, a false assurance
    fields = [
        ("记录编号:", "ぁ"),
        ("单位：", "は"),
        ("检查人：", "ぃ"),
        ("隐患内容：", "ぉ"),
        ("整改措施：", "き"),
        ("所在单位（部门）负责人意见：", "签  字：        け"),
        ("安全管理员/发起人验收：", "签  字：        ね"),
    ]
    record = _form(tmp_path, "rectinew3.docx", "安全隐患整改落实清单", fields)
    assert _counted(record) == "other"


def test_blank_fields_reads_spaced_labels_and_blank_dates() -> None:
    text = (
        "回执\n单位名称：\n联 系 人：\n联系电话：\n签  字：\n        年   月   日\n____年__月__日\n"
    )
    assert blank_fields(text, "回执") == ("单位名称", "联系人", "联系电话", "签字")
    assert blank_fields(text.replace("联系电话：", "联系电话：0771-1234567"), "回执") == ()


# Round 114: heldout257's r12710, a school sports meet's 秩序册: its rules wrapped at the
# page's width ("七、运动员要在点名后由引导员带进赛场，比赛完毕再由引导员带出场外，决不")
R12710_RULES = (
    "福州八中田径运动会纪律\n"
    "一、运动会期间全校师生均应积极参加大会安排的活动，不得无故缺席迟到。全\n"
    "体人员必须讲文明、讲礼貌。\n"
    "六、运动员要服从裁判的裁决，若有异议可以请班主任向大会仲裁委员会反映，\n"
    "一经裁决，有关运动员要无条件服从。仲裁委员会裁决为终级裁决。\n"
    "七、运动员要在点名后由引导员带进赛场，比赛完毕再由引导员带出场外，决不\n"
    "可以擅自随意走动，否则将视情节取消比赛资格。\n"
    "八、大会裁判是各项比赛的执法者，要认真学习规则，熟悉规则，熟练运用规则，\n"
    "公平、公正评判，力求避免误判。\n"
    "九、大会裁判员要具备良好的思想品德，若有发现错判的情况，以及时反映给纪\n"
    "律仲裁委员会裁定，予以及时纠正。\n"
    "十、裁判员执行任务时，要集中注意力，不做与裁判工作无关的事，以免造成评\n"
    "判错误，发生不必要的纠纷。\n"
    "十一、大会各部门的工作人员要忠职守责，各自把自己的工作做好，分工合作，\n"
    "出色完成运动会的各项任务。\n"
)


def test_r12710_rules_wrapped_at_a_comma_are_no_paired_headings(tmp_path: Path) -> None:
    # before: case (57%) by the write-up's paired headings, a false assurance
    record = _txt(tmp_path, "book.txt", R12710_RULES)
    assert not any("七、运动员" in r for r in record.classification.reasons)
    assert _counted(record) != "case"


# Round 115: heldout259's r12804, a coal company's system home page (JSP): its side menu
# (预防预警 / 通风 / 瓦斯巡检 / 测风巡检 / 测尘巡检, then 生产计划) over the page's rules
R12804 = (
    '<html><head><meta charset="utf-8"><title>山煤国际煤炭生产管理系统</title></head><body>\n'
    "<div><span>煤炭生产管理系统</span></div>\n<div><span>Welcome,</span>\n"
    "<h2>${sessionScope.username}</h2></div>\n"
    '<ul class="nav side-menu">\n<li><a>安全管理</a><ul>\n<li><a>隐患管理</a></li>\n'
    "<li><a>安全质量标准管理</a></li>\n<li><a>危险源管理</a></li>\n</ul></li>\n"
    "<li><a>预防预警</a><ul>\n<li><a>通风</a></li>\n<li><a>瓦斯巡检</a></li>\n"
    "<li><a>测风巡检</a></li>\n<li><a>测尘巡检</a></li>\n</ul></li>\n"
    "<li><a> 生产计划 </a><ul>\n<li><a>订单管理</a></li>\n<li><a>主生产计划</a></li>\n"
    "<li><a>生产接续计划</a></li>\n</ul></li>\n</ul>\n"
    "<h3>煤矿安全文化及规章制度</h3>\n<h2>安全生产责任制度</h2>\n"
    "<p>一、矿长是本矿安全生产的第一责任者，对本矿的安全生产工作全面负责。</p>\n"
    "<p>二、分管安全的副矿长协助矿长抓好安全生产工作，对分管范围内的安全生产负直接领导责任。</p>\n"
    "<h2>安全会议制度</h2>\n<p>会议时间：每周一上午召开安全例会。</p>\n"
    "</body></html>\n"
)


def test_r12804_a_side_menus_last_item_is_no_headline(tmp_path: Path) -> None:
    # before: a plan (69%) titled 测尘巡检生产计划, two menu items joined: a false assurance
    record = _txt(tmp_path, "index.html", R12804)
    assert _counted(record) != "plan"
    assert "生产计划" not in (record.doc.title or "")
    assert not (record.doc.title or "").startswith("$")


# Round 116: heldout261's r12884, heldout260's r12834 and r12841, web pages of news and notices
R12884 = (
    "最新新闻 > 往年回顾 > 温家宝赴外交学院为周恩来同志和陈毅同志铜像揭幕并向师生们发表讲话\n"
    "最新动态\n往年回顾 >\n> 动态内容\n"
    "温家宝赴外交学院为周恩来同志和陈毅同志铜像揭幕并向师生们发表讲话\n"
    "来源：《人民日报》 2012年9月11日\n"
    "国务院总理温家宝9月10日来到位于北京市昌平区的外交学院新校区，出席周恩来同志和陈毅同志铜像揭幕仪式。\n"
    "铜像高4.5米，以1964年周恩来、陈毅一起出访南亚时所拍摄的照片为原型设计。\n"
    "温家宝在礼堂向师生们发表讲话。温家宝说，旧中国饱受屈辱，山河破碎，弱国无外交。\n"
)


def test_r12884_a_headline_telling_a_talk_was_given_is_no_speech(tmp_path: Path) -> None:
    # before: meeting material (95%) by 讲话 in the headline, a false assurance
    record = _txt(tmp_path, "latest20120924.txt", R12884)
    assert _counted(record) != "meeting_material"
    assert record.kind == "news"
    assert any("讲的是某人作了讲话" in r for r in record.classification.reasons)


def test_a_speech_and_a_talk_reported_with_its_place_keep_their_kinds(tmp_path: Path) -> None:
    # guard: the speech itself (在…上的讲话) is meeting material
    speech = _txt(
        tmp_path,
        "讲话.txt",
        "在全县东西部扶贫协作推进会上的讲话\n同志们：\n今天召开这次会议，主要任务是部署迎检工作。\n"
        "一、提高认识\n二、压实责任\n",
    )
    assert _counted(speech) == "meeting_material"


R12834 = (
    '<html><head><meta charset="utf-8"><title>视觉学习与推理 西安交通大学-微软亚洲研究院 '
    "智能信息处理联合实验室召开研讨会-西安交通大学-人工智能学院</title></head><body>\n"
    + "".join(
        f"<li>{item}</li>\n"
        for item in (
            "English 首页 学院、研究所简介 学院、研究所领导 教学指导委员会 本科课程工作组 学术委员会 "
            "本科教学实验室 研究场所 相关科研机构 新闻动态 通知公告 学术报告 师资队伍 人才培养 科学研究"
        ).split()
    )
    + "<div>当前位置: 首页  >  新闻动态  >  正文</div>\n"
    "<h1>视觉学习与推理 西安交通大学-微软亚洲研究院 智能信息处理联合实验室召开研讨会</h1>\n"
    "<div>发布时间：2021-04-19 点击量：</div>\n"
    "<p>2021年4月17日上午9点，“视觉学习与推理 西安交通大学-微软亚洲研究院智能信息处理联合实验室研讨会”"
    "顺利召开。人工智能学院多位教授，微软亚洲研究院多位研究员出席本次研讨会。</p>\n"
    "<p>会上，人工智能学院常务副院长辛景民教授在致辞中首先对双方人才培养、科研合作等方面的成就进行了总结回顾。</p>\n"
    "</body></html>\n"
)


def test_r12834_a_long_headline_telling_a_meeting_held_is_news(tmp_path: Path) -> None:
    # before: other (the headline's 召开…研讨会 pattern stopped at 30 characters before 召开)
    record = _txt(tmp_path, "1968.html", R12834)
    assert _counted(record) == "news"


R12841 = (
    '<html><head><meta charset="utf-8"><title>智能信息处理研究团队</title></head><body>\n'
    + "".join(
        f"<div>{line}</div>\n"
        for line in (
            "智能信息处理研究团队",
            "Intelligent Information Processing Research Group",
            "Toggle navigation 首页",
            *"团队成员 导师队伍 学生名单 科学研究 科研项目 代表论文 发明专利 团队荣誉 团队新闻 学术交流 "
            "团队活动 通知公告 科研条件 科研设备 实验室环境 联系我们 首页 通知公告 正文".split(),
            "<h2>关于2017年研究生学位论文开题以及中期检查的通知</h2>",
            "发布日期：2017/10/15 发布人：admin",
            "11月16日进行2015级、2016级信号与信息处理学位点全日制硕士研究生开题汇报、中期检查等工作，"
            "相关事宜通知如下：",
            "时间：2017年10月16日19:00",
            "地点：509多媒体会议室",
            "参会人员：团队全体成员",
            "请参会人员准备好相关材料，届时准时参加。",
        )
    )
    + "</body></html>\n"
)


def test_r12841_a_sites_name_atop_the_page_is_no_headline(tmp_path: Path) -> None:
    # before: titled by two menu items (团队活动通知公告), then (round 115) by the site's
    # name its <title> repeats; the article's headline is over its 发布日期
    record = _txt(tmp_path, "a01.html", R12841)
    assert record.doc.title == "关于2017年研究生学位论文开题以及中期检查的通知"


def test_r12841_a_notice_calling_a_meeting_is_no_minutes(tmp_path: Path) -> None:
    # a 通知 with 时间：/地点：/参会人员： calls people to a meeting; it records none
    record = _txt(tmp_path, "a01.html", R12841)
    assert record.kind != "minutes"


def test_minutes_sent_round_by_a_notice_are_still_minutes(tmp_path: Path) -> None:
    # guard: 关于印发《…纪要》的通知 is the 纪要 it 印发s
    text = (
        "关于印发《县扶贫开发领导小组第三次会议纪要》的通知\n各乡镇、县直各部门：\n"
        "现将《县扶贫开发领导小组第三次会议纪要》印发给你们，请认真贯彻落实。\n"
        "县扶贫开发领导小组第三次会议纪要\n2019年4月2日，县扶贫开发领导小组召开第三次会议。\n"
        "出席：王建国、李明\n会议议定事项如下：\n一、……\n"
    )
    record = _txt(tmp_path, "纪要.txt", text)
    assert _counted(record) == "minutes"


# Round 117: heldout260's r12848, a school's news of a prize won (科普奖, no 一等奖)
def test_r12848_a_headline_telling_a_prize_won_is_news(tmp_path: Path) -> None:
    # before: other (the ruleset's prizes named only 冠军, 一等奖…, 金奖, 大奖)
    text = R12834.replace(
        "视觉学习与推理 西安交通大学-微软亚洲研究院 智能信息处理联合实验室召开研讨会",
        "人工智能学院获2020年中国自动化学会科普奖",
    ).replace(
        "2021年4月17日上午9点，“视觉学习与推理 西安交通大学-微软亚洲研究院智能信息处理联合实验室研讨会”"
        "顺利召开。人工智能学院多位教授，微软亚洲研究院多位研究员出席本次研讨会。",
        "近日，由中国自动化学会主办的2020年度中国自动化学会颁奖盛典在苏州举行，由人工智能学院组织的"
        "西安交通大学“AI科普行动”团队获2020年CAA科普奖。",
    )
    text = text.replace(
        "<p>会上，人工智能学院常务副院长辛景民教授在致辞中首先对双方人才培养、科研合作等方面的成就进行了总结回顾。</p>\n",
        "<p>“AI科普行动”是依托西安交通大学人工智能与机器人研究所科研团队，致力于人工智能科学社会普及的"
        "一项高校科技工作者的自发行为。</p>\n",
    )
    record = _txt(tmp_path, "1964.html", text)
    assert record.kind == "news"


def test_a_notice_of_a_prize_is_no_news(tmp_path: Path) -> None:
    # guard: a 通报 of prizes awarded keeps its own 文种
    text = "关于2020年度全县脱贫攻坚先进集体获奖情况的通报\n各乡镇：\n经研究，现将获奖情况通报如下。\n特此通报。\n"
    record = _txt(tmp_path, "通报.txt", text)
    assert record.kind != "news"


# Round 117 (continued): heldout265's r13036, a list page; heldout263's r12951, a CMS template
def test_r13036_a_list_pages_entry_is_no_headline(tmp_path: Path) -> None:
    # before: minutes (80%) titled by the column's name run into its one entry
    entry = "2014-09-30【園區公告】客發中心內部控制專案小組103年第2次委員會議會議紀錄"
    text = f"內部控制專區\n{entry}客發中心內部控制專案小組103年第2次委員會議會議紀錄\n{entry}\n"
    record = _txt(tmp_path, "LP1.txt", text)
    assert record.doc.title == "內部控制專區"
    assert _counted(record) == "other"


def test_r12951_a_pages_stand_in_text_makes_it_a_template(tmp_path: Path) -> None:
    # before: news (67%) by its 来源： field; its text is 内容内容内容… to be replaced
    text = (
        "栏目1标题\n当前位置： 当前位置\n标题\n2012-12-12 来源：来源 作者：来源\n66\n分享\n打印\n"
        + "内容" * 40
        + "\n"
    )
    record = _txt(tmp_path, "content.txt", text)
    assert _counted(record) == "other"
    assert any(r.startswith("这是模板：") for r in record.classification.reasons)


# Round 118: a blank sign-in sheet (heldout14's r893 会议签到表.docx, heldout21's r1129
# 培训签到表.xlsx: column names, numbered rows, no name signed)
def _sign_in(tmp_path: Path, name: str, signed: bool) -> FileRecord:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["县扶贫开发领导小组会议签到表"])
    sheet.append(["会议时间：", "", "会议地点：", ""])
    sheet.append(["序号", "姓名", "单位", "职务", "签名"])
    for n in range(1, 11):
        sheet.append([n, "王建国" if signed else "", "县扶贫办" if signed else "", "", ""])
    path = tmp_path / "项目组" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return analyze_file(FileEntry(f"项目组/{name}", "项目组", str(path)), RULES)


def test_a_blank_sign_in_sheet_is_not_counted(tmp_path: Path) -> None:
    # before: meeting material at 100%: a template said people had signed in
    record = _sign_in(tmp_path, "签到表.xlsx", signed=False)
    assert _counted(record) == "other"
    assert any(
        r.startswith("这是空白表格：姓名、单位、职务、签名等栏都没有填写")
        for r in record.classification.reasons
    )


def test_a_signed_sign_in_sheet_is_counted(tmp_path: Path) -> None:
    # guard: names signed in, the sheet proves who came
    record = _sign_in(tmp_path, "签到表.xlsx", signed=True)
    assert _counted(record) == "meeting_material"
