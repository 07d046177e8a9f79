"""Speed of OCR in a sweep: the same archive audited with and without OCR, in one run.

    python bench/ocr_speed.py [--files 400] [--runs 3] [--jobs 2]

The archive is built in a temporary folder: about one file in ten is a scanned page (a
公文 scanned to JPG or to an image-only PDF, bench/scans.py), one in four a picture (event
photos with EXIF and a banner, photos forwarded without EXIF, screenshots of news pages
and chats, charts), the rest the sample archive's documents and ledgers, copied over as
many units as needed. Prints, per run, the sweep time with and without OCR and their
ratio; then, read file by file in one process, the seconds per scanned page and per
picture with and without OCR.
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import pictures  # noqa: E402  (tests/pictures.py: the same drawings as the tests)
import scans  # noqa: E402
from PIL import Image  # noqa: E402

from evidence_audit import audit, load_ruleset  # noqa: E402
from evidence_audit.files.extract import ocr as ocr_module  # noqa: E402
from evidence_audit.files.extract.base import Limits  # noqa: E402
from evidence_audit.files.scan import FileEntry  # noqa: E402
from evidence_audit.judge.analyze import analyze_file  # noqa: E402

COUNTIES = ("青溪县", "石岭县", "金竹县", "白沙县", "龙湾县", "凤栖市", "云台县")


def _scan_pdf(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "PDF", resolution=200.0)
    return out.getvalue()


def _jpeg(image: Image.Image, quality: int = 82) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def build(target: Path, files: int) -> dict[str, list[Path]]:
    """Write the archive; returns the paths of each category."""
    sample = [
        p
        for p in sorted((ROOT / "sample_archive").rglob("*"))
        if p.is_file() and p.suffix.lower() not in (".jpg", ".jpeg", ".png")
    ]
    n_scans, n_pictures = files // 10, files // 4
    n_docs = files - n_scans - n_pictures
    made: dict[str, list[Path]] = {"scan": [], "picture": [], "document": []}

    def place(i: int, name: str, data: bytes, what: str) -> None:
        path = target / COUNTIES[i % len(COUNTIES)] / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        made[what].append(path)

    for i in range(n_scans):
        ideal, _ = scans.page(i)
        scanned = scans.scanned(ideal, i, phone=i % 4 == 3)
        if i % 2:
            place(i, f"扫描件/扫描{i:04d}.pdf", _scan_pdf(scanned), "scan")
        else:
            place(i, f"扫描件/扫描{i:04d}.jpg", _jpeg(scanned), "scan")
    banners = ("东西部扶贫协作高层联席会议", "劳务协作对接座谈会", "消费扶贫产品展销会")
    for i in range(n_pictures):
        kind = i % 20
        if kind < 14:  # camera photos of events
            data = pictures.event_photo(banners[i % 3], seed=i)
            place(i, f"照片/IMG_2019{i:04d}.jpg", data, "picture")
        elif kind < 16:  # the same, forwarded by WeChat: EXIF gone
            plain = Image.open(io.BytesIO(pictures.event_photo(banners[i % 3], seed=i)))
            place(i, f"照片/微信图片_{i:04d}.jpg", _jpeg(plain.convert("RGB"), 75), "picture")
        elif kind < 18:
            place(i, f"新闻/截图{i:04d}.png", pictures.news_screenshot(), "picture")
        elif kind < 19:
            place(i, f"其他/聊天记录{i:04d}.png", pictures.chat_screenshot(), "picture")
        else:
            place(i, f"其他/图表{i:04d}.png", pictures.chart_png(), "picture")
    for i in range(n_docs):
        source = sample[i % len(sample)]
        place(i, f"资料/{i:04d}{source.suffix}", source.read_bytes(), "document")
    return made


def sweep(archive: Path, jobs: int, ocr: bool) -> tuple[float, float]:
    """Seconds of the sweep, and CPU seconds spent by this process and its workers (the
    fairer measure on a machine shared with other work)."""
    before = _cpu()
    start = time.perf_counter()
    audit(archive, jobs=jobs, ocr=ocr)
    return time.perf_counter() - start, _cpu() - before


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def per_file(archive: Path, paths: list[Path], ocr: bool) -> tuple[float, float, dict[str, float]]:
    """Median and mean CPU seconds to analyse one of these files, in a worker process as a
    sweep's (the OCR engine then runs one thread: the sweep runs one worker per core), and
    the CPU seconds of all of them, and of the OCR engine's two networks among them."""
    with ProcessPoolExecutor(1) as pool:
        return pool.submit(_per_file, archive, paths, ocr).result()


