"""The per-file work: identify → extract → read the document → date → classify.

:func:`analyze_file` is a pure function of the file's bytes, its place in the archive
and the ruleset, so files can be analysed in parallel and the results cached.
It never raises for a bad file: every failure becomes a problem on the record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import BinaryIO, NamedTuple

from ..files.containers import Member, damaged_members, read_7z_members, read_members
from ..files.extract import extract
from ..files.extract.base import Cell, Extraction, Limits, Table
from ..files.extract.breadcrumbs import breadcrumb_labels
from ..files.formats import Identity, extension_of, guess_from_extension, identify
from ..files.scan import FileEntry, FileReplaced, open_entry
from ..files.timeouts import FileTimeout, time_limit
from ..findings import Problem
from ..models import UNREADABLE_CODES, Classification, DocInfo, FileRecord, LedgerSummary
from ..rules.params import Mentions
from ..rules.ruleset import Ruleset
from ..text import dates, docparse, hanzi
from ..text.columns import cell_text, data_rows, match_columns, parse_number
from .classify import (
    Features,
    PictureVerdict,
    classify,
    classify_picture,
    text_could_change,
    unfilled_note,
)

_CHUNK = 1 << 20
DEFAULT_LIMITS = Limits()
_TEXT_FAMILIES = frozenset({"document", "presentation"})
_PACKAGES = frozenset({"docx", "xlsx", "pptx", "odt", "ods", "odp", "ofd"})  # zips inside


def analyze_file(entry: FileEntry, rules: Ruleset, limits: Limits = DEFAULT_LIMITS) -> FileRecord:
    """Read and classify one file of the archive. Opens it read-only; never writes."""
    return analyze_entry(entry, rules, limits)[0]


def analyze_entry(
    entry: FileEntry, rules: Ruleset, limits: Limits = DEFAULT_LIMITS
) -> list[FileRecord]:
    """The file's record, followed by the records of its members if it is a zip."""
    try:
        with time_limit(limits.seconds_per_file):
            records = _analyze_entry(entry, rules, limits)
    except FileTimeout:
        seconds = f"{limits.seconds_per_file:g}"
        records = [_failed(entry, rules, "timeout", f"读取超过 {seconds} 秒仍未完成，已跳过")]
    return _with_name_problems(entry, records)


def _with_name_problems(entry: FileEntry, records: list[FileRecord]) -> list[FileRecord]:
    """What the walk found wrong with the file's name or path leads its own problems."""
    if entry.problems:
        records[0] = replace(records[0], problems=(*entry.problems, *records[0].problems))
    return records


def _analyze_entry(entry: FileEntry, rules: Ruleset, limits: Limits) -> list[FileRecord]:
    try:
        stream = open_entry(entry)
    except FileNotFoundError:
        return [_failed(entry, rules, "file_vanished", "扫描期间文件消失（被移动或删除）")]
    except PermissionError:
        return [_failed(entry, rules, "permission_denied", "没有读取该文件的权限")]
    except FileReplaced as exc:
        return [_failed(entry, rules, "file_vanished", f"{exc.strerror}，未读取")]
    except OSError as exc:
        return [_failed(entry, rules, "unreadable", f"无法打开文件（{exc.strerror or exc}）")]
    with stream:
        before = os.fstat(stream.fileno())
        records = _analyze_stream(entry, stream, before.st_size, rules, limits, depth=0)
        after = os.fstat(stream.fileno())  # the open file itself: no path resolved again
    seen = (entry.size, entry.mtime_ns) if entry.size is not None else None
    now = (after.st_size, after.st_mtime_ns)
    if now != (before.st_size, before.st_mtime_ns) or (seen is not None and now != seen):
        problem = Problem(
            "file_vanished", "扫描期间文件被修改、移动或删除，结果可能不准确", entry.path
        )
        records[0] = replace(records[0], problems=(*records[0].problems, problem))
    return records


