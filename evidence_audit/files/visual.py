"""A visual fingerprint of a photo (difference hash), to find the same picture filed twice
even when it was re-saved, resized or recompressed (e.g. sent through WeChat).

Decoding is kept small: JPEG is decoded at 1/8 scale (draft mode), and images above the
pixel limit are not decoded at all.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import BinaryIO

from PIL import Image

_SIDE = 8  # a 64-bit hash
_MIN_BITS = 6


def dhash(stream: BinaryIO, max_pixels: int) -> str | None:
    """The 64-bit difference hash of an image as 16 hex digits, or None if unreadable."""
    try:
        stream.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(stream) as image:
                if image.width * image.height > max_pixels:
                    return None
                image.draft("L", (_SIDE * 8, _SIDE * 8))  # JPEG: decode at reduced scale
                small = image.convert("L").resize((_SIDE + 1, _SIDE), Image.Resampling.BILINEAR)
                pixels = list(small.getdata())
    except Exception:  # a damaged image simply has no fingerprint
        return None
    bits = 0
    for row in range(_SIDE):
        for col in range(_SIDE):
            left = pixels[row * (_SIDE + 1) + col]
            right = pixels[row * (_SIDE + 1) + col + 1]
            bits = (bits << 1) | (left > right)
    ones = bin(bits).count("1")
    if not _MIN_BITS <= ones <= 64 - _MIN_BITS:
        return None  # a nearly flat picture (a blank wall, a white page): no fingerprint
    return f"{bits:016x}"


def hash_distance(a: str, b: str) -> int:
    """How many bits two fingerprints differ in (0: the same picture)."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def near_pairs(hashes: Sequence[str], max_distance: int) -> Iterable[tuple[int, int]]:
    """Index pairs whose hashes differ in at most ``max_distance`` bits.

    Pigeonhole banding: two hashes within ``max_distance`` bits agree exactly on at
    least one of ``max_distance + 1`` bands, so only hashes sharing a band are compared.
    """
    bands = max_distance + 1
    width = 64 // bands
    values = [int(h, 16) for h in hashes]
    seen: set[tuple[int, int]] = set()
    for band in range(bands):
        shift = band * width
        mask = (1 << width) - 1 if band < bands - 1 else (1 << (64 - shift)) - 1
        buckets: dict[int, list[int]] = defaultdict(list)
        for index, value in enumerate(values):
            buckets[(value >> shift) & mask].append(index)
        for members in buckets.values():
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1 :]:
                    if (a, b) not in seen and bin(values[a] ^ values[b]).count("1") <= max_distance:
                        seen.add((a, b))
                        yield a, b
