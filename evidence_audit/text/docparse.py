"""The parts of an official document (GB/T 9704-2012) found in its extracted text.

发文字号 (:func:`find_doc_number`), title (:func:`find_title`), document type
(:func:`doc_type`), draft markers and template placeholders. Only the generic grammar
lives here (brackets, 第/号, draft markers); the vocabulary of document types comes from
the ruleset and is passed in as ``doc_types``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from .dates import (
    Layout,
    RoleDate,
    banji_start,
    choose_date,
    compilation_body,
    date_roles,
    delivered_at,
    find_dates,
    parse_chinese_date,
)

__all__ = [
    "COVER_TITLE_REASON",
    "PART_TITLES",
    "ZONES",
    "DocNumber",
    "DocPart",
    "DocStructure",
    "TitleCandidate",
    "cover_title",
    "doc_type",
    "embedded_titles",
    "find_doc_number",
    "find_title",
    "parse_document",
    "table_headline",
]


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A 发文字号 such as 湘发〔2019〕12号 (or 令 第12号, or a Taiwanese 府教学字第1103718733号,
    with ``year`` 0 and no brackets).

    ``brackets`` are the two characters actually used around the year; ``well_formed``
    means 〔〕, a four-digit year, no leading zero and no 第/字; ``issue`` explains in
    Chinese what is wrong otherwise. ``cited`` is True when the text held no number of
    its own and this one was taken from a citation in the body (根据…〔…〕…号).
    """

    raw: str
    agency: str
    year: int
    seq: int
    brackets: str
    well_formed: bool
    issue: str | None
    cited: bool = False

    @property
    def tidy(self) -> str:
        """The number with ASCII digits and no white space, as a clerk copies it
        (沪府规 〔２０１８〕５号 → 沪府规〔2018〕5号, 办发〔2010〕5 号 → 办发〔2010〕5号); the
        small form of the brackets is the same bracket (沪地铁路网﹝2023﹞135 号 →
        沪地铁路网〔2023〕135号), though :attr:`issue` still names it; a colon a page set
        after the code's 字 is left out (建议字：〔2023〕8号 → 建议字〔2023〕8号)."""
        tidy = _SPACE_RE.sub("", _fold(self.raw)).translate(_SMALL_BRACKETS)
        return _CODE_COLON.sub("", tidy, count=1)

    @property
    def normal(self) -> str:
        """:attr:`tidy` with 〔〕 around the year whatever brackets were read: for text
        read by OCR, which reads 〔 as [ or （ (晋政办发[2018]35号 → 晋政办发〔2018〕35号).
        What else is wrong with it (a 第, a two-digit year) is kept as written."""
        if not self.brackets:
            return self.tidy
        return _BRACKETED_YEAR.sub(r"〔\1〕", self.tidy, count=1)


#: A colon between an agency's code and the year's bracket (建议字：〔2023〕8号).
_CODE_COLON = re.compile(r"(?<=字)[:：](?=[〔﹝\[【〖(（［])")
#: The small form of the year's brackets (U+FE5D, U+FE5E), which NFKC reads as 〔〕.
_SMALL_BRACKETS = str.maketrans("﹝﹞", "〔〕")
_H = r"[ \t\u3000\u00a0]*"  # horizontal white space: a number never spans lines
#: A mirror's pinyin gloss after a character (農(nóng)), blanked to no-break spaces by
#: :func:`~evidence_audit.text.hanzi` as the text was folded to simplified characters.
_BLANKED_GLOSS = r"(?<=[\u4e00-\u9fff])\u00a0{3,8}(?=[\u4e00-\u9fff])"
_DOCNO = re.compile(
    rf"(?:(?P<region>[（(](?![一二三四五六七八九十]+[）)])[\u4e00-\u9fff]{{2,6}}[）)]){_H})?"
    rf"(?P<agency>(?:[\u4e00-\u9fffA-Za-z]|{_BLANKED_GLOSS}){{1,15}}?){_H}"
    # (a colon a page set after the code's 字: "建议字：〔2023〕8号")
    rf"(?:(?<=字)[:：]{_H})?(?P<lb>[〔﹝\[【〖(（［]){_H}"
    rf"(?P<year>(?:19|20)[0-9]{{2}}|[0-9]{{2}}){_H}(?P<rb>[〕﹞\]】〗)）］]){_H}"
    # a type mark in brackets and a project's code between the year and the sequence:
    # 南宁站〔2025〕（通知）钦防二线08号 (a supervision station numbers its notices so)
    rf"(?:(?P<mark>[（(][\u4e00-\u9fff]{{1,4}}[）)]){_H}[\u4e00-\u9fff]{{0,8}}?{_H})?(?P<zi>字)?{_H}"
    rf"(?P<di>第)?{_H}(?P<seq>[0-9]{{1,5}}){_H}(?:号(?![楼院室栋])|(?P<batch>批次))"
)
#: A number alone on its line that lost its closing bracket and 号 on the page, the year
#: and the sequence run together ("牟政办发〔201746", "大府办函〔201697"): read as printed,
#: its fault said. The year is the first four digits; one to three digits follow.
_BROKEN_DOCNO = re.compile(
    rf"^{_H}(?P<agency>[\u4e00-\u9fff]{{2,12}}){_H}(?P<lb>[〔﹝\[【(（［]){_H}"
    rf"(?P<year>(?:19|20)[0-9]{{2}})(?P<seq>[1-9][0-9]{{0,2}}){_H}$",
    re.M,
)
_BROKEN_ISSUE = "缺少右括号和“号”，年份与序号连在一起"
#: A number alone on its line that lost only its 号 ("东教通〔2021〕33" under a page's
#: fields, over the organ's line): read as printed, its fault said.
_UNMARKED_DOCNO = re.compile(
    rf"^{_H}(?P<agency>[\u4e00-\u9fff]{{2,12}}){_H}(?P<lb>[〔﹝\[【(（［]){_H}"
    rf"(?P<year>(?:19|20)[0-9]{{2}}){_H}[〕﹞\]】)）］]{_H}(?P<seq>[1-9][0-9]{{0,3}}){_H}$",
    re.M,
)
_UNMARKED_ISSUE = "缺少“号”"
#: The last character of an agency's code (牟政办发, 大府办函, 通区府议, 芜政, 东教通).
_AGENCY_MARK = re.compile(r"[发發函字议議政办辦府委电電报報复復批通]$")
#: What an agency code is not, alone: the marks that follow one (X发, X字, X函).
#: (nor is a template's placeholder agency, "xxxx〔2021〕01号", "XX发〔2020〕X号")
_NO_AGENCY = re.compile(r"[发字函]+|[xX×＊*○]+[发字函]?")
_BRACKETED_YEAR = re.compile(r"[〔﹝\[【〖(（［]((?:19|20)[0-9]{2}|[0-9]{2})[〕﹞\]】〗)）］]")
#: A 主席令's number is written in Chinese numerals (第七十七号, 第一百零五号).
_CN_SEQ = "[一二三四五六七八九十百零〇]{1,7}"
_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}
#: The year some agencies number their 令 by: 交通运输部令2021年第1号, XX省人民政府令〔2021〕第3号.
_ORDER_YEAR = rf"(?:(?:19|20)[0-9]{{2}}{_H}年|[〔\[［](?:19|20)[0-9]{{2}}[〕\]］])?{_H}"
_ORDER_NO = re.compile(
    # not right after a digit: "2008年1月31日中华人民共和国国务院令第517号公布" in a 题注
    # nor after a date's 日 set off by a space ("2011 年 12 月 15 日广州市人民政府令第 61 号")
    rf"(?<![0-9])(?!(?<=[0-9][ \t\u3000])日)"
    rf"(?P<agency>[\u4e00-\u9fffA-Za-z]{{0,15}}?){_H}令\s*(?P<year>{_ORDER_YEAR})"
    rf"第{_H}(?P<seq>[0-9]{{1,5}}|{_CN_SEQ}){_H}号"
)
#: A 令 printed as its 版头 is: the agency's 令 on one line, its number under it
#: (上海市人民政府令 / （第19号）); cited as 上海市人民政府令第19号.
_ORDER_SPLIT = re.compile(
    rf"^{_H}(?P<agency>[\u4e00-\u9fff]{{2,20}}?){_H}令{_H}\n(?:{_H}\n)*"
    rf"{_H}[（(]?{_H}(?P<year>{_ORDER_YEAR})第{_H}(?P<seq>[0-9]{{1,5}}|{_CN_SEQ}){_H}号{_H}[）)]?{_H}$",
    re.M,
)
#: A 字号 as Taiwanese agencies number their letters, printed after its label 发文字号:
#: the agency's words, 字第, the number (its first digits the ROC year), 号
#: (北市安健个字第1093003080号, 府教学字第1103718733号). Only after the label: cited in
#: the body (依据本中心…北市安健个字第1093002604号函) it is another letter's.
_LABELLED_ZI = re.compile(
    rf"发{_H}文{_H}字{_H}号{_H}[:：]{_H}(?P<agency>[\u4e00-\u9fff]{{1,15}}?){_H}字{_H}第{_H}"
    rf"(?P<seq>[0-9]{{4,12}}){_H}号"
)
_SIGNER = re.compile(r"签\s*发\s*人?\s*[:：].*$")
# Full-width digits to ASCII and every line break to "\n", one for one (offsets stay valid).
_FOLD = str.maketrans(
    "０１２３４５６７８９\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    "0123456789" + "\n" * 9,
)
#: Words that make a number in running text a citation of another document.
_CITE_RE = re.compile(
    r"根据|按照|依据|依照|参照|遵照|贯彻|落实|执行|转发|印发|对照|符合|附件|(?<![可所难])以(?!上|下|及|来|后|前|便|免)|《|》"
)
#: A number in brackets right after a quoted title is that document's, not this one's.
_CITE_OPEN = "（("
#: Chinese quotation marks around a number in running text: it names another paper (the
#: ASCII " of a JSON record's field, "文号":"…", quotes a value, not a citation).
_QUOTE_OPEN = "“「『‘"
_QUOTE_CLOSE = "”」』’"
#: What ends the line before a bracket opening a citation on the next: a quoted title.
_CITE_WRAPPED = "》"
#: How far back the 《 of a quoted title wrapped before its number is looked for.
_CITED_TITLE = 200
#: After a number, the leader dots of a table of contents ("…号）………（24）").
_TOC_AFTER = re.compile(r"[ \t\u3000]*[）)]?[ \t\u3000]*(?:[…⋯·.．]{3,}|…{2,})")
#: After a number, 的 going on with the name of another paper (…第39号的回复), or 文 /
#: 文件 naming the paper by its number, as a clerk cites one (京缓堵办函〔2017〕27号文).
_NAMED_AFTER = re.compile(r"[ \t\u3000]*(?:的|文(?!化))")
#: A label naming another kind of number: a contract's, a register's, a case's (a 发文字号 is
#: printed bare, or labelled 文号 / 发文字号 on a 发文稿纸).
_OTHER_NUMBER_LABEL = re.compile(
    r"(?:(?<!文件)(?<!发文)(?<!公文)编\s*号|编\s*码|合同号|案\s*号|序\s*号)[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
#: A page's or a 发文稿纸's field holding the document's own number (文号： 泾政〔2023〕1号,
#: 发文字号：), even after other fields on its line (名称： …的通知 文号： …).
_OWN_NUMBER_LABEL = re.compile(r"(?:发\s*文\s*字\s*号|文\s*号)[ \t\u3000]*[:：][ \t\u3000]*$")
#: A line opening an attachment list or a numbered list: its bracketed numbers are cited.
_LISTED_LINE = re.compile(r"[ \t\u3000]*(?:附\s*件|[0-9]{1,2}[.、．])")
#: A web page's field (索引号:…) or its breadcrumb (首页 > 政务公开), above its headline
#: (or its menu's items, short lines: 保障性住房分配和退出信息).
_PAGE_FIELD_LINE = re.compile(r"[:：>»]")
_PAGE_MENU_ITEM = 12
#: What ends a sentence of running text (none above a page's headline, under its fields).
_RUNNING_TEXT = re.compile(r"[。！？；]")
#: A headline naming an administrative instrument, whose 编号 is its own number.
_INSTRUMENT = re.compile(r"(?:通知|决定|告知|意见)书$")
#: "本通知（X政发〔2019〕4号）": the document naming itself.
_SELF_REF = re.compile(r"本[\u4e00-\u9fff]{1,4}$")
#: Where an over-captured agency ("县政府根据湘发") really starts: after the last of these.
_AGENCY_CUT = re.compile(
    r"根据|按照|依据|依照|参照|遵照|贯彻|落实|执行|转发|印发|对照|文件|通知|的|和(?!国)|及|与"
    r"|发文字号|文号"
)  # 和 but not 共和国's: 中华人民共和国国务院令; 通知: the 版头's 通知 run into the number;
# 发文字号: a page's field run into its value when printing lost the cell between them
_SENTENCE_END = "。；;！？!?\n"
_TOP_LINES = 15
#: A number not in the 版头 is the file's own only within this many non-empty lines: a
#: 版头 after a cover or an OA routing slip, a 规范性文件's number under its title.
_DEEP_LINES = 40
_TOP_CHARS = 600

_DRAFT_WORDS = r"征求意见稿|送审稿|讨论稿|初稿|草稿|代拟稿|修改稿|审议稿|草案"
_DRAFT_RE = re.compile(rf"[（(【\[〔]\s*(?:{_DRAFT_WORDS})\s*[）)】\]〕]|(?:{_DRAFT_WORDS})\s*$")
#: A text's edition or status in brackets: （第八版） （试行第九版） （2019年修订） （试行）.
_EDITION = re.compile(
    r"[（(](?:(?:试行|暂行)?第[一二三四五六七八九十百0-9]{1,4}版|(?:19|20)[0-9]{2}年(?:版|修订|修正)"
    rf"|试行|暂行|修订稿?|{_DRAFT_WORDS})[）)]"
)
_TRAILING_PAREN = re.compile(r"[（(【\[〔][^（）()【】\[\]〔〕]{1,15}[）)】\]〕]$")
#: The period a plan or a report covers, in brackets after its 文种, however long its
#: dates are written (本周服务器端修改计划（2026-03-15 ~ 2026-03-21）).
_TRAILING_PERIOD = re.compile(r"[（(][0-9年月日号.\-/~～至到—–]{4,30}[）)]$")
_TRAILING_PUNCT = "。．.，,；;：:！!、"
_BOOK_RE = re.compile(r"《([^《》]*)》")
_SPACE_RE = re.compile(r"\s+")
# Lines of the 版头 and page furniture that are never part of a title.
_NOT_TITLE = re.compile(
    r"^(?:[0-9]{1,8}|No\.?[0-9]+|.*★.*|(?:绝密|机密|秘密)☆.*|(?:绝密|机密|秘密|特急|加急|特提|平急).{0,8}"
    r"|签发人[:：].*|[—\-－]+[0-9]+[—\-－]+|第[0-9一二三四五六七八九十]+[期号]|特此.*"
    r"|第\s*[0-9]+\s*页\s*[,，]?\s*共\s*[0-9]+\s*页"  # page furniture: 第1页 共2页
    # a page's mark: "H - 1 / 4" (a contest problem's first of four pages), "Page 2 of 9"
    r"|(?:[A-Za-z]{1,3}\s*[-—－]\s*)?[0-9]{1,3}\s*/\s*[0-9]{1,3}|(?i:page)\s*[0-9]+\s*(?:of|/)\s*[0-9]+"
    # a programme's hours: "13:30~18:00"
    r"|[0-9]{1,2}[:：][0-9]{2}\s*[~～\-—–至到]\s*[0-9]{1,2}[:：][0-9]{2}"
    r"|.*[。；;，,！!？?])$"
)
#: A full stop inside the line, words after it: two sentences ("…的要求。它规定了…").
_TWO_SENTENCES = re.compile(r"^.*。.{4,}$")
# The 发文机关标志: "××文件", or a bare organisation name.
_ISSUER_RE = re.compile(
    # (no sentence's comma: "章化镇早安排、早部署，凝心聚力开好局" is a headline; no verb
    # setting the body up: "临沧市成立重大林业有害生物防控指挥部" is news of it)
    # (nor a page's trail: "履职依据>政策文件", nor its fields: "[ 发布机构 ] …", "文章来源：…")
    r"^(?![^《》]*(?:成立|组建|召开|举行))[^《》，。；！？>›»\[\]［］:：]{2,30}?(?:文件|(?<=公司)公文|人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|工作组|党委|党组"
    r"|常委会|局|厅|委|办)$"
)
_TITLE_LEN = range(4, 81)
#: How many issuers of a joint 公文 its headline may name, one to a line above it.
_JOINT_ISSUERS = 3
#: How a subtitle under a whole title opens (——…, 基于…的…).
_SUBTITLE = ("——", "基于")
#: A line ending in a document type goes on to the next line only if it is this long: a
#: headline wrapped at the page's width ("…实施规划报告" + "编制…会议纪要"), not a short
#: heading over the body ("项目总结" over "总体完成情况…").
_WRAPPED = 10
#: A title shorter than _TITLE_LEN is one when it is a document type of at least this
#: many characters on its own ("策划书", "章程" is not: a heading of a section).
_SHORT_TYPE = 3
#: A line in Latin letters with commas and no Chinese (a letterhead's English address,
#: Roosevelt Rd, Taipei 10617, Taiwan): no first line of a Chinese headline wrapped onto
#: the next (a name in Latin letters may be: <<CompCert C>> over 项目进度控制分析报告).
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")
_LATIN_LINE = re.compile(r"^(?=.*[A-Za-z]{2})(?=.*,)[^\u4e00-\u9fff]*$")
#: A web address alone on its line (a slide's footer, a letterhead's site): no headline.
_WEB_ADDRESS = re.compile(r"^(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+\S*)$", re.IGNORECASE)
# An OA system's header line: the whole line in 【】 or [] (【某省扶贫和移民工作局】).
_OA_HEADER = re.compile(r"^[【\[［〖][^【】\[\]［］〖〗]{2,40}[】\]］〗]$")


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _full_year(year: str) -> int:
    """A 4-digit year; two digits are read as 1951..2050 (〔19〕 -> 2019)."""
    y = int(year)
    if len(year) == 4:
        return y
    return 2000 + y if y <= 50 else 1900 + y


def _docno_issue(lb: str, rb: str, year: str, zi: bool, di: bool, seq: str) -> str | None:
    issues: list[str] = []
    if lb + rb != "〔〕":
        issues.append(f"年份应使用六角括号〔〕，实际为{lb}{rb}")
    if len(year) != 4:
        issues.append(f"年份应写全四位，实际为{year}")
    if zi:
        issues.append("年份后不应加“字”")
    if di:
        issues.append("序号前不应加“第”")
    if seq.startswith("0"):
        issues.append(f"序号不应编虚位，实际为{seq}")
    return "；".join(issues) or None


@dataclass(frozen=True, slots=True)
class _Candidate:
    number: DocNumber
    start: int
    end: int
    context_start: int  # where the regex match began (before agency clean-up)


def _clean_agency(agency: str) -> str:
    cut = 0
    for m in _AGENCY_CUT.finditer(agency):
        cut = m.end()
    return agency[cut:]


#: An agency code's closing mark (X发, X字, X函): a number of old, its year in two digits
#: and plain brackets, however an enumeration "（12）3号" reads.
_OLD_STYLE_AGENCY = re.compile(r"[\u4e00-\u9fff][发字函]$")


def _candidates(text: str) -> list[_Candidate]:
    folded = _fold(text)
    out: list[_Candidate] = []
    for m in _DOCNO.finditer(folded):
        lb, rb, year = m["lb"], m["rb"], m["year"]
        agency = _clean_agency(m["agency"])
        if len(year) == 2 and lb in "(（" and not _OLD_STYLE_AGENCY.search(agency):
            # "（12）3号" is an enumeration, not a number with a 2-digit year; an agency's
            # mark before it (中发（67）19号, 粤军管字（67）38号) makes it a number of before 2000
            continue
        start = m.end("agency") - len(agency)
        if len(agency) == 1 and agency == m["agency"]:
            # a number set letter-spaced ("永 政 发 〔2019〕 12 号"): its agency, one
            # character at a time
            while (
                start >= 2
                and folded[start - 1] in " \t\u3000"
                and "\u4e00" <= folded[start - 2] <= "\u9fff"
                and (start == 2 or folded[start - 3] in " \t\u3000\n")
            ):
                start -= 2
            agency = _SPACE_RE.sub("", text[start : m.end("agency")])
        if _NO_AGENCY.fullmatch(agency):
            continue  # "发【2024】第001号": a template's number without an agency code is none
        if m["region"] and agency == m["agency"]:
            # "（浦东）土呈字〔2017〕第148批次": the district in brackets opens the number
            start = m.start("region")
        y = _full_year(year)
        # a 呈报 batch ("第148批次") is numbered in its own way: its 第 is no fault
        di = m["di"] is not None and m["batch"] is None
        issue = _docno_issue(lb, rb, year, m["zi"] is not None, di, m["seq"])
        number = DocNumber(
            raw=text[start : m.end()],
            agency=agency,
            year=y,
            seq=int(m["seq"]),
            brackets=lb + rb,
            well_formed=issue is None,
            issue=issue,
        )
        out.append(_Candidate(number, start, m.end(), m.start()))
    for m in _ORDER_NO.finditer(folded):
        agency = _clean_agency(m["agency"])
        start = m.end("agency") - len(agency)
        seq = _seq_value(m["seq"])
        number = DocNumber(text[start : m.end()], agency, 0, seq, "", True, None)
        out.append(_Candidate(number, start, m.end(), m.start()))
    for pattern, issue in ((_BROKEN_DOCNO, _BROKEN_ISSUE), (_UNMARKED_DOCNO, _UNMARKED_ISSUE)):
        for m in pattern.finditer(folded):
            agency = _clean_agency(m["agency"])
            if _NO_AGENCY.fullmatch(agency) or not _AGENCY_MARK.search(agency):
                continue
            start = m.end("agency") - len(agency)
            raw = text[start : m.end("seq")]
            year, seq = int(m["year"]), int(m["seq"])
            number = DocNumber(raw, agency, year, seq, m["lb"], False, issue)
            out.append(_Candidate(number, start, m.end("seq"), m.start()))
    for m in _LABELLED_ZI.finditer(folded):
        start = m.start("agency")
        number = DocNumber(text[start : m.end()], m["agency"], 0, int(m["seq"]), "", True, None)
        out.append(_Candidate(number, start, m.end(), start))
    for m in _ORDER_SPLIT.finditer(folded):
        year = _SPACE_RE.sub("", m["year"])
        raw = f"{m['agency']}令{year}第{m['seq']}号"  # as it is cited, on one line
        number = DocNumber(raw, m["agency"], 0, _seq_value(m["seq"]), "", True, None)
        out.append(_Candidate(number, m.start("agency"), m.end(), m.start("agency")))
    out.sort(key=lambda c: c.start)
    return out


def _seq_value(seq: str) -> int:
    """A 令's sequence number, in digits or Chinese numerals (七十七, 一百零五, 十二)."""
    if seq.isdigit():
        return int(seq)
    total, digit = 0, 0
    for ch in seq:
        if ch == "百":
            total += (digit or 1) * 100
            digit = 0
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _CN_VALUES[ch]
    return total + digit


def _is_citation(text: str, c: _Candidate) -> bool:
    """True if a citing word or a 《》 precedes ``c`` in its sentence, or ``c`` stands in
    brackets after other text ("…的请示（德府〔2015〕5号）")."""
    if _TOC_AFTER.match(text, c.end):
        return True  # "…的意见（国办发〔2010〕5号）……（24）": an entry of a table of contents
    if _NAMED_AFTER.match(text, c.end):
        # "…关于对创业板年报问询函【2019】第 39 号的回复": a number going on with 的 names
        # the paper answered or forwarded, in a reference or running text
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    if _OWN_NUMBER_LABEL.search(text, line_start, c.start):
        return False
    label = _OTHER_NUMBER_LABEL.search(text, line_start, c.start)
    if label is not None and not _numbered_instrument(text, line_start, label.group()):
        return True  # "合同编号：JS〔2019〕第12号": a contract's or a register's number
    if (
        c.start > 0
        and text[c.start - 1] in _QUOTE_OPEN
        and text[c.end : c.end + 1] in _QUOTE_CLOSE
        and text[line_start : c.start - 1].strip()
    ):
        # "…成都市民政局“成民社字[2018]002号”对筹备…做出批复": a number quoted in running
        # text names the paper it stands for
        return True
    if c.start > 0 and text[c.start - 1] in _CITE_OPEN:
        line_start = text.rfind("\n", 0, c.start) + 1
        before = text[line_start : c.start - 1].strip()
        if not before:
            # the line wrapped just before the bracket (a PDF): "…《…的通知》\n(晋…74号)"
            above = text[:line_start].rstrip()
            if above[-1:] in _CITE_WRAPPED and "《" in above[-_CITED_TITLE:]:
                # (a stray 》 ending a headline, no 《 before it, quotes nothing)
                return True
        elif not _SELF_REF.search(before) and not _headline_number(text, line_start, c):
            return True
    sentence_start = c.context_start
    while sentence_start > 0 and text[sentence_start - 1] not in _SENTENCE_END:
        sentence_start -= 1
    return _CITE_RE.search(text, sentence_start, c.end) is not None


def _headline_number(text: str, line_start: int, c: _Candidate) -> bool:
    """``c`` in brackets closes the line of the headline ("# 条码支付业务规范（银发〔2017〕
    296号）"), the text's first or one under a web page's fields: the document's own number,
    printed with its headline as a copy of it does (moved up from the line under it)."""
    line_end = text.find("\n", c.end)
    closing = text[c.end : len(text) if line_end < 0 else line_end].strip()
    if closing not in ("）", ")"):
        return False
    above = text[:line_start]
    if not above.strip():
        return True
    # under a web page's fields and breadcrumb (索引号:…, 生成日期:…, 当前位置:…), no
    # sentence above it yet: the headline, with its number as the page prints it (not a
    # certificate's unlabelled cells: a project's name, its code, over the 批复 it cites)
    above_lines = [line for line in above.splitlines() if line.strip()]
    return (
        len(above_lines) < _TOP_LINES
        and all(
            _PAGE_FIELD_LINE.search(line) or len(_SPACE_RE.sub("", line)) <= _PAGE_MENU_ITEM
            for line in above_lines
        )
        and not _RUNNING_TEXT.search(above)
        and not _LISTED_LINE.match(text, line_start)
    )


def _numbered_instrument(text: str, line_start: int, label: str) -> bool:
    """A bare 编号 line under a headline naming an instrument (…通知书, …决定书): the
    instrument's own number, as administrative 文书 print it (编号：南宁站〔2025〕…08号)."""
    if not _SPACE_RE.sub("", label).startswith("编号"):
        return False
    above = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    return _INSTRUMENT.search(_SPACE_RE.sub("", above)) is not None


def _own_line(text: str, c: _Candidate) -> tuple[bool, int]:
    """Whether ``c`` is alone on its line (a 签发人 may follow), and that line's index
    among the non-empty lines."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = _SIGNER.sub("", text[line_start : c.start]) + _SIGNER.sub("", text[c.end : line_end])
    index = sum(1 for line in text[:line_start].splitlines() if line.strip())
    return rest.strip() == "", index


#: A standard's chapter listing the documents it cites (GB/T 1.1: 2 规范性引用文件), and
#: the next chapter's heading, which ends the list.
_REFERENCES = re.compile(
    r"^[ \t\u3000]*(?:[0-9]{1,2}[ \t\u3000]*)?(?:规范性)?引用文件[ \t\u3000]*$", re.M
)
_CHAPTER = re.compile(r"^[ \t\u3000]*[0-9]{1,2}[ \t\u3000]+[^\s0-9][^\n]{0,20}$", re.M)


def _reference_lists(text: str) -> list[tuple[int, int]]:
    """Where a standard lists the documents it cites: each number there is theirs
    (沪水务〔2014〕1232号 run into the title it follows, in a 管理规定's 规范性引用文件)."""
    spans = []
    for m in _REFERENCES.finditer(text):
        end = _CHAPTER.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


#: A paragraph of a body: a line of at least this many characters holding a sentence's
#: end (a crawler may keep a whole text on one line).
_PARAGRAPH = re.compile(r"(?=[^\n]{60})[^\n]*[。！？]")
#: How many lines on either side of a number its bodies' paragraphs are looked for.
_BODY_NEAR = 3


def _between_bodies(text: str, c: _Candidate) -> bool:
    """A paragraph of running text ends a line just above ``c``'s line and another follows
    it closely below: ``c`` opens a second document, set between two bodies."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    if line_end < 0:
        return False
    above = [ln for ln in text[:line_start].split("\n") if ln.strip()][-_BODY_NEAR:]
    below = [ln for ln in text[line_end:].split("\n") if ln.strip()][:_BODY_NEAR]
    return any(_PARAGRAPH.match(ln) for ln in above) and any(_PARAGRAPH.match(ln) for ln in below)


#: An attachment's mark right after a number on its line (used with .match at its end).
_ATTACHMENT_AFTER = re.compile(r"[^\S\n]*附[^\S\n]*件[^\S\n]*[0-9一二三四五六七八九十]")


def find_doc_number(text: str) -> DocNumber | None:
    """The document's own 发文字号, read from raw (not NFKC-normalised) text.

    Preference: a number alone on its line (a 签发人 may share it) within the first 15
    non-empty lines (the 版头); else the first number in the first 600 characters that
    is not a citation (no 根据/按照/依据/转发/印发/《》… earlier in its sentence); else any
    number alone on its line or any non-citation; else the first citation, marked
    ``cited=True``. 令 第×号 counts as a number (``year`` 0, ``brackets`` "").
    """
    candidates = _candidates(text)
    text = _fold(text)  # same offsets; raw values were taken from the original
    listed = _reference_lists(text)
    own = [
        c
        for c in candidates
        if not _is_citation(text, c)
        and not any(a <= c.start < b for a, b in listed)
        # "养猪事业部〔2019〕7号附件2" over a model contract: the number of the document it
        # is attached to, marking the attachment, not one of its own
        and not _ATTACHMENT_AFTER.match(text, c.end)
    ]
    contents_end = compilation_body(text)
    if contents_end is not None:
        # a compilation's (资料汇编's) numbers below its 目录 are those of what it collects
        own = [c for c in own if c.start < contents_end]
    # a number alone on its line between two bodies' paragraphs heads a second document
    # (a crawl of many texts run together): no 版头 of this one
    own = [c for c in own if not (_own_line(text, c)[0] and _between_bodies(text, c))]
    for c in own:
        alone, index = _own_line(text, c)
        if alone and index < _TOP_LINES:
            return c.number
    for c in own:
        if c.start < _TOP_CHARS:
            return c.number
    # Deeper in the text a number is another document's: one compiled or set out as an
    # example (a 246-page 汇编, study notes quoting a 决定 whole), or the record of
    # one.
    own = [c for c in own if _own_line(text, c)[1] < _DEEP_LINES]
    for c in own:
        if _own_line(text, c)[0]:
            return c.number
    if own:
        return own[0].number
    if candidates:
        n = candidates[0].number
        return DocNumber(n.raw, n.agency, n.year, n.seq, n.brackets, n.well_formed, n.issue, True)
    return None


#: Why a cover table's headline is the title.
COVER_TITLE_REASON = "封面表格中的标题（编号、版本等栏目之上）"


def cover_title(text: str, table_title: str, doc_types: Sequence[str]) -> TitleCandidate | None:
    """The headline of a cover laid out as a table (a project report's: its name over
    编号：…, a version table under it), when it ends with one of ``doc_types``: the lines
    above the first field (a label with a colon), as a chosen candidate on the line of
    ``text`` where the table's cells begin (-1 if not found)."""
    lines: list[str] = []
    for token in table_title.split():
        if "：" in token or ":" in token:
            break
        lines.append(token)
    flat = "".join(lines)
    if not lines or len(flat) not in _TITLE_LEN or doc_type(flat, doc_types) is None:
        return None
    first = _SPACE_RE.sub("", lines[0])
    where = next((ln.index for ln in _lines(text) if ln.flat.startswith(first)), -1)
    return TitleCandidate(flat, where, 10.0, COVER_TITLE_REASON, chosen=True)


_FIELD_LABEL = re.compile(r"[^\s：:；;]{1,12}[：:]")


#: A form's note on how to fill it in, after its name in the title's cell.
_FILLING_NOTE = re.compile(r"(?:填表|填报|填写)(?:说明|须知)[:：]?|注[:：]")
#: A table's number before its name ("表 1：…台账", "表2:"): a label, no part of it.
_TABLE_NUMBER = re.compile(r"\s*表\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[:：.．、]\s*")
#: The underline of a blank filled in, beside the words written on it.
_FILLED_BLANK = re.compile(r"(?<=[\u4e00-\u9fff\s])_+|_+(?=[\u4e00-\u9fff])")


def table_headline(title: str, doc_types: Sequence[str]) -> str:
    """A table's title up to the 文种 that ends its headline: the labels, blanks and
    letter-spaced column names after it (申报单位（盖章）：, 年 月 日, 发 布 内 容) are its
    fields. ``title`` as it is when no word of it ends in one of ``doc_types``."""
    tokens = title.split()
    note = next((k for k, t in enumerate(tokens) if k > 0 and _FILLING_NOTE.match(t)), None)
    if note is not None:
        # "搬迁人员登记信息" over "填表说明：1.…" in the cell the sheet's title shares: how to
        # fill it in is no part of its name
        tokens = tokens[:note]
        title = " ".join(tokens)
    for k in range(1, len(tokens)):
        if doc_type("".join(tokens[:k]), doc_types) is not None:
            return " ".join(tokens[:k])
    labelled = [k for k, t in enumerate(tokens) if _FIELD_LABEL.search(t)]
    if len(_FIELD_LABEL.findall(title)) >= 2 and labelled and labelled[0] > 0:
        # "…户情档案（一户一档） 乡镇： xx ； 村（社区）：xx": a row of fields to fill in
        # under the title cell, not part of it
        return " ".join(tokens[: labelled[0]])
    if len(tokens) > 1 and _FORM_NAME.search(tokens[0]) and all(map(_bare_field, tokens[1:])):
        # "…实地检查情况表" over "培训机构名称": the form's name, then its first field's
        # label in the row under it (its value to fill beside it)
        return tokens[0]
    kept = len(tokens)
    while kept > 1 and (
        _FILL_FIELD.fullmatch(tokens[kept - 1]) or _DATED_FIELD.fullmatch(tokens[kept - 1])
    ):
        # "课程测试 导出日期{{year}}", "…工资发放表 时间：2008年5月份": a field (filled in
        # or to fill) follows the headline
        kept -= 1
    headline = " ".join(tokens[:kept]) if kept < len(tokens) else title
    label = _ATTACHMENT_LABEL.match(headline) or _TABLE_NUMBER.match(headline)
    headline = headline[label.end() :] if label is not None else headline
    # "平远县 _泗水 镇_ 金田 _村…台账": a form's underlined blanks, filled in: the lines
    # are no characters of the name
    return _FILLED_BLANK.sub("", headline)


def _strip_markers(title: str) -> str:
    """``title`` without white space, trailing punctuation and trailing （…） groups."""
    t = _SPACE_RE.sub("", title)
    while True:
        t = t.rstrip(_TRAILING_PUNCT)
        m = _DRAFT_RE.search(t)
        if m and m.end() == len(t):
            t = t[: m.start()]
            continue
        m = _TRAILING_PAREN.search(t) or _TRAILING_PERIOD.search(t)
        if m:
            t = t[: m.start()]
            continue
        return t


def doc_type(title: str, doc_types: Sequence[str]) -> str | None:
    """The longest of ``doc_types`` that ``title`` ends with, ignoring white space, trailing
    punctuation, draft markers and other trailing （…） such as （试行）."""
    t = _strip_markers(title)
    matches = [d for d in doc_types if d and t.endswith(_SPACE_RE.sub("", d))]
    return max(matches, key=len) if matches else None


def embedded_titles(title: str) -> list[str]:
    """The titles quoted in 《…》 inside ``title`` (关于印发《XX管理办法》的通知)."""
    return [s.strip() for s in _BOOK_RE.findall(title) if s.strip()]


def _skip_line(line: str) -> bool:
    if _OA_HEADER.match(line):
        return True
    if _NOT_TITLE.match(line) or (_ISSUER_RE.match(line) and "关于" not in line):
        return True
    dates = find_dates(line)
    if dates and dates[-1].end == len(line):
        return True  # a signature or 纪要 header line ending in a date
    return any(_own_line(line, c)[0] for c in _candidates(line))


# A numbered section heading: 一、 （一） 1. 1、 第一章
_SECTION_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[章节条]"
    # "2.1 基本政策" as a PDF's text gives it, the chapter's digit lost: ". 1. 基本政策"
    r"|[.．]\s*\d+\s*[、.．])"
)
_HEADING_MAX = 50
#: A month and day opening a line ("8.30", "3.31日"), not a section number like "1.1".
_MONTH_DAY_LED = re.compile(
    r"^(?:1[0-2]|0?[1-9])[.．](?:(?:3[01]|[12]\d|0?[1-9])日|(?:3[01]|[12]\d)(?![\d.．]))"
    r"(?=[\u4e00-\u9fff])"
)
#: A field to fill written after a table's headline: its label and a placeholder or a
#: blank (导出日期{{year}}, 填报日期：____, 单位：${unit}).
_FILL_FIELD = re.compile(
    r"[\u4e00-\u9fff（）()]{1,10}[:：]?(?:\{\{[^{}]*\}\}|\$\{[^{}]*\}|[_＿]{2,})"
)
#: A date's field written after a table's headline, filled in (时间：2008年5月份).
_DATED_FIELD = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:时间|日期)[:：](?:19|20)[0-9]{2}\s*年[0-9\s]{0,3}(?:月份?)?"
    r"(?:[0-9\s]{1,3}日)?"
)
#: A title written wholly inside 《》, as the heading of the text it names.
_QUOTED_TITLE = re.compile(r"《[^《》]+》")
#: A Chinese headline followed on its line by its English translation (two words or more
#: in Latin letters after white space).
_ENGLISH_AFTER = re.compile(
    r"^\s*(?P<zh>.*[\u4e00-\u9fff][^\sA-Za-z]*)\s+"
    r"(?=(?:[0-9 ]*[A-Za-z]+\b[^A-Za-z\u4e00-\u9fff]*){2})[A-Za-z0-9][A-Za-z0-9 .,:&'()\-]*\s*$"
)
_PART_HEADING = re.compile(r"^[\u4e00-\u9fff]{2}[一二三四五六七八九十]{1,2}、")  # "作业一、"
#: A headline set one character apart is this long at least (shorter: "通 知", "报 告"
#: are found as the heading of a page).
_SPACED_HEADLINE = 6
_TAIL_MAX = 10  # the end of a headline broken over two lines
#: A Markdown quote's mark: the line is a note set under a heading, never its continuation.
_QUOTE_MARKS = (">", "＞")
_WORDS = re.compile(r"\S{2,}")


