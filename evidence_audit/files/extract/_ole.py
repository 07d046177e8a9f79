"""OLE2 compound files: Word binary (.doc, WPS .wps), PowerPoint binary (.ppt, WPS .dps)
metadata, and the document properties of .xls/.et workbooks.

Document properties come from ``\\x05SummaryInformation``, opened with olefile and
parsed here ([MS-OLEPS], only the five properties needed). The text of a Word file is
read from its piece table as [MS-DOC] 2.4.1 describes: the FIB gives the position of the
CLX in the table stream (``0Table`` or ``1Table``), the CLX's PlcPcd lists the pieces,
and each piece is either 8-bit cp1252 ("compressed", at fc/2) or UTF-16LE. Every offset
read from the file is checked against the stream it points into. Formatting (character
and paragraph properties) is not read: table cell ends are told from row ends by
position only (see :func:`_map_chars`).
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
import struct
from typing import Any, BinaryIO

import olefile

from ...errors import ExtractionError
from ...findings import Problem
from ._spreadsheet import read_xls
from .base import Extraction, Limits, document_properties

__all__ = ["parse_summary", "read_doc", "read_ppt", "read_xls_with_metadata", "summary_metadata"]

_SUMMARY = "\x05SummaryInformation"
_WORD = "WordDocument"
_FIB_IDENT = 0xA5EC
_NFIB_WORD97 = 0x00C0  # Word 97 writes 0x00C1; Word 6.0/95 wrote 0x0065-0x0068
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_FIB_BASE = 32
_CCP_TEXT = 3  # index of ccpText in FibRgLw97
_FC_CLX = 33  # index of the fcClx/lcbClx pair in FibRgFcLcb97
_PCD_SIZE = 8
_MAX_PIECES = 1_000_000
_MAX_FIELD_DEPTH = 64
#: Raw characters read per character of text kept: field codes and marks are dropped.
_RAW_FACTOR = 4
#: SummaryInformation codepages that Python names differently (1200 is UTF-16LE).
_CODEPAGES = {936: "gb18030", 1200: "utf-16-le", 65001: "utf-8", 10008: "gb2312"}
#: Control characters of Word text and what they become; the rest below 0x20 are dropped.
_CONTROL = {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\t": "\t", "\x1e": "-"}
_PID_CODEPAGE, _PID_TITLE, _PID_AUTHOR, _PID_CREATED, _PID_SAVED = 1, 2, 4, 12, 13
_VT_I2, _VT_LPSTR, _VT_LPWSTR, _VT_FILETIME = 2, 30, 31, 64
_MAX_PROPERTIES = 1000
_MAX_SUMMARY = 16 * 1024 * 1024  # preview bitmaps make it large; the text is at the start
_EPOCH_1601 = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)
_BOOK_STREAMS = ("Workbook", "Book")
_BIFF_DIMENSIONS, _BIFF_FILEPASS = 0x0200, 0x002F
_MAX_GRID = 1 << 24  # cells of BIFF8's whole grid: 65,536 rows × 256 columns
_NOT_READ = "未能读取 Word 正文（{reason}），仅读取了文档属性"


class _FormatError(Exception):
    """The Word binary structures are not what [MS-DOC] describes."""


def _codec(codepage: int | None) -> str:
    """The Python codec for a SummaryInformation codepage (936 → gb18030)."""
    if codepage is None:
        return "gb18030"
    name = _CODEPAGES.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(name)
    except LookupError:
        return "gb18030"
    return name


def _clean(text: str) -> str | None:
    return text.replace("\x00", "").strip() or None


def _filetime(ticks: int) -> str | None:
    """A FILETIME (100 ns ticks since 1601, UTC) as ISO text; None for zero or nonsense."""
    try:
        when = _EPOCH_1601 + dt.timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None
    if not 1980 <= when.year <= 2100:
        return None
    return when.replace(microsecond=0).isoformat()


def _properties(data: bytes) -> dict[int, tuple[int, int]]:
    """Property id → (type, offset of its value) in the first section of a property set."""
    if len(data) < 48:
        return {}
    section = _le32(data, 44)
    size, count = _le32(data, section), _le32(data, section + 4)
    if size < 8 or section + size > len(data):
        return {}
    out: dict[int, tuple[int, int]] = {}
    for i in range(min(count, (size - 8) // 8, _MAX_PROPERTIES)):
        pid, offset = _le32(data, section + 8 + 8 * i), _le32(data, section + 12 + 8 * i)
        if offset + 4 <= size:
            out[pid] = (_le16(data, section + offset), section + offset + 4)
    return out


def _le16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 2], "little") if at + 2 <= len(data) else 0


def _le32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "little") if at + 4 <= len(data) else 0


def parse_summary(data: bytes) -> dict[str, str | None]:
    """Title, author, created and modified from a SummaryInformation stream ([MS-OLEPS]).

    Only the four properties and the codepage are read, each bounded by the stream: a
    damaged property set gives None for what cannot be read, never an error.
    """
    props = _properties(data)
    codepage = None
    if props.get(_PID_CODEPAGE, (0, 0))[0] == _VT_I2:
        codepage = _le16(data, props[_PID_CODEPAGE][1])

    def text(pid: int) -> str | None:
        vtype, at = props.get(pid, (0, 0))
        length = _le32(data, at)  # bytes for VT_LPSTR, characters for VT_LPWSTR
        if vtype == _VT_LPWSTR:
            return _clean(data[at + 4 : at + 4 + 2 * length].decode("utf-16-le", "replace"))
        if vtype == _VT_LPSTR:
            codec = _codec(codepage)
            if codec == "utf-16-le":
                length &= ~1  # a stray odd byte is no character
            return _clean(data[at + 4 : at + 4 + length].decode(codec, "replace"))
        return None

    def time(pid: int) -> str | None:
        vtype, at = props.get(pid, (0, 0))
        if vtype != _VT_FILETIME or at + 8 > len(data):
            return None
        return _filetime(_le32(data, at) | _le32(data, at + 4) << 32)

    return {
        "title": text(_PID_TITLE),
        "author": text(_PID_AUTHOR),
        "created": time(_PID_CREATED),
        "modified": time(_PID_SAVED),
    }


def summary_metadata(ole: Any) -> dict[str, str | None]:
    """:func:`parse_summary` of an open OLE file's ``\x05SummaryInformation`` stream.

    olefile's own ``get_metadata`` is not used: a vector property with a damaged count
    makes it loop for billions of iterations.
    """
    try:
        if not ole.exists(_SUMMARY) or ole.get_size(_SUMMARY) > _MAX_SUMMARY:
            return dict.fromkeys(("title", "author", "created", "modified"))
        with ole.openstream(_SUMMARY) as part:
            data: bytes = part.read()
    except Exception:  # olefile raises many types on a damaged directory or FAT
        return dict.fromkeys(("title", "author", "created", "modified"))
    return parse_summary(data)


def _open(stream: BinaryIO) -> Any:
    stream.seek(0)
    return olefile.OleFileIO(stream)


def _read_stream(ole: Any, name: str, limits: Limits) -> bytes:
    if ole.get_size(name) > limits.max_file_bytes:
        raise _FormatError(f"{name} 流大小异常")
    with ole.openstream(name) as part:
        data: bytes = part.read()
    return data


def _u16(data: bytes, offset: int) -> int:
    if offset < 0 or offset + 2 > len(data):
        raise _FormatError("FIB 不完整")
    value: int = struct.unpack_from("<H", data, offset)[0]
    return value


def _u32(data: bytes, offset: int) -> int:
    if offset < 0 or offset + 4 > len(data):
        raise _FormatError("FIB 不完整")
    value: int = struct.unpack_from("<I", data, offset)[0]
    return value


@dataclasses.dataclass(frozen=True, slots=True)
class _Fib:
    flags: int
    ccp_text: int
    fc_clx: int
    lcb_clx: int


def _parse_fib(word: bytes) -> _Fib:
    """The few FIB fields the text needs ([MS-DOC] 2.5.1)."""
    if _u16(word, 0) != _FIB_IDENT:
        raise _FormatError("WordDocument 流标识不符")
    if _u16(word, 2) < _NFIB_WORD97:
        raise _FormatError("Word 6.0/95 及更早的格式")
    flags = _u16(word, 0x0A)
    csw = _u16(word, _FIB_BASE)
    lw_at = _FIB_BASE + 2 + 2 * csw
    cslw = _u16(word, lw_at)
    ccp_text = _u32(word, lw_at + 2 + 4 * _CCP_TEXT) if cslw > _CCP_TEXT else 0
    fc_at = lw_at + 2 + 4 * cslw
    cb_fc_lcb = _u16(word, fc_at)
    if cb_fc_lcb <= _FC_CLX:
        raise _FormatError("FIB 中没有 CLX 位置（Word 97 之前的格式）")
    pair = fc_at + 2 + 8 * _FC_CLX
    return _Fib(flags, ccp_text, _u32(word, pair), _u32(word, pair + 4))


def _piece_table(table: bytes, fc_clx: int, lcb_clx: int) -> tuple[list[int], list[int]]:
    """The CPs and piece fcs of the PlcPcd inside the CLX ([MS-DOC] 2.9.38)."""
    end = fc_clx + lcb_clx
    if lcb_clx == 0 or end > len(table):
        raise _FormatError("CLX 超出表格流")
    pos = fc_clx
    while pos < end and table[pos] == 0x01:  # Prc: clxt, cbGrpprl, grpprl
        pos += 3 + _u16(table, pos + 1)
    if pos >= end or table[pos] != 0x02:
        raise _FormatError("CLX 中没有片段表")
    lcb = _u32(table, pos + 1)
    start = pos + 5
    if lcb < 4 or start + lcb > end or (lcb - 4) % (4 + _PCD_SIZE):
        raise _FormatError("片段表长度不符")
    count = (lcb - 4) // (4 + _PCD_SIZE)
    if count > _MAX_PIECES:
        raise _FormatError("片段过多")
    cps = list(struct.unpack_from(f"<{count + 1}I", table, start))
    pcd_at = start + 4 * (count + 1)
    fcs = [_u32(table, pcd_at + i * _PCD_SIZE + 2) for i in range(count)]
    return cps, fcs


def _raw_text(word: bytes, cps: list[int], fcs: list[int], want: int) -> str:
    """Up to ``want`` characters of the pieces, decoded."""
    parts: list[str] = []
    got = 0
    for i, fc_value in enumerate(fcs):
        if got >= want:
            break
        length = cps[i + 1] - cps[i]
        if length <= 0:
            continue
        length = min(length, want - got)
        if fc_value & 0x40000000:  # fCompressed: 8-bit cp1252 at fc/2
            fc = (fc_value & 0x3FFFFFFF) // 2
            if fc + length > len(word):
                raise _FormatError("片段超出 WordDocument 流")
            parts.append(word[fc : fc + length].decode("cp1252", "replace"))
        else:
            fc = fc_value & 0x3FFFFFFF
            if fc + 2 * length > len(word):
                raise _FormatError("片段超出 WordDocument 流")
            parts.append(word[fc : fc + 2 * length].decode("utf-16-le", "replace"))
        got += length
    return "".join(parts)


#: A MACROBUTTON field's instruction: the macro's name, then the text Word displays.
_MACROBUTTON = re.compile(r"\s*MACROBUTTON\s+\S+\s(?P<text>.*?)\s*$", re.S)


def _map_chars(raw: str) -> str:
    """Word's marks as plain text: fields reduced to their results, cells to tabs.

    A run of cell marks (\\x07) ends a table row at its last mark: "A\\x07B\\x07\\x07"
    reads "A\\tB". An empty cell just before the row end is lost that way (the row is
    told apart only by the paragraph properties, which are not read).
    """
    out: list[str] = []
    fields: list[bool] = []  # one entry per open field: True while in its instruction
    instructions: list[list[str]] = []  # each open field's instruction, as read
    hidden = 0  # open fields whose instruction we are in
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\x13":
            if len(fields) < _MAX_FIELD_DEPTH:
                fields.append(True)
                instructions.append([])
                hidden += 1
        elif ch == "\x14":
            if fields and fields[-1]:
                fields[-1] = False
                hidden -= 1
        elif ch == "\x15":
            if fields:
                in_instruction = fields.pop()
                hidden -= in_instruction
                shown = _MACROBUTTON.match("".join(instructions.pop()))
                if in_instruction and shown and not hidden:
                    # a MACROBUTTON has no result: Word shows its display text (the
                    # "1" of 重邮〔2009〕108号 typed into a template's button)
                    out.append(shown["text"])
        elif hidden:
            if instructions and fields[-1]:
                instructions[-1].append(ch)
        elif ch == "\x07":
            j = i
            while j + 1 < n and raw[j + 1] == "\x07":
                j += 1
            out.append("\t" * (j - i) + "\n" if j > i else "\t")
            i = j
        elif ch in _CONTROL:
            out.append(_CONTROL[ch])
        elif ch >= " ":
            out.append(ch)
        i += 1
    lines = (line.strip(" \t\u3000") for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _doc_text(ole: Any, word: bytes, fib: _Fib, limits: Limits) -> str:
    table_name = "1Table" if fib.flags & _F_WHICH_TABLE else "0Table"
    if not ole.exists(table_name):
        raise _FormatError(f"缺少 {table_name} 流")
    table = _read_stream(ole, table_name, limits)
    cps, fcs = _piece_table(table, fib.fc_clx, fib.lcb_clx)
    want = _RAW_FACTOR * limits.text_chars + 1000
    if 0 < fib.ccp_text < want:
        want = fib.ccp_text  # the main story only: footnotes and headers follow it
    return _map_chars(_raw_text(word, cps, fcs, want))[: limits.text_chars]


def read_doc(stream: BinaryIO, limits: Limits) -> Extraction:
    """Text and document properties of a Word 97–2003 (.doc) or WPS (.wps) file."""
    with _open(stream) as ole:
        if ole.exists("EncryptedPackage"):
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")
        if not ole.exists(_WORD):
            raise ExtractionError("unreadable", "文件中没有 Word 正文流，无法解析")
        meta = summary_metadata(ole)
        try:
            word = _read_stream(ole, _WORD, limits)
            fib = _parse_fib(word)
            if fib.flags & _F_ENCRYPTED:
                raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")
            text = _doc_text(ole, word, fib, limits)
            problems: tuple[Problem, ...] = ()
        except _FormatError as exc:
            text = ""
            problems = (Problem("content_not_read", _NOT_READ.format(reason=exc)),)
    return Extraction(
        text=text,
        **document_properties(meta),
        content_read=not problems,
        problems=problems,
    )


def read_ppt(stream: BinaryIO, limits: Limits) -> Extraction:
    """Document properties of a PowerPoint 97–2003 (.ppt) or WPS (.dps) file; no text."""
    with _open(stream) as ole:
        if ole.exists("EncryptedPackage"):
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")
        if not ole.exists("PowerPoint Document"):
            raise ExtractionError("unreadable", "文件中没有演示文稿流，无法解析")
        meta = summary_metadata(ole)
    return Extraction(
        **document_properties(meta),
        content_read=False,
        problems=(
            Problem("content_not_read", "暂不读取 PowerPoint 二进制格式的正文，仅读取了文档属性"),
        ),
    )


def _scan_workbook(ole: Any, limits: Limits) -> None:
    """Refuse an encrypted workbook, or one whose DIMENSIONS declare an impossible size.

    A FILEPASS record means the workbook is encrypted: calamine, given no file name,
    only says "Cannot detect file format" for those. And calamine allocates the declared
    grid up front: one damaged byte claiming billions of rows makes it abort the whole
    process (a failed Rust allocation cannot be caught).
    """
    name = next((n for n in _BOOK_STREAMS if ole.exists(n)), None)
    if name is None:
        return
    try:
        data = _read_stream(ole, name, limits)
    except _FormatError as exc:
        raise ExtractionError("unreadable", f"文件已损坏，无法解析（{exc}）") from exc
    pos = 0
    while pos + 4 <= len(data):
        rtype, size = struct.unpack_from("<HH", data, pos)
        if rtype == _BIFF_FILEPASS:
            raise ExtractionError("encrypted", "文件有密码保护，无法读取内容")
        if rtype == _BIFF_DIMENSIONS and size >= 14 and pos + 18 <= len(data):
            first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", data, pos + 4)
            if first_row > last_row or first_col > last_col or last_row * last_col > _MAX_GRID:
                raise ExtractionError(
                    "unreadable",
                    f"工作表尺寸记录异常（{last_row} 行 × {last_col} 列），文件可能已损坏",
                )
        pos += 4 + size


def read_xls_with_metadata(stream: BinaryIO, limits: Limits) -> Extraction:
    """An .xls/.et workbook as :func:`~.spreadsheet.read_xls` reads it, plus its properties.

    The BIFF records are scanned first (see :func:`_scan_workbook`). calamine panics
    (pyo3's ``PanicException``, a ``BaseException``) on some damaged compound files
    instead of raising an error; that comes out as ``unreadable`` here.
    """
    try:
        with _open(stream) as ole:
            meta = summary_metadata(ole)
            _scan_workbook(ole, limits)
    except ExtractionError:
        raise
    except Exception:  # properties are optional; calamine says whether the sheets can be read
        meta = {}
    try:
        found = read_xls(stream, limits)
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        raise ExtractionError("unreadable", "文件已损坏，表格解析器无法解析") from exc
    return dataclasses.replace(
        found,
        meta_title=found.meta_title or meta.get("title"),
        author=found.author or meta.get("author"),
        created=found.created or meta.get("created"),
        modified=found.modified or meta.get("modified"),
    )
