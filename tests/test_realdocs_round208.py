"""Rounds of session 33 (bench/corpus/rounds.md). The reproduced county pages' lines
(bench/corpus/reproduced) are given as their files hold them; the corpus id is given."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted, docx_lines

# Round 208: the 落款 of a forum thread's copy (its bars kept, one space before the date,
# or run on after the last sentence), a year written 二 0 一九, and a subtitle's occasion
# in brackets or without its dashes

_NOTICE_BODY = [
    "关于合浦县2023年端午节龙舟赛活动期间对辖区部分道路实施临时交通管制的通告",
    "合浦县2023年端午节龙舟赛定于2023年6月22日在我县廉州镇西门江上新桥至还珠桥段河面举行。",
    "一、管制时间：2023年6月22日上午7时30分至12时。",
    "请观赛群众听从现场执勤民警和工作人员指挥，并自觉遵照执行。",
    "特此通告。",
]


def test_p1061_a_forum_copys_signature_with_its_empty_cell(tmp_path: Path) -> None:
    # pages37's p1061: one space between the 署名 and its date, a bar after: undated before
    lines = [*_NOTICE_BODY, "合浦县公安局交通管理大队 2023年6月16日 |"]
    record = docx_lines(tmp_path, "龙舟赛交通管制通告.docx", lines)
    assert (str(record.date), record.date_source) == ("2023-06-16", "signature")


def test_p2412_a_signature_over_the_threads_bar_lines(tmp_path: Path) -> None:
    # pages96's p2412: the 落款 on one line, "|" lines under it: undated before
    lines = [
        "致全体居民的一封公开信",
        "全体居民朋友们：",
        "凡举报上述两种行为且经调查属实的，每次给予 200 元奖励。守护家园，你我有责。",
        "平昌县人民政府同州街道办事处 2020 年 2 月 24 日",
        "|",
        "|",
    ]
    record = docx_lines(tmp_path, "公开信.docx", lines)
    assert (str(record.date), record.date_source) == ("2020-02-24", "signature")


def test_p2032_a_date_run_on_after_the_last_sentence(tmp_path: Path) -> None:
    # pages77's p2032: the body's paragraph closes on its 落款 date, the 署名 lost
    lines = [
        "中共泰州市委泰州市人民政府关于征集2022年度市区改善民生实事项目的通告",
        "为践行以人民为中心的发展思想，市委、市政府决定2022年继续开展为民办实事工作。"
        "征集时间为9月29日至10月15日，并留下姓名和联系电话，以便联系。 2021年9月29日",
        "|",
    ]
    record = docx_lines(tmp_path, "通告.docx", lines)
    assert (str(record.date), record.date_source) == ("2021-09-29", "signature")


def test_a_link_before_the_last_date_is_no_signature(tmp_path: Path) -> None:
    # pages33's p939: an e-paper's "--> 2018-04-2" closing the page: its cover date stays
    lines = [
        "花垣代表团赴济南槐荫区学习考察",
        "2018 年 04 月 25 日",
        "4月2日，花垣县党政代表团赴济南市槐荫区学习考察，双方就精准协作机制深入交流。",
        "七绣坊苗服饰文化公司负责人说，得到帮扶后，苗绣旗舰店已正式营业。",
        "--> 2018-04-2",
    ]
    record = docx_lines(tmp_path, "花垣.docx", lines)
    assert (str(record.date), record.date_source) == ("2018-04-25", "cover")


def test_a_date_inside_the_last_sentence_is_no_signature(tmp_path: Path) -> None:
    lines = [
        "关于做好春节期间安全生产工作的通知",
        "各乡镇人民政府：",
        "请各单位高度重视，认真组织开展隐患排查，整改结果于2021年9月29日",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert record.date is None


def test_p970_a_year_typed_with_spaces_and_a_zero(tmp_path: Path) -> None:
    # pages34's p970: "二 0 一九年一月八日" under the 署名 (the posting day before)
    lines = [
        "关于提请审议长春汽车经济技术开发区调整区划增设安庆、富民街道办事处的议案",
        "发布时间：2019-01-09 14:21 来源：",
        "区政协常委会：",
        "此事已经区委常委会议研究同意。现提请区政协常委会审议。",
        "绿园区人民政府",
        "二 0 一九年一月八日",
    ]
    record = docx_lines(tmp_path, "议案.docx", lines)
    assert (str(record.date), record.date_source) == ("2019-01-08", "signature")


def test_p292_a_bracketed_occasion_under_the_headline(tmp_path: Path) -> None:
    # pages11's p292: a report delivered to a township congress, dated by its posting day before
    lines = [
        "土官镇人民政府关于土官镇第二届人民代表大会第四次会议代表议案，建议、批评和意见办理情况的报告",
        "日期：2024年01月26日 作者： 来源： 点击：[]",
        "（2024年1月24日在土官镇第二届人民代表大会第六次会议上）",
        "镇长 李国栋",
        "各位代表：",
        "镇政府把办理工作摆上重要位置。截至2023年12月31日，建议全部在规定时限内书面答复代表。",
    ]
    record = docx_lines(tmp_path, "办理情况的报告.docx", lines)
    assert (str(record.date), record.date_source) == ("2024-01-24", "title")


def test_p2088_an_occasion_without_dashes_wrapped_over_two_lines(tmp_path: Path) -> None:
    # pages80's p2088: "2020 年 6 月 29 日在阿拉善左旗" / "第十五届人民代表大会第三次会议上"
    lines = [
        "（内蒙古）2020年阿拉善左旗人民政府工作报告（全文）",
        "发布时间：2022-08-06 22:09 责任编辑：www",
        "2020 年 6 月 29 日在阿拉善左旗",
        "第十五届人民代表大会第三次会议上",
        "各位代表：",
        "现在，我代表旗人民政府向大会报告工作，请予审议。",
    ]
    record = docx_lines(tmp_path, "政府工作报告.docx", lines)
    assert (str(record.date), record.date_source) == ("2020-06-29", "title")


def test_a_first_sentence_at_a_meeting_is_no_occasion(tmp_path: Path) -> None:
    # without dashes or brackets, "…会议上，" going on is the body's sentence
    lines = [
        "我县部署脱贫攻坚工作",
        "2019年3月5日在县委常委会议上，县委书记就脱贫攻坚工作作出部署。",
        "会议要求，各乡镇要压实责任。",
    ]
    record = docx_lines(tmp_path, "部署.docx", lines)
    assert record.date is None


# Round 209: a disclosure page's fields labelled in square brackets ([ 索引号 ] …), a trail
# going on over two lines, and a 发文字号's year and serial wrapped onto a line of their own

_NANCHUAN = [
    "您当前的位置：首页>政务公开>法定主动公开内容>应急管理>应急预案",
    "[ 索引号 ]11500384008682034F/2021-00035 [ 发文字号 ]南川府办发",
    "〔2018〕55 号 [ 发布机构 ]南川区政府办公室 [ 主题分类 ]应急管理 [ 成文日期",
    "]2018-06-11 [ 发布日期 ]2021-02-27 [ 体裁分类 ]预案",
    "重庆市南川区人民政府办公室关于印发重庆市南川区空气重污",
    "染天气应急预案的通知",
    "各乡镇人民政府、街道办事处，区政府各部门，有关单位：",
    "经区政府同意，现将《重庆市南川区空气重污染天气应急预案》印发给你们，请认真执行。",
    "重庆市南川区人民政府办公室",
    "2018 年 6 月 11 日",
    "（此件公开发布）",
    "重庆市南川区空气重污染天气应急预案",
    "1 总则",
    "1.1 编制目的",
    "规范本区空气重污染天气应对工作，提升预测预警和应急处置能力，减轻污染危害。",
    "1.4 工作原则",
    "坚持以人为本、预防为主，统一领导、属地管理，加强预警、分级响应。",
]


def test_p1357_fields_in_square_brackets_over_the_headline(tmp_path: Path) -> None:
    # pages47's p1357: a line of the fields ("]2018-06-11 [ 发布日期 ]…预案") was joined to
    # the headline, and the plan was not counted (45%)
    record = docx_lines(tmp_path, "应急预案.docx", _NANCHUAN)
    assert record.doc.title == (
        "重庆市南川区人民政府办公室关于印发重庆市南川区空气重污染天气应急预案的通知"
    )
    assert counted(record) == "plan"


def test_p1738_fields_one_to_a_line_and_a_trail_over_two_lines(tmp_path: Path) -> None:
    # pages62's p1738: "履职依据>政策文件" (the trail going on) was the title, the plan other
    lines = [
        "您当前所在位置：首页>丰都县江池镇人民政府>政务公开>法定主动公开内容>",
        "履职依据>政策文件",
        "[ 索引号 ] 11500230008686350N/2023-00883 [ 发文字号 ] 江池府发",
        "〔2022〕82 号",
        "[ 主题分类 ] 民政、乡村振兴、救灾 [ 体裁分类 ] 公文",
        "[ 发布机构 ] 丰都县江池镇人民政府",
        "[ 成文日期 ] 2022-08-21 [ 发布日期 ] 2022-08-29",
        "[ 索引号 ] 11500230008686350N/2023-00883",
        "[ 发文字号 ] 江池府发〔2022〕82 号",
        "[ 主题分类 ] 民政、乡村振兴、救灾",
        "[ 体裁分类 ] 公文",
        "[ 发布机构 ] 丰都县江池镇人民政府",
        "[ 有效性 ]",
        "[ 成文日期 ] 2022-08-21",
        "[ 发布日期 ] 2022-08-29",
        "丰都县江池镇人民政府关于印发《江池镇森林防灭火管控方",
        "案》的通知",
        "各村（居）委，镇级各部门：",
        "《江池镇森林防灭火管控方案》已经镇政府领导同意，现印发给你们，请认真贯彻实施。",
        "丰都县江池镇人民政府",
        "2022 年 8 月 21 日",
        "江池镇森林防灭火管控方案",
        "为保障江池镇森林安全，结合我镇实际，特制定本方案。",
        "一、加大宣传力度",
        "二、落实管控措施",
    ]
    record = docx_lines(tmp_path, "管控方案.docx", lines)
    assert record.doc.title == "丰都县江池镇人民政府关于印发《江池镇森林防灭火管控方案》的通知"
    assert counted(record) == "plan"


def test_p2274_a_trail_under_its_label_alone(tmp_path: Path) -> None:
    # pages89's p2274: ">> 政府信息公开 >> 工作信息 >> 通知公告" (ending in 公告) was the title
    lines = [
        "嵊州市人民政府",
        "您当前的位置：",
        ">> 政府信息公开 >> 工作信息 >> 通知公告",
        "索 引 号： 11330683002585284X/2023-77218 主题分类： 其他-",
        "发布机构： 剡湖街道 公开日期： 2023-07-31 11:00:33",
        "剡湖街道防汛防台抗旱应急预案",
        "发布日期：2023-07-31 11:00",
        "第一部分",
        "一、编制目的",
        "为规范洪涝台旱灾害的防范和应急处置，保证防汛防台抗旱应急工作依法、科学、有序开展。",
        "二、编制依据",
        "依据《中华人民共和国突发事件应对法》，结合街道实际，制定本预案。",
    ]
    record = docx_lines(tmp_path, "应急预案.docx", lines)
    assert record.doc.title == "剡湖街道防汛防台抗旱应急预案"
    assert counted(record) == "plan"


def test_a_headline_under_a_trail_left_open_is_the_pages(tmp_path: Path) -> None:
    # pages73's p1958: "当前位置: 主页 > 全媒体即时报 >" over the headline (no step mark in it)
    lines = [
        "欢迎光临睢宁新闻网！",
        "当前位置: 主页 > 全媒体即时报 >",
        "凌城镇为各村（社区）发放垃圾桶助力环境卫生整治",
        "时间:2020-05-01 14:22来源:未知 作者:睢宁新闻网 点击:",
        "5月1日上午，镇人居办工作人员向25个村（社区）发放分类垃圾桶共1496个。",
    ]
    record = docx_lines(tmp_path, "垃圾桶.docx", lines)
    assert record.doc.title == "凌城镇为各村（社区）发放垃圾桶助力环境卫生整治"


def test_a_bracketed_column_before_a_headline_is_no_field(tmp_path: Path) -> None:
    # one label in square brackets opening the first line, no field above: the headline's
    # column ("[视频]…"), not a disclosure page's field
    lines = [
        "[视频]古井镇召开人大主席团会议研究部署人大工作",
        "发布时间：2021-03-02 10:00 来源：古井镇",
        "3月1日，古井镇召开人大主席团会议，研究部署2021年人大工作。",
    ]
    record = docx_lines(tmp_path, "人大.docx", lines)
    assert record.doc.title == "古井镇召开人大主席团会议研究部署人大工作"


def test_p460_bracketed_fields_under_a_line_that_could_head_the_page(tmp_path: Path) -> None:
    # pages17's p460: with the site's bar above them, the fields were taken for a form's
    # (the body begun), and the headline under them for a subheading
    lines = [
        "中国政府网 | 重庆市人民政府网 无障碍 | 关怀版 | 登录 | 注册",
        "您当前的位置：首页>政务公开>法定主动公开内容>重要领域信息公开",
        "[ 索引号 ] 11500000009278260U/2019-00129 [ 发文字号 ]",
        "[ 主题分类 ] 其他 [ 体裁分类 ] 其他",
        "[ 发布机构 ] 市扶贫办",
        "[ 成文日期 ] 2019-02-21 [ 发布日期 ] 2019-02-21",
        "重庆市扶贫开发领导小组关于印发《2019年全市脱贫攻坚工作要点》的通知",
        "渝扶组发〔2019〕1号",
        "有关区县（自治县）扶贫开发领导小组，市扶贫开发领导小组成员单位：",
        "《2019年全市脱贫攻坚工作要点》现印发你们，请结合实际抓好贯彻落实。",
        "重庆市扶贫开发领导小组",
        "2019年2月21日",
    ]
    record = docx_lines(tmp_path, "工作要点.docx", lines)
    assert record.doc.title == "重庆市扶贫开发领导小组关于印发《2019年全市脱贫攻坚工作要点》的通知"


# Round 210: a document's 印发 date comes before the day a page posted it


def test_p2647_the_issue_date_before_the_posting_day(tmp_path: Path) -> None:
    # pages108's p2647: "嵩县人民政府办公室" / "2017年10月30日印发" closing a notice posted
    # on 2017-11-15: it was dated by the posting day
    lines = [
        "嵩县人民政府办公室关于对全县重点火险区实施封山戒严的通知",
        "2017-11-15 11:40",
        "嵩政办〔2017〕84号",
        "各乡人民政府，县人民政府有关部门，各有关单位：",
        "为保障我县森林资源安全，经研究，决定对全县重点火险区实行封山戒严。",
        "因措施不力引发森林火灾的，从严追究有关单位和人员的责任。",
        "附件",
        "嵩县重点火险区一览表",
        "嵩县人民政府办公室",
        "2017年10月30日印发",
    ]
    record = docx_lines(tmp_path, "封山戒严.docx", lines)
    assert (str(record.date), record.date_source) == ("2017-10-30", "issue")


def test_a_record_of_a_meeting_keeps_its_dates_order(tmp_path: Path) -> None:
    # a 纪要 posted on a page, its meeting named: dated by the meeting as before (its
    # 印发 date jumps ahead of the posting day only where no meeting is named)
    lines = [
        "县政府第12次常务会议纪要",
        "发布时间：2019-06-20 09:30 来源：县政府办",
        "2019年6月14日，县长主持召开县政府第12次常务会议，研究脱贫攻坚等事项。",
        "会议议定：各乡镇要压实责任，确保按期完成脱贫任务。",
        "县人民政府办公室",
        "2019年6月16日印发",
    ]
    record = docx_lines(tmp_path, "常务会议纪要.docx", lines)
    assert (str(record.date), record.date_source) == ("2019-06-14", "meeting")


# Round 211: labels of a page's dates (本期出版日期, 撰写时间, a bulleted 发文日期 over its
# value), a newspaper's issue and page under an article


def test_p248_an_e_papers_issue_date_label(tmp_path: Path) -> None:
    # pages9's p248: "本期出版日期：2021-08-19" in an e-paper's bar: undated before
    lines = [
        "第 2907 期：第 01 版 本期出版日期：2021-08-19",
        "我市共募集善款 5653 万元助力防汛救灾",
        "本报讯 8 月 18 日，记者从市民政局、市慈善总会获悉，全市共募集善款5653万元。",
    ]
    record = docx_lines(tmp_path, "善款.docx", lines)
    assert (str(record.date), record.date_source) == ("2021-08-19", "published")


def test_p1874_a_written_time_label_over_its_value(tmp_path: Path) -> None:
    # pages69's p1874: "撰写时间" alone over "2023 年 01 月 31 日 09:49:00": undated before
    lines = [
        "竹山县民政局 2022 年政府信息公开工作报告",
        "撰写时间",
        "2023 年 01 月 31 日 09:49:00",
        "来源",
        "竹山县民政局",
        "依据《中华人民共和国政府信息公开条例》，现公布2022年度政府信息公开工作报告。",
    ]
    record = docx_lines(tmp_path, "年度报告.docx", lines)
    assert (str(record.date), record.date_source) == ("2023-01-31", "signature")


def test_p44_a_bulleted_issue_date_label_over_its_value(tmp_path: Path) -> None:
    # pages2's p44: "• 发文日期:" over "2024年04月06日 16:40": undated before
    lines = [
        "镇巴县人民政府工作规则",
        "• 索引号:",
        "6107280000/2024-001005",
        "• 发文字号:",
        "镇政发〔2024〕7号",
        "• 发文日期:",
        "2024年04月06日 16:40",
        "• 有效性:",
        "• 发布日期:",
        "2024年04月06日 16:34",
        "• 内容概述:",
        "镇巴县人民政府工作规则",
        "第一章 总则",
        "第一条 为规范县政府工作，提高行政效能，制定本规则。",
    ]
    record = docx_lines(tmp_path, "工作规则.docx", lines)
    assert (str(record.date), record.date_source) == ("2024-04-06", "signature")


def test_p1922_a_newspapers_issue_and_page(tmp_path: Path) -> None:
    # pages71's p1922: "《工人日报》（2023年12月29日 06版）" under the headline: undated before
    lines = [
        "加强动态监测巩固脱贫成果",
        "《工人日报》（2023年12月29日 06版）",
        "本报讯（通讯员孙伟 刘亚琦）莘县对脱贫群众生产生活中的困难及时反馈，并公开工作进度。",
    ]
    record = docx_lines(tmp_path, "动态监测.docx", lines)
    assert (str(record.date), record.date_source) == ("2023-12-29", "published")


def test_a_paper_cited_deep_in_the_body_dates_nothing(tmp_path: Path) -> None:
    lines = [
        "关于学习宣传脱贫攻坚先进典型的通知",
        "各乡镇人民政府：",
        "为深入学习先进典型，现将有关事项通知如下。",
        "一、学习内容",
        "认真学习先进典型事迹，结合本单位实际抓好落实。",
        "二、学习要求",
        "各单位要组织干部职工认真学习，确保学习取得实效。",
        "三、学习材料",
        "各单位可参阅相关报道，据《人民日报》（2019年3月5日 04版）报道的先进事迹组织讨论。",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert record.date is None


# Round 212: a site's search form over the page's headline


def test_p2629_a_search_forms_labels_are_no_headline(tmp_path: Path) -> None:
    # pages107's p2629: "搜索位置：" was taken for a heading (its colon dropped), and the
    # statement was left undated
    lines = [
        "简体 繁体 无障碍浏览 长者模式 政务新媒体 加入收藏 登录 注册",
        "政府信息公开",
        "搜索位置：",
        "匹配度：",
        "排序：",
        "麦积区中滩镇人民政府 关于 2022 年部门决算公开情况的说明",
        "时间：2023-08-29 点击： 【字体： 【下载 Word】 【下载 PDF】",
        "• 索引号： ztz/2023-00006",
        "• 主题分类： 麦积区",
        "目录",
        "第一部分 部门概况",
        "一、部门职责",
        "中滩镇人民政府负责全镇经济社会发展的统筹协调和组织实施。",
    ]
    record = docx_lines(tmp_path, "部门决算.docx", lines)
    assert record.doc.title == "麦积区中滩镇人民政府关于2022年部门决算公开情况的说明"
    assert (str(record.date), record.date_source) == ("2023-08-29", "published")


# Round 213: a disclosure page's rows of fields in cells, one field alone on the last row;
# a trail copied as a numbered list


def test_p634_a_row_of_one_field_under_rows_of_fields(tmp_path: Path) -> None:
    # pages23's p634: "发布机构：\t衢州市审计局" ended the head as a table's row, the
    # headline under it was never read, and the report was other
    lines = [
        "索引号：\t11330800002618269G/2019-103308\t成文日期：\t2019-11-26",
        "公开方式：\t主动公开\t组配分类：\t本级预算执行和其他财政收支审计工作报告",
        "发布机构：\t衢州市审计局",
        "关于2018年度市级预算执行",
        "和其他财政收支的审计工作报告",
        "衢州市审计局局长 刘石平",
        "主任、各位副主任、秘书长，各位委员：",
        "受市政府委托，我向会议报告2018年度市级预算执行和其他财政收支的审计情况，请审议。",
        "2018年7月至2019年6月，全市审计系统完成审计和审计调查项目108个，审计建议被采纳131条。",
        "审计结果表明，市级各部门主动应对新形势，经济运行稳中有进、持续向好。",
    ]
    record = docx_lines(tmp_path, "审计工作报告.docx", lines)
    assert record.doc.title == "关于2018年度市级预算执行和其他财政收支的审计工作报告"
    assert counted(record) == "report"


def test_p523_a_trail_copied_as_a_numbered_list(tmp_path: Path) -> None:
    # pages19's p523: "1. 当前位置：" was read as a section heading, and the report was other
    lines = [
        "1. 当前位置：",
        "2. 首页 > 政务公开 > 乌恰县人民政府 > 政府工作报告",
        "3. > 正文",
        "2022 年乌恰县政府工作报告",
        "索 引 号 K45899617/2023-00501 主题分类",
        "发布机构 乌恰县人民政府 发布日期 2023-01-31 18:42",
        "（2023 年 1 月 10 日在乌恰县第十七届人民代表大会第三次会议上",
        "县长 木塔力甫·塞衣皮",
        "各位代表：",
        "现在，我代表乌恰县人民政府向大会报告工作，请各位代表审议。",
        "一、2022 年工作回顾",
        "2022 年，县政府团结带领各族干部群众，经济保持有序发展，社会大局持续稳定。",
    ]
    record = docx_lines(tmp_path, "政府工作报告.docx", lines)
    assert record.doc.title == "2022年乌恰县政府工作报告"
    assert counted(record) == "report"


# Round 214: a page's furniture and fields as items of a list ("- 设为首页", "• 客户端下载",
# "- 生效日期："); a 公告 numbered without 第 is no news (ruleset)


def test_p211_the_sites_tools_as_a_list_over_the_fields(tmp_path: Path) -> None:
    # pages8's p211: "- 设为首页" was the title and the 责任分解 notice was other
    lines = [
        "- 设为首页",
        "- 加入收藏",
        "- 无障碍阅读",
        "- 长者版",
        "名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知",
        "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室",
        "文 号: 文件分类: 综合政务 所属机构:",
        "区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知",
        "区人民政府办公室",
        "关于印发2020年区政府重点工作责任分解的",
        "通 知",
        "各新区、区政府各部门、各市级垂管单位：",
        "《2020年区政府重点工作责任分解》经区政府研究同意，现印发给你们，请抓好贯彻落实。",
        "2020年6月28日",
        "2020年区政府重点工作责任分解",
        "一、全力统筹疫情防控和经济社会发展",
        "1.地区生产总值增长目标。责任单位：区发改局。",
    ]
    record = docx_lines(tmp_path, "责任分解.docx", lines)
    assert record.doc.title == "区人民政府办公室关于印发2020年区政府重点工作责任分解的通知"
    assert counted(record) == "work_division"


def test_p2271_a_list_of_fields_some_left_empty(tmp_path: Path) -> None:
    # pages89's p2271: "- 生效日期：" (a field left empty) was taken for the 主送机关, ending
    # the head over the fields: "- 索引号：…" was the title
    lines = [
        "- 索引号：SY300202200014",
        "- 主题分类：其他\\其他",
        "- 发文机关：上海市闵行区人民政府古美路街道办事处",
        "- 成文日期：2022-05-29",
        "- 发文字号：闵古办〔2022〕10号",
        "- 发布日期：2022-05-31",
        "- 生效日期：",
        "- 失效日期：",
        "闵行区古美路街道办事处文件",
        "闵古办〔2022〕10号",
        "关于印发《古美路街道防汛防台专项应急预案》（2022年版）的通知",
        "机关各部门、各企事业单位及各居民区：",
        "街道防汛指挥部修订了《古美路街道防汛防台专项应急预案》，现印发给你们。",
        "闵行区古美路街道办事处 2022年5月29日",
    ]
    record = docx_lines(tmp_path, "应急预案.docx", lines)
    assert record.doc.title == "关于印发《古美路街道防汛防台专项应急预案》（2022年版）的通知"


def test_p906_a_numbered_announcement_on_a_tv_stations_site(tmp_path: Path) -> None:
    # pages32's p906: with "• 客户端下载" no longer joined to the headline, the station's
    # name over it and the 来源 line made it news; a 公告(5号) is no news
    lines = [
        "东丰广播电视台",
        "  • 客户端下载",
        "辽源市加强新型冠状病毒肺炎疫情防控工作公告(5号)",
        "时间:2020-02-19 19:11:05 来源:辽源市新型冠状病毒肺炎疫情防控工作领导小组办公室",
        "分享到:",
        "依据中央和省委省政府对当前疫情形势的研判,按照[2020]第四次省委常委扩大会议暨吉林省"
        "新冠肺炎疫情防控工作领导小组第13次会议的要求,结合全市防控实际,现将有关事项公告如下:",
        "即日起,省内现有的市、县(区)、乡(镇)、村公路防疫检测站(点)一律撤除(火车站防疫检测站"
        "照常运行);省界检测站继续保留,对外来车辆和人员照旧测温、排查、登记。",
        "城乡居民要严格遵守防控规定,切不可麻痹大意,增强自我防护意识,保护自己和他人健康。 ",
        "辽源市新型冠状病毒肺炎疫情",
        "防控工作领导小组办公室",
        "2020年2月19日",
        "热门评论",
    ]
    record = docx_lines(tmp_path, "新建 Microsoft Word 文档.docx", lines)
    assert record.doc.title == "辽源市加强新型冠状病毒肺炎疫情防控工作公告(5号)"
    assert counted(record) == "other"


# Round 215: a reporter's name in brackets closing a news item (ruleset)


def test_p2115_a_reporters_name_in_brackets_closes_the_item(tmp_path: Path) -> None:
    # pages81's p2115: nothing else of news on the page: other before
    lines = [
        "利辛县永兴镇禁烧秸秆保护环境",
        "• 作者:",
        "• 中部新闻网",
        "夏收即将来临，利辛县永兴镇全面启动秸秆禁烧工作，力求从源头上遏制焚烧秸秆现象，守护蓝天净土。",
        "该镇开展多种形式的宣传，向农户讲解秸秆禁烧的重要意义和秸秆综合利用知识，"
        "努力让“禁烧秸秆，保护环境”成为农民的自觉行动。 (吕阔阔)",
    ]
    record = docx_lines(tmp_path, "禁烧秸秆.docx", lines)
    assert counted(record) == "news"


def test_a_stamp_in_brackets_closing_a_certificate_is_no_byline(tmp_path: Path) -> None:
    lines = [
        "证明",
        "兹证明我村村民自愿加入本村产业合作社，参与合作社生产经营。",
        "特此证明。（盖章）",
    ]
    record = docx_lines(tmp_path, "证明.docx", lines)
    assert counted(record) != "news"


# Round 216: a photograph's credit (…司伟  苏长霞 摄) in a news item (ruleset)


def test_p1916_a_photo_credit_under_the_caption(tmp_path: Path) -> None:
    # pages71's p1916: an e-paper's photo item, other before
    lines = [
        "“扶贫车间”助脱贫",
        "近年来，江苏省连云港市赣榆区在推进精准脱贫中，积极引进企业落户，建成“扶贫车间”近百家，"
        "带动6000余名农村贫困群众就业增收。图为赣榆区城头镇工业园区一家纺织企业“扶贫车间”里，"
        "一名女工正在工作。",
        "司伟  苏长霞 摄",
    ]
    record = docx_lines(tmp_path, "扶贫车间.docx", lines)
    assert counted(record) == "news"


def test_filming_as_a_plans_heading_is_no_photo_credit(tmp_path: Path) -> None:
    lines = [
        "乡村振兴主题宣传",
        "一、宣传内容",
        "围绕产业发展、乡村建设等内容组织宣传。",
        "视频拍摄",
        "由县委宣传部负责。",
    ]
    record = docx_lines(tmp_path, "宣传.docx", lines)
    assert counted(record) != "news"


# Round 217: a visit told as news (…一行到…, 应邀参加, 先后参观) (ruleset)


def test_p2633_an_open_day_told_as_news(tmp_path: Path) -> None:
    # pages107's p2633 (blind miss): the day comes after a long clause of purpose, so the
    # lead's patterns read only its posting line: other at 2.5 before
    lines = [
        "欢迎访问临沭县人民政府门户网站",
        "当前位置： 首页>>互动>>政府开放日>>正文",
        "临沭县郑山街道2022年一季度政府开放日活动",
        "来源：  发布时间：2022-02-23  点击：",
        "为切实推进阳光、透明、开放、服务型政府建设，畅通回应关切、政民互动和意见征集渠道，"
        "增进社会公众对政府工作的理解和支持，2月21日上午，郑山街道办事处举办“政府开放日”活动。"
        "活动由街道办副书记张磊主持，部分人大代表、政协委员和群众代表应邀参加。",
        "代表们先后参观了街道便民服务大厅和徐埠前美丽乡村，听取了各中心的情况介绍。",
        "下一步，郑山街道办事处将进一步聚焦民生、精准发力，持续提高机关行政效能。",
    ]
    record = docx_lines(tmp_path, "郑山街道2022年一季度政府开放日活动.docx", lines)
    assert counted(record) == "news"


# Round 218: an e-paper's date bar; a posting day that lost its 日 before the time


def test_p92_an_e_papers_date_bar_over_its_name(tmp_path: Path) -> None:
    # pages4's p92: ">2023年8月12星期六" over "秀山电子报": undated before
    lines = [
        ">2023年8月12星期六",
        "秀山电子报",
        "放大 缩小 默认",
        "宋农镇捐赠物资助力平原县抗震救灾",
        "物资捐赠现场",
        "8月6日，山东省德州市平原县发生5.5级地震，宋农镇第一时间组织捐赠物资驰援平原县。",
    ]
    record = docx_lines(tmp_path, "宋农镇.docx", lines)
    assert (str(record.date), record.date_source) == ("2023-08-12", "published")


def test_a_sites_bar_of_todays_date_dates_nothing(tmp_path: Path) -> None:
    # the same bar on a site that is no paper: the day it was browsed, not the item's
    lines = [
        ">2023年8月12星期六",
        "秀山县人民政府网",
        "宋农镇捐赠物资助力平原县抗震救灾",
        "8月6日，山东省德州市平原县发生5.5级地震，宋农镇第一时间组织捐赠物资驰援平原县。",
    ]
    record = docx_lines(tmp_path, "宋农镇.docx", lines)
    assert record.date is None


def test_p1928_a_posting_day_without_its_ri_before_the_time(tmp_path: Path) -> None:
    # pages72's p1928: "2014 年 07 月 10 08:50:50 来源：民权网": undated before
    lines = [
        "胡集乡五到位强化防汛工作",
        "2014 年 07 月 10 08:50:50 来源：民权网",
        "汛期已经到来，胡集乡持续完善应急预案，全面部署、落实防汛各项工作。",
    ]
    record = docx_lines(tmp_path, "防汛.docx", lines)
    assert (str(record.date), record.date_source) == ("2014-07-10", "published")


# Round 219: a disclosure page's fields left empty (主题分类：, 内容概述：) end no head


def test_p1200_an_empty_subject_field_is_no_addressee(tmp_path: Path) -> None:
    # pages42's p1200: "主题分类：" alone was taken for the 主送机关, ending the head over the
    # headline: no title, and the plan it issues was other
    lines = [
        "索引号： 11152101011603325K/2019-00186 组配分类： 政府文件",
        "发布机构： 海拉尔区人民政府办公室 生成日期： 2019-02-27",
        "发布文号： 海政字〔2019〕38号 关键词：",
        "主题分类：",
        "信息来源： 海拉尔区人民政府办公室 发布人：",
        "信息名称： 关于印发《2019年海拉尔区非洲猪瘟疫情 应急实施方案》的通知",
        "内容概述：",
        "关于印发《2019年海拉尔区非洲猪瘟疫情 应急实施方案》的通知",
        "各有关单位：",
        "《2019年海拉尔区非洲猪瘟疫情应急实施方案》现印发你们，请认真执行。",
        "呼伦贝尔市海拉尔区人民政府",
        "2019年2月27日",
        "2019年海拉尔区非洲猪瘟疫情应急实施方案",
        "一、总则",
        "（一）目的",
        "为及早防范、控制和扑灭非洲猪瘟疫情，制定本实施方案。",
        "（二）工作原则",
        "海区政府统一领导、指挥辖区非洲猪瘟疫情应急处理，负责扑灭本区疫情。",
    ]
    record = docx_lines(tmp_path, "通知.docx", lines)
    assert record.doc.title == "关于印发《2019年海拉尔区非洲猪瘟疫情应急实施方案》的通知"
    assert counted(record) == "plan"


# Round 220: a page's trail or field is no 发文机关 (what explain and the JSON report name)


def test_p1738_a_trails_step_ending_in_wenjian_is_no_issuer(tmp_path: Path) -> None:
    # pages62's p1738: "履职依据>政策文件" was read as a red head's XX文件, the 发文机关
    # "履职依据>政策" in explain and in the report's doc.issuer
    lines = [
        "您当前所在位置：首页>丰都县江池镇人民政府>政务公开>法定主动公开内容>",
        "履职依据>政策文件",
        "[ 索引号 ] 11500230008686350N/2023-00883 [ 发文字号 ] 江池府发",
        "〔2022〕82 号",
        "[ 发布机构 ] 丰都县江池镇人民政府",
        "[ 成文日期 ] 2022-08-21 [ 发布日期 ] 2022-08-29",
        "[ 有效性 ]",
        "丰都县江池镇人民政府关于印发《江池镇森林防灭火管控方",
        "案》的通知",
        "各村（居）委，镇级各部门：",
        "《江池镇森林防灭火管控方案》已经镇政府领导同意，现印发给你们，请认真贯彻实施。",
        "丰都县江池镇人民政府",
        "2022 年 8 月 21 日",
    ]
    record = docx_lines(tmp_path, "管控方案.docx", lines)
    assert record.doc.issuer == "丰都县江池镇人民政府"
    # the page's bracketed fields are none of the 版头's parts (no 刊头, no OA header)
    head = {p.part for p in record.doc.parts if p.line < 7}
    assert head.isdisjoint({"masthead", "oa_header", "issuer_mark"})
