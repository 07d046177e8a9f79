"""Optical character recognition of scanned pages with Tesseract, where it is installed.

Tesseract is a program, not a Python package: on Debian/Ubuntu
``apt-get install tesseract-ocr tesseract-ocr-chi-sim``; on Windows the UB Mannheim
installer with the chi_sim language. Without it, scans are classified by name alone
(``no_text_layer``), as before. ``EVIDENCE_AUDIT_TESSERACT`` may name the program, or be
``off`` to never use OCR.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from functools import cache

from PIL import Image

LANGUAGES = "chi_sim"  # chi_sim reads digits and Latin letters too; +eng misreads 号 as 5
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])")


@cache
def tesseract() -> str | None:
    """The Tesseract program if it is installed with Simplified Chinese, else None."""
    setting = os.environ.get("EVIDENCE_AUDIT_TESSERACT", "")
    if setting.lower() == "off":
        return None
    program = setting or shutil.which("tesseract")
    if not program:
        return None
    try:
        done = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return program if "chi_sim" in done.stdout.split() else None


def ocr_image(image: Image.Image, timeout: float = 30.0) -> str:
    """The text of one page image; "" when Tesseract is missing or fails."""
    program = tesseract()
    if program is None:
        return ""
    buf = io.BytesIO()
    image.convert("L").save(buf, "PNG")
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", "-l", LANGUAGES, "--psm", "3"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    text = done.stdout.decode("utf-8", errors="replace")
    lines = (_CJK_GAP.sub("", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
