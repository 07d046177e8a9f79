"""pypdf or pypdfium2 for the PDF text layer? A measured comparison on Chinese documents.

    pip install pypdfium2   # only for this comparison; the tool depends on pypdf
    python bench/pdf_readers.py [--docs 40] [--pages 5]

Writes Chinese official-document PDFs with reportlab (CID font STSong-Light, as office
PDF printers embed CJK text), plus the PDFs of sample_archive/, and reports per library:
seconds per document, and how much of the known text comes back (character accuracy,
ignoring white space and line breaks).
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LINES = [
    "青溪县人民政府办公室文件",
    "青政办发〔2019〕12号",
    "关于印发青溪县东西部扶贫协作资金管理办法的通知",
    "各乡镇人民政府，县直各部门：",
    "为规范东西部扶贫协作资金和项目管理，提高资金使用效益，现将有关事项通知如下。",
    "一、资金主要用于产业扶贫、就业扶贫和贫困村基础设施建设，重点向深度贫困村倾斜。",
    "二、项目实行公告公示制度，接受群众监督；资金实行专账核算，严禁挤占挪用。",
    "三、各乡镇要于2019年12月20日前报送资金使用台账（万元），确保数据真实准确。",
    "青溪县人民政府办公室",
    "2019年5月12日",
]


def make_pdf(rng: random.Random, pages: int) -> tuple[bytes, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    text = []
    for _ in range(pages):
        c.setFont("STSong-Light", 12)
        y = 780
        for line in rng.sample(LINES, len(LINES)):
            c.drawString(60, y, line)
            text.append(line)
            y -= 24
        c.showPage()
    c.save()
    return buf.getvalue(), "".join(text)


def with_pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def with_pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def accuracy(expected: str, got: str) -> float:
    squeeze = re.compile(r"\s+")
    a, b = squeeze.sub("", expected), squeeze.sub("", got)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if a else 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    docs = [make_pdf(rng, args.pages) for _ in range(args.docs)]
    samples = [p.read_bytes() for p in sorted((ROOT / "sample_archive").rglob("*.pdf"))]
    readers: dict[str, Callable[[bytes], str]] = {"pypdf": with_pypdf, "pypdfium2": with_pdfium}
    print(f"{args.docs} generated PDFs × {args.pages} pages, {len(samples)} sample PDFs")
    for name, read in readers.items():
        try:
            read(docs[0][0])
        except ImportError as exc:
            print(f"{name}: not installed ({exc})", file=sys.stderr)
            continue
        times, scores = [], []
        for data, text in docs:
            start = time.perf_counter()
            got = read(data)
            times.append(time.perf_counter() - start)
            scores.append(accuracy(text, got))
        start = time.perf_counter()
        sample_chars = sum(len(read(d)) for d in samples)
        sample_seconds = time.perf_counter() - start
        print(
            f"{name:10s} {statistics.mean(times) * 1000:7.1f} ms/doc (median "
            f"{statistics.median(times) * 1000:.1f}), text accuracy {statistics.mean(scores):.3%}"
            f" (min {min(scores):.3%}); sample PDFs: {sample_chars} chars in {sample_seconds:.2f} s"
        )


if __name__ == "__main__":
    main()
