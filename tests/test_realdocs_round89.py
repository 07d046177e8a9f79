"""Round 89 (bench/corpus/rounds.md): a headline's 文种 is found before what follows it —
its author after a hyphen, a subtitle after a colon, a version — and 年报 is a report.
The real files' lines are reproduced faithfully; the corpus id is given with each test."""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt


def test_r3168_a_year_review_signed_after_a_hyphen_is_a_report(tmp_path: Path) -> None:
    # not counted before: "…工作总结-白俊剑" ended in a name
    record = _txt(
        tmp_path,
        "baijunjian.md",
        "2018年度工作总结-白俊剑\n\n2018年度涉及项目多个，大概重点工作内容按项目分类如下：\n"
        "一，P11\n1，SIP ALG代理问题查找与解决。IAD下本地语音互打有单边不通的现象，也有20分钟必断现象。\n"
        "2，协助测试网页升级一体包，逐步支持了对W13的升级，支持了对4种不同MODEM的升级。\n",
    )
    assert _counted(record) == "report"
    assert "标题以“总结”结尾 (+8)" in record.classification.reasons


def test_r2196_a_report_with_a_subtitle_after_a_colon_is_a_report(tmp_path: Path) -> None:
    record = _txt(
        tmp_path,
        "RISC-V芯片X扩展调研.md",
        "# RISC-V服务器芯片调研报告：从SG2042到SG2044的扩展支持分析\n\n## 前言\n"
        "本报告基于我通过代理系统进行的调研，聚焦RISC-V服务器级芯片的指令集扩展（ISA Extensions）支持，"
        "特别是Sophgo（算能）的SG2042和SG2044。这些芯片是RISC-V生态中的关键产品。\n",
    )
    assert _counted(record) == "report"


def test_r2173_an_annual_report_is_a_report(tmp_path: Path) -> None:
    record = _txt(
        tmp_path,
        "REPORT.md",
        "# GitHub 2019 数字年报\n\n**摘要** :在开源日益重要的今天，我们需要一份建立在全域大数据基础上的"
        "相对完整、可以反复进行推演的数据报告。本项目为X-lab 开放实验室团队发起。\n",
    )
    assert _counted(record) == "report"


def test_a_versioned_report_ends_in_its_genre(tmp_path: Path) -> None:
    # r2172's headline: 2015年中国开源生态系统报告V1.0
    record = _txt(
        tmp_path,
        "ChinaOSSRepor_Chn_2015.md",
        "# 2015年中国开源生态系统报告V1.0\n\n本报告由开源社发布，现将2015年中国开源生态的情况报告如下。\n",
    )
    assert "标题以“报告”结尾 (+8)" in record.classification.reasons
    assert _counted(record) == "report"


def test_a_hyphen_inside_a_latin_name_is_no_subtitle(tmp_path: Path) -> None:
    record = _txt(tmp_path, "notes.md", "# RISC-V工具链进展\n\n本周合入了三个补丁。\n")
    assert not any("结尾" in r for r in record.classification.reasons)
