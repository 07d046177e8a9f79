"""PDFs: documents with a real Chinese text layer (reportlab, the STSong-Light CID font),
and image-only scans.

:func:`text_pdf` sets a block list (the same blocks :mod:`testkit.docx` renders) in a
:class:`PdfLayout`: each generator keeps its own margins, sizes and page furniture.
Files are deterministic: reportlab's invariant mode, and ``SOURCE_DATE_EPOCH`` for a
chosen creation date.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

__all__ = ["CJK_FONT", "PdfLayout", "PdfMeta", "image_pdf", "text_pdf", "wrap"]

CJK_FONT = "STSong-Light"


def _font() -> str:
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    return CJK_FONT


@contextmanager
def _epoch(when: int | None) -> Iterator[None]:
    """Make reportlab stamp ``when`` (POSIX seconds) as the creation date."""
    if when is None:
        yield
        return
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(when)
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def wrap(text: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (the first line
    ``first_indent`` narrower), character by character as Chinese text breaks."""
    font = _font()
    lines: list[str] = []
    cur = ""
    limit = width - first_indent
    for ch in text:
        if cur and pdfmetrics.stringWidth(cur + ch, font, size) > limit:
            lines.append(cur)
            cur = ""
            limit = width
        cur += ch
    return [*lines, cur]


@dataclass(frozen=True)
class PdfMeta:
    title: str = ""
    author: str = ""
    creator: str | None = None
    producer: str | None = None
    epoch: int | None = None  # creation date, POSIX seconds (None: reportlab's invariant date)


@dataclass(frozen=True)
class PdfLayout:
    """Where and how big each block tag is set on an A4 page (points)."""

    left: float = 72
    right: float = 72
    top: float = 90  # the first line of the first page
    top_next: float | None = None  # the first line of later pages (default: ``top``)
    bottom: float = 72  # a line below this starts a new page
    sizes: Mapping[str, float] = field(default_factory=lambda: {"title": 18, "p": 12})
    steps: Mapping[str, float] = field(default_factory=dict)  # line advance per tag
    step_factor: float = 1.75  # line advance = size × factor where ``steps`` has no entry
    gaps: Mapping[str, float] = field(default_factory=dict)  # space after a block per tag
    gap: float = 4
    centred: frozenset[str] = frozenset({"title", "mark", "center", "docno", "head"})
    right_aligned: frozenset[str] = frozenset({"right"})
    indents: Mapping[str, float] = field(default_factory=dict)  # first-line indent per tag
    red: frozenset[str] = frozenset()  # tags set in red (a 发文机关标志)
    header_line: str | None = None  # a browser's print header, top left of every page
    footer_line: str | None = None  # … and its footer, with the page number at the right

    def size(self, tag: str) -> float:
        return self.sizes.get(tag, self.sizes.get("p", 12))


def text_pdf(blocks: Sequence[tuple[Any, ...]], layout: PdfLayout, meta: PdfMeta) -> bytes:
    """A PDF with a real text layer: ``blocks`` ("title"/"p"/"right"… , text) set in
    ``layout``; ("pagebreak",) starts a new page."""
    font = _font()
    buf = io.BytesIO()
    width, height = A4
    with _epoch(meta.epoch):
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setTitle(meta.title)
        c.setAuthor(meta.author)
        if meta.creator is not None:
            c.setCreator(meta.creator)
        if meta.producer is not None:
            c.setProducer(meta.producer)
        page = 1

        def furniture() -> None:
            if layout.header_line:
                c.setFont(font, 8)
                c.drawString(30, height - 24, layout.header_line)
            if layout.footer_line:
                c.setFont(font, 8)
                c.drawString(30, 20, layout.footer_line)
                c.drawRightString(width - 30, 20, f"{page}")

        def new_page() -> float:
            nonlocal page
            c.showPage()
            page += 1
            furniture()
            top = layout.top_next if layout.top_next is not None else layout.top
            return float(height - top)

        furniture()
        y = height - layout.top
        text_width = width - layout.left - layout.right
        for block in blocks:
            tag = block[0]
            if tag == "pagebreak":
                y = new_page()
                continue
            text = block[1] if isinstance(block[1], str) else " ".join(map(str, block[1]))
            size = layout.size(tag)
            step = layout.steps.get(tag, size * layout.step_factor)
            indent = layout.indents.get(tag, 0.0)
            for i, line in enumerate(wrap(text, size, text_width, indent)):
                if y < layout.bottom:
                    y = new_page()
                c.setFont(font, size)
                if tag in layout.red:
                    c.setFillColorRGB(0.85, 0, 0)
                if tag in layout.centred:
                    c.drawCentredString(width / 2, y, line)
                elif tag in layout.right_aligned:
                    c.drawRightString(width - layout.right, y, line)
                else:
                    c.drawString(layout.left + (indent if i == 0 else 0), y, line)
                if tag in layout.red:
                    c.setFillColorRGB(0, 0, 0)
                y -= step
            y -= layout.gaps.get(tag, layout.gap)
        c.showPage()
        c.save()
    return buf.getvalue()


def image_pdf(page: Image.Image | bytes, meta: PdfMeta) -> bytes:
    """An image-only PDF, as a copier's scan-to-PDF makes it: one page image, no text
    layer. ``page`` is a picture or JPEG bytes (embedded as they are)."""
    buf = io.BytesIO()
    source = page if isinstance(page, Image.Image) else io.BytesIO(page)
    with _epoch(meta.epoch):
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        if meta.creator is not None:
            c.setCreator(meta.creator)
        if meta.producer is not None:
            c.setProducer(meta.producer)
        c.drawImage(ImageReader(source), 0, 0, *A4)
        c.showPage()
        c.save()
    return buf.getvalue()