def _analyze_stream(
    entry: FileEntry, stream: BinaryIO, size: int, rules: Ruleset, limits: Limits, depth: int
) -> list[FileRecord]:
    name = entry.path.rsplit("/", 1)[-1]
    problems: list[Problem] = []
    if size == 0:
        return [
            _failed(entry, rules, "empty_file", "文件为空（0 字节），可能复制不完整", fmt="empty")
        ]
    try:
        sha = _sha256(stream)
        ident = identify(stream, name)
    except OSError as exc:
        return [_failed(entry, rules, "unreadable", f"读取文件出错（{exc.strerror or exc}）")]
    if not ident.extension_ok:
        ext = extension_of(name) or "无"
        problems.append(
            Problem(
                "extension_mismatch",
                f"扩展名为 .{ext}，实际内容是 {ident.name} 格式（按实际格式读取）",
            )
        )
    if ident.family == "archive":
        return _container(entry, stream, ident, size, sha, problems, rules, limits, depth)
    claimed, _ = guess_from_extension(name)
    if ident.damaged is not None:  # an OLE2 file without the stream its format needs
        extraction = Extraction(
            content_read=False, problems=(Problem("unreadable", ident.damaged),)
        )
    elif ident.format == "unknown" and claimed != "unknown":
        # Bytes that are no known format behind a known extension: a damaged file.
        extraction = Extraction(
            content_read=False,
            problems=(
                Problem("unreadable", f"文件已损坏：内容不是 {claimed} 格式，也不是其他已知格式"),
            ),
        )
    else:
        extraction = _extract(stream, ident, size, limits)
    base = list(problems)  # the file's own problems, before what its reader found
    problems.extend(extraction.problems)
    if ident.format in _PACKAGES and not _unreadable(problems):
        damaged = damaged_members(stream, limits)
        if damaged:
            shown = "、".join(damaged[:5]) + (f" 等 {len(damaged)} 个" if len(damaged) > 5 else "")
            problems.append(
                Problem(
                    "damaged_part",
                    f"文件内部的 {shown} 已损坏（校验不符），读到的内容可能不完整，请用原件替换",
                )
            )
    record = build_record(entry, ident, size, sha, extraction, problems, rules)
    if extraction.ocr_partial and _needs_more_text(record, extraction, rules):
        # What was read did not decide: read every line after all (the page is not
        # decoded or detected again, and no line is recognised twice).
        whole = _extract(stream, ident, size, replace(limits, ocr_whole=True))
        if whole.text:
            extraction = whole
            record = build_record(
                entry, ident, size, sha, extraction, [*base, *extraction.problems], rules
            )
    if extraction.image is not None and record.readable:
        record = replace(record, visual_hash=extraction.image.visual_hash)
    return [record]


def _needs_more_text(record: FileRecord, extraction: Extraction, rules: Ruleset) -> bool:
    """Whether a picture or a scan read only in part must be read whole.

    A picture whose lines were found but not recognised (a banner, a sign, a chart's
    labels): when what it shows is a document, whose text decides its kind; or when its
    words could change what it is judged to show, or an item checks its kind for words.
    A document read in its head and end: when items check its kind for keywords and what
    was read satisfies none of them (the kind itself is decided by the head: reading the
    body would rarely change it).
    """
    verdict = picture_verdict(record.format, extraction, rules)
    if verdict is not None and not extraction.text:
        if verdict.picture.read_as == "document":
            return True
        return text_could_change(verdict, rules) or _words_checked(record, rules)
    if verdict is not None and verdict.picture.read_as != "document":
        return False  # a photo whose words were read: nothing more to learn
    c = record.classification
    if c.kind == "other":
        return False
    text = f"{record.doc.title or ''}\n{record.extraction.text}"
    wanted = _mentions(c.kind, rules)
    return bool(wanted) and not any(w in text for words in wanted for w in words)


def _mentions(kind: str, rules: Ruleset) -> list[tuple[str, ...]]:
    """The words that items accepting this kind look for in its title or text."""
    return [
        check.params.words
        for item in rules.items
        if kind in item.kinds
        for check in item.checks
        if isinstance(check.params, Mentions)
        and ("title" in check.params.places or "text" in check.params.places)
    ]


def _words_checked(record: FileRecord, rules: Ruleset) -> bool:
    """Whether the words of a picture kept as a picture count for anything: an item that
    checks its kind for words, or a kind it could be that is told by words."""
    if record.kind != "other" and _mentions(record.kind, rules):
        return True
    return any(
        signal.type in ("keyword", "title_ending") and {"title", "text"} & set(signal.where)
        for kind in rules.kinds
        if not kind.formats or record.family in kind.formats or record.format in kind.formats
        for signal in kind.signals
    )


