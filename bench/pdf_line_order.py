"""What putting each PDF line's characters in order costs (round 167 of bench/corpus/rounds.md).

    python bench/pdf_line_order.py FOLDER [--runs 5]

Reads the text layer of every PDF under ``FOLDER`` (at most the reader's page limit) two
ways, ``--runs`` times each: PDFium's text as drawn (``get_text_range``), and the reader's
text with each line in the order its characters stand (``_in_reading_order``). Prints the
minimum and median seconds of each over all the files, and how many lines were reordered.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from evidence_audit.files.extract._pdf import MAX_PAGES, _in_reading_order


def _pages(folder: Path) -> list[pdfium.PdfDocument]:
    docs = []
    for path in sorted(folder.rglob("*.pdf")):
        try:
            docs.append(pdfium.PdfDocument(path.read_bytes()))
        except pdfium.PdfiumError:
            continue
    return docs


def _time(docs: list[pdfium.PdfDocument], read: Callable[[pdfium.PdfTextPage], str]) -> float:
    start = time.perf_counter()
    for pdf in docs:
        for index in range(min(len(pdf), MAX_PAGES)):
            textpage = pdf[index].get_textpage()
            read(textpage)
            textpage.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    docs = _pages(args.folder)
    ways: dict[str, Callable[[pdfium.PdfTextPage], str]] = {
        "as drawn": lambda tp: str(tp.get_text_range()),
        "lines in order": _in_reading_order,
    }
    for name, read in ways.items():
        runs = [_time(docs, read) for _ in range(args.runs)]
        print(f"{name}: min {min(runs):.2f} s, median {statistics.median(runs):.2f} s")
    reordered = 0
    for pdf in docs:
        for index in range(min(len(pdf), MAX_PAGES)):
            textpage = pdf[index].get_textpage()
            drawn = str(textpage.get_text_range()).splitlines()
            ordered = _in_reading_order(textpage).splitlines()
            reordered += sum(a != b for a, b in zip(drawn, ordered, strict=False))
            textpage.close()
    print(f"{len(docs)} PDFs, {reordered} lines reordered")


if __name__ == "__main__":
    main()
