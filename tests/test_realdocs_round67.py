"""The patterns worked on in round 67 and after (bench/corpus/rounds.md), reproduced
faithfully from the documents' real lines. The corpus id is given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r8013 (a student team's minutes, written in English in Markdown)
_R8013 = """# Team 10 - 13th Meeting

## Information

**Time:** 2020.11.12 10:00~10:30

**Location:** PMB 449

**Chairperson:** Ruizi Han

**Secretary:** Yijie Lu, Yuting Jiang

## Agenda

*The whole meeting is expected to take 30 minutes.*

1. Report the result of questionnaire (About 5 minutes)
"""


def test_r8013_an_english_time_label_over_the_location_is_the_meeting_day(
    tmp_path: Path,
) -> None:
    # round 67: undated before (the date reader knew only Chinese labels: 时间, 地点)
    record = _txt(tmp_path, "13_1112_T_HRZJYTLYJ_A.md", _R8013)
    assert _dated(record) == ("2020-11-12", "meeting")


def test_an_english_date_label_closing_a_letter_dates_it_as_signed(tmp_path: Path) -> None:
    record = _txt(
        tmp_path,
        "letter.txt",
        "关于项目验收的说明\n\n项目已于本月完成全部开发与测试工作，特此说明。\n\n"
        "项目组\nDate: 2021-06-30\n",
    )
    assert _dated(record) == ("2021-06-30", "signature")


def test_a_word_ending_in_date_is_no_label(tmp_path: Path) -> None:
    # "update:" is no "date:" label: the date after it is the text's, as before
    record = _txt(
        tmp_path,
        "notes.txt",
        "周报\n\n本周完成接口联调。\n\nLast update: 2021-06-30 见附件\n",
    )
    assert _dated(record)[1] != "signature"


def test_r8110_a_templates_bar_after_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    # round 68: titled "…会议记录|" before (a Word template's 竖线分隔符 control after the
    # headline), so no 文种 was read from it and the record was not counted
    record = _docx(
        tmp_path,
        "第一次会议记录.docx",
        [
            "UXD2019-G03-第一次会议会议记录   |",
            "会议日期 | 时间   2019年03月14日 | 15：30-15：48",
            "会议地点            理四一楼",
            "会议参与者",
            "郑友璐，吴浩伟，吴子乔，陈栩，陈佳敏",
            "议程主题",
            "（1）上周的任务总结",
            "无",
            "（2）本周的会议总结",
            "开工饭的时间暂定三月份月底",
            "（3）下周的任务分配",
            "思考选题和自主学习ppt的内容",
        ],
    )
    assert record.doc.title == "UXD2019-G03-第一次会议会议记录"
    assert _counted(record) == "minutes"
    assert _dated(record) == ("2019-03-14", "meeting")


# r8120 (a student project team's record of a group meeting, Markdown)
_R8120 = (
    "#" + " " * 50 + "2022第一次组会记录\r\n\r\n> 2022.02.07\r\n\r\n## 一.项目申报方面\r\n\r\n"
    "1.梳理工作核心内容，想要达到的目标\r\n\r\n2.明确技术路线（有待调研与进一步修改）\r\n\r\n"
    "3.撰写申报书初稿不断修改\r\n\r\n## 二.大创工作方面\r\n\r\n### 1.汇报内容\r\n\r\n"
    "主要汇报了对现在框架的解读与部分缺陷。\r\n"
)


def test_r8120_a_centred_heading_of_a_group_meetings_record_titles_and_dates_it(
    tmp_path: Path,
) -> None:
    # round 68: untitled and undated before (the spaces after "#" read as a table's
    # columns; 组会记录 was no 文种; the quoted date under it was the body's)
    record = _txt(tmp_path, "2022第一次组会记录.md", _R8120)
    assert record.doc.title == "2022第一次组会记录"
    assert record.kind == "minutes"
    assert _dated(record) == ("2022-02-07", "meeting")


def test_r8169_a_summary_in_done_problems_next_sections_is_a_report(tmp_path: Path) -> None:
    # round 68: other before (2.7: only its file name said 总结)
    record = _docx(
        tmp_path,
        "工作总结.docx",
        [
            "一、已完成工作",
            "1. 配置Git，学习Git基本指令",
            "以前只使用过Github查找项目，下载也都是直接下载压缩包，因此先在电脑上安装了一下Git。",
            "2. 了解UE4基本概念",
            "3. 学习蓝图，了解蓝图设计游戏的流程方法",
            "4. 进行蓝图项目设计",
            "二、遇到的问题",
            "1. Git无法上传大文件",
            "Git将文件推送到远程时，提示大小不能超过100M；查阅资料后了解到需要使用Git LFS。",
            "三、下阶段安排",
            "1. 继续完善蓝图项目",
            "2. 学习Unreal engine中C++相关的内容",
        ],
    )
    assert _counted(record) == "report"


def test_r8327_a_note_on_holding_a_contest_is_no_report(tmp_path: Path) -> None:
    # round 68: report 77% before (…的说明 as a 情况说明): a false assurance
    record = _docx(
        tmp_path,
        "关于开展“极耀杯”活动赛事的说明.docx",
        [
            "关于开展“极耀杯”活动赛事的说明",
            "{极耀}办[2023 年]W1JY01 号文件",
            "赛事名称：极耀杯摄影赛",
            "一、赛事背景：",
            "极耀杯摄影赛是为了推广摄影艺术、鼓励摄影爱好者展示他们的创意和才华而举办的赛事。",
            "二、赛事主题：",
            "本次赛事的主题是“生活之美”。",
        ],
    )
    assert _counted(record) != "report"


def test_r8367_two_sentences_on_a_line_are_no_headline(tmp_path: Path) -> None:
    # round 69: a standard's scope ("…的要求。它规定了QR码模式2…") was its title, and
    # 模式 in it made a typical case (67%): a false assurance
    record = _txt(
        tmp_path,
        "08162058f6a7.txt",
        "1 范围\n本标准规定了QR码符号的要求。它规定了QR码模式2符号的特征，数据字符编码，符\n"
        "号格式，尺寸特征，纠错规则，参考译码算法，符号质量要求。\n"
        "2 一致性\nQR码符号如果满足QR码模式2或模式1规定的要求，应认作符合本规范。\n",
    )
    assert record.doc.title is None or "。" not in record.doc.title
    assert _counted(record) != "case"


def test_r8372_a_group_meeting_report_named_so_is_minutes(tmp_path: Path) -> None:
    # round 69: other before (English "Group Meeting" was no minutes' word)
    record = _docx(
        tmp_path,
        "Group Meeting Report template(From Group 48) (1).docx",
        [
            "Practical Project - Iteration 1",
            "Group Meeting Report",
            "Notice of Meeting and Agenda",
            "Date\t30th September 2021",
            "Time\t9:30 am",
            "Attendees\tAll members of Group 48",
            "Agenda items: review of the iteration plan; allocation of the user stories.",
        ],
    )
    assert record.kind == "minutes"


def test_r8513_a_browsers_print_stamp_is_no_part_of_the_title(tmp_path: Path) -> None:
    # round 69: titled "2023/09/0614:38关于印发…的通知" before (a web page printed to PDF)
    record = _txt(
        tmp_path,
        "notice.txt",
        "2023/09/06 14:38 关于印发南京市2023～2024学年度校历的通知\n"
        "edu.nanjing.gov.cn/njsjyj/202307/t20230704_3952945.html 1/3\n"
        "关于印发南京市2023～2024学年度校历的通知\n宁教中〔2023〕13号\n"
        "各区教育局、江北新区教育和社会保障局，直属学校（单位）：\n"
        "现将2023～2024学年度校历印发给你们，请遵照执行。\n南京市教育局\n2023年6月28日\n",
    )
    assert record.doc.title == "关于印发南京市2023～2024学年度校历的通知"
