"""Plain text and CSV, in UTF-8 (with or without BOM), GB18030/GBK or UTF-16."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Mapping
from typing import BinaryIO

import charset_normalizer

from ...errors import ExtractionError
from ._tables import build_table
from .base import Extraction, Limits, Table

__all__ = [
    "decode_text",
    "page_date",
    "page_labels",
    "read_csv",
    "read_txt",
    "sniff_delimiter",
    "text_encoding",
]

#: Bytes read from a text file: far more than Limits.text_chars needs.
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: Bytes of a CSV file its encoding and delimiter are found from.
_CSV_SNIFF_BYTES = 1024 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
#: A Markdown page's front matter (Jekyll, Hugo): "---" lines around "key: value" lines
#: (Hugo's TOML: "+++" lines around "key = value" lines), opening the file. Its title and
#: date are the page's; none of it is body text.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<fields>(?:.*\r?\n){0,60}?)(?P=fence)[ \t]*(?:\r?\n|\Z)"
)
#: A front matter's line: a key and its value, or a list's item / a value's continuation.
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*)")
#: (a TOML front matter's [table] header too: its keys are read as the page's)
_CONTINUED = re.compile(r"[ \t]+\S|-[ \t]|#|\[")
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+(?P<item>.*)")
#: A field of a key given no value, indented under it ("  created: 2024-11-30").
_NESTED_FIELD = re.compile(r"[ \t]+(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>\S.*)")
#: A front matter's keys for the categories and tags its author files the page under.
_LABELLED = ("categories", "category", "tags")
_LABEL_SEPARATOR = re.compile(r"\s*[\n,，、]\s*")
#: A page's markup around its text: style and script blocks, comments, a template's
#: tags ({% include … %}, {{ … }}) and HTML tags.
_MARKUP = re.compile(
    r"<(style|script)\b.*?</\1\s*>|<!--.*?-->|\{%.*?%\}|\{\{.*?\}\}|</?[A-Za-z][^>\n]*>",
    re.S | re.I,
)
#: A front matter's keys for when the page was last updated.
_UPDATED = ("updated", "lastmod", "last_modified", "last_updated", "date.updated")
#: What a news mirror writes around a post's headline: the site before an arrow, its
#: domain after a bar ("哈尔滨工程大学->高岩任…党委书记 | hrbeu.com.cn").
_SITE_DECORATION = re.compile(
    r"^[^\s>|]{2,20}->\s*|\s*[|｜]\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|edu|gov|info|io)$",
    re.IGNORECASE,
)
#: When a page was dated: Jekyll's and Hugo's date, Astro's pubDate, others' publishDate;
#: a site's own "time: 2025-06-25" last (an event page's "time: 14:00 - 17:00" is no day).
_DATED = (
    "date", "pubdate", "pub_date", "publishdate", "publish_date", "published", "published_at", "time",
    "date.created",  # MkDocs Material's blog: date: / created: …
    "created", "created_at",  # a CMS export's page (Plone, Obsidian notes): when it was made
)  # fmt: skip
_HTML_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)
#: White space written as HTML in Markdown (&emsp;&emsp;2024年3月4日, &nbsp;): what the
#: page shows, a space (&emsp; an ideographic one).
_HTML_SPACES = {"&nbsp;": " ", "&ensp;": " ", "&emsp;": "\u3000", "&#12288;": "\u3000"}
_HTML_SPACE = re.compile("|".join(map(re.escape, _HTML_SPACES)))
#: A Markdown line set wholly in bold or italics (**2026 年 1 月 14 日**, *（此件公开发布）*):
#: the marks are no characters of the line.
_EMPHASISED_LINE = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<mark>\*\*|__|\*)(?P<line>[^*_\s](?:[^*_\n]*[^*_\s])?)(?P=mark)"
    r"[ \t]*$",
    re.M,
)
#: A Markdown field opening the page, its label set in bold, its colon inside the marks or
#: after them (**会议主题：** CloudWeGo 社区会议 3.25, **会议主题** ：…): where a headline
#: stands, the marks are no characters of the field, whose label is read as any form's
#: is. (Only there: the fields below a headline keep their marks, as they always read.)
_EMPHASISED_LABEL = re.compile(
    r"\A(?P<indent>(?:[ \t]*\n)*[ \t\u3000]*)(?P<mark>\*\*|__)(?P<label>[^*_\s:：][^*_\n:：]{0,11}?)[ \t]*"
    r"(?P<inside>[:：]?)(?P=mark)[ \t]*(?P<after>[:：]?)[ \t]*(?=\S)"
)
#: A Markdown line whose text is wrapped in HTML tags only
#: (<div align=center><h1>开源徽章颁发规则</h1></div>), its closing tags perhaps
#: forgotten (<h3 align = "center">记录会议纪要技巧): the page shows its text.
_TAGGED_LINE = re.compile(
    r"^(?P<indent>[ \t]*(?:#{1,6}[ \t]+)?)(?:<[A-Za-z][^<>\n]*>[ \t]*)+(?P<line>[^<>\s](?:[^<>\n]*[^<>\s])?)"
    r"(?:[ \t]*</[A-Za-z][^<>\n]*>)*[ \t]*$",
    re.M,
)
#: A Markdown line of links set apart by bars, at most one item unlinked (a language
#: switcher: >  [English](README.md)  | 中文; a page's menu): the page's navigation, no
#: text of it (a headline below it is the page's first line).
_LINK_ITEM = r"(?:\[[^\]\n]*\]\([^)\n]*\)|[^\s|｜\[\]()<>]{1,12})"
_LINK_BAR = re.compile(
    rf"^[ \t]*(?:>[ \t]*)?(?P<items>{_LINK_ITEM}(?:[ \t]*[|｜][ \t]*{_LINK_ITEM})+)[ \t]*$", re.M
)
_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_LINE_BREAK = re.compile(r"\r\n?")
#: A Markdown heading pushed to the middle of the line by spaces after its marks
#: ("#" then fifty spaces, then 2022第一次组会记录): one heading, no columns.
_HEADING_GAP = re.compile(r"^(?P<marks>[ \t]*#{1,6})[ \t]{2,}(?=\S)", re.M)
#: A Markdown heading underlined (setext): "上交大 Linux 用户组新镜像上线！" over "=====", a
#: paragraph's one line over a rule of three or more = (a first-level heading) or -.
_SETEXT = re.compile(
    r"^(?P<line>[ \t]{0,3}[^\s#>|*+\-=][^\n|]*?)[ \t]*\n[ \t]{0,3}(?P<rule>={3,}|-{3,})[ \t]*$",
    re.M,
)


def _atx_heading(m: re.Match[str]) -> str:
    """The underlined heading written as a # (=) or ## (-) heading, as a page's other
    headings are; a paragraph's last line over a rule is left as it is."""
    before = m.string[: m.start()]
    if before.strip() and not re.search(r"\n[ \t]*\n$", before):
        return m.group()
    marks = "#" if m["rule"][0] == "=" else "##"
    return f"{marks} {m['line'].strip()}"


