"""PDF files through pypdf: page count, leading text and the /Info dictionary."""

from __future__ import annotations

import datetime as dt
import re
from typing import BinaryIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError
from pypdf.generic import IndirectObject

from ..errors import ExtractionError
from ..findings import Problem
from .base import Extraction, Limits

__all__ = ["pdf_date", "read_pdf"]

#: Pages whose text is extracted; classification needs only the first ones.
MAX_PAGES = 30
#: Fewer non-space characters per page than this on average means an image-only scan.
MIN_CHARS_PER_PAGE = 20

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


def _info_text(info: object, key: str) -> str | None:
    if not isinstance(info, dict):
        return None
    value: object = info.get(key)
    if isinstance(value, IndirectObject):
        value = value.get_object()
    if not isinstance(value, str):  # a ByteStringObject in an unknown encoding is skipped
        return None
    return value.strip().strip("\x00") or None


def read_pdf(stream: BinaryIO, limits: Limits) -> Extraction:
    """Page count, text of the first pages and document info of a PDF.

    An image-only scan gives ``content_read=False`` and a ``no_text_layer`` problem.
    """
    stream.seek(0)
    reader = PdfReader(stream, strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:  # AES needs the optional "cryptography" package
            raise ExtractionError("encrypted", "文件已加密（AES），无法读取内容") from exc
        if opened == PasswordType.NOT_DECRYPTED:
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")

    try:
        info: object = reader.metadata
    except Exception:  # a broken /Info must not cost us the text
        info = None
    pages = len(reader.pages)
    parts: list[str] = []
    size = 0
    read = 0
    for page in reader.pages[:MAX_PAGES]:
        text = (page.extract_text() or "").strip()
        read += 1
        if text:
            parts.append(text)
            size += len(text) + 1
        if size >= limits.text_chars:
            break
    text = "\n".join(parts)
    visible = sum(1 for ch in text if not ch.isspace())

    problems: tuple[Problem, ...] = ()
    content_read = True
    if pages == 0:
        raise ExtractionError("unreadable", "PDF 文件没有页面，无法读取内容")
    if visible < MIN_CHARS_PER_PAGE * read:
        content_read = False
        problems = (Problem("no_text_layer", "扫描件（PDF 无文字层），未能读取正文"),)

    return Extraction(
        text=text[: limits.text_chars],
        meta_title=_info_text(info, "/Title"),
        author=_info_text(info, "/Author"),
        created=pdf_date(_info_text(info, "/CreationDate")),
        modified=pdf_date(_info_text(info, "/ModDate")),
        pages=pages,
        content_read=content_read,
        problems=problems,
    )
