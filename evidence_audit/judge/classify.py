"""Decide each file's kind from all its signals, with a confidence and the reasons.

Every signal comes from the ruleset (title endings, keywords with weights, ledger
columns, formats). Content outweighs names because the ruleset gives content signals the
larger weights; when the content could not be read, name and path signals count double
and the confidence is lowered, so a scan named "会议纪要.pdf" is still recognised, and
flagged as less sure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..files.extract.base import ImageInfo, Table
from ..models import Classification
from ..rules.ruleset import Kind, PictureClass, PictureSignal, Ruleset, Signal
from ..text.columns import cell_text, match_columns
from ..text.docparse import PART_TITLES, TEMPLATE_WORDS, doc_type, embedded_titles

OTHER = "other"
_NAME_PREFIX = re.compile(
    r"^\s*(?:\d{1,2}(?:[.\-－—_．]\d{1,2}){0,3}(?!\d)[.、．_\s-]*"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])\s*"
)
_NAME_SUFFIX = re.compile(r"(?:[（(\[【][^）)\]】]*[）)\]】]|[-_ ]?副本|[-_ ]?copy|\s)+$", re.I)
# Trailing punctuation and bracketed qualifiers: （试行） （征求意见稿） （2019年修订）, and
# the period a plan covers however long its dates are written (（2026-03-15 ~ 2026-03-21）),
# and a day after its 文种 (a page's posting day run into its headline: …工作要点 2023-03-30;
# a meeting's: 周例会2019-05-06)
_TITLE_TAIL = re.compile(
    r"(?:[\s。.!！]+|[（(][^（）()]{1,10}[)）]|[（(][0-9年月日号.\-/~～至到—–\s]{4,40}[)）]"
    r"|(?<=[\u4e00-\u9fff])(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)"
    r"|(?<=[\u4e00-\u9fff])[vV][0-9]+(?:\.[0-9]+)*)+$"  # and its version: 报告V1.0
)
#: A subtitle after a dash ("——在全县推进会上的讲话", "—ios开发"), ending a title; a dash
#: between digits is a range of years (实施方案（2022—2025年）).
#: A subtitle may open with its day (政府工作报告——2024年3月5日在…会议上).
_SUBTITLE = re.compile(
    r"(?<![0-9])(?:——+|—(?![0-9])|－－|--(?![0-9]))[^—－]*$"
    # one dash before the day a report was given: …审计工作报告—2021年9月2日在…会议上
    r"|(?<=[\u4e00-\u9fff])[—－](?=(?:19|20)[0-9]{2}年)[^—－]*$"
    # one hyphen after a character, then its author or its subject: 2018年度工作总结-白俊剑
    r"|(?<=[\u4e00-\u9fff])[-–－](?![0-9])[^-–－—]*$"
    # a subtitle after a colon: …调研报告：从SG2042到SG2044的扩展支持分析 (a headline of its
    # own before it, not a column's name: 经济周报：川普确诊…, 专访：…)
    r"|(?<=[^\s：]{8})(?<=[\u4e00-\u9fff])：[^：]*$"
)
_ROWS_SCANNED = 200
#: A header at least this much made of known ledger columns counts in full; below it the
#: columns signal falls with the square of the shortfall.
_FIT_FULL = 0.5
#: What a kind may score on weak evidence alone (names, or a ledger's title without its
#: header), as a share of the ruleset's min_score: never enough to be recognised.
_WEAK_CAP = 0.9
#: A table whose ledger columns are filled in fewer than one row in this many is a
#: blank form or template (label rows, check boxes), not a ledger.
_FILLED_MIN = 4
#: A ledger is a file whose substance is the table: in a document whose text runs to more
#: than ``_PROSE_MIN`` characters, tables of the ledger's columns holding less than
#: ``_TABLE_SHARE`` of it are a table inside a longer text (a tender's price table, a
#: 招标文件's 业绩表), not a ledger.
_PROSE_MIN = 3000
_TABLE_SHARE = 0.1
_NAME_PLACES = frozenset({"name", "path"})
_TEXT_FAMILIES = frozenset({"document", "presentation"})
#: Fewer characters of text than this is thin content: the confidence falls in proportion.
_THIN_TEXT = 40
#: What a title's 文种 ending weighs when the title may be no headline (a heading found
#: below the body's sentences or a form's fields): alone it stays below min_score.
_DOUBTFUL_TITLE = 0.3
#: How much less sure a kind is when only the title's 文种 speaks for it and the body
#: holds none of what the kind's body signals look for.
_UNBACKED = 0.8
#: Sentences (full stops) that make a body running text rather than a list of notes.
_SENTENCES = 5
#: …or when at least one line in this many ends in a full stop (a short body of sentences).
_SENTENCE_SHARE = 3
#: A part numbered as a document's are: 一、 一． 第一部分 第二章 (notes number with 1、).
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|第[一二三四五六七八九十]{1,3}\s*(?:部分|章|节|条))"
)
#: A Markdown table's row (its cells between bars), data as a table's rows are.
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
#: A text this long under its headline is more than notes, whatever its shape.
_LONG_TEXT = 2000
#: Below the ruleset's count level, as a share of it: suggested, never counted.
_NOT_COUNTED = 0.9
#: How many of a blank form's empty fields its reason names.
_BLANK_SHOWN = 4
_BODY_PLACES = frozenset({"text", "lead", "tail"})
_SHOWN_WORDS = 4
# A notice that only carries another document: (关于)印发/转发…的通知.
_FORWARDING = re.compile(r"^.*?(?:印发|转发|下发|公布|颁发|修订印发)(.+?)的?(?:通知|函)$")
# Such a notice whose headline lost its first line ("…若干规定》的通知" under a cut page,
# "《X办法》的通知"): nothing but the document it carries is left before 的通知.
_CUT_FORWARDING = re.compile(r"^《?([^《》]+)》的(?:通知|函)$")
# A headline that asks a question about what its last words name (能否解除劳动合同,
# 如何写好工作总结, …吗？).
_QUESTION = re.compile(
    r"(?:能否|是否|可否|如何|怎样|怎么|为什么|为何)[^，。,；;：:？?\s]{0,8}$|[？?]$"
)
# A headline telling that someone gave a report or a talk (…研讨会并作报告, 作专题报告,
# 做主旨发言, 向师生们发表讲话, 出席开幕式并致辞): the 文种 is what was given, not what the
# text is (工作报告, 合作报告 are 文种). The 文种 are the ruleset's
# (documents.delivered_types); the words between are grammar.
_GAVE = (
    r"(?:(?<![工操合创制写运协著])[作做]了?|发表了?|(?<=[^\s关])并)"
    r"(?:重要|专题|主题|主旨|辅导|宣讲|学术|特邀|大会|精彩|政府工作|工作)?(?:{types})$"
)


# A headline telling that someone put forward or changed a document (校园服务办公室提出
# 2020年度校园巴士运行计划, 学生递交联名信，期望教工部修改期末考核方案): news of a plan,
# not the plan. The verb has its subject before it and its object between it and the 文种
# (服务器端修改计划 and 新闻发布工作方案 are plans by name); a 公文's 关于 headline
# (…关于重新发布…办法的通知) is the document's own. The verbs are the ruleset's.
_TOLD = r"^(?!.*关于).{{2,}}?(?:{verbs})(?![会稿]|工作)[^，。；《》]{{2,25}}?(?:{types})$"


@lru_cache(maxsize=16)
def _headline_pattern(
    template: str, types: tuple[str, ...], verbs: tuple[str, ...] = ()
) -> re.Pattern[str] | None:
    """``template`` (:data:`_GAVE`, :data:`_TOLD`) filled with the ruleset's 文种 and verbs,
    None when the ruleset names none of what it needs."""
    if not types or ("{verbs}" in template and not verbs):
        return None
    alternatives = {
        "types": "|".join(map(re.escape, types)),
        "verbs": "|".join(map(re.escape, verbs)),
    }
    return re.compile(template.format(**alternatives))


def _not_its_genre(title: str, rules: Ruleset) -> str | None:
    """Why a headline's 文种 ending names no genre of the file: it asks about one
    ("question"), tells that one was given ("gave") or put forward or changed ("told")."""
    return _genre_told(title, rules.delivered_types, rules.doc_types, rules.telling_verbs)


@lru_cache(maxsize=256)  # asked for each title signal of each kind, of one title
def _genre_told(
    title: str, delivered: tuple[str, ...], types: tuple[str, ...], verbs: tuple[str, ...]
) -> str | None:
    own = _own_words(title)
    formal = title.startswith("关于")
    if _QUESTION.search(own) and not formal:
        # "用人单位能否解除劳动合同", "如何写好工作总结": about a 文种, not one of it
        return "question"
    gave = _headline_pattern(_GAVE, delivered)
    if gave and gave.search(own) and not formal:
        return "gave"  # "郑景坤参加…研讨会并作报告": a report given, told by a news item
    told = _headline_pattern(_TOLD, types, verbs)
    if told and told.match(title):
        return "told"  # "校园服务办公室提出2020年度校园巴士运行计划": news of a plan
    return None


# What a notice 印发s before the work it asks for with it (印发X方案并做好Y工作的通知).
_AND_THEN = "并"


@dataclass(frozen=True, slots=True)
class Features:
    """The signals of one file that classification looks at."""

    name: str  # file name without extension
    folders: str  # the folders between the unit folder and the file, "/"-joined
    title: str  # the document's title (or table titles), "" when unknown
    text: str  # leading text
    format: str
    family: str
    tables: tuple[Table, ...] = ()
    image: ImageInfo | None = None
    content_read: bool = True
    picture: str | None = None  # what the picture shows (a ruleset picture class), if an image
    head: str = ""  # the lines above the title: 版头, a brief's 刊头, a web page's header
    masthead: str = ""  # a brief's 刊头 lines: its name over 第N期, the 编发单位 and date
    lead: str = ""  # the first lines of the body: a dateline, a byline, a salutation
    tail: str = ""  # the last lines: the 落款, a byline, 责任编辑, 谢谢大家
    title_doubt: str = ""  # why the title may be no headline (a heading inside the body)
    #: the parts of a 公文 the text shows (发文字号, 主送机关, 落款…), "、"-joined, "" if none
    formal: str = ""
    #: the fields to fill standing in the headline, the 版头 or the 落款 of a template
    #: ({{会议名称}}, 【发文机关】, 20XX年XX月XX日), "、"-joined, "" if none
    template: str = ""
    #: the labels of a form's fields when none is filled in (会议时间、主持人、出席人员),
    #: "、"-joined, "" when it is no blank form
    blank: str = ""
    #: the role of the date the text gives the document (signature, published, cover…),
    #: "" when the text dates it nowhere (a file name's date is no date of the text)
    dated: str = ""
    #: the categories and tags a page files itself under (新闻, Meeting), one a line
    labels: str = ""

    @property
    def clean_name(self) -> str:
        """The file name without numbering prefixes and copy/draft suffixes."""
        return _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", self.name)) or self.name


@dataclass(frozen=True, slots=True)
class KindScore:
    """How well a file matches one kind, and the signals that added up."""

    kind: Kind
    score: float
    reasons: tuple[str, ...]
    table_index: int | None
    #: What the body holds of this kind when only the title's 文种 spoke for it: the
    #: words the kind's body signals look for, none of them found ("" when not so).
    unbacked: str = ""
    #: What the content (not the name and folders) scored for it.
    content: float = 0.0
    #: What the file's name and folders scored for it, before any cap.
    names: float = 0.0
    #: The hints (signals marked ``hint``) that spoke for it, when nothing else of the
    #: content did: words that suggest the kind without naming it.
    hints: tuple[str, ...] = ()
    #: What its hints added to the score: a runner-up's hints do not contest the winner.
    hinted: float = 0.0


def score_kinds(features: Features, rules: Ruleset) -> list[KindScore]:
    """Every kind with a positive score, best first (ties broken by kind id)."""
    scored = [s for s in _kind_scores(features, rules) if s.score > 0]
    scored.sort(key=lambda s: (-s.score, s.kind.id))
    return scored


#: A reason's weight in its parentheses, when positive: "标题含“签到” (+4)".
_SPOKE_FOR = re.compile(r"\(\+[0-9.]+\)$")


def outweighed_kinds(features: Features, rules: Ruleset) -> list[KindScore]:
    """Kinds some signals spoke for that others outweighed (a score of zero or less),
    each with every signal: why a 签到表 headline over a term's attendance register made
    no meeting material. For ``explain``; the classification never ranks them."""
    out = [
        s
        for s in _kind_scores(features, rules)
        if s.score <= 0 and any(_SPOKE_FOR.search(r) for r in s.reasons)
    ]
    out.sort(key=lambda s: (-s.score, s.kind.id))
    return out


def _kind_scores(features: Features, rules: Ruleset) -> Iterator[KindScore]:
    """Every kind's score and reasons, the name's weight held to what the content backs."""
    for kind in rules.kinds:
        if kind.id == OTHER or not _format_allowed(kind, features, rules):
            continue
        score, reasons, table, content, unbacked, hints, hinted = _score(kind, features, rules)
        names = score - content
        if features.content_read and score > 0:
            cap = rules.min_score * _WEAK_CAP
            if kind.requires_table and table is None and score > cap:
                # A ledger is recognised from its header: a title or a name alone
                # ("花名册" over a staff list) does not make one.
                score = cap
                reasons = [*reasons, "表头不是这种台账的列，仅凭标题或文件名不认定为台账"]
            elif (
                features.family in kind.titled_formats or features.format in kind.titled_formats
            ) and not _body_backed(kind, features, rules):
                # a workbook headed 会议纪要 whose cells hold nothing of a meeting's record
                # (no 会议时间 filled in, no 出席人员): a blank form, not counted
                score = min(score, cap)
                reasons = [*reasons, "表格文件只有标题的文种，表中没有这类文件的内容，不认定"]
            elif content <= 0 and score > cap:
                # A name is a weak signal: 工作总结.docx holding study notes is no report.
                score = cap
                reasons = [*reasons, "只有文件名或文件夹提示，正文没有依据"]
            elif names > content:
                # A name backs the content up, never outweighs it: 典型案例.docx holding a
                # lesson design that mentions 创新 once is no case.
                score = 2 * content
                reasons = [*reasons, f"文件名的分量不超过正文的依据（按 {score:g} 分计）"]
        yield KindScore(
            kind, round(score, 2), tuple(reasons), table, unbacked, content, names, hints, hinted
        )


def classify(features: Features, rules: Ruleset) -> Classification:
    """The most likely kind of a file, or ``other`` when no kind scores enough."""
    ranked = score_kinds(features, rules)
    scored = [(s.score, s.kind, list(s.reasons), s.table_index) for s in ranked]
    told = _title_not_its_genre(features, rules)
    if not scored or scored[0][0] < rules.min_score:
        best = f"（最接近：{scored[0][1].title}，得分 {scored[0][0]:.1f}）" if scored else ""
        return Classification(OTHER, 0.0, (f"没有足够的识别特征{best}", *told), 0.0)
    top, kind, reasons, table = scored[0]
    reasons = [*reasons, *told]
    second = scored[1][0] if len(scored) > 1 else 0.0
    # what only suggests the runner-up (a page's posting line, 助力 in a headline) does
    # not contest what the winner's content names
    contest = max(0.0, second - ranked[1].hinted) if len(ranked) > 1 else 0.0
    confidence = confidence_of(top, contest, rules.min_score)
    length = len("".join(features.text.split()))
    thin = features.family in _TEXT_FAMILIES and not features.tables and length < _THIN_TEXT
    if ranked[0].unbacked and not thin:
        # A 文种 ending is a strong sign, not proof: a 办法 has its 第一条, a plan its
        # 工作目标. When the body shows none of what the kind's body signals look for,
        # say so and be less sure (a text of a few words is less sure already).
        confidence *= _UNBACKED
        reasons = [
            *reasons,
            f"只凭标题的文种认定，正文没有这类文件常见的内容（{ranked[0].unbacked}），把握相应降低",
        ]
        own = _strength(ranked[0].content, rules.min_score)
        if own < _strength(top, rules.min_score):
            # 补充性规格说明.docx headed 补充性规格说明: when the body backs nothing, a weak
            # 文种 (说明) in the headline is the only evidence; the name repeating it adds
            # nothing to how sure that is
            confidence *= own / _strength(top, rules.min_score)
            reasons = [*reasons, "正文没有依据，文件名和文件夹不增加把握（只按标题计）"]
    if ranked[0].unbacked and not thin and not _otherwise_backed(ranked[0], features):
        # 工作日记.docx whose lines 6月2日 / Linux C的问题 / 堆栈的说明 make a headline
        # ending in 说明; 例会记录.md opening # 技术总结 over a list of technologies. A
        # headline's 文种 is one sign; a paper of that kind shows another: a part of a
        # 公文 (主送机关, 落款, a date), a file named as that kind, sentences written to
        # tell what was done, or the length of a text that is more than a note. With none
        # of them the headline alone does not make it count.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        reasons = [
            *reasons,
            "只凭标题的文种认定：正文没有这类文件的用语，没有成段的叙述，没有主送机关、落款或日期，"
            "文件名也不是这类文件，不计入事项",
        ]
    sent = ranked[0].kind.sent_parts
    shown = set(features.formal.split("、"))
    if ranked[0].unbacked and sent and not any(PART_TITLES[p] in shown for p in sent):
        # A 函 is a paper sent: its 发文机关 (mark or 署名), its number or its date show it
        # was sent. Titled 邀请函 over notes on an invitation feature, with none of them
        # and none of a letter's words, it is not counted as one.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        names = "、".join(PART_TITLES[p] for p in sent)
        reasons = [
            *reasons,
            f"只凭标题的文种认定，正文既没有这类文件的用语，也没有{names}中的任何一项，不计入事项",
        ]
    if (
        ranked[0].unbacked
        and features.image is not None
        and features.content_read
        and not features.formal
    ):
        # A picture of a page read by OCR: a heading ending in a 文种 may be an app's
        # banner or a slide's caption ("帮你整理会议纪要", "我的计划书"). A clerk counts a
        # screenshot or a scan as that document only when its page shows what the
        # document holds or the parts of a 公文 (a scanned letter's 主送机关 and 落款),
        # so the heading alone does not make it count.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        reasons = [
            *reasons,
            "图片经文字识别只认出标题的文种，画面中既没有这类文件的内容，"
            "也没有公文的发文字号、主送机关或落款，不计入事项",
        ]
    if ranked[0].hints and ranked[0].names <= 0:
        # 助力 or 探索 in a release announcement's headline and 模式 in its text: words a
        # case uses, but no case's 文种, structure or wording. Suggested, not counted.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        reasons = [
            *reasons,
            f"只有提示这类文件的用词（{'；'.join(ranked[0].hints)}），"
            "没有它的文种、结构或专门用语，不计入事项",
        ]
    foreign = _foreign_type(features, rules, reasons)
    if foreign:
        # The headline names what the paper is (倡议书, 申请书, 通知书): a 文种 none of the
        # kinds is. What its body has in common with a kind (大家好 opening it) does not
        # make it that kind.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        reasons = [
            *reasons,
            f"标题的文种是“{foreign}”，不是这类文件；正文的相似之处不足以认定，不计入事项",
        ]
    unfilled = unfilled_note(features, kind)
    if unfilled:
        # A template is no material yet: its headline, number or 落款 are fields to fill;
        # it says what it will become, and is not counted as that. Nor is a blank form:
        # 会议记录 over 会议时间： / 主持人： / 出席人员： with nothing written is the office's
        # template, not a meeting's record, and a 签到表 without a name signed in it no
        # proof anyone came.
        confidence = min(confidence, rules.count_confidence * _NOT_COUNTED)
        reasons = [*reasons, f"{unfilled}，不是成文的材料，不计入事项"]
    doubt = picture_doubt(kind, features, rules)
    if doubt is not None and doubt[0] < confidence:
        # What the picture shows was the evidence: the kind is no surer than that verdict
        # (a web banner with a photo's colours is not an event photo at 100%).
        confidence = doubt[0]
        reasons = [*reasons, doubt[1]]
    if not features.content_read:
        # A name is a weak signal: without content it suggests a kind but never makes
        # the file count, whatever the name says (会议记录.docx that cannot be opened).
        confidence = min(confidence * 0.6, rules.count_confidence * _NOT_COUNTED)
        reasons = [*reasons, "未能读取正文，仅凭文件名和路径判断，不计入事项"]
    elif thin:
        # Thin content: a few words say little, whatever they are.
        confidence *= length / _THIN_TEXT
        reasons = [*reasons, f"正文只有 {length} 字，把握相应降低"]
    if second:
        reasons = [*reasons, f"次选：{scored[1][1].title}（{second:.1f} 分）"]
    return Classification(
        kind=kind.id,
        confidence=round(confidence, 2),
        reasons=tuple(reasons),
        score=round(top, 2),
        runner_up=scored[1][1].id if len(scored) > 1 else None,
        table_index=table,
    )


def unfilled_note(features: Features, kind: Kind) -> str:
    """What shows a file is no material yet, for a clerk to fill in: a template's fields to
    fill, or a blank form's empty fields (not for a ledger, which has its own test of
    blank columns: a template of one is reported without data rows); "" when neither."""
    if features.template in TEMPLATE_WORDS:
        return f"这是模板：标题自称“{features.template}”"
    if features.template:
        return f"这是模板：标题、文号、落款或正文是待填的占位符（{features.template}）"
    if features.blank and not kind.requires_table:
        fields = "、".join(features.blank.split("、")[:_BLANK_SHOWN])
        return f"这是空白表格：{fields}等栏都没有填写"
    return ""


_NOT_ITS_GENRE = {
    "question": "是就{genre}提的问题",
    "gave": "讲的是某人作了{genre}（新闻的说法）",
    "told": "讲的是有人{verb}{genre}（新闻的说法）",
}


def _title_not_its_genre(f: Features, rules: Ruleset) -> tuple[str, ...]:
    """Why the 文种 the title ends with was not scored, when it was not."""
    title = _TITLE_TAIL.sub("", f.title.strip())
    genre = doc_type(title, rules.doc_types) if title else None
    why = _not_its_genre(title, rules) if genre else None
    if genre is None or why is None:
        return ()
    # the verb the headline tells with (提出, 修改, 主持召开…): the first of the ruleset's in it
    verb = min(
        (v for v in rules.telling_verbs if v in title), key=title.index, default="提出或修改了"
    )
    what = _NOT_ITS_GENRE[why].format(genre=genre, verb=verb)
    return (f"标题以“{genre}”结尾，但{what}，不是{genre}本身：不按文种计分",)


def _otherwise_backed(best: KindScore, features: Features) -> bool:
    """Something besides the title's 文种 shows the file is of the kind found: a part of a
    公文 or a date of the text, the file's name naming the kind, the body written in
    sentences, its parts numbered as a document's are (一、, 第一部分), or a text long
    enough to be more than notes under a heading."""
    if features.formal or features.dated or best.names > 0:
        return True
    # the text outside the tables: a table's rows (its cells set apart by tabs) are its
    # data, whatever sentences they hold (a tool's 对照报告 listing 240 differences)
    lines = [
        line.strip()
        for line in features.text.splitlines()
        if line.strip()
        and not (features.tables and "\t" in line)
        and not _PIPE_ROW.match(line)  # a Markdown table's row: | 日期 | 报告人 | 题目 |
    ][1:]
    stops = sum(line.count("。") for line in lines)
    ended = sum(1 for line in lines if line.endswith("。"))
    if stops >= _SENTENCES or (lines and ended * _SENTENCE_SHARE >= len(lines)):
        return True
    if any(_SECTION_NUMBER.match(line) for line in lines):
        return True
    return len("".join("".join(lines).split())) >= _LONG_TEXT


def _foreign_type(features: Features, rules: Ruleset, reasons: Sequence[str]) -> str:
    """The 文种 the headline ends in when no kind of the ruleset is of that 文种 and the
    kind found owes nothing to the title; "" otherwise."""
    if not features.title or not features.content_read:
        return ""
    if features.title_doubt and not features.title.startswith("关于"):
        # (a doubted line "关于…的倡议书" under a page's teaser is still a 公文's headline)
        return ""
    found = doc_type(features.title, rules.doc_types)
    if not found or any(r.startswith(_WHERE["title"]) and "(+" in r for r in reasons):
        return ""
    if _title_not_its_genre(features, rules):
        return ""  # "安义县签发…行动令": news that one was issued, not the 令 itself
    claimed = (
        value
        for kind in rules.kinds
        for signal in kind.signals
        if signal.type == "title_ending" and "title" in signal.where and signal.weight > 0
        for value in signal.values
    )
    return "" if any(v.endswith(found) or found.endswith(v) for v in claimed) else found


def _strength(score: float, min_score: float) -> float:
    return min(1.0, score / (2 * min_score)) if min_score > 0 else 1.0


def confidence_of(top: float, second: float, min_score: float) -> float:
    """How sure a classification is, from 0 to 1.

    Strength: evidence saturates at twice the recognition threshold. Margin: a runner-up
    as strong as the winner takes the confidence down to 45%, below the usual count level,
    so a true tie is reported as uncertain rather than counted.
    """
    strength = min(1.0, top / (2 * min_score)) if min_score > 0 else 1.0
    return strength * (1.0 - 0.55 * (second / top))


def _format_allowed(kind: Kind, f: Features, rules: Ruleset) -> bool:
    if kind.requires_table and not f.tables and f.content_read:
        return False
    if f.family in kind.titled_formats or f.format in kind.titled_formats:
        # a workbook headed 会议纪要 on its cover is the record; the kind's words in its
        # cells are not
        return _titled(kind, f, rules)
    return not kind.formats or f.family in kind.formats or f.format in kind.formats


def _body_backed(kind: Kind, f: Features, rules: Ruleset) -> bool:
    """One of the kind's signals on the text (its words, its fields filled in) is found."""
    return any(
        s.weight > 0 and set(s.where) <= _BODY_PLACES and _signal(s, f, rules)[0] > 0
        for s in kind.signals
    )


