"""Pictures for test archives: drawn photographs, screenshots and scanned pages, and
their encoding (JPEG with EXIF, HEIC, PNG).

Each generator keeps its own way of drawing: :func:`event_photo` (the sample: meeting,
signing, workshop and field scenes), :func:`hall_photo` (holdout: a meeting hall under a
banner, blurred), :func:`scene_photo` (holdout2: indoor or outdoor, with sensor noise);
three screenshots and three scanned pages likewise. All are functions of a seeded
random generator, so the pixels are the same on every run.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

__all__ = [
    "Exif",
    "app_screenshot",
    "browser_screenshot",
    "event_photo",
    "grey_scan_page",
    "hall_photo",
    "heic_bytes",
    "jpeg_bytes",
    "phone_screenshot",
    "png_bytes",
    "redhead_scan_page",
    "scene_photo",
    "sealed_scan_page",
]

_EXIF_IFD = 0x8769


@dataclass(frozen=True)
class Exif:
    """What a camera writes: make and model, editing software, capture time
    ("2019:05:12 09:30:12"); ``stamp_all`` also writes DateTime and DateTimeDigitized."""

    make: str | None = None
    model: str | None = None
    software: str | None = None
    taken: str | None = None
    stamp_all: bool = False

    def tobytes(self) -> bytes:
        exif = Image.Exif()
        if self.make is not None:
            exif[0x010F] = self.make
        if self.model is not None:
            exif[0x0110] = self.model
        if self.software:
            exif[0x0131] = self.software
        if self.taken:
            if self.stamp_all:
                exif[0x0132] = self.taken
            sub = exif.get_ifd(_EXIF_IFD)
            sub[0x9003] = self.taken
            if self.stamp_all:
                sub[0x9004] = self.taken
        return exif.tobytes()


def jpeg_bytes(
    img: Image.Image, quality: int, exif: Exif | None = None, dpi: int | None = None
) -> bytes:
    """``img`` as a JPEG, with EXIF when given (WeChat and QQ strip it: pass None)."""
    buf = io.BytesIO()
    options: dict[str, object] = {"quality": quality}
    if exif is not None:
        options["exif"] = exif.tobytes()
    if dpi is not None:
        options["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **options)
    return buf.getvalue()


def heic_bytes(img: Image.Image, quality: int, exif: Exif) -> bytes:
    """``img`` as an iPhone HEIC photo (needs pillow-heif's encoder)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    img.save(buf, format="HEIF", quality=quality, exif=exif.tobytes())
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# --- the sample's scenes ---------------------------------------------------------------


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (
        int(a[0] + (b[0] - a[0]) * t),
        int(a[1] + (b[1] - a[1]) * t),
        int(a[2] + (b[2] - a[2]) * t),
    )


def _people(draw: ImageDraw.ImageDraw, rng: random.Random, y: int, n: int, scale: float) -> None:
    for _ in range(n):
        x = rng.randrange(30, 770)
        h = int(rng.randrange(70, 110) * scale)
        coat = rng.choice(
            ((30, 30, 40), (40, 50, 80), (90, 20, 20), (200, 200, 205), (60, 70, 60), (20, 60, 120))
        )
        draw.rectangle((x - h // 5, y - h, x + h // 5, y), fill=coat)
        r = h // 8
        draw.ellipse((x - r, y - h - 2 * r, x + r, y - h), fill=(222, 184, 150))
        draw.ellipse((x - r, y - h - 2 * r, x + r, y - h - r), fill=(25, 20, 20))


def event_photo(rng: random.Random, scene: str) -> Image.Image:
    """A simple drawn 'photo' (800x600) with a camera's grain; layout and colours vary
    with ``rng``."""
    w, h = 800, 600
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    if scene in ("meeting", "signing"):
        wall = rng.choice(((214, 200, 180), (190, 196, 205), (225, 215, 200), (170, 150, 130)))
        draw.rectangle((0, 0, w, h), fill=wall)
        top = rng.randrange(30, 120)
        draw.rectangle(
            (rng.randrange(20, 120), top, rng.randrange(680, 780), top + rng.randrange(50, 90)),
            fill=(178, 24, 30),
        )
        for x in range(rng.randrange(150, 220), rng.randrange(560, 640), 34):
            draw.rectangle((x, top + 18, x + 24, top + 40), fill=(250, 230, 200))
        floor = rng.randrange(380, 460)
        draw.rectangle((0, floor, w, h), fill=_mix(wall, (60, 40, 30), 0.6))
        if scene == "meeting":
            draw.rectangle((40, floor - 40, 760, floor + 30), fill=(110, 70, 40))
            _people(draw, rng, floor - 30, rng.randrange(5, 11), 0.9)
            for x in range(80, 740, rng.randrange(60, 110)):
                draw.rectangle((x, floor - 55, x + 30, floor - 40), fill=(240, 240, 240))
        else:
            draw.rectangle((220, floor - 20, 580, floor + 40), fill=(150, 20, 25))
            _people(draw, rng, floor + 60, 2, 1.8)
            _people(draw, rng, floor - 10, rng.randrange(3, 7), 1.0)
            for x in (rng.randrange(60, 160), rng.randrange(640, 740)):
                draw.rectangle((x, 150, x + 4, floor), fill=(120, 120, 120))
                draw.rectangle((x + 4, 150, x + 60, 190), fill=(200, 20, 20))
    elif scene == "workshop":
        draw.rectangle((0, 0, w, h), fill=rng.choice(((200, 205, 210), (180, 190, 185))))
        for x in range(0, w, rng.randrange(90, 160)):
            draw.line((x, 0, x + rng.randrange(-40, 40), 200), fill=(150, 150, 150), width=6)
        floor = rng.randrange(320, 400)
        draw.rectangle((0, floor, w, h), fill=(120, 130, 125))
        for _ in range(rng.randrange(3, 7)):
            x = rng.randrange(0, 700)
            draw.rectangle(
                (x, floor - 60, x + rng.randrange(80, 160), floor + 40),
                fill=rng.choice(((70, 110, 160), (230, 230, 230), (90, 140, 90))),
            )
        _people(draw, rng, floor + 120, rng.randrange(4, 9), 1.2)
    else:  # field
        horizon = rng.randrange(200, 330)
        sky_top = rng.choice(((90, 140, 210), (150, 170, 190), (120, 170, 230)))
        for y in range(horizon):
            draw.line((0, y, w, y), fill=_mix(sky_top, (235, 240, 245), y / horizon))
        for _ in range(rng.randrange(2, 4)):
            x = rng.randrange(-200, 600)
            draw.polygon(
                [
                    (x, horizon + 10),
                    (x + rng.randrange(150, 300), horizon - rng.randrange(60, 160)),
                    (x + rng.randrange(350, 600), horizon + 10),
                ],
                fill=rng.choice(((60, 110, 60), (80, 130, 70), (50, 90, 70))),
            )
        draw.rectangle((0, horizon, w, h), fill=rng.choice(((90, 150, 60), (120, 160, 70))))
        for y in range(horizon + 20, h, rng.randrange(18, 30)):
            draw.line((0, y, w, y + rng.randrange(-30, 30)), fill=(60, 110, 40), width=4)
        if rng.random() < 0.6:
            x = rng.randrange(50, 500)
            draw.rectangle((x, horizon - 30, x + 220, horizon + 40), fill=(235, 238, 240))
        _people(draw, rng, rng.randrange(horizon + 120, 560), rng.randrange(3, 8), 1.1)
    return _camera(img)


def _camera(img: Image.Image) -> Image.Image:
    """A drawing as a camera shows it: light uneven over large areas, and sensor noise in
    each colour channel (a picture of flat colour fields is a drawing, no event photo). Its
    noise is seeded from the drawing, so the caller's generator is not drawn on."""
    rng = random.Random(hashlib.sha256(img.tobytes()).digest())
    w, h = img.size
    for scale, amount in ((16, 0.12), (1, 0.05)):
        size = (w // scale, h // scale)
        noise = [Image.frombytes("L", size, rng.randbytes(size[0] * size[1])) for _ in "RGB"]
        img = Image.blend(
            img, Image.merge("RGB", noise).resize((w, h), Image.Resampling.BICUBIC), amount
        )
    return img


def phone_screenshot(rng: random.Random) -> Image.Image:
    """A phone screenshot of a news page (540×960): status bar, headline, picture, text."""
    w, h = 540, 960
    img = Image.new("RGB", (w, h), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w, 40), fill=(20, 20, 20))
    draw.rectangle((0, 40, w, 110), fill=(237, 237, 237))
    draw.rectangle((30, 140, 510, 170), fill=(30, 30, 30))
    draw.rectangle((30, 180, 330, 205), fill=(30, 30, 30))
    draw.rectangle((30, 225, 200, 240), fill=(150, 150, 150))
    draw.rectangle((30, 260, 510, 520), fill=(120, 160, 110))
    y = 550
    while y < 930:
        end = 510 if rng.random() < 0.8 else rng.randrange(200, 500)
        draw.rectangle((30, y, end, y + 14), fill=(90, 90, 90))
        y += 32
    return img


def grey_scan_page(rng: random.Random) -> Image.Image:
    """A scanned page in grey: a title bar, text-like bars, a round seal."""
    page = Image.new("L", (620, 877), 246)
    draw = ImageDraw.Draw(page)
    draw.rectangle((170, 70, 450, 92), fill=60)  # title
    y = 130
    while y < 760:
        indent = 92 if rng.random() < 0.2 else 60
        end = rng.randrange(380, 560) if rng.random() < 0.25 else 560
        draw.rectangle((indent, y, end, y + 9), fill=rng.randrange(70, 110))
        y += 24
    draw.ellipse((400, 690, 520, 810), outline=120, width=5)  # seal
    return page


# --- holdout's pictures ----------------------------------------------------------------


def hall_photo(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A meeting hall under a red banner, people at a table, noise and blur."""
    w, h = size
    wall = tuple(rng.randrange(150, 230) for _ in range(3))
    im = Image.new("RGB", (w, h), wall)
    d = ImageDraw.Draw(im)
    for yy in range(h):  # light falloff
        shade = int(30 * yy / h)
        d.line((0, yy, w, yy), fill=tuple(max(0, c - shade) for c in wall))
    d.rectangle(
        (int(w * 0.1), int(h * 0.06), int(w * 0.9), int(h * 0.17)), fill=(196, 22, 28)
    )  # 横幅
    for _ in range(rng.randrange(3, 7)):
        x = rng.randrange(int(w * 0.12), int(w * 0.86))
        d.rectangle(
            (x, int(h * 0.09), x + rng.randrange(10, 22), int(h * 0.14)), fill=(250, 230, 120)
        )
    d.rectangle((0, int(h * 0.62), w, int(h * 0.72)), fill=(120, 80, 50))  # table
    for _ in range(rng.randrange(4, 9)):  # people
        cx = rng.randrange(30, w - 30)
        cy = rng.randrange(int(h * 0.38), int(h * 0.55))
        r = rng.randrange(14, 24)
        d.rectangle(
            (cx - r * 1.6, cy + r, cx + r * 1.6, int(h * 0.7)),
            fill=tuple(rng.randrange(10, 90) for _ in range(3)),
        )
        d.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            fill=(rng.randrange(170, 225), rng.randrange(130, 180), 110),
        )
    noise = Image.frombytes("L", (w // 4, h // 4), rng.randbytes((w // 4) * (h // 4))).resize(
        (w, h)
    )
    im = Image.blend(im, Image.merge("RGB", (noise, noise, noise)), 0.08)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def app_screenshot(rng: random.Random, *, chat: bool) -> Image.Image:
    """A phone screenshot (750×1334): a chat, or an article in a news app."""
    w, h = 750, 1334
    im = Image.new("RGB", (w, h), (237, 237, 237) if chat else (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 40), fill=(20, 20, 20) if chat else (250, 250, 250))  # status bar
    d.rectangle((0, 40, w, 128), fill=(237, 237, 237) if chat else (196, 22, 28))
    y = 160
    if chat:
        while y < h - 160:
            mine = rng.random() < 0.4
            bw = rng.randrange(200, 520)
            bh = rng.choice((70, 70, 110, 150))
            x0 = w - 110 - bw if mine else 110
            d.rectangle(
                (x0 - 90 if not mine else w - 90, y, x0 - 20 if not mine else w - 20, y + 70),
                fill=tuple(rng.randrange(60, 200) for _ in range(3)),
            )
            d.rounded_rectangle(
                (x0, y, x0 + bw, y + bh), 10, fill=(149, 236, 105) if mine else (255, 255, 255)
            )
            y += bh + 40
        d.rectangle((0, h - 110, w, h), fill=(246, 246, 246))
    else:
        d.rectangle((40, y, w - 40, y + 30), fill=(30, 30, 30))
        d.rectangle((40, y + 45, w - 200, y + 75), fill=(30, 30, 30))
        d.rectangle((40, y + 100, 330, y + 118), fill=(150, 150, 150))
        y += 150
        d.rectangle((40, y, w - 40, y + 380), fill=(120, 150, 170))
        y += 410
        while y < h - 60:
            d.rectangle((40, y, 40 + rng.randrange(560, 670), y + 16), fill=(70, 70, 70))
            y += 36
    return im


def sealed_scan_page(rng: random.Random) -> Image.Image:
    """A paper scanned slightly askew: text lines and two red seals over the signatures."""
    im = Image.new("RGB", (620, 877), (246, 244, 238))
    d = ImageDraw.Draw(im)
    y = 70
    d.rectangle((200, y, 420, y + 16), fill=(40, 40, 40))  # the title
    y += 50
    while y < 760:
        x = 70 if rng.random() < 0.2 else 50
        d.rectangle((x, y, x + rng.randrange(380, 520), y + 7), fill=(70, 70, 70))
        y += rng.choice((18, 18, 18, 30))
    for cx in (180, 440):  # two red seals over the signatures
        d.ellipse((cx - 55, 700, cx + 55, 810), outline=(210, 30, 30), width=5)
        d.regular_polygon((cx, 755, 14), 5, fill=(210, 30, 30))
    return im.rotate(0.6, fillcolor=(255, 255, 255)).filter(ImageFilter.GaussianBlur(0.6))


# --- holdout2's pictures ---------------------------------------------------------------


def _rng(key: str) -> random.Random:
    return random.Random(f"20191220:{key}")


def scene_photo(key: str, w: int = 1024, h: int = 768, noise: bool = True) -> Image.Image:
    """A meeting room or an outdoor scene with people; sensor noise unless ``noise`` is off."""
    r = _rng("scene:" + key)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    indoor = r.random() < 0.5
    horizon = int(h * r.uniform(0.35, 0.55))
    if indoor:  # meeting room: wall, red banner, table, rows of people
        wall = (r.randint(200, 235), r.randint(195, 225), r.randint(180, 210))
        for y in range(h):
            k = y / h
            d.line([(0, y), (w, y)], fill=tuple(int(c * (1 - 0.25 * k)) for c in wall))
        bx = int(w * r.uniform(0.08, 0.18))
        d.rectangle([bx, int(h * 0.08), w - bx, int(h * 0.2)], fill=(196, 18, 22))
        for i in range(r.randint(14, 22)):  # the banner's characters
            cx = bx + 20 + i * ((w - 2 * bx - 40) // 22)
            d.rectangle([cx, int(h * 0.11), cx + 22, int(h * 0.17)], fill=(250, 236, 200))
        d.rectangle([0, int(h * 0.62), w, int(h * 0.72)], fill=(120, 72, 40))
        for row in range(2):
            for i in range(r.randint(6, 10)):
                x = int(w * (0.05 + i * 0.1) + r.randint(-10, 10))
                y0 = int(h * (0.42 + row * 0.12))
                d.ellipse([x, y0, x + 36, y0 + 44], fill=(r.randint(40, 70),) * 3)
                d.rectangle(
                    [x - 12, y0 + 44, x + 48, y0 + 120],
                    fill=r.choice([(30, 34, 48), (60, 62, 70), (230, 230, 235)]),
                )
    else:  # outdoors: sky, hills, fields, a workshop, a group of people
        sky = (r.randint(110, 160), r.randint(160, 200), r.randint(215, 250))
        for y in range(horizon):
            k = y / max(horizon, 1)
            d.line([(0, y), (w, y)], fill=tuple(min(255, int(c + 60 * k)) for c in sky))
        for y in range(horizon, h):
            k = (y - horizon) / (h - horizon)
            d.line([(0, y), (w, y)], fill=(int(70 + 40 * k), int(120 + 30 * k), int(50 + 20 * k)))
        for _ in range(3):
            cx = r.randint(0, w)
            d.ellipse([cx - 300, horizon - 120, cx + 300, horizon + 120], fill=(60, 100, 70))
        x0 = r.randint(50, w - 400)
        d.rectangle([x0, horizon - 140, x0 + 360, horizon + 60], fill=(210, 210, 205))
        d.polygon(
            [(x0 - 20, horizon - 140), (x0 + 180, horizon - 220), (x0 + 380, horizon - 140)],
            fill=(70, 90, 130),
        )
        for _ in range(r.randint(5, 12)):
            x = r.randint(0, w - 40)
            y0 = r.randint(horizon + 40, h - 160)
            d.ellipse([x, y0, x + 28, y0 + 34], fill=(50, 40, 35))
            d.rectangle(
                [x - 8, y0 + 34, x + 36, y0 + 110],
                fill=r.choice([(20, 40, 90), (150, 20, 20), (40, 40, 40), (200, 200, 200)]),
            )
    if noise:
        n = Image.frombytes("L", (w, h), r.randbytes(w * h)).convert("RGB")
        img = Image.blend(img, n, 0.05)
    return img


def browser_screenshot(key: str) -> Image.Image:
    """A news web page as a desktop screenshot: browser bar, masthead, headline, text."""
    r = _rng("shot:" + key)
    w, h = 1280, 800
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 38], fill=(222, 225, 230))
    d.rounded_rectangle([140, 7, 900, 31], 10, fill=(255, 255, 255))
    d.rectangle([0, 38, w, 120], fill=(180, 16, 20))
    for i in range(6):
        d.rectangle([180 + i * 46, 60, 218 + i * 46, 100], fill=(255, 240, 200))
    x0 = 200
    y = 150
    for i in range(r.randint(14, 20)):  # headline
        d.rectangle([x0 + i * 30, y, x0 + i * 30 + 26, y + 28], fill=(30, 30, 30))
    y += 50
    for i in range(12):  # 来源 / 时间 line
        d.rectangle([x0 + i * 15, y, x0 + i * 15 + 12, y + 12], fill=(150, 150, 150))
    y += 36
    d.line([(x0, y), (w - 200, y)], fill=(220, 220, 220))
    y += 24
    d.rectangle([x0 + 180, y, w - 380, y + 240], fill=(120, 150, 110))
    d.rectangle([x0 + 260, y + 60, x0 + 520, y + 240], fill=(200, 200, 190))
    y += 262
    while y < h - 30:
        n = r.randint(30, 40)
        for i in range(n):
            if r.random() < 0.96:
                d.rectangle([x0 + 32 + i * 21, y, x0 + 32 + i * 21 + 17, y + 17], fill=(90, 90, 90))
        y += 32
    return img


def redhead_scan_page(key: str) -> Image.Image:
    """A scanned red-head document page in grey: red masthead and rule, text, a seal."""
    r = _rng("scan:" + key)
    w, h = 850, 1202
    img = Image.new("RGB", (w, h), (246, 245, 240))
    d = ImageDraw.Draw(img)
    for i in range(10):
        d.rectangle([170 + i * 52, 120, 212 + i * 52, 170], fill=(210, 40, 40))
    for i in range(9):
        d.rectangle([300 + i * 24, 205, 318 + i * 24, 223], fill=(40, 40, 40))
    d.rectangle([90, 240, w - 90, 244], fill=(210, 40, 40))
    for i in range(16):
        d.rectangle([190 + i * 30, 285, 214 + i * 30, 311], fill=(25, 25, 25))
    y = 360
    for ln in range(20):
        start = 150 if ln in (2, 8, 13) else 120
        n = r.randint(8, 25) if ln in (1, 7, 12, 19) else 27
        for i in range(n):
            if r.random() < 0.97:
                d.rectangle([start + i * 22, y, start + i * 22 + 17, y + 17], fill=(35, 35, 35))
        y += 34
    d.ellipse([520, 930, 700, 1110], outline=(220, 50, 50), width=6)
    d.polygon(
        [
            (610, 985),
            (622, 1018),
            (656, 1018),
            (628, 1038),
            (638, 1070),
            (610, 1050),
            (582, 1070),
            (592, 1038),
            (564, 1018),
            (598, 1018),
        ],
        fill=(220, 50, 50),
    )
    img = img.rotate(0.6, fillcolor=(246, 245, 240))
    grain = Image.frombytes("L", (w, h), r.randbytes(w * h)).convert("RGB")
    return Image.blend(img, grain, 0.04).convert("L")
