"""Traditional characters read as simplified, position for position.

The ruleset's vocabulary and the text rules are written in simplified characters. A
document printed in traditional characters (會議紀錄, 發文字號) is matched through a
simplified copy of its text made character for character, so that every position in the
copy is the same position in the original: what is found in the copy is reported as the
document prints it (:func:`as_printed`). A text holding no traditional-only character is
left alone (:func:`needs_simplifying`), at the cost of one set test.

The conversion is OpenCC's (``t2s``): its phrase conversion when it keeps the text's length,
else its single-character conversion.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import opencc

#: The characters whose traditional form is looked at: CJK extension A and the main block.
_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000))
#: So many traditional-only characters make a text a traditional one (a name or a quoted
#: title in a simplified text does not).
_ENOUGH = 3


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _table() -> dict[int, str]:
    """Each character OpenCC's t2s turns into another single character."""
    chars = "".join(chr(i) for a, b in _BLOCKS for i in range(a, b))
    converted = _converter().convert("\n".join(chars)).split("\n")
    return {ord(t): s for t, s in zip(chars, converted, strict=True) if s != t and len(s) == 1}


@cache
def _traditional_only() -> frozenset[str]:
    """Characters a simplified text does not use: converted by t2s and outside GB 2312
    (乾, 於, 後 and the like are in it, used in simplified texts as well)."""
    return frozenset(chr(c) for c in _table() if not _in_gb2312(chr(c)))


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def needs_simplifying(*texts: str) -> bool:
    """Whether these texts are in traditional characters (a few traditional-only ones)."""
    trad = _traditional_only()
    found = 0
    for text in texts:
        if trad.isdisjoint(text):
            continue
        found += sum(1 for ch in text if ch in trad)
        if found >= _ENOUGH:
            return True
    return False


#: A pinyin gloss a mirror site prints after a character ("鎮(zhèn)", "發(fā)"): a syllable
#: with its tone mark, in ASCII brackets, right after a Han character.
_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)"
)


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length, position for position; a
    pinyin gloss after a character is blanked (工作總結(jié) reads 工作总结 and no-break
    spaces)."""
    if not text:
        return text
    whole: str = _converter().convert(text)
    if len(whole) != len(text):
        whole = text.translate(_table())
    if "(" in whole:
        # (no-break spaces: white space to the readers, no gap between a table's cells)
        whole = _GLOSS.sub(lambda m: "\u00a0" * len(m.group()), whole)
    return whole


def as_printed(found: str, copy: str, original: str) -> str:
    """What ``found`` (read in ``copy``, the simplified copy of ``original``) prints as.

    Where it stands in the copy (white space in the copy between its characters allowed:
    a headline joined from its lines), the original's characters at the same positions;
    else (a string the reader tidied) each character as the original prints it most often
    where the copy has it, when the original never prints it as it is.
    """
    if not found or copy == original:
        return found
    at = copy.find(found)
    if at >= 0:
        return original[at : at + len(found)]
    chars = [c for c in found if not c.isspace()]
    m = re.search(r"\s*".join(re.escape(c) for c in chars), copy) if chars else None
    if m is not None:
        out, j = [], m.start()
        for c in found:
            if c.isspace():
                out.append(c)
                continue
            while copy[j] != c:
                if copy[j] == "\u00a0" and not original[j].isspace():
                    out.append(original[j])  # a gloss blanked in the copy, kept as printed
                j += 1
            out.append(original[j])
            j += 1
        while j < len(copy) and copy[j] == "\u00a0" and not original[j].isspace():
            out.append(original[j])  # the last character's gloss
            j += 1
        return "".join(out)
    seen: dict[str, Counter[str]] = {}
    for s, t in zip(copy, original, strict=False):
        if s != t:
            seen.setdefault(s, Counter())[t] += 1
    return "".join(_printed_char(ch, seen, original) for ch in found)


def _printed_char(ch: str, seen: dict[str, Counter[str]], original: str) -> str:
    if ch not in seen or ch in original:  # 后 printed as 后 as well as 後: leave it
        return ch
    return seen[ch].most_common(1)[0][0]
