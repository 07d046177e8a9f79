"""OFD documents (GB/T 33190-2016), the fixed-layout format of Chinese e-government.

An OFD is a zip package: ``OFD.xml`` → ``DocBody/DocInfo`` (title, author, dates) and
``DocBody/DocRoot`` → ``Document.xml`` → ``Pages/Page@BaseLoc`` → each page's
``Content.xml``, whose ``TextObject/TextCode`` elements hold the text with positions.
Text is put back in reading order by position: runs sorted by baseline then by x, runs
on the same rounded baseline joined into one line. Elements are matched by local name,
so a missing or different namespace prefix does not matter. Parts are parsed with
defusedxml after :func:`~evidence_audit.files.extract.ooxml.open_zip` has checked the sizes.
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import zipfile
from collections.abc import Iterator
from typing import BinaryIO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from ...errors import ExtractionError
from ...findings import Problem
from .base import Extraction, Limits
from .ooxml import iso_datetime, open_zip

__all__ = ["read_ofd"]

#: One part of the package parsed at most this big (declared size).
_MAX_PART = 64 * 1024 * 1024
_Run = tuple[int, float, str]  # (rounded baseline, x, text)


def _local(tag: object) -> str:
    """An element's name without its namespace: "{http://www.ofdspec.org/2016}Page" → "Page"."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(node: Element, name: str) -> Iterator[Element]:
    return (child for child in node if _local(child.tag) == name)


def _first(node: Element, name: str) -> Element | None:
    return next(_children(node, name), None)


def _descendants(node: Element, name: str) -> Iterator[Element]:
    return (child for child in node.iter() if _local(child.tag) == name)


def _text(node: Element | None) -> str | None:
    value = (node.text or "").strip() if node is not None else ""
    return value or None


def _date(value: str | None) -> str | None:
    """A DocInfo date: xs:date stays a date ("2019-05-12"), xs:dateTime is given in full."""
    if value is not None and len(value) == 10:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return iso_datetime(value)


def _number(value: str | None) -> float:
    """A coordinate attribute as a float; 0 for a missing or malformed one."""
    try:
        number = float(value) if value is not None else 0.0
    except ValueError:
        return 0.0
    return number if math.isfinite(number) else 0.0


class _Package:
    """Member lookup tolerant of leading slashes, backslashes and letter case."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self._zf = zf
        self._names = {info.filename: info for info in zf.infolist()}
        self._folded = {name.lower(): info for name, info in self._names.items()}

    def find(self, path: str) -> zipfile.ZipInfo | None:
        name = path.replace("\\", "/").lstrip("/")
        return self._names.get(name) or self._folded.get(name.lower())

    def xml(self, path: str, what: str) -> Element:
        info = self.find(path)
        if info is None:
            raise ExtractionError("unreadable", f"OFD 包中缺少{what}（{path}），无法解析")
        if info.file_size > _MAX_PART:
            raise ExtractionError("container_limit", f"OFD 包中的{what}过大，未解析")
        with self._zf.open(info) as part:
            root: Element = SafeET.fromstring(part.read(_MAX_PART + 1))
        return root


def _resolve(base: str, loc: str) -> str:
    """``loc`` from ``base`` folder, or from the package root when it starts with "/"."""
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return loc.lstrip("/")
    return posixpath.normpath(posixpath.join(base, loc)).lstrip("/")


def _runs(page: Element) -> list[_Run]:
    """Every TextCode of a page or template, positioned on the page."""
    runs: list[_Run] = []
    for obj in _descendants(page, "TextObject"):
        box = (obj.get("Boundary") or "").split()
        x0 = _number(box[0]) if box else 0.0
        y0 = _number(box[1]) if len(box) > 1 else 0.0
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            # A TextCode without X/Y continues where the previous one was placed.
            x = _number(code.get("X")) if code.get("X") is not None else x
            y = _number(code.get("Y")) if code.get("Y") is not None else y
            if code.text:
                runs.append((round(y0 + y), x0 + x, code.text))
    return runs


def _lines(runs: list[_Run]) -> str:
    """Runs in reading order, one line per rounded baseline."""
    lines: list[str] = []
    current: int | None = None
    parts: list[str] = []
    for baseline, _, text in sorted(runs, key=lambda r: (r[0], r[1])):
        if baseline != current and parts:
            lines.append("".join(parts).strip())
            parts = []
        current = baseline
        parts.append(text)
    if parts:
        lines.append("".join(parts).strip())
    return "\n".join(line for line in lines if line)


def read_ofd(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text, page count and DocInfo metadata of an OFD document."""
    with open_zip(stream, limits) as zf:
        package = _Package(zf)
        body = _first(package.xml("OFD.xml", "入口文件 OFD.xml"), "DocBody")
        if body is None:
            raise ExtractionError("unreadable", "OFD.xml 中没有 DocBody，无法解析")
        info = _first(body, "DocInfo")

        def meta(name: str) -> str | None:
            return _text(_first(info, name)) if info is not None else None

        root_loc = _text(_first(body, "DocRoot"))
        if root_loc is None:
            raise ExtractionError("unreadable", "OFD.xml 中没有 DocRoot，无法解析")
        doc_path = _resolve("", root_loc)
        document = package.xml(doc_path, "文档根文件")
        base = posixpath.dirname(doc_path)

        templates: dict[str, str] = {}
        for common in _children(document, "CommonData"):
            for tpl in _children(common, "TemplatePage"):
                if tpl.get("ID") and tpl.get("BaseLoc"):
                    templates[tpl.get("ID", "")] = _resolve(base, tpl.get("BaseLoc", ""))
        pages = [
            _resolve(base, loc)
            for group in _children(document, "Pages")
            for page in _children(group, "Page")
            if (loc := page.get("BaseLoc"))
        ]

        template_runs: dict[str, list[_Run]] = {}
        texts: list[str] = []
        size = 0
        for path in pages:
            if size >= limits.text_chars:
                break
            page = package.xml(path, "页面内容")
            runs = _runs(page)
            for ref in _descendants(page, "Template"):
                tid = ref.get("TemplateID", "")
                if tid in templates and tid not in template_runs:
                    template_runs[tid] = _runs(package.xml(templates[tid], "模板页"))
                runs += template_runs.get(tid, [])
            if text := _lines(runs):
                texts.append(text)
                size += len(text) + 1

    problems: tuple[Problem, ...] = ()
    if not texts:
        problems = (
            Problem(
                "no_text_layer", "OFD 没有文字层（可能是扫描件），仅凭文件名、路径和元数据分类"
            ),
        )
    return Extraction(
        text="\n".join(texts)[: limits.text_chars],
        meta_title=meta("Title"),
        author=meta("Author"),
        created=_date(meta("CreationDate")),
        modified=_date(meta("ModDate")),
        pages=len(pages),
        content_read=bool(texts),
        problems=problems,
    )