#: A front matter's date value: 2026-01-23, 2026-01-23 10:00:00 +0800, 2026/1/23.
_ISO_DAY = re.compile(
    r"['\"]?(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[ T\d:.+\-Z]*)['\"]?"
)


def _decode(data: bytes, encoding: str, truncated: bool) -> str:
    # An incremental decoder keeps a character cut in half by the byte limit from
    # failing a strict decode.
    return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=not truncated)


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order suggested by where NUL bytes fall, if they are frequent."""
    sample = data[:4096]
    if sample.count(0) < max(1, len(sample) // 4):
        return None
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    return "utf-16-le" if odd > even else "utf-16-be"


def text_encoding(data: bytes, truncated: bool = False) -> str:
    """The encoding of text bytes: UTF-8 (BOM), UTF-16 (BOM, or NULs where they fall),
    UTF-8, GB18030, else what charset-normalizer finds.

    ``truncated`` says the bytes are a prefix of the file (a cut character is no error).
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data)
    candidates = (utf16,) if utf16 else ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            _decode(data, encoding, truncated)
        except UnicodeDecodeError:
            continue
        return encoding
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ExtractionError("unreadable", "无法识别文本编码，未能读取内容")
    return best.encoding


def decode_text(data: bytes, truncated: bool = False) -> str:
    """Decode text bytes in the encoding :func:`text_encoding` finds.

    ``truncated`` says the bytes are a prefix of the file (a cut character is dropped).
    """
    return _decode(data, text_encoding(data, truncated), truncated)


