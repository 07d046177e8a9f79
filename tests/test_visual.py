"""The same photo re-saved (resized, recompressed) is found; different photos are not."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from evidence_audit import audit
from evidence_audit.files.visual import dhash, near_pairs


def scene(seed: int) -> Image.Image:
    """Coloured shapes as a camera sees them: shaded by the light across the picture and
    grainy everywhere (a picture of flat colour fields is a drawing, and no event photo)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (800, 600), (rng.randrange(256), 180, 160))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(700), rng.randrange(500)
        draw.rectangle((x, y, x + rng.randrange(40, 200), y + rng.randrange(30, 150)),
                       fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))  # fmt: skip
    light = Image.linear_gradient("L").rotate(90).resize(image.size).point(lambda v: 215 + v // 7)
    image = Image.composite(image, Image.new("RGB", image.size), light)
    grain = Image.frombytes("L", image.size, rng.randbytes(800 * 600))
    return Image.blend(image, Image.merge("RGB", (grain, grain, grain)), 0.12)


def jpeg(image: Image.Image, quality: int, size: tuple[int, int] | None = None) -> bytes:
    buf = io.BytesIO()
    (image.resize(size) if size else image).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def test_resaved_copy_is_near_and_other_photos_are_far() -> None:
    original = jpeg(scene(1), 90)
    resaved = jpeg(scene(1), 40, (400, 300))
    others = [jpeg(scene(seed), 90) for seed in range(2, 30)]
    hashes = [dhash(io.BytesIO(d), 10**8) or "" for d in (original, resaved, *others)]
    assert all(len(h) == 16 for h in hashes)
    assert list(near_pairs(hashes, 4)) == [(0, 1)]


def test_resaved_photo_in_another_unit_fails_the_duplicate_check(tmp_path: Path) -> None:
    for unit, data in (("青溪县", jpeg(scene(1), 90)), ("石岭县", jpeg(scene(1), 35, (640, 480)))):
        (tmp_path / unit).mkdir()
        (tmp_path / unit / "签约仪式.jpg").write_bytes(data)
    (tmp_path / "石岭县" / "别的活动.jpg").write_bytes(jpeg(scene(7), 90))
    check = next(c for c in audit(tmp_path).checks if c.check == "cross.duplicate_photos")
    assert check.status == "fail"
    assert [p.message for p in check.problems] == [
        "疑似同一张照片（画面几乎相同）被 2 个单位（石岭县、青溪县）重复使用："
        "石岭县/签约仪式.jpg；青溪县/签约仪式.jpg"
    ]


def test_a_resaved_copy_counts_once_for_an_item(tmp_path: Path) -> None:
    unit = tmp_path / "青溪县"
    unit.mkdir()
    # EXIF-less copies dated by name, so only the picture decides
    (unit / "IMG_20190501_100000.jpg").write_bytes(jpeg(scene(1), 90))
    (unit / "IMG_20190501_100001.jpg").write_bytes(jpeg(scene(1), 40, (700, 525)))
    (unit / "IMG_20190502_100000.jpg").write_bytes(jpeg(scene(2), 90))
    photos = audit(tmp_path).unit("青溪县").item("org.photos")
    assert (photos.status, photos.found) == ("insufficient", 2)
    assert [(p.code, p.file) for p in photos.problems] == [
        ("duplicate_file", "青溪县/IMG_20190501_100001.jpg"),
    ]
