"""Citizen IDs (GB 11643), credit codes (GB 32100), phones and masking."""

from __future__ import annotations

import datetime
import hashlib
import hmac

import pytest

from evidence_audit.text.identity import (
    ID_RE,
    citizen_id_check_char,
    citizen_id_problem,
    credit_code_check_char,
    credit_code_valid,
    id_key,
    mask_id,
    mask_phone,
    mask_text,
    normalize_id,
)

WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]
TODAY = datetime.date(2024, 6, 1)


def with_check(body: str) -> str:
    """``body`` (17 digits) followed by its ISO 7064 MOD 11-2 check character."""
    assert len(body) == 17 and body.isdigit()
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


def wrong_check(body: str) -> str:
    good = with_check(body)[-1]
    return body + ("1" if good != "1" else "2")


def credit_with_check(body: str) -> str:
    """``body`` (17 chars) followed by its GB 32100 check character."""
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total = sum(cs.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + cs[(31 - total % 31) % 31]


ID_A = with_check("43012419900101123")  # Hunan, 1990-01-01
ID_B = with_check("11010519491231002")  # Beijing, 1949-12-31
ID_X = next(
    with_check(f"52270119850610{n:03d}")
    for n in range(1000)
    if with_check(f"52270119850610{n:03d}").endswith("X")
)
#: A valid ID that really ends in 000 (sequence x00, check digit 0).
ID_000 = next(
    with_check(f"4301241990{m:02d}{d:02d}{s}00")
    for m in range(1, 13)
    for d in range(1, 29)
    for s in range(1, 10)
    if with_check(f"4301241990{m:02d}{d:02d}{s}00").endswith("000")
)


def test_check_characters_are_the_known_answers() -> None:
    # The library's own check characters, used by the test archives' generators (testkit).
    assert citizen_id_check_char("43012419900101123") == "6"  # ID_A
    assert citizen_id_check_char(ID_X[:17]) == "X"
    assert all(citizen_id_check_char(v[:17]) == v[17] for v in (ID_B, ID_000))
    assert credit_code_check_char("91350100M000100Y4") == "3"  # DOMAIN.md's test value
    body = "12430124MB1234567"
    assert credit_code_check_char(body) == credit_with_check(body)[-1]


def test_helper_matches_known_values() -> None:
    # The DOMAIN.md weights are 2^(17-i) mod 11; the helper agrees with the spec table.
    assert WEIGHTS == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    assert ID_A == "430124199001011236"
    assert ID_X.endswith("X") and len(ID_X) == 18


@pytest.mark.parametrize(
    "value",
    [
        ID_A,
        ID_B,
        ID_X,
        ID_X.lower(),
        f" {ID_A} ",
        "４３０１２４１９９００１０１１２３６",
        with_check("81000019800229001"),  # HK permit, leap day
        with_check("65010120231231001"),
    ],
)
def test_valid_citizen_ids(value: str) -> None:
    assert citizen_id_problem(value, today=TODAY) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (wrong_check("43012419900101123"), "校验位错误"),
        (with_check("43012419900230123"), "出生日期无效"),  # 30 February
        (with_check("43012419901301123"), "出生日期无效"),  # month 13
        (with_check("43012420250101123"), "出生日期无效"),  # after TODAY
        (with_check("43012417990101123"), "出生日期无效"),  # before 1800
        (with_check("99012419900101123"), "地区码无效"),
        (with_check("71012419900101123"), "地区码无效"),
        (with_check("01012419900101123"), "地区码无效"),
        ("43012419900101123", "长度不是18位"),
        ("4301241990010112361", "长度不是18位"),
        ("430124900101123", "15位旧号码"),
        ("4.30124199001011E+17", "疑似被Excel截断（科学计数法）"),
        ("4.30124199001011e+17", "疑似被Excel截断（科学计数法）"),
        ("430124199001011000", "疑似被Excel截断（科学计数法）"),
        ("43012419900101123A", "含有非法字符"),
        ("X30124199001011236", "含有非法字符"),
        ("", "号码为空"),
        ("   ", "号码为空"),
    ],
)
def test_invalid_citizen_ids(value: str, problem: str) -> None:
    assert citizen_id_problem(value, today=TODAY) == problem


def test_trailing_000_with_a_correct_check_is_valid() -> None:
    assert ID_000.endswith("000")
    assert citizen_id_problem(ID_000, today=TODAY) is None


