"""Photo files as delegations send them, made with Pillow: faces are not needed, a photo whose
top and bottom halves differ in colour shows which way up it was stored."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

TOP = (200, 30, 30)  # red: the top of the holder's picture
BOTTOM = (30, 30, 200)  # blue: the bottom


def portrait(width: int = 900, height: int = 1200) -> Image.Image:
    """A picture whose upper half is red and lower half blue, as it should be seen."""
    image = Image.new("RGB", (width, height), BOTTOM)
    image.paste(TOP, (0, 0, width, height // 2))
    return image


def jpeg(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, **options)
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg_turned_with_exif(gps: bool = True) -> bytes:
    """A phone's JPEG: stored lying on its side (1200 × 900) with EXIF orientation 6 (turn it a
    quarter clockwise to see it), a camera model and a GPS position, all of which must go."""
    stored = portrait().rotate(90, expand=True)  # the camera's sensor saw it sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x0110] = "Camera X100"  # Model
    if gps:
        exif[0x8825] = {1: "N", 2: (37.0, 16.0, 48.0), 3: "E", 4: (49.0, 35.0, 0.0)}
    return jpeg(stored, exif=exif)


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: a decompression bomb."""
    data = bytearray(png(Image.new("L", (8, 8), 128)))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


def photo_folder(folder: Path) -> Path:
    """The folder of the story: good photos, and every kind of file the desk must refuse."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "GIL-001.jpg").write_bytes(jpeg(portrait()))
    (folder / "gil-002.PNG").write_bytes(png(portrait(600, 900)))  # the ref in another case
    (folder / "GIL-003.jpeg").write_bytes(jpeg_turned_with_exif())
    (folder / "GIL-004.jpg").write_bytes(b"not a photo at all\n")  # text named .jpg
    (folder / "GIL-005.png").write_bytes(png_bomb())
    gif = io.BytesIO()
    portrait(300, 400).save(gif, "GIF")
    (folder / "GIL-006.jpg").write_bytes(gif.getvalue())  # a GIF named .jpg
    (folder / "ZZZ-999.jpg").write_bytes(jpeg(portrait()))  # no one's ref
    (folder / "Thumbs.db").write_bytes(b"\x00" * 64)  # left alone
    return folder


def remove_refused(folder: Path) -> None:
    for name in ("GIL-004.jpg", "GIL-005.png", "GIL-006.jpg"):
        (folder / name).unlink()
