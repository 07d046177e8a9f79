"""Optical character recognition of pictures and scanned pages with RapidOCR: PaddleOCR's
PP-OCR models (text detection and recognition) run by ONNX Runtime.

Chosen by measurement over Tesseract (bench/ocr_engines.py, README): it installs with
``pip`` alone, its models ship inside its wheel (nothing is downloaded at run time, so it
works on an offline Windows machine), and it reads official-document headers better.

Reading costs little because little is read:

1. the detector finds the text lines on a small copy of the picture (its share of the
   picture is the *text coverage*);
2. only the lines that decide what a document is are recognised: the head of a page
   (发文机关标志, 发文字号, title, 主送) and its end (署名, 成文日期), told apart from the
   body by their layout; on a picture with a line or two of text (a banner on an event
   photo) only those lines;
3. the whole text only when asked for (``whole=True``).

The engine is loaded once per process, on first use.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PIL import Image

__all__ = ["PageText", "available", "engine_id", "read_page"]

#: Long side of the copy the detector looks at (the recogniser reads the full decode):
#: as many lines are found on scanned pages as at 640, at half the cost.
DETECT_SIDE = 480
#: A page with at most this many lines is read whole: choosing would save nothing.
SHORT_PAGE = 10
HEAD_LINES = 8
END_LINES = 4
BANNER_LINES = 2
#: Each line is cropped this many line-heights longer at both ends.
WIDEN = 0.3
#: Recognised text less sure than this is left out.
MIN_SCORE = 0.5
#: The top of a phone screenshot holding the clock and the signal bars.
STATUS_BAR = 0.035
#: No line of text is taller than this share of the picture.
MAX_LINE = 0.15
#: Text covering less of a picture than this is a banner or a sign, not a page.
SPARSE = 0.05
_MODEL = "PP-OCRv6 small"
_SENTENCE_END = ("。", "！", "？", "：", "；", ":", "!", "?")


@dataclass(frozen=True, slots=True)
class PageText:
    """What OCR found on one picture or page."""

    text: str  # the recognised lines, top to bottom
    coverage: float  # share of the picture covered by text lines, 0..1
    lines: int  # text lines detected
    read: str  # which lines were recognised: none | banner | head_end | all
    tallest: float = 0.0  # height of the tallest text line / picture height


@dataclass(frozen=True, slots=True, eq=False)
class _Row:
    x0: float
    y0: float
    x1: float
    y1: float
    boxes: tuple[Any, ...]  # the detector's quadrilaterals making up this line

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@cache
def _engine() -> Any:
    """The RapidOCR engine, built once per process; None when it is not installed."""
    if importlib.util.find_spec("onnxruntime") is None:  # RapidOCR's engine: nothing runs
        return None
    try:
        from rapidocr import RapidOCR
    except ImportError:
        return None
    in_worker = multiprocessing.parent_process() is not None
    threads = 1 if in_worker else min(4, os.cpu_count() or 1)
    return RapidOCR(
        params={
            "Global.log_level": "critical",
            "Global.use_cls": False,  # pages and banners are upright; the classifier costs
            "Det.limit_type": "max",
            "Det.limit_side_len": DETECT_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,  # faster, measured
        }
    )


def available() -> bool:
    """True when the OCR engine can be used."""
    return engine_id() is not None


@cache
def engine_id() -> str | None:
    """Which engine and models read the text ("rapidocr 3.10.0 PP-OCRv6 small"), or None."""
    if _engine() is None:
        return None
    from importlib.metadata import version

    return f"rapidocr {version('rapidocr')} {_MODEL}"


def read_page(image: Image.Image, *, whole: bool = False) -> PageText:
    """Detect the text lines of a decoded picture, and recognise those that matter."""
    engine = _engine()
    if engine is None:
        return PageText("", 0.0, 0, "none")
    key = _page_key(image)
    if whole and _LAST.get("key") == key:
        # The same page read again in whole: its lines were found, and its head and end
        # recognised, a moment ago.
        return _whole_again(engine, image)
    _LAST.clear()
    pixels = _bgr(image)
    small = image
    if max(image.size) > DETECT_SIDE:
        small = image.copy()
        small.thumbnail((DETECT_SIDE, DETECT_SIDE), Image.Resampling.BILINEAR)
    found = engine(_bgr(small), use_det=True, use_cls=False, use_rec=False)
    scale = image.width / small.width
    boxes = [] if found.boxes is None else [box * scale for box in found.boxes]
    # A box a seventh of the picture tall is no line of text (the detector, shown a
    # blank picture, may outline all of it).
    rows = [r for r in _rows(boxes) if r.height <= MAX_LINE * image.height]
    if image.height >= 1.6 * image.width:  # a phone screen: its status bar is not the page
        rows = [r for r in rows if (r.y0 + r.y1) / 2 > STATUS_BAR * image.height]
    area = float(image.width * image.height) or 1.0
    coverage = min(1.0, sum(r.width * r.height for r in rows) / area)
    tallest = max((r.height for r in rows), default=0.0) / (image.height or 1)
    if not rows:
        return PageText("", 0.0, 0, "none")
    chosen, read = _choose(rows, coverage, whole)
    lines = dict(
        zip((rows.index(r) for r in chosen), _recognise(engine, pixels, chosen), strict=True)
    )
    _LAST.update(key=key, rows=rows, lines=lines, pixels=pixels, coverage=coverage, tallest=tallest)
    return PageText(_assemble(rows, lines), round(coverage, 4), len(rows), read, round(tallest, 4))


#: The last page read in part, in this process: read whole next, it is not detected again.
_LAST: dict[str, Any] = {}


def _page_key(image: Image.Image) -> tuple[Any, ...]:
    return (image.size, image.mode, image.resize((16, 16)).tobytes())


def _whole_again(engine: Any, image: Image.Image) -> PageText:
    rows: list[_Row] = _LAST["rows"]
    lines: dict[int, str] = _LAST["lines"]
    missing = [i for i in range(len(rows)) if i not in lines]
    lines.update(
        zip(missing, _recognise(engine, _LAST["pixels"], [rows[i] for i in missing]), strict=True)
    )
    coverage, tallest = _LAST["coverage"], _LAST["tallest"]
    _LAST.clear()
    return PageText(_assemble(rows, lines), round(coverage, 4), len(rows), "all", round(tallest, 4))


def _assemble(rows: Sequence[_Row], lines: dict[int, str]) -> str:
    """The recognised lines top to bottom. A line running to the margin goes on in the
    next one: a wrapped paragraph is one line of text, so no word is cut in two."""
    goes_on = _goes_on(rows)
    text = ""
    previous = -2
    for index in sorted(lines):
        line = lines[index]
        if not line:
            continue
        joined = (
            text
            and previous == index - 1
            and goes_on[previous]
            and not text.endswith(_SENTENCE_END)
        )
        text += line if joined or not text else "\n" + line
        previous = index
    return text


def _choose(rows: Sequence[_Row], coverage: float, whole: bool) -> tuple[list[_Row], str]:
    """The lines worth recognising, in reading order, and which part they are."""
    if whole or len(rows) <= BANNER_LINES:
        return list(rows), "all"
    if coverage < SPARSE:  # a photo with some writing in it: its biggest lines (a banner)
        biggest = sorted(rows, key=lambda r: -r.width * r.height)[:BANNER_LINES]
        return [r for r in rows if r in biggest], "banner"
    if len(rows) <= SHORT_PAGE:
        return list(rows), "all"
    full = _full_width(rows)
    # The body is where full-width lines follow each other; a title's first lines may be
    # as wide, but a title has no three.
    starts = [i for i in range(len(rows) - 2) if full[i] and full[i + 1] and full[i + 2]]
    if not starts:
        return [*rows[:HEAD_LINES], *rows[-END_LINES:]], "head_end"
    first = starts[0]
    last = max(i for i in range(len(rows)) if full[i])
    head = list(rows[: max(3, min(first, HEAD_LINES))])
    end = [r for r in rows[last + 1 :][-END_LINES:] if r not in head]
    if not end:
        end = [r for r in rows[-2:] if r not in head]
    return [*head, *end], "head_end"


def _full_width(rows: Sequence[_Row]) -> list[bool]:
    """Which lines run from margin to margin at the usual height (body text, long titles)."""
    if not rows:
        return []
    heights = sorted(r.height for r in rows)
    median = heights[len(heights) // 2]
    span = max(r.x1 for r in rows) - min(r.x0 for r in rows)
    return [r.width >= 0.8 * span and 0.7 * median <= r.height <= 1.3 * median for r in rows]


def _goes_on(rows: Sequence[_Row]) -> list[bool]:
    """Which lines go on in the next one: they end at the right margin, and the next
    starts at the left margin at the same height (a centred title never does)."""
    if not rows:
        return []
    left, right = min(r.x0 for r in rows), max(r.x1 for r in rows)
    slack = 0.03 * (right - left)
    full = _full_width(rows)
    return [
        i + 1 < len(rows)
        and full[i]
        and row.x1 >= right - slack
        and rows[i + 1].x0 <= left + slack
        and abs(rows[i + 1].height - row.height) <= 0.2 * row.height
        for i, row in enumerate(rows)
    ]


def _rows(boxes: Sequence[Any]) -> list[_Row]:
    """The detected boxes grouped into lines (boxes side by side), top to bottom."""
    spans = []
    for box in boxes:
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        spans.append((min(xs), min(ys), max(xs), max(ys), box))
    spans.sort(key=lambda s: (s[1] + s[3]) / 2)
    rows: list[list[Any]] = []
    for span in spans:
        centre = (span[1] + span[3]) / 2
        if rows:
            last = rows[-1]
            top = min(s[1] for s in last)
            bottom = max(s[3] for s in last)
            if top <= centre <= bottom and abs((span[3] - span[1]) - (bottom - top)) < 0.5 * (
                bottom - top
            ):
                last.append(span)
                continue
        rows.append([span])
    out = []
    for members in rows:
        members.sort(key=lambda s: s[0])
        out.append(
            _Row(
                min(s[0] for s in members),
                min(s[1] for s in members),
                max(s[2] for s in members),
                max(s[3] for s in members),
                tuple(_merge(members)),
            )
        )
    return out


def _merge(spans: Sequence[Any]) -> list[Any]:
    """Boxes of one line close enough to be one run of text (a seal or a wide space split
    them) as one box, from the first one's left edge to the last one's right edge."""
    merged: list[Any] = []
    last: Any = None
    for x0, y0, x1, y1, box in spans:
        if last is not None and x0 - last[2] <= (y1 - y0):
            quad = merged[-1].copy()
            quad[1], quad[2] = box[1], box[2]
            merged[-1] = quad
            last = (last[0], last[1], max(last[2], x1), last[3])
            continue
        merged.append(box)
        last = (x0, y0, x1, y1)
    return merged


def _recognise(engine: Any, pixels: Any, rows: Sequence[_Row]) -> list[str]:
    """The text of each line. One crop at a time: batching pads crops to the widest one,
    which costs more than it saves (measured)."""
    out = []
    for row in rows:
        parts = []
        for box in row.boxes:
            crop = _crop(pixels, box)
            if crop.shape[0] < 4 or crop.shape[1] < 4:
                continue
            result = engine.recognize_txt([crop])
            for text, score in zip(result.txts, result.scores, strict=True):
                if text and score >= MIN_SCORE:
                    parts.append(text.strip())
        out.append(_join(parts))
    return out


def _join(parts: Sequence[str]) -> str:
    """Pieces of one line: Chinese runs on, Latin letters and digits keep a space."""
    out = ""
    for part in parts:
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and part[:1].isascii()
            and part[:1].isalnum()
        ):
            out += " "
        out += part
    return out


def _crop(pixels: Any, box: Any) -> Any:
    """The line straightened out of the page (a scan is often a degree or two askew)."""
    try:
        from rapidocr.utils.process_img import get_rotate_crop_image
    except ImportError:  # a future layout of the package: the upright rectangle will do
        xs = [int(p[0]) for p in box]
        ys = [int(p[1]) for p in box]
        return pixels[max(0, min(ys)) : max(ys) + 1, max(0, min(xs)) : max(xs) + 1]
    return get_rotate_crop_image(pixels, _widen(box, pixels.shape))


def _widen(box: Any, shape: tuple[int, ...]) -> Any:
    """The box a little longer at both ends: the detector, on its small copy, may clip the
    first or last character (a seal over a signature does that)."""
    import numpy as np

    quad = box.astype("float32").copy()
    along = quad[1] - quad[0]
    length = float(np.linalg.norm(along)) or 1.0
    height = float(np.linalg.norm(quad[3] - quad[0]))
    step = along / length * (WIDEN * height)
    quad[0] -= step
    quad[3] -= step
    quad[1] += step
    quad[2] += step
    quad[:, 0] = quad[:, 0].clip(0, shape[1] - 1)
    quad[:, 1] = quad[:, 1].clip(0, shape[0] - 1)
    return quad


def _bgr(image: Image.Image) -> Any:
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])