def _container(
    entry: FileEntry,
    stream: BinaryIO,
    ident: Identity,
    size: int,
    sha: str,
    problems: list[Problem],
    rules: Ruleset,
    limits: Limits,
    depth: int,
) -> list[FileRecord]:
    """A zip read in place: its own record, then one record per member."""
    members: list[Member] = []
    if ident.format not in ("zip", "7z"):
        problems.append(
            Problem(
                "container_not_read",
                f"{ident.format} 压缩包无法直接读取，请解压后放入单位文件夹，以免漏检其中的材料",
            )
        )
    elif depth >= limits.container_depth:
        problems.append(
            Problem("container_limit", f"压缩包嵌套超过 {limits.container_depth} 层，未继续读取")
        )
    elif size > limits.max_file_bytes:
        problems.append(Problem("file_too_large", "压缩包过大，未读取其中的文件"))
    else:
        reader = read_7z_members if ident.format == "7z" else read_members
        members, found = reader(stream, limits)
        problems.extend(found)
    record = FileRecord(
        path=entry.path,
        unit=entry.unit,
        format=ident.format,
        family=ident.family,
        size=size,
        sha256=sha,
        classification=Classification(
            "other", 0.0, (f"压缩包：其中 {len(members)} 个文件逐个检查",)
        ),
        date=None,
        date_source=None,
        doc=DocInfo(),
        extraction=Extraction(pages=len(members)),
        problems=tuple(p.with_file(entry.path) for p in problems),
    )
    records = [record]
    for member in members:
        child = FileEntry(f"{entry.path}!/{member.name}", entry.unit, entry.disk_path)
        data = io.BytesIO(member.data)
        records.extend(_analyze_stream(child, data, len(member.data), rules, limits, depth + 1))
    return records


def _extract(stream: BinaryIO, ident: Identity, size: int, limits: Limits) -> Extraction:
    if ident.encrypted:
        return Extraction(
            content_read=False,
            problems=(Problem("encrypted", "文件设置了打开密码，无法读取内容"),),
        )
    if size > limits.max_file_bytes:
        mb = limits.max_file_bytes // (1024 * 1024)
        return Extraction(
            content_read=False,
            problems=(Problem("file_too_large", f"文件超过 {mb} MB，未读取内容"),),
        )
    stream.seek(0)
    return extract(stream, ident.format, limits)


class _Reading(NamedTuple):
    printed: Extraction
    extraction: Extraction
    verdict: PictureVerdict | None
    family: str
    doc: DocInfo
    features: Features
    ocr: bool  # its text came from character recognition


def _reading(
    path: str,
    ident: Identity,
    printed: Extraction,
    extraction: Extraction,
    problems: list[Problem],
    rules: Ruleset,
) -> _Reading:
    """What the file shows (a picture's class), how it is read (its family), its document
    facts and the signals its kind is decided on, from ``extraction`` (``printed``, or its
    simplified copy); a picture's text found or not is added to ``problems``."""
    verdict = picture_verdict(ident.format, extraction, rules)
    family = reading_family(ident.family, verdict)
    if family == "spreadsheet" and not extraction.tables and extraction.text.strip():
        # a sheet without any table holds prose typed into its cells (a summary written
        # in Excel): read as the document it is
        family = "document"
    if verdict is not None and family != ident.family:
        if extraction.text:
            problems.append(
                Problem("ocr_text", "图片中的文字由文字识别（OCR）得到，个别字可能有误")
            )
        else:
            extraction = replace(extraction, content_read=False)
            printed = replace(printed, content_read=False)
            facts = extraction.image.facts if extraction.image else None
            why = "OCR 未运行" if facts is None or facts.text_coverage is None else "没有认出文字"
            problems.append(
                Problem("content_not_read", f"图片中的文字未能识别（{why}），仅凭文件名和路径分类")
            )
    ocr = any(p.code == "ocr_text" for p in (*problems, *extraction.problems))
    doc, structure = _doc_info(extraction, family, rules, ocr=ocr, fmt=ident.format)
    features = make_features(
        hanzi.simplified(path) if extraction is not printed else path,
        ident.format,
        family,
        doc,
        extraction,
        verdict.picture.id if verdict else None,
        structure=structure,
    )
    return _Reading(printed, extraction, verdict, family, doc, features, ocr)


def scoring_features(record: FileRecord, rules: Ruleset) -> Features:
    """The signals ``record``'s kind was decided on, weighed as :func:`build_record` weighed
    them (a traditional text through its simplified copy): what ``explain`` scores."""
    ident = Identity(record.format, record.family)
    simple = _simplified(record.extraction)
    with dates.roc_calendar(simple is not record.extraction):
        return _reading(
            record.path, ident, record.extraction, simple, list(record.problems), rules
        ).features


def build_record(
    entry: FileEntry,
    ident: Identity,
    size: int,
    sha: str | None,
    extraction: Extraction,
    problems: list[Problem],
    rules: Ruleset,
) -> FileRecord:
    """Turn what was read from a file into its record: document facts, date, kind.

    A picture is first told apart by what it shows (the ruleset's picture classes): a
    page, a screenshot or a chart read as a document is classified by its text.
    A text in traditional characters is read through its simplified copy (the ruleset's
    vocabulary is simplified); its title and 发文字号 are reported as printed.
    """
    simple = _simplified(extraction)
    traditional = simple is not extraction
    with dates.roc_calendar(traditional):  # its 110年9月30日 is the ROC's year 110
        return _build_record(entry, ident, size, sha, extraction, simple, problems, rules)


