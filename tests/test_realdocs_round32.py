"""Patterns of the parts worked on in round 32 (bench/corpus/rounds.md: heldout44's
last false assurance, seen since session 12), reproduced faithfully from the document's
real lines. The corpus ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import docx_lines as _docx
from realdocs_kit import text_file as _txt

# r2127 (PLCT-Weekly 2019/20191118.md): a lab's weekly note on its toolchain work, greeting
# its readers with 大家好
_R2127 = (
    "# RISC-V工具链进展 2019/11/18\n\n"
    "大家好，后续我们软件所PLCT实验室将通过HelloGCC社区，每周定期介绍一下在RISC-V开源工具链上的进展。"
    "希望能够吸引更多相似领域的小伙伴加入我们，相互促进。本系列文章对应的数据及原始报告是公开的：\n\n"
    "https://github.com/isrc-cas/PLCT-Weekly\n\n"
    "如果有做 RV Toolchain 的小伙伴希望分享自己的成果，欢迎提交PR。仓库采用 CC-BY-SA-NC 协议。\n\n"
    "## Eternal Balance Project\n\n"
    "简介：Eternal Balance（永恒天平）项目是PLCT内部的测评体系，偏重编译系统的性能（速度）、安全性、"
    "代码体积三个方面。\n"
)


def test_r2127_a_newsletter_greeting_its_readers_is_no_speech(tmp_path: Path) -> None:
    # meeting material 67% (false assurance): 大家好 alone, in a blog's, a video's or a
    # newsletter's opening as often as a speech's, no longer makes a speech
    assert _counted(_txt(tmp_path, "20191118.md", _R2127)) != "meeting_material"


def test_a_speech_greeting_its_hearers_and_thanking_them_is_still_one(tmp_path: Path) -> None:
    lines = [
        "大家好！今天我们召开全县东西部扶贫协作推进会，主要任务是总结工作、部署下一阶段任务。",
        "一、充分肯定成绩。一年来，各乡镇、各部门认真落实协议，各项指标稳步推进。",
        "二、明确工作重点。要抓好劳务协作、产业合作和人才交流三项重点工作。",
        "谢谢大家！",
    ]
    assert _counted(_docx(tmp_path, "推进会.docx", lines)) == "meeting_material"
