"""Format readers: one pure function per format id, and the dispatcher that calls them.

:func:`extract` is the boundary: whatever a reader or its parser raises comes out as a
:class:`~evidence_audit.findings.Problem` in the returned :class:`Extraction`.
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import BinaryIO

from ...errors import ExtractionError
from ...findings import PROBLEM_CODES, Problem
from . import _image
from ._docx import read_docx
from ._html import read_html
from ._json import read_json
from ._odf import read_odt
from ._ofd import read_ofd
from ._officexml import read_spreadsheet_xml, read_word_xml
from ._ole import read_doc, read_ppt, read_xls_with_metadata
from ._pdf import read_pdf
from ._radicals import fold_radicals
from ._slides import read_pptx
from ._spreadsheet import read_ods, read_xlsx
from ._text import read_csv, read_txt
from .base import Cell, Extraction, ImageInfo, Limits, Reader, Table

__all__ = [
    "READERS",
    "Cell",
    "Extraction",
    "ImageInfo",
    "Limits",
    "Reader",
    "Table",
    "extract",
]

#: Format id → reader. WPS .et is the same BIFF format as .xls, hence the same reader.
READERS: Mapping[str, Reader] = MappingProxyType(
    {
        "docx": read_docx,
        "xlsx": read_xlsx,
        "xls": read_xls_with_metadata,
        "et": read_xls_with_metadata,
        "ods": read_ods,
        "pdf": read_pdf,
        **_image.READERS,
        "txt": read_txt,
        "json": read_json,
        "csv": read_csv,
        "pptx": read_pptx,
        "doc": read_doc,
        "wps": read_doc,
        "ppt": read_ppt,
        "dps": read_ppt,
        "ofd": read_ofd,
        "odt": read_odt,
        "html": read_html,
        "wordxml": read_word_xml,
        "xmlss": read_spreadsheet_xml,
    }
)

_SHORT_TEXT = 120


def _failed(code: str, message: str) -> Extraction:
    if code not in PROBLEM_CODES:  # a reader's typo must not make the dispatcher raise
        code = "unreadable"
    return Extraction(content_read=False, problems=(Problem(code, message),))


def _describe(exc: BaseException) -> str:
    """The exception as "BadZipFile: File is not a zip file", on one line, cut short."""
    text = " ".join(str(exc).split())
    if len(text) > _SHORT_TEXT:
        text = text[: _SHORT_TEXT - 1] + "…"
    name = type(exc).__name__
    if name[:1].islower():  # "zlib.error" says more than "error"
        name = f"{type(exc).__module__}.{name}"
    return f"{name}: {text}" if text else name


def _size(stream: BinaryIO) -> int:
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return size


def _cut_tables_said(extraction: Extraction, limits: Limits) -> Extraction:
    """A table cut at Limits.max_rows is never silent: it earns a ``rows_limit``."""
    cut = [
        Problem(
            "rows_limit",
            f"表格“{t.name}”超过 {limits.max_rows} 行的上限，只读取了前 {limits.max_rows} 行："
            "需要逐行核对的检查不会判为通过",
        )
        for t in extraction.tables
        if not t.complete
    ]
    if not cut:
        return extraction
    return replace(extraction, problems=(*extraction.problems, *cut))


def _folded(extraction: Extraction) -> Extraction:
    """Radicals a font printed as text read as the ideographs they show (⼀ → 一)."""
    return replace(
        extraction,
        text=fold_radicals(extraction.text),
        title=fold_radicals(extraction.title) if extraction.title else extraction.title,
        meta_title=(
            fold_radicals(extraction.meta_title) if extraction.meta_title else extraction.meta_title
        ),
    )


def extract(
    stream: BinaryIO,
    fmt: str,
    limits: Limits = Limits(),
) -> Extraction:
    """Read one file's content with the reader for ``fmt``; never raises.

    Unknown formats, empty or oversized files and every reader failure come back as an
    :class:`Extraction` with ``content_read=False`` and one problem.
    """
    reader = READERS.get(fmt)
    if reader is None:
        return _failed("unsupported_format", f"暂不支持读取该格式的内容（{fmt}）")
    try:
        if not stream.seekable():  # every parser here needs to seek
            stream = io.BytesIO(stream.read(limits.max_file_bytes + 1))
        size = _size(stream)
        if size == 0:
            return _failed("empty_file", "文件为空（0 字节）")
        if size > limits.max_file_bytes:
            mb = limits.max_file_bytes // (1024 * 1024)
            return _failed("file_too_large", f"文件超过 {mb} MB 上限，未读取内容")
        # Parsers warn about malformed files; the problems we return say it better.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _cut_tables_said(_folded(reader(stream, limits)), limits)
    except ExtractionError as exc:
        return _failed(exc.code, exc.message)
    except MemoryError as exc:
        return _failed("unreadable", f"文件过于复杂，内存不足，无法解析（{_describe(exc)}）")
    except RecursionError as exc:
        return _failed("unreadable", f"文件结构嵌套过深，无法解析（{_describe(exc)}）")
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # also a Rust panic from calamine (a BaseException)
        return _failed("unreadable", f"文件已损坏，无法解析（{_describe(exc)}）")
