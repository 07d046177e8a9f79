"""Identity numbers in ledgers: citizen IDs (GB 11643), credit codes (GB 32100), phones.

Checks are pure functions; nothing here keeps a clear ID. :func:`mask_text` is the one
mask every output applies: it hides IDs and mobile numbers wherever they stand (glued to
letters in a file name too) and neutralises control characters. :func:`id_key` is the one
keyed hash (HMAC-SHA256) of an ID, keyed by a secret of the cache or of the run, never by
anything public. :func:`seal_id` replaces a clear ID by what the audit needs of it: the
masked number, the reason it is invalid, and its keyed hash; the checks below read sealed
and clear values alike, so results keep no clear ID.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import math
import re
import secrets
import unicodedata
from decimal import Decimal, InvalidOperation

from ..files.names import safe_text

__all__ = [
    "CREDIT_CODE_RE",
    "ID_RE",
    "MOBILE_RE",
    "citizen_id_check_char",
    "citizen_id_problem",
    "credit_code_check_char",
    "credit_code_valid",
    "id_key",
    "is_sealed",
    "looks_personal",
    "mask_id",
    "mask_phone",
    "mask_text",
    "normalize_id",
    "seal_id",
]

#: An 18-character citizen ID in free text (shape only, no check digit test).
ID_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"\d{3}[0-9Xx](?![0-9A-Za-z])",
    re.ASCII,
)
#: A mainland mobile number, optionally with +86/0086/86 and "-" or " " between groups.
MOBILE_RE = re.compile(
    r"(?<![0-9])(?:(?:\+|00)?86[- ]?)?(?P<num>1[3-9][0-9](?:[- ]?[0-9]{4}){2})(?![0-9])"
)
_LANDLINE_RE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}")
#: A unified social credit code (shape only).
CREDIT_CODE_RE = re.compile(
    r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Z])"
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
#: Valid first two digits (province codes; 81/82/83 on HK/Macao/Taiwan residence permits).
_ID_PROVINCES = frozenset(
    str(n)
    for first, last in ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (81, 83))
    for n in range(first, last + 1)
)
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

_SCIENTIFIC_RE = re.compile(r"[0-9](?:\.[0-9]+)?E\+?[0-9]+")
_FLOAT_TEXT_RE = re.compile(r"([0-9]+)\.0+")
_SPACE_RE = re.compile(r"\s+")
_OLD_ID_RE = re.compile(r"[0-9]{15}")
# Masking: anything shaped like an ID (18 = 17 digits + digit/X; 15-digit old IDs with a
# YYMMDD birth date), or a mobile number. Runs on text whose full-width digits were
# folded to ASCII one for one, so offsets stay valid for the original text.
# Letters around a number do not protect it: "sfz433122…docx" is masked too.
_MASK_RE = re.compile(
    r"(?<![0-9])(?P<id>[0-9]{17}[0-9Xx]"
    r"|[1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})(?![0-9])"
    r"|" + MOBILE_RE.pattern
)
_THREE_DIGITS = re.compile("[0-9０-９]{3}")
_FOLD_DIGITS = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")


def normalize_id(value: object) -> str:
    """An ID-like cell value as a plain string: no spaces, ASCII, upper-case X.

    Numbers read from spreadsheets become their digit string (``4.30124199001011e17``
    -> ``"430124199001011000"``), so Excel damage stays visible to
    :func:`citizen_id_problem`. ``None`` becomes ``""``.
    """
    if value is None:
        return ""
    if isinstance(value, str) and _SEALED_RE.fullmatch(value):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(Decimal(repr(value))))
        return repr(value).upper()
    if isinstance(value, Decimal):
        try:
            if value == value.to_integral_value():
                return str(int(value))
        except InvalidOperation:
            pass
        return str(value).upper()
    text = unicodedata.normalize("NFKC", str(value))
    text = _SPACE_RE.sub("", text).lstrip("'").upper()
    m = _FLOAT_TEXT_RE.fullmatch(text)
    return m.group(1) if m else text


def citizen_id_check_char(body: str) -> str:
    """The GB 11643 check character (ISO 7064 MOD 11-2) of a citizen ID's first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(body[:17], _ID_WEIGHTS, strict=True)) % 11]


def _birth_date(s: str) -> datetime.date | None:
    try:
        return datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def citizen_id_problem(s: str, today: datetime.date | None = None) -> str | None:
    """A short Chinese reason why ``s`` is not a valid citizen ID, or None when it is.

    ``s`` is normalised first (:func:`normalize_id`); ``today`` (default: the current
    date) bounds the birth date.
    """
    v = normalize_id(s)
    if not v:
        return "号码为空"
    sealed = _SEALED_RE.fullmatch(v)
    if sealed:
        return sealed.group("reason") or None
    if _SCIENTIFIC_RE.fullmatch(v):
        return "疑似被Excel截断（科学计数法）"
    if _OLD_ID_RE.fullmatch(v):
        return "15位旧号码"
    if len(v) != 18:
        return "长度不是18位"
    if not (v[:17].isascii() and v[:17].isdigit()) or v[17] not in "0123456789X":
        return "含有非法字符"
    if v[:2] not in _ID_PROVINCES:
        return "地区码无效"
    born = _birth_date(v)
    if born is None or born.year < 1800 or born > (today or datetime.date.today()):
        return "出生日期无效"
    if citizen_id_check_char(v[:17]) != v[17]:
        if v.endswith("000"):
            return "疑似被Excel截断（科学计数法）"
        return "校验位错误"
    return None


