"""Kangxi and CJK radicals printed as text: a PDF's font maps a glyph to the radical's code
point (U+2F00 ⼀ KANGXI RADICAL ONE) instead of the ideograph (U+4E00 一) it shows.

Text is folded to the ideographs a reader sees, so that titles, keywords and dates match.
Only the radical blocks and the CJK compatibility ideographs are folded: NFKC over the whole
text would also turn the full-width punctuation the library reads (：（）〔〕) half-width.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold_radicals"]

#: CJK Radicals Supplement forms that are whole characters, as Unicode's
#: EquivalentUnifiedIdeograph.txt maps them (NFKC maps only U+2E9F and U+2EF3 of this block).
_SUPPLEMENT = {
    0x2E81: "厂", 0x2E8A: "卜", 0x2E92: "巳", 0x2E93: "幺", 0x2E9B: "旡", 0x2E9D: "月",
    0x2EA0: "民", 0x2EA8: "犭", 0x2EA9: "王", 0x2EAC: "示", 0x2EAD: "礻", 0x2EAF: "糹",
    0x2EB0: "纟", 0x2EB6: "羊", 0x2EB9: "耂", 0x2EBB: "聿", 0x2EBC: "肉", 0x2EBE: "艹",
    0x2EC1: "虎", 0x2EC2: "衤", 0x2EC3: "覀", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角",
    0x2EC8: "讠", 0x2EC9: "贝", 0x2ECB: "车", 0x2ECC: "辶", 0x2ECD: "辶", 0x2ECF: "阝",
    0x2ED0: "钅", 0x2ED1: "镸", 0x2ED3: "长", 0x2ED4: "门", 0x2ED6: "阝", 0x2ED7: "雨",
    0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食",
    0x2EDF: "飠", 0x2EE0: "饣", 0x2EE1: "首", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼",
    0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾",
    0x2EEC: "齐", 0x2EEE: "齿", 0x2EF0: "龙",
}  # fmt: skip


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for first, last in ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for cp in range(first, last + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if folded != chr(cp):
                table[cp] = folded
    table.update({cp: ch for cp, ch in _SUPPLEMENT.items()})
    return table


_FOLD = _table()


#: A radical or a compatibility ideograph: a form a font may map a glyph to.
_FORMS = re.compile(r"[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]")


def fold_radicals(text: str) -> str:
    """``text`` with radicals and compatibility ideographs as the unified ideographs they
    show (⼀分钟 → 一分钟, ⻚码 → 页码); everything else unchanged, but for a glyph its
    font maps to a radical and its ideograph both, read once (语⾔言 → 语言, 项⺫⽬目 → 项目,
    证券⾏行行情 → 证券行情, as a presentation program exports them)."""
    if _FORMS.search(text) is None:
        return text
    out: list[str] = []
    for k, ch in enumerate(text):
        if _FORMS.match(ch):
            run_end = k
            while run_end < len(text) and _FORMS.match(text[run_end]):
                run_end += 1
            shown = _FOLD.get(ord(text[run_end - 1]))
            nxt = text[run_end] if run_end < len(text) else ""
            if shown is not None and (shown == nxt or (out and out[-1] == shown)):
                continue  # the same glyph again, as the ideograph beside it
        out.append(ch)
    return "".join(out).translate(_FOLD)