def _build_record(
    entry: FileEntry,
    ident: Identity,
    size: int,
    sha: str | None,
    printed: Extraction,
    extraction: Extraction,
    problems: list[Problem],
    rules: Ruleset,
) -> FileRecord:
    """:func:`build_record` of the text as ``printed``, read in ``extraction`` (the same,
    or its simplified copy)."""
    traditional = extraction is not printed
    printed, extraction, verdict, family, doc, features, ocr = _reading(
        entry.path, ident, printed, extraction, problems, rules
    )
    classification = classify(features, rules)
    if verdict is not None:
        shown = tuple(verdict.reasons)
        if family == ident.family and extraction.text:  # a banner, a sign: which event it is
            words = " ".join(extraction.text.split())
            shown += (f"画面中的文字：{words[:60]}{'……' if len(words) > 60 else ''}",)
        classification = replace(classification, reasons=(*shown, *classification.reasons))
    damaged = dates.unreadable_dates(extraction.text) if extraction.text else []
    if damaged:  # said, not guessed: false assurance is worse than no date
        said = "；".join(
            f"“{raw}”可读作{'或'.join(f'{d.month}月{d.day}日' for d in readings)}"
            for raw, readings in damaged[:3]
        )
        note = f"日期字迹受损、读法不唯一，未采用：{said}"
        classification = replace(classification, reasons=(*classification.reasons, note))
    if doc.doc_date is not None and _is_ledger(classification, rules):
        # A ledger kept in a Word table: its dates are the rows' (training days...);
        # only a 填报日期 line dates the ledger itself.
        filled = dates.form_date(extraction.text)
        doc = replace(
            doc,
            doc_date=filled.date if filled else None,
            date_role="form" if filled else None,
        )
    counted_kind = (
        rules.kind(classification.kind)
        if classification.kind != "other" and classification.confidence >= rules.count_confidence
        else None
    )
    if counted_kind is not None and counted_kind.plans_ahead and doc.date_role == "meeting":
        # A plan is written before what it sets out: the 时间 of the activity or meeting
        # it plans (时间：2025年12月26日 under 活动时间与地点) is that event's, not the day
        # the plan was made; another role may still date it, else it has no date
        chosen = dates.choose_date([r for r in doc.dates if r.role != "meeting"])
        doc = replace(
            doc,
            doc_date=chosen.date if chosen else None,
            date_role=chosen.role if chosen else None,
        )
    if counted_kind is not None and counted_kind.dated_as_published and doc.date_role == "meeting":
        # A news report is dated when it was published: the meeting it tells of (2010年10月
        # 15日，LUG 召开…) was held days before; a publication date the page states (its
        # front matter's, 发布时间) dates it, else the event's day is all there is
        published = _date_of_role(doc, "published")
        if published is not None:
            doc = published
        elif extraction.published:
            doc = replace(
                doc, doc_date=dt.date.fromisoformat(extraction.published), date_role="published"
            )
    if counted_kind is not None and counted_kind.dated_as_held and doc.date_role == "published":
        # Minutes are dated by the meeting they record: a 常务会议's record a county site
        # posted days later (发布时间：2017-02-10 over 2017年2月8日，县政府…常务会议召开)
        doc = _date_of_role(doc, "meeting") or doc
    if (
        verdict is not None
        and ocr
        and (doc.date_role == "title" or (doc.date_role == "published" and doc.title is None))
        and classification.kind == "other"
    ):
        # a picture whose text reads as no document (a calendar card under its day's
        # heading, 2017年03月01日星期三, or that line alone as a page's date bar): the date
        # heading it is what it shows, not the date of a document
        where = "标题中" if doc.date_role == "title" else "开头"
        note = f"图片文字不像任何文件，{where}的日期（{doc.doc_date}）不作为文件日期"
        classification = replace(classification, reasons=(*classification.reasons, note))
        doc = replace(doc, doc_date=None, date_role=None)
    stem, folders = split_path(hanzi.simplified(entry.path) if traditional else entry.path)
    date, source = _date(doc, extraction, stem, folders)
    if traditional:
        doc = _as_printed(doc, extraction, printed)
    if (
        not extraction.content_read
        and not any(
            p.code in ("no_text_layer", "garbled_text", "content_not_read") for p in problems
        )
        and ident.family in _TEXT_FAMILIES | {"spreadsheet"}
        and not _unreadable(problems)
    ):
        problems.append(Problem("content_not_read", "未能读取正文，仅凭文件名、路径和元数据分类"))
    if (
        classification.kind != "other"
        and classification.confidence < rules.count_confidence
        and not _unreadable(problems)
    ):
        # a blank form or a template says so first: what the clerk has to fix
        unfilled = unfilled_note(features, rules.kind(classification.kind))
        problems.append(
            Problem(
                "low_confidence",
                (f"{unfilled}；" if unfilled else "")
                + f"识别为“{rules.kind_title(classification.kind)}”的把握不足"
                f"（{classification.confidence:.0%}），未计入任何事项，请人工确认",
            )
        )
    return FileRecord(
        ledger=_ledger_summary(extraction, classification, rules),
        path=entry.path,
        unit=entry.unit,
        format=ident.format,
        family=ident.family,
        size=size,
        sha256=sha,
        classification=classification,
        date=date,
        date_source=source,
        doc=doc,
        extraction=printed,
        problems=tuple(p.with_file(entry.path) for p in problems),
    )


