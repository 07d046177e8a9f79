"""PDF files through PDFium (pypdfium2): page count, leading text and the /Info dictionary.

PDFium (the PDF engine of Chrome) was chosen over pypdf by a measured comparison
(bench/pdf_readers.py): the same text from Chinese CID-font documents, about 6× faster.
It is imported when a PDF is first read: the sweep's main process, which reads no file,
does not carry its 7 MB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, BinaryIO

from PIL import Image

from ...errors import ExtractionError
from ...findings import Problem
from . import ocr
from .base import Extraction, Limits

if TYPE_CHECKING:
    import pypdfium2 as pdfium

__all__ = ["pdf_date", "read_pdf"]

#: Pages whose text is extracted; classification needs only the first ones.
MAX_PAGES = 30
#: Fewer non-space characters per page than this on average means an image-only scan.
MIN_CHARS_PER_PAGE = 20
#: A scanned page is rendered with this long side for OCR (about 140 dpi on A4).
SCAN_SIDE = 1600

_PDF_DATE = re.compile(
    r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"\s*(?:([Zz+\-])\s*(\d{2})?'?\s*(\d{2})?'?)?"
)


def pdf_date(value: object) -> str | None:
    """A PDF date ("D:20190512093000+08'00'") as ISO text; None for empty or garbage.

    Without a time part only the date is given ("2019-05-12"); with an offset the
    result carries it ("2019-05-12T09:30:00+08:00").
    """
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    if day is None:  # a bare year or month is more often garbage than a real date
        return None
    try:
        date = dt.date(int(year), int(month), int(day))
        if hour is None:
            return date.isoformat()
        tz: dt.tzinfo | None = None
        if sign in ("Z", "z"):
            tz = dt.timezone.utc
        elif sign:
            delta = dt.timedelta(hours=int(off_h or 0), minutes=int(off_m or 0))
            tz = dt.timezone(-delta if sign == "-" else delta)
        moment = dt.datetime(
            date.year,
            date.month,
            date.day,
            int(hour),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return moment.isoformat()


def read_pdf(stream: BinaryIO, limits: Limits) -> Extraction:
    """Page count, text of the first pages and document info of a PDF (PDFium).

    An image-only scan gives ``content_read=False`` and a ``no_text_layer`` problem.
    """
    import pypdfium2 as pdfium

    stream.seek(0)
    data = stream.read()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容") from exc
        raise
    try:
        pages = len(pdf)
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
        except pdfium.PdfiumError:  # a broken /Info must not cost us the text
            info = {}
        parts: list[str] = []
        size = 0
        read = 0
        for index in range(min(pages, MAX_PAGES)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range().replace("\r\n", "\n").strip()
                finally:
                    textpage.close()
            finally:
                page.close()
            read += 1
            if text:
                parts.append(text)
                size += len(text) + 1
            if size >= limits.text_chars:
                break
    finally:
        pdf.close()
    if pages == 0:
        raise ExtractionError("unreadable", "PDF 文件没有页面，无法读取内容")
    text = "\n".join(parts)
    problems: tuple[Problem, ...] = ()
    content_read = True
    partial = False
    if _visible(text) < MIN_CHARS_PER_PAGE * read:
        scanned, partial = (
            _ocr(data, min(pages, limits.ocr_pages), limits) if limits.ocr else ("", False)
        )
        if _visible(scanned) >= MIN_CHARS_PER_PAGE:
            text = scanned
            problems = (Problem("ocr_text", "扫描件：正文由文字识别（OCR）得到，个别字可能有误"),)
        else:
            content_read = False
            problems = (Problem("no_text_layer", "扫描件（PDF 无文字层），未能读取正文"),)
    return Extraction(
        text=text[: limits.text_chars],
        meta_title=_info_text(info, "Title"),
        author=_info_text(info, "Author"),
        created=pdf_date(_info_text(info, "CreationDate")),
        modified=pdf_date(_info_text(info, "ModDate")),
        pages=pages,
        content_read=content_read,
        problems=problems,
        ocr_partial=content_read and partial,
    )


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _ocr(data: bytes, pages: int, limits: Limits) -> tuple[str, bool]:
    """Text of the first pages of a scan: each page rendered once, at the scale OCR needs,
    and only its head and end recognised unless ``limits.ocr_whole`` (a page read in part
    a moment ago is then neither rendered nor detected again)."""
    if pages <= 0 or not ocr.available():
        return "", False
    import pypdfium2 as pdfium

    digest = hashlib.blake2b(data, digest_size=16).digest()
    pdf = pdfium.PdfDocument(data)
    partial = False
    try:
        texts = []
        for index in range(pages):
            key = (digest, index)
            image = None if ocr.remembers(key) else _render(pdf, index)
            read = ocr.read_page(image, whole=limits.ocr_whole, key=key)
            if read.read == "none" and read.lines:  # a page with a few lines: read them
                read = ocr.read_page(None, whole=True, key=key)
            partial = partial or read.read == "head_end"
            texts.append(read.text)
        return "\n".join(t for t in texts if t), partial
    finally:
        pdf.close()


def _render(pdf: pdfium.PdfDocument, index: int) -> Image.Image:
    """One page as a picture, its long side :data:`SCAN_SIDE` pixels (at most 300 dpi)."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = min(SCAN_SIDE / max(width, height, 1.0), 300 / 72)
        image: Image.Image = page.render(scale=scale).to_pil()
        return image
    finally:
        page.close()


def _info_text(info: dict[str, str], key: str) -> str | None:
    value = info.get(key)
    return value.strip().strip("\x00") or None if isinstance(value, str) else None
