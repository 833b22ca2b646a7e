"""Camera frames as the camera widget receives them: ``QImage``s of a badge held up to a webcam."""

from __future__ import annotations

import random
import threading
from typing import Any

from PIL import Image, ImageDraw
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


SKIN = (224, 172, 140)
BACKDROP = (150, 150, 150)
FACE_CENTRE = (180, 200)  # left of the frame's middle: the centred crop box misses it


def face_frame(width: int = 640, height: int = 480) -> QImage:
    """A webcam's picture of someone at the desk, drawn: a grey backdrop, an oval face (skin,
    eyes, mouth) and blue shoulders, standing left of the middle, as guests do."""
    image = Image.new("RGB", (width, height), BACKDROP)
    draw = ImageDraw.Draw(image)
    x, y = FACE_CENTRE
    draw.ellipse((x - 110, y + 90, x + 110, y + 330), fill=(40, 60, 140))  # shoulders
    draw.rectangle((x - 25, y + 60, x + 25, y + 110), fill=SKIN)  # neck
    draw.ellipse((x - 65, y - 85, x + 65, y + 85), fill=SKIN)  # face
    draw.ellipse((x - 70, y - 100, x + 70, y - 40), fill=(50, 35, 25))  # hair
    for eye in (x - 28, x + 28):
        draw.ellipse((eye - 9, y - 15, eye + 9, y - 3), fill=(30, 30, 30))
    draw.arc((x - 25, y + 20, x + 25, y + 50), 20, 160, fill=(150, 60, 60), width=4)
    return QImage(
        image.tobytes(), width, height, width * 3, QImage.Format.Format_RGB888
    ).convertToFormat(QImage.Format.Format_RGB32)  # what a camera's frame converts to
