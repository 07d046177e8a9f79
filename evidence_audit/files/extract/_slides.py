"""PowerPoint presentations (.pptx) through python-pptx, imported only when needed.

python-pptx parses parts with ``pptx.oxml.oxml_parser``, an lxml parser built with
``resolve_entities=False`` (checked in python-pptx 1.0.2), so entities are not expanded;
part sizes are bounded beforehand by :func:`~evidence_audit.files.extract.ooxml.open_zip`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ...errors import ExtractionError
from .base import Extraction, Limits, document_properties
from .ooxml import core_properties, open_zip

__all__ = ["read_pptx"]

#: Group shapes nest; deeper nesting than this is not followed.
_MAX_GROUP_DEPTH = 10


def _shape_texts(shapes: Iterable[Any], depth: int = 0) -> Iterator[str]:
    for shape in shapes:
        if getattr(shape, "shapes", None) is not None and depth < _MAX_GROUP_DEPTH:
            yield from _shape_texts(shape.shapes, depth + 1)  # a group shape
        elif shape.has_text_frame:
            yield shape.text_frame.text
        elif shape.has_table:
            for row in shape.table.rows:
                yield "\t".join(cell.text for cell in row.cells)


def read_pptx(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text of every slide in order, number of slides, first slide title, core properties."""
    try:
        import pptx
    except ImportError as exc:
        raise ExtractionError(
            "unsupported_format", "未安装 python-pptx，无法读取 PowerPoint 内容"
        ) from exc
    with open_zip(stream, limits) as zf:
        meta = core_properties(zf)
    stream.seek(0)
    presentation = pptx.Presentation(stream)
    slides = list(presentation.slides)
    parts: list[str] = []
    size = 0
    for slide in slides:
        for text in _shape_texts(slide.shapes):
            text = text.strip()
            if text and size < limits.text_chars:
                parts.append(text)
                size += len(text) + 1
        if size >= limits.text_chars:
            break
    title: str | None = None
    if slides and (shape := slides[0].shapes.title) is not None:
        title = " ".join(shape.text_frame.text.split()) or None
    return Extraction(
        text="\n".join(parts)[: limits.text_chars],
        title=title,
        **document_properties(meta),
        pages=len(slides),
    )