def find_title(text: str, doc_types: Sequence[str]) -> str | None:
    """The document title, or None.

    Searches the first 15 non-empty lines, stopping at the 主送 line (ending in "："),
    and skips the 版头 (份号, 密级, 紧急程度, the 发文机关标志 "××文件" or a bare
    organisation name, the 发文字号 and 签发人 lines, page numbers), lines ending in a
    date, and sentences (ending in 。，；！？ or starting 特此). A title is a line
    that ends with one of ``doc_types`` (see :func:`doc_type`), possibly joined with the
    next one or two lines when only the last of them ends with a type; failing that, the
    first line starting with 关于. White space inside the title is removed; its length
    must be 4 to 80 characters.
    """
    lines: list[str] = []
    for raw in text.splitlines():
        line = _SPACE_RE.sub("", raw)
        if not line:
            continue
        if line[-1] in "：:" or len(lines) >= _TOP_LINES:
            break
        lines.append(line)

    def typed(line: str) -> bool:
        return doc_type(line, doc_types) is not None

    def ok(title: str) -> bool:
        return len(title) in _TITLE_LEN

    for i, line in enumerate(lines):
        if _skip_line(line) or _SECTION_RE.match(line):
            continue
        if typed(line) and ok(line):
            following = lines[i + 1 : i + 3] if len(line) >= _WRAPPED else []
            return _longer_title(line, following, typed, ok)
        parts = [line]
        for nxt in lines[i + 1 : i + 3]:
            if _skip_line(nxt) or nxt.startswith("关于") or _SECTION_RE.match(nxt):
                break
            parts.append(nxt)
            if typed(nxt):
                joined = "".join(parts)
                if ok(joined):
                    return joined
                break
        if line.startswith("关于") and ok(line):
            return line
    return None


#: A line ending with its own date in brackets (部署纪要（2018-02-06）) under a headline:
#: the record's dated line, not the headline's end.
_DAY_LED_ENTRY = re.compile(
    r"^(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])[日号](?=[\u4e00-\u9fff])"
)
#: A list page's entry: its date and its column in brackets ("2014-09-30【園區公告】…").
_LISTED_ENTRY = re.compile(
    r"^(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[^\S\n]*[【［][^】］\n]{1,8}[】］]"
)
_DATED_LINE = re.compile(r"[（(](?:19|20)[0-9]{2}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?[)）]$")
DATED_LINE_REASON = "不是标题：标题下记录自身日期的一行（……纪要（2018-02-06））"


def _longer_title(
    line: str,
    following: list[str],
    typed: Callable[[str], bool],
    ok: Callable[[str], bool],
) -> str:
    """``line``, or ``line`` joined with the next one or two lines when the join also ends
    with a document type: "…实施规划报告" + "编制对接工作协调会议纪要" is one title."""
    best, parts = line, [line]
    for nxt in following:
        if _skip_line(nxt) or nxt.startswith("关于") or _SECTION_RE.match(nxt):
            break
        parts.append(nxt)
        joined = "".join(parts)
        if typed(nxt) and ok(joined):
            best = joined
    return best


def first_heading(text: str) -> str | None:
    """The first line when it reads as a heading: short, not a sentence, not the 版头.

    For texts whose title ends with no known type (a 典型案例 with a subtitle, a news
    headline); :func:`find_title` is tried first.
    """
    for raw in text.splitlines()[:_TOP_LINES]:
        line = _SPACE_RE.sub("", raw)
        if not line or _skip_line(line):
            continue
        if (
            len(line) in _TITLE_LEN
            and len(line) <= _HEADING_MAX
            and not _SECTION_RE.match(line)
            and line[-1] not in "。，；！？,;!?：:"
        ):
            return line
        return None
    return None


_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
#: A disclosure page's 索引号 (the catalogue's number of the record).
_INDEX_NUMBER = re.compile(r"^[\t\f]?(?:[\[［][ \t\u3000]*)?索引号(?:[ \t\u3000]*[\]］])?[:：]?")
#: The field of a disclosure page's table naming the document (名称, 信息名称, 标题).
_LISTED_TITLE_FIELD = re.compile(r"(?:信息|文件|公文)?(?:名称|标题)|题名")
#: A time's or a date's label opening a line (时间：2023-03-06).
_DATE_FIELD_LABEL = re.compile(r"(?:时间|日期)[:：]")
#: A page's tool's label alone on its line: 分享到：, 字号：.
#: (a site's search form too: 搜索位置：, 匹配度：, 排序： over the page's headline)
_PAGE_TOOLS = r"(?:分享到?|扫一扫|关注我们|字号|字体|内容检索|搜索位置|搜索范围|匹配度|排序)"
_PAGE_TOOL = re.compile(rf"^{_PAGE_TOOLS}[:：]$")
_ADDRESSEE_SKIP = re.compile(
    r"^(?:签发|附件|抄送|抄报|主题词|出席|列席|请假|记录|时间|地点|主持"
    r"|分享到?|扫一扫|关注我们|字号)"  # a web page's share buttons and tools, under its headline
    r"|(?:附)?表[0-9一二三四五六七八九十]{1,3}[:：]$"  # "表1：" numbers a form in a set
)
#: A page's posting field left empty under a news item's headline ("来源：", "作者："): no
#: 主送机关, and the lines under it are the item's lead.
_EMPTY_POSTING_FIELD = re.compile(
    r"^(?:来源|作者|编辑|责编|责任编辑|通讯员|记者|摄影|供稿|审核|日期|发布)[:：]$"
)
_SIGNATURE_RE = re.compile(
    r"^[^《》，。；：:]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|工作组|党委|党组"
    r"|局|厅|委|办|部|中心|协会|公司|(?<!之)处|科|室)$"  # a 处室 signs an internal draft
)


#: The bar between a site's links: 首页|图片|视频.
_LINK_BAR = re.compile(r"[|｜]")


def _page_furniture_line(line: str) -> bool:
    """A web page's line that ends in a colon and addresses no one: its greeting's
    今天是：, its posting line's 阅读次数：, its share bar's 分享到：."""
    return bool(_PAGE_GREETING.match(line) or _posted(line) or _PAGE_TOOL.match(line))


def find_addressee(text: str) -> str | None:
    """The 主送机关: the first line near the top that ends with a colon ("各乡镇人民政府：")."""
    for raw in text.splitlines()[: _TOP_LINES * 2]:
        line = _SPACE_RE.sub("", raw)
        if (
            not line
            or line[-1] not in "：:"
            or _ADDRESSEE_SKIP.match(line)
            or _page_furniture_line(line)
        ):
            continue
        if _SECTION_RE.match(line):
            continue  # "（3）人员与会情况：" labels a numbered part; no 机关 is numbered
        body = line[:-1]
        if 2 <= len(body) <= 80 and not _NOT_TITLE.match(body):
            return body
        return None
    return None


def find_issuer(text: str) -> str | None:
    """The 发文机关: the 版头 mark ("××人民政府办公室文件"), else the signature above the date."""
    lines = [_SPACE_RE.sub("", raw) for raw in text.splitlines()]
    lines = [line for line in lines if line]
    for line in lines[:5]:
        if _ISSUER_RE.match(line) and "关于" not in line:
            return line[:-2] if line.endswith("文件") and len(line) > 4 else line
    for i, line in enumerate(lines):
        dates = find_dates(line)
        if dates and dates[0].start == 0 and dates[-1].end == len(line) and i > 0:
            previous = lines[i - 1]
            if _SIGNATURE_RE.match(previous):
                return previous
    return None


# --- the document's parts -----------------------------------------------------------

#: The parts a document is read into, in the words of GB/T 9704 (and of other genres).
PART_TITLES: dict[str, str] = {
    "oa_header": "OA 页眉",
    "marks": "份号/密级/紧急程度",
    "issuer_mark": "发文机关标志",
    "doc_number": "发文字号",
    "signer": "签发人",
    "masthead": "刊头（期号、编发单位、日期）",
    "cover": "封面项",
    "title": "标题",
    "addressee": "主送机关",
    "body": "正文",
    "attachments": "附件说明",
    "signature": "发文机关署名",
    "date": "成文日期",
    "note": "附注",
    "cc": "抄送",
    "printed": "印发机关和印发日期",
}
#: The three zones of a 公文 and the parts each holds (PART_TITLES order within a zone).
ZONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("版头", ("oa_header", "marks", "issuer_mark", "doc_number", "signer", "masthead", "cover")),
    ("主体", ("title", "addressee", "body", "attachments", "signature", "date", "note")),
    ("版记", ("cc", "printed")),
)


@dataclass(frozen=True, slots=True)
class DocPart:
    """One part of a document: its kind (a key of :data:`PART_TITLES`), text and line."""

    part: str
    text: str
    line: int  # index among the non-empty lines


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    """A line (or lines) that could be the title, how strongly, and why (in Chinese)."""

    text: str
    line: int
    score: float
    reason: str
    chosen: bool = False


@dataclass(frozen=True, slots=True)
class DocStructure:
    """A document read into its parts (:func:`parse_document`).

    ``head``, ``lead`` and ``tail`` are the text above the title (版头, 刊头, a web
    page's header), the first lines of the body and its last lines: where a genre shows
    (a byline, a salutation, 责任编辑, 谢谢大家). ``dates`` are every date with its role,
    ``date`` the one the document is filed by.
    """

    parts: tuple[DocPart, ...] = ()
    title: str | None = None
    title_reason: str | None = None
    #: Why the chosen title may be no headline at all (a heading below the body's first
    #: sentences): its 文种 ending is then weak evidence of the document's kind.
    title_doubt: str | None = None
    candidates: tuple[TitleCandidate, ...] = ()
    number: DocNumber | None = None
    dates: tuple[RoleDate, ...] = ()
    date: RoleDate | None = None
    head: str = ""
    lead: str = ""
    tail: str = ""

    def part(self, name: str) -> str | None:
        """The text of the first part called ``name``, if there is one."""
        return next((p.text for p in self.parts if p.part == name), None)


@dataclass(frozen=True, slots=True)
class _Line:
    index: int  # among the non-empty lines
    start: int
    end: int
    raw: str  # stripped
    flat: str  # without any white space


