"""Reading badge QR codes from camera frames, with zxing-cpp (the optional ``camera`` extra).

A frame comes in as 8-bit grey pixels (:class:`GreyFrame`), so this module needs neither Qt nor
Pillow nor numpy: the camera widget converts a ``QImage`` to grey in its worker thread, the bench
and the tests convert a Pillow image. zxing-cpp is imported on first use, so the desk without
the extra still starts, and :func:`decoder_missing` says why camera scanning is not offered.

zxing-cpp is asked for QR codes only (a badge carries nothing else, and each extra format costs
time on every frame), in any orientation, light on dark too (a badge under a bright lamp can
photograph inverted), and at reduced scales (a 1080p frame of a badge held close has big
modules). A frame where nothing is found is read again, stretched when it is dim and flat, then
with its highlights spread out for a lamp's glare: each pass costs a fraction of a millisecond
at 640 × 480, and lifts the read rate on those frames (bench/camera_decode.py).

A camera shows the same badge in many frames: :class:`Cooldown` lets a code through once and
then holds it back while it stays in view and for a few seconds after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType
from typing import Any

COOLDOWN_S = 3.0  # a code seen again within this long of its last sighting is the same scan


@dataclass(frozen=True, slots=True)
class GreyFrame:
    """A camera frame as 8-bit grey pixels, row by row; ``stride`` bytes a row (padding allowed)."""

    width: int
    height: int
    pixels: bytes
    stride: int = 0  # 0: rows are ``width`` bytes apart

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"a frame needs pixels, not {self.width} × {self.height}")
        if self.row_bytes < self.width or len(self.pixels) < self.row_bytes * self.height:
            raise ValueError("the frame's pixels do not fill its width, height and stride")

    @property
    def row_bytes(self) -> int:
        return self.stride or self.width


def _zxing() -> ModuleType:
    return import_module("zxingcpp")


def decoder_missing() -> str | None:
    """Why camera frames cannot be decoded here (the missing package's name), or None."""
    try:
        _zxing()
    except ImportError:
        return "zxing-cpp"
    return None


def read_codes(frame: GreyFrame) -> tuple[str, ...]:
    """The texts of the QR codes in ``frame``, as a scanner would type them (maybe none)."""
    found = _read(frame.pixels, frame)
    if not found:
        # zxing-cpp's binarizer skips areas whose dark-to-light range is under 24 grey levels:
        # a dim, flat frame is read once more with its range stretched to full scale.
        stretched = _stretched(frame.pixels)
        if stretched is not None:
            found = _read(stretched, frame)
    if not found:
        # A lamp's glare lifts the code's dark modules close to white, a range too small for
        # the binarizer; a steep gamma spreads the bright end of the scale out again.
        found = _read(frame.pixels.translate(_HIGHLIGHTS), frame)
    return found


_HIGHLIGHTS = bytes(round(255 * (value / 255) ** 3) for value in range(256))


def _read(pixels: bytes, frame: GreyFrame) -> tuple[str, ...]:
    zxing = _zxing()
    view = memoryview(pixels)[: frame.row_bytes * frame.height]
    image = zxing.ImageView(view, frame.width, frame.height, zxing.ImageFormat.Lum, frame.row_bytes)
    found = zxing.read_barcodes(
        image, formats=zxing.BarcodeFormat.QRCode, try_rotate=True, try_invert=True
    )
    return tuple(barcode.text for barcode in found if barcode.valid and barcode.text)


_FLAT = 64  # grey levels between the 1st and 99th percentile under which a frame is stretched


def _stretched(pixels: bytes) -> bytes | None:
    """``pixels`` with their 1st-99th percentile range spread over 0-255, or None when the
    frame already has the contrast (a sample of the pixels gives the percentiles: it is fast)."""
    sample = sorted(pixels[:: max(1, len(pixels) // 4096)])
    low, high = sample[len(sample) // 100], sample[-1 - len(sample) // 100]
    if high - low >= _FLAT:
        return None
    span = max(1, high - low)
    table = bytes(min(255, max(0, (value - low) * 255 // span)) for value in range(256))
    return pixels.translate(table)


@dataclass
class Cooldown:
    """Lets each code through once, then ignores it until it has been out of sight ``seconds``.

    Holding a badge in front of the camera is one scan however long it is held; showing it
    again after the cool-down is a new one (and the desk answers "already checked in").
    """

    clock: Callable[[], float]
    seconds: float = COOLDOWN_S
    _last_seen: dict[str, float] = field(default_factory=dict)

    def accept(self, code: str) -> bool:
        now = self.clock()
        # Forget codes long out of sight, so a morning of badges does not pile up here.
        self._last_seen = {c: t for c, t in self._last_seen.items() if now - t < self.seconds}
        fresh = code not in self._last_seen
        self._last_seen[code] = now
        return fresh

    def clear(self) -> None:
        self._last_seen.clear()


def frame_from_pillow(image: Any) -> GreyFrame:
    """A Pillow image as a :class:`GreyFrame` (the bench's and the tests' images)."""
    grey = image.convert("L")
    return GreyFrame(grey.width, grey.height, grey.tobytes())