def _titled(kind: Kind, f: Features, rules: Ruleset) -> bool:
    """The file's title ends in one of the 文种 the kind's title signals look for, or
    holds one of the words its title keywords look for (小组分工, 任务分工安排表)."""
    subjects = _title_subjects(f, "title", rules)
    return any(
        subject.endswith(value) if s.type == "title_ending" else value in subject
        for s in kind.signals
        if s.type in ("title_ending", "keyword") and "title" in s.where and s.weight > 0
        for value in s.values
        for subject in subjects
    )


def _score(
    kind: Kind, f: Features, rules: Ruleset
) -> tuple[float, list[str], int | None, float, str, tuple[str, ...], float]:
    """The kind's score, the reasons, the ledger table that matched, how much of the
    score came from the content (not from the name and folders), when only the title's
    文种 spoke for the kind from the content what its body signals looked for, when
    only hints spoke for it from the content what they found, and what hints added."""
    total = 0.0
    reasons: list[str] = []
    table_index: int | None = None
    content = 0.0  # what the format, a photo, a header or words of the content add up to
    by_title = by_body = False
    hints: list[str] = []
    hinted = 0.0
    backed = False  # a signal of the content that is no hint spoke for the kind
    for signal in kind.signals:
        weight, reason, table = _signal(signal, f, rules)
        if weight == 0:
            continue
        total += weight
        reasons.append(f"{reason} ({weight:+g})")
        if table is not None and weight > 0:
            table_index = table
        if not (signal.where and set(signal.where) <= _NAME_PLACES):
            content += weight
            if weight > 0:
                if signal.hint:
                    hints.append(reason)
                    hinted += weight
                else:
                    backed = True
                if signal.type == "title_ending" and tuple(signal.where) == ("title",):
                    by_title = True
                else:
                    by_body = True
    looked_for = [
        str(v)
        for signal in kind.signals
        if signal.weight > 0 and signal.type == "keyword" and set(signal.where) & _BODY_PLACES
        for v in signal.values
    ]
    unbacked = ""
    if by_title and not by_body and looked_for and f.content_read and not kind.requires_table:
        unbacked = "、".join(looked_for[:_SHOWN_WORDS])
    return total, reasons, table_index, content, unbacked, () if backed else tuple(hints), hinted


