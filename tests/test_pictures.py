"""What pictures and scans show: photos stay photos, pages and screenshots are read as
documents, charts count for nothing, damaged pictures are flagged and never counted.

The OCR engine is a dependency and a CJK font is installed by .ci/run: in CI these tests
must run, and fail rather than skip when either is missing.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pictures
import pytest
from PIL import Image

from evidence_audit import audit
from evidence_audit.cli import run
from evidence_audit.files.extract import extract
from evidence_audit.files.extract.base import ImageInfo, Limits, PictureFacts
from evidence_audit.files.extract.ocr import available
from evidence_audit.judge.classify import classify_picture, text_could_change
from evidence_audit.models import FileRecord, Report
from evidence_audit.rules.ruleset import load_ruleset

if not available():
    if os.environ.get("CI"):
        pytest.fail("the OCR engine (rapidocr, onnxruntime) must be installed", pytrace=False)
    pytest.skip("the OCR engine is not installed", allow_module_level=True)

BANNER = "东西部扶贫协作高层联席会议"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    unit = root / "青溪县"
    unit.mkdir()
    photo = pictures.event_photo(BANNER)
    files = {
        "IMG_20190512_093012.jpg": photo,
        "Screenshot_20190514.png": pictures.news_screenshot(),
        "微信图片_聊天.png": pictures.chat_screenshot(),
        "扫描0001.jpg": pictures.letter_jpeg(),
        "扫描0002.pdf": pictures.letter_pdf(),
        "图表.png": pictures.chart_png(),
        "IMG_20190513_101500.jpg": pictures.truncated(pictures.event_photo(BANNER, seed=2)),
        "截图_20190515.png": pictures.truncated(pictures.news_screenshot()),
        "扫描0003.jpg": pictures.report_jpeg(),
    }
    for name, data in files.items():
        (unit / name).write_bytes(data)
    return root


@pytest.fixture(scope="module")
def report(archive: Path) -> Report:
    return audit(archive)


def facts(record: FileRecord) -> tuple[str, str | None, str | None, list[str]]:
    return (
        record.kind,
        str(record.date) if record.date else None,
        record.date_source,
        [p.code for p in record.problems],
    )


def test_every_picture_is_what_it_shows(report: Report) -> None:
    got = {r.path.split("/", 1)[1]: facts(r) for r in report.files}
    assert got == {
        # a camera photo of a meeting: a photo, dated by its camera
        "IMG_20190512_093012.jpg": ("photo", "2019-05-12", "exif", []),
        # a news page on a phone: news, dated by the article
        "Screenshot_20190514.png": ("news", "2019-05-14", "published", ["ocr_text"]),
        # a chat: read as a document, it is none of the ruleset's kinds
        "微信图片_聊天.png": ("other", "2019-05-14", "published", ["ocr_text"]),
        # a scanned letter, as JPG and as an image-only PDF: a 函 with its 成文日期
        "扫描0001.jpg": ("letter", "2019-06-18", "signature", ["ocr_text"]),
        "扫描0002.pdf": ("letter", "2019-06-18", "signature", ["ocr_text"]),
        # a chart is no photo
        "图表.png": ("other", None, None, []),
        # damaged pictures: unreadable, and nothing of their pixels is judged
        "IMG_20190513_101500.jpg": ("other", "2019-05-13", "filename", ["unreadable"]),
        "截图_20190515.png": ("other", "2019-05-15", "filename", ["unreadable"]),
        # a scanned report whose head says nothing of 保障: read whole for the item's check
        "扫描0003.jpg": ("report", "2019-10-09", "signature", ["ocr_text"]),
    }


def test_scanned_letter_gives_its_number_and_counts(report: Report) -> None:
    for name in ("扫描0001.jpg", "扫描0002.pdf"):
        doc = report.file(f"青溪县/{name}").doc
        assert (doc.title, doc.doc_number) == (pictures.LETTER_TITLE, pictures.LETTER_NUMBER)
    letters = report.unit("青溪县").item("org.liaison_letters")
    assert (letters.status, letters.files) == (
        "present",
        ("青溪县/扫描0001.jpg", "青溪县/扫描0002.pdf"),
    )


def test_a_photo_is_not_read_when_nothing_needs_its_words(report: Report) -> None:
    photo = report.file("青溪县/IMG_20190512_093012.jpg")
    image = photo.extraction.image
    assert image is not None and image.facts is not None
    # its banner was found (one line, under 5% of the picture) but not recognised: no item
    # of the ruleset checks a photo's words, and they could not make it anything else
    assert (photo.extraction.text, image.facts.read, image.facts.text_lines) == ("", "none", 1)
    assert not any(r.startswith("画面中的文字") for r in photo.classification.reasons)
    photos = report.unit("青溪县").item("org.photos")
    # the screenshot, the chart and the scans are no photos; the damaged one is not counted
    assert (photos.status, photos.found, photos.files) == (
        "insufficient", 1, ("青溪县/IMG_20190512_093012.jpg",),
    )  # fmt: skip
    news = report.unit("青溪县").item("org.news_reports")
    assert (news.status, news.files) == ("present", ("青溪县/Screenshot_20190514.png",))
    assert news.problems == ()  # the damaged screenshot can't be seen: it counts for nothing


def test_a_photo_banner_is_read_when_an_item_checks_its_words(tmp_path: Path) -> None:
    data = json.loads((ROOT / "schemas" / "east-west-2019.json").read_text(encoding="utf-8"))
    for area in data["areas"]:
        for item in area["items"]:
            if item["id"] == "org.photos":
                item["min"] = 1
                item["checks"].append({"check": "mentions", "any": ["联席会议"], "in": ["text"]})
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "a" / "青溪县").mkdir(parents=True)
    (tmp_path / "a" / "青溪县" / "IMG_20190512_093012.jpg").write_bytes(
        pictures.event_photo(BANNER)
    )
    report = audit(tmp_path / "a", rules)
    photo = report.file("青溪县/IMG_20190512_093012.jpg")
    assert photo.extraction.image is not None and photo.extraction.image.facts is not None
    assert (photo.kind, photo.extraction.text, photo.extraction.image.facts.read) == (
        "photo", BANNER, "all",
    )  # fmt: skip
    assert f"画面中的文字：{BANNER}" in photo.classification.reasons
    assert report.unit("青溪县").item("org.photos").status == "present"


def test_words_are_read_when_they_could_change_what_a_picture_shows() -> None:
    rules = load_ruleset()
    measured = PictureFacts(0.05, 0.7, 0.9, 0.05, text_coverage=0.04, text_lines=3)
    # a flat white PNG with a little text: a chart by its measures, but a document's
    # keywords (〔, 特此, 抄送...) would make it a document: its words must be read
    page = ImageInfo(1240, 1754, facts=measured)
    verdict = classify_picture(page, "png", "", rules)
    assert verdict is not None and verdict.picture.id == "chart"
    assert text_could_change(verdict, rules)
    # a camera photo: no words could make it anything else
    camera = ImageInfo(4000, 3000, camera="HUAWEI ELE-AL00", exposure=True,
                       facts=PictureFacts(0.3, 0.02, 0.3, 0.05, text_coverage=0.03, text_lines=1))  # fmt: skip
    verdict = classify_picture(camera, "jpeg", "", rules)
    assert verdict is not None and verdict.picture.id == "photo"
    assert not text_could_change(verdict, rules)


def test_a_head_that_does_not_decide_is_read_whole(report: Report) -> None:
    scan = report.file("青溪县/扫描0003.jpg")
    assert "协调引进企业4家" in scan.extraction.text  # the middle of the body
    assert scan.extraction.image is not None and scan.extraction.image.facts is not None
    assert scan.extraction.image.facts.read == "all"
    support = report.unit("青溪县").item("talent.support_conditions")
    assert (support.status, support.files) == ("present", ("青溪县/扫描0003.jpg",))


def test_only_the_head_and_end_of_a_page_are_recognised() -> None:
    got = extract(io.BytesIO(pictures.letter_jpeg()), "jpeg")
    assert got.ocr_partial and got.image is not None and got.image.facts is not None
    assert got.image.facts.read == "head_end"
    assert got.text.splitlines() == [
        "青溪县人民政府办公室",
        pictures.LETTER_NUMBER,
        "青溪县人民政府办公室关于商请协助开展",
        "劳务协作对接的函",
        "海州市人力资源和社会保障局：",
        "青溪县人民政府办公室",
        pictures.LETTER_DATE,
    ]
    whole = extract(io.BytesIO(pictures.letter_jpeg()), "jpeg", Limits(ocr_whole=True))
    assert "特此函告，盼复。" in whole.text and not whole.ocr_partial


def test_damaged_pictures_are_unreadable() -> None:
    cut_png = pictures.truncated(pictures.chart_png())
    raw = bytearray(pictures.chart_png())  # a broken data stream inside a whole file
    idat = raw.index(b"IDAT")
    raw[idat + 40 : idat + 240] = bytes(200)
    for data, fmt in (
        (pictures.truncated(pictures.event_photo(BANNER)), "jpeg"),
        (cut_png, "png"),
        (bytes(raw), "png"),
    ):
        got = extract(io.BytesIO(data), fmt)
        assert (got.content_read, [p.code for p in got.problems]) == (False, ["unreadable"])
        assert got.problems[0].message.startswith("图片已损坏（数据不完整或出错）")


def test_without_ocr_pictures_are_judged_by_their_look_and_name(archive: Path) -> None:
    report = audit(archive, ocr=False)
    got = {r.path.split("/", 1)[1]: facts(r) for r in report.files}
    assert got["IMG_20190512_093012.jpg"] == ("photo", "2019-05-12", "exif", [])
    assert got["扫描0002.pdf"] == ("other", None, None, ["no_text_layer"])
    # a screenshot is still no photo, and says its text was not read
    assert got["Screenshot_20190514.png"] == (
        "other",
        "2019-05-14",
        "filename",
        ["content_not_read"],
    )
    assert report.unit("青溪县").item("org.photos").found == 1


def test_cache_never_reuses_results_read_without_ocr(archive: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plain = audit(archive, ocr=False, cache=cache)
    read = audit(archive, cache=cache)
    assert plain.file("青溪县/扫描0001.jpg").kind != "letter"
    assert read.file("青溪县/扫描0001.jpg").kind == "letter"


def test_explain_shows_the_picture_signals(archive: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["explain", str(archive / "青溪县" / "图表.png")], out, err) == 0
    text = out.getvalue()
    assert "画面类别：图表或示意图（chart，作为图片）" in text
    assert "  图表或示意图（chart）：6 分" in text
    assert "    · 没有 EXIF 相机型号、曝光参数 (+1)" in text


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    raw = io.BytesIO()
    c = canvas.Canvas(raw)
    c.setFont("STSong-Light", 14)
    c.drawString(72, 760, "青溪县人民政府办公室关于商请协助开展劳务协作对接的函")
    c.drawString(72, 730, "青政办函〔2019〕21号")
    c.drawString(72, 700, "2019年6月18日")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw.getvalue())))
    writer.encrypt(user_password="", owner_password="only-the-owner", algorithm="RC4-128")
    (tmp_path / "青溪县").mkdir()
    with open(tmp_path / "青溪县" / "商请函.pdf", "wb") as out:
        writer.write(out)
    record = audit(tmp_path).file("青溪县/商请函.pdf")
    assert facts(record) == ("letter", "2019-06-18", "signature", [])


def test_a_picture_needs_no_text_to_be_a_photo(tmp_path: Path) -> None:
    # a WeChat-forwarded photo has no EXIF: its colours still tell it is a photograph
    plain = io.BytesIO()
    Image.open(io.BytesIO(pictures.event_photo(BANNER))).save(plain, "JPEG", quality=80)
    (tmp_path / "青溪县").mkdir()
    (tmp_path / "青溪县" / "微信图片_0001.jpg").write_bytes(plain.getvalue())
    record = audit(tmp_path).file("青溪县/微信图片_0001.jpg")
    assert record.extraction.image is not None and record.extraction.image.camera is None
    assert (record.kind, record.extraction.text) == ("photo", "")


def test_a_document_filed_twice_is_no_reused_photo(tmp_path: Path) -> None:
    # Every county files the prefecture's notice: a scan in two units is no reused photo.
    photo, letter, chart = (
        pictures.event_photo(BANNER), pictures.letter_jpeg(), pictures.chart_png(),
    )  # fmt: skip
    for unit in ("青溪县", "石岭县"):
        (tmp_path / unit).mkdir()
        (tmp_path / unit / "IMG_20190512_093012.jpg").write_bytes(photo)
        (tmp_path / unit / "扫描0001.jpg").write_bytes(letter)
        (tmp_path / unit / "图表.png").write_bytes(chart)
    report = audit(tmp_path)
    assert report.file("石岭县/扫描0001.jpg").kind == "letter"
    check = next(c for c in report.checks if c.check == "cross.duplicate_photos")
    assert check.status == "fail"
    assert [dict(p.details)["files"] for p in check.problems] == [
        ["石岭县/IMG_20190512_093012.jpg", "青溪县/IMG_20190512_093012.jpg"]
    ]


def test_a_page_photographed_sideways_is_read_upright(tmp_path: Path) -> None:
    # The phone stored the pixels turned a quarter and said so in EXIF (Orientation 6).
    sideways = pictures.letter_page().rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F], exif[0x0110] = "HUAWEI", "ELE-AL00"
    (tmp_path / "青溪县").mkdir()
    sideways.save(tmp_path / "青溪县" / "IMG_20190619_090000.jpg", "JPEG", quality=85, exif=exif)
    record = audit(tmp_path).file("青溪县/IMG_20190619_090000.jpg")
    assert facts(record) == ("letter", "2019-06-18", "signature", ["ocr_text"])
    assert record.doc.doc_number == pictures.LETTER_NUMBER