def test_future_birth_date_uses_today() -> None:
    value = with_check("43012420240602123")
    assert citizen_id_problem(value, today=TODAY) == "出生日期无效"
    assert citizen_id_problem(value, today=datetime.date(2024, 6, 2)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" 4301 2419 9001 0112 36 ", "430124199001011236"),
        ("４３０１２４１９９００１０１１２３６", "430124199001011236"),
        ("52270119850610123x", "52270119850610123X"),
        ("'430124199001011236", "430124199001011236"),
        ("430124199001011236.0", "430124199001011236"),
        ("4.30124199001011E+17", "4.30124199001011E+17"),
        (430124199001011236, "430124199001011236"),
        (4.30124199001011e17, "430124199001011000"),
        (430124199001011236.0, "430124199001011260"),  # shortest repr of the float
        (13812345678.0, "13812345678"),
        (None, ""),
        ("", ""),
        ("\t430124199001011236\n", "430124199001011236"),
    ],
)
def test_normalize_id(value: object, expected: str) -> None:
    assert normalize_id(value) == expected


def test_float_id_from_spreadsheet_is_reported_as_truncated() -> None:
    assert citizen_id_problem(normalize_id(4.30124199001011e17), today=TODAY) == (
        "疑似被Excel截断（科学计数法）"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"身份证号：{ID_A}。", [ID_A]),
        (f"{ID_X.lower()} 与 {ID_B}", [ID_X.lower(), ID_B]),
        (f"1{ID_A}", []),  # 19 digits
        (f"{ID_A}5", []),
        ("430124199013011236", []),  # month 13: not even the shape
        ("4301241990010112", []),
    ],
)
def test_id_re(text: str, found: list[str]) -> None:
    assert ID_RE.findall(text) == found


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("91350100M000100Y43", True),
        ("91350100m000100y43", True),
        (" 91350100M000100Y43 ", True),
        (credit_with_check("12430124MB1234567"), True),
        (credit_with_check("52430124MJ0000000"), True),
        (credit_with_check("Y1430124123456789"), True),
        ("91350100M000100Y44", False),
        ("91350100M000100Y4", False),
        ("91350100M000100Y433", False),
        ("91350100M00O100Y43", False),  # letter O is not in the character set
        ("9135010AM000100Y43", False),  # region code must be digits
        ("", False),
    ],
)
def test_credit_code_valid(value: str, valid: bool) -> None:
    assert credit_code_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("430124199001011236", "430124********1236"),
        ("52270119850610123X", "522701********123X"),
        (" 430124199001011236 ", "430124********1236"),
        ("430124900101123", "430124*****1123"),
        ("1234567890", "**********"),
        ("", ""),
    ],
)
def test_mask_id(value: str, masked: str) -> None:
    assert mask_id(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+8613812345678", "+86138****5678"),
        ("+86 138-1234-5678", "+86 138-****-5678"),
        ("0731-84512345", "0731-****2345"),
        ("010-12345678", "010-****5678"),
        ("073184512345", "073*****2345"),
        ("1234567", "*******"),
    ],
)
def test_mask_phone(value: str, masked: str) -> None:
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"张三，身份证{ID_A}，", "张三，身份证430124********1236，"),
        # invalid IDs are masked too
        ("号码430124199001011239有误", "号码430124********1239有误"),
        ("号码999999999999999999有误", "号码999999********9999有误"),
        ("52270119850610123x", "522701********123x"),
        ("旧号430124900101123。", "旧号430124*****1123。"),
        ("电话13812345678。", "电话138****5678。"),
        ("电话：+86 13812345678", "电话：+86 138****5678"),
        ("电话：138 1234 5678", "电话：138 **** 5678"),
        ("手机１３８１２３４５６７８", "手机１３８****５６７８"),
        ("座机0731-84512345不处理", "座机0731-84512345不处理"),
        ("金额1234567.89元", "金额1234567.89元"),
        ("没有号码", "没有号码"),
        # an enterprise's all-digit credit code (91…, no province's) is public; a wrong one
        # may be a mistyped ID and is masked
        ("信用代码915326001234500072", "信用代码915326001234500072"),
        ("信用代码915326001234500073", "信用代码915326********0073"),
        (
            f"{ID_B}\t13912345678\n{ID_A}",
            f"{mask_id(ID_B)}\t139****5678\n430124********1236",
        ),
    ],
)
def test_mask_text(text: str, masked: str) -> None:
    assert mask_text(text) == masked


def test_mask_text_leaves_no_clear_id() -> None:
    text = f"{ID_A}、{ID_B}、{ID_X}、电话13812345678"
    out = mask_text(text)
    for clear in (ID_A, ID_B, ID_X, "13812345678"):
        assert clear not in out
    assert len(out) == len(text)


def test_id_key() -> None:
    expected = hmac.new(b"salt", ID_A.encode(), hashlib.sha256).hexdigest()[:16]
    assert id_key(ID_A, b"salt") == expected
    assert id_key(f" {ID_A} ", b"salt") == expected
    assert id_key("４３０１２４１９９００１０１１２３６", b"salt") == expected
    assert id_key(ID_X.lower(), b"salt") == id_key(ID_X, b"salt")
    assert id_key(ID_A, b"other") != expected
    assert id_key(ID_B, b"salt") != expected
    assert len(expected) == 16 and ID_A not in expected
