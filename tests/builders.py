"""Real files for tests, written with the same libraries county offices' files come from."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
import openpyxl
from PIL import Image, ImageDraw

from testkit import identity

EXIF_IFD = 0x8769
DATETIME_ORIGINAL = 36867


def make_docx(path: Path, lines: Sequence[str], *, title: str | None = None) -> Path:
    """A .docx whose paragraphs are ``lines``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if title is not None:
        document.core_properties.title = title
    document.save(str(path))
    return path


def make_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "Sheet1") -> Path:
    """A .xlsx with ``rows`` from A1 down (None for empty cells)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    workbook.save(str(path))
    return path


def make_jpeg(
    path: Path,
    *,
    taken: str | None = None,
    size: tuple[int, int] = (800, 600),
    color: tuple[int, int, int] = (40, 120, 200),
    camera: tuple[str, str] | None = ("HUAWEI", "P30"),
) -> Path:
    """A JPEG photo with EXIF capture time ``taken`` ("2019:05:12 09:30:12") and camera: a
    scene of ``color`` as a camera sees it, shaded unevenly and grainy (deterministic; a
    picture of one flat colour is a drawing, and no event photo)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, color)
    rng = random.Random(repr((size, color, taken, camera)))
    draw = ImageDraw.Draw(image)
    w, h = size
    for _ in range(8):  # people and things before the background
        x, y = rng.randrange(w), rng.randrange(h)
        box = (
            x,
            y,
            x + rng.randrange(w // 10 + 1, w // 4 + 2),
            y + rng.randrange(h // 6 + 1, h // 2 + 2),
        )
        draw.ellipse(box, fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    for scale in (16, 1):  # light and texture over large areas, then sensor noise
        small = (max(1, size[0] // scale), max(1, size[1] // scale))
        noise = [Image.frombytes("L", small, rng.randbytes(small[0] * small[1])) for _ in "RGB"]
        layer = Image.merge("RGB", noise).resize(size, Image.Resampling.BICUBIC)
        image = Image.blend(image, layer, 0.15)
    exif = Image.Exif()
    if camera:
        exif[271], exif[272] = camera
    if taken:
        exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = taken
    image.save(path, "JPEG", exif=exif.tobytes(), quality=60)
    return path


def citizen_id(body17: str) -> str:
    """A GB 11643 citizen ID: ``body17`` plus its check digit (testkit's, i.e. the library's)."""
    return identity.citizen_id(body17)


def official_document(
    *,
    issuer: str = "青溪县人民政府办公室",
    number: str | None = "青政办发〔2019〕12号",
    title: str = "关于印发青溪县2019年东西部扶贫协作工作要点的通知",
    body: Sequence[str] = ("为深入推进东西部扶贫协作工作，现将有关事项通知如下。",),
    date: str = "2019年5月12日",
) -> list[str]:
    """The lines of a GB/T 9704 document: 版头, title, 主送, body, signature, date, 版记."""
    lines = [f"{issuer}文件"]
    if number:
        lines.append(number)
    lines += [title, "各乡镇人民政府，县直各部门：", *body, issuer, date]
    lines += ["抄送：县委办。", f"{issuer} {date}印发"]
    return lines


def garbled_pdf(shown: str, maps_to: str) -> bytes:
    """A one-page PDF showing ``shown`` in Helvetica whose ToUnicode CMap maps each of its
    letters to the same-placed character of ``maps_to``: a text layer of garbage."""
    pairs = "".join(f"<{ord(a):02X}> <{ord(b):04X}>\n" for a, b in zip(shown, maps_to, strict=True))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Garbled def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(shown)} beginbfchar\n{pairs}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    content = " ".join(
        f"BT /F1 36 Tf 40 {760 - 60 * k} Td ({shown}) Tj ET" for k in range(4)
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
