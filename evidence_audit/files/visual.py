"""The one visual pass over a picture or a scanned page: decode once, at the resolution the
next steps need, and measure from that one decode.

- damage: a truncated or corrupt picture fails to decode (Pillow's lazy decoding would
  otherwise let it pass, and the inspector would open half a grey picture);
- the visual fingerprint (difference hash), to find the same picture filed twice even
  when it was re-saved, resized or recompressed (e.g. sent through WeChat);
- colour statistics that tell a photograph from a page, a screen or a chart;
- smoothness: how much of the picture lies in perfectly even patches. A photograph has
  grain (sensor noise, texture) nearly everywhere; a web graphic, a banner, an icon or a
  map is drawn, with even areas of one colour;
- transparency and vivid colour: a logo or an icon has transparent pixels (a photograph
  never has), a poster or a banner large fields of pure, bright colour (a photograph's
  colours are mixed with shade and texture);
- colour count and colour field: a graphic is painted with few colours (a gradient of one
  hue, a dark-mode screen), and a logo, a flat panel or a brand banner lays one colour
  over a large part of it; a photographed surface, even a plain backdrop, is shaded by its
  light and spreads over many neighbouring colours.

JPEG is decoded at a reduced scale (draft mode: the DCT does the shrinking), and images
above the pixel limit are not decoded at all. How much of the picture is text is measured
by the OCR engine's detector on the same decoded image (:mod:`.extract.ocr`).
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageChops, ImageFile, ImageFilter, ImageOps, ImageStat

_SIDE = 8  # a 64-bit hash
_MIN_BITS = 6
_STATS_SIDE = 256  # colour statistics are taken on a picture this small
_EVEN = 2  # grey levels a patch may span and still be even (JPEG noise is about 1–2)
_VIVID = 204  # saturation and value (0..255) of a pure, bright colour: 80%
_LEVEL = 0xF8  # colours are counted with 32 levels per channel (JPEG noise stays in one)
_BLACK = 40  # a colour with every channel under this is near-black (a dark photo's shadows)
_WHITE = 224  # ... with every channel at least this, near-white (paper, an overexposed wall)
#: where :func:`decode` notes the share of transparent pixels of the picture it flattened
TRANSPARENT = "evidence_audit.transparent"


class Damaged(Exception):
    """The picture's data is truncated or corrupt: what decodes is not the whole picture."""


@dataclass(frozen=True, slots=True)
class Stats:
    """Colour statistics of a picture, each from 0 to 1."""

    colourfulness: float  # mean saturation: photos are colourful, pages and charts are not
    white: float  # share of near-white pixels: the paper of a page, a web page's background
    flat: float  # share of pixels in the few commonest colours: screens and charts are flat
    edges: float  # share of sharp-edged pixels: text and line art have many
    #: share of pixels whose 3×3 neighbourhood spans at most _EVEN grey levels (on the small
    #: copy): a photograph's grain leaves few (usually under 10%), drawn graphics many
    smooth: float = 0.0
    #: share of transparent pixels (alpha under half) before the picture was put on white:
    #: logos, icons and stickers have them, photographs never
    transparent: float = 0.0
    #: share of pixels of pure, bright colour (saturation and value both at least _VIVID, on
    #: the small copy): posters, banners and logos have fields of it, photographs little
    vivid: float = 0.0
    #: distinct colours (32 levels per channel) on the small copy: a photograph has
    #: thousands, a gradient or a screen a few hundred
    colours: int = 0
    #: share of the commonest of those colours, near-black and near-white aside: a drawn
    #: field of one colour (a logo, a flat panel); light shades a photographed surface
    field: float = 0.0