def _signal(s: Signal, f: Features, rules: Ruleset) -> tuple[float, str, int | None]:
    name_boost = 1.0 if f.content_read else 2.0
    if s.type == "title_ending":
        for where in s.where:
            for subject in _title_subjects(f, where, rules):
                for value in s.values:
                    if subject.endswith(value):
                        w = s.weight * (name_boost if where in ("name", "path") else 1.0)
                        if where == "title" and f.title_doubt and w > 0:
                            # a 文种 ending on a line that may be no headline decides nothing
                            # alone: what the body says must back it up
                            w = round(w * _DOUBTFUL_TITLE, 2)
                            why = (
                                f"{_WHERE[where]}以“{value}”结尾，但{f.title_doubt}，按 {w:g} 分计"
                            )
                            return w, why, None
                        return w, f"{_WHERE[where]}以“{value}”结尾", None
        return 0.0, "", None
    if s.type == "keyword":
        for where in s.where:
            subject = _subject(f, where)
            if where in _BODY_PLACES:
                subject = _unwrapped(subject)
            elif where == "title" and s.weight > 0:
                subject = _title_words(subject, rules)
            for value in s.values:
                if value in subject:
                    w = s.weight * (name_boost if where in ("name", "path") else 1.0)
                    why = f"{_WHERE[where]}含“{value}”"
                    return _doubted(w, why, where, f)
        return 0.0, "", None
    if s.type == "pattern":
        for where in s.where:
            subject = _subject(f, where)
            if where == "title" and s.weight > 0:
                subject = _own_words(subject)
            for pattern in s.patterns:
                found = pattern.search(subject)
                if found:
                    w = s.weight * (name_boost if where in ("name", "path") else 1.0)
                    # a pattern shows its group "cue" when it has one (not the posting line
                    # it reads past); a lookahead over the 公文's parts, matching nothing,
                    # shows the parts
                    shown = found["cue"] if "cue" in pattern.groupindex else found.group()
                    # (white space shown as one space: a table's row, "序号 公开事项 …")
                    shown = " ".join((shown or subject).split())
                    why = f"{_WHERE[where]}有“{shown[:20]}”"
                    return _doubted(w, why, where, f)
        return 0.0, "", None
    if s.type == "format":
        if f.family in s.values or f.format in s.values:
            return s.weight, f"文件格式为 {f.format}", None
        return 0.0, "", None
    if s.type == "photo":
        if f.image is not None and (f.image.camera or f.format in ("jpeg", "heic")):
            what = f"相机 {f.image.camera}" if f.image.camera else f"{f.format} 照片"
            return s.weight, f"像是照片（{what}）", None
        return 0.0, "", None
    if s.type == "picture":
        if f.picture is not None and f.picture in s.values:
            return s.weight, f"画面是{rules.picture_class(f.picture).title}", None
        return 0.0, "", None
    if s.type == "columns":
        return _columns_signal(s, f, rules)
    return 0.0, "", None