def _read(stream: BinaryIO, limit: int) -> tuple[str, bool]:
    stream.seek(0)
    data = stream.read(limit + 1)
    truncated = len(data) > limit
    return decode_text(data[:limit], truncated), truncated


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown page's front matter fields (top-level ``key: value``, quotes removed)
    and the text after it; ``({}, text)`` when the text opens with none."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    fields: dict[str, str] = {}
    lists: dict[str, list[str]] = {}  # the items listed under keys given no value
    open_list: list[str] | None = None  # the list the next "- item" lines belong to
    parent: str | None = None  # the key given no value whose fields the next lines are
    for line in m["fields"].splitlines():
        item = _LIST_ITEM.fullmatch(line.rstrip())
        if item and open_list is not None:
            open_list.append(_unquoted(item["item"].strip()))
            continue
        open_list = None
        nested = _NESTED_FIELD.fullmatch(line.rstrip())
        if nested and parent is not None:
            # "date:" over "  created: 2024-11-30" (MkDocs Material's blog): date.created
            fields.setdefault(f"{parent}.{nested['key'].lower()}", _unquoted(nested["value"]))
            continue
        if not line.strip() or _CONTINUED.match(line):
            continue
        field = _FIELD.fullmatch(line.rstrip())
        if field is None:
            return {}, text  # not YAML: a text opening with a rule
        key, value = field["key"].lower(), _unquoted(field["value"].strip())
        parent = None if value else key
        if key not in fields:
            fields[key] = value
            if not value:
                open_list = lists[key] = []
    for key, items in lists.items():
        if items:
            fields[key] = "\n".join(filter(None, items))
    if not fields:
        return {}, text
    return fields, text[m.end() :]


def _unquoted(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value


def page_labels(fields: Mapping[str, str]) -> tuple[str, ...]:
    """The categories and tags a page's fields (keys in lower case) file it under, as
    the page's author wrote them: ``tags: [新闻, 学院]``, a list of ``- Meeting`` items."""
    found: list[str] = []
    for key in _LABELLED:
        value = fields.get(key, "").strip()
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1]
        found.extend(_unquoted(v.strip()) for v in _LABEL_SEPARATOR.split(value))
    return tuple(dict.fromkeys(v for v in found if v))


def page_date(fields: Mapping[str, str]) -> str | None:
    """The ISO day a page's fields (keys in lower case) date it by, or None."""
    # the page as last updated (updated, lastmod: Hexo's, Hugo's) is the text it holds
    # (r1001: a 章程 written 2014-10-16 and updated 2025-02-27); else when it was dated
    dated = next((fields[k] for k in (*_UPDATED, *_DATED) if fields.get(k)), "")
    day = _ISO_DAY.fullmatch(dated)
    return f"{day['y']}-{int(day['m']):02d}-{int(day['d']):02d}" if day else None


def _field_label(m: re.Match[str]) -> str:
    """A bold field label without its marks, its colon kept (none: the bold words stay)."""
    colon = m["inside"] or m["after"]
    return f"{m['indent']}{m['label']}{colon}" if colon else m.group()


def _navigation(m: re.Match[str]) -> str:
    """A line of links set apart by bars, at most one unlinked, is no text (blanked)."""
    links = len(_LINK.findall(m["items"]))
    items = len(re.split(r"[ \t]*[|｜][ \t]*", m["items"]))
    return "" if links and items - links <= 1 else m.group()


#: A page a crawler saved as one long line, its lines joined by single spaces: Chinese
#: text puts no space between two of its characters, so each such space was a line break.
_FLATTENED_LINE = re.compile(r"^[^\n]{1000,}$", re.MULTILINE)
_JOINED_AT = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff1f]) (?=[\u3000-\u303f\u4e00-\u9fff\uff08\uff09\u300a\u3010])"
)
#: How many such spaces make a long line a flattened page (a sentence may hold one or two).
_JOINS_MIN = 20


def _unflatten(m: re.Match[str]) -> str:
    """A flattened page's lines back on lines of their own; any other line as it is."""
    line = m.group()
    return _JOINED_AT.sub("\n", line) if len(_JOINED_AT.findall(line)) >= _JOINS_MIN else line


def read_txt(stream: BinaryIO, limits: Limits) -> Extraction:
    """The leading text of a plain text file. A Markdown page's front matter is no body
    text: its title is the page's headline (what the page prints first) and its date
    the page's publication date."""
    text, _ = _read(stream, MAX_TEXT_BYTES)
    # a file saved on Windows ends its lines in CR LF (an old Mac's in CR): one line break,
    # as the page shows, so that each line's end is where the text's lines end
    text = _LINE_BREAK.sub("\n", text)
    text = _HEADING_GAP.sub(r"\g<marks> ", text)
    # a line break written as HTML in Markdown (# 國立…預備會議 <br />會議紀錄) breaks
    # no headline: one space
    text = _HTML_BREAK.sub(" ", text)
    text = _HTML_SPACE.sub(lambda m: _HTML_SPACES[m.group()], text)
    text = _EMPHASISED_LINE.sub(lambda m: m["indent"] + m["line"], text)
    text = _EMPHASISED_LABEL.sub(_field_label, text, count=1)
    text = _TAGGED_LINE.sub(lambda m: m["indent"] + m["line"], text)
    text = _LINK_BAR.sub(_navigation, text)
    text = _FLATTENED_LINE.sub(_unflatten, text)
    fields, body = front_matter(text)
    if not fields:
        return Extraction(text=_SETEXT.sub(_atx_heading, text)[: limits.text_chars])
    body = _SETEXT.sub(_atx_heading, body)
    title = _SITE_DECORATION.sub("", fields.get("title", "")).strip() or None
    published = page_date(fields)
    labels = page_labels(fields)
    # a page's markup is no text either (a Jekyll page's <style> block, its <div>s)
    body = _BLANK_LINES.sub("\n\n", _MARKUP.sub("", body)).strip()
    # the page's printed headline, when it is another, is its title; the front matter's
    # is the menu's name for it, kept as the page's other title (else it heads the text)
    headline = _own_headline(body, title) if title else None
    if title and headline is None:
        body = f"{title}\n\n{body}"
    return Extraction(
        text=body[: limits.text_chars],
        title=headline or title,
        meta_title=title if headline else None,
        published=published,
        labels=labels,
    )


