"""Camera frames as the camera widget receives them: ``QImage``s of a badge held up to a webcam."""

from __future__ import annotations

import random
import threading
from typing import Any

from PIL import Image
from PySide6.QtGui import QImage
from support.qr_frames import blank_frames, degrade, scene

from summit_desk.ui.widgets.camera_scanner import decode_frame


def to_qimage(image: Image.Image) -> QImage:
    grey = image.convert("L")
    data = grey.tobytes()
    return QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()


def badge_frame(code: str, seed: int = 1) -> QImage:
    """A 640 × 480 frame of a badge carrying ``code``, slightly turned, with sensor noise."""
    rng = random.Random(seed)
    image, box = scene(code, rng)
    return to_qimage(degrade(image, box, "rotation", 12.0, rng)).convertToFormat(
        QImage.Format.Format_RGB32  # what a camera's frame converts to
    )


def empty_frame() -> QImage:
    return to_qimage(next(blank_frames(1)))


class GatedDecode:
    """The real decoder, held at a gate inside the worker thread until the test opens it: the
    test can then see what the desk does while a decode is running."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.threads: set[int] = set()

    def __call__(self, frame: Any) -> tuple[str, ...]:
        self.threads.add(threading.get_ident())
        self.entered.set()
        if not self.gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        return decode_frame(frame)