def _simplified(extraction: Extraction) -> Extraction:
    """The extraction itself, or its simplified copy when its text is in traditional
    characters (text, titles and table cells converted position for position)."""
    titles = [t.title for t in extraction.tables]
    if not hanzi.needs_simplifying(
        extraction.text, extraction.title or "", extraction.meta_title or "", *titles
    ):
        return extraction

    def cell(value: Cell) -> Cell:
        return hanzi.simplified(value) if isinstance(value, str) else value

    def optional(value: str | None) -> str | None:
        return hanzi.simplified(value) if value else value

    tables = tuple(
        replace(
            t,
            name=hanzi.simplified(t.name),
            title=hanzi.simplified(t.title),
            header=tuple(hanzi.simplified(h) for h in t.header),
            rows=tuple(tuple(cell(c) for c in row) for row in t.rows),
        )
        for t in extraction.tables
    )
    return replace(
        extraction,
        text=hanzi.simplified(extraction.text),
        title=optional(extraction.title),
        meta_title=optional(extraction.meta_title),
        tables=tables,
    )


def _as_printed(doc: DocInfo, copy: Extraction, printed: Extraction) -> DocInfo:
    """What was found in the simplified copy (title, 发文字号, issuer, addressee, the
    title's candidates, the parts) as the document prints it."""
    original = "\n".join(
        [printed.text, printed.title or "", printed.meta_title or ""]
        + [t.title for t in printed.tables]
    )
    simple = "\n".join(
        [copy.text, copy.title or "", copy.meta_title or ""] + [t.title for t in copy.tables]
    )

    def shown(found: str | None) -> str | None:
        return hanzi.as_printed(found, simple, original) if found else found

    return replace(
        doc,
        title=shown(doc.title),
        doc_number=shown(doc.doc_number),
        issuer=shown(doc.issuer),
        addressee=shown(doc.addressee),
        title_candidates=tuple(
            replace(c, text=shown(c.text) or c.text) for c in doc.title_candidates
        ),
        parts=tuple(replace(p, text=shown(p.text) or p.text) for p in doc.parts),
    )


def _is_ledger(classification: Classification, rules: Ruleset) -> bool:
    if classification.kind == "other":
        return False
    return rules.kind(classification.kind).requires_table


def _ledger_summary(
    extraction: Extraction, classification: Classification, rules: Ruleset
) -> LedgerSummary | None:
    """Rows and column totals of the table that made this file a ledger."""
    index = classification.table_index
    if index is None or not 0 <= index < len(extraction.tables):
        return None
    table = extraction.tables[index]
    columns = rules.ledger_totals.get(classification.kind, ())
    rows = data_rows(table, rules.row_markers)
    totals = []
    for name, col in match_columns(table.header, columns, rules.columns).items():
        values = [parse_number(row[col]) for _, row in rows if col < len(row)]
        totals.append((name, round(sum(v for v in values if v is not None), 4)))
    return LedgerSummary(table.name, len(rows), tuple(totals))


def split_path(path: str) -> tuple[str, list[str]]:
    """The file name without extension, and the folders between the unit and the file."""
    name = path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    return stem, path.split("/")[1:-1]


def picture_verdict(fmt: str, extraction: Extraction, rules: Ruleset) -> PictureVerdict | None:
    """What a decoded picture shows (None for anything else, or an undecoded picture)."""
    if extraction.image is None:
        return None
    return classify_picture(extraction.image, fmt, extraction.text, rules)


def reading_family(family: str, verdict: PictureVerdict | None) -> str:
    """The family a file is classified in: a picture of a document is read as a document."""
    if verdict is not None and verdict.picture.read_as == "document":
        return "document"
    return family