#: A page's first heading that names a part, not the page: 一、…, 第一章, 1., 概述, 目录.
_PART_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十百0-9]+[章节条部篇]|[0-9]+(?:\.[0-9]+)*[.、．\s]"
    r"|(?:概述|简介|前言|引言|背景|目录|摘要|说明)$|(?i:overview|introduction|contents|about)\b)"
)


def _own_headline(body: str, title: str) -> str | None:
    """The headline the page opens with when it is not its front matter's title
    (# openEuler项目群开源治理制度 under 社区章程, a menu's name for it) and names no part
    of it (一、…, 概述); otherwise None."""
    first = body.split("\n", 1)[0].strip()
    m = re.match(r"#[ \t]+(?P<headline>.+?)[ \t#]*$", first)
    if m is None:
        return None
    headline = m["headline"].strip()
    if headline == title or _PART_HEADING.match(headline):
        return None
    return headline


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        mode, hits = Counter(counts).most_common(1)[0] if counts else (0, 0)
        if mode == 0:
            continue
        score = (hits / len(lines), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


#: A string value long enough and Chinese enough to be a document's sentence.
PROSE = re.compile(r"[\u4e00-\u9fff][^\n]{48,}")
#: A record's fields naming its headline, as a page's front matter's "title" does.
TITLE_KEYS = ("title", "标题", "题目", "headline")
#: A cell this long holding prose over several lines is a whole document's text.
_DOCUMENT_CELL = 500


def _csv_record(table: Table | None) -> tuple[str | None, str] | None:
    """A CSV holding one record whose cell holds a whole document (a collecting script's
    row: province, title, source_url, full_text): its title and the document's text, as
    a JSON record's are read; None for a table of rows."""
    if table is None or len(table.rows) != 1:
        return None
    row = ["" if cell is None else str(cell) for cell in table.rows[0]]
    texts = [
        cell for cell in row if len(cell) >= _DOCUMENT_CELL and "\n" in cell and PROSE.search(cell)
    ]
    if not texts:
        return None
    fields = {h.strip().lower(): v.strip() for h, v in zip(table.header, row, strict=False)}
    title = next((fields[k] for k in TITLE_KEYS if fields.get(k)), None)
    return title, "\n".join(texts)


def read_csv(stream: BinaryIO, limits: Limits) -> Extraction:
    """The text and the table of a CSV file (header found as in spreadsheets).

    Every row is read, decoded as it streams (the encoding is found from the first
    megabyte), up to Limits.max_rows data rows: no byte limit of its own.
    """
    stream.seek(0)
    head = stream.read(_CSV_SNIFF_BYTES + 1)
    truncated = len(head) > _CSV_SNIFF_BYTES
    encoding = text_encoding(head[:_CSV_SNIFF_BYTES], truncated)
    sample = _decode(head[:_CSV_SNIFF_BYTES], encoding, truncated)
    if truncated:  # the sample's last line may be cut in half
        sample = sample[: sample.rfind("\n") + 1]
    sample = sample.replace("\x00", "")
    stream.seek(0)
    lines = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    try:
        rows = csv.reader(
            (line.replace("\x00", "") for line in lines), delimiter=sniff_delimiter(sample)
        )
        table = build_table("csv", rows, limits)
    finally:
        lines.detach()  # the caller owns the stream
    record = _csv_record(table)
    if record is not None:
        title, body = record
        body = _LINE_BREAK.sub("\n", body).strip()
        # the record's title heads its text, as a JSON record's does
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        return Extraction(text=text[: limits.text_chars], title=title)
    return Extraction(text=sample[: limits.text_chars], tables=(table,) if table else ())
