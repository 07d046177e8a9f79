#!/usr/bin/env python3
"""Build ``tests/fixtures/face.png``: one real face, for the tests that need people in a
picture (the face detector finds no face in anything Pillow draws).

The face is cropped from ``astronaut.png`` of scikit-image (repository
scikit-image/scikit-image, commit cd0a3d22b9f359f05618d75d5c7a29b91b4951ca, path
src/_skimage2/data/astronaut.png): NASA's portrait of the astronaut Eileen Collins,
released into the public domain. The crop is the square around the face (pixels 163–283
across, 60–180 down), resized to 64×64.

Usage: python tools/make_face_fixture.py ASTRONAUT_PNG [OUT]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

BOX = (163, 60, 283, 180)
SIDE = 64


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__)
        return 2
    out = Path(args[1]) if len(args) > 1 else Path(__file__).parents[1] / "tests/fixtures/face.png"
    with Image.open(args[0]) as im:
        face = im.convert("RGB").crop(BOX).resize((SIDE, SIDE), Image.Resampling.LANCZOS)
    face.save(out, optimize=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