def _per_file(archive: Path, paths: list[Path], ocr: bool) -> tuple[float, float, dict[str, float]]:
    rules = load_ruleset()
    limits = Limits(ocr=ocr)
    spent = _timed_engine() if ocr else {}
    times = []
    for path in paths:
        relative = path.relative_to(archive).as_posix()
        entry = FileEntry(relative, relative.split("/", 1)[0], str(path))
        start = time.process_time()
        analyze_file(entry, rules, limits)
        times.append(time.process_time() - start)
    spent["total"] = sum(times)
    return statistics.median(times), statistics.mean(times), spent


def _timed_engine() -> dict[str, float]:
    """Count the CPU seconds of the detector and of the recognisers (each with its own pre-
    and post-processing) as they run: where OCR's time goes."""
    engine = ocr_module._engine()
    spent = {
        "detect": 0.0,
        "detected": 0.0,
        "quick": 0.0,
        "quick_read": 0.0,
        "careful": 0.0,
        "careful_read": 0.0,
    }
    if engine is None:
        return spent
    detect, run = engine.detect, engine.run

    def timed_detect(rgb: Any) -> Any:
        start = time.process_time()
        try:
            return detect(rgb)
        finally:
            spent["detect"] += time.process_time() - start
            spent["detected"] += 1

    def timed_run(session: Any, alphabet: list[str], line: Any, squeeze: float) -> Any:
        which = "quick" if engine.quick is not None and session is engine.quick[0] else "careful"
        start = time.process_time()
        try:
            return run(session, alphabet, line, squeeze)
        finally:
            spent[which] += time.process_time() - start
            spent[f"{which}_read"] += 1

    engine.detect = timed_detect  # type: ignore[method-assign]
    engine.run = timed_run  # type: ignore[method-assign]
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        made = build(archive, args.files)
        total = sum(len(v) for v in made.values())
        size = sum(p.stat().st_size for v in made.values() for p in v)
        print(
            f"archive: {total} files, {size / 1e6:.0f} MB: {len(made['scan'])} scanned pages, "
            f"{len(made['picture'])} pictures, {len(made['document'])} other files"
        )
        sweep(archive, args.jobs, True)  # warm up: models and files in the page cache
        ratios, cpu_ratios = [], []
        for run in range(1, args.runs + 1):
            without, without_cpu = sweep(archive, args.jobs, False)
            with_ocr, with_cpu = sweep(archive, args.jobs, True)
            ratios.append(with_ocr / without)
            cpu_ratios.append(with_cpu / without_cpu)
            print(
                f"run {run} (jobs={args.jobs}): without OCR {without:.1f} s ({without_cpu:.1f} "
                f"CPU s), with OCR {with_ocr:.1f} s ({with_cpu:.1f} CPU s): "
                f"{with_ocr / without:.1f}× ({with_cpu / without_cpu:.1f}× in CPU time)"
            )
        print(
            f"over {args.runs} runs: {min(ratios):.1f}–{max(ratios):.1f}× "
            f"({min(cpu_ratios):.1f}–{max(cpu_ratios):.1f}× in CPU time)"
        )
        for what in ("scan", "picture"):
            plain = per_file(archive, made[what], False)
            read = per_file(archive, made[what], True)
            label = "scanned page" if what == "scan" else "picture"
            print(
                f"per {label} (CPU seconds, one process): median {read[0]:.2f} s with OCR, "
                f"{plain[0]:.3f} s without; mean {read[1]:.2f} s with OCR, {plain[1]:.3f} s without"
            )
            spent, added = read[2], read[2]["total"] - plain[2]["total"]
            rest = added - spent["detect"] - spent["quick"] - spent["careful"]
            print(
                f"  OCR added {added:.1f} CPU s over {len(made[what])} files: the detector "
                f"{spent['detect']:.1f} s ({spent['detected']:.0f} runs), the quick recogniser "
                f"{spent['quick']:.1f} s ({spent['quick_read']:.0f} line pieces), the careful "
                f"one {spent['careful']:.1f} s ({spent['careful_read']:.0f} line pieces), the "
                f"rest {rest:.1f} s (decoding and rendering for the recogniser, cropping, layout)"
            )
        shutil.rmtree(archive)


if __name__ == "__main__":
    main()
