"""The debris of real shared drives: files a sweep must skip or report, never judge.

Word/Excel owner files (``~$…``), Thumbs.db, desktop.ini, .DS_Store, and a 7z stub
whose header is right and whose body is junk.
"""

from __future__ import annotations

import random

__all__ = ["desktop_ini", "ds_store", "owner_file", "seven_zip_stub", "thumbs_db"]


def owner_file(user: str = "Administrator") -> bytes:
    """An Office owner file (~$name.docx): 162 bytes, the user name twice."""
    data = bytes([len(user)]) + user.encode("ascii")
    data = data.ljust(54, b"\x00") + bytes([len(user), 0]) + user.encode("utf-16-le")
    return data.ljust(162, b"\x00")[:162]


def thumbs_db() -> bytes:
    """Thumbs.db: an OLE2 compound file header and nothing useful."""
    head = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + bytes.fromhex("3E000300FEFF0900")
    return head.ljust(2048, b"\x00")


def desktop_ini() -> bytes:
    text = "\r\n[.ShellClassInfo]\r\nIconResource=C:\\Windows\\system32\\imageres.dll,-3\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le")


def ds_store() -> bytes:
    return b"\x00\x00\x00\x01Bud1" + bytes(2040)


def seven_zip_stub(rng: random.Random) -> bytes:
    """A 7z signature followed by junk: cannot be opened, claims nothing."""
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + rng.randbytes(4088)