_BANJI_PREFIX = re.compile(r"^(?:抄\s*送|抄\s*报|分\s*送|报\s*送|主\s*题\s*词)\s*[:：]")
_ATTACHMENT = re.compile(r"^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：.、]?")
_NOTE = re.compile(r"^[（(][^（）()]{2,30}[)）]$")
#: An attachment's mark opening the line of its headline ("附件4：湖南…推荐表").
_ATTACHMENT_LEAD = re.compile(r"^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]\s*(?=\S{4})")
#: The number of the document an attachment belongs to and its mark, over its headline
#: ("养猪事业部〔2019〕7号附件2 委托养猪合同（范本）").
_PARENTS_ATTACHMENT = re.compile(
    r"^[^\s附]{1,20}[〔\[［(（](?:19|20)[0-9]{2}[〕\]］)）][0-9]{1,4}号\s*附\s*件\s*[0-9]{1,2}"
    r"(?![0-9])\s*[:：]?\s*(?=\S{4})"
)
# "附件1" or "附件1：" alone above an attached document's title.
#: An attachment's label before its headline without a colon: "附件 5 城市路网矩阵说明",
#: "附件1 30个…" (a Chinese numeral only before white space: 附件一览表 is a word).
_ATTACHMENT_LABEL = re.compile(
    r"^[ \t\u3000]*附[ \t\u3000]*件[ \t\u3000]*"
    r"(?:[0-9]{1,2}[ \t\u3000]*(?![0-9 \t\u3000])|[0-9一二三四五六七八九十]{1,3}[ \t\u3000]+)"
    r"(?:、[ \t\u3000]*)?(?=\S{4})"
)
#: A Markdown ATX heading's marks opening a line.
_MD_HEADING = re.compile(r"#{1,6}[ \t]")
#: A section of a log or a report named by the day or the week it is about.
_PERIOD_HEADING = re.compile(
    r"(?:明日|今日|明天|今天|本周|下周|本月|下月|下一步|后续)(?:工作)?(?:计划|安排|总结|目标)[:：]?"
)
#: A line opening with a field's label and its colon ("参会人员：孙，雷…", "时间：…").
_FIELD_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：](?=\S)")
_BULLETS = "■◆◇●▶►★☆•▪"  # not □: a blank to fill in (□□□发电)
#: A list's bullet opening a line: "- ", "* ", "• " (no dash of a subtitle, ——).
_LIST_BULLET = re.compile(r"[-*•·▪][ \t\u3000]*(?=[^-*•·▪\s])")
#: Stars masking a name before a headline ("********有限空间作业管理办法"), not bold marks.
_MASK_STARS = re.compile(r"^[*＊]+(?!.*[*＊]{2})")
_LEADING_DASHES = "-—－–━─═"  # dashes, and the 红线 (a rule of box-drawing characters)
#: "附件1：", or a table's number in a set of forms ("表1：", "附表2") alone over its headline.
_ATTACHMENT_MARK = re.compile(
    r"^(?:附\s*件\s*[0-9一二三四五六七八九十]*|(?:附\s*)?表\s*[0-9一二三四五六七八九十]{1,3})\s*[:：]?$"
)
_MARKS = re.compile(
    # (a template's 秘密☆5年 too: ☆ for the ★ before the 保密期限, whatever note follows)
    r"^(?:[0-9]{1,8}|No\.?[0-9]+|.*★.*|(?:绝密|机密|秘密)☆.*|(?:绝密|机密|秘密|特急|加急|特提|平急).{0,8})$"
)
#: A handling mark printed above a compilation's or a 内部刊物's name (内部资料　注意保存):
#: like a 密级, no part of the title.
_KEEPING = r"注意保存|妥善保[存管]|(?:请勿|不得|严禁)外传|(?:阅|用)后收回"
_HANDLING = re.compile(
    rf"^(?:内部(?:资料|文件|刊物|参考|材料|发行)|{_KEEPING})(?:[，,、\s]*(?:{_KEEPING}))?$"
)
#: A cover's year and month on its line ("2018年12月", "二〇一八年十二月"): no title's part.
_COVER_MONTH = re.compile(
    r"(?:(?:19|20)[0-9]{2}|[一二][〇○零O０0一二三四五六七八九]{3})年"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
)
_ISSUE_NO = re.compile(
    r"^[（(]?第\s*[0-9一二三四五六七八九十〇]+\s*[期号][)）]?$|^[（(]\s*[0-9]+\s*[)）]$"
    r"|^[（(]?(?:(?:19|20)[0-9]{2}\s*年|[〔\[［](?:19|20)[0-9]{2}[〕\]］])\s*第\s*[0-9]+\s*号[)）]?$"
    r"|^.{0,20}(?:19|20)[0-9]{2}\s*年\s*第\s*[0-9一二三四五六七八九十]+\s*期$"
)
# An organisation's name standing alone: a letterhead, not a title.
#: (no year in it: "南京市高淳区2016年义务教育阶段学校" over "入学工作实施方案" is a headline
#: wrapped after 学校)
_ORG_NAME = re.compile(
    r"^(?![^《》，。；：:]*(?:19|20)[0-9]{2}年)[^《》，。；：:]{2,30}?(?:公司|集团|大学|学院|学校|医院|中心|协会|研究院|研究所|委员会"
    r"|处|科|股|室)$"
)
_PLACEHOLDER = re.compile(
    r"^[{｛][^{}｛｝]{1,40}[}｝]$|^[（(][^（）()]{0,20}(?:填写|填入|输入)[^（）()]{0,20}[)）]$"
    r"|^[$#][{｛][^{}｛｝]{1,40}[}｝]$"  # a web page's expression: ${sessionScope.username}
    r"|^(?:«[^«»]{1,40}»)+$"  # Word merge fields: «名称»
    r"|^<[A-Za-z][A-Za-z ]{2,40}>$"  # a slide template's <Insert Picture Here>
)
#: A headline printed with its 发文字号 after it is at least this long without it.
_TITLED_BEFORE_NUMBER = 6
#: A line of a form's or a page's fields whose last field is left empty ("时间：2023-08-01
#: 来源："): the fields before it have their values.
_FIELDS_ENDING_EMPTY = re.compile(
    r"^[\u4e00-\u9fff]{1,8}[:：].*[^:：](?:[\u4e00-\u9fff]{1,6}|[A-Za-z]{2,8})[:：]$"
)
#: Marks a headline never opens with: a line opening with one is a sentence's tail.
_CLAUSE_MARKS = "，、。；：,;"
#: An editor's note after a line's text ("关于…的通知   （此处有多个前导空格）"): no part of it.
_EDITORS_NOTE = re.compile(r"\s*[（(]此处[^（）()]{1,30}[)）]\s*$")
#: A blank to fill in opening a line ("(工程名称)移民安置独立评估合同书"): no part of it.
_BLANK_LEAD = re.compile(r"^\s*[（(][\u4e00-\u9fff]{0,6}(?:名称|单位|姓名)[)）]\s*(?=[^\s：:])")
#: A document's control code on its own line (QR-4.1-01-A3 over 课题研究计划书).
#: A form's running header: its code, its name and its version (27F-70-10-1-05
#: 資通安全事故通報單(第12版), white space removed).
_FORM_HEADER = re.compile(
    r"^[0-9A-Za-z]{1,4}(?:-[0-9A-Za-z]{1,4}){3,}.{0,40}[（(]第[0-9一二三四五六七八九十]{1,3}版[)）]$"
)
#: A disclosure page's field whose label and value only white space parts ("发文字号
#: 兰陵政字〔2024〕32号", "效力状态 有效中"): labels no headline opens with.
_UNMARKED_FIELD = re.compile(
    r"^[\t ]?(?:索引号|发文字号|成文日期|发布日期|生效日期|失效日期|效力状态|主题分类|组配分类"
    r"|体裁分类|公开方式|公开范围)[ \t\u3000]*(?![:：])\S"
)
#: A disclosure page's 关键词 or 主题分类 without its label: short words between commas
#: ("综合,政务,工作").
_KEYWORD_LIST = re.compile(
    r"^[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]*[,，][ \t\u3000]*[\u4e00-\u9fff]{2,3}){2,}$"
)
#: (a controlled document's code and version too: ZR-XNQY-NNJG-KF-C-002(V2.0))
_CODE_LINE = re.compile(
    r"^[A-Za-z]{1,8}(?:[-_.][A-Za-z]{1,8})*[-_.]?[0-9][-_.A-Za-z0-9]*(?:[（(][Vv]?[0-9.]+[)）])?$"
)
#: An identifier standing alone, digits and capitals (a 统一社会信用代码 read by OCR over a
#: certificate's name: 19999696969G99999G9G9Q): no word of a title.
#: A disclosure catalogue's 索引号 without its label (005295135/2017-00127) is one too.
_IDENTIFIER = re.compile(
    r"^(?:(?=(?:[^0-9]*[0-9]){6})[0-9A-Z]{10,}|ID[:：]?[0-9]{4,}"
    r"|[0-9A-Z]{8,20}[-/](?:19|20)[0-9]{2}[-/][0-9]{3,6})$"
)
#: A maker's mark on a cover: a name in Latin letters and the span of years its copyright
#: covers (HaoYue-Tec 2009-2018, © Acme 2010–2020), no name of the document.
_MAKER_MARK = re.compile(
    r"^(?:©|\(c\)|copyright)?[ \t\u3000]*[A-Za-z][A-Za-z0-9 .&,\-]*?[ \t\u3000]*(?:©|\(c\))?"
    r"[ \t\u3000]*(?:19|20)[0-9]{2}[ \t\u3000]*[-–~—][ \t\u3000]*(?:19|20)[0-9]{2}[ \t\u3000]*$",
    re.I,
)
#: A 发文字号 with X for its digits (XXX〔2023〕X号): a template's placeholder number.
_PLACEHOLDER_NUMBER = re.compile(
    r"^\S{0,15}?[〔\[［【（(](?P<number>[0-9X×x]{2,4}[〕\]］】）)]第?[0-9X×x]{1,5})号$"
)
#: A number line with its year or its sequence left blank (徐国土资罚[]   号, 青政发〔2019〕号).
_BLANK_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,15}(?:[〔\[［【][〕\]］】]第?[0-9]{0,5}|[〔\[［【](?:19|20)[0-9]{2}[〕\]］】]第?)号$"
)
#: A copyright line printed at the top of a page.
_COPYRIGHT = re.compile(r"^(?:copyright|©|\(c\)|版权所有)", re.I)
#: A field left blank at the top of a form or an instrument (编号：, 密级：): not a 主送.
_BLANK_FIELD = re.compile(
    # (a disclosure page's fields left empty too: "主题分类：", "内容概述：")
    r"^(?:[\u4e00-\u9fff]{0,4}编号|文号|密级|份号|发文机关|发布机构|(?:主题|组配|体裁)分类"
    r"|内容概述|关键词|主题词)[:：]$"
)
#: ("二 MPP产品在电信行业应用案例" on a slide: a Chinese numeral and a space, unless the
#: line is letter-spaced, 二 〇 一 九 年…)
_NUMBERED = re.compile(
    r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[一二三四五六七八九十]{1,3}(?![ \t\u3000]+[\u4e00-\u9fff〇][ \t\u3000]))"
    r"\s+\S"
)
#: A table of contents' label opening a line, the first entry after it ("目录 美的…工作规划"):
#: the parts' headings, not the document's headline.
#: A branch or a status in brackets after an organisation's name: （上海筹）, (筹).
_BRANCH_AFTER = re.compile(r"[（(][^（）()]{1,10}[）)]$")
#: What opens a line before its words: marks and a scan's stray signs (π).
_NOT_HAN = "".join(chr(c) for c in range(0x21, 0x3000)) + "　"
#: A Markdown list item ("* 宣传", "- 买水", indented or not).
_LIST_ITEM = re.compile(r"^[ \t]*[*+-][ \t]+\S")
#: A Markdown quote's line ("> * 话题：…", "> 使用说明").
_MD_QUOTED = re.compile(r"^[ \t]*[>＞]")
#: A Markdown page's first-level or second-level heading ("# 6.6活动需要做的事情").
_MD_HEADLINE = re.compile(r"^#{1,2}[ \t]+\S")
#: A line of marks alone: a reStructuredText heading's over- or underline (************),
#: a Markdown rule, a row of dashes.
_RULE_LINE = re.compile(r"[\W_]{3,}")
#: A heading asking or exclaiming, one sentence: "…还有必要学习生物信息吗？", "…报名开始啦！".
_ASKED = re.compile(r"[^。；;]{4,60}[？！?!]")
#: A headline exclaiming ("名单出炉！我县省级文明村镇、单位再添新军！"): no comma or full stop.
_SENTENCE_REASON = "句子或页码"
_CONTROLS_REASON = "阅读器或网页的按钮和固定栏目（上一页、下一页、信息公开）"
_EXCLAIMED = re.compile(r"[^。；;，,！!]{4,60}[！!](?:[^。；;，,！!]{2,30}[！!]){0,2}")
#: A blank to fill in or an empty bracket ("{…}", "____", "（  ）"): a form's field.
_TO_FILL = re.compile(r"[{｛_]|[（(]\s*[)）]")
#: Lines of a site's own (breadcrumb, greeting) a page's headline may stand below.
_OPENING_CHROME = 5
#: Such a heading opening with a month and day glued to its words ("# 6.6活动…").
_MD_TOP_HEADING = re.compile(r"^#[ \t]+\S")  # a Markdown heading of the first level
_MD_SUBHEADING = re.compile(r"^#{2,6}[ \t]+\S")
#: What joins a dated heading's name to its date ("Open Day - 2022.05.28").
_DATE_JOINER = re.compile(r"[\s\-—–_:：|｜,，]+$")
#: The fewest characters of a dated heading's name (新闻联播): no bare date or initials.
_DATED_HEADING_NAME = 4
_MD_DAY_HEADLINE = re.compile(
    r"^#[ \t]+(?:1[0-2]|0?[1-9])[.．](?:3[01]|[12]\d|0?[1-9])[\u4e00-\u9fff]"
)
_CONTENTS = re.compile(r"^(?:目[ \t\u3000]*[录次]|contents)(?:[ \t\u3000]+\S|$)", re.I)
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff\s]{1,8}[:：].+$")
#: A news headline led by its place ("郑湖乡：加强监督，护航项目建设"), no form's field; a
#: page's "新疆克州：关于…" is its label over the document's own headline.
_PLACE_LED = re.compile(r"^[\u4e00-\u9fff]{1,7}(?:乡|镇|县|区|市|旗|街道|村|州)[:：](?!关于)\S{4,}")
_CELLS = re.compile(r"\S\t+\S")  # cells of a table row, as extracted text
# What a form's field is called: 项目名称, 活动时间, 申报单位, 联系人, 案由.
_FIELD_NAME = re.compile(
    r"(?:名称|时间|日期|地点|单位|姓名|主题|编号|类别|方式|电话|地址|人|号|由|型)$"
)
# A line set letter-spaced ("杭 州 电 子 科 技 大 学"): a cover's letterhead, set apart.
#: A headline opening with the year it covers (2023年政府信息公开工作年度报告).
_YEAR_LED = re.compile(r"(?:19|20)[0-9]{2}年")
_SPACED = re.compile(r"(?:\S[ \t\u3000]+){3,}\S")
#: A word set one character apart ("报  告", "纪 要"): a headline spaced to the page's width.
_LETTER_SPACED = re.compile(r"\S(?:[ \t\u3000]+\S)+")
_GAP = re.compile(r"\S(?: {4,}|\u3000{3,})\S")  # cells laid out with spaces
_PRINTED = re.compile(r"日\s*印\s*发")
_LEAD_LINES = 3
#: The marks put before a line of the head read as no title line (a table's row, a numbered
#: heading, a form's field, a web page's menu).
_MARKED = "\t\v\f\x1e"
#: A line ending a sentence: the body has begun above any line after it.
_SENTENCE_LINE = re.compile(r"[。！？!?；;]$")
#: A form's fields from the second on are its body: a typed line below them names a field.
_FIELDS_BEGIN_BODY = 2
#: A form's label alone in its cell is this short (姓名, 联系电话).
_BARE_FIELD = 6
#: A cover's field label ending in its colon (分类:, 使用者：), at most this long, over its
#: value on the next line, at most ``_COVER_VALUE`` long: no 主送机关.
_COVER_LABEL = 5
_COVER_VALUE = 20
#: What a line ending in a 文种 scores once the body has begun: below any headline.
_IN_BODY = 2.0
_SITE_CHROME = ("网站的", "网页的")  # _why_not's reasons for a site's own lines
_IN_BODY_NOTE = "，但在正文开始之后（句子或表单的填写项之下）：像是小标题或栏目名，不像文件标题"
#: A web page's navigation bar printed at its top: 首页 > 通知公告, 当前位置：….
#: A breadcrumb trail set in cells: ">> 政务公开 | >> 市政府信息公开 | >> 政策文件".
_CRUMBS = re.compile(r"^(?:[>›»]{1,2}[^\t>›»]*\t+){1,}[>›»]{1,2}[^\t>›»]*$")
#: A field's label in its cell: a few words, no digit, no sentence's mark.
_CELL_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _fields_row(raw: str, after_fields: bool) -> bool:
    """A table row of fields: two or more labels, each followed by its value's cell, a
    value no word (a number, a date: no row of column titles), or the row under another
    row of fields."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) % 2 and cells[-1][-1:] in ("：", ":"):
        cells.append("")  # "名称：\t…\t文号：": the last field left empty
    # (one field alone on the row under rows of them: "发布机构：\t衢州市审计局")
    if len(cells) < (2 if after_fields else 4) or len(cells) % 2:
        return False
    # (a label may keep its colon: "索引号：\t…\t组配分类：\t规划计划")
    if not all(_CELL_LABEL.fullmatch(c.rstrip("：:")) for c in cells[::2]):
        return False
    return after_fields or any(_CELL_LABEL.fullmatch(c) is None for c in cells[1::2])


_NAVIGATION = re.compile(
    # (the column's name or the trail's icon before it: "工作信息 首页 > 信息公开目录 > …",
    # "ico-crumb.png 首页 > 街工委、镇人大")
    # (each step may be an item of a numbered list, as a trail copied from its <ol>: "1. 当前位置：")
    r"^\s*(?:[0-9]{1,2}\.\s*)?(?:(?:[^\s>›»，。；]{1,16}\s+)?首页\s*[>›»]|首页[\s/|]"
    r"|(?:[您你](?:的|现在的?|当前的?|所在的?){0,2}|当前|现在|所在)位置"
    r"(?:\s*[:：>]|\s+首页)"
    # a bare trail of three or more places: 承德市>围场县>政务公开>通知公告
    r"|[^\s>›»，。；]{1,12}(?:\s*[>›»]\s*[^\s>›»，。；]{1,12}){2,}\s*$"
    # the rest of a trail wrapped under its label: "当前位置：首页" over "> 政务公开 > 公开目录"
    r"|[>›»]\s*[^\s>›»，。；]{1,12}(?:\s*[>›»]\s*[^\s>›»，。；]{1,12})+\s*$"
    # a trail's step set on a line of its own: "首页 ›" / "图片新闻 ›" / "内容"
    # (a Word merge field, «名称», and a placeholder, <项目编号>, are no steps)
    r"|[^\s<>«›»，。；]{1,12}\s*(?:[›»]{1,2}|(?<=\s)>{1,2})\s*$"
    # steps each led by its mark and closed by a bar: "> 信息公开 | > 上郑乡 | > 通知公告 |"
    r"|(?:[>›»]\s*[^\s>›»|｜，。；]{1,20}\s*[|｜]\s*){3,}$"
    # a trail written as a path: "/聚焦镇海/专题专栏/往期专题/垃圾分类镇海更美/视频报道"
    r"|(?:/[^/，。；\n]{1,16}){3,}/?\s*$"
    # or its steps from the home page set apart by spaced slashes: "网站首页 / 工作会议 /
    # 其他会议" (not a slogan's: "有思想 / 有温度 / 有品质")
    r"|[^\s/，。；]{0,6}(?:首页|主页)(?:[ \t\u3000]+/[ \t\u3000]+[^\s/，。；]{1,12}){1,}\s*$"
    # a menu's items set apart by bars: "微博|今日看点|视频新闻|东坑周报|专题报道"
    r"|[^\s|｜，。；]{1,8}(?:\s*[|｜]\s*[^\s|｜，。；]{1,8}){3,}\s*$)"
)
#: A drop-down menu read as one line: four or more short words set apart by single spaces
#: ("介绍 组织架构 工作组 章程 会议纪要", "公务员邮箱 移动应用 微信 APP下载 无障碍 关怀版");
#: its last word's 文种 makes no headline of it.
_MENU_WORD = r"(?=[A-Za-z]*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z]{2,6}"
_MENU_LINE = re.compile(rf"^\s*(?:{_MENU_WORD}[ \u3000]){{3,}}{_MENU_WORD}\s*$")
#: An article's bar of tools on a web page: the size of its letters (放大 缩小 默认,
#: "【字号：加大 还原 减小】").
_READER_TOOLS = re.compile(r"放大.{0,6}缩小|字号[:：]?\s*(?:加大|大)")
#: A viewer's or a page's controls captured with it (上一页 1/2 下一页 最后页 搜索): no headline.
_CONTROLS = re.compile(
    r"(?:上一页|首页).{0,20}下一页|下一页.{0,20}(?:尾页|末页|最后页?)"
    r"|设为首页.{0,6}加入收藏|加入收藏.{0,6}设为首页|^我要(?:投稿|纠错|留言|投诉|评论)$"
    rf"|{_READER_TOOLS.pattern}"
    r"|^(?:转|切[换換]到)?繁[体體]版?$|^转?简体版?$|^(?:关怀版|长者模式|适老版|无障碍(?:浏览|阅读)?)+$"
    # the page's history and column of its own, the alt text of the site's logo
    r"|^(?:浏览记录|(?:内容|文章|新闻|信息)详情页?)$|^.{0,12}(?i:logo)$"
    rf"|^{_PAGE_TOOLS}[:：]?$"
    # an e-paper's page, its way between pages and its tools: 第C5版:城事 上一版 3 4 下一版,
    # 标题导航, 内容检索:, 返回该版首页, 数字报刊平台
    r"|^第[A-Z]?[0-9]{1,3}版|上一版.{0,12}下一版|^(?:标题导航|内容检索[:：]?)$|返回该版"
    r"|^(?:数字报刊平台|数字报|电子报|电子版)$"
    # a government site's 政府信息公开 column, its fixed entries one to a line
    r"|^(?:政府信息)?(?:公开指南|公开制度|公开年报|依申请公开)$|^(?:政府)?信息公开(?:目录|专栏)?$"
    # a page's way back: "←返回首页 返回「重大政策」板块", "【返回标题列表】【上一记录】…"
    r"|^[←<«‹]?\s*返回(?:首页|列表|顶部|上一?[页级])"
    r"|【(?:返回标题列表|上一记录|下一记录|打印(?:记录|本页)|关闭窗口)】"
    # a forum's counts of its thread and its switches of layout: "•3761阅读", "•0回复" (no
    # 回复 of a 文种), "论坛风格切换", "切换到宽版"
    r"|^(?:[•·|｜\s]*[0-9]+\s*(?:阅读|回复|浏览|点击|评论|点赞|收藏|转发))+$"
    r"|^(?:论坛风格切换|切换到[宽窄]版)+$"
)
#: A web page's furniture under its article: the way to the next and previous pages, its
#: tools, the site's copyright, licence and complaint lines (the article's byline stands
#: above them; see :func:`_article_end`).
_FOOTER_LINES = 30  # how far up from a page's end its furniture is looked for
_FOOTER_WIDTH = 60  # a line that names no furniture and is longer is the article's
_PAGE_FOOTER = re.compile(
    r"^\s*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|新闻|阅读|链接)|分享到|【?(?:打印本页|关闭窗口|收藏本页)】?)"
    r"|(?:打印本页|关闭窗口)\s*[|｜]?\s*$|版权所有|Copyright|©|ICP备|公网安备|技术支持[:：]"
    r"|(?:许可证|举报电话|举报邮箱)"
)
#: A site's standing pages in its menu (关于我们, 联系我们; no headline, though 关于 opens
#: it) and its greeting at the top (欢迎进入：…平台).
_SITE_PAGE = re.compile(
    r"^(?:(?:关于|联系)(?:我们|本站|本网站?|本平台)$|(?:您好[，,！!]?)?欢迎(?:进入|访问|光临|来到|登录|登陆))"
)
#: A site's greeting and today's date over its pages ("攀枝花市盐边县人民政府网站欢迎您！
#: 今天是："), a mobile page's banner asking for its app (立即打开, 打开APP, APP下载), its
#: menu's button (导航菜单) or the time an article takes to read (本篇文章409字，读完约1分钟).
_PAGE_GREETING = re.compile(
    r"^(?:.{0,30}(?:网站?|平台|门户)欢迎(?:您|你)|.{0,30}欢迎(?:您|你)[！!。]*$|.*今天是[:：]?$"
    r"|(?:立即打开|立即下载|打开(?:APP|客户端)|下载(?:APP|客户端)|(?:APP|客户端)下载|导航菜单"
    r"|\+?加入收藏|设为首页)$"
    r"|本篇文章[0-9]+字[，,]?(?:读完|阅读)(?:需要|约|大约)?[0-9]+分钟$)",
    re.IGNORECASE,
)
#: A page's date bar: ">2023年8月12日星期六" over an e-paper's masthead, a short line.
_MASTHEAD = 8
_DATE_BAR = re.compile(
    # (the site's name before it: "天津市静海区人民政府2019年12月3日星期二")
    r"^[>›»]?[\u4e00-\u9fff]{0,20}?(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日?|-[0-9]{1,2}-[0-9]{1,2})"
    r"(?:星期|周)[一二三四五六日天]$"
)
#: A form's name: 评审表, 登记表, 问题单, 申请单.
_FORM_NAME = re.compile(r"[\u4e00-\u9fff]{2}[表单]$")
#: Why a form's name opening the text was taken as the title.
FORM_NAME_REASON = "表单的名称（以“表”“单”结尾，开头第一行）"
#: A line opening with this many of the headline's first characters does not continue it.
_RESTARTED = 4
#: A tender's cover naming the document (招标文件): above a first heading, below a 文种.
_COVER_NAME = 4.5
#: A document's name on a cover is short: "竞争性磋商采购文件", "标准设计招标文件".
_NAME_MAX = 12
_RED_HEAD_PARTS = ("发文字号", "签发人")
_FIELD_REASON = "填写项"  # a cover's or a form's field (招标编号：…)
#: A headline over its occasion (——…在…会议上) outranks a site's heading of the same 文种.
_OWN_HEADLINE = 0.5
#: The weakest candidate: the first short line that is no sentence.
_FIRST_HEADING = 3.0
_FIRST_HEADING_REASON = "首个像标题的短行"
#: A form's field printed as its label, white space and its value ("主题 关于…的请示",
#: "公示名称 …公示", "申请人 张三"): the label is what fields are called.
_SPACED_FIELD = re.compile(
    r"^(?P<label>[\u4e00-\u9fff]{0,8}?(?:名称|标题|题目|主题|内容|时间|日期|事由|事项|单位|部门"
    r"|地点|编号|类别|类型|申请人|负责人|联系人))[ \t\u3000]+(?P<value>\S.*)$"
)
#: A line ending in a date's label: the date after it is a form's field, not a 落款.
_DATE_FIELD_END = re.compile(r"(?:日\s*期|时\s*间)\s*[:：]?$")
#: A field with its value inside a line ("年份: 2023", "文字重复率: 42%").
_INLINE_FIELD = re.compile(r"[\u4e00-\u9fff]{1,8}[:：][ \t\u3000]*[0-9]")
#: A field with a colon: "标题：关于…的通知" on a 发文稿纸.
_COLON_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,8})[:：](?P<value>.+)$")
#: Fields whose value is the document's title (an OA form's 主题, a 公示 page's 公示名称; not an
#: activity's 活动主题).
_TITLE_FIELD = re.compile(
    r"^(?:(?:文件|文档|公文|帖子)?(?:标题|题目|主题)|(?:文件|文档|公示|公告|通知)名称)$"
)
#: A meeting's field naming it, with its colon (会议主题：CloudWeGo 社区会议 3.25): opening
#: the text, no headline above it, it is the headline of the meeting's notes (an
#: activity's 主题 under a headline is no title).
_MEETING_FIELD = re.compile(r"^会议(?:主题|名称)$")
#: A web page's line saying when the article was published (发布日期：2024-02-07, 来源：…).
#: A day in figures, as a site prints it: 2018-07-02, 2015/4/8.
_ISO_DAY = r"(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
_DAY_CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
_PUBLISHED_LINE = re.compile(
    r"^(?:(?:发布|发表|发稿|更新)(?:日期|时间)[:：]"
    # a page's posting day labelled 时间 or with its time ("• 时间:2015-04-08", "2018-07-02
    # 10:22" alone), in figures as sites write it (a 落款's day is in 年月日; a slide deck's
    # cover prints its day alone under a headline it breaks over two lines)
    rf"|[•·]?时间[:：](?={_ISO_DAY}(?:{_DAY_CLOCK})?$)|(?={_ISO_DAY}{_DAY_CLOCK}$)"
    # an account's article: its column or name, the day and time, the province it was
    # posted from ("民生   2024-11-18 16:17   湖北")
    rf"|(?=[\u4e00-\u9fff]{{0,16}}{_ISO_DAY}{_DAY_CLOCK}[\u4e00-\u9fff]{{2,3}}$))"
)
#: A field of a page's posting line, in whatever order its site prints them: 来源：, 作者：,
#: 信息时间：, 阅读次数：, 浏览量 ("来源：中国舞阳网 信息时间：2022-08-22 阅读次数：",
#: "2017-08-07 11:35:05 王敏霞 张杰 来源：东南网 责任编辑：…").
_POSTING_FIELD = re.compile(
    r"(?:来源|作者|编辑|发布|发表|发稿|信息时间|(?:浏览|阅读|点击|访问)(?:次数|人数|量|数)?)[:：]"
    r"|(?:浏览|阅读|点击|访问)(?:次数|人数|量)"
)
_POSTING_MAX = 100


def _posted(flat: str) -> bool:
    """Whether a line (white space removed) is a page's posting line: 发布时间：…, or a
    date among the fields a site prints with it (来源, 作者, 阅读次数), no sentence."""
    if _PUBLISHED_LINE.match(flat):
        return True
    return (
        len(flat) <= _POSTING_MAX
        and "。" not in flat
        and not flat.startswith("关于")
        and _POSTING_FIELD.search(flat) is not None
        and bool(find_dates(flat))
    )


#: Words a headline cannot end on: the line goes on below ("关于…询价采购结果的" / "审批").
_OPEN_END = "的和与及对"
#: Why-nots of the 版头's lines (see :func:`_why_not`).
_HEAD_PARTS = ("发文机关", "发文字号", "OA", "期号", "份号", "签发人")
_TAIL_LINES = 5
_ZONE_CHARS = 300


#: A name too short for a title unless the author styled it as one: "HUE", "Git".
_SHORT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{1,2}")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}[ \t]*(?=[^#\s])")
#: What else Markdown writes around a heading's words: its optional closing hashes
#: ("# 发言稿 #"), bold over the whole heading ("# **2020-2021学年全年工作计划**").
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_HEADING_BOLD = re.compile(r"^(\*\*|__)(?P<words>[^*_\n].*?)\1[ \t]*$")
#: Pictographs opening a line (📄, 📋, ✅, ★, with their variation selector or joiner): an
#: icon set before a heading, no character of its words.
_ICON_LEAD = re.compile(r"^[\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+(?=\S)")
#: A browser's print header opening a page printed to PDF: the time it was printed, then
#: the page's title ("2023/09/06 14:38 关于印发…校历的通知"): the title is the page's.
_PRINT_STAMP = re.compile(
    r"^[ \t]*(?:19|20)[0-9]{2}/[0-9]{1,2}/[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}(?:[ \t]*[AaPp][Mm])?[ \t]+(?=\S)"
)
#: A lone bar closing a line that holds no other (a Word template's "竖线分隔符" left
#: after the headline: "UXD2019-G03-第一次会议会议记录  |"): no part of its words.
_TRAILING_BAR = re.compile(r"^(?P<line>[^|｜\n]*[^|｜\s])[ \t\u3000]+[|｜][ \t\u3000]*$")
#: A crawler's or an export's metadata line ("- title: …", "source_url: https://…"), a
#: HackMD page's "###### tags: `NTHUSC` `會議記錄`".
_METADATA_LINE = re.compile(
    r"^(?:[-*][ \t]*[A-Za-z_][A-Za-z_ ]{0,30}|[a-z]+_[a-z_]+|title|tags)[ \t]*[:：]"
)
#: A legal database's field in 【】 with its code ("【法宝引证码】 CLI.12.6476457").
_DATABASE_FIELD = re.compile(
    r"^[【\[［][^【】\[\]［］]{2,12}[】\]］][ \t\u3000]*[A-Za-z0-9][-A-Za-z0-9._/:]*$"
)
#: A 令's 公布 sentence naming what it 公布s: 《X》已经…通过，现予公布.
_PROMULGATED = re.compile(r"^《([^《》]{2,80})》(?:已经|已由|业经|已于).{0,120}?公布")
#: A 令's 版头: the agency's 令 alone on its line (上海市人民政府令, 中华人民共和国国务院令).
_ORDER_HEAD = re.compile(
    r"^[^《》，。；：:的]{2,20}?(?:政府|国务院|院|局|部|委员会|委|署|厅|主席)令$"
)
#: A headline (ending in a 文种, naming its subject after 关于) may run this long on one line.
_LONG_HEADLINE = 120
#: Dashes and brackets a database's copy of a headline prints otherwise than the document.
_HEADLINE_FOLD = str.maketrans("—–－‐‑‒―〔〕［］", "-------（）【】")


def _unmark_heading(raw: str) -> str:
    """A Markdown heading's words without its marks; any other line as it is."""
    words = _MARKDOWN_HEADING.sub("", raw)
    if words == raw:
        return raw
    words = _HEADING_CLOSE.sub("", words)
    bold = _HEADING_BOLD.match(words)
    return bold["words"] if bold else words


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            # "# 标题" pasted from Markdown, "# 📋 本周…计划" with its icon
            unmarked = _ICON_LEAD.sub("", _unmark_heading(raw.rstrip("\r\n")))
            unmarked = _TRAILING_BAR.sub(r"\g<line>", unmarked)
            if not out:
                unmarked = _PRINT_STAMP.sub("", unmarked)
            out.append(
                _Line(
                    len(out),
                    pos,
                    pos + len(raw.rstrip("\r\n")),
                    stripped,
                    _SPACE_RE.sub("", _BLANK_LEAD.sub("", _EDITORS_NOTE.sub("", unmarked)))
                    or _SPACE_RE.sub("", raw),
                )
            )
        pos += len(raw)
    return out


