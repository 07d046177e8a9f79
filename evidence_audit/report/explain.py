"""``evidence-audit explain FILE``: how one file is read and classified, signal by signal.

The file is analysed exactly as the audit would (``pipeline.explain``: its real place in
the archive, its unit, the same per-file work); this module only words the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..judge.classify import KindScore, PictureVerdict, picture_measures
from ..models import DATE_SOURCE_TITLES, FileRecord
from ..rules.ruleset import Ruleset
from ..text.columns import cell_text
from ..text.docparse import PART_TITLES, ZONES
from ..text.identity import mask_text

_TEXT_SHOWN = 300
_KINDS_SHOWN = 5
_PART_SHOWN = 60
#: How each role of a date in the text is said (``body``: a date the text only mentions).
_ROLE_WORDS = {**DATE_SOURCE_TITLES, "body": "正文提到的日期（不作为文件日期）"}


def _structure(record: FileRecord) -> list[str]:
    """The document's parts by zone (版头, 主体, 版记) and the title candidates."""
    doc = record.doc
    out: list[str] = []
    if doc.parts:
        out.append("文档结构：")
        for zone, names in ZONES:
            found = [p for p in doc.parts if p.part in names]
            if found:
                shown = "；".join(
                    f"{PART_TITLES[p.part]}＝{p.text[:_PART_SHOWN]}（第 {p.line + 1} 行）"
                    for p in found
                )
                out.append(f"  {zone}：{shown}")
    if doc.title_candidates:
        out.append("标题候选：")
        for c in doc.title_candidates:
            mark = "✓" if c.chosen else " "
            where = f"第 {c.line + 1} 行" if c.line >= 0 else "文档属性"
            out.append(f"  {mark} {c.text[:_PART_SHOWN]}（{where}，{c.reason}）")
    return out


