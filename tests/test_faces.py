"""Faces found in a picture (YuNet through OpenCV): the people that make a photo an event's.

The face is a real one (``fixtures/face.png``: NASA's public-domain portrait of Eileen
Collins, cropped by tools/make_face_fixture.py); the scenes are drawn here. The detector
ships inside the package, so nothing here may skip.
"""

from __future__ import annotations

from pathlib import Path

from pictures import FACE, with_faces
from PIL import Image
from test_picture_doubt import analyse, scene

from evidence_audit.files._faces import MODEL, count_faces
from evidence_audit.files.extract import extract
from evidence_audit.files.extract.base import Limits


def test_the_model_ships_inside_the_package() -> None:
    assert MODEL.is_file() and MODEL.stat().st_size == 232589
    assert (MODEL.parent / "LICENSE-yunet").read_text().startswith("MIT License")


def test_faces_are_counted() -> None:
    with Image.open(FACE) as face:
        assert count_faces(face) == 1
        assert count_faces(face.convert("L")) == 1  # a grey picture is read as well
    assert count_faces(scene()) == 0  # shapes and grain, no one in them
    assert count_faces(with_faces(scene(), 4)) == 4
    assert count_faces(with_faces(scene(size=(4000, 3000)), 3, side=300)) == 3  # shrunk first


def test_a_tiny_picture_has_no_face() -> None:
    assert count_faces(Image.new("RGB", (12, 9), (200, 150, 120))) == 0


def test_faces_are_measured_in_the_visual_pass(tmp_path: Path) -> None:
    record = analyse(tmp_path, "合影.jpg", with_faces(scene(), 5), quality=85)
    assert record.extraction.image is not None and record.extraction.image.facts is not None
    assert record.extraction.image.facts.faces == 5
    # and without OCR as well: the faces are no text
    with (tmp_path / "合影.jpg").open("rb") as stream:
        extraction = extract(stream, "jpeg", Limits(ocr=False))
    assert extraction.image is not None and extraction.image.facts is not None
    assert extraction.image.facts.faces == 5