def _headline(flat: str, doc_types: Sequence[str]) -> bool:
    """A line reading as a document's headline: it ends in a 文种, names its subject (关于)
    or is short, and is no sentence, heading, number or date."""
    flat = _stray_close(flat)
    return (
        doc_type(flat, doc_types) is not None
        and (len(flat) in _TITLE_LEN or ("关于" in flat and len(flat) <= _LONG_HEADLINE))
        and _why_not(flat) is None
    )


def _same_headline(a: str, b: str) -> bool:
    """``a`` and ``b`` are one headline printed twice (a database's copy over the
    document's own): equal but for white space, full/half width, dashes and brackets."""

    def key(s: str) -> str:
        return _SPACE_RE.sub("", unicodedata.normalize("NFKC", s.translate(_HEADLINE_FOLD)))

    return len(a) >= _WRAPPED and key(a) == key(b)


def _unclosed(text: str) -> bool:
    """A cited title opened in ``text`` (《, «) and not closed in it."""
    return text.count("《") + text.count("«") > text.count("》") + text.count("»")


def _stray_close(flat: str) -> str:
    """A headline without the 》 the extraction left at its end, when no 《 opened it."""
    if flat.endswith("》") and flat.count("《") < flat.count("》"):
        return flat[:-1]
    return flat


def _number_line(flat: str) -> bool:
    """The line is a 发文字号 alone, in brackets or not ("（医保发〔2019〕39号）")."""
    inner = flat.strip("（）()")
    return any(_own_line(inner, c)[0] for c in _candidates(inner))


#: A time of day after a date: 22点47分, 10:00, 上午9时.
_CLOCK = re.compile(
    r"[ \t\u3000]*(?:上午|下午|早上|中午|晚上)?[0-9０-９]{1,2}"
    r"(?:[点时:：][0-9０-９]{1,2}分?(?:[:：][0-9０-９]{1,2}秒?)?|[点时]整?)"
)


#: A page's posting line: a date (and time) alone, or followed by its 来源, 作者, 编辑
#: ("2014-04-18 15:26:01　来源: 中国网", "2008-08-13"): no headline (white space removed).
_POSTED_LINE = re.compile(
    r"(?:19|20)[0-9]{2}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?"
    r"(?:(?:来源|作者|编辑|责任编辑|发布|浏览)[:：].{0,30})?"
)


#: A news story's dateline opening its first paragraph: 本报讯（记者…）, 红网东安站3月16日讯.
_DATELINE_OPENING = re.compile(r"[^，。\s]{0,16}讯[（(]?(?:记者|通讯员)|本报讯|本台讯|本网讯")
_DATELINE_REASON = "新闻的电头（本报讯、…讯（记者…））：正文的开头"


def _why_not(line: str) -> str | None:
    """Why a line of the head cannot be (part of) the title, or None if it could."""
    listed = _LIST_BULLET.match(line)
    if listed is not None and (why := _why_not(line[listed.end() :])) is not None:
        return why  # "- 设为首页", "- 索引号：…": an item of a list of the page's furniture
    if _RULE_LINE.fullmatch(line):
        return "分隔线（*** 或 === 等符号）"
    if _WEB_ADDRESS.match(line):
        return "网址"
    if _MAIL_ADDRESS.fullmatch(line):
        return "电子邮箱"
    if _METADATA_LINE.match(line):
        return "元数据字段（采集或导出时加的“title: …”等）"
    if _DATABASE_FIELD.match(line):
        return "数据库的字段（【法宝引证码】…）"
    if _POSTED_LINE.fullmatch(line) or _PUBLISHED_LINE.match(line):
        return "发布时间行（日期、时刻，或其后的来源、作者）"
    if _LISTED_ENTRY.match(line):
        return "列表页的一项（日期和栏目之后是链接的标题）"
    if _DATELINE_OPENING.match(line):
        return _DATELINE_REASON
    if line.startswith("\t"):
        return "表格的一行"
    if line.startswith("\v"):
        return "层次标题（一、（一）1.）"
    if line.startswith("\x1f"):
        return "列表项（页面的 # 标题之下，* 或 - 开头）"
    if line.startswith("\f"):
        return "表单的填写项（栏目名后接所填内容）"
    if line.startswith("\x1e"):
        if _CONTROLS.search(line[1:]):
            return _CONTROLS_REASON
        return "网页的导航栏（首页、当前位置）"
    if _OA_HEADER.match(line):
        return "OA 系统的页眉（【】或[]）"
    if _CONTROLS.search(line):
        return _CONTROLS_REASON
    if _SITE_PAGE.match(line):
        return "网站的固定栏目或欢迎语（关于我们、欢迎访问…）"
    if _PAGE_GREETING.match(line):
        return "网站的欢迎语、日期栏或下载 App 的横幅"
    if _DATE_BAR.match(line):
        return "网页的日期栏（当天的日期和星期）"
    if _UNMARKED_FIELD.match(line):
        return "网页的公开信息字段（栏目名与内容之间没有冒号）"
    if _KEYWORD_LIST.match(line):
        return "关键词或分类（逗号隔开的几个词）"
    if _CODE_LINE.match(line):
        return "文件代号（QR-4.1-01）"
    if _IDENTIFIER.match(line):
        return "编码（统一社会信用代码、证号等）"
    if _MAKER_MARK.match(line):
        return "版权标记（公司名与年份区间）"
    if _FORM_HEADER.match(line):
        return "表单的代号和版次（页眉：27F-70-10-1-05…(第12版)）"
    placeholder = _PLACEHOLDER_NUMBER.match(line)
    if placeholder is not None and placeholder["number"].strip("0123456789〕]］】）)第"):
        return "发文字号（模板的占位符）"
    if _BLANK_NUMBER.match(line):
        return "发文字号（年份或序号待填）"
    if _COPYRIGHT.match(line):
        return "版权声明"
    if _ATTACHMENT_MARK.match(line):
        return "附件标识（附件1）" if line.startswith("附件") else "表格在一组表中的编号（表1）"
    if _PLACEHOLDER.match(line):
        return "模板的占位符（{…}）"
    if _FILL_FIELD.fullmatch(line):
        return "待填的栏目（编号________）"
    if _BLANK_FIELD.match(line):
        return "未填的栏目（文号：、主题分类：）"
    if _ISSUE_NO.match(line):
        return "期号"
    if _MARKS.match(line):
        return "份号、密级或紧急程度"
    if _HANDLING.match(line):
        return "保管标识（内部资料、注意保存）"
    if line.startswith("签发") or _SIGNER.match(line):
        return "签发人"
    if any(_own_line(line, c)[0] for c in _candidates(line)):
        return "发文字号"
    if (_ISSUER_RE.match(line) or _ORG_NAME.match(line)) and "关于" not in line:
        return "发文机关标志或机关名称"
    if _STANDARD_MARK.match(line) or _STANDARD_NUMBER.match(line):
        return "标准的封面标识（××行业标准、标准编号）"
    if _ORDER_HEAD.match(line):
        return "发文机关标志（××令）"
    dates = find_dates(line)
    if dates and dates[-1].end == len(line):
        return "以日期结尾的行（落款、刊头或纪要日期）"
    if dates and dates[0].start == 0 and _CLOCK.fullmatch(line, dates[-1].end):
        return "日期和时刻（2022年3月17日22点47分：一条记录的时间）"
    if _NOT_TITLE.match(line) or _TWO_SENTENCES.match(line):
        return _SENTENCE_REASON
    if line[:1] in _CLAUSE_MARKS:
        # "，专业采编队伍所建立的新媒体": the tail of a sentence cut off above, no headline
        return "句子的后半截（以逗号、顿号等开头）"
    if _BODY_OPENING.match(line) and "，" in line:
        # "为深入学习贯彻…，特制定本行动方案" (its full stop lost): the body's first sentence
        return "句子（正文的开头：为…、根据…）"
    if _SECTION_RE.match(line):
        return "层次标题（一、（一）1.）"
    if _PERIOD_HEADING.fullmatch(line):
        return "日志或报告中的小节名（明日计划、下周安排）"
    if _LABEL_LINE.match(line) and not _PLACE_LED.match(line):
        return "表格或封面的填写项（“××：”）"
    return None


def _document_name(flat: str) -> bool:
    """A line naming a document "××文件" whose words before 文件 name no organisation
    ("公开招标文件", "竞争性磋商采购文件"; not "青溪县人民政府文件")."""
    head = flat[: -len("文件")]
    return (
        flat.endswith("文件")
        and len(flat) in _TITLE_LEN
        and len(flat) <= _NAME_MAX  # not a sentence's end (…严禁传输涉密文件)
        and bool(head)
        and _ISSUER_RE.match(head) is None
        and _ORG_NAME.match(head) is None
        and _SIGNATURE_RE.match(head) is None
        and _why_not(flat) == "发文机关标志或机关名称"
    )


#: A letter's salutation: its readers addressed (尊敬的…, 各位…) or listed (领导、同仁).
_SALUTATION = re.compile(r"^(?:尊敬的|亲爱的|各位)|、")

#: A standard's cover mark over its name: 中华人民共和国金融行业标准, 团体标准, 企业标准.
_STANDARD_MARK = re.compile(
    r"^(?:中华人民共和国)?(?:国家|[\u4e00-\u9fff]{2,8}行业|[\u4e00-\u9fff]{2,8}?地方|团体|企业)标准$"
)

#: A standard's number alone on its cover: JR/T 0001—2025, its digits still XXXX in a draft.
_STANDARD_NUMBER = re.compile(r"^[A-Z]{1,4}(?:/[A-Z])?[0-9X.]{1,8}[—\-–][0-9X]{2,4}$")

#: A tag in 【】 or [] opening a line before ten characters or more of headline.
_COLUMN_TAG = re.compile(r"^[【\[［][^【】\[\]［］]{1,30}[】\]］](?=.{10})")
#: A page's 标题 field run into its value when printing lost the cell between them
#: ("标题兴县人民政府办公室关于印发…的通知").
_TITLE_FIELD_RUN_IN = re.compile(r"^(?:标题|题名)(?=[\u4e00-\u9fff]{2,30}?关于)")

#: A standard's code opening a line, its year last (Q/SD-YGZ-FB-AQ-ZA19-2022, GB/T
#: 1.1-2020, JT/T 1409-2022, DB31/T 123-2019), white space removed.
_STANDARD_CODE = re.compile(
    r"^(?:Q/[A-Z]{1,8}|GB(?:/[TZ])?|DB[0-9]{0,6}(?:/[TZ])?|[A-Z]{2,4}/[TZ])"
    r"[-A-Z0-9./]*?-(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])"
)


#: What opens a body's first sentence right after a headline run into it.
_BODY_OPENING = re.compile(
    r"为(?:了|切实|进一步|做好|加强|深入|全面|贯彻|落实|确保|规范|推动|推进)|根据|按照|依据"
)
_RUN_ON_SCORE = 6.0
#: How long a line with a comma inside is when it is a sentence of the text, not a
#: headline's first part (a headline wrapped at a comma is short: "XX县，" / "…通知").
_CLAUSE_LINE = 15
#: What a headline quotes (“探寻楚韵文脉，厚植文化自信”, 《…》): its commas are the theme's.
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」")


def _run_on_headline(flat: str, doc_types: Sequence[str]) -> str | None:
    """The headline a text's first line opens with when the body's first sentence runs on
    after its 文种 (…实施方案为切实做好…): only after an attachment's label or from 关于,
    a headline's own openings. Otherwise None."""
    label = _ATTACHMENT_LEAD.match(flat)
    start = label.end() if label else 0
    if label is None and not flat.startswith("关于"):
        return None
    for m in _BODY_OPENING.finditer(flat, start):
        head = flat[: m.start()]
        if len(head) - start in _TITLE_LEN and doc_type(head, doc_types):
            return head
    return None


#: A field's label in Chinese and its colon: opening a table's cell ("成文时间:2023-06-29"), or alone
#: on its line with its value on the next ("• 索引号：").
_HAN_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[:：]")
_FIELD_VALUE_MAX = 40


#: The marks between a trail's steps, one left ending a line the trail goes on from.
_STEP_MARKS = (">", "＞", "»", "›", "→")


def _trail_goes_on(above: str, flat: str) -> bool:
    """``flat`` goes on with the page's trail on the line ``above``."""
    steps = sum(flat.count(m) for m in _STEP_MARKS)
    # (a headline under a trail left open on its ">" is the page's: "当前位置: 主页 > 新闻 >"
    # over "凌城镇为各村…": a step mark in the line says it is the trail's)
    return (above.endswith(_STEP_MARKS) and steps >= 1) or (
        above.endswith(("：", ":")) and steps >= 2
    )


#: A field's label in square brackets, its value after it: "[ 发布机构 ]南川区政府办公室".
_BRACKETED_LABEL = re.compile(r"[\[［][ \t\u3000]*[\u4e00-\u9fff]{2,6}[ \t\u3000]*[\]］]")


def _bracketed_fields(raw: str, after_field: bool) -> bool:
    """The line holds a page's fields labelled in square brackets: two labels or more, or
    one opening the line in a run of fields, or one after the "]" of a label the line
    above left open ("[ 成文日期" / "]2018-06-11 [ 发布日期 ]2021-02-27")."""
    labels = _BRACKETED_LABEL.findall(raw)
    opening = raw.lstrip()
    return len(labels) >= 2 or (
        len(labels) == 1
        and (
            opening.startswith(("]", "］"))
            or (after_field and _BRACKETED_LABEL.match(opening) is not None)
        )
    )


def _bracketed_field_lines(lines: Sequence[_Line]) -> set[int]:
    """The indexes of the lines holding a page's fields labelled in square brackets, a run
    of them read in order (see :func:`_bracketed_fields`)."""
    found: set[int] = set()
    after_field = False
    for line in lines:
        after_field = _bracketed_fields(line.raw, after_field)
        if after_field:
            found.add(line.index)
    return found


def _label_alone(line: _Line) -> bool:
    return _HAN_FIELD_LABEL.fullmatch(line.flat.lstrip(_BULLETS)) is not None


def _value_alone(line: _Line) -> bool:
    return len(line.flat) <= _FIELD_VALUE_MAX and _SENTENCE_MARKS.search(line.flat) is None