def render_explanation(
    record: FileRecord,
    scores: Sequence[KindScore],
    ruleset: Ruleset,
    *,
    place: str,
    members: Sequence[FileRecord] = (),
    picture: PictureVerdict | None = None,
    outweighed: Sequence[KindScore] = (),
) -> str:
    """A readable account of one file (masked): where it sits, format, what was read,
    date, kind and why; ``place`` says which archive and unit the audit puts it in."""
    ext = record.extraction
    lines = [
        f"文件：{record.path}",
        place,
        f"格式：{record.format}（{record.family}），{record.size} 字节，sha256 {record.sha256}",
    ]
    if record.doc.title:
        why = f"（{record.doc.title_reason}）" if record.doc.title_reason else ""
        lines.append(f"标题：{record.doc.title}{why}")
    if ext.meta_title or ext.author:
        lines.append(
            f"文档属性：标题={ext.meta_title or '无'}，作者={ext.author or '无'}，"
            f"创建={ext.created or '无'}，修改={ext.modified or '无'}"
        )
    doc = record.doc
    facts = [("文种", doc.doc_type), ("发文机关", doc.issuer), ("主送机关", doc.addressee)]
    if any(v for _, v in facts):
        lines.append("；".join(f"{k}：{v}" for k, v in facts if v))
    if record.doc.doc_number:
        ok = (
            "规范"
            if record.doc.doc_number_well_formed
            else f"不规范：{record.doc.doc_number_issue}"
        )
        lines.append(f"发文字号：{record.doc.doc_number}（{ok}）")
    if ext.pages is not None:
        lines.append(f"页数/工作表数：{ext.pages}")
    if ext.image is not None:
        img = ext.image
        lines.append(
            f"图片：{img.width}×{img.height}，相机={img.camera or '无'}，软件={img.software or '无'}，"
            f"GPS={'有' if img.has_gps else '无'}，拍摄时间={img.taken or '无'}（{img.taken_tag or '-'}），"
            f"曝光参数={'有' if img.exposure else '无'}"
        )
        lines.extend(_picture_lines(record, picture))
    for t in ext.tables:
        lines.append(
            f"表格“{t.name}”：标题={t.title or '无'}；第 {t.header_row} 行为表头："
            + "、".join(h for h in t.header if h)
            + f"；数据 {t.total_rows or len(t.rows)} 行"
        )
        if t.rows:
            lines.append("  首行数据：" + " | ".join(cell_text(c) for c in t.rows[0]))
    lines.extend(_structure(record))
    if record.date:
        lines.append(
            f"日期：{record.date.isoformat()}（来自{DATE_SOURCE_TITLES.get(record.date_source or '', '')}）"
        )
    else:
        lines.append("日期：无法确定")
    for d in record.doc.dates:
        mark = "→ " if d.date == record.date and d.role == record.date_source else "  "
        lines.append(f"  {mark}{d.raw}：{_ROLE_WORDS.get(d.role, d.role)}；所在行：{d.line}")
    text = " ".join(ext.text.split())
    if text:
        more = "……" if len(text) > _TEXT_SHOWN else ""
        lines.append(f"正文开头：{text[:_TEXT_SHOWN]}{more}")
    lines.append("")
    c = record.classification
    lines.append(f"识别结果：{ruleset.kind_title(c.kind)}（{c.kind}），把握 {c.confidence:.0%}")
    # what set the confidence beyond the signals listed below (a genre told by its
    # title alone, thin text, a picture's heading): the clerk sees why it is not counted
    listed = {r for s in scores for r in s.reasons}
    lines.extend(
        f"  · {r}" for r in c.reasons if r not in listed and not r.startswith(("画面", "次选"))
    )
    if scores:
        lines.append(f"各种类得分（识别门槛 {ruleset.min_score:g} 分）：")
        for s in scores[:_KINDS_SHOWN]:
            lines.append(f"  {s.kind.title}（{s.kind.id}）：{s.score:g} 分")
            lines.extend(f"    · {r}" for r in s.reasons)
    elif not outweighed:
        lines.append("没有任何种类的识别特征。")
    if outweighed:
        lines.append("有识别特征、但被反向特征抵消的种类（不计分）：")
        for s in outweighed[:_KINDS_SHOWN]:
            lines.append(f"  {s.kind.title}（{s.kind.id}）：合计 {s.score:g} 分")
            lines.extend(f"    · {r}" for r in s.reasons)
    if record.problems:
        lines.append("")
        lines.append("问题：")
        lines.extend(f"  - [{p.code}] {p.message}" for p in record.problems)
    if members:
        lines.append("")
        lines.append(f"压缩包内的文件（{len(members)} 个，逐个检查）：")
        for m in members:
            codes = "、".join(p.code for p in m.problems)
            lines.append(
                f"  - {m.path}：{ruleset.kind_title(m.kind)}，把握 {m.confidence:.0%}"
                + (f"；问题：{codes}" if codes else "")
            )
    return mask_text("\n".join(lines) + "\n")


_READ = {"none": "没有识别文字（只测了文字行的位置和大小）", "banner": "只识别了最大的一两行（横幅等）",
         "head_end": "只识别了页首和页尾（发文机关、文号、标题、主送、落款、日期）", "all": "识别了全部文字"}  # fmt: skip


def _picture_lines(record: FileRecord, verdict: PictureVerdict | None) -> list[str]:
    """What the visual pass measured, and how each picture class of the ruleset scored."""
    image = record.extraction.image
    if image is None or image.facts is None:
        return ["画面：未解码（文件损坏或过大），无法判断画面内容"]
    facts = image.facts
    measured = picture_measures(image)
    shown = "，".join(
        f"{name}={value:g}" for name, value in measured.items() if name not in ("width", "height")
    )
    coverage = (
        "未运行文字识别" if facts.text_coverage is None else _READ.get(facts.read, facts.read)
    )
    lines = [f"画面测量：{shown}；文字：{coverage}"]
    if verdict is None:
        return lines
    how = "按文件读取其文字" if verdict.picture.read_as == "document" else "作为图片"
    lines.append(f"画面类别：{verdict.picture.title}（{verdict.picture.id}，{how}）")
    for score in verdict.scores:
        lines.append(f"  {score.picture.title}（{score.picture.id}）：{score.score:g} 分")
        lines.extend(f"    · {r}" for r in score.reasons)
    return lines
