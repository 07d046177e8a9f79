"""Patterns of the parts worked on in round 11 (bench/corpus/rounds.md, heldout26 and
heldout27, scored blind, then seen, and the false assurances left by rounds 8 and 9), each
reproduced faithfully from the document's real lines. The corpus ids are given with each
test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import dated as _dated
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r549 (工作日记.docx): interview-study questions under a day without its year; its first
# three short lines are read as one headline ending in 说明
_R549 = [
    "6月2日",
    "Linux C的问题",
    "堆栈的说明",
    "Const",
    "#error作用",
    "线程和消息传递",
    "套接字函数",
    "共同体",
    "算法：查找、排序，写两个程序出来；实现strcpy",
    "Bit：设置、清零bit3",
    "驱动程序的问题",
    "1、Ioctl的流程",
    "2、tcp/ip协议 dhcp arp",
    "3、中断的种类",
    "4、自旋锁和信号量、互斥的差异",
    "5、uboot给kernel的参数传递，在什么地方？",
    "6、异步通知说明",
    "7、内存，内核和用户内存有什么不同？",
    "8、",
    "Qt的问题",
    "如何编译",
    "宏定义",
    "支持库？",
    "头文件",
    "Qmake makefile",
    "Qt Creator使用",
    "线槽概念",
    "控件",
    "网络编程",
    "Makefile的问题",
    "如何遍历所有的C文件",
    "如何编译.asm文件",
    "如何遍历文件夹",
    "如何连接.a库？",
    "如何加入头文件？",
    "参数：clean ARCH config?",
    "Shell的问题",
    "基本操作：函数，循环控制，条件，变量",
    "正则表达式",
    "Sed",
    "Awk",
    "/proc",
    "版本管理",
    "SVN和Git的差异是什么？",
    "Git的GitHub如何实现？",
    "Windows工具",
    "指令有哪些？下载、上传",
    "如何建立分支？",
    "如何建立标签？",
    "如何回退到指定版本？",
    "如何恢复库上的版本？",
    "要达到什么程度才可以去上班？",
    "C：指针、链表、结构体、共同体、位操作、算法，购买一本专门讲C的书",
    "Linux C：文件、套接字、线程、消息、信号量、互斥。",
    "Makefile：",
    "Shell",
    "Qt：编译；宏定义；支持库；头文件；消息；线槽机制；网络；控件窗口；qmake;UI文件；"
    "Qt Creator；类库关系",
    "C++：继承；虚函数；封装；异常；集合；类库关系",
    "驱动程序：uboot;kernel;buildroot;gcc;gdb",
    "硬件设计：Flash、网络、音频、USB。",
    "Git",
    "VIM指令",
    "英语：阅读。",
]


def test_r549_notes_under_a_headline_ending_in_a_wenzhong_are_not_counted(
    tmp_path: Path,
) -> None:
    # r549: report 80%, counted, by 说明 alone → suggested, not counted (labelled other)
    rec = _docx(tmp_path, "工作日记.docx", _R549)
    assert _counted(rec) == "other"
    assert any("没有成段的叙述" in r for r in rec.classification.reasons)


# r1389 (例会记录.md of a student project): # 技术总结 over a list of technologies, then a
# log written newest first (the first lines of the file)
_R1389 = """# 技术总结
1 工程结构 前端+后端
2 前端
* HTML,JS,CSS
* JQuery
* Ajax
* 百度地图API
* inMap框架
3 后台
* Python Django框架
* 接口设计:航班数据接口,天气数据接口,航线数据接口,城市坐标接口,等
* 数据处理方法:Python json数据处理
* 数据传输方法:Json
@time 2018.12.29
1.1 晚上9:00前
@time 2018.12.23
1. 进度:刘: 延期，姜:正常 张: ,李:
2. 问题
@time 2018.12.18
@author sunLei
> 做什么? ->项目内容 怎么做? ->项目技术 ->项目安排:例会安排,项目计划,
# 项目周期
* 12.18-1.1
1. 16周 18-23
* 12.23 周日21:20: 主题结构
2. 17周 24-1.1
* 12.25 周二21:20: 功能完成
* 12.29 周六21:20: 报告+视频(电子班,纸质版) & 代码优化
* 1.1 周三: 提交项目21:20:
# 项目计划
[WBS]
# 航班数据可视化
* 数据收集,JS
   -航班数据,机场数据:刘 (1)明确数据收集流程，完成相关数据收集实例 (2)航班数据, (3)机场数据
   -天气数据,机票信息:姜 (1)明确数据收集流程，完成相关数据收集实例 (2)天气数据  (3)机票信息
