"""Pictures through Pillow: size and EXIF from the header, then the one visual pass
(:mod:`..visual`): the pixels decoded once, damage found, fingerprint and colour
statistics taken, and the text read by OCR (:mod:`.ocr`) from the same decode."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import warnings
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any, BinaryIO

from PIL import Image

from ...errors import ExtractionError
from .. import _faces, visual
from . import ocr
from .base import Extraction, ImageInfo, Limits, PictureFacts, Reader

__all__ = ["READERS", "exif_datetime", "read_image"]

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATE_TAGS = ((_EXIF_IFD, 36867, "DateTimeOriginal"), (_EXIF_IFD, 36868, "DateTimeDigitized"))
_DATETIME, _MAKE, _MODEL, _SOFTWARE = 306, 271, 272, 305
_EXPOSURE_TAGS = (33434, 33437, 34855)  # ExposureTime, FNumber, ISOSpeedRatings
#: Long side a picture is decoded at: at least enough for the text detector, the colour
#: statistics and the fingerprint (JPEG's draft mode decodes at 1/2, 1/4 or 1/8 of the
#: size for almost nothing), and enough for the recogniser to read a page's text, when it
#: has lines to read.
SMALL_SIDE = ocr.DETECT_SIDE
OCR_SIDE = 1600

#: Pillow format names accepted for each format id (JPEG's opener also gives MPO files).
_PIL_FORMATS: Mapping[str, tuple[str, ...]] = {
    "jpeg": ("JPEG",),
    "png": ("PNG",),
    "tiff": ("TIFF",),
    "webp": ("WEBP",),
    "bmp": ("BMP", "DIB"),
    "gif": ("GIF",),
    "heic": ("HEIF",),
}


@functools.cache
def _heif_available() -> bool:
    """Register pillow-heif's opener with Pillow, once; False when it is not installed."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    return value.replace("\x00", "").strip() or None


def exif_datetime(value: Any) -> str | None:
    """EXIF "2019:05:12 09:30:12" as "2019-05-12T09:30:12"; None for zeros or garbage."""
    text = _text(value)
    if text is None:
        return None
    text = text[:19]
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).isoformat()
        except ValueError:
            continue
    return None


def _image_info(im: Image.Image) -> ImageInfo:
    width, height = im.size
    try:
        # Image.getexif of the base class reads only what the header gave: PngImageFile's
        # own getexif would load (decode) the whole image to look for a late eXIf chunk.
        exif = Image.Image.getexif(im)
        exif.get_ifd(_EXIF_IFD)
        exif.get_ifd(_GPS_IFD)
    except Exception:  # a broken EXIF block still leaves a usable picture and its size
        exif = Image.Exif()
    taken = taken_tag = None
    for ifd, tag, name in _DATE_TAGS:
        taken = exif_datetime(exif.get_ifd(ifd).get(tag))
        if taken:
            taken_tag = name
            break
    if taken is None and (taken := exif_datetime(exif.get(_DATETIME))):
        taken_tag = "DateTime"
    make, model = _text(exif.get(_MAKE)), _text(exif.get(_MODEL))
    if make and model and model.lower().startswith(make.lower()):
        make = None  # "Canon" + "Canon EOS 80D" reads "Canon EOS 80D"
    camera = " ".join(p for p in (make, model) if p) or None
    shot = exif.get_ifd(_EXIF_IFD)
    return ImageInfo(
        exposure=any(shot.get(tag) not in (None, 0, "") for tag in _EXPOSURE_TAGS),
        width=width,
        height=height,
        camera=camera,
        software=_text(exif.get(_SOFTWARE)),
        has_gps=bool(exif.get_ifd(_GPS_IFD)),
        taken=taken,
        taken_tag=taken_tag,
    )