def make_features(
    path: str,
    fmt: str,
    family: str,
    doc: DocInfo,
    extraction: Extraction,
    picture: str | None = None,
    *,
    structure: docparse.DocStructure | None = None,
    doc_types: Sequence[str] = (),
) -> Features:
    """The classification signals of a file, from what was read of it.

    The document's head, lead and tail come from ``structure``, else from reading the
    text again with ``doc_types`` (the ruleset's vocabulary).
    """
    stem, folders = split_path(path)
    if structure is None and doc_types and family in _TEXT_FAMILIES and extraction.text:
        structure = _structure(extraction, fmt, doc_types)
    table_titles = " ".join(t.title for t in extraction.tables if t.title)
    title = doc.title or table_titles or ""
    if not extraction.content_read and not title and extraction.meta_title:
        title = extraction.meta_title
    return Features(
        name=stem,
        folders="/".join(folders),
        title=title,
        text=extraction.text,
        format=fmt,
        family=family,
        tables=extraction.tables,
        image=extraction.image,
        content_read=extraction.content_read,
        picture=picture,
        # a page pasted into a document or printed keeps its breadcrumb as a line
        labels="\n".join(extraction.labels or breadcrumb_labels(extraction.text.splitlines())),
        head=structure.head if structure else "",
        masthead="\n".join(p.text for p in structure.parts if p.part == "masthead")
        if structure
        else "",
        lead=structure.lead if structure else extraction.text[:_ZONE_CHARS],
        tail=structure.tail if structure else extraction.text[-_ZONE_CHARS:],
        title_doubt=(structure.title_doubt or "") if structure else "",
        template="、".join(_template(extraction, structure, doc.title or title)),
        blank="、".join(_blank(extraction, family, doc.title or title)),
        formal="、".join(
            docparse.PART_TITLES[p]
            for p in _FORMAL_PARTS
            if structure is not None and structure.part(p) is not None
        ),
        dated=(doc.date_role or "date") if doc.doc_date is not None else "",
    )


def _structure(
    extraction: Extraction,
    fmt: str,
    doc_types: Sequence[str],
    subtitle_types: Sequence[str] = (),
) -> docparse.DocStructure:
    """The text read into its parts. A web page's <title> and a text file's own title (its
    front matter's, a JSON record's) say which of its lines is the headline; a Markdown
    page's own first headline, printed under another front matter title (kept as its
    meta title), is found in its text as any headline is."""
    own_headline = fmt == "txt" and extraction.meta_title is not None
    return docparse.parse_document(
        extraction.text,
        doc_types,
        extraction.title,
        extraction.meta_title if fmt == "html" else None,
        extraction.title if fmt in ("txt", "json") and not own_headline else None,
        subtitle_types,
    )


#: A report engine's field standing in a template's cell: {.idCard}, {{name}}, ${name}.
_CELL_FIELD = re.compile(r"\{\{?\s*\.?[A-Za-z_][\w.]*\s*\}\}?|[$#]\{[A-Za-z_][\w.]*\}")
#: How many of a table's first rows are looked at for a row of fields to fill.
_ROWS_CHECKED = 10
#: How many of a row's fields are named in the reasons.
_FIELDS_SHOWN = 3


def _blank(extraction: Extraction, family: str, title: str) -> tuple[str, ...]:
    """The fields of a blank form: its labels with nothing written after them, or the
    column names of its tables with no row written in (a 签到表 template)."""
    if not extraction.content_read:
        return ()
    if family != "spreadsheet":
        fields = docparse.blank_fields(extraction.text, title)
        if fields:
            return fields
    names: tuple[str, ...] = ()
    for table in extraction.tables:
        rows = [[cell_text(c) for c in row] for row in table.rows]
        found = docparse.blank_table(extraction.text, title, table.header, rows)
        if not found:
            return ()
        names = names or found
    return names


def _date_of_role(doc: DocInfo, role: str) -> DocInfo | None:
    """``doc`` dated by the date of ``role`` it holds (the best of them), or None."""
    chosen = dates.choose_date([r for r in doc.dates if r.role == role])
    return replace(doc, doc_date=chosen.date, date_role=chosen.role) if chosen else None


def _template(
    extraction: Extraction, structure: docparse.DocStructure | None, title: str
) -> tuple[str, ...]:
    """What makes the file a template: fields to fill in its headline, 版头 or 落款, a
    report engine's fields in a table's row, or else its headline calling it one."""
    if structure is not None:
        fields = docparse.template_fields(title, structure.head, structure.tail, extraction.text)
    else:
        fields = docparse.template_fields(title, "", "")
    named = docparse.named_template(title, extraction.text)
    return fields or _placeholder_row(extraction.tables) or ((named,) if named else ())