* 平台建立: 孙
* web页面:
   - 显示:李 (1)明确项目结构，明确项目流程，完成相关实例 (2)完成基本显示 (3)数据信息显示
   - 数据处理:张 (1)明确项目结构，明确项目流程，完成相关实例 (2)完成至少一个数据处理 (3)完成全部数据处理
* 数据库拓展
# 可视化功能
* 机场可视化
* 航班可视化
* 信息:天气信息,航空公司，航班信息，机场信息，机票信息
# 进度记录
"""


def test_r1389_a_heading_ending_in_zongjie_over_a_list_is_not_counted(tmp_path: Path) -> None:
    # r1389: report 80%, counted → not counted (labelled minutes)
    rec = _txt(tmp_path, "例会记录.md", _R1389)
    assert _counted(rec) != "report"


# r1382 (实习交接.md): an intern's handover note; its second heading 实习安排与报告 (the
# first lines of the file, as written)
_R1382 = "## 实习交接\n\n### 实习安排与报告\n\n记得记录自己的周报产出，可以开一个 github 仓库单独存储关于这个实习的文件\n\n格式可以参考我的\n\n![](C:/Users/24056/Desktop/屏幕截图 2024-11-18 232516.png)\n\n\n\n实习会议基本是在每周五，偶尔根据时间会调整到周一，基本就是根据上面的记录顺序，点开这些链接简单说说这周干了什么\n\n> Tip：如果有自己单独制作片头片尾这种情况，这些可复用的素材要单独放到一个文件夹里，也作为产出对待的\n\n\n\n\n\n#### 月度报告\n\n这个报告是把这个月的所有产出汇总，把四个星期的所有报告都复制粘贴到这里就可以了，然后这次的汇报会录音，因为涉及到工资结算\n\n技术分享是个很好的产出手段 (‾◡◝)\n\n\n\n### 实习内容\n\n下面是我之前的一些工作，关于二进制翻译，可以看一下之前的相关视频\n\n目前完成的是第一个，还有在荔枝派上运行 WPS 和一两个游戏这样移植演示\n\n下面是我列的大致的大纲，你可以看情况进行一些扩充，也可以和张老师讨论一下\n\n\n\n"


def test_r1382_a_handover_note_whose_heading_ends_in_baogao_is_not_counted(
    tmp_path: Path,
) -> None:
    # r1382: report 80%, counted → not counted (labelled other)
    assert _counted(_txt(tmp_path, "实习交接.md", _R1382)) == "other"


# r172 (工作报告.docx): a student's 项目总结 written as lines without full stops; the file
# named as a report backs its headline
_R172 = [
    "项目总结",
    "总体完成情况一般但也有问题",
    "首先是完成情况",
    "页面UI和交互完成90%以上",
    "在微信公众号上下载开发工具用管理员微信登录就可以查看（因为还未审核）",
    "后台部分相关未完成（联系不到后台）",
    "然后是问题",
    "小程序本身刚出来有很多开发坑就不赘述了",
    "后台方面没有办法共同开发导致功能无法使用",
    "页面并不好看（因为没有美工2333）",
    "原型不错可是没有匹配小程序的开发环境导致一些功能根本没法做",
    "小程序暂时不能访问外链（外链下载无法实现）",
    "小程序无法灵活操作页面元素（发布消息页面有些地方无法实现）",
    "综上所述，导致发送信息页面没有做",
    "个人信息页面只有功能没有原型设计，于是tap操作没有做",
    "由于一些原因小伙伴没有和自己一起开发，于是都是我一个人做的所以拖到现在才基本搞完",
    "个人想法",
    "这次开发对我有很大提升",
    "基本按合同实现功能但是还是有所不足",
    "剩下的在明年后台完成后会继续完成",
    "这个事情虽然没有尽善尽美但是投入了我不少心血，之后我会负责到第一版上线（1500果然要少了）",
]


def test_r172_a_summary_named_as_a_report_still_counts(tmp_path: Path) -> None:
    assert _counted(_docx(tmp_path, "工作报告.docx", _R172)) == "report"


def test_r172_the_same_lines_named_otherwise_are_not_counted(tmp_path: Path) -> None:
    # nothing but the headline's 总结: no sentence, no date, no 落款, a name of no kind
    assert _counted(_docx(tmp_path, "G06.docx", _R172)) == "other"


# r511 (总结与小组评价.docx): 项目总结 over sentences ended by full stops
_R511 = [
    "项目总结",
    "软件项目没有按照最初的实现思路进行，最大的难点：数据库的引用，项目小组成员完成代码的对接，"
    "网络接口的实现。",
    "项目的基本完成目标功能，能进行用户注册，登录及退出登录，查询功能。",
    "少了与网络接口的对接，无法实现数据的提取。",
    "项目小组未按照计划进行项目，对时间分配不是很合理，导致后期出现赶工，熬夜等问题出现。",
    "项目小组成员之间督促不够，会出现工作时间效率极低的状况。",
    "小组评价",
    "陈祥斌：网络接口实现  各个项目文档的完善与更新90",
    "左文正：用户界面实现，数据库用户界面对接  91",
    "刘向辉：数据库的实现，数据库用户界面对接  91",
]


def test_r511_a_summary_written_in_sentences_counts(tmp_path: Path) -> None:
    assert _counted(_docx(tmp_path, "G06.docx", _R511)) == "report"


# r1385 (例会记录二.md, one of three records of a course project's meetings): a 时间 field,
# then a 主题 field, then what was decided (the whole file)
_R1385 = "实验:Job-Scheduler\n\n时间:2015年5月4日\n\n主题:提高任务的划分\n商讨算法后\n王晓燕同学帮助完成代码，崔珊博和张天宇修改源码中的问题\n牟许东整理并调试运行\n\n发现源码中的问题：新加入的作业需要等待下个作业入队才能运行\n\t\t     信息无限输出\n"


def test_r1385_a_time_and_a_topic_field_in_a_file_named_as_minutes(tmp_path: Path) -> None:
    # other 0% → minutes (as labelled): 时间 + 主题 are a meeting's fields, and the name
    # 例会记录二 is a minutes' name numbered in its series
    rec = _txt(tmp_path, "例会记录二.md", _R1385)
    assert _counted(rec) == "minutes"


def test_r1385_the_same_fields_in_a_file_named_otherwise_are_not_counted(tmp_path: Path) -> None:
    # the two fields alone are not enough (a name backs the content, never outweighs it)
    assert _counted(_txt(tmp_path, "实验记录.md", _R1385)) == "other"


# r1388 (例会记录.md): # 例会记录 over meetings, each with its bold 会议时间 and 会议地点 (the
# first two of six)
_R1388 = "# 例会记录\n### **【Alpha 1/3】**\n\n**会议时间：** 2023/11/19 10:30\n\n**会议地点：** 听海苑3号楼活动室\n\n**内容纪要：**\n\n\u200b\t会议讨论了各成员的任务进度。王星苹同学完成了搭建运行环境、模型试运行和创建代码仓库的任务，接下来将进行项目后端开发。李满鹏同学完成了最简易的网页搭建，并学习了前端开发的基础知识，接下来将进行项目前端的开发。王祥同学完成了广泛查找资料、阅读相关论文并初步训练模型的任务，接下来将进行模型的优化和与前端的对接。董继坤同学完成了学习Vue组件库Element、配置Vue-cli和Vue项目创建的任务，接下来将进行前端开发的进一步学习。大家在开发过程中遇到了一些困难，但通过学习和实践收获了知识和能力。会上还讨论了项目的未来规划、远期目标等内容。\n\n### **【Alpha 2/3】**\n\n**会议时间：** 2023/11/26 10:30\n\n**会议地点：** 听海苑3号楼活动室\n\n**内容纪要：**\n\n\u200b\t会议讨论了本周各小组成员的任务完成情况，在讨论中，小组成员各自分享了自己的任务进度。王星苹扩大了训练集并提高了模型准确度，接下来将提高模型预测精准度、完成程序任务和与前端对接。收获了进一步训练和使用的经验。王祥寻找了数据集并继续训练模型，接下来将优化预测准确率、完成部署代码和开发更多功能。李满鹏使用vue和element搭建了基本网站框架，接下来将实现前后端互联、优化界面和实现部署。董继坤使用vue项目和element搭建了基本网站框架，接下来将优化界面、搭建接口和学习后端知识。会上还对项目后续阶段的服务器部署、用户推广等方面进行了讨论。\n\n"


def test_r1388_a_record_headed_liehui_jilu_is_minutes(tmp_path: Path) -> None:
    # other 0% → minutes (as labelled): 例会记录 is a minutes' 文种 as 例会 and 会议记录 are
    rec = _txt(tmp_path, "notes.md", _R1388)
    assert _counted(rec) == "minutes"


# r1392 (2026/1.23, a Markdown file without extension in a lab's folder of weekly reports):
# "# 周报" opening the page over what the week did (the first lines)
_R1392 = "# 周报  \n\n\n本周做了ISAR图像分辨率跨类别识别任务\n\n\n一、数据集基础\n\n\n初始获取Aura卫星4类固定分辨率（0.056、0.08、0.096、0.12）的ISAR图像数据集\n\n\n\n\n二、模型设计：剥离分类依赖，聚焦分辨率特征\n1. 解耦样本来源与分辨率特征：\n   传统图像分类模型易学习到Aura样本的专属特征（如噪声、纹理风格）而非分辨率特征，因此在模型训练流程中做核心调整：\n   - 数据预处理阶段：剔除样本标注中的“Aura”标识，仅保留分辨率数值作为唯一标签；\n   - 模型输入层：仅接收图像像素特征，不引入任何与样本来源相关的辅助信息；\n   - 输出层设计：直接映射到分辨率数值区间，而非“Aura-0.056”等分类标签，从根本上让模型聚焦分辨率特征学习。\n\n"


def test_r1392_a_page_headed_zhoubao_is_a_weekly_report(tmp_path: Path) -> None:
    # other 0%, titled by its first body line → report, titled 周报 (as labelled): 周报
    # and 月报 are a report's 文种, and a 文种 of two characters as the page's # heading is
    # its headline
    rec = _txt(tmp_path, "1.23", _R1392)
    assert (rec.doc.title, _counted(rec)) == ("周报", "report")


def test_r1392_a_two_character_wenzhong_in_plain_text_is_no_headline(tmp_path: Path) -> None:
    # without the page's # mark the short line stays no title (a section's 章程, 周报)
    rec = _txt(tmp_path, "1.23", _R1392.replace("# 周报", "周报", 1))
    assert rec.doc.title != "周报"


# r1437 (a 诊疗方案 printed as PDF; its text as read, the first lines of page 1)
_R1437 = (
    "1\n新型冠状病毒肺炎诊疗方案\n（试行第九版）\n为进一步做好新型冠状病毒肺炎（COVID-19）诊疗工作，\n"
    "我们组织专家对《新型冠状病毒肺炎诊疗方案（试行第八版\n修订版）》相关内容进行修订，形成《新型冠状病毒肺炎诊\n"
    "疗方案（试行第九版）》。\n一、病原学特点\n新型冠状病毒（SARS-CoV-2）属于β属的冠状病毒，有\n"
    "包膜，颗粒呈圆形或椭圆形，直径 60～140nm。具有 5 个必\n"
)


def test_r1437_an_edition_in_brackets_on_the_next_line_ends_the_headline(tmp_path: Path) -> None:
    # titled 新型冠状病毒肺炎诊疗方案 → …诊疗方案（试行第九版） (as labelled); r1436's
    # （第八版） and r1442's （试行第十版） the same
    rec = _txt(tmp_path, "诊疗方案.txt", _R1437)
    assert rec.doc.title == "新型冠状病毒肺炎诊疗方案（试行第九版）"


def test_r1437_a_dated_note_in_brackets_under_the_headline_is_no_edition(tmp_path: Path) -> None:
    # a 题注's date in brackets stays out of the title
    rec = _txt(
        tmp_path, "诊疗方案.txt", _R1437.replace("（试行第九版）\n", "（2022年3月14日）\n", 1)
    )
    assert rec.doc.title == "新型冠状病毒肺炎诊疗方案"


# r1411 (a joint 通知 printed as PDF; its text as read, the first lines)
_R1411 = (
    "海南省农业农村厅 海南省财政厅\n关于印发 2024-2026 年海南省农机\n购置与应用补贴实施方案的通知\n"
    "各市、县、自治县农业农村局、财政局：\n"
    "为规范实施农机购置与应用补贴政策，充分发挥政策效益，推动农业机械化全程全面\n"
    "高质量发展，有效支撑粮食和重要农产品稳定安全供给，加快农业农村现代化，根据《农\n"
    "业农村部办公厅 财政部办公厅关于印发<2024—2026 年农机购置与应用补贴实施意见>\n"
    "的通知》（农办机〔2024〕3 号），现将《2024—2026 年海南省农机购置与应用补贴\n"
    "实施方案》印发给你们，请遵照执行。\n"
    "海南省农业农村厅 海南省财政厅\n"
)


def test_r1411_joint_issuers_over_a_two_line_guanyu_headline_open_it(tmp_path: Path) -> None:
    # titled 关于印发…的通知 → the issuers and it (as labelled); r1412 (the .doc) the same
    rec = _txt(tmp_path, "通知.txt", _R1411)
    assert rec.doc.title == (
        "海南省农业农村厅海南省财政厅关于印发2024-2026年海南省农机购置与应用补贴实施方案的通知"
    )


def test_r1411_a_bao_tou_reading_wenjian_stays_out_of_the_title(tmp_path: Path) -> None:
    # a 版头 (…文件) over the headline is no part of it
    text = _R1411.replace("海南省财政厅\n关于", "海南省财政厅文件\n关于", 1)
    assert _txt(tmp_path, "通知.txt", text).doc.title.startswith("关于印发")


def test_r1385_the_time_over_a_topic_is_the_meetings_day(tmp_path: Path) -> None:
    # undated (the 时间 field read as the body's) → 2015-05-04, meeting (as labelled);
    # r1384 and r1386 the same
    rec = _txt(tmp_path, "例会记录二.md", _R1385)
    assert _dated(rec) == ("2015-05-04", "meeting")


def test_r1385_a_notice_with_a_time_and_a_topic_keeps_its_luokuan(tmp_path: Path) -> None:
    # a lecture's 时间 and 主题 in a notice: the notice is dated by its 落款
    text = (
        "关于举办学术讲座的通知\n各学院：\n现将讲座安排通知如下。\n"
        "时间：2019年5月6日\n主题：数据安全\n请各学院组织学生参加。\n"
        "计算机学院\n2019年4月28日\n"
    )
    assert _dated(_txt(tmp_path, "通知.txt", text)) == ("2019-04-28", "signature")