def read_image(stream: BinaryIO, limits: Limits, fmt: str) -> Extraction:
    """Dimensions, camera, software, GPS presence and capture date of one image."""
    if fmt == "heic" and not _heif_available():
        raise ExtractionError("unsupported_format", "未安装 pillow-heif，无法读取 HEIC 图片")
    stream.seek(0)
    try:
        with warnings.catch_warnings():
            # Our own limit below decides; Pillow's global MAX_IMAGE_PIXELS is left alone.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(stream, formats=list(_PIL_FORMATS[fmt]))
    except Image.DecompressionBombError as exc:
        raise ExtractionError("image_too_large", f"图片像素数过大，未解码（{exc}）") from exc
    with im:
        width, height = im.size
        if width * height > limits.max_image_pixels:
            raise ExtractionError(
                "image_too_large", f"图片像素数超过上限（{width}×{height}），未解码"
            )
        info = _image_info(im)
    return _look(stream, limits, fmt, info)


def _look(stream: BinaryIO, limits: Limits, fmt: str, info: ImageInfo) -> Extraction:
    """The visual pass: decode once (small), then fingerprint, statistics and text lines;
    the picture is decoded sharp only if a line of it is to be recognised."""
    reading = limits.ocr and ocr.available()
    key = _digest(stream) if reading else None
    with _LAST_LOCK:
        seen = _LAST.get(key) if key is not None else None
    if seen is None:  # not this picture again, read in part a moment ago
        picture = _decode(stream, SMALL_SIDE, limits, fmt)
        stats = visual.stats(picture)
        facts = PictureFacts(
            stats.colourfulness,
            stats.white,
            stats.flat,
            stats.edges,
            smooth=stats.smooth,
            transparent=stats.transparent,
            vivid=stats.vivid,
            colours=stats.colours,
            field=stats.field,
            faces=_faces.count_faces(picture),
        )
        seen = (picture, facts, visual.fingerprint(picture))
        if key is not None:
            with _LAST_LOCK:
                _LAST.clear()
                _LAST[key] = seen
    picture, facts, fingerprint = seen
    text = ""
    if reading:
        full = max(info.width, info.height)

        def sharp() -> Image.Image:
            if max(picture.size) >= min(full, OCR_SIDE):  # decoded whole already (PNG...)
                return picture
            return _decode(stream, OCR_SIDE, limits, fmt)

        page = ocr.read_page(picture, whole=limits.ocr_whole, key=key, sharp=sharp, large=True)
        text = page.text
        facts = replace(
            facts,
            text_coverage=page.coverage,
            text_lines=page.lines,
            tallest_text=page.tallest,
            large_text=page.large,
            read=page.read,
        )
    info = replace(info, visual_hash=fingerprint, facts=facts)
    # Lines found but not all recognised: the caller may want the rest (ocr_whole).
    partial = facts.read in ("none", "head_end") and bool(facts.text_lines)
    return Extraction(text=text[: limits.text_chars], image=info, pages=None, ocr_partial=partial)


def _decode(stream: BinaryIO, side: int, limits: Limits, fmt: str) -> Image.Image:
    try:
        return visual.decode(stream, side, limits.max_image_pixels, _PIL_FORMATS[fmt])
    except visual.Damaged as exc:
        raise ExtractionError(
            "unreadable",
            f"图片已损坏（数据不完整或出错），打开后只能看到部分画面或无法显示（{exc}）",
        ) from exc


#: The last picture decoded in this process (by its digest), with its measures: read again
#: whole, it is not decoded, measured or detected again.
_LAST: dict[bytes, tuple[Image.Image, PictureFacts, str | None]] = {}
_LAST_LOCK = threading.Lock()  # files may be read by several threads of one process (Dask)


def _digest(stream: BinaryIO) -> bytes:
    stream.seek(0)
    digest = hashlib.blake2b(digest_size=16)
    while chunk := stream.read(1 << 20):
        digest.update(chunk)
    stream.seek(0)
    return digest.digest()


def _reader(fmt: str) -> Reader:
    def read(stream: BinaryIO, limits: Limits) -> Extraction:
        return read_image(stream, limits, fmt)

    read.__name__ = read.__qualname__ = f"read_{fmt}"
    read.__doc__ = f"Read a {fmt} image (see :func:`read_image`)."
    return read


#: One reader per image format id.
READERS: Mapping[str, Reader] = MappingProxyType({fmt: _reader(fmt) for fmt in _PIL_FORMATS})
