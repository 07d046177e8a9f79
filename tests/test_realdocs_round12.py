"""Patterns of the parts worked on in round 12 (bench/corpus/rounds.md, heldout28, scored
blind, then seen), each reproduced faithfully from the document's real lines. The corpus
ids are given with each test.
"""

from __future__ import annotations

from pathlib import Path

from realdocs_kit import counted as _counted
from realdocs_kit import text_file as _txt

# r1478 (CloudWeGo_community_meeting_3.25.md): a community meeting's notes opening with bold
# fields, the colon inside the marks (the first two agenda items)
_R1478 = "**会议主题：** CloudWeGo 社区会议 3.25\n\n**参会人员：** YangruiEmma, liu-song, baiyutang, yccpt, AshleeT, Authorixy, Dianjun Suo, bodhisatan, CoderPoet, Quan Hu, li-jin-gou, JZK-Keven, EastHorse, GuangmingLuo, Xiwen Li, joway, jasondeng1997, HeyJavaBean. \n\n**会前必读：** http://www.cloudwego.io/;\n              https://github.com/cloudwego\n\n## 议程 1 ：新成员自我介绍\n\n内容：社区新成员和首次参加社区会议的内部成员分别进行自我介绍，主要包含个人基本情况、历史贡献和个人未来规划。\n\n## 议程 2 ：Kitex 单测任务进展介绍\n\n1. **领取进度：** 10/14。\n2. **如何认领任务：** 在任务认领页面下方的评论中，留言你需要认领的项目，之后会分配给你。\n3. **提交 PR 注意事项 ：**\n\n   a. 提交 PR 一定要关联 Issue (可以在 PR 描述里面进行 Issue 关联)。\n   \n   b. Kitex 单测任务的 PR 的描述前缀统一使用 Test，便于相关同学进行 review。\n   \n   c. 提交了 PR之后，可以将 PR 发送在群里，方便后续跟进。\n4. **提交 PR 时间要求：** 认领之后半个月内提交 PR，便于后续的意见修改和调试。\n\n"

# r1479 (CloudWeGo_community_meeting_5.18.md): the same notes' fields, the colon after the
# marks, the attendance field named 参会人 (the whole file)
_R1479 = "**会议主题** ：CloudWeGo 社区会议 5.18\n\n**参会人** ：GuangmingLuo, goodbye-babyer, zhquzzuli, welkeyever, YangruiEmma, halst, whalecold, Cr., Haswf, li-jin-go, Joway, Duslia, FGYFFFF, ppzqh, rogerogers , shiningstoned cqqqq777 , springrain, Skyenought, yiyun, CSWYF3634076, HeyJavaBean, jasondeng1997\n\n**会前必读** ：http://www.cloudwego.io/ ; https://github.com/cloudwego\n\n### 议程一：云原生高性能内容平台 gpress 分享 @springrain\n\n1. gpress 是一个云原生高性能内容平台，基于 Hertz + Go template + FTS5 ，对标 WordPress 。项目地址：https://github.com/springrain/gpress\n2. 为何选择 Hertz ：\n   1. 性能优秀，开发友好。\n   2. cloudwego 社区活跃，提出的问题能得到及时解决。\n   3. Hertz 的扩展性高，扩展成本低，方便引入如 GPRC 等微服务组件。\n3. 项目本质是利用去重优化的模式来实现的一个内容平台，可以自行编写一些模板主题来实现自定义场景。\n4. gress 特点：\n   1. gpress 直接兼容了 hugo 的模板，理论上来说 hugo 的模板几乎不用改动即可整体迁移到 gpress ，相较于 hugo 之类的静态网站，gpress 还支持全文检索。\n   2. 部署容易。\n   3. 基于去重理念开发，结构简单清晰，数据迁移容易，维护成本低。\n   4. 自定义模板简单。\n   5. 项目非常轻量级，对服务器压力小。\n5. 遇到的问题：用户更换主题的需求。因为 Hertz 不支持对静态资源的动态加载，编写了 ReLoad 方法来解决资源加载问题，使用全局变量来控制当前使用模板，可以为开发者提供更友好的开发模板环境。\n\n### 议程二：Hertz Recipes 进展介绍 @li-jin-gou\n\n1. Client，RequestContext 与 Engine 这三个较重要文档中 Engine 文档已经完成，RequestContext 文档处于 pr 阶段，争取本周内完成。\n2. Logger，服务注册发现，错误处理，SSE 已经完成，SSE 功能支持后用户逐渐增多。\n3. 接受到用户的反馈，有一些文档仍需打磨和优化，后续还会补充其他的文档任务。\n4. 仍有未认领的文档任务，呼吁大家积极参与社区建设。\n\n\n"