def _placeholder_row(tables: Sequence[Table]) -> tuple[str, ...]:
    """The fields of a table's row that holds nothing but a report engine's fields to fill
    ({.idCard} | {.development} | …): the sheet is the template a system exports from,
    no ledger yet. Empty when no row is such."""
    for table in tables:
        for row in table.rows[:_ROWS_CHECKED]:
            cells = [text for c in row if (text := cell_text(c).strip())]
            if len(cells) >= 2 and all(_CELL_FIELD.fullmatch(c) for c in cells):
                return tuple(cells[:_FIELDS_SHOWN])
    return ()


def _unreadable(problems: list[Problem]) -> bool:
    return any(p.code in UNREADABLE_CODES for p in problems)


def _sha256(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    stream.seek(0)
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


_CANDIDATES_KEPT = 8
#: The parts that show a text is a 公文 (GB/T 9704), whatever words its body uses.
_FORMAL_PARTS = ("issuer_mark", "doc_number", "addressee", "signature", "date")
#: Without a document's structure (a picture's text read by OCR, a sheet), its first and
#: last characters stand for the lead and the tail.
_ZONE_CHARS = 300
_DATES_KEPT = 12


def _doc_info(
    extraction: Extraction,
    family: str,
    rules: Ruleset,
    *,
    ocr: bool = False,
    fmt: str = "",
) -> tuple[DocInfo, docparse.DocStructure | None]:
    if family == "spreadsheet":
        # a revision history (更改履历: 版本 | 更改时间 | 更改人) records the workbook's
        # versions: it is none of its content, its sheet's name no title of the workbook
        revisions = [t for t in extraction.tables if dates.version_table(t.header)]
        content = [t for t in extraction.tables if t not in revisions]
        title = (
            extraction.title
            or _cover_sheet_title(extraction, rules)
            or next(
                (docparse.table_headline(t.title, rules.doc_types) for t in content if t.title),
                None,
            )
        )
        filled = dates.form_date(extraction.text)
        if filled is not None:
            return DocInfo(title=title, doc_date=filled.date, date_role="form"), None
        titled = dates.title_date(title) if title else None  # "…3月24—28日工作安排"
        if titled is None and revisions:
            # the workbook's revision history dates it by its latest version, as a
            # document's version table on its cover does
            titled = dates.version_date(
                revisions[0].header,
                [tuple(cell_text(c) for c in row) for row in revisions[0].rows],
            )
        return DocInfo(
            title=title,
            doc_date=titled.date if titled else None,
            date_role=titled.role if titled else None,
        ), None
    if family not in _TEXT_FAMILIES or not extraction.text:
        return DocInfo(title=extraction.title), None
    text = extraction.text
    structure = _structure(extraction, fmt, rules.doc_types, rules.subtitle_types)
    title = structure.title
    title_reason = structure.title_reason
    number = structure.number
    found = structure.date
    candidates = structure.candidates
    found_dates = structure.dates
    cover = extraction.tables[0] if extraction.tables else None
    headline = None
    if title is None and cover is not None and cover.title:
        # a cover laid out as a table: its headline in the cells, above 编号：…
        headline = docparse.cover_title(text, cover.title, rules.doc_types)
    if headline is not None:
        title, title_reason = headline.text, headline.reason
        candidates = (*candidates, headline)
    if title is None and extraction.meta_title:
        opened = docparse.opening_name(text, extraction.meta_title, rules.doc_types)
        if opened is not None:
            # "章程" over "第一章 总则", the properties' title 章程: too short a line to
            # be taken alone, it is the headline the properties name
            title, title_reason = opened.text, opened.reason
            candidates = (*candidates, opened)
    if title is not None and extraction.meta_title:
        whole = docparse.completed_title(title, extraction.meta_title, text)
        if whole != title:
            title = whole
            title_reason = f"{title_reason}，按文档属性的标题补全折行"
        chosen = next((c for c in candidates if c.chosen and c.text == title), None)
        if chosen is not None:
            # a revision table's heading over a plan whose cover the text lacks, or a
            # team's name over the cover's headline the properties name
            named = docparse.properties_title(chosen, extraction.meta_title, rules.doc_types, text)
            if named is not None:
                title = named
                title_reason = f"文档属性的标题；正文里的“{chosen.text}”只是{chosen.reason}"
    posted = dt.date.fromisoformat(extraction.published) if extraction.published else None
    if posted is not None and (found is None or (found.role == "meeting" and found.date > posted)):
        # a Markdown page's front matter date: the page's publication date, stated apart
        # from its text (whose 落款 or meeting date, when it has one, is the document's);
        # a meeting after the page was posted is one it announces, no record's day
        said = f"date: {extraction.published}"
        found = dates.RoleDate(posted, "published", 0, 0, said, said)
        found_dates = (*found_dates, found)
    if found is None and cover is not None:
        # and its version table (版本 | 时间 | …) dates the document
        found = dates.version_date(
            cover.header, [tuple(cell_text(c) for c in row) for row in cover.rows]
        )
        if found is not None:
            found_dates = (*found_dates, found)
    return DocInfo(
        title=title,
        doc_number=(number.normal if ocr else number.tidy) if number else None,
        doc_number_well_formed=number.well_formed if number else None,
        doc_number_issue=number.issue if number else None,
        doc_date=found.date if found else None,
        doc_type=docparse.doc_type(title, rules.doc_types) if title else None,
        issuer=docparse.find_issuer(text),
        addressee=structure.part("addressee"),
        date_role=found.role if found else None,
        title_reason=title_reason,
        title_candidates=_kept_candidates(candidates),
        parts=structure.parts,
        dates=_kept_dates(found_dates, found),
    ), structure


#: A workbook's cover sheet holds a few short lines (密级, the document's name, the
#: organisation, a copyright line), no table.
_COVER_LINES = 6


def _cover_sheet_title(extraction: Extraction, rules: Ruleset) -> str | None:
    """The headline of a workbook's cover: its first sheet holds a few short lines and no
    table (密级：秘密 / 会议纪要 / the organisation), read before the first table's sheet.
    None when the workbook opens with a table, or with more than a cover's lines."""
    if not extraction.tables or not extraction.tables[0].title:
        return None
    first = extraction.tables[0]
    at = extraction.text.find(first.title)
    lines = [ln.strip() for ln in extraction.text[: max(at, 0)].splitlines() if ln.strip()]
    if (
        not lines
        or len(lines) > _COVER_LINES
        or any("\t" in ln or ln.endswith(("。", "；", ";")) for ln in lines)
    ):
        return None  # a table's row, or a sheet of notes (填表说明：1. …。): no cover
    structure = docparse.parse_document(
        "\n".join(lines), rules.doc_types, subtitle_types=rules.subtitle_types
    )
    return structure.title


def _kept_candidates(
    candidates: tuple[docparse.TitleCandidate, ...],
) -> tuple[docparse.TitleCandidate, ...]:
    """The chosen title and the strongest other candidates (enough to say why)."""
    ranked = sorted(candidates, key=lambda c: (not c.chosen, -c.score, c.line))
    kept = ranked[:_CANDIDATES_KEPT]
    return tuple(sorted(kept, key=lambda c: c.line))


def _kept_dates(
    found: tuple[dates.RoleDate, ...], chosen: dates.RoleDate | None
) -> tuple[dates.RoleDate, ...]:
    """The dates worth showing: the chosen one, every dated role, a few body dates."""
    roles = [d for d in found if d.role != "body" or d is chosen]
    body = [d for d in found if d.role == "body" and d is not chosen]
    kept = roles[:_DATES_KEPT] + body[: max(0, _DATES_KEPT - len(roles))]
    return tuple(sorted(kept, key=lambda d: d.start))


def _date(
    doc: DocInfo, extraction: Extraction, stem: str, folders: list[str]
) -> tuple[dt.date | None, str | None]:
    """The file's date and where it came from: the document's own date (by its role),
    else a photo's capture time, a date in the file name, a date in a folder name."""
    if doc.doc_date is not None:
        return doc.doc_date, doc.date_role or "signature"
    if extraction.image is not None and extraction.image.taken:
        taken = dates.date_from_exif(extraction.image.taken)
        if taken is not None:
            return taken, "exif"
    from_name = dates.date_from_name(stem)
    if from_name is not None:
        return from_name, "filename"
    for folder in reversed(folders):
        from_folder = dates.date_from_name(folder)
        if from_folder is not None:
            return from_folder, "folder"
    return None, None


def failed_record(entry: FileEntry, rules: Ruleset, code: str, message: str) -> FileRecord:
    """The record of a file that could not be read at all (classified by its name)."""
    return _with_name_problems(entry, [_failed(entry, rules, code, message)])[0]


def _failed(
    entry: FileEntry, rules: Ruleset, code: str, message: str, fmt: str | None = None
) -> FileRecord:
    """A file whose content could not be read at all: classified by its name only."""
    extraction = Extraction(content_read=False)
    doc = DocInfo()
    claimed, family = guess_from_extension(entry.path)
    fmt = fmt or claimed
    return FileRecord(
        path=entry.path,
        unit=entry.unit,
        format=fmt,
        family=family,
        size=entry.size or 0,  # what the walk saw: the file was not read
        sha256=None,
        classification=classify(make_features(entry.path, fmt, family, doc, extraction), rules),
        date=None,
        date_source=None,
        doc=doc,
        extraction=extraction,
        problems=(Problem(code, message, entry.path),),
    )