def _in_field_run(lines: Sequence[_Line], pos: int) -> bool:
    """Line ``pos`` is a label alone over its value, in a run of such fields: another label
    two lines below it or two lines above it, each over a short value."""
    if not _label_alone(lines[pos]) or pos + 1 >= len(lines) or not _value_alone(lines[pos + 1]):
        return False
    below = pos + 2 < len(lines) and _label_alone(lines[pos + 2])
    above = pos >= 2 and _label_alone(lines[pos - 2]) and _value_alone(lines[pos - 1])
    return below or above


def _title_candidates(
    lines: list[_Line],
    doc_types: Sequence[str],
    fallback: str | None,
    subtitle_types: Sequence[str] = (),
) -> list[TitleCandidate]:
    """Every way the top of the text could hold the title, scored, with reasons."""
    top: list[_Line] = []
    run_lines = 0  # a disclosure page's fields one to a line, not counted in the top lines
    bracketed = _bracketed_field_lines(lines)
    for pos, line in enumerate(lines):
        if len(top) - run_lines >= _TOP_LINES:
            break
        if _ATTACHMENT_MARK.match(line.flat):  # "附件1：" over the attachment's title
            top.append(replace(line, flat=line.flat.rstrip("：:")))
            continue
        if (
            _SIGNER.match(line.flat)
            or _BLANK_FIELD.match(line.flat)
            or _page_furniture_line(line.flat)
            or (
                # the breadcrumb's label alone on its line ("当前位置："), its trail below
                # (or the trail lost, a long line below: "您当前所在位置:" over the headline
                # is no 主送机关)
                line.flat[-1] in "：:"
                and _NAVIGATION.match(line.flat) is not None
                and pos + 1 < len(lines)
                and (
                    _NAVIGATION.match(lines[pos + 1].raw) is not None
                    or (len(line.flat) <= _NAME_MAX and len(lines[pos + 1].flat) > _NAME_MAX)
                )
            )
        ):
            # the 版头's 签发人 (签发：), a 编号： its value not yet written, a site's
            # 今天是：, a page's 发布时间：… 阅读次数：, 当前位置： over its trail: no 主送机关
            top.append(line)
            continue
        after = lines[pos + 1].flat if pos + 1 < len(lines) else ""
        if (
            line.flat[-1] in "：:"
            and 3 <= len(line.flat) <= _COVER_LABEL
            and top
            and _GAP.search(top[0].raw)  # the text opens with a cover's cells set apart
            and after
            and len(after) <= _COVER_VALUE
            and not any(c in after for c in _SENTENCE_END)
        ):
            # a cover's field under its cells (卷  号, 密  级), its value on the next line
            # ("分  类:" over "<模板>", "使用者:" over "项目组成员"): a 主送机关 is
            # followed by the body's sentences
            top.append(line)
            continue
        if line.flat[-1] in "：:" and _LISTED_TITLE_FIELD.fullmatch(line.flat[:-1]):
            # "名    称:" alone over its value, the title, on the next line (a disclosure
            # page's fields one to a line): no 主送机关
            top.append(line)
            continue
        if line.index in bracketed:
            # "[ 索引号 ] 11500230008686350N/2023-00883", "[ 有效性 ]": a disclosure page's
            # fields, as many lines of them as it prints, the headline under them
            top.append(line)
            run_lines += 1
            continue
        if _in_field_run(lines, pos):
            # "• 索引号：" over its value, "• 主题分类：" over its, … "• 成文日期：" over the
            # day: a disclosure page's fields one to a line, the headline under them (no
            # 主送机关 has a value under it and another label under that)
            top.append(line)
            run_lines += 2  # the label and its value
            continue
        bullet = _LIST_BULLET.match(line.flat)
        if bullet is not None and _HAN_FIELD_LABEL.fullmatch(line.flat[bullet.end() :]):
            # "- 生效日期：" in a page's list of its fields: one left empty, no 主送机关
            top.append(line)
            continue
        if _FIELDS_ENDING_EMPTY.match(line.flat):
            # "发布文号：海政字〔2019〕38号 关键词：", "名称：… 文号：": a page's line of
            # fields, its last one left empty, no 主送机关
            top.append(line)
            continue
        if line.flat[-1] in "：:":  # the 主送机关 ends the head...
            # ...but "工作计划：" opening the text is a heading ("尊敬的领导、同仁：", a
            # letter's salutation, is none)
            if not top and len(line.flat) > 2 and not _SALUTATION.search(line.flat):
                top.append(replace(line, flat=line.flat[:-1]))
            break
        top.append(line)
    joined: list[tuple[int, str]] = []
    fields: dict[int, tuple[str, str]] = {}  # k → (label, value) of a form's field line
    for line in _wrapped(_spaced_out(top), doc_types):
        field = _SPACED_FIELD.match(line.raw)
        after_fields = bool(joined) and joined[-1][1].startswith("\f")
        if (
            _NAVIGATION.match(line.raw)
            or _CRUMBS.match(line.raw)
            # the trail going on from the line above, left open on its ">"
            # ("您当前所在位置：首页>…>法定主动公开内容>" / "履职依据>政策文件")
            # or under its label left alone ("您当前的位置：" / ">> 政府信息公开 >> 工作信息")
            or (
                joined
                and joined[-1][1].startswith("\x1e")
                and _trail_goes_on(joined[-1][1], line.flat)
            )
        ):
            joined.append((line.index, "\x1e" + line.flat))  # 首页 > …: a web page's menu
        elif _READER_TOOLS.search(line.flat) and not any(
            _why_not(f) is None and not _masthead_under_date(joined, i)
            for i, (_, f) in enumerate(joined)
        ):
            # 放大 缩小 默认 over the article, nothing above that could head it: the article's
            # bar of tools, as the page's navigation bar is (its headline under it; below
            # a headline, 【字号：加大还原减小】 is furniture, no bar over the next line)
            joined.append((line.index, "\x1e" + line.flat))
        elif _bracketed_fields(line.raw, after_fields):
            # "[ 索引号 ]11500384008682034F/2021-00035 [ 发文字号 ]南川府办发": a disclosure
            # page's fields, each label in square brackets before its value
            joined.append((line.index, "\f" + line.flat))
        elif _CELLS.search(line.raw) and _fields_row(line.raw, after_fields):
            # "索引号 | … | 文号 | 丽政发〔2023〕30号": a page's or a form's fields, label
            # and value in two cells as after a colon; the headline may follow them
            joined.append((line.index, "\f" + line.flat))
        elif _CELLS.search(line.raw) and all(
            _HAN_FIELD_LABEL.match(c.strip()) for c in line.raw.split("\t") if c.strip()
        ):
            # "发文字号:五政办发〔2023〕22号\t成文时间:2023-06-29", "发文机关:\t主题词:": a
            # disclosure page's fields two to a line, each cell its label and its value
            joined.append((line.index, "\f" + line.flat))
        elif field is not None and not _CELLS.search(line.raw):
            # "主题 关于…的请示", "成交内容 …": a form's field, its label glued to its value
            fields[len(joined)] = (field["label"], _SPACE_RE.sub("", field["value"]))
            joined.append((line.index, "\f" + line.flat))
        elif _CELLS.search(line.raw):
            joined.append((line.index, "\t" + line.flat))  # a table row: never the title
            if len(joined) > 1:
                break  # the title comes before a table, not among its cells...
            # ...unless the table opens the text: a cover laid out as a table (the
            # organisation | 编号：QP-1.1), its headline on a line of its own below
        elif _GAP.search(line.raw) and doc_type(line.flat, doc_types) is None:
            # cells set apart by spaces (a blank to fill in a typed title is no cell)
            joined.append((line.index, "\t" + line.flat))
        elif (
            joined
            and (_LIST_ITEM.match(line.raw) or _MD_QUOTED.match(line.raw))
            and _MD_HEADLINE.match(top[0].raw)
        ):
            # "* 季赛的致辞" under "# 6.6活动需要做的事情": an item of the page's list (a
            # task, not a speech), the page's # heading above it names the page; so does a
            # quoted line ("> * 学习资料：一个大学生的学习计划" in a weekly's summary)
            joined.append((line.index, "\x1f" + line.flat))
        elif _NUMBERED.match(line.raw) or _CONTENTS.match(line.raw):
            # "1 概述": a numbered heading; "目录 …工作规划": a 目录 listing the parts
            joined.append((line.index, "\v" + line.flat))
        elif (
            joined
            and _PART_LABEL.match(joined[-1][1])
            and doc_type(line.flat, doc_types) is None
            and not line.flat.startswith("关于")
        ):
            # "第一篇" over "学籍与教学管理": the name of a handbook's part, a heading over
            # the documents it gathers, none of their headlines
            joined.append((line.index, "\v" + line.flat))
        else:
            flat = _stray_close(line.flat)
            if line.index == 0 and (bare := _number_after(flat)) is not None:
                # "条码支付业务规范（银发〔2017〕296号）": the headline, its number after it
                flat = bare
            joined.append((line.index, flat))

    def typed(s: str) -> str | None:
        return doc_type(s, doc_types)

    out: list[TitleCandidate] = []
    seen: set[str] = set()

    def add(text: str, index: int, score: float, reason: str, again: bool = False) -> None:
        if text in seen and again:
            # the page's headline printed again over its posting line (a site's <title>
            # at the top, then the article's): the article's is where its body begins
            for i, c in enumerate(out):
                if c.line < index and c.score < score and raw_flat.get(c.line) == text:
                    out[i] = TitleCandidate(c.text, index, score, reason)
            return
        if text not in seen:
            seen.add(text)
            if _QUOTED_TITLE.fullmatch(text):
                text = text[1:-1]  # "《2018年度总结》" heading the text: the title is inside
            # dashes opening the line ("--政府采购…办法" under a 令's number) are no part of it
            text = text.lstrip(_MARKED).lstrip(_LEADING_DASHES) or text.lstrip(_MARKED)
            # a bullet a web page sets before its headline ("■2015学年…招生通告") is no part
            text = text.lstrip(_BULLETS) or text
            text = text.rstrip("：:") or text  # a field's label opening a page: no title's colon
            text = _MASK_STARS.sub("", text, count=1) or text
            english = _ENGLISH_AFTER.match(raw_of.get(index, ""))
            if english is not None and _SPACE_RE.sub("", english.group()) == text:
                # "中华民国天文学会2024年年会 2024 ASROC Annual Meeting": the headline and its
                # English translation on one line
                text = _SPACE_RE.sub("", english["zh"])
            # a standard's code before its name (Q/SD-YGZ-FB-AQ-ZA19-2022 上海…管理规定)
            text = _STANDARD_CODE.sub("", text, count=1) or text
            # a news column's tag before a headline that stands alone ("【最新】5月30日…信息",
            # "[重庆]重庆市关于印发…的通知"): the column's, not the headline's
            text = _COLUMN_TAG.sub("", text, count=1)
            text = _TITLE_FIELD_RUN_IN.sub("", text, count=1)
            # a layout table's bars after the headline ("…推进会议召开|||||"), a browser's
            # title bar pasted with it ("…家门口就业-中工新闻-中工网"): the page's, not its
            # (a forum's button after its thread's headline: "…迎新年 [复制链接]")
            text = _TRAILING_BARS.sub("", _TRAILING_BUTTON.sub("", text)) or text
            text = _TITLE_BAR_TAIL.sub("", text)
            out.append(TitleCandidate(text, index, score, reason))

    heading_found = False
    raw_of = {ln.index: ln.raw for ln in top}
    raw_flat = dict(joined)
    # lines set apart from the line above by a blank one (a paragraph holding a space)
    apart = {b.index for a, b in pairwise(lines) if b.start - a.end > 2}
    after_blank = {b.index for a, b in pairwise(lines) if b.start - a.end >= 2}
    body_from: int | None = None  # the line where the body (sentences, a form's fields) begins
    field_lines = 0
    # a disclosure page's table of fields (索引号, 发布机构, 名称) over the document
    disclosed = any(_INDEX_NUMBER.search(flat) for _, flat in joined)
    for k, (index, flat) in enumerate(joined):
        if body_from is None and k > 0:
            prev = joined[k - 1][1]
            if _bare_field(prev) or (
                prev.startswith("\f") and any(c.score > 0 for c in out) and not disclosed
            ):
                # a form's label standing in its cell (姓名, 学号), or "主题 …" below a line
                # that could be the title (such fields above it are a printout's header; a
                # disclosure page's, its 索引号 among them, are over the headline)
                field_lines += 1
            if (
                (
                    (_SENTENCE_LINE.search(prev) or _TWO_SENTENCES.match(prev))
                    # (a site's greeting over the page, "欢迎来到…平台!", is no sentence
                    # of the document)
                    and not (_why_not(prev) or "").startswith(_SITE_CHROME)
                )
                or field_lines >= _FIELDS_BEGIN_BODY
                or (
                    len(_INLINE_FIELD.findall(prev)) >= _FIELDS_BEGIN_BODY
                    # (a page's posting line, as over its headline "点击数：670 更新时间：
                    # 2018-06-26", is the page's, no form's fields; so is a disclosure
                    # page's row of fields, "索引号：	1133…	成文日期：	2019-11-26")
                    and not _posted(prev)
                    and not (disclosed and _HAN_FIELD_LABEL.match(prev.lstrip(_MARKED)))
                )
            ):
                # a line of fields and figures (年份: 2023 vs 2024 文字重复率: 42%) is data
                body_from = joined[k - 1][0]
        colon = _COLON_FIELD.match(flat)
        if colon is not None:
            fields.setdefault(k, (colon["label"], colon["value"]))
        if k in fields:
            label, value = fields[k]
            restated = any(_same_headline(value, f) for _, f in joined[k + 1 :])
            opening = k == 0 and colon is not None and _MEETING_FIELD.match(label) is not None
            if (
                (_TITLE_FIELD.search(label) or opening)
                and len(value) in _TITLE_LEN
                and not restated
            ):
                # (a capture's 标题：… over the document's own headline: that one is it)
                bonus = 1.0 if value.startswith("关于") else 0.0
                add(value, index, 10.0 + bonus, f"表单“{label}”一栏所填的标题")
        if (flat.startswith(("\t", "\f")) or _BARRED_ROW.match(flat)) and disclosed:
            # "名称：\t县卫健委2023年工作总结及2024年工作安排\t文号：" in a disclosure page's
            # table of fields (its 索引号 above): the cell after 名称 holds the title
            for label, value in _listed_title(raw_of.get(index, "")):
                add(value, index, 10.0, f"信息公开目录“{label}”一栏所填的标题")
        why = _why_not(flat)
        if why is None and not typed(flat) and _MENU_LINE.match(raw_of.get(index, "")):
            # "公务员邮箱 移动应用 微信 APP下载 无障碍 关怀版" over a page's headline: the
            # site's bar of links, no first line of it
            why = "网页的菜单（一行几个短词）"
        if why is None and k > 0 and _column_name(joined, k):
            why = "网页导航栏最后一级的栏目名（正文的标题在其下）"
        if why is None and _masthead_under_date(joined, k):
            why = "报刊的刊名（在日期栏之下）"
        if why is not None and k == 0 and why.startswith("以日期结尾"):
            # "PMC 例会 2023-11-16" opening the text: a meeting's name (ending in its
            # 文种) and its date, the headline of its notes, no 落款 or masthead's date
            dated = find_dates(flat)[-1]
            head = flat[: dated.start]
            repeated = k + 1 < len(joined) and joined[k + 1][1] == head
            if (
                typed(head)
                and len(head) >= _SHORT_TYPE
                and _why_not(head) is None
                # (not the page's title bar, "江浦路街道2023年工作要点 2023-03-30", over
                # the headline it repeats without the day)
                and not repeated
            ):
                add(flat, index, 10.0, f"以文种“{typed(head)}”和会议的日期结尾（开头第一行）")
                continue
            day_name = _DATE_JOINER.sub("", head)
            if (
                _MD_TOP_HEADING.match(raw_of.get(index, ""))
                and len(day_name) >= _DATED_HEADING_NAME
                and _why_not(day_name) is None
            ):
                # "# 新闻联播 2026-06-11", "# KusionStack Open Day - 2022.05.28": a page's
                # first-level heading naming what happened that day, no 落款 or masthead
                add(flat, index, 10.0, "Markdown 页面的一级标题（以当天日期结尾）")
                continue
        if (
            why is not None
            and k == 0
            and _MD_DAY_HEADLINE.match(raw_of.get(index, ""))
            and _SECTION_RE.match(flat)
        ):
            # "# 6.6活动需要做的事情" opening a Markdown page: the page's heading, a day
            # leading it (no section number opens a page's first # heading glued to words)
            why = None
        asks = (
            k == 0
            and _MD_TOP_HEADING.match(raw_of.get(index, "")) is not None
            and _ASKED.fullmatch(flat) is not None
        )
        if why is not None and asks:
            # "# 生信爱好者周刊（第 180 期）：有了AI，还有必要学习生物信息吗？": a page's
            # first-level heading asking or exclaiming is its headline, no sentence
            why = None
        if why is not None and _MONTH_DAY_LED.match(flat) and typed(flat) and k == 0:
            # "8.30舍长会议记录", "3.31日会议记录" opening the text: a meeting's day leads
            # the title, it is no section number
            why = None
        if why is not None and k == 0 and typed(flat) and (led := _date_led(flat)) is not None:
            # "2017.01.13  holi会议记录" opening the text: the meeting's full date leads
            # the headline of its record (its year is no section number)
            why = _why_not(led)
        opens = _opens_page(joined, k)
        if why is not None and opens and not flat.startswith(("\f", "\x1e")):
            # (a form's field, a web page's menu are neither)
            if _kicker(flat, joined[k + 1][1] if len(joined) > k + 1 else ""):
                why = None
            elif (tagged := _tagged_headline(flat)) is not None:
                # "学院版本：关于开展…的通知", "新疆克州：关于…的指导意见": a tag a copy set
                # before the headline, no part of it
                flat, why = tagged, _why_not(tagged)
        exclaims = (
            opens
            and why == _SENTENCE_REASON
            and _EXCLAIMED.fullmatch(flat) is not None
            # (over a button, "这已经是最后一期了哦！" / "我知道了", a site's pop-up)
            and not (k + 1 < len(joined) and len(joined[k + 1][1]) <= _SHORT_ITEM)
        )
        if exclaims:
            # "武强县这3个村入选省级森林乡村!" opening a page: a news headline exclaiming,
            # no sentence of the body (no comma, no full stop)
            why = None
        run_on = _run_on_headline(flat, doc_types) if k == 0 and why is not None else None
        if run_on is not None:
            # "附件8：…正线存车实施方案为切实做好…": an extraction ran the headline and the
            # body's first sentence into one line
            add(run_on, index, _RUN_ON_SCORE, "开头一行的标题（后面连着正文的第一句）")
        if why is not None:
            add(flat, index, 0.0, f"不是标题：{why}")
            if (
                why == "发文字号"
                or why.startswith("OA")
                or (why.startswith("发文机关") and flat.endswith("文件"))
            ) and not any(_PARAGRAPH.match(raw_of.get(j, "")) for j, _ in joined[:k]):
                # a 版头 below sentences starts the document again: a leader's 批示
                # written over a red-head ("请张三同志阅处。" above "××县人民政府文件");
                # below a body's paragraphs it opens a second text (a crawl run together)
                body_from, field_lines = None, 0
            continue
        spaced_type = (
            # heading the page, or under the 版头 alone (the organisation's mark, the
            # number): "XXXX人民政府" over "证  明"
            all((_why_not(f) or "").startswith(_HEAD_PARTS) for _, f in joined[:k])
            and typed(flat) == flat
            and _LETTER_SPACED.fullmatch(raw_of.get(index, ""))
        )
        styled_name = (  # "HUE" in the Title style opening the text: a product's name
            k == 0
            and fallback is not None
            and flat == _SPACE_RE.sub("", fallback)
            and _SHORT_NAME.fullmatch(flat) is not None
        )
        long_headline = "关于" in flat and typed(flat) and len(flat) <= _LONG_HEADLINE
        # "# 周报" opening a Markdown page: a 文种 alone, marked as the page's one headline
        # (a section's "## 章程" is no title, nor a 文种 of two characters in plain text)
        md_type = k == 0 and typed(flat) == flat and _MD_TOP_HEADING.match(raw_of.get(index, ""))
        if (
            len(flat) not in _TITLE_LEN
            and not long_headline
            and not (len(flat) >= _SHORT_TYPE and typed(flat) == flat)
            and not spaced_type  # "报  告", "通  知" letter-spaced heading the page
            and not styled_name
            and not md_type
        ):
            add(flat, index, 0.0, f"不是标题：长度 {len(flat)} 字")
            continue
        t = typed(flat)
        if t and k > 0 and _DATED_LINE.search(flat):
            # "企业部署" over "部署纪要（2018-02-06）": a record's line of its own date under
            # the headline, neither the headline nor its last line
            add(flat, index, 0.0, DATED_LINE_REASON)
            continue
        first_part = (  # "深度学习模型" over "优缺点与结果分析报告": a headline in two lines
            k == 0
            and k + 1 < len(joined)
            and typed(joined[k + 1][1]) is not None
            and _why_not(joined[k + 1][1]) is None
            and len(flat + joined[k + 1][1]) in _TITLE_LEN
        )
        if not t and _bare_field(flat) and not first_part:
            add(flat, index, 0.0, "不是标题：表单的栏目名（姓名、建设单位）")
            continue
        if not t and k > 0 and _bare_field(joined[k - 1][1]):
            add(flat, index, 0.0, f"不是标题：表单栏目“{joined[k - 1][1]}”所填的内容")
            continue
        if not t and _masthead_name(joined, k):
            add(flat, index, 0.0, "不是标题：刊名（下一行是期号）")
            continue
        if t:
            best, used = flat, 1
            parts = [flat]
            for below_at, nxt in joined[k + 1 : k + 3] if len(flat) >= _WRAPPED else ():
                if (
                    _why_not(nxt)
                    or nxt.startswith(("关于", *_QUOTE_MARKS))  # "> 使用说明": a note under it
                    or _PART_HEADING.match(nxt)
                    or _FIELD_OPENING.match(nxt)  # "参会人员：孙，雷…" under "…会议纪要"
                    or _FILLING_NOTE.fullmatch(nxt)  # "填表说明" opens a form's notes
                    or (
                        _MD_HEADING.match(raw_of.get(below_at, ""))
                        and not _MD_HEADING.match(raw_of.get(index, ""))
                    )
                    or _same_headline(flat, nxt)  # printed twice: one title
                    # "公司自立科研项目任务书" over its form "公司自立科研项目基本信息表":
                    # a line opening as the headline does is a heading of its own
                    or nxt[:_RESTARTED] == flat[:_RESTARTED]
                    # a whole title over its subtitle ("智能体平台技术说明书" over "基于…的
                    # 第一版平台方案") or over a line ending as it does ("CloudWeGo第10期周报"
                    # over "第10期周报", "…升级通知" over "敬启者…通知"): a headline wrapped
                    # after its 文种 goes on to another ("…实施方案" / "的批复")
                    or (typed(nxt) == t or nxt.startswith(_SUBTITLE))
                ):
                    break
                parts.append(nxt)
                if typed(nxt) and len("".join(parts)) in _TITLE_LEN:
                    best, used = "".join(parts), len(parts)
            if _MD_SUBHEADING.match(raw_of.get(index, "")) and any(
                _MD_TOP_HEADING.match(raw_of.get(j, "")) for j, _ in joined[:k]
            ):
                # "## 11月10日会议记录" under "# …项目会议记录汇总": a section of the page
                # its first-level heading names
                add(
                    best,
                    index,
                    _IN_BODY,
                    f"以文种“{typed(best)}”结尾，但在页面一级标题（#）之下：是小标题",
                )
                continue
            menu = _menu_reason(best, raw_of.get(index, ""), joined, k) if used == 1 else None
            if menu is not None:
                add(best, index, 0.0, f"不是标题：{menu}")
                continue
            if body_from is not None:
                # "评分办法" after the body's sentences, "特殊事项说明" among a form's
                # fields: a heading inside the document, not its title
                add(best, index, _IN_BODY, f"以文种“{typed(best)}”结尾{_IN_BODY_NOTE}")
                continue
            lines_note = f"，{used} 行连成" if used > 1 else ""
            again = next((f for _, f in joined[k + 1 :] if _same_headline(best, f)), None)
            if again is not None and used == 1:
                # a database's copy of the headline over the document's own (after a 令's
                # 版头, or right below): the title as the document prints it
                best = again
                lines_note = "，在文件中重印（取文件自己印的标题）"
            bonus = 1.0 if best.startswith("关于") or "关于" in best else 0.0
            # under the 版头's mark and number, the organisation named again over 关于… is
            # the headline's own first part (a 标题 names its 发文机关)
            numbered = _names_issuer_again(joined, k)
            above, above_at, above_note = _issuer_lines(joined, k, numbered)
            # "海南省农业农村厅 海南省财政厅" over "关于印发…的通知" opening the text, no number
            # between: the joint issuers the headline opens with, no 版头 (which reads 文件)
            joint = k >= 1 and _joint_issuers(raw_of.get(joined[k - 1][0], ""))
            if (
                (not best.startswith("关于") or numbered or joint)
                # "送达回执" under its issuer is a form's name; "会议汇报材料" under a 领导小组
                # names that body's meeting
                and (len(best) >= _WRAPPED or best.startswith("会议"))
                and (
                    _ORG_NAME.match(above)
                    or numbered  # the 版头's organisation named again over the headline
                    # a government's name over a headline opening with the year it covers
                    # or over the meeting it held (领导小组 / 会议汇报材料)
                    or (_ISSUER_RE.match(above) and _YEAR_LED.match(best))
                    or (_ISSUER_RE.match(above) and best.startswith("会议"))
                    or joint
                )
                and not above.endswith("文件")
                and not _SPACED.fullmatch(raw_of.get(joined[k - 1][0], ""))
                and len(above + best) in _TITLE_LEN
                # "团贷网出借人委员会（上海筹）" over "团贷网出借人委员会章程": the headline
                # names the organisation already, the line above is its masthead
                and not _names_above(best, above)
            ):
                # "西安电子科技大学" over "优才海外访学项目实施细则", "某区人民政府" over
                # "2023年政府信息公开工作年度报告": the issuer opens the title.
                best, index, lines_note = above + best, above_at, above_note
            kind = typed(best)
            subtitle = joined[k + used][1] if k + used < len(joined) else ""
            if (
                subtitle.startswith(("—", "－－"))
                and _why_not(subtitle) is None
                and len(best + subtitle) in _TITLE_LEN
                # "政府工作报告" over "——2022年3月9日在…会议上": the occasion, not the title
                and not delivered_at(subtitle, subtitle_types)
            ):
                # "会议纪要" over "—ios、Android开发手机APP": the subtitle goes with it
                best += subtitle
                lines_note += "，连同下一行的副标题（——）"
            elif _EDITION.fullmatch(subtitle) and len(best + subtitle) in _TITLE_LEN:
                # "新型冠状病毒肺炎防控方案" over "（第八版）", "（试行第九版）": the edition or
                # the status of the text, set on its own line, ends the headline
                best += subtitle
                lines_note += "，连同下一行括号中的版次"
            if _SITE_PAGE.match(subtitle):
                # "…高质量的诊断试剂及整体解决方案" over "关于我们": a site's slogan in its
                # banner, above the menu, not the page's headline
                continue
            if delivered_at(subtitle, subtitle_types):
                # "政府工作报告" over "——2019年12月26日在…会议上": the text's own headline,
                # before the heading a site or a repost gave the page above it
                bonus += _OWN_HEADLINE
                lines_note += "，下一行是讲话或报告的场合（正文自己的标题）"
            add(best, index, 10.0 + bonus, f"以文种“{kind}”结尾{lines_note}")
            continue
        if k == 0 and len(flat) in _TITLE_LEN and _FORM_NAME.search(flat):
            # "评审问题单" over "基本信息", "评审意见": a form's name opens it, the lines
            # below are its sections and fields, not the rest of its title
            add(flat, index, 10.0, FORM_NAME_REASON)
            continue
        parts = [flat]
        # a line of the text's own, a clause and another after a comma, heads nothing
        # ("利用振动的数据进行PCA分析，获得图片一坨浆糊" over "…" over "明日计划": a log)
        clause = "，" in _QUOTED.sub("", flat) and len(flat) >= _CLAUSE_LINE
        # nor does a field's label whose value is not written ("合同编号：" over the
        # contract's name)
        blank = _BLANK_FIELD.match(flat) is not None
        for step, (below_at, nxt) in enumerate(
            joined[k + 1 : k + 3] if not (clause or blank or exclaims) else ()
        ):
            after_nxt = joined[k + 2 + step][1] if k + 2 + step < len(joined) else ""
            why_nxt = _why_not(nxt)
            if (
                # (a line left hanging on 的 goes on into the organ it qualifies:
                # "石门县新型冠状病毒感染的" / "肺炎疫情防控指挥部" / "通 告")
                (why_nxt and not (parts[-1].endswith("的") and why_nxt.startswith("发文机关")))
                # three short lines in a row ("中心简介" / "工作动态" / "通知公告"): a menu's
                # items, no headline broken over them; so too a short item under another,
                # the next one a little longer ("生产计划" / "订单管理" / "主生产计划")
                or (
                    len(flat) <= _SHORT_ITEM
                    and len(nxt) <= _SHORT_ITEM
                    and 0 < len(after_nxt) <= _SHORT_ITEM
                )
                or (
                    k > 0
                    and 0 < len(joined[k - 1][1]) <= _SHORT_ITEM
                    and len(flat) <= _SHORT_ITEM
                    and len(nxt) <= _MENU_ITEM - 2
                )
                # a Markdown heading is whole on its line: "# PLCT-Open-Reports" over the
                # repository's description is no headline wrapped over two lines (a
                # subtitle set as a heading of its own, "### ——2017年…总结", goes with it)
                or (
                    _MD_HEADING.match(raw_of.get(index, ""))
                    and (
                        not _MD_HEADING.match(raw_of.get(below_at, ""))
                        # "# 血暨‧南瓜頭檢討會" over "# 活動前籌備": a heading under the
                        # headline opens its first part
                        or not nxt.startswith(("—", "－"))
                    )
                )
                # nor does a line go on into a heading of the page's ("- …会议纪要" over
                # "# 工作安排") or a field ("参会人员：孙，雷，范，虞")
                or (
                    _MD_HEADING.match(raw_of.get(below_at, ""))
                    and not _MD_HEADING.match(raw_of.get(index, ""))
                )
                or _FIELD_OPENING.match(nxt)
                or _PERIOD_HEADING.fullmatch(nxt)  # "明日计划": a log's section, no tail
                or _DATED_LINE.search(nxt)  # the record's dated line under the headline
                # "11月10日会议记录" under "…项目会议记录汇总": an entry's heading, a day
                # opening it, no rest of the headline
                or _DAY_LED_ENTRY.match(nxt)
                or nxt.startswith(("关于", *_QUOTE_MARKS))
                or _LATIN_LINE.match(flat)
                # a name in Latin letters ("ZKX's LAB", a site's) over a headline in
                # Chinese heads the page, not the headline
                or (
                    len(flat) >= _LATIN_NAME
                    and _LATIN_WORD.fullmatch(flat)
                    and _HAN_OPENING.match(nxt)
                )
                # short items, a word in Latin letters among them, are a menu's ("ACM省赛" /
                # "Plan" / "训练计划"), no pieces of a headline
                or (
                    len(flat) <= _MENU_ITEM - 2
                    and (
                        _LATIN_WORD.fullmatch(flat)
                        or (_LATIN_WORD.fullmatch(nxt) and not typed(nxt))
                    )
                )
                or _STANDARD_CODE.match(nxt)  # a standard's code opens its own headline
                or _names_above(nxt, flat)  # a masthead over the headline naming it again
            ):
                break
            parts.append(nxt)
            if typed(nxt) and step == 0 and _unclosed("".join(parts)):
                # "印发«安全生产治本攻坚三年行动方案" / "(2024－2026年)»子方案的通知": the
                # cited title goes on, and the headline with it
                continue
            if typed(nxt):
                whole = "".join(parts)
                if _SITE_PAGE.match(after_nxt):
                    break  # a site's slogan over its menu's 关于我们 (as above)
                if len(whole) in _TITLE_LEN:
                    score, note = (10.0, "") if body_from is None else (_IN_BODY, _IN_BODY_NOTE)
                    at = index
                    issuers = _names_issuer_again(joined, k)
                    above, above_at, above_note = _issuer_lines(joined, k, issuers)
                    if (
                        body_from is None
                        and whole.startswith("关于")
                        and (issuers or (k == 1 and _joint_issuers(raw_of.get(joined[0][0], ""))))
                        and len(above + whole) in _TITLE_LEN
                    ):
                        whole, at, note = above + whole, above_at, above_note
                    add(
                        whole,
                        at,
                        score,
                        f"以文种“{typed(whole)}”结尾，{len(parts)} 行连成{note}",
                    )
                break
        if flat.startswith("关于"):
            score, note = (6.0, "") if body_from is None else (_IN_BODY, _IN_BODY_NOTE)
            add(flat, index, score, f"以“关于”开头{note}")
        elif _web_headline(joined, k) and (
            len(flat) <= _HEADING_MAX
            # a long headline over its posting line, no bar of the site's links
            or (len(flat) < _TITLE_LEN.stop and not _LINK_BAR.search(flat))
        ):
            add(
                flat,
                index,
                5.0,
                "网页正文的标题（导航栏或单独一行的日期之下，或发布日期之上）",
                again=True,
            )
        elif (
            not heading_found
            and body_from is None
            and len(flat) <= _HEADING_MAX
            and (flat[-1] not in "。，；！？,;!?" or asks or exclaims)
            and not _wrapped_prose(flat, joined, k, after_blank)
        ):
            heading_found = True
            # (a headline exclaiming is whole: "名单出炉！…再添新军！" over a short line)
            tail = None if exclaims else _tail_line(joined, k, raw_of)
            if tail is not None and k + 1 < len(joined) and joined[k + 1][0] in apart:
                tail = None  # "C语言常用算法归纳", a blank line, "应当掌握的一般算法": two lines
            dashed = _dash_subtitle(joined, k, subtitle_types)
            if dashed is not None:
                # "探寻楚韵文脉，厚植文化自信" over "——公共管理学院…参观活动圆满完成": a
                # headline and its subtitle, one title (a news item's, a speech's)
                add(
                    flat + dashed,
                    index,
                    _FIRST_HEADING,
                    f"{_FIRST_HEADING_REASON}（不是句子），连同下一行的副标题（——）",
                )
            elif tail is not None and len(flat + tail) <= _HEADING_MAX:
                add(
                    flat + tail,
                    index,
                    _FIRST_HEADING,
                    f"{_FIRST_HEADING_REASON}（不是句子），与下一行的短行连成",
                )
            elif (
                k == 1
                and (_why_not(joined[0][1]) or "").startswith("发文机关标志")
                and _contents_below(lines, index)
                and len(joined[0][1] + flat) <= _HEADING_MAX
            ):
                # a cover before its 目次: the organisation over the document's name
                # ("活力工作室" / "会议记录 文 档"), one title
                add(
                    joined[0][1] + flat,
                    joined[0][0],
                    _FIRST_HEADING,
                    f"{_FIRST_HEADING_REASON}，封面上与上一行的机关名称连成",
                )
            else:
                add(flat, index, _FIRST_HEADING, f"{_FIRST_HEADING_REASON}（不是句子）")
    if not any(c.score > _FIRST_HEADING for c in out) and not any(
        _number_line(ln.flat) or (_why_not(ln.flat) or "").startswith(_RED_HEAD_PARTS) for ln in top
    ):
        # A tender's cover: "招标文件", "竞争性磋商采购文件" names the document, not an
        # organisation (a red-head's "××人民政府文件" has its 发文字号 below); the
        # project's name on the cover's first line over it (the 招标编号 between or not)
        # opens the title. A 发文字号 (a template's XXX〔2023〕X号 too) or a 签发人 in the
        # head makes it a red-head.
        for k, (index, flat) in enumerate(joined):
            if body_from is not None and index >= body_from:
                break
            if not _document_name(flat):
                continue
            whole, at = flat, index
            for above_index, above in reversed(joined[:k]):
                why = _why_not(above)
                if why is not None and _FIELD_REASON in why:
                    continue  # the 招标编号 between the project's name and the type
                if why is not None:
                    break
                weak = any(
                    c.line == above_index and c.score == _FIRST_HEADING and c.text == above
                    for c in out
                )
                if weak and len(above + flat) in _TITLE_LEN:
                    whole, at = above + flat, above_index
                break
            if whole in seen:  # "招标文件" alone: rejected above as an organisation's mark
                seen.discard(whole)
                out[:] = [c for c in out if c.text != whole]
            add(whole, at, _COVER_NAME, "封面上的文件名称（以“文件”结尾，不是机关名称）")
            break
    if not any(c.score > 0 for c in out):
        # The file opens with another document's tail (a compilation cut by pages): the
        # headline with its 发文字号 on the next line starts this document.
        for a, b in pairwise(lines[:_DEEP_LINES]):
            flat = _stray_close(a.flat)
            if (
                typed(flat)
                and len(flat) in _TITLE_LEN
                and _why_not(flat) is None
                and _number_line(b.flat)
            ):
                add(
                    flat,
                    a.index,
                    8.0,
                    f"以文种“{typed(flat)}”结尾，下一行是发文字号（文件开头是另一份文件的结尾）",
                )
                break
    if not any(c.score > 0 for c in out):
        # A notice whose head is an address block (a patent office's 发文日, 申请号 and
        # the agent's address): its headline, set one character apart to the page's
        # width and ending in a 文种, comes below them.
        spaced = next(
            (
                ln
                for ln in lines[:_DEEP_LINES]
                if _LETTER_SPACED.fullmatch(ln.raw)
                and len(ln.flat) in _TITLE_LEN
                and len(ln.flat) >= _SPACED_HEADLINE
                and typed(ln.flat) is not None
                and _why_not(ln.flat) is None
            ),
            None,
        )
        if spaced is not None:
            add(
                spaced.flat,
                spaced.index,
                8.0,
                f"以文种“{typed(spaced.flat)}”结尾、字间加空格的标题行",
            )
    if not any(c.score > 0 for c in out) and any(
        _ORDER_HEAD.match(ln.flat) for ln in lines[:_LEAD_LINES]
    ):
        # A 令 opening the text: its 公布 sentence names in 《》 what it 公布s, whose
        # headline follows the signer and the date (a law's …法 or …条例 ends in no 文种)
        named = next(
            (m[1] for ln in lines[:_TOP_LINES] if (m := _PROMULGATED.match(ln.flat))), None
        )
        below = next((ln for ln in lines[:_DEEP_LINES] if named and ln.flat == named), None)
        if named and below is not None and len(named) in _TITLE_LEN:
            add(named, below.index, 8.0, "令所公布的文件的标题（公布句《》中的名称，签署之下重列）")
    if lines and not any(c.score > 0 for c in out) and (run_in := _run_in_title(lines[0].flat)):
        add(run_in, lines[0].index, 2.0, "正文一段到底：开头的标题之后，正文重提其主题")
    if lines and not any(c.score > 0 for c in out) and (gapped := _gapped_title(lines[0].raw)):
        add(gapped, lines[0].index, 2.0, "正文一段到底：开头的标题与正文之间空了几格")
    if (cover := _cover_name(lines)) is not None:
        add(cover[0], cover[1], 4.0, "封面上括起的名称（目录之后重列为首个标题）")
    if fallback:
        flat_fallback = _SPACE_RE.sub("", fallback)
        if flat_fallback and flat_fallback not in seen and len(flat_fallback) in _TITLE_LEN:
            if _SECTION_RE.match(flat_fallback) or _NUMBERED.match(fallback.strip()):
                # a heading style on "四、开发工作评价", "1 概览": a section's heading
                add(flat_fallback, -1, 0.0, "不是标题：层次标题（一、（一）1.）")
            elif flat_fallback[-1] in "：:":
                # a heading style on "尊敬的领导、同仁：": the letter's salutation
                add(flat_fallback, -1, 0.0, "不是标题：称呼或栏目（以冒号结尾）")
            elif _PLACEHOLDER.match(flat_fallback):
                add(flat_fallback, -1, 0.0, "不是标题：模板的占位符（{…}）")
            elif _after_contents(lines, flat_fallback):
                # a cover, then its 目次, then the first chapter's heading: the heading
                # style there marks a chapter (the document's name is on the cover)
                add(flat_fallback, -1, 0.0, "不是标题：目录（目次）之后的章节标题")
            else:
                add(flat_fallback, -1, 4.0, "文档的标题样式、表格标题或网页标题")
    return out