def _doubted(w: float, why: str, where: str, f: Features) -> tuple[float, str, None]:
    """A title's words on a line that may be no headline (a table's cell, a heading in
    the body) weigh as little as a 文种 ending there does."""
    if where == "title" and f.title_doubt and w > 0:
        w = round(w * _DOUBTFUL_TITLE, 2)
        return w, f"{why}，但{f.title_doubt}，按 {w:g} 分计", None
    return w, why, None


def header_fit(table: Table, rules: Ruleset) -> tuple[int, int]:
    """How much of a table's header is ledger vocabulary: (columns the ruleset knows,
    non-empty header cells). A questionnaire or a form has few known columns among many."""
    cells = [h for h in table.header if h and h.strip()]
    known = match_columns(table.header, list(rules.columns), rules.columns)
    return len(known), len(cells)


def _columns_signal(s: Signal, f: Features, rules: Ruleset) -> tuple[float, str, int | None]:
    best: tuple[float, int, list[str], tuple[int, int]] = (0.0, -1, [], (0, 0))
    for index, table in enumerate(f.tables):
        found = match_columns(table.header, s.values, rules.columns)
        if len(found) < s.min or (s.key and not any(k in found for k in s.key)):
            continue  # only generic columns (姓名, 身份证号): not this kind of ledger
        known, cells = header_fit(table, rules)
        # The header as a whole: a ledger is mostly columns the ruleset knows; two of
        # them among twenty strange ones (a questionnaire, a staff list) weigh little.
        fit = known / cells if cells else 0.0
        share = min(1.0, fit / _FIT_FULL) ** 2
        weight = s.weight * len(found) / len(s.values) * share
        if _blank_form(table, list(found.values())):
            weight = min(weight, rules.min_score * _WEAK_CAP / 2)
        if _minor_table(s, f, rules):
            weight = min(weight, rules.min_score * _WEAK_CAP / 2)
        if _other_table(s, table, rules):
            weight = min(weight, rules.min_score * _WEAK_CAP / 2)
        if weight > best[0]:
            best = (weight, index, list(found), (known, cells))
    weight, index, names, (known, cells) = best
    if index < 0 or weight <= 0:
        return 0.0, "", None
    table = f.tables[index]
    where = f"表“{table.name}”第 {table.header_row} 行" if table.name else "表头"
    fit_note = f"；表头 {cells} 列中 {known} 列是台账常见列" if known < cells * _FIT_FULL else ""
    if _blank_form(table, list(match_columns(table.header, names, rules.columns).values())):
        fit_note += "；这些列下几乎没有填写内容（空白表格或模板），不按台账认定"
    if _minor_table(s, f, rules):
        fit_note += "；这类表格只占长篇正文的一小部分（文中的表格，不是台账本身），不按台账认定"
    other = _other_table(s, table, rules)
    if other:
        fit_note += f"；表头另有“{other}”列，是另一种表格（如工作计划表），不按台账认定"
    return (
        round(weight, 2),
        f"{where}表头含 {'、'.join(names)}（{len(names)}/{len(s.values)}）{fit_note}",
        index,
    )