def test_r1478_a_bold_meeting_topic_field_opening_notes_is_their_headline(tmp_path: Path) -> None:
    # other 0%, titled **会议主题：**CloudWeGo社区会议3.25 → minutes, titled by the field's
    # value (as labelled): the bold marks are no characters of the field, and a 会议主题
    # opening the text over who attended is a meeting's notes
    rec = _txt(tmp_path, "CloudWeGo_community_meeting_3.25.md", _R1478)
    assert (rec.doc.title, _counted(rec)) == ("CloudWeGo社区会议3.25", "minutes")


def test_r1479_the_colon_after_the_bold_label_too(tmp_path: Path) -> None:
    # other 0% → minutes suggested (41%, not counted: 参会人 is no keyword of the kind),
    # titled CloudWeGo 社区会议 5.18 (as labelled)
    rec = _txt(tmp_path, "CloudWeGo_community_meeting_5.18.md", _R1479)
    assert (rec.doc.title, rec.kind, _counted(rec)) == ("CloudWeGo社区会议5.18", "minutes", "other")


def test_a_meeting_topic_under_a_headline_is_no_title(tmp_path: Path) -> None:
    # a notice's 会议主题 field under its headline stays a field, and names no minutes
    rec = _txt(tmp_path, "notice.md", "# 关于召开社区会议的通知\n\n" + _R1478)
    assert rec.doc.title != "CloudWeGo社区会议3.25"


# r1469 (HONORS.md): the headline written as HTML in the Markdown page (the rules' part)
_R1469 = "<div align=center><h1>开源徽章颁发规则</h1></div>\n\n## 开源致新\n优秀开源新项目\n\n【评选规则】：star数达到1k\n\n## 开源致成\n优秀毕业项目\n\n【评选规则】：通过DOMC毕业审核\n\n## 开源致远\n持续维护的优秀毕业项目\n\n【评选规则】：持续release新版本的毕业项目\n\n## 开源致卓\n取得新突破的优秀毕业项目\n\n【评选规则】：出版成书或者全新改版发布的毕业项目\n\n## 最强辅助\n优秀的开源项目保姆\n\n"


def test_r1469_a_headline_wrapped_in_html_tags_is_its_text(tmp_path: Path) -> None:
    # titled <divalign=center><h1>开源徽章颁发规则</h1></div> → 开源徽章颁发规则 (as labelled)
    assert _txt(tmp_path, "HONORS.md", _R1469).doc.title == "开源徽章颁发规则"


# r1485 (README_zh-CN.md): a language switcher in a block quote over the page's # heading
# (the first paragraph)
_R1485 = "\n>  [English](README.md)  | 中文\n\n# 开源软件供应链点亮计划\n[开源软件供应链点亮计划 - 暑期 2021](https://summer.iscas.ac.cn)，开源软件供应链点亮计划鼓励大家关注开源软件和开源社区，致力于培养和发掘更多优秀的开发者。\n活动将在暑期进行，我们将与开源社区紧密合作，提供一对一的导师指导，邀请技术大牛开展线上免费讲座。\n我们鼓励研究人员、开源爱好者、在校师生参与开源软件的开发与维护，促进开源软件的发展和优秀开源软件社区建设，\n增加开源项目的活跃度，推进开源生态的发展。\n\n"


def test_r1485_a_language_switcher_is_no_part_of_the_headline(tmp_path: Path) -> None:
    # titled >[English](README.md)|中文开源软件供应链点亮计划 → 开源软件供应链点亮计划 (as
    # labelled); the kind is unchanged (plan)
    rec = _txt(tmp_path, "README_zh-CN.md", _R1485)
    assert (rec.doc.title, _counted(rec)) == ("开源软件供应链点亮计划", "plan")


def test_a_line_of_plain_words_set_apart_by_bars_stays_text(tmp_path: Path) -> None:
    # no link: a table's row or a line of the text, kept
    rec = _txt(tmp_path, "a.md", "姓名 | 职务\n\n# 开源软件供应链点亮计划\n")
    assert rec.doc.title != "开源软件供应链点亮计划"
