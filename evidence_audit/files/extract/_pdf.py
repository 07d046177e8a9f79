"""PDF files through PDFium (pypdfium2): page count, leading text and the /Info dictionary.

PDFium (the PDF engine of Chrome) was chosen over pypdf by a measured comparison
(bench/pdf_readers.py): the same text from Chinese CID-font documents, about 6× faster.
It is imported when a PDF is first read: the sweep's main process, which reads no file,
does not carry its 7 MB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
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

    An image-only scan, or a text layer of garbled characters, is read by OCR; when OCR
    reads nothing either, ``content_read=False`` and a ``no_text_layer`` (``garbled_text``)
    problem.
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
                    text = _in_reading_order(textpage).replace("\r\n", "\n").strip()
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
    garbled = garbled_text(text)
    if garbled or _visible(text) < MIN_CHARS_PER_PAGE * read:
        scanned, partial = (
            _ocr(data, _pages_to_read(pages, limits.ocr_pages), limits)
            if limits.ocr
            else ("", False)
        )
        if _visible(scanned) >= MIN_CHARS_PER_PAGE:
            text = scanned
            what = "文字层是乱码" if garbled else "扫描件"
            problems = (Problem("ocr_text", f"{what}：正文由文字识别（OCR）得到，个别字可能有误"),)
        elif garbled:
            text, content_read = "", False
            problems = (
                Problem("garbled_text", "PDF 的文字层是乱码（字体没有字符映射），未能读取正文"),
            )
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


#: Code points a Chinese office document's text is made of: Latin, Greek and Cyrillic, the
#: punctuation, symbol, CJK and full-width blocks, emoji and the ideographs beyond the BMP.
_EXPECTED = (
    (0x0000, 0x0500), (0x1E00, 0x1F00), (0x2000, 0x2C00), (0x2E80, 0x2FE0), (0x3000, 0xA000),
    (0xF900, 0xFB00), (0xFE30, 0xFE50), (0xFF00, 0xFFF0), (0x1F000, 0x110000),
)  # fmt: skip
#: A garbled text layer: at least this share of its letters from other scripts...
_GARBLED_SHARE = 0.15
#: ... strewn over at least this many Unicode blocks (of 128 code points): a font whose
#: glyphs map to arbitrary code points (Oriya, Arabic, Tibetan, Kannada in one line), not
#: a text in one other script.
_GARBLED_BLOCKS = 8


def garbled_text(text: str) -> bool:
    """Whether a PDF's text layer is garbled: its font maps glyphs to no real characters
    ("୩۸਍ԟᒫԫེ࿤ಸ" for 强化学习第二次汇报), so the text must be read from the page."""
    letters = [ord(ch) for ch in text if not ch.isspace()]
    foreign = [o for o in letters if not any(lo <= o < hi for lo, hi in _EXPECTED)]
    return (
        len(foreign) >= _GARBLED_SHARE * max(len(letters), 1)
        and len({o >> 7 for o in foreign}) >= _GARBLED_BLOCKS
    )


def _pages_to_read(pages: int, budget: int) -> tuple[int, ...]:
    """The pages of a scan OCR reads: the first ``budget`` ones and, of a longer scan, its
    last page too, where a 公文 is signed and dated or its 版记 gives the 印发日期."""
    if budget <= 0:
        return ()
    first = tuple(range(min(pages, budget)))
    return (*first, pages - 1) if pages > budget else first


def _ocr(data: bytes, pages: tuple[int, ...], limits: Limits) -> tuple[str, bool]:
    """Text of the given pages of a scan: each page rendered once, at the scale OCR needs,
    and only its head and end recognised unless ``limits.ocr_whole`` (a page read in part
    a moment ago is then neither rendered nor detected again)."""
    if not pages or not ocr.available():
        return "", False
    import pypdfium2 as pdfium

    digest = hashlib.blake2b(data, digest_size=16).digest()
    pdf = pdfium.PdfDocument(data)
    partial = False
    try:
        texts = []
        for index in pages:
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


#: How far left of the character before it (in points) a character must stand to be out of
#: its line's order: kerning and overlapping glyph boxes are less.
_BACKWARDS = 1.0
#: A line's characters stand on one row when they span at most this many of its tallest
#: glyph's heights from the lowest bottom to the highest top.
_ONE_ROW = 1.5


def _in_reading_order(textpage: pdfium.PdfTextPage) -> str:
    """The page's text as PDFium reads it, each line's characters put in the order they
    stand on the line when the file drew some of them later: a Word or LibreOffice PDF
    whose quotation marks come from a fallback font draws them after the line (PDFium then
    reads "专业村镇名 “ ”" for "“一村一品”专业村镇名"). A line whose characters do not
    all stand on one row is left as read."""
    text: str = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # characters outside the BMP: no 1:1 boxes
        return text
    out: list[str] = []
    start = 0
    for end in [*(m.start() for m in re.finditer(r"\r?\n", text)), len(text)]:
        after = end + (2 if text.startswith("\r\n", end) else 1)
        out.append(_line_in_order(textpage, text, start, end))
        out.append(text[end:after])
        start = after
    return "".join(out)


def _line_in_order(textpage: pdfium.PdfTextPage, text: str, start: int, end: int) -> str:
    line = text[start:end]
    if len(line) < 2:
        return line
    boxes = [textpage.get_charbox(i) for i in range(start, end)]
    lefts: list[float] = []
    rows: list[tuple[float, float]] = []
    for ch, (left, bottom, right, top) in zip(line, boxes, strict=True):
        lefts.append(left if right > 0 or left > 0 else (lefts[-1] if lefts else 0.0))
        if not ch.isspace() and top > bottom:
            rows.append((bottom, top))
    marks = [lefts[i] for i, ch in enumerate(line) if not ch.isspace()]
    if all(b >= a - _BACKWARDS for a, b in itertools.pairwise(marks)):
        return line
    tallest = max((t - b for b, t in rows), default=0.0)
    if not rows or max(t for _, t in rows) - min(b for b, _ in rows) > _ONE_ROW * tallest:
        return line  # its characters span more than one row
    order = sorted(range(len(line)), key=lambda i: lefts[i])
    return "".join(line[i] for i in order)
