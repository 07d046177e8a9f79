"""How many human faces a picture shows: the people of an event photo.

Colour and texture tell a photograph from a drawn picture, but not a meeting from a
landscape, a product or an empty hall: what makes a photo evidence of an event is the
people in it. Faces are found by YuNet (the OpenCV Zoo's face detector, MIT licence,
232 KB, shipped in ``models/``; it finds faces from about 10 pixels across) through
OpenCV's own ``FaceDetectorYN``. A crowd seen from behind or from the back of a hall shows
no faces, so the ruleset weighs the count as one signal among the picture's others.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

__all__ = ["MIN_SCORE", "count_faces"]

MODEL = Path(__file__).parent / "models" / "face_detection_yunet_2023mar.onnx"
#: The detector's confidence a face must reach (the model's demo takes 0.9, for clear faces
#: before a camera; the small faces of people in a hall score 0.6–0.9).
MIN_SCORE = 0.6
_SIDE = 640  # the model was trained on 640-pixel pictures
_local = threading.local()  # one detector per thread: a detector keeps its input size


@functools.cache
def _loadable() -> bool:
    """Whether this OpenCV build has the detector and the model is in place."""
    try:
        import cv2
    except ImportError:
        return False
    return hasattr(cv2, "FaceDetectorYN") and MODEL.is_file()


def _detector() -> Any:
    detector = getattr(_local, "detector", None)
    if detector is None:
        import cv2

        logging = cv2.utils.logging
        level = logging.getLogLevel()
        logging.setLogLevel(logging.LOG_LEVEL_ERROR)  # OpenCV 5 warns of its graph engine
        try:
            detector = cv2.FaceDetectorYN.create(str(MODEL), "", (_SIDE, _SIDE), MIN_SCORE)
        finally:
            logging.setLogLevel(level)
        _local.detector = detector
    return detector


def count_faces(image: Image.Image) -> int | None:
    """Faces of at least :data:`MIN_SCORE` in a decoded picture; None when the detector is
    not available or fails on it."""
    if not _loadable():
        return None
    scale = min(1.0, _SIDE / max(image.size))
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    if min(image.size) < 16:
        return 0
    bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    try:
        detector = _detector()
        detector.setInputSize((bgr.shape[1], bgr.shape[0]))
        _, found = detector.detect(bgr)
    except Exception:  # cv2.error on a picture the network cannot take
        return None
    return 0 if found is None else len(found)
