"""Names and text from the archive made safe to show, store and print.

A name on disk is bytes. Shares copied from Chinese Windows machines often hold names in
GBK, which Python hands over as "surrogate-escaped" text that no UTF-8 output can encode;
a name can also carry control characters, terminal escape sequences (ESC[…) or
right-to-left overrides. :func:`display_name` turns a name into what the report shows
(GBK decoded where that is what it is, anything else escaped as ``\\xNN``) and says what
was odd about it; :func:`safe_text` is the last guard every writer applies to any text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["NAME_CONTROL", "NAME_ENCODING", "display_name", "safe_text"]

#: Problem codes for odd names (see findings.PROBLEM_CODES).
NAME_ENCODING = "name_encoding"
NAME_CONTROL = "name_control_chars"

# C0 and C1 controls (ESC, CSI...), bidirectional overrides and isolates, lone
# surrogates (undecodable bytes), and the two XML-illegal noncharacters.
_UNSAFE_CORE = "\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_UNSAFE_TEXT = re.compile(f"[\x00-\x08{_UNSAFE_CORE}]")  # tab and line feed are text
_UNSAFE_NAME = re.compile(f"[\x00-\x0a{_UNSAFE_CORE}]")  # a name is one line
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a GBK name is made of: ASCII, CJK ideographs, CJK and full-width punctuation.
_GBK_PLAUSIBLE = re.compile(
    "[\x20-\x7e\u00b7\u2010-\u2027\u2030-\u203a\u2460-\u24ff\u3000-\u303f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uffee]+"
)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with nothing a terminal, a JSON encoder or Excel could choke on.

    Control characters other than tab and line feed, escape sequences, bidirectional
    overrides and undecodable bytes become visible escapes (``\\x1b``, ``\\u202e``);
    "\\r\\n" becomes "\\n".
    """
    if not _UNSAFE_TEXT.search(text):
        return text
    return _UNSAFE_TEXT.sub(_escape, text.replace("\r\n", "\n"))


def _gbk(data: bytes) -> str | None:
    """``data`` decoded as GBK when it plainly is GBK Chinese, else None."""
    try:
        text = data.decode("gbk")
    except UnicodeDecodeError:
        return None
    if _GBK_PLAUSIBLE.fullmatch(text) and _CJK.search(text):
        return text
    return None


def display_name(raw: str) -> tuple[str, tuple[str, ...]]:
    """The name to show for a name read from disk, and the problem codes it earns.

    ``raw`` is a name as ``os.scandir`` gives it. A name whose bytes are not UTF-8 is
    decoded as GBK when it reads as Chinese, else its odd bytes are shown as ``\\xNN``
    (``name_encoding``); control characters and the like are escaped
    (``name_control_chars``). The result is NFC.
    """
    codes: list[str] = []
    name = raw
    if _SURROGATE.search(raw):
        codes.append(NAME_ENCODING)
        try:
            data = raw.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # surrogates that are not escaped bytes
            name = _SURROGATE.sub(_escape, raw)
        else:
            decoded = _gbk(data)
            name = decoded if decoded is not None else data.decode("utf-8", "backslashreplace")
    name = unicodedata.normalize("NFC", name)
    if _UNSAFE_NAME.search(name):
        codes.append(NAME_CONTROL)
        name = _UNSAFE_NAME.sub(_escape, name)
    return name, tuple(codes)