#: A year opening a line (2017.01.13…, 2019年3月5日…).
_FULL_YEAR = re.compile(r"(?:19|20)[0-9]{2}[-./年]")


def _date_led(flat: str) -> str | None:
    """What follows a full date (its year written) opening the line, when words follow it
    ("2017.01.13holi会议记录" → "holi会议记录"); None otherwise."""
    found = find_dates(flat)
    if not found or found[0].start != 0 or not _FULL_YEAR.match(flat):
        return None
    rest = flat[found[0].end :]
    return rest if len(rest) >= _SHORT_TYPE else None


#: A part of a handbook or a compilation on its line: 第一篇, 第二编, 第三部分.
_PART_LABEL = re.compile(r"^第[一二三四五六七八九十]{1,3}(?:篇|编|卷|部分)$")
#: A bracketed group closing a line ("（银发〔2017〕296号）").
_BRACKETED_END = re.compile(r"[（(][^（）()]{4,30}[)）]$")


def _number_after(flat: str) -> str | None:
    """The headline before the 发文字号 in brackets that closes ``flat``, if it does."""
    m = _BRACKETED_END.search(flat)
    if m is None or m.start() < _SHORT_TYPE or not _number_line(m.group()):
        return None
    return flat[: m.start()]


def _contents_below(lines: list[_Line], index: int) -> bool:
    """A table of contents' label (目次, 目录) opens a line below line ``index``: the
    lines above it are a cover."""
    return any(ln.index > index and _CONTENTS.match(ln.raw) for ln in lines)


def _cover_name(lines: list[_Line]) -> tuple[str, int] | None:
    """A cover's name set in brackets as an OA header is ("[易美餐V8版本更新说明]"), which
    the first line after the table of contents repeats: the document's name, its index."""
    contents = next((ln.index for ln in lines[:_LEAD_LINES] if _CONTENTS.match(ln.raw)), None)
    if contents is None:
        return None
    for ln in lines:
        if ln.index >= contents:
            return None
        if not _OA_HEADER.match(ln.flat):
            continue
        name = ln.flat[1:-1]
        after = [a for a in lines if a.index > contents and not _CELLS.search(a.raw)]
        if after and after[0].flat == name and len(name) in _TITLE_LEN:
            return name, ln.index
    return None


def _after_contents(lines: list[_Line], flat: str) -> bool:
    """The line ``flat`` stands below a table of contents' label (目次, 目录) opening a
    line: a chapter's heading, past the cover and the contents."""
    contents = next((ln.index for ln in lines if _CONTENTS.match(ln.raw)), None)
    if contents is None:
        return False
    at = next((ln.index for ln in lines if ln.flat == flat), None)
    return at is not None and at > contents


#: A subject this long restated right after a run-in title ("公共服务事项办理指引公共服务
#: 事项是指…"): shorter repeats are chance.
_RESTATED = 4
_RUN_IN_END = re.compile(r"[，。；;：:,!！?？、]")


def _run_in_title(flat: str) -> str | None:
    """The title of a document run into one paragraph: the words before the body
    restates the title's subject (its first words), when the paragraph is a long one."""
    if len(flat) <= _TITLE_LEN.stop:
        return None
    stop = _RUN_IN_END.search(flat)
    limit = min(stop.start() if stop else len(flat), _HEADING_MAX)
    subject = flat[:_RESTATED]
    for i in range(_TITLE_LEN.start, limit - _RESTATED + 1):
        if flat.startswith(subject, i) and _why_not(flat[:i]) is None:
            return flat[:i]
    return None


#: A headline run into the first paragraph, set off from its first sentence by a gap
#: ("梨树镇上小河村发展理念  我们上小河村位于…"): no punctuation in it, a sentence after.
_GAPPED_TITLE = re.compile(
    r"^(?P<title>[^\s。，；！？,;!?：:、]{4,50}?)(?:[ \u3000]{2,}|\t)(?P<rest>\S.*[。，].*)$"
)

_GAPPED_REST = 30  # a paragraph's sentences after the gap, not a form's value


#: Lines this short, three in a row, are a menu's items, no pieces of one headline.
_SHORT_ITEM = 4
#: A name in Latin letters this long is no word of a Chinese headline broken after it.
_LATIN_NAME = 6
_HAN_OPENING = re.compile(r"[\u4e00-\u9fff]{4}")
#: A site's menu item is this short at most, and so are the items around it.
_MENU_ITEM = 8
#: A menu: this many such items right above a short typed line and right below it.
_MENU_ABOVE, _MENU_BELOW = 3, 2


def _menu_reason(best: str, raw: str, joined: list[tuple[int, str]], k: int) -> str | None:
    """Why the typed line ``k`` (``raw`` as read) is a site's menu, no headline, or None:
    a drop-down menu read as one line; a short item in a run of short lines ("ACM校赛",
    "ACM省赛", "Plan", "训练计划", "做题统计"); a short item above the article's own
    headline over its 发布时间 ("规章制度" opening a news page)."""
    if _MENU_LINE.match(raw):
        return "网页的菜单（一行几个短词）"
    if len(best) > _MENU_ITEM - 2:
        return None

    def short(i: int) -> bool:
        return 0 < len(joined[i][1].lstrip("\x1e\x1f\v\f\t")) <= _MENU_ITEM

    above = range(max(0, k - _MENU_ABOVE), k)
    below = range(k + 1, min(len(joined), k + 1 + _MENU_BELOW))
    if (
        len(above) == _MENU_ABOVE
        and len(below) == _MENU_BELOW
        and all(short(i) for i in above)
        and all(short(i) for i in below)
    ):
        return "网页菜单中的一项（上下都是短的菜单文字）"
    last_above = range(max(0, k - _MENU_ABOVE - 1), k)
    if not below and len(last_above) == _MENU_ABOVE + 1 and all(short(i) for i in last_above):
        # the last item of a side menu ("瓦斯巡检" / "测风巡检" / "测尘巡检" / "生产计划"),
        # the page's text right after it
        return "网页菜单中的一项（上面都是短的菜单文字，菜单之后即是正文）"
    if any(
        _web_headline(joined, j) and _posted(joined[j + 1][1])
        for j in range(k + 2, len(joined) - 1)
    ):
        return "网页菜单中的一项（正文的标题在下面，发布时间之上）"
    return None


#: A line this long holding a comma, run on into a line as long, is a paragraph's.
_PROSE_WIDTH = 20
_CLAUSE_MARK = re.compile(r"[，；]")


def _wrapped_prose(flat: str, joined: list[tuple[int, str]], k: int, after_blank: set[int]) -> bool:
    """The line is a paragraph's, wrapped at the page's width: long, run on from a line or
    into a line about as long (no longer: a paragraph on one line is a Word file's body,
    its headline above it), a comma in one of them ("《阿里巴巴Java开发手册》是…经验总" over
    "结，经历了多次大规模一线…"), no headline."""
    if len(flat) < _PROSE_WIDTH:
        return False

    def as_wide(i: int) -> bool:  # joined[i] and the line are one paragraph's two lines
        other = joined[i][1]
        return len(flat) * 4 <= len(other) * 5 <= len(flat) * 6 and bool(
            _CLAUSE_MARK.search(flat) or _CLAUSE_MARK.search(other)
        )

    below = k + 1 < len(joined) and joined[k + 1][0] not in after_blank and as_wide(k + 1)
    above = k > 0 and joined[k][0] not in after_blank and as_wide(k - 1)
    return below or above


def _gapped_title(raw: str) -> str | None:
    """The headline opening a paragraph before a gap, when a sentence follows it."""
    m = _GAPPED_TITLE.match(raw.strip())
    if m is None or _why_not(m["title"]) is not None or len(m["rest"]) < _GAPPED_REST:
        return None
    return m["title"]


def _names_issuer_again(joined: list[tuple[int, str]], k: int) -> int:
    """How many lines right above line ``k``, under the 版头's mark and number, name its
    organisations again (one, or the joint issuers one to a line): the headline's own
    first part (a 标题 names its 发文机关). 0 when they do not."""
    for count in range(1, min(_JOINT_ISSUERS, k - 1) + 1):
        if _why_not(joined[k - 1 - count][1]) == "发文字号":
            # a joint 版头 may be read as one line ("…安全生产委员会 文件 …消防安全委员会")
            head = [f for _, f in joined[: k - 1 - count]]
            again = joined[k - count : k]
            return count if all(len(f) >= 4 and any(f in h for h in head) for _, f in again) else 0
    return 0


