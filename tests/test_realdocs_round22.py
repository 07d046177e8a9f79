"""Patterns of the parts worked on in round 22 (bench/corpus/rounds.md: r617, heldout7's
last file counted for a kind it is not), each reproduced faithfully from the document's
real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

import docx
from realdocs_kit import add_table as _table
from realdocs_kit import counted as _counted
from realdocs_kit import save_docx as _save

# r617 (_realtest_compare/detail_report.docx): a tool's report of a thesis's differences
# from its template: four lines, then a table of 240 differences (its header and first 20)
_R617_ROWS = [
    ["位置", "问题", "内容片段", "期望", "实际", "调整建议"],
    [
        "段落#1",
        "段落存在直接格式覆盖",
        "# 基于多保真度神经算子的CFD流场数据压缩与超分辨率重建研究",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#2",
        "段落样式与模板不一致",
        "1. 论文研究的目的及意义",
        "Heading 1",
        "Normal",
        "将该段设为样式“Heading 1”。",
    ],
    [
        "段落#2",
        "段落存在直接格式覆盖",
        "1. 论文研究的目的及意义",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#3",
        "段落存在直接格式覆盖",
        "计算流体力学（CFD）作为船舶与海洋工程领域的核心技术，为流场预测与性能评估提供了关键的数值工具。当前，该领域的研发模式正经历一场深刻变革，从传统的“离线长时仿真驱动决策”加速向“在线评估与迭代优化驱动设计”转型。无论是船型外形的微调、阻力与推进性能的精细评估，还是舵后与螺旋桨尾迹复杂流动结构的判读，都对在有限时间内获",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#4",
        "段落存在直接格式覆盖",
        "在此背景下，数据驱动的代理模型因其极高的推理效率和在工程流程中就地部署的潜力而备受关注。尽管如此，若缺少严格的物理一致性约束与跨网格、跨工况的泛化稳健性，现有代理模型仍难以完全取代或有效补位高保真数值解。因此，本研究的核心目标在于构建一种“数据高效—物理一致—工程可用”的中枢方法论。该方法论旨在突破高保真样本稀缺的现实",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#5",
        "段落存在直接格式覆盖",
        "为应对这一挑战，有两条前沿技术路径提供了新的可能性。一是以神经算子（Neural Operator）为代表的算子学习方法，它们旨在直接学习无限维函数空间之间的映射，从而在理论上具备了跨网格、跨分辨率的泛化能力，为构建高效的PDE求解代理模型奠定了基础[1, 3, 4]。二是以扩散模型（Diffusion Models）",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#7",
        "段落存在直接格式覆盖",
        "本课题的研究意义首先体现在理论层面：我提出将“多保真度神经算子—离散潜变量—潜空间条件扩散”统一到一个可解释的协同框架之中，明确低保真与高保真之间在频带上的功能分工，让低保真分支承载大尺度骨架，让少量高保真样本专注于高波数带的细节校正；通过VQ码本构建可迁移的高频词典，将难以稳定学习的细节结构离散化并与频率编码耦合，以",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#9",
        "段落样式与模板不一致",
        "2. 国内外研究现状",
        "Heading 1",
        "Normal",
        "将该段设为样式“Heading 1”。",
    ],
    [
        "段落#9",
        "段落存在直接格式覆盖",
        "2. 国内外研究现状",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#11",
        "段落样式与模板不一致",
        "2.1 神经算子与算子学习",
        "Heading 2",
        "Normal",
        "将该段设为样式“Heading 2”。",
    ],
    [
        "段落#11",
        "段落存在直接格式覆盖",
        "2.1 神经算子与算子学习",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#12",
        "段落存在直接格式覆盖",
        "现有神经算子研究的核心在于突破传统卷积网络“像素到像素”的局限，直接在函数空间层面学习偏微分方程解的映射关系。FNO通过在傅里叶域进行卷积来实现参数共享与跨分辨率外推，在规则网格和周期性边界条件下表现尤为突出[1]。围绕神经算子的理论工作系统地讨论了逼近性质、误差上界、稳定性与泛化边界，为工程实践提供了可依赖的理论基石",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#13",
        "段落样式与模板不一致",
        "2.2 生成与表示学习",
        "Heading 2",
        "Normal",
        "将该段设为样式“Heading 2”。",
    ],
    [
        "段落#13",
        "段落存在直接格式覆盖",
        "2.2 生成与表示学习",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#14",
        "段落存在直接格式覆盖",
        "扩散模型在图像与信号生成中以稳定训练与高质量样本著称。DDPM与其改进版本通过正向加噪与反向去噪建立了从噪声到数据分布的稳健映射[11, 12]。潜空间扩散（LDM）把计算集中在压缩潜空间，显著降低了高分辨率生成的推理成本，同时维持了细节质量[13]。为了进一步加速生成过程，研究者们提出了多种高效采样策略[14]，并发",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#16",
        "段落样式与模板不一致",
        "2.3 多保真学习、不确定性量化与混合建模",
        "Heading 2",
        "Normal",
        "将该段设为样式“Heading 2”。",
    ],
    [
        "段落#16",
        "段落存在直接格式覆盖",
        "2.3 多保真学习、不确定性量化与混合建模",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#17",
        "段落存在直接格式覆盖",
        "多保真学习强调以少量高保真数据校正大量低保真数据的系统偏差，已在参数化PDE学习中得到验证[25]。近期的工作开始将贝叶斯优化与深度学习结合，构建能够主动查询高保真样本的多保真代理模型，以最大化信息增益[26]。同时，对代理模型预测结果的不确定性量化（Uncertainty Quantification, UQ）也愈发",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
    [
        "段落#18",
        "段落样式与模板不一致",
        "2.4 大规模应用与新兴交叉方向",
        "Heading 2",
        "Normal",
        "将该段设为样式“Heading 2”。",
    ],
    [
        "段落#18",
        "段落存在直接格式覆盖",
        "2.4 大规模应用与新兴交叉方向",
        "跟随模板样式（不使用段落直接格式）",
        '{"first_line_indent": "440 twips", "line_spacing": "1.5", "line_spacing_rule": "ONE_POINT_FIVE (1)"}',
        "清除该段的直接缩进/行距/间距设置，仅保留样式格式。",
    ],
]


def test_r617_sentences_in_a_tables_cells_do_not_back_a_titles_wenzhong(tmp_path: Path) -> None:
    # report 90% (counted: the cells' 调整建议 sentences read as the body's) → not counted:
    # outside its table the text has no sentence, no date, no part of a 公文
    document = docx.Document()
    for line in [
        "文档模板对照报告",
        "来源文件：e:\\flieops\\FileOps\\待处理文档.docx",
        "问题统计：总计=240，样式=59，直接格式覆盖=181，公式编号=0，图编号=0，参考文献=0",
        "差异明细（含调整建议）",
    ]:
        document.add_paragraph(line)
    _table(document, _R617_ROWS)
    rec = _save(document, tmp_path, "detail_report.docx")
    assert (rec.kind, _counted(rec)) == ("report", "other")


def test_a_summary_written_in_sentences_around_its_table_still_counts(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2019年度东西部扶贫协作工作总结")
    for line in [
        "今年以来，我县认真落实东西部扶贫协作各项部署。",
        "全年共实施协作项目12个。",
        "引进企业3家，带动贫困人口就业560人。",
        "开展干部人才交流培训8期。",
        "协作资金全部拨付到位。",
        "明年将继续深化产业合作。",
    ]:
        document.add_paragraph(line)
    _table(document, [["项目", "资金（万元）"], ["产业项目", "1200"], ["培训项目", "80"]])
    assert _counted(_save(document, tmp_path, "总结.docx")) == "report"
