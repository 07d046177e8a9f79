"""Plain text and CSV, in UTF-8 (with or without BOM), GB18030/GBK or UTF-16."""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from typing import BinaryIO

import charset_normalizer

from ...errors import ExtractionError
from .base import Extraction, Limits
from .tables import build_table

__all__ = ["decode_text", "read_csv", "read_txt", "sniff_delimiter"]

#: Bytes read from a text file: far more than Limits.text_chars needs.
MAX_TEXT_BYTES = 2 * 1024 * 1024
#: Bytes read from a CSV file, enough for ledgers of tens of thousands of rows.
MAX_CSV_BYTES = 16 * 1024 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50


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


def decode_text(data: bytes, truncated: bool = False) -> str:
    """Decode text bytes, trying UTF-8, UTF-16 (BOM), GB18030, then charset-normalizer.

    ``truncated`` says the bytes are a prefix of the file (a cut character is dropped).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8", truncated)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", truncated)
    utf16 = _utf16_without_bom(data)
    candidates = (utf16,) if utf16 else ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            return _decode(data, encoding, truncated)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ExtractionError("unreadable", "无法识别文本编码，未能读取内容")
    return str(best)


def _read(stream: BinaryIO, limit: int) -> tuple[str, bool]:
    stream.seek(0)
    data = stream.read(limit + 1)
    truncated = len(data) > limit
    return decode_text(data[:limit], truncated), truncated


def read_txt(stream: BinaryIO, limits: Limits) -> Extraction:
    """The leading text of a plain text file."""
    text, _ = _read(stream, MAX_TEXT_BYTES)
    return Extraction(text=text[: limits.text_chars])


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


def read_csv(stream: BinaryIO, limits: Limits) -> Extraction:
    """The text and the table of a CSV file (header found as in spreadsheets)."""
    text, truncated = _read(stream, MAX_CSV_BYTES)
    if truncated:  # drop the row cut in half by the byte limit
        text = text[: text.rfind("\n") + 1]
    text = text.replace("\x00", "")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    table = build_table("csv", rows, limits)
    return Extraction(text=text[: limits.text_chars], tables=(table,) if table else ())
