"""Zip packages written byte for byte the same on every run.

:func:`pin_ooxml` rewrites a docx/xlsx that python-docx or openpyxl saved, with fixed
member timestamps and fixed ``docProps/core.xml`` dates (optionally marked as saved by
WPS Office); :func:`gbk_zip` writes a zip the way Chinese Windows tools do (GBK member
names, the UTF-8 flag unset).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

ZipTime = tuple[int, int, int, int, int, int]

_KSO_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    "<vt:lpwstr>2052-11.1.0.9208</vt:lpwstr></property></Properties>"
)


def _set_core_date(xml: bytes, tag: str, stamp: str) -> bytes:
    pattern = rb"(<dcterms:" + tag.encode() + rb"[^>]*>)[^<]*(</dcterms:" + tag.encode() + rb">)"
    return re.sub(pattern, rb"\g<1>" + stamp.encode() + rb"\g<2>", xml)


def pin_ooxml(
    data: bytes,
    member_time: ZipTime,
    *,
    modified: str | None = None,
    created: str | None = None,
    wps: bool = False,
) -> bytes:
    """An OOXML package rewritten with every member dated ``member_time`` and the core
    properties' ``modified``/``created`` set to the given W3CDTF stamps; with ``wps``, the
    custom property KSOProductBuildVer that WPS Office writes is added."""
    out: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                if created is not None:
                    blob = _set_core_date(blob, "created", created)
                if modified is not None:
                    blob = _set_core_date(blob, "modified", modified)
            if wps and info.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            if wps and info.filename == "_rels/.rels":
                blob = blob.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdKso" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>',
                )
            out.append((info.filename, blob))
    if wps:
        out.append(("docProps/custom.xml", _KSO_CUSTOM.encode("utf-8")))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for name, blob in out:
            member = zipfile.ZipInfo(name, date_time=member_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, blob)
    return buf.getvalue()


def gbk_zip(members: Sequence[tuple[str, bytes, ZipTime]]) -> bytes:
    """A zip as Chinese Windows tools write it: GBK names, UTF-8 flag (bit 11) unset,
    folder entries first; JPEGs and nested zips stored, everything else deflated."""
    names: list[str] = []
    for name, _, _ in members:
        parts = name.split("/")
        for k in range(1, len(parts)):
            folder = "/".join(parts[:k]) + "/"
            if folder not in names:
                names.append(folder)
        names.append(name)
    data = {n: (b, t) for n, b, t in members}
    # zipfile writes names as ASCII or UTF-8 only: write same-length ASCII placeholders,
    # then put the GBK bytes in their place (in the local and the central header).
    placeholders: dict[bytes, bytes] = {}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, n in enumerate(names):
            raw = n.encode("gbk")
            is_dir = n.endswith("/")
            ph = f"@@{k:03d}".encode("ascii")
            ph += b"#" * (len(raw) - len(ph) - (1 if is_dir else 0)) + (b"/" if is_dir else b"")
            if len(ph) != len(raw):
                raise ValueError(f"member name too short for its placeholder: {n}")
            placeholders[ph] = raw
            if is_dir:
                info = zipfile.ZipInfo(ph.decode("ascii"), (2019, 11, 26, 10, 0, 0))
                info.create_system = 0
                info.external_attr = 0x10
                z.writestr(info, b"")
            else:
                body, when = data[n]
                info = zipfile.ZipInfo(ph.decode("ascii"), when)
                info.create_system = 0
                info.external_attr = 0x20
                stored = n.lower().endswith((".jpg", ".zip"))
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                z.writestr(info, body)
    out = buf.getvalue()
    for ph, raw in placeholders.items():
        if out.count(ph) != 2:
            raise ValueError(f"placeholder {ph!r} is not unique in the archive")
        out = out.replace(ph, raw)
    check = zipfile.ZipFile(io.BytesIO(out))
    back = [i.filename.encode("cp437").decode("gbk") for i in check.infolist()]
    if back != names or any(i.flag_bits & 0x800 for i in check.infolist()):
        raise ValueError("the GBK zip does not read back")
    if check.testzip() is not None:
        raise ValueError("the GBK zip does not read back")
    return out