def decode(stream: BinaryIO, min_side: int, max_pixels: int, formats: Sequence[str]) -> Image.Image:
    """The whole picture decoded, its long side reduced to about ``min_side`` where the
    format can do so cheaply (JPEG draft mode); RGB or L.

    Raises :class:`Damaged` when the data ends early or is corrupt.
    """
    stream.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image: Image.Image = Image.open(stream, formats=list(formats))
        if image.width * image.height > max_pixels:
            raise ValueError("image above the pixel limit")
        if image.format == "JPEG" and max(image.size) > min_side:
            scale = min_side / max(image.size)
            image.draft("RGB", (round(image.width * scale), round(image.height * scale)))
        previous = ImageFile.LOAD_TRUNCATED_IMAGES
        if previous:  # someone else's global setting must not hide damage from us
            ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            image.load()
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise Damaged(str(exc)) from exc
        except Exception as exc:  # zlib.error and others: a broken data stream
            raise Damaged(f"{type(exc).__name__}: {exc}") from exc
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = previous
    # A phone held sideways stores the picture sideways and says so in EXIF: turn it upright,
    # or the text of a photographed page would run down the picture.
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "L"):
        image = _flatten(image)
    return image


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparency (a PNG screenshot's, a logo's) shown as a page shows it;
    the share of transparent pixels is noted in the result's ``info[TRANSPARENT]``."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        page = Image.new("RGB", rgba.size, (255, 255, 255))
        page.paste(rgba, mask=alpha)
        clear = sum(alpha.histogram()[:128])
        page.info[TRANSPARENT] = round(clear / (rgba.width * rgba.height or 1), 4)
        return page
    if image.mode in ("1", "I;16", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")


def fingerprint(image: Image.Image) -> str | None:
    """The 64-bit difference hash of a decoded picture as 16 hex digits; None when flat."""
    # Reduced by whole factors first (box averages), then resampled: the cost of a few
    # thousand pixels, not of the whole decode.
    small = image.resize((_SIDE + 1, _SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    pixels = small.convert("L").tobytes()  # one byte per pixel in mode L
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


def stats(image: Image.Image) -> Stats:
    """Colour statistics of a decoded picture (taken on a small copy)."""
    scale = min(1.0, _STATS_SIDE / max(image.size))
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    small = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    rgb = small.convert("RGB")
    grey = small.convert("L")
    total = small.width * small.height or 1
    _, sat, value = rgb.convert("HSV").split()
    saturation = ImageStat.Stat(sat).mean[0] / 255
    pure = ImageChops.darker(  # both saturated and bright
        sat.point(lambda v: 255 if v >= _VIVID else 0),
        value.point(lambda v: 255 if v >= _VIVID else 0),
    )
    vivid = pure.histogram()[255] / total
    white = sum(grey.point(lambda v: 255 if v >= 225 else 0).histogram()[255:]) / total
    quantised = rgb.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    counts = sorted(quantised.histogram(), reverse=True)
    flat = sum(counts[:4]) / total
    edges = grey.filter(ImageFilter.FIND_EDGES).point(lambda v: 255 if v >= 96 else 0)
    sharp = edges.histogram()[255] / total
    spread = ImageChops.subtract(
        grey.filter(ImageFilter.MaxFilter(3)), grey.filter(ImageFilter.MinFilter(3))
    )
    even = sum(spread.histogram()[: _EVEN + 1]) / total
    colours, field = _palette(rgb, total)
    return Stats(
        round(saturation, 3),
        round(white, 3),
        round(flat, 3),
        round(sharp, 3),
        round(even, 3),
        transparent=round(float(image.info.get(TRANSPARENT, 0.0)), 3),
        vivid=round(vivid, 3),
        colours=colours,
        field=round(field, 3),
    )


def _palette(rgb: Image.Image, total: int) -> tuple[int, float]:
    """How many colours (32 levels per channel) a small RGB copy holds, and the share of
    its commonest colour that is neither near-black nor near-white."""
    levels = rgb.point(lambda v: v & _LEVEL).getcolors(maxcolors=total + 1) or []
    commonest = 0
    for count, colour in levels:
        channels = colour if isinstance(colour, tuple) else (int(colour),)
        if max(channels) < _BLACK or min(channels) >= _WHITE:
            continue
        commonest = max(commonest, count)
    return len(levels), commonest / total


def dhash(stream: BinaryIO, max_pixels: int) -> str | None:
    """The difference hash of an image file, or None if it is unreadable or flat."""
    try:
        image = decode(stream, _SIDE * 8, max_pixels, ("JPEG", "PNG", "TIFF", "WEBP", "BMP", "GIF"))
    except Exception:  # a damaged image simply has no fingerprint
        return None
    return fingerprint(image)


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
