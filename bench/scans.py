"""Scanned pages of Chinese official documents (公文), rendered and then degraded as a
copier or a phone would: for the OCR comparison (bench/ocr_engines.py) and the speed
bench (bench/pictures.py).

    python bench/scans.py OUT_DIR [--pages 12]

writes OUT_DIR/scan_NN.jpg and OUT_DIR/truth.json (title, 发文字号, 成文日期 of each page).
The documents follow GB/T 9704-2012: red agency mark (发文机关标志), 发文字号, red rule,
title, 主送机关, body, 署名 and 成文日期. Deterministic: every choice comes from a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)
BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

AGENCIES = (
    ("青溪县人民政府办公室", "青政办"), ("金竹县扶贫开发领导小组", "金扶组"),
    ("云岭州东西部扶贫协作领导小组办公室", "云协办"), ("石岭县人力资源和社会保障局", "石人社"),
    ("白沙县财政局", "白财"), ("中共龙湾县委组织部", "龙组"), ("凤栖市农业农村局", "凤农"),
    ("海州市对口帮扶工作队", "海帮"),
)  # fmt: skip
SUBJECTS = (
    ("关于商请协助开展劳务协作对接的", "函"), ("关于印发2019年东西部扶贫协作工作要点的", "通知"),
    ("关于李明同志挂职任职的", "通知"), ("关于调整扶贫协作领导小组成员分工的", "通知"),
    ("关于2019年扶贫协作资金使用情况的", "报告"), ("关于召开东西部扶贫协作高层联席会议的", "通知"),
    ("关于印发扶贫协作资金项目管理办法的", "通知"), ("关于做好消费扶贫对接工作的", "函"),
    ("关于推荐专业技术人才交流人选的", "通知"), ("关于2019年劳务协作工作开展情况的", "报告"),
)  # fmt: skip
ADDRESSEES = ("各乡（镇）人民政府，县直各部门：", "海州市人民政府办公室：", "州直各有关单位：")
BODY = (
    "为深入贯彻落实中央关于东西部扶贫协作的决策部署，进一步加强双方在产业合作、劳务协作、"
    "人才交流等方面的合作，根据双方签订的扶贫协作协议，经研究，现将有关事项通知如下。"
    "一、提高政治站位。各单位要充分认识做好东西部扶贫协作工作的重要意义，切实加强组织领导，"
    "明确责任分工，确保各项工作任务落到实处。二、突出工作重点。围绕协议确定的目标任务，"
    "加快推进援助项目建设，规范资金使用管理，做好贫困劳动力转移就业和技能培训工作。"
    "三、加强督促检查。领导小组办公室将定期对工作推进情况进行督查，并通报督查结果。"
)


@dataclass(frozen=True)
class Truth:
    file: str
    title: str
    doc_number: str
    date: str  # ISO


def page(seed: int, dpi: int = 200) -> tuple[Image.Image, Truth]:
    """One A4 page of a 公文 as an ideal print, and what it says."""
    rng = random.Random(seed)
    agency, code = rng.choice(AGENCIES)
    subject, genre = SUBJECTS[seed % len(SUBJECTS)]
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = f"{code}〔2019〕{rng.randint(1, 160)}号"
    title = f"{agency}{subject}{genre}"
    date = f"2019年{month}月{day}日"
    font_path = FONTS[seed % len(FONTS)]
    px = dpi / 25.4  # pixels per mm
    width, height = round(210 * px), round(297 * px)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    left, right = round(28 * px), width - round(26 * px)
    body_size = round(5.6 * px)  # 三号 (16 pt) ≈ 5.6 mm
    body = ImageFont.truetype(font_path, body_size)
    mark = ImageFont.truetype(BOLD, round(10 * px))
    head = ImageFont.truetype(BOLD, round(7.7 * px))  # 二号
    y = round(35 * px)
    mark_text = agency + ("文件" if genre != "函" else "")
    box = draw.textbbox((0, 0), mark_text, font=mark)
    if box[2] > right - left:  # long agency names: a smaller mark
        mark = ImageFont.truetype(BOLD, round(10 * px * (right - left) / box[2]))
        box = draw.textbbox((0, 0), mark_text, font=mark)
    draw.text(((width - box[2]) // 2, y), mark_text, font=mark, fill=(200, 20, 20))
    y += box[3] + round(14 * px)
    box = draw.textbbox((0, 0), number, font=body)
    draw.text(((width - box[2]) // 2, y), number, font=body, fill="black")
    y += box[3] + round(4 * px)
    draw.line((left, y, right, y), fill=(200, 20, 20), width=max(2, round(0.6 * px)))
    y += round(12 * px)
    for line in _wrap(draw, title, head, right - left - round(20 * px)):
        box = draw.textbbox((0, 0), line, font=head)
        draw.text(((width - box[2]) // 2, y), line, font=head, fill="black")
        y += round(head.size * 1.45)
    y += round(6 * px)
    draw.text((left, y), rng.choice(ADDRESSEES), font=body, fill="black")
    y += round(body_size * 1.75)
    text = BODY[: rng.randint(120, len(BODY))]
    for i, line in enumerate(_wrap(draw, text, body, right - left - (2 * body_size))):
        indent = 2 * body_size if i == 0 else 0
        draw.text((left + indent, y), line, font=body, fill="black")
        y += round(body_size * 1.75)
    y = max(y + round(18 * px), height - round(80 * px))
    for line in (agency, date):
        box = draw.textbbox((0, 0), line, font=body)
        draw.text((right - box[2] - round(16 * px), y), line, font=body, fill="black")
        y += round(body_size * 1.75)
    cx, cy, r = right - round(55 * px), y - round(22 * px), round(21 * px)
    seal = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((cx - r, cy - r, cx + r, cy + r), outline=(220, 30, 30, 150),
                                 width=round(1.2 * px))  # fmt: skip
    image.paste(seal, (0, 0), seal)
    iso = f"2019-{month:02d}-{day:02d}"
    return image, Truth("", title, number, iso)


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if draw.textlength(line + ch, font=font) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


def scanned(image: Image.Image, seed: int, phone: bool = False) -> Image.Image:
    """The page as a scanner (or a phone held over the desk) gives it back."""
    rng = random.Random(seed * 7 + 1)
    paper = (rng.randint(225, 250),) * 3
    out = image.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC,
                       expand=False, fillcolor=paper)  # fmt: skip
    if phone:  # uneven light and a little perspective-free shrink
        w, h = out.size
        shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 5)
        out = Image.composite(out, Image.new("RGB", out.size, (150, 150, 150)), shade)
        out = out.resize((w * 3 // 4, h * 3 // 4), Image.Resampling.BILINEAR)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    # seeded grain (Image.effect_noise draws from C's rand(), which other libraries advance)
    grain = np.random.default_rng(rng.randrange(2**32)).normal(
        128.0, rng.uniform(8, 20), out.size[::-1]
    )
    noise = Image.fromarray(grain.clip(0, 255).astype(np.uint8), "L").convert("RGB")
    out = Image.blend(out, noise, 0.06)
    return out.convert("L") if rng.random() < 0.5 else out


def write(folder: Path, pages: int, start: int = 0) -> list[Truth]:
    """Write ``pages`` scanned pages as JPEG into ``folder`` with their truth."""
    folder.mkdir(parents=True, exist_ok=True)
    truths = []
    for seed in range(start, start + pages):
        ideal, truth = page(seed)
        name = f"scan_{seed:02d}.jpg"
        scanned(ideal, seed, phone=seed % 4 == 3).save(folder / name, "JPEG", quality=80)
        truths.append(Truth(name, truth.title, truth.doc_number, truth.date))
    (folder / "truth.json").write_text(
        json.dumps([t.__dict__ for t in truths], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return truths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args(argv)
    missing = [f for f in (*FONTS, BOLD) if not Path(f).is_file()]
    if missing:  # the pages are drawn in all four fonts: without one they would differ
        sys.exit(
            "missing fonts: "
            + ", ".join(missing)
            + " (Debian: apt-get install fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei)"
        )
    for t in write(args.out, args.pages):
        print(t.file, t.title, t.doc_number, t.date, file=sys.stdout)


if __name__ == "__main__":
    main()