def _other_table(s: Signal, table: Table, rules: Ruleset) -> str:
    """The header cell that makes this table another kind of table: a work plan whose
    columns include 问题反馈 and 完成情况 is not a rectification ledger. The columns
    come from the signal's ``unless`` in the ruleset; "" when none is in the header."""
    if not s.unless:
        return ""
    found = match_columns(table.header, s.unless, rules.columns)
    return next((table.header[i] for i in found.values()), "")


def _table_chars(table: Table) -> int:
    cells = (*table.header, *(c for row in table.rows[:_ROWS_SCANNED] for c in row))
    return sum(len("".join(cell_text(c).split())) for c in cells)


def _minor_table(s: Signal, f: Features, rules: Ruleset) -> bool:
    """A long text in which the tables of this ledger's columns are a small part: a
    document holding a table (a tender's price or 业绩 table), not a ledger, whose
    substance is the table. Sheets are tables by substance: only documents are weighed."""
    if f.family != "document":
        return False
    text = len("".join(f.text.split()))
    if text <= _PROSE_MIN:
        return False
    ledger = sum(
        _table_chars(t)
        for t in f.tables
        if len(match_columns(t.header, s.values, rules.columns)) >= s.min
    )
    whole = max(text, sum(_table_chars(t) for t in f.tables))
    return ledger < whole * _TABLE_SHARE


