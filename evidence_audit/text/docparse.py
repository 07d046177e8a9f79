"""The parts of an official document (GB/T 9704-2012) found in its extracted text.

发文字号 (:func:`find_doc_number`), title (:func:`find_title`), document type
(:func:`doc_type`), draft markers and template placeholders. Only the generic grammar
lives here (brackets, 第/号, draft markers); the vocabulary of document types comes from
the ruleset and is passed in as ``doc_types``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .dates import find_dates

__all__ = [
    "DocNumber",
    "doc_type",
    "embedded_titles",
    "find_doc_number",
    "find_title",
]


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A 发文字号 such as 湘发〔2019〕12号 (or 令 第12号, with ``year`` 0 and no brackets).

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


_H = r"[ \t\u3000]*"  # horizontal white space: a number never spans lines
_DOCNO = re.compile(
    rf"(?P<agency>[\u4e00-\u9fffA-Za-z]{{1,15}}?){_H}(?P<lb>[〔﹝\[【〖(（［]){_H}"
    rf"(?P<year>(?:19|20)[0-9]{{2}}|[0-9]{{2}}){_H}(?P<rb>[〕﹞\]】〗)）］]){_H}(?P<zi>字)?{_H}"
    rf"(?P<di>第)?{_H}(?P<seq>[0-9]{{1,5}}){_H}号(?![楼院室栋])"
)
_ORDER_NO = re.compile(
    rf"(?P<agency>[\u4e00-\u9fffA-Za-z]{{0,15}}?){_H}令\s*第{_H}(?P<seq>[0-9]{{1,5}}){_H}号"
)
_SIGNER = re.compile(r"签\s*发\s*人\s*[:：].*$")
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
#: "本通知（X政发〔2019〕4号）": the document naming itself.
_SELF_REF = re.compile(r"本[\u4e00-\u9fff]{1,4}$")
#: Where an over-captured agency ("县政府根据湘发") really starts: after the last of these.
_AGENCY_CUT = re.compile(
    r"根据|按照|依据|依照|参照|遵照|贯彻|落实|执行|转发|印发|对照|文件|的|和|及|与"
)
_SENTENCE_END = "。；;！？!?\n"
_TOP_LINES = 15
_TOP_CHARS = 600

_DRAFT_WORDS = r"征求意见稿|送审稿|讨论稿|初稿|草稿|代拟稿|修改稿|审议稿|草案"
_DRAFT_RE = re.compile(rf"[（(【\[〔]\s*(?:{_DRAFT_WORDS})\s*[）)】\]〕]|(?:{_DRAFT_WORDS})\s*$")
_TRAILING_PAREN = re.compile(r"[（(【\[〔][^（）()【】\[\]〔〕]{1,15}[）)】\]〕]$")
_TRAILING_PUNCT = "。．.，,；;：:！!、"
_BOOK_RE = re.compile(r"《([^《》]*)》")
_SPACE_RE = re.compile(r"\s+")
# Lines of the 版头 and page furniture that are never part of a title.
_NOT_TITLE = re.compile(
    r"^(?:[0-9]{1,8}|No\.?[0-9]+|.*★.*|(?:绝密|机密|秘密|特急|加急|特提|平急).{0,8}"
    r"|签发人[:：].*|[—\-－]+[0-9]+[—\-－]+|第[0-9一二三四五六七八九十]+[期号]|特此.*"
    r"|.*[。；;，,！!？?])$"
)
# The 发文机关标志: "××文件", or a bare organisation name.
_ISSUER_RE = re.compile(
    r"^[^《》]{2,30}?(?:文件|人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|工作组|党委|党组"
    r"|常委会|局|厅|委|办)$"
)
_TITLE_LEN = range(4, 81)
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


def _candidates(text: str) -> list[_Candidate]:
    folded = _fold(text)
    out: list[_Candidate] = []
    for m in _DOCNO.finditer(folded):
        lb, rb, year = m["lb"], m["rb"], m["year"]
        if len(year) == 2 and lb in "(（":
            continue  # "（12）3号" is an enumeration, not a number with a 2-digit year
        agency = _clean_agency(m["agency"])
        start = m.end("agency") - len(agency)
        y = _full_year(year)
        issue = _docno_issue(lb, rb, year, m["zi"] is not None, m["di"] is not None, m["seq"])
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
        number = DocNumber(text[start : m.end()], agency, 0, int(m["seq"]), "", True, None)
        out.append(_Candidate(number, start, m.end(), m.start()))
    out.sort(key=lambda c: c.start)
    return out


def _is_citation(text: str, c: _Candidate) -> bool:
    """True if a citing word or a 《》 precedes ``c`` in its sentence, or ``c`` stands in
    brackets after other text ("…的请示（德府〔2015〕5号）")."""
    if c.start > 0 and text[c.start - 1] in _CITE_OPEN:
        line_start = text.rfind("\n", 0, c.start) + 1
        before = text[line_start : c.start - 1].strip()
        if before and not _SELF_REF.search(before):
            return True
    sentence_start = c.context_start
    while sentence_start > 0 and text[sentence_start - 1] not in _SENTENCE_END:
        sentence_start -= 1
    return _CITE_RE.search(text, sentence_start, c.end) is not None


def _own_line(text: str, c: _Candidate) -> tuple[bool, int]:
    """Whether ``c`` is alone on its line (a 签发人 may follow), and that line's index
    among the non-empty lines."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = _SIGNER.sub("", text[line_start : c.start]) + _SIGNER.sub("", text[c.end : line_end])
    index = sum(1 for line in text[:line_start].splitlines() if line.strip())
    return rest.strip() == "", index


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
    own = [c for c in candidates if not _is_citation(text, c)]
    for c in own:
        alone, index = _own_line(text, c)
        if alone and index < _TOP_LINES:
            return c.number
    for c in own:
        if c.start < _TOP_CHARS:
            return c.number
    for c in own:
        if _own_line(text, c)[0]:
            return c.number
    if own:
        return own[0].number
    if candidates:
        n = candidates[0].number
        return DocNumber(n.raw, n.agency, n.year, n.seq, n.brackets, n.well_formed, n.issue, True)
    return None


def _strip_markers(title: str) -> str:
    """``title`` without white space, trailing punctuation and trailing （…） groups."""
    t = _SPACE_RE.sub("", title)
    while True:
        t = t.rstrip(_TRAILING_PUNCT)
        m = _DRAFT_RE.search(t)
        if m and m.end() == len(t):
            t = t[: m.start()]
            continue
        m = _TRAILING_PAREN.search(t)
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
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[章节条])"
)
_HEADING_MAX = 50


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
            return _longer_title(line, lines[i + 1 : i + 3], typed, ok)
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


_ADDRESSEE_SKIP = re.compile(
    r"^(?:签发人|附件|抄送|抄报|主题词|出席|列席|请假|记录|时间|地点|主持)"
)
_SIGNATURE_RE = re.compile(
    r"^[^《》，。；：:]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|工作组|党委|党组"
    r"|局|厅|委|办|部|中心|协会|公司)$"
)


def find_addressee(text: str) -> str | None:
    """The 主送机关: the first line near the top that ends with a colon ("各乡镇人民政府：")."""
    for raw in text.splitlines()[: _TOP_LINES * 2]:
        line = _SPACE_RE.sub("", raw)
        if not line or line[-1] not in "：:" or _ADDRESSEE_SKIP.match(line):
            continue
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