def credit_code_check_char(body: str) -> str:
    """The GB 32100 check character of a unified social credit code's first 17 characters."""
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(body[:17], _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[(31 - total % 31) % 31]


def credit_code_valid(s: str) -> bool:
    """True if ``s`` is a unified social credit code with a correct GB 32100 check."""
    v = normalize_id(s)
    if len(v) != 18 or not CREDIT_CODE_RE.fullmatch(v):
        return False
    return credit_code_check_char(v[:17]) == v[17]


def mask_id(s: str) -> str:
    """``s`` with all but its first 6 and last 4 characters hidden (430124********1234).

    Values of 10 characters or fewer are hidden completely.
    """
    v = s.strip()
    sealed = _SEALED_RE.fullmatch(v)
    if sealed:
        return sealed.group("masked")
    if len(v) <= 10:
        return "*" * len(v)
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


def _mask_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """``text`` with its digits hidden except the first ``keep_head`` and last ``keep_tail``."""
    folded = text.translate(_FOLD_DIGITS)
    positions = [i for i, c in enumerate(folded) if c in "0123456789"]
    hidden = set(positions[keep_head : len(positions) - keep_tail])
    return "".join("*" if i in hidden else c for i, c in enumerate(text))


def mask_phone(s: str) -> str:
    """A phone number with its middle digits hidden: 13812345678 -> 138****5678.

    A +86 prefix and separators are kept; a landline keeps its area code and last 4
    digits (0731-****2345), other numbers their first 3 and last 4 digits; numbers with
    fewer than 8 digits are hidden completely.
    """
    v = s.strip()
    m = MOBILE_RE.fullmatch(v.translate(_FOLD_DIGITS))
    if m:
        start = m.start("num")
        return v[:start] + _mask_digits(v[start:], 3, 4)
    if sum(c.isdigit() for c in v) < 8:
        return _mask_digits(v, 0, 0)
    area, dash, local = v.rpartition("-")
    if dash and _LANDLINE_RE.fullmatch(v.translate(_FOLD_DIGITS)):
        return area + dash + _mask_digits(local, 0, 4)
    return _mask_digits(v, 3, 4)


def _organisation_code(v: str) -> bool:
    """A valid unified social credit code that no citizen ID can be (its first two digits
    are no province's, as an enterprise's 91… is not): public, never masked or sealed."""
    return credit_code_valid(v) and v[:2] not in _ID_PROVINCES


def _mask_match(original: str, m: re.Match[str]) -> str:
    if m.group("id") is not None:
        found = original[m.start() : m.end()]
        return found if _organisation_code(normalize_id(found)) else mask_id(found)
    start = m.start("num")
    return original[m.start() : start] + _mask_digits(original[start : m.end()], 3, 4)


def mask_text(text: str) -> str:
    """``text`` with every ID-like number (valid or not) and every mobile number masked.

    IDs keep their first 6 and last 4 characters, mobiles their first 3 and last 4
    digits; landlines are left alone. Full-width digits are handled, and letters around
    a number do not hide it. Control characters, escape sequences and undecodable bytes
    are neutralised first (:func:`~evidence_audit.files.names.safe_text`), so that what
    is masked is also safe to print, encode and put in a spreadsheet.
    """
    text = safe_text(text)
    if not _THREE_DIGITS.search(text):  # every number masked has three digits in a row
        return text
    folded = text.translate(_FOLD_DIGITS)
    out: list[str] = []
    last = 0
    for m in _MASK_RE.finditer(folded):
        out.append(text[last : m.start()])
        out.append(_mask_match(text, m))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


#: The key of this process, for IDs that were never sealed (a sweep seals with the key
#: of its cache, or a fresh key of its own).
_PROCESS_SECRET = secrets.token_bytes(32)
#: A sealed ID: its masked form, its keyed hash and why it is invalid ("" when valid).
_SEALED_RE = re.compile(r"(?P<masked>[0-9X*.E+]{1,40})~(?P<key>[0-9a-f]{16})~(?P<reason>[^~]*)")
#: What is sealed: 15 to 19 digits (an ID, an old ID, a bank card; the last may be X),
#: or an ID that Excel turned into scientific notation.
_PERSONAL_RE = re.compile(r"[0-9]{14,18}[0-9X]|[0-9](?:\.[0-9]+)?E\+?1[4-8]")


def id_key(s: str, salt: bytes | None = None) -> str:
    """The keyed hash (HMAC-SHA256, first 16 hex digits) of the normalised ID ``s``.

    ``salt`` is the secret key (of a cache, or of a sweep); without it, this process's
    own key. A sealed ID gives the hash it was sealed with.
    """
    v = normalize_id(s)
    sealed = _SEALED_RE.fullmatch(v)
    if sealed:
        return sealed.group("key")
    key = _PROCESS_SECRET if salt is None else salt
    return hmac.new(key, v.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def looks_personal(value: object) -> bool:
    """True for a value that is, or may be, a personal number to seal (see :func:`seal_id`)."""
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 10**14 <= value < 10**19
    if isinstance(value, str) and (len(value) > 40 or not _THREE_DIGITS.search(value)):
        return False  # a sentence, or no number in it
    v = normalize_id(value)
    if _organisation_code(v):
        return False
    return bool(_PERSONAL_RE.fullmatch(v)) and not _SEALED_RE.fullmatch(v)


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and bool(_SEALED_RE.fullmatch(value))


def seal_id(value: object, secret: bytes) -> str:
    """A clear ID replaced by what the audit needs of it: "433122********6544~<keyed
    hash>~<why invalid, or nothing>". :func:`normalize_id`, :func:`citizen_id_problem`,
    :func:`mask_id` and :func:`id_key` read the sealed value as they read the clear one.
    """
    v = normalize_id(value)
    if _SEALED_RE.fullmatch(v):
        return v
    return f"{mask_id(v)}~{id_key(v, secret)}~{citizen_id_problem(v) or ''}"
