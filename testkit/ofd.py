"""OFD (GB/T 33190-2016), the format of China's electronic official documents: a zip
with OFD.xml, Doc_0/Document.xml, PublicRes.xml and one Content.xml per page, text in
TextObject/TextCode elements (long lines split in two runs, as converters write them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

__all__ = ["ofd_bytes"]

OFD_NS = "http://www.ofdspec.org/2016"


def ofd_bytes(blocks: Sequence[tuple[Any, ...]], title: str, author: str, created: str) -> bytes:
    """A GB/T 33190 package: OFD.xml, Doc_0/Document.xml, PublicRes, one Content.xml per page."""
    pw, ph, left, right, top, bottom = 210.0, 297.0, 28.0, 26.0, 37.0, 35.0
    pages: list[list[str]] = [[]]
    y = top
    oid = 10

    def emit(line: str, size: float, align: str, indent: float = 0.0, red: bool = False) -> None:
        nonlocal y, oid
        lh = size * 1.75
        if y + lh > ph - bottom:
            pages.append([])
            y = top
        n = len(line)
        w = n * size
        if align == "center":
            x = (pw - w) / 2
        elif align == "right":
            x = pw - right - w - size * 2
        else:
            x = left + indent
        # long lines come as two TextCode runs on the same baseline, as converters write them
        parts = [line] if n < 12 else [line[: n // 2], line[n // 2 :]]
        codes, dx = [], 0.0
        for part in parts:
            codes.append(
                f'<ofd:TextCode X="{dx:.2f}" Y="{size * 0.86:.2f}" DeltaX="g {max(len(part) - 1, 0)} {size:.3f}">'
                f"{escape(part)}</ofd:TextCode>"
            )
            dx += len(part) * size
        fill = '<ofd:FillColor Value="230 0 0"/>' if red else ""
        oid += 1
        pages[-1].append(
            f'<ofd:TextObject ID="{oid}" Boundary="{x:.2f} {y:.2f} {w + 1:.2f} {size * 1.2:.2f}" '
            f'Font="2" Size="{size:.3f}">{fill}{"".join(codes)}</ofd:TextObject>'
        )
        y += lh

    for style, v in blocks:
        text = str(v)
        if style == "head":
            emit(text, 10.0, "center", red=True)
        elif style == "title":
            for chunk in [text[i : i + 20] for i in range(0, len(text), 20)]:
                emit(chunk, 7.8, "center")
        elif style in ("docno", "center"):
            emit(text, 5.6, "center")
        elif style == "right":
            emit(text, 5.6, "right")
        else:
            per = 27
            first = 2 if style == "p" else 0
            rest = text
            line = rest[: per - first]
            emit(line, 5.6, "left", indent=first * 5.6)
            rest = rest[len(line) :]
            while rest:
                emit(rest[:per], 5.6, "left")
                rest = rest[per:]
    doc_id = hashlib.md5(title.encode("utf-8")).hexdigest()
    files: dict[str, str] = {
        "OFD.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
            "<ofd:DocBody><ofd:DocInfo>"
            f"<ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>"
            f"<ofd:Author>{escape(author)}</ofd:Author><ofd:CreationDate>{created}</ofd:CreationDate>"
            "<ofd:Creator>Suwell OFD Writer</ofd:Creator><ofd:CreatorVersion>2.0</ofd:CreatorVersion>"
            "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        ),
        "Doc_0/PublicRes.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
            '<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'
        ),
    }
    page_refs = []
    for i, objs in enumerate(pages):
        page_refs.append(f'<ofd:Page ID="{i + 3}" BaseLoc="Pages/Page_{i}/Content.xml"/>')
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{i + 900}">'
            + "".join(objs)
            + "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    files["Doc_0/Document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{oid + 1000}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {pw:g} {ph:g}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>"
    )
    d = dt.date.fromisoformat(created)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        pages_xml = sorted(k for k in files if k.startswith("Doc_0/Pages/"))
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", *pages_xml]:
            z.writestr(zipfile.ZipInfo(name, (d.year, d.month, d.day, 10, 0, 0)), files[name])
    return buf.getvalue()