def _blank_form(table: Table, columns: list[int]) -> bool:
    """A form or template to fill in: rows there are (labels, check boxes, notes), but
    under the ledger's columns hardly one holds anything. A row repeating one text in
    every cell is a merged note or section line, not data. A header without rows is
    not this: it is the ledger's template, its kind with no data rows."""
    rows = table.rows[:_ROWS_SCANNED]
    if not rows or not columns:
        return False
    filled = 0
    for row in rows:
        texts = {cell_text(c) for c in row} - {""}
        if len(texts) <= 1 and len(row) > 1:
            continue  # one merged cell across the row
        if any(i < len(row) and cell_text(row[i]) for i in columns):
            filled += 1
    return filled * _FILLED_MIN < len(rows)


_WHERE = {
    "name": "文件名", "path": "所在文件夹", "title": "标题", "text": "正文", "rows": "表格内容",
    "head": "标题上方（版头、刊头）", "masthead": "刊头", "lead": "正文开头", "tail": "正文末尾",
    "parts": "公文的组成部分", "labels": "页面自标的分类",
}  # fmt: skip


def _title_words(title: str, rules: Ruleset) -> str:
    """The headline's own words a keyword is looked for in; without its 文种 ending when
    that names no genre of the file (…向师生们发表讲话: 讲话 is what was given, no more a
    keyword of a speech than the ending of one). Patterns see the whole headline: one may
    look for the telling itself (a news item's …并发表讲话)."""
    own = _own_words(title)
    if not _not_its_genre(title, rules):
        return own
    ending = max(
        (t for t in (*rules.doc_types, *rules.delivered_types) if own.endswith(t)),
        key=len,
        default="",
    )
    return own[: len(own) - len(ending)]


def _title_subjects(f: Features, where: str, rules: Ruleset) -> list[str]:
    """What a title ending is looked for in: the name, or the title and the titles it carries.

    "关于印发《XX资金管理办法》的通知" is a 办法 in an envelope: the title inside counts.
    A word the ruleset lets follow a 文种 (…总结文档) is looked through.
    """
    if where == "name":
        return [_TITLE_TAIL.sub("", f.clean_name)]
    if where != "title":
        return [_subject(f, where)]
    title = _TITLE_TAIL.sub("", f.title.strip())
    if not title or _not_its_genre(title, rules):
        return []
    genre, colon, _ = title.partition("：")
    if colon and genre in rules.doc_types:
        # "演讲稿：AI优先≠使用AI": the 文种 alone before a colon names what follows
        return [title, genre]
    headline = _SUBTITLE.sub("", title)
    if headline != title and headline:
        # "会议纪要——ios、Android开发手机APP": the 文种 ends the headline, before its subtitle
        return [title, _TITLE_TAIL.sub("", headline)]
    bare = next(
        (
            title[: -len(w)]
            for w in rules.type_suffixes
            if title.endswith(w) and len(title) > len(w)
        ),
        "",
    )
    if bare:
        return [title, bare]
    forwarded = _FORWARDING.match(title) or _CUT_FORWARDING.match(title)
    if not forwarded:
        # A title that only quotes another document (关于《X报告》的批复, 关于《X办法》
        # 反馈意见的函) is not that document: only an envelope counts its contents.
        return [title]
    carried = forwarded.group(1)
    # 关于印发《A》《B》的通知 carries A and B; 关于印发2023年区《政府工作报告》确定的主要
    # 目标任务责任分解方案的通知 carries the 方案, its name quoting the report it serves
    after = re.split(r"[》»]", carried)[-1] if _CITED.search(carried) else carried
    quoted = embedded_titles(title) if not after.strip() else []
    inner = quoted or [carried]
    if _AND_THEN in carried and not quoted:
        inner.append(forwarded.group(1).split(_AND_THEN, 1)[0])
    return [*(_TITLE_TAIL.sub("", t) for t in inner), title]