def _issuer_lines(joined: list[tuple[int, str]], k: int, count: int) -> tuple[str, int, str]:
    """The ``count`` lines right above line ``k`` (one when ``count`` is 0) joined, where
    the first of them is, and the note saying a headline was joined to them."""
    if k == 0:
        return "", -1, ""
    first = k - max(count, 1)
    note = "，与上一行的机关名称连成" if count < 2 else "，与上面各行的机关名称连成"
    return "".join(f for _, f in joined[first:k]), joined[first][0], note


def _joint_issuers(line: str) -> bool:
    """Two or more organisations' names set apart by spaces on one line, none a 版头's
    "…文件": the issuers of a joint text."""
    names = line.split()
    return len(names) >= 2 and all(
        (_ISSUER_RE.match(n) or _ORG_NAME.match(n)) and not n.endswith("文件") for n in names
    )


def _names_above(headline: str, above: str) -> bool:
    """Whether ``headline`` opens with the organisation ``above`` names (its branch in
    brackets and a stray mark of a scan before it left out)."""
    core = _BRANCH_AFTER.sub("", above).lstrip(_NOT_HAN)
    return len(core) >= 2 and headline.startswith(core)


#: A table row pasted as text, its cells between bars: a label's cell and the bar after it.
_BARRED_ROW = re.compile(r"[^|｜\n]{1,12}[:：][^\S\n]*[|｜]")
#: Between a table row's cells: a tab, or a bar where the row was pasted as text
#: ("名称: | 【应急预案】葛公镇防汛抗旱应急预案 | 文号: | 无 |").
_CELL_BREAK = re.compile(r"\t|[^\S\n]*[|｜][^\S\n]*")


def _listed_title(raw: str) -> list[tuple[str, str]]:
    """The (label, value) cells of a table row whose label names the document's title
    (名称：, 标题：, 信息名称：), the value its next cell, long enough for a headline."""
    cells = [_SPACE_RE.sub("", c) for c in _CELL_BREAK.split(raw)]
    return [
        (label[:-1], value)
        for label, value in pairwise(cells)
        if label[-1:] in ("：", ":")
        and _LISTED_TITLE_FIELD.fullmatch(label[:-1])
        and len(value) in _TITLE_LEN
    ]


