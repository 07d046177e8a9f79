"""Pictures made for the tests: an event photo with a banner, screenshots of a news page
and of a chat, a scanned letter, a chart; drawn with Pillow and a CJK font. People are
real faces pasted in (``fixtures/face.png``): the face detector finds none in a drawing."""

from __future__ import annotations

import io
import math
import os
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FACE = Path(__file__).parent / "fixtures" / "face.png"  # tools/make_face_fixture.py


def with_faces(image: Image.Image, count: int = 4, side: int | None = None) -> Image.Image:
    """The picture with ``count`` faces in a row across its lower middle (people at an
    event), each blended in through a soft oval so that no square edge shows."""
    side = side or max(32, image.height // 9)
    out = image.convert("RGB")
    with Image.open(FACE) as source:
        face = source.convert("RGB").resize((side, side), Image.Resampling.LANCZOS)
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((side // 10, 0, side - side // 10, side), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(side / 12))
    step = out.width // (count + 1)
    for k in range(count):
        top = out.height * 3 // 5 - side // 2 + (k % 2) * side // 3
        out.paste(face, (step * (k + 1) - side // 2, top), mask)
    return out.convert(image.mode)


FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


def sensor_noise(size: tuple[int, int], sigma: float, seed: int = 0) -> Image.Image:
    """Grey Gaussian noise around mid-grey, as ``Image.effect_noise`` draws it but seeded:
    Pillow's draws from C's rand(), whose state any library in the process may advance, so
    the same test would see another picture from run to run."""
    w, h = size
    grain = np.random.default_rng(seed).normal(128.0, sigma, (h, w))
    return Image.fromarray(grain.clip(0, 255).astype(np.uint8), "L")


def cjk_font_path() -> str:
    """A font with Chinese characters; CI installs one (.ci/run), so there it must exist."""
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return path
    if os.environ.get("CI"):
        pytest.fail("CI must install a CJK font (fonts-noto-cjk)", pytrace=False)
    pytest.skip("no CJK font installed")


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(cjk_font_path(), size)


def camera_exif(when: str, make: str, model: str) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = make, model, when
    shot = exif.get_ifd(0x8769)
    shot[36867] = shot[36868] = when  # DateTimeOriginal, DateTimeDigitized
    shot[33434] = 1 / 125  # ExposureTime
    shot[33437] = 2.8  # FNumber
    shot[34855] = 200  # ISOSpeedRatings
    return exif


def event_photo(banner: str, when: str = "2019:05:12 09:30:12", seed: int = 1) -> bytes:
    """A meeting photographed by a phone: wall, red banner with yellow characters, people."""
    rng = random.Random(seed)
    w, h = 2000, 1500
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # a lit wall, darker towards the floor
        k = 1 - 0.35 * y / h
        draw.line([(0, y), (w, y)], fill=(int(214 * k), int(200 * k), int(172 * k)))
    draw.rectangle([160, 140, w - 160, 330], fill=(190, 20, 24))
    big = font(96)
    box = draw.textbbox((0, 0), banner, font=big)
    draw.text(((w - box[2]) // 2, 235 - box[3] // 2), banner, font=big, fill=(255, 226, 120))
    draw.rectangle([0, 1050, w, 1200], fill=(120, 70, 38))  # the table
    for row in range(2):
        for i in range(11):
            x = 90 + i * 170 + rng.randint(-20, 20)
            y = 700 + row * 180
            draw.ellipse([x, y, x + 70, y + 86], fill=(rng.randint(40, 80),) * 3)
            colour = rng.choice([(30, 34, 52), (64, 66, 74), (232, 232, 236), (150, 30, 30)])
            draw.rectangle([x - 30, y + 86, x + 100, y + 300], fill=colour)
    for _ in range(40):  # chairs, cups, papers
        x, y = rng.randrange(w), rng.randrange(1000, h)
        draw.rectangle([x, y, x + rng.randint(20, 90), y + rng.randint(20, 60)],
                       fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))  # fmt: skip
    noise = sensor_noise((w, h), 40, seed=1).convert("RGB")
    image = Image.blend(image, noise, 0.08).filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=camera_exif(when, "HUAWEI", "ELE-AL00"))
    return out.getvalue()


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if draw.textlength(line + ch, font=face) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


NEWS_BODY = (
    "本报讯 5月13日，青溪县与海州市东西部扶贫协作高层联席会议在青溪县召开。会议总结了"
    "2018年扶贫协作工作，研究部署了2019年产业合作、劳务协作和人才交流等重点工作。双方签订了"
    "劳务协作协议，明确全年转移就业贫困劳动力1200人以上。会议要求，各部门要进一步压实责任，"
    "确保各项协议指标按期完成，以优异成绩迎接国家考核。"
)


def news_screenshot() -> bytes:
    """A phone screenshot of a news article: status bar, masthead, headline, byline, text."""
    w, h = 1080, 2340
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, w, 90], fill=(245, 245, 245))
    draw.text((40, 22), "10:32", font=font(40), fill="black")
    draw.rectangle([0, 90, w, 250], fill=(196, 16, 20))
    draw.text((60, 120), "青溪新闻网", font=font(80), fill="white")
    y = 320
    for line in _wrap(draw, "青溪县与海州市召开东西部扶贫协作高层联席会议", font(64), w - 120):
        draw.text((60, y), line, font=font(64), fill=(20, 20, 20))
        y += 92
    y += 20
    draw.text((60, y), "2019-05-14 10:30 来源：青溪日报", font=font(36), fill=(130, 130, 130))
    y += 60
    draw.text((60, y), "记者 王晓明 通讯员 李华", font=font(36), fill=(130, 130, 130))
    y += 90
    draw.rectangle([60, y, w - 60, y + 560], fill=(122, 150, 108))
    draw.rectangle([200, y + 160, 700, y + 560], fill=(196, 188, 170))
    y += 620
    face = font(46)
    for line in _wrap(draw, "　　" + NEWS_BODY, face, w - 120):
        draw.text((60, y), line, font=face, fill=(40, 40, 40))
        y += 80
    draw.text((60, h - 120), "责任编辑：赵敏", font=font(36), fill=(130, 130, 130))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


CHAT = (
    ("left", "王科长，联席会议的纪要什么时候能印发？"),
    ("right", "今天下午就发，发文字号已经申请了。"),
    ("left", "好的，另外劳务协作台账也请一并报送。"),
    ("right", "收到，我马上整理。"),
    ("left", "谢谢！"),
)


def chat_screenshot() -> bytes:
    """A phone screenshot of a chat: grey background, white and green bubbles."""
    w, h = 1080, 1920
    image = Image.new("RGB", (w, h), (237, 237, 237))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, w, 180], fill=(237, 237, 237))
    draw.text((380, 80), "扶贫协作工作群", font=font(48), fill="black")
    draw.line([(0, 180), (w, 180)], fill=(210, 210, 210), width=2)
    draw.text((360, 230), "2019年5月14日 上午10:30", font=font(32), fill=(160, 160, 160))
    y = 320
    face = font(44)
    for side, text in CHAT:
        lines = _wrap(draw, text, face, 620)
        height = 70 * len(lines) + 40
        width = max(int(draw.textlength(t, font=face)) for t in lines) + 60
        if side == "left":
            draw.rectangle([40, y, 140, y + 100], fill=(90, 140, 200))
            x0, colour = 170, (255, 255, 255)
        else:
            draw.rectangle([w - 140, y, w - 40, y + 100], fill=(200, 120, 60))
            x0, colour = w - 170 - width, (149, 236, 105)
        draw.rounded_rectangle([x0, y, x0 + width, y + height], 12, fill=colour)
        for i, line in enumerate(lines):
            draw.text((x0 + 30, y + 20 + 70 * i), line, font=face, fill="black")
        y += height + 60
    draw.rectangle([0, h - 150, w, h], fill=(247, 247, 247))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


LETTER_TITLE = "青溪县人民政府办公室关于商请协助开展劳务协作对接的函"
LETTER_NUMBER = "青政办函〔2019〕21号"
LETTER_DATE = "2019年6月18日"


def page(
    mark: str, number: str, title: str, addressee: str, body: str, signer: str, date: str
) -> Image.Image:
    """A 公文 printed on A4 at 200 dpi in the GB/T 9704 layout, then scanned (a little
    askew, blurred, noisy)."""
    w, h = 1654, 2339
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    face = font(110)
    box = draw.textbbox((0, 0), mark, font=face)
    draw.text(((w - box[2]) // 2, 260), mark, font=face, fill=(205, 20, 20))
    text = font(44)
    box = draw.textbbox((0, 0), number, font=text)
    draw.text((w - 220 - box[2], 470), number, font=text, fill="black")
    draw.line([(220, 540), (w - 200, 540)], fill=(205, 20, 20), width=5)
    head = font(60)
    y = 640
    for line in _wrap(draw, title, head, w - 560):
        box = draw.textbbox((0, 0), line, font=head)
        draw.text(((w - box[2]) // 2, y), line, font=head, fill="black")
        y += 90
    y += 40
    draw.text((220, y), addressee, font=text, fill="black")
    y += 78
    for line in _wrap(draw, "　　" + body, text, w - 440):
        draw.text((220, y), line, font=text, fill="black")
        y += 78
    y = max(y + 200, 1800)
    for line in (signer, date):
        box = draw.textbbox((0, 0), line, font=text)
        draw.text((w - 320 - box[2], y), line, font=text, fill="black")
        y += 78
    draw.ellipse([w - 720, y - 330, w - 380, y + 10], outline=(220, 40, 40), width=8)
    scanned = image.rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=(238, 238, 236))
    scanned = scanned.filter(ImageFilter.GaussianBlur(0.7))
    noise = sensor_noise((w, h), 16, seed=2).convert("RGB")
    return Image.blend(scanned, noise, 0.05)


def sealed_close(signer: str, date: str, seal: str) -> Image.Image:
    """The close of a 公文's last page as scanned: a paragraph, then the 署名 and the
    成文日期 under a red seal (a ring, a star and the office's name) pressed on them, its
    ink over the print's, both a little blurred (as r1410's 农业农村部办公厅 2025年1月23日)."""
    w, h = 1654, 1300
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    text = font(44)
    body = (
        "为进一步完善农机购置与应用补贴政策，加力推进优机优补，加快推进农业机械化高质量发展，"
        "结合新形势新要求和近年工作实践，现提出以下意见。各地要加强工作协同，切实提升政策知晓度"
        "和实施透明度。"
    )
    y = 200
    for line in _wrap(draw, "　　" + body, text, w - 440):
        draw.text((220, y), line, font=text, fill="black")
        y += 78
    y += 160
    for line in (signer, date):
        box = draw.textbbox((0, 0), line, font=text)
        draw.text((w - 320 - box[2], y), line, font=text, fill="black")
        y += 78
    ink = (225, 30, 35)
    stamp = Image.new("RGB", (w, h), "white")
    pen = ImageDraw.Draw(stamp)
    cx, cy, r = w - 470, y - 88, 190
    pen.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ink, width=22)
    star = [
        (cx + 105 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
         cy - 105 * math.sin(math.pi / 2 + k * 4 * math.pi / 5))
        for k in range(5)
    ]  # fmt: skip
    pen.polygon(star, fill=ink)
    small = font(52)
    for k, char in enumerate(seal):
        a = math.pi * (0.85 - k * 0.1)
        pen.text(
            (cx + 135 * math.cos(a) - 26, cy - 135 * math.sin(a) - 26), char, font=small, fill=ink
        )
    pressed = ImageChops.multiply(image, stamp.filter(ImageFilter.GaussianBlur(1.5)))
    scanned = pressed.filter(ImageFilter.GaussianBlur(1.2))
    return Image.blend(scanned, sensor_noise((w, h), 16, seed=2).convert("RGB"), 0.05)


def letter_page() -> Image.Image:
    """A 函 asking a partner city's labour bureau for help, as scanned."""
    body = (
        "为落实两地东西部扶贫协作协议，做好贫困劳动力转移就业工作，我县拟于7月组织"
        "200名建档立卡贫困劳动力赴海州市务工。请贵局协助联系用工企业，提供岗位信息，"
        "并做好岗前培训和跟踪服务。联系人：张明。特此函告，盼复。"
    )
    return page("青溪县人民政府办公室", LETTER_NUMBER, LETTER_TITLE, "海州市人力资源和社会保障局：",
                body, "青溪县人民政府办公室", LETTER_DATE)  # fmt: skip


REPORT_BODY = (
    "2019年，海州市选派3名干部到我县挂职。按照两地东西部扶贫协作协议，我县认真做好挂职干部"
    "的日常管理和服务保障工作，为挂职干部安排了办公用房和周转住房，配备了工作用车，落实了生活"
    "补助。挂职干部积极参与产业合作、劳务协作、消费扶贫等工作，协调引进企业4家，帮助贫困劳动力"
    "转移就业300余人。下一步，我县将继续加强对挂职干部的服务管理，及时解决他们在工作和生活"
    "中遇到的困难，支持他们干事创业。"
)


def report_jpeg() -> bytes:
    """A scanned 报告 whose head says nothing of 保障: only its body does."""
    image = page("青溪县人民政府", "青政〔2019〕45号", "青溪县人民政府关于东部挂职干部工作开展情况的报告",
                 "云岭州东西部扶贫协作领导小组办公室：", REPORT_BODY, "青溪县人民政府",
                 "2019年10月9日")  # fmt: skip
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def letter_jpeg() -> bytes:
    out = io.BytesIO()
    letter_page().save(out, "JPEG", quality=80)
    return out.getvalue()


def letter_pdf() -> bytes:
    """The scanned letter as a copier's scan-to-PDF makes it: one image per page, no text."""
    out = io.BytesIO()
    letter_page().convert("RGB").save(out, "PDF", resolution=200.0)
    return out.getvalue()


def chart_png() -> bytes:
    """A bar chart as exported from Excel: white, axes, four bars, a few labels."""
    w, h = 1200, 800
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    draw.text((380, 30), "2019年各县转移就业人数", font=font(40), fill="black")
    draw.line([(120, 700), (1120, 700)], fill="black", width=3)
    draw.line([(120, 120), (120, 700)], fill="black", width=3)
    colours = [(68, 114, 196), (237, 125, 49), (165, 165, 165), (255, 192, 0)]
    for i, (name, value) in enumerate(
        (("青溪县", 420), ("石岭县", 310), ("金竹县", 520), ("白沙县", 260))
    ):
        x = 200 + i * 230
        draw.rectangle([x, 700 - value, x + 140, 700], fill=colours[i])
        draw.text((x + 10, 715), name, font=font(32), fill="black")
        draw.text((x + 30, 660 - value), str(value), font=font(30), fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def truncated(data: bytes, keep: float = 0.6) -> bytes:
    """The first part of a file, as a broken copy or download leaves it."""
    return data[: int(len(data) * keep)]