#: A title cited inside a headline: 《…》 (or «…» as some PDFs print it).
_CITED = re.compile(r"《[^《》]*》|«[^«»]*»")


def _own_words(title: str) -> str:
    """The words a headline says of its own file: a title it cites in 《》 is another
    document's ("市经信委等7部门印发《…赋能产业发展行动方案》" is news of a plan, no case
    of 赋能), unless the headline is an envelope carrying it (关于印发《…》的通知) or is
    nothing but the title in its brackets."""
    own = _CITED.sub("", title)
    if own.strip() == "" or _FORWARDING.match(title) or _CUT_FORWARDING.match(title):
        return title
    return own


#: Where a keyword signal looks (the ruleset's ``where``) → that text of the file.
_PLACES: dict[str, Callable[[Features], str]] = {
    "name": lambda f: f.name,
    "path": lambda f: f.folders,
    "title": lambda f: f.title,
    "text": lambda f: f.text,
    "rows": lambda f: rows_text(f.tables),
    "head": lambda f: f.head,
    "masthead": lambda f: f.masthead,
    "lead": lambda f: f.lead,
    "tail": lambda f: f.tail,
    "parts": lambda f: f.formal,
    "labels": lambda f: f.labels,
}


#: A line break inside a sentence, between two Chinese characters: a PDF's line wrapped at
#: the page's width ("…简要汇报" over "如下："), no break of the words.
_WRAP = re.compile(r"(?<=[\u4e00-\u9fff，、])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=8)
def _unwrapped(text: str) -> str:
    """The text, and after it the same text with its wrapped lines joined: a keyword
    found in either (a phrase split by the page's width is still the phrase)."""
    joined = _WRAP.sub("", text)
    return text if joined == text else f"{text}\n{joined}"


def _subject(f: Features, where: str) -> str:
    place = _PLACES.get(where)
    return place(f) if place is not None else ""


def rows_text(tables: Sequence[Table], limit: int = _ROWS_SCANNED) -> str:
    """The cells of the first rows of every table, as one searchable string."""
    return "\n".join(" ".join(cell_text(c) for c in row) for t in tables for row in t.rows[:limit])


# --- what a picture shows ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PictureScore:
    """How well a picture matches one picture class, and the signals that added up."""

    picture: PictureClass
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PictureVerdict:
    """The picture class chosen, why, how every class scored, and how decisively the
    pixels (and EXIF) spoke for the chosen class (0..1)."""

    picture: PictureClass
    reasons: tuple[str, ...]
    scores: tuple[PictureScore, ...]
    confidence: float = 1.0


_MEASURE_TITLES = {
    "text_coverage": "文字占画面", "text_lines": "文字行数", "tallest_text": "最大字高占画面高",
    "colourfulness": "色彩饱和度", "white": "白色占比", "flat": "纯色占比", "edges": "锐利边缘占比",
    "aspect": "长宽比", "width": "宽", "height": "高", "megapixels": "像素（百万）",
    "smooth": "平滑无颗粒的画面占比", "transparent": "透明像素占比", "vivid": "纯正鲜艳色块占比",
    "long_side": "长边像素", "colours": "颜色数", "field": "单一颜色占比",
    "upright": "高宽比", "large_text": "大号文字占画面", "camera": "相机拍摄信息",
    "faces": "人脸数",
}  # fmt: skip
_EXIF_TITLES = {
    "camera": "相机型号", "exposure": "曝光参数", "gps": "GPS 位置", "taken": "拍摄时间",
    "software": "软件",
}  # fmt: skip


def picture_measures(image: ImageInfo) -> dict[str, float]:
    """Every measure a picture signal can test, as far as it was taken."""
    long_side, short_side = max(image.width, image.height), min(image.width, image.height)
    values: dict[str, float] = {
        "width": image.width,
        "height": image.height,
        "aspect": round(long_side / short_side, 3) if short_side else 0.0,
        "upright": round(image.height / image.width, 3) if image.width else 0.0,
        "megapixels": round(image.width * image.height / 1e6, 2),
        "long_side": long_side,
        # 1 when EXIF shows a camera took the picture (its model or exposure), else 0
        "camera": 1.0 if image.camera or image.exposure else 0.0,
    }
    facts = image.facts
    if facts is not None:
        values.update(
            colourfulness=facts.colourfulness, white=facts.white, flat=facts.flat, edges=facts.edges
        )
        for name in _OPTIONAL_MEASURES:  # taken only when the pass could take them
            value = getattr(facts, name)
            if value is not None:
                values[name] = value
    return values


_OPTIONAL_MEASURES = (
    "smooth",
    "transparent",
    "vivid",
    "colours",
    "field",
    "text_coverage",
    "text_lines",
    "tallest_text",
    "large_text",
    "faces",
)


def classify_picture(
    image: ImageInfo, fmt: str, text: str, rules: Ruleset
) -> PictureVerdict | None:
    """What a decoded picture shows, from the ruleset's picture classes; None without any."""
    if not rules.pictures or image.facts is None:
        return None
    measures = picture_measures(image)
    scores = []
    for picture in rules.pictures:
        total, reasons = 0.0, []
        for signal in picture.signals:
            reason = _picture_signal(signal, image, measures, fmt, text)
            if reason is not None:
                total += signal.weight
                reasons.append(f"{reason} ({signal.weight:+g})")
        scores.append(PictureScore(picture, round(total, 2), tuple(reasons)))
    ranked = sorted(scores, key=lambda s: -s.score)  # stable: the ruleset's order breaks ties
    best = ranked[0]
    if best.score >= rules.picture_min_score and best.score > 0:
        second = max(0.0, ranked[1].score) if len(ranked) > 1 else 0.0
        sure = _picture_sureness(best.score, second, rules)
        why = f"画面判断为{best.picture.title}（{best.score:g} 分）：" + "；".join(best.reasons)
        return PictureVerdict(best.picture, (why,), tuple(ranked), sure)
    default = rules.picture_class(rules.picture_default or rules.pictures[0].id)
    why = f"画面特征不明显，按{default.title}处理"
    own = next((s.score for s in ranked if s.picture.id == default.id), 0.0)
    # A default is no judgement: never more sure than half way to being recognised.
    sure = _picture_sureness(max(0.0, own), 0.0, rules) * 0.5
    return PictureVerdict(default, (why,), tuple(ranked), sure)


def _picture_sureness(best: float, second: float, rules: Ruleset) -> float:
    """How decisively the winning picture class was judged: its score against the
    ruleset's ``sure_score`` (the evidence a clear case has), lowered by a close runner-up
    (a tie by 55%; a distant one hardly, as the weak classes fire a little on most pictures)."""
    sure = rules.picture_sure_score
    if sure <= 0 or best <= 0:
        return 1.0 if sure <= 0 else 0.0
    return round(min(1.0, best / sure) * (1.0 - 0.55 * min(1.0, second / best) ** 2), 2)


def picture_doubt(kind: Kind, f: Features, rules: Ruleset) -> tuple[float, str] | None:
    """How sure a kind recognised by what its picture shows can be, and why: the picture
    verdict's own confidence. None when the kind did not rest on a picture class."""
    if f.picture is None or f.image is None:
        return None
    if not any(
        s.type == "picture" and s.weight > 0 and f.picture in s.values for s in kind.signals
    ):
        return None
    verdict = classify_picture(f.image, f.format, f.text, rules)
    if verdict is None or verdict.picture.id != f.picture:
        return None
    long_side = max(f.image.width, f.image.height)
    tiny = 0 < long_side < rules.picture_thumbnail_side
    if verdict.confidence >= 1.0 and not tiny:
        return None
    title = verdict.picture.title
    chosen = next(s for s in verdict.scores if s.picture.id == f.picture)
    why: list[str] = []
    sure = verdict.confidence
    if tiny:
        # An icon or a thumbnail shows too little to prove anything happened, whatever
        # its pixels look like: it is never counted as this kind on its own.
        sure = min(sure, rules.count_confidence * _NOT_COUNTED)
        why.append(
            f"画面太小（{f.image.width}×{f.image.height} 像素，长边不足"
            f" {rules.picture_thumbnail_side} 像素），是图标或缩略图，不足以作为证据"
        )
    if chosen.score < rules.picture_min_score:
        why.append("画面特征不明显，只是按默认类别处理")
    if not (f.image.camera or f.image.exposure):
        why.append("没有相机拍摄信息（EXIF）")
    against = [r for r in chosen.reasons if r.endswith(")") and "(-" in r]
    if against:
        why.append("不利的特征：" + "；".join(against))
    rival = next((s for s in verdict.scores if s.picture.id != f.picture), None)
    if rival is not None and rival.score > 0 and rival.score >= chosen.score * 0.6:
        why.append(f"也像{rival.picture.title}（{rival.score:g} 分）")
    detail = "，".join(why) or f"得分 {chosen.score:g}，未达明确的 {rules.picture_sure_score:g} 分"
    if sure < rules.count_confidence:
        return sure, (
            f"是否{title}没有把握：画面缺少{title}的明确特征（{detail}），"
            "可能是网页图片、横幅、海报、图标或地图，"
            f"把握只有 {sure:.0%}，不计入事项，请人工确认"
        )
    return sure, f"是{title}的把握为 {sure:.0%}（{detail}）"


def text_could_change(verdict: PictureVerdict, rules: Ruleset) -> bool:
    """Whether the words of a picture judged without them could make it another class: a
    class that its keyword signals, all firing, would lift to the chosen class's score,
    when the chosen one's own keyword signals could only lower it."""
    weights = {
        picture.id: [s.weight for s in picture.signals if s.type == "keyword"]
        for picture in rules.pictures
    }
    scores = {s.picture.id: s.score for s in verdict.scores}
    chosen = verdict.picture.id
    floor = scores.get(chosen, 0.0) + sum(w for w in weights.get(chosen, ()) if w < 0)
    return any(
        best >= floor and best >= rules.picture_min_score
        for picture in rules.pictures
        if picture.id != chosen
        for best in (scores.get(picture.id, 0.0) + sum(w for w in weights[picture.id] if w > 0),)
    )


def _picture_signal(
    s: PictureSignal, image: ImageInfo, measures: dict[str, float], fmt: str, text: str
) -> str | None:
    """Why the signal fires on this picture, or None when it does not."""
    if s.type == "measure" and s.measure is not None:
        value = measures.get(s.measure)
        if value is None:
            return None
        if s.min is not None and value < s.min:
            return None
        if s.max is not None and value > s.max:
            return None
        if s.values and value not in s.values:
            return None
        shown = [_shown(s.measure, value)]
        for measure, low, high in s.also:  # evidence that only holds together
            other = measures.get(measure)
            if other is None or (low is not None and other < low):
                return None
            if high is not None and other > high:
                return None
            shown.append(_shown(measure, other))
        return s.description or "，".join(shown)
    if s.type == "exif":
        present = {
            "camera": bool(image.camera), "exposure": image.exposure, "gps": image.has_gps,
            "taken": bool(image.taken), "software": bool(image.software),
        }  # fmt: skip
        found = [str(v) for v in s.values if present.get(str(v))]
        if s.absent:
            missing = "、".join(_EXIF_TITLES.get(str(v), str(v)) for v in s.values)
            return None if found else s.description or f"没有 EXIF {missing}"
        if not found:
            return None
        what = "、".join(_EXIF_TITLES.get(v, v) for v in found)
        camera = f"（{image.camera}）" if image.camera and "camera" in found else ""
        return s.description or f"EXIF 有{what}{camera}"
    if s.type == "format":
        return (s.description or f"格式为 {fmt}") if fmt in s.values else None
    if s.type == "keyword":
        for word in s.values:
            if str(word) in text:
                return s.description or f"画面文字含“{word}”"
    return None


def _shown(measure: str, value: float) -> str:
    shown = f"{value:.0%}" if measure in _SHARES else f"{value:g}"
    return f"{_MEASURE_TITLES.get(measure, measure)} {shown}"


_SHARES = frozenset(
    {
        "text_coverage",
        "tallest_text",
        "colourfulness",
        "white",
        "flat",
        "edges",
        "smooth",
        "transparent",
        "vivid",
        "field",
        "large_text",
    }
)