def _opens_page(joined: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether the ``k``-th line opens the text: the first, or below nothing but a site's
    own lines (its breadcrumb, greeting or menu) and stray words too short for a headline
    ("地方", a column's name)."""
    return k == 0 or (
        k <= _OPENING_CHROME
        and all(
            len(flat) < _TITLE_LEN.start
            or (_why_not(flat) or "").startswith((*_SITE_CHROME, _CONTROLS_REASON))
            for _, flat in joined[:k]
        )
    )


def _led_by_label(line: str) -> str | None:
    """What follows a line's label and colon ("通羊镇：…"), when the label names no form's
    field (项目名称, 活动主题) nor a capture's title field (标题); None otherwise."""
    if not _LABEL_LINE.match(line):
        return None
    label, after = re.split("[:：]", line, maxsplit=1)
    if _FIELD_NAME.search(label) or _TITLE_FIELD.search(label):
        return None
    return after


def _date_field_alone(line: str) -> bool:
    """A line that is a time's or a date's field and nothing else (时间：2023-03-06,
    日期：2021-01-13 10:20)."""
    label = _DATE_FIELD_LABEL.match(line)
    if label is None:
        return False
    dates = find_dates(line[label.end() :])
    return (
        len(dates) == 1
        and dates[0].start == 0
        and (
            dates[0].end == len(line) - label.end()
            or bool(_CLOCK.fullmatch(line, label.end() + dates[0].end))
        )
    )


def _tagged_headline(line: str) -> str | None:
    """The headline after a tag and its colon ("学院版本：关于开展…的通知"): words opening
    with 关于 after a label that names no form's field."""
    after = _led_by_label(line)
    if after is None or not after.startswith("关于"):
        return None
    return after if len(after) in _TITLE_LEN else None


def _kicker(line: str, nxt: str) -> bool:
    """A headline led by a kicker ("数读空气质量：保定雾霾治理初见成效", "回执：专家推荐表",
    "汉阴:县政府召开2018年第八次常务会议") opening the text, not a form's field: words after
    the colon, no figure opening them, no blank to fill in, no sentence, and no field on
    the next line (a page's posting line there, or the headline printed again, is none)."""
    after = _led_by_label(line)
    if after is None:
        return False
    nxt = nxt.lstrip("\t\v")
    if (
        nxt
        and _LABEL_LINE.match(nxt)
        and not _posted(nxt)
        and not _date_field_alone(nxt)  # "时间：2023-03-06" under it: when posted
        and not _same_headline(line, nxt)
        and "，" not in nxt  # "云上通山报道：（全媒体记者 孟军）3月3日，…": a byline's sentence
    ):
        return False
    if _SITE_PAGE.match(line):
        return False  # 欢迎进入：…平台, a site's greeting
    return (
        len(after) >= 4
        and not after.startswith("关于")  # "新疆克州：关于…的指导意见": a site's tag over it
        and not after[0].isdigit()
        and "。" not in after
        and _TO_FILL.search(after) is None
    )


def _bare_field(line: str) -> bool:
    """A form's label standing alone in its cell: 姓名, 学号, 工程名称."""
    return (
        len(line) <= _BARE_FIELD
        and _FIELD_NAME.search(line) is not None
        and not line.startswith("签发")  # the 版头's 签发人, its name on the next line
    )


def _masthead_under_date(joined: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` is a short line under a page's date bar: an e-paper's masthead."""
    return k > 0 and bool(_DATE_BAR.match(joined[k - 1][1])) and len(joined[k][1]) <= _MASTHEAD


def _column_name(joined: list[tuple[int, str]], k: int) -> bool:
    """Line ``k``, under a web page's navigation bar, names the bar's last section and
    the line after the next says when the article was published (首页 > 政务公开 > 政府常务
    会议 over 政府常务会议, over 盐边县…常务会议, over 发布时间：…): the column's heading, over
    the article's own headline (a page's one heading may repeat its last section: 首页>>
    竞赛指南>>竞赛流程 over 竞赛流程 over 一、参赛方式)."""
    above = joined[k - 1][1]
    if not above.startswith("\x1e") or k + 2 >= len(joined):
        return False
    published = joined[k + 2][1].lstrip(_MARKED + "\x1f")
    return re.split(r"[>»›/]", above)[-1].strip() == joined[k][1] and _posted(published)


#: A byline's label opening a line: 作者, 来源, 编辑 (their colon left out or not).
_BYLINE_LABEL = re.compile(r"(?:作者|来源|责任编辑|编辑|撰稿|摄影)")
#: Dates run together, nothing else: "2021-11-252021-11-25" (two cells' days).
_DAYS_RUN = re.compile(r"(?:(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}){2,3}")
#: A sentence's marks: the body's first line has them.
_SENTENCE_MARKS = re.compile(r"[，。；,;]")


def _web_headline(joined: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` heads a web page's article: under the navigation bar (当前位置：首页>…)
    or over the line giving when it was published (发布日期：…)."""
    above = joined[k - 1][1] if k > 0 else ""
    below = joined[k + 1][1] if k + 1 < len(joined) else ""
    if k > 0 and joined[k][1][:1] in _LEADING_DASHES:
        return False  # "——金锁关镇召开…" over the posting line: the headline's subtitle
    if joined[k][1].endswith(("：", ":")):
        return False  # "访问次数：" over "发布时间：…": a field's label, its value left empty
    if (
        k > 0
        and _days_alone(above)
        and _SENTENCE_MARKS.search(below) is not None
        and not _BYLINE_LABEL.match(joined[k][1])  # "作者 遂报集团全媒体": the byline
        # (in the page's head: a 令's 落款 date over its 附注 follows its sentences)
        and not any(_SENTENCE_MARKS.search(f) for _, f in joined[: k - 1])
    ):
        # "2016-09-21" (a disclosure platform's posting day, alone, or its 发布日期 and 生效
        # 日期 side by side) over the headline, the body's first sentence under it
        return True
    after_below = joined[k + 2][1] if k + 2 < len(joined) else ""
    if (
        _days_alone(below)
        and _SENTENCE_MARKS.search(after_below) is not None
        and _SENTENCE_MARKS.search(joined[k][1]) is None
        and not any(_SENTENCE_MARKS.search(f) for _, f in joined[:k])
    ):
        # "我县积极推进…创建申报工作" over "2020-03-18", the body under that: the headline
        # over its posting day alone (an image's "Image" above it is the page's)
        return True
    return above.startswith("\x1e") or _posted(below.lstrip(_MARKED))


def _days_alone(flat: str) -> bool:
    """Whether a line (white space removed) is one date or more and nothing else: a
    page's posting day (2016-09-21, • 2022-05-18), or two of its fields' days side by side."""
    bare = flat.lstrip(_MARKED).lstrip(_BULLETS)
    return parse_chinese_date(bare) is not None or _DAYS_RUN.fullmatch(bare) is not None


def _open_brackets(text: str) -> int:
    """Round brackets ``text`` opens and leaves open (negative: closes more than it opens)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _wrapped(top: list[_Line], doc_types: Sequence[str]) -> list[_Line]:
    """Headlines broken inside a bracket ("…的采购请示（资" / "金来源：公司投资）"), after
    a word no headline ends on ("…采购结果的" / "审批（…）") or inside their 文种 at the
    page's width ("…法治政府建设情况报" / "告") read as one line."""
    out: list[_Line] = []
    k = 0
    while k < len(top):
        line = top[k]
        if k + 1 < len(top) and not _CELLS.search(line.raw):
            nxt = top[k + 1]
            flat = line.flat
            in_bracket = _open_brackets(flat) > 0 and _open_brackets(nxt.flat) < 0
            split_type = (
                len(nxt.flat) == 1
                and doc_type(flat + nxt.flat, doc_types) is not None
                and doc_type(flat, doc_types) is None
            )
            if (
                (in_bracket or split_type or (flat.startswith("关于") and flat[-1] in _OPEN_END))
                and len(flat + nxt.flat) in _TITLE_LEN
                and not _CELLS.search(nxt.raw)
            ):
                word = flat + nxt.flat
                out.append(_Line(line.index, line.start, nxt.end, line.raw + nxt.raw, word))
                k += 2
                continue
        out.append(line)
        k += 1
    return out


#: What a title set one character a line is made of: Chinese, and the letters and digits
#: of a name among them (G01小组例会); at least two of its characters are Chinese.
_ONE_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _spaced_out(top: list[_Line]) -> list[_Line]:
    """The lines with a cover's title set one character a line ("策" "划" "书") read as
    one line."""
    out: list[_Line] = []
    k = 0
    while k < len(top):
        j = k
        while j < len(top) and len(top[j].flat) == 1 and _ONE_CHAR.match(top[j].flat):
            j += 1
        if j - k >= 2 and sum(_CJK_CHAR.match(line.flat) is not None for line in top[k:j]) >= 2:
            run = top[k:j]
            word = "".join(line.flat for line in run)
            out.append(_Line(run[0].index, run[0].start, run[-1].end, word, word))
            k = j
        else:
            out.append(top[k])
            k += 1
    return out


def _masthead_name(joined: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` names a brief ("扶贫信息" over "第12期"): the 刊头, not the title."""
    return k + 1 < len(joined) and bool(_ISSUE_NO.match(joined[k + 1][1]))


def _dash_subtitle(
    joined: list[tuple[int, str]], k: int, subtitle_types: Sequence[str]
) -> str | None:
    """The subtitle under line ``k``: the next line, opening with a dash (——…), no
    sentence, the two together a title's length; otherwise None."""
    if k + 1 >= len(joined):
        return None
    nxt = joined[k + 1][1]
    if (
        not nxt.startswith(("——", "－－", "—"))
        or delivered_at(nxt, subtitle_types)
        or _why_not(nxt) is not None
        or nxt[-1] in "。；！？;!?"
        or len(joined[k][1] + nxt) not in _TITLE_LEN
    ):
        return None
    return nxt


def _tail_line(joined: list[tuple[int, str]], k: int, raw: dict[int, str]) -> str | None:
    """The short line ending a headline broken over two lines ("…本科毕业论文（设计）"
    over "参考文献规范格式"), or None: four to ten characters (fewer may be a name), no
    punctuation of a sentence or subtitle, and the body (a sentence, a heading, a table,
    the end) right after it."""
    if k + 1 >= len(joined):
        return None
    index, nxt = joined[k + 1]
    if (
        _why_not(nxt) is not None
        # a Markdown heading is whole on its line ("# 安记冰室・八月上｜创刊号" over a
        # quotation opening the text)
        or _MD_HEADING.match(raw.get(joined[k][0], ""))
        or _bare_field(nxt)  # "需求分析评审表" over "项目名称": the form's first field
        or len(_WORDS.findall(raw.get(index, ""))) > 1  # "版本号 说明 修改者": a table's cells
        or not 4 <= len(nxt) <= _TAIL_MAX
        or nxt.startswith(("关于", "—", "-", "(", "（", "《", *_QUOTE_MARKS))
        or any(ch in nxt for ch in "，。；：！？,;:!?·")
        or any(ch.isdigit() for ch in nxt)
    ):
        return None
    after = joined[k + 2][1] if k + 2 < len(joined) else ""
    short = (
        after
        # (a dateline's line, 本报讯（记者…）日前，…, read as before: its length decides)
        and _why_not(after) in (None, _DATELINE_REASON)
        and len(after) <= _HEADING_MAX
        and not _COVER_MONTH.fullmatch(after)  # "2018年12月" under it: the cover's date
    )
    if short and after[-1] not in "。，；！？,;!?":
        return None  # a third short line: a subtitle, a byline, an issuer
    return nxt


#: The longest organisation's name run into the end of a headline's line.
_SIGNED_TAIL = 12


def _signed_after(title: str, doc_types: Sequence[str]) -> str | None:
    """A headline opening with 关于 whose line runs on past its 的 + 文种 into an
    organisation's name (…的报告调度指挥中心): the headline without it; otherwise None."""
    if not title.startswith("关于") or doc_type(title, doc_types) is not None:
        return None
    for d in sorted(doc_types, key=len, reverse=True):
        at = title.rfind(f"的{d}")
        if at < 0:
            continue
        end = at + 1 + len(d)
        tail = title[end:]
        if 2 <= len(tail) <= _SIGNED_TAIL and (_ORG_NAME.match(tail) or _ISSUER_RE.match(tail)):
            return title[:end]
    return None


def _after_number(title: str, number: DocNumber, doc_types: Sequence[str]) -> str | None:
    """What follows the document's own number inside its title's line, when that is the
    headline (a 文种 ends it) and the headline does not begin before the number (关于
    转发…〔…〕…号文件的通知 quotes one); otherwise None."""
    at = _fold(title).translate(_SMALL_BRACKETS).find(number.tidy)
    if at < 0:
        return None
    rest = title[at + len(number.tidy) :]
    if "关于" in title[:at] or len(rest) not in _TITLE_LEN or doc_type(rest, doc_types) is None:
        return None
    return rest


#: How far below the 发文字号 a headline is (the 版头's red line and a blank between): a
#: line deeper down is the body's (a 关于… line wrapped in a paragraph of an old text
#: printing its number under its headline).
_UNDER_NUMBER = 4


def parse_document(
    text: str,
    doc_types: Sequence[str],
    fallback_title: str | None = None,
    page_title: str | None = None,
    declared_title: str | None = None,
    subtitle_types: Sequence[str] = (),
) -> DocStructure:
    """Read ``text`` into the parts of a document (GB/T 9704 for a 公文).

    版头: OA header, 份号/密级, 发文机关标志, 发文字号, 签发人, a brief's 刊头 or a cover;
    主体: title (the best of the candidates, see :class:`TitleCandidate`), 主送机关,
    正文, 附件说明, 发文机关署名 and 成文日期, 附注; 版记: 抄送, 印发. Texts that are not
    公文 get the parts they have. ``fallback_title`` (a Word heading, a table's title, a
    web page's <title>) is a weaker candidate; a web page's ``page_title`` (its <title>)
    printed as a line of the text is the page's headline when the best line found is
    above it (see :func:`page_title_line`); a ``declared_title`` (a Markdown page's front
    matter title, in Chinese) opening the text is its headline. Every date gets its role
    (:func:`~evidence_audit.text.dates.date_roles`).
    """
    lines = _lines(text)
    if not lines:
        return DocStructure()
    candidates = _title_candidates(lines, doc_types, fallback_title, subtitle_types)
    best = max(candidates, key=lambda c: (c.score, -c.line), default=None)
    number_at = next((c.line for c in candidates if c.reason == _NUMBER_LINE_REASON), None)
    if best is not None and number_at is not None and best.line < number_at:
        # a 公文's headline follows its 版头: of lines as likely, the one under the
        # 发文字号 is it (a printed web page's 热词 bar "…政府工作报告" above the number is no
        # headline of the notice below)
        # (unless it is the end of that one: "入学工作实施方案" wrapped under the number, the
        # whole headline printed above it by the page it was saved from)
        under_number = [
            c
            for c in candidates
            if number_at < c.line <= number_at + _UNDER_NUMBER
            and c.score >= best.score
            and not best.text.endswith(c.text)
        ]
        if under_number:
            best = max(under_number, key=lambda c: (c.score, -c.line))
    declared = _declared_headline(lines, declared_title) if declared_title else None
    if declared is not None and (best is None or best.score < _TYPED_TITLE):
        # "title: 如何用开源软件办一场技术大会？" in the front matter: the page says what its
        # headline is (a question mark or a quotation below it notwithstanding); a line
        # ending in a 文种 found in the text still wins (a crawler's front matter may name
        # the issuer, "title: 山西省人力资源和社会保障厅", over the notice's headline)
        candidates = [c for c in candidates if c.line != declared.line] + [declared]
        best = declared
    printed = page_title_line(lines, page_title) if page_title else None
    if printed is not None and (
        best is None
        or best.score <= 0
        or (best.line < printed.line and printed.text not in best.text)
        or (best.line < 0 and best.text == printed.text)  # the <title>, where it is printed
        # the <title> names the line's headline without the posting day after it
        or (best.line == printed.line and _dated_after(best.text, printed.text))
    ):
        # a site's menus and banners over the article: "运行服务部" / "服务" / "规章制度"
        # are links, the line the page's <title> names is the headline
        candidates = [c for c in candidates if c.text != printed.text] + [printed]
        best = printed
    flat_of = {ln.index: ln.flat for ln in lines}
    fuller = next(
        (
            c
            for c in candidates
            if best is not None
            and c.line == best.line + 1
            and c.score == best.score
            and len(c.text) > len(best.text)
            and c.text.endswith(best.text)
            # each a line of its own, not lines joined
            and flat_of.get(c.line) == c.text
            and flat_of.get(best.line) == best.text
        ),
        None,
    )
    if fuller is not None:
        # "主题党日活动方案" (a label line) over "“知行合一：…”主题党日活动方案": the
        # headline names the theme the line above leaves out
        best = fuller
    title: TitleCandidate | None = best if best is not None and best.score > 0 else None
    if title is not None and (tagged := _COLUMN_TAG.match(title.text)) is not None:
        # a news column's tag before the page's headline ("【最新】5月30日…信息")
        bare = replace(title, text=title.text[tagged.end() :])
        candidates = [bare if c is title else c for c in candidates]
        title = bare
    number = find_doc_number(text)
    if title is not None and number is not None and not number.cited:
        bare_text = _before_number(title.text, number)
        if bare_text is not None and len(bare_text) >= _TITLED_BEFORE_NUMBER:
            # "…的通知[建政办发〔2020〕24号]", "…重点工作任务(华政发〔2021〕2号)": a page
            # prints the number after the headline; it is no part of the title
            bare = replace(title, text=bare_text, reason=f"{title.reason}（去掉其后的发文字号）")
            candidates = [bare if c is title else c for c in candidates]
            title = bare
    doubt = None
    if title is not None and title.score <= _IN_BODY:
        doubt = f"标题“{title.text}”{title.reason}"
    if title is not None and (
        lead := _ATTACHMENT_LEAD.match(title.text) or _PARENTS_ATTACHMENT.match(title.text)
    ):
        # "附件4： 湖南…推荐表", "附件：《…》委托开发技术协议": the attachment's mark is no
        # part of its headline
        bare = replace(
            title, text=title.text[lead.end() :], reason=f"{title.reason}（去掉附件标识）"
        )
        candidates = [bare if c is title else c for c in candidates]
        title = bare
    elif (
        title is not None
        and 0 <= title.line < len(lines)
        and (label := _ATTACHMENT_LABEL.match(lines[title.line].raw)) is not None
    ):
        # "附件 5 城市路网矩阵说明", "附件1 30个…": the label set off by a space alone
        # (or a 、: "附件4、110年…情境劇本")
        cut = len(_SPACE_RE.sub("", label.group()))
        if title.text.startswith(_SPACE_RE.sub("", label.group())):
            bare = replace(title, text=title.text[cut:], reason=f"{title.reason}（去掉附件标识）")
            candidates = [bare if c is title else c for c in candidates]
            title = bare
    if title is not None:
        candidates = [replace(c, chosen=c is title) for c in candidates]
    parts: list[DocPart] = []
    if number is not None and number.cited:
        number = None
    signed = _signed_after(title.text, doc_types) if title is not None else None
    if title is not None and signed is not None:
        # "关于…情况的报告调度指挥中心": the 落款 unit run into the headline's line
        bare = replace(title, text=signed, reason=f"{title.reason}（去掉后面的单位名称）")
        candidates = [bare if c is title else c for c in candidates]
        title = bare
    if title is not None and number is not None:
        glued = _after_number(title.text, number, doc_types)
        if glued is not None:
            # "通知沪地铁路网﹝2023﹞135 号关于…的通知": a text extraction ran the 版头's
            # mark and the number into the headline's line; the headline follows them
            bare = replace(title, text=glued, reason=f"{title.reason}（去掉前面的版头和发文字号）")
            candidates = [bare if c is title else c for c in candidates]
            title = bare

    title_line = title.line if title is not None and title.line >= 0 else -1
    title_end_line = title_line
    if title is not None and title_line >= 0:
        covered = ""
        for line in lines[title_line:]:
            covered += line.flat
            title_end_line = line.index
            if len(covered) >= len(title.text):
                break
    head_lines = lines[:title_line] if title_line >= 0 else []
    bracketed = _bracketed_field_lines(head_lines)
    for k, line in enumerate(head_lines):
        if line.index in bracketed:
            # "[ 成文日期 ] 2022-08-21 [ 发布日期 ] …", "[ 有效性 ]": the disclosure page's
            # fields, none of the 公文's 版头 (no 刊头's date, no OA header)
            continue
        why = _why_not(line.flat)
        if why is None:
            if k + 1 < len(head_lines) and _ISSUE_NO.match(head_lines[k + 1].flat):
                parts.append(DocPart("masthead", line.raw, line.index))
            continue
        if why.startswith("OA"):
            parts.append(DocPart("oa_header", line.raw, line.index))
        elif why == "期号":
            parts.append(DocPart("masthead", line.raw, line.index))
        elif why.startswith("份号"):
            parts.append(DocPart("marks", line.raw, line.index))
        elif why == "签发人":
            parts.append(DocPart("signer", line.raw, line.index))
        elif why == "发文字号":
            parts.append(DocPart("doc_number", number.raw if number else line.raw, line.index))
            signer = _SIGNER.search(line.raw)
            if signer:
                parts.append(DocPart("signer", signer.group(), line.index))
        elif why.startswith("发文机关"):
            parts.append(DocPart("issuer_mark", line.raw, line.index))
        elif why.startswith("以日期"):
            parts.append(DocPart("masthead", line.raw, line.index))
        elif why.startswith("表格或封面"):
            parts.append(DocPart("cover", line.raw, line.index))
    if title is not None:
        parts.append(DocPart("title", title.text, max(title.line, 0)))

    # The body starts after the title (and the 主送机关); the 版记 ends it.
    after = title_end_line + 1 if title_end_line >= 0 else 0
    if (
        number is not None
        and title_end_line >= 0
        and after < len(lines)
        and _number_line(lines[after].flat)
        and not any(p.part == "doc_number" for p in parts)
    ):
        # the number printed under the headline, in brackets or not (a 规范性文件, a web
        # page's copy of a 公文)
        parts.append(DocPart("doc_number", number.raw, lines[after].index))
        after += 1
    addressee = None
    for line in lines[after : after + 3]:
        if _MD_HEADING.match(line.raw):
            break  # "## 报告的索引：": a Markdown heading names a section, no 主送机关
        if _EMPTY_POSTING_FIELD.match(line.flat):
            break
        if line.flat[-1] in "：:" and not _ADDRESSEE_SKIP.match(line.flat):
            body = line.flat[:-1]
            if 2 <= len(body) <= 80 and not _NOT_TITLE.match(body) and not _LABEL_LINE.match(body):
                addressee = line
            break
    if addressee is not None:
        parts.append(DocPart("addressee", addressee.flat[:-1], addressee.index))
        after = addressee.index + 1
    banji_at = banji_start(text)
    banji_line = next(
        (ln.index for ln in lines[after:] if banji_at is not None and ln.end >= banji_at), None
    )
    body_end = banji_line if banji_line is not None else len(lines)

    head_end = lines[title_end_line].end if title_end_line >= 0 else (lines[0].end if lines else 0)
    title_span = None
    if title_line >= 0:
        title_span = (lines[title_line].start, lines[title_end_line].end)
    below = lines[title_end_line + 1 :] if title_end_line >= 0 else lines
    layout = Layout(
        head_end=head_end,
        title=title_span,
        banji=lines[banji_line].start if banji_line is not None else None,
        # where each such line's text starts (after an indent: "　　包头市…考评办法")
        headlines=frozenset(
            ln.start + len(text[ln.start : ln.end]) - len(text[ln.start : ln.end].lstrip())
            for ln in below
            if _headline(ln.flat, doc_types)
        ),
    )
    roles = date_roles(text, layout, subtitle_types)
    chosen = choose_date(roles)

    # 落款: the signature date's line and the organisation line(s) above it.
    signature = next((r for r in reversed(roles) if r.role == "signature" and r is chosen), None)
    sig_line = None
    if signature is not None:
        sig_line = next((ln for ln in lines if ln.start <= signature.start < ln.end + 1), None)
    body_lines = lines[after:body_end]
    if sig_line is not None and sig_line.index >= after:
        org = text[sig_line.start : signature.start].strip() if signature else ""
        if org and not _DATE_FIELD_END.search(org):  # "申请日期 2025-01-16": a field, no 署名
            parts.append(DocPart("signature", org, sig_line.index))
        elif sig_line.index - 1 >= after and _SIGNATURE_RE.match(lines[sig_line.index - 1].flat):
            prev = lines[sig_line.index - 1]
            parts.append(DocPart("signature", prev.raw, prev.index))
        if signature is not None:
            parts.append(DocPart("date", signature.raw, sig_line.index))
        body_lines = [ln for ln in body_lines if ln.index < sig_line.index - (0 if org else 1)]
        for ln in lines[sig_line.index + 1 : body_end]:
            if _NOTE.match(ln.flat):
                parts.append(DocPart("note", ln.raw, ln.index))
                break
    attachments = [ln for ln in body_lines if _ATTACHMENT.match(ln.flat) and ln.index > after]
    if attachments:
        first = attachments[0]
        parts.append(DocPart("attachments", first.raw, first.index))
        body_lines = [ln for ln in body_lines if ln.index < first.index]
    if body_lines:
        summary = body_lines[0].raw
        parts.append(
            DocPart("body", f"{len(body_lines)} 行，起于“{summary[:30]}”", body_lines[0].index)
        )
    if banji_line is not None:
        for ln in lines[banji_line:]:
            if _BANJI_PREFIX.match(ln.flat) and ln.flat.startswith(("抄", "分", "报")):
                parts.append(DocPart("cc", ln.raw, ln.index))
            elif _PRINTED.search(ln.raw):
                parts.append(DocPart("printed", ln.raw, ln.index))
    order = {name: k for k, name in enumerate(PART_TITLES)}
    parts.sort(key=lambda p: (p.line, order[p.part]))

    head_text = "\n".join(ln.raw for ln in lines[: max(title_line, 0)])
    lead_lines = body_lines[:_LEAD_LINES] if body_lines else lines[after : after + _LEAD_LINES]
    if addressee is not None:
        # The body opens with whom it addresses: 各位领导、同仁们： is a speech's greeting,
        # read as the 主送机关 line all the same.
        lead_lines = [addressee, *lead_lines]
    end = _article_end(lines, after)
    tail_lines = lines[max(end - _TAIL_LINES, after) : end]
    return DocStructure(
        parts=tuple(parts),
        title=title.text if title is not None else None,
        title_reason=title.reason if title is not None else None,
        title_doubt=doubt,
        candidates=tuple(candidates),
        number=number,
        dates=tuple(roles),
        date=chosen,
        head=head_text[-_ZONE_CHARS:],
        lead="\n".join(ln.raw for ln in lead_lines)[:_ZONE_CHARS],
        tail="\n".join(ln.raw for ln in tail_lines)[-_ZONE_CHARS:],
    )


def _article_end(lines: Sequence[_Line], after: int) -> int:
    """Where a text's own lines end, above a web page's furniture (上一篇, 打印本页, its
    links, 版权所有, 许可证): from the end up, short lines are passed and the text is cut at
    the highest that shows it is furniture, long or short; a long line that does not stops
    the search (the article's last paragraph)."""
    end = len(lines)
    for k in range(len(lines) - 1, max(after, len(lines) - _FOOTER_LINES), -1):
        if _PAGE_FOOTER.search(lines[k].flat):
            end = k
        elif len(lines[k].flat) > _FOOTER_WIDTH:
            break
    return end


#: A field to fill standing in a document's part: a template's {{会议名称}}, ${unit},
#: «名称», or a part's name in brackets (【发文机关】, [成文日期]); and, in a headline, a run
#: of X for a name (关于XXX工作的通知).
_FIELD_WORDS = (
    "机关|单位|名称|编号|日期|时间|文号|字号|标题|事项|正文|内容|人员|人|地点|年份|年度|主题"
    "|密级|程度|方式|抄送|主送|部门|姓名|期限"
)
_TEMPLATE_FIELD = re.compile(
    r"\{\{[^{}\n]{1,30}\}\}|\$\{[^{}\n]{1,30}\}|«[^«»\n]{1,30}»"
    rf"|[【\[［][^【】\[\]［］\n]{{0,12}}(?:{_FIELD_WORDS})[】\]］]"
)
_NAME_RUN = re.compile(r"[XxＸ×]{3,}")
#: What a headline calls itself when it is a template (…申报模板, …模版（2024版）).
TEMPLATE_WORDS = ("模板", "模版")
_NAMED_TEMPLATE = re.compile(rf"({'|'.join(TEMPLATE_WORDS)})(?:[（(][^（）()]{{0,12}}[）)])?\s*$")
#: A 发文字号 or a date of X to fill (XX发〔20XX〕XX号, 20XX年XX月XX日).
_TEMPLATE_NUMBER_DATE = re.compile(
    r"[〔\[［](?:19|20)?[0-9XxＸ×]{2}[〕\]］][0-9XxＸ×]*[XxＸ×][0-9XxＸ×]*号"
    r"|(?:19|20|[XxＸ×]{2})[0-9XxＸ×]{2}年[0-9XxＸ×]{1,2}月[0-9XxＸ×]{1,2}日(?<=[XxＸ×]日)"
    r"|(?:19|20|[XxＸ×]{2})[XxＸ×]{2}年"
)
#: A template's stand-in text: one word said over and over (内容内容内容内容内容…, 测试测试…).
_DUMMY_TEXT = re.compile(r"([\u4e00-\u9fff]{2,4})\1{5,}")
#: Lines of a template's head or 落款 standing for its parts before it is a template.
_TEMPLATE_LINES = 2
#: ...around a body of fewer characters than this written out of lines without fields.
_TEMPLATE_PROSE = 300


def named_template(title: str | None, text: str = "") -> str:
    """What the headline calls the file when it names it a template ("…典型案例申报模板":
    模板), else "". A headline with a colon after it in ``text`` ("会议纪要模板：" over the
    fields, then the meetings recorded in them) introduces the template the text then fills."""
    named = _NAMED_TEMPLATE.search(title or "")
    if named is None or re.search(rf"{re.escape(title or '')}[^\S\n]*[：:]", text):
        return ""
    return named.group(1)


def template_fields(title: str | None, head: str, tail: str, text: str = "") -> tuple[str, ...]:
    """The fields to fill that stand in a document's parts, when it is a template: its
    headline holds one (中共【发文机关】党组会议纪要, {{会议名称}}会议纪要, 关于XXX工作的
    通知), its text is a word said over and over for the text to come (内容内容内容…),
    or two lines of its 版头 and 落款 are such fields (【纪要编号】, 【成文日期】,
    XX发〔20XX〕XX号, 20XX年XX月XX日) and ``text`` has little written out of lines
    without such fields. Empty when it is none. A form's fields in the body ([时间], 【作品名称】) do
    not make a template, nor does a draft written out whose 署名 and date are left to
    fill ([发文单位] / [日期] under its text): only a headline to fill, or parts to fill
    around a body that is mostly fields too."""
    in_title = [m.group() for m in _TEMPLATE_FIELD.finditer(title or "")]
    in_title += [m.group() for m in _NAME_RUN.finditer(title or "")]
    if in_title:
        return tuple(dict.fromkeys(in_title))
    dummy = _DUMMY_TEXT.search(text)
    if dummy is not None:
        return (dummy.group(1) * 3 + "…",)
    found: list[str] = []
    lines = 0
    for line in (*head.splitlines(), *tail.splitlines()):
        fields = [m.group() for m in _TEMPLATE_FIELD.finditer(line)]
        fields += [m.group() for m in _TEMPLATE_NUMBER_DATE.finditer(line)]
        if fields:
            lines += 1
            found += fields
    if lines < _TEMPLATE_LINES:
        return ()
    written = sum(
        len(_SPACE_RE.sub("", ln))
        for ln in text.splitlines()
        if not (_TEMPLATE_FIELD.search(ln) or _TEMPLATE_NUMBER_DATE.search(ln))
    )
    return tuple(dict.fromkeys(found)) if written < _TEMPLATE_PROSE else ()


#: A form's field: its label and the colon after it (会议时间：, 记录编号:, 负责人意见：).
_FORM_LABEL = re.compile(r"([^\s：:，,。；;、]{1,20})[^\S\n]*[：:]")
#: The spaces a form sets between a label's characters (签  字：, 日  期：).
_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
#: What stands for nothing written in a field: a blank date (  年  月  日), rules and boxes.
_BLANK_DATE = re.compile(r"年[ \t\u3000_＿]*月[ \t\u3000_＿]*日")
#: A form is blank when this many of its fields are left empty and none is filled in...
_BLANK_FIELDS = 3
#: ...and it says no more than this many characters besides its labels and its headline.
_BLANK_PROSE = 20


def _written(text: str, digits: bool = True) -> int:
    """How many characters of ``text`` are written words: Chinese characters, Latin letters
    and (with ``digits``) figures; not a report engine's one-character placeholders, rules,
    boxes or blanks, nor (without ``digits``) a row's number."""
    text = _BLANK_DATE.sub("", text)
    return sum(
        1
        for c in text
        if "\u4e00" <= c <= "\u9fff" or (c.isascii() and (c.isalpha() or (digits and c.isdigit())))
    )


def blank_fields(text: str, title: str | None = None) -> tuple[str, ...]:
    """The labels of a form's fields when the form is blank: three or more fields
    (会议时间：, 主持人：, 出席人员：…) with nothing written after them, on their line or on
    the next, none filled in, and hardly any other words than the labels and the headline
    (a 会议记录 template, a 整改单 whose fields hold only a report engine's placeholders).
    Empty when it is no blank form: a form filled in, a text that has its labels' values."""
    headline = _SPACE_RE.sub("", title or "")
    empty: list[str] = []
    filled = prose = 0
    pending: str | None = None
    for line in text.splitlines():
        line = _SPACED_OUT.sub("", line)
        flat = _SPACE_RE.sub("", line)
        if not flat or (headline and flat == headline) or not _written(line):
            continue
        labels = list(_FORM_LABEL.finditer(line))
        if not labels:
            if pending is not None:
                filled += 1  # the value of the label above, in the cell or line below
                pending = None
            else:
                prose += _written(line)
            continue
        if pending is not None:
            empty.append(pending)
            pending = None
        prose += _written(line[: labels[0].start()])
        for here, after in zip(labels, [*labels[1:], None], strict=True):
            value = line[here.end() : after.start() if after else len(line)]
            if _written(value):
                filled += 1
            elif after is None:
                pending = here.group(1)
            else:
                empty.append(here.group(1))
    if pending is not None:
        empty.append(pending)
    if filled or len(empty) < _BLANK_FIELDS or prose > _BLANK_PROSE:
        return ()
    return tuple(dict.fromkeys(empty))


def blank_table(
    text: str, title: str | None, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[str, ...]:
    """The column names of a form's table left blank: three or more names (序号、姓名、
    单位、签名), no row with a word written in it (a row's number is none), and hardly any
    words in ``text`` besides its headline, those names and its fields' labels (a 签到表
    template, its 会议时间： and 会议地点： empty too). Empty when it is no blank table."""
    names = [h.strip() for h in header if _written(h, digits=False)]
    if len(names) < _BLANK_FIELDS or any(_written(c, digits=False) for row in rows for c in row):
        return ()
    headline = _SPACE_RE.sub("", title or "")
    named = {_SPACE_RE.sub("", n) for n in names}
    prose = 0
    for line in text.splitlines():
        line = _SPACED_OUT.sub("", line)
        flat = _SPACE_RE.sub("", line)
        if not flat or flat == headline:
            continue
        cells = [_SPACE_RE.sub("", c) for c in line.split("\t")]
        if all(not c or c in named or not _written(c, digits=False) for c in cells):
            continue
        prose += _written(_FORM_LABEL.sub("", line), digits=False)
    if prose > _BLANK_PROSE:
        return ()
    empty = [  # the columns to fill, not the one holding the rows' numbers
        h.strip()
        for j, h in enumerate(header)
        if _written(h, digits=False) and not any(j < len(row) and row[j].strip() for row in rows)
    ]
    return tuple(empty or names)


#: What a browser or a site appends to a page's title: "… - 知乎", "… | 新华网", "…_百度百科".
#: A site's part (its column, its name) ending a page's <title> after a dash, a bar or an
#: ASCII space, and how many such parts are cut at most.
_SITE_PART = re.compile(r"(?:[-|–—_｜]+|[ \t]+)[^-|–—_｜\s]{2,20}$")
_SITE_PARTS = 2
_TRAILING_BARS = re.compile(r"[|｜\s]+$")
_TRAILING_BUTTON = re.compile(r"[\[【](?:复制链接|复制本页链接|打印本页|收藏本页|关闭窗口)[\]】]$")
#: A browser's title bar after the headline: the column's name and the site's, each after
#: a dash ("-中工新闻-中工网", "_工作动态_上海市房屋管理局").
_TITLE_BAR_TAIL = re.compile(
    r"(?<=.{6})(?:[-_–—][^-_–—|｜\s]{2,12}){1,2}[-_–—][^-_–—|｜\s]{2,16}"
    r"(?:网|网站|人民政府|政府网|门户|局|委员会)$"
)
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{1,20}$|_[^_]{1,12}$")


#: A version after a document's name in its properties ("软件测试计划v1.2", "方案_V1.0").
_VERSION_SUFFIX = re.compile(r"[\s_\-—]*[（(]?[vV]\s*\d+(?:\.\d+)*[)）]?$")


def properties_title(
    chosen: TitleCandidate, properties_title: str | None, doc_types: Sequence[str], text: str = ""
) -> str | None:
    """The document properties' title (its version suffix removed) when the title chosen
    from the text is only a form's name opening it (a revision table's heading
    "修订和签署记录表") that names no document type, and the
    properties' title ends in one the ruleset knows ("软件测试计划v1.2"): the text does not
    print the cover. Also when the title chosen is only the first short line that looks
    like a heading (a course's or a team's name heading a cover, "软件工程综合实验H组" over
    "软件测试计划v1.2") and the cover prints the properties' title on a line of its own
    among the top lines of ``text``. Otherwise None."""
    if not properties_title or doc_type(chosen.text, doc_types):
        return None
    bare = _SITE_SUFFIX.sub("", properties_title.strip())
    whole = _VERSION_SUFFIX.sub("", bare).strip()
    flat = _SPACE_RE.sub("", whole)
    if len(flat) not in _TITLE_LEN or flat == chosen.text:
        return None
    if chosen.reason == FORM_NAME_REASON:  # not a heading-like line: properties go stale
        named = doc_type(flat, doc_types)
        if named and _SPACE_RE.sub("", chosen.text)[:-1].endswith(named):
            # 听取公安部门意见表 under the properties' 任职前听取意见: the form names the
            # 文种 it asks for (a 意见表 is a form, not a 意见), the properties do not
            # name another document
            return None
        return whole if named else None
    if chosen.score <= _FIRST_HEADING and chosen.reason.startswith(_FIRST_HEADING_REASON):
        printed = _SPACE_RE.sub("", bare)
        top = [f for raw in text.splitlines() if (f := _SPACE_RE.sub("", raw))][:_TOP_LINES]
        if (
            printed in top
            and flat[-1] not in _TRAILING_PUNCT  # "附件1：", "…划分：" heads what follows
            and _why_not(flat) is None  # a date, a section's heading
            and not _NUMBERED.match(bare)
        ):
            return whole
    return None


#: Why the 发文字号's line is no title (the 版头 ends there: the headline is below it).
_NUMBER_LINE_REASON = "不是标题：发文字号"
#: Why a web page's line is its headline.
PAGE_TITLE_REASON = (
    "网页标题（<title>）印在正文的这一行：网页正文的标题，上方各行是网站的导航和栏目"
)
#: A site's note opening a page's title: it reprints (转载) the document.
_REPRINTED = re.compile(r"[（(【\[](?:转载|转发|转自)[）)】\]]")
#: What a headline ending in a 文种 scores (10, more with a bonus): the text's own.
_TYPED_TITLE = 10.0
#: Why a Markdown page's first line is its headline.
DECLARED_TITLE_REASON = (
    "文件声明的标题（页面元数据 front matter 或 JSON 记录的标题字段），印在正文第一行"
)
_HANZI = re.compile(r"[\u4e00-\u9fff]")
#: What a line the page's <title> names scores: above any line's own signs.
_PAGE_TITLE_SCORE = 15.0


def _declared_headline(lines: Sequence[_Line], declared: str) -> TitleCandidate | None:
    """The text's first line when it is the title the file declares (a front matter's
    title, in Chinese: "title: practice1_team", a file's slug, declares none)."""
    flat = _SPACE_RE.sub("", declared)
    if not lines or lines[0].flat != flat or not _HANZI.search(flat):
        return None
    if len(flat) not in _TITLE_LEN:
        return None
    headline = _COLUMN_TAG.sub("", flat, count=1)
    return TitleCandidate(headline, lines[0].index, _PAGE_TITLE_SCORE, DECLARED_TITLE_REASON, True)


def page_title_line(lines: Sequence[_Line], page_title: str) -> TitleCandidate | None:
    """The first line of a web page's text that is its <title> (a site's name after a
    dash or a bar removed: "…统计公报 | 中国宜春"), as the headline candidate; None when no
    line prints it, or it is too short or long for a headline, or a section's number."""
    bare = _SITE_SUFFIX.sub("", page_title.strip())
    # "…的通知-教育类规范性文件-厦门教育局", "…开展调研工作 东区办事处_中山网": the site's
    # column and name after dashes or a space; the line that prints what is left names
    # the headline
    cuts = [bare.rstrip("-|–—_｜ \t") or bare]
    while len(cuts) <= _SITE_PARTS and (last := _SITE_PART.search(cuts[-1])) is not None:
        cuts.append(cuts[-1][: last.start()])
    if _NUMBERED.match(bare):
        return None
    line, after = None, list(lines)
    for cut in cuts:
        flat = _SPACE_RE.sub("", cut)
        if _SECTION_RE.match(flat):
            return None
        if len(flat) not in _TITLE_LEN:
            continue
        at = next((k for k, ln in enumerate(lines) if ln.flat == flat), None)
        span = 1
        if at is None:
            # "…2016年工作安排 2016-03-07": the headline, the day it was posted after it
            at = next((k for k, ln in enumerate(lines) if _dated_after(ln.flat, flat)), None)
        if at is None:
            # the headline wrapped over two lines ("…及调整2007" / "年末国债余额限额的决议")
            at = next(
                (k for k, (a, b) in enumerate(pairwise(lines)) if a.flat + b.flat == flat), None
            )
            span = 2
        if at is not None:
            line, after = lines[at], list(lines[at + span :])
            break
    if line is None or (cut is not cuts[0] and _wraps_on(after, flat, bare)):
        return None
    if line is lines[0] and _article_headline_below(lines, flat):
        # the <title> is the site's name, printed as its masthead: the article's own
        # headline is lower, over its 发布日期 (智能信息处理研究团队 … 首页 / 通知公告 /
        # 关于…的通知 / 发布日期：2017/10/15)
        return None
    # "（转载）广州市…的通知": a site's note that it reprints the document is no part of it
    reprinted = _REPRINTED.match(flat)
    headline = flat[reprinted.end() :] if reprinted and len(flat) - reprinted.end() >= 4 else flat
    return TitleCandidate(headline, line.index, _PAGE_TITLE_SCORE, PAGE_TITLE_REASON, True)


def _dated_after(line: str, headline: str) -> bool:
    """Whether ``line`` is ``headline`` with a date after it and nothing else."""
    if not line.startswith(headline) or line == headline:
        return False
    rest = line[len(headline) :]
    dates = find_dates(rest)
    return len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(rest)


def _article_headline_below(lines: Sequence[_Line], site: str) -> bool:
    """Whether a line below the page's first, other than ``site``, heads an article: a
    line of a headline's length right over the line giving when it was published (not
    itself a line of the posting's fields: 文章来源:… over 时间:2024-04-18 09:05)."""
    return any(
        ln.flat != site
        and len(ln.flat) in _TITLE_LEN
        and _posted(nxt.flat)
        and _POSTING_FIELD.search(ln.flat) is None
        for ln, nxt in pairwise(lines[1:])
    )


def _wraps_on(after: Sequence[_Line], printed: str, title: str) -> bool:
    """Whether the line after the ``printed`` part of ``title`` goes on with what the
    title says next: the part cut was the headline's end, no site's name."""
    rest = _SPACE_RE.sub("", title)[len(printed) :]
    return bool(after) and bool(after[0].flat) and rest.startswith(after[0].flat)


#: Why a short opening line is the title.
OPENING_NAME_REASON = "开头第一行是文种，与文档属性的标题相同"


def opening_name(
    text: str, properties_title: str, doc_types: Sequence[str]
) -> TitleCandidate | None:
    """The text's first line when it is a 文种 alone (章程) and the document properties'
    title is that same word: the paper's headline, however short. Otherwise None."""
    first = next((ln for ln in _lines(text)), None)
    if first is None:
        return None
    named = _SPACE_RE.sub("", properties_title)
    if first.flat != named or doc_type(first.flat, doc_types) != first.flat:
        return None
    return TitleCandidate(first.flat, first.index, _FIRST_HEADING, OPENING_NAME_REASON, True)


def completed_title(title: str, properties_title: str | None, text: str) -> str:
    """``title`` completed by the document properties' title when the headline wraps over
    lines the title finder cut ("一分钟了解：考健身教练证书要多" over "少钱？"): the
    properties' title (without a site's suffix) starts with ``title`` and the text prints
    it whole, line breaks aside. Otherwise ``title`` unchanged."""
    if not properties_title:
        return title
    whole = _SITE_SUFFIX.sub("", properties_title.strip())
    flat_whole = _SPACE_RE.sub("", whole)
    flat_title = _SPACE_RE.sub("", title)
    if (
        len(flat_whole.rstrip(_TRAILING_PUNCT)) > len(flat_title)
        and len(flat_whole) in _TITLE_LEN
        and flat_whole.startswith(flat_title)
        and flat_whole in _SPACE_RE.sub("", text[: len(title) * 4 + 200])
        and not _number_only(flat_whole[len(flat_title) :])
    ):
        return whole
    return title


def _number_only(rest: str) -> bool:
    """Whether what a page's title adds after the headline is its 发文字号 alone
    ("[建政办发〔2020〕24号]"): no part of the headline."""
    number = find_doc_number(rest)
    return number is not None and _before_number(rest, number) == ""


def _before_number(text: str, number: DocNumber) -> str | None:
    """``text`` without ``number`` printed at its end, in brackets or glued on
    ("…的通知[建政办发〔2020〕24号]" → "…的通知"); None when it does not end so."""
    own = _SPACE_RE.sub("", number.raw)
    trimmed = text.rstrip("]】）)")
    if not own or not trimmed.endswith(own):
        return None
    head = trimmed[: -len(own)]
    if len(trimmed) == len(text):
        return head
    return head[:-1] if head[-1:] in ("[", "【", "（", "(") else None
