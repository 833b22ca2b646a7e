"""A holder's photo checked and made into what the database keeps: a small, clean JPEG.

What comes in may be anything a delegation sends: a phone's 12-megapixel JPEG turned on its side
by its EXIF orientation, a PNG with a transparent background, a text file named ``.jpg``, or a
file crafted to decompress into gigabytes. :func:`photo_size` reads only the header (never
decoding a pixel) and refuses, each with a message in the user's language, a file that is too
large in bytes, is not an image, is an image but not JPEG or PNG (judged by its content, not its
name), or has too many pixels (a decompression bomb is refused before it is decoded).

:func:`normalise` then applies the EXIF orientation, crops to the badge's 3:4 (35 × 45 mm)
aspect, centred unless a crop box is given, scales to 600 × 800 pixels and writes a baseline
JPEG under 200 kB with no metadata at all: no EXIF (GPS position, camera, date), no ICC profile,
no comment. A photo is personal data; only the face is kept.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps
from PIL.JpegImagePlugin import JpegImageFile
from PIL.PngImagePlugin import PngImageFile

from summit_desk.domain.errors import SummitDeskError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 48-megapixel phone JPEG is about 15 MB
MAX_PIXELS = 64_000_000  # 64 megapixels: more than any camera a delegation uses, far below a bomb
MIN_SIDES = (150, 200)  # (short side, long side): less prints as a blur at 35 × 45 mm
STORED_SIZE = (600, 800)  # width × height, 3:4 like the 35 × 45 mm of a passport-style photo
MAX_STORED_BYTES = 200_000
_QUALITIES = (88, 80, 72, 64, 56, 48, 40)
_JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class PhotoRefused(SummitDeskError):
    """A photo file that is not taken in; its message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class CropBox:
    """The part of the photo that goes on the badge, in pixels of the photo as it is seen
    (after its EXIF orientation is applied): left, top, width, height."""

    x: int
    y: int
    width: int
    height: int


def centred_crop(width: int, height: int) -> CropBox:
    """The largest 3:4 box in the middle of a ``width`` × ``height`` photo."""
    crop_w = min(width, height * 3 // 4)
    crop_h = min(height, crop_w * 4 // 3)
    crop_w = crop_h * 3 // 4
    return CropBox((width - crop_w) // 2, (height - crop_h) // 2, crop_w, crop_h)


def photo_size(data: bytes, name: str) -> tuple[int, int]:
    """The photo's width and height as seen (EXIF orientation applied), from its header only;
    a file that may not be a photo raises :class:`PhotoRefused`."""
    if len(data) > MAX_FILE_BYTES:
        size = round(len(data) / 1024 / 1024, 1)
        raise PhotoRefused("photo.too_large", file=name, size=size, limit=MAX_FILE_BYTES >> 20)
    image = _header(data, name)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoRefused(
            "photo.too_many_pixels",
            file=name,
            width=width,
            height=height,
            limit=MAX_PIXELS // 1_000_000,
        )
    if _orientation(image) in (5, 6, 7, 8):  # turned a quarter: width and height swap
        width, height = height, width
    if min(width, height) < MIN_SIDES[0] or max(width, height) < MIN_SIDES[1]:
        raise PhotoRefused(
            "photo.too_small",
            file=name,
            width=width,
            height=height,
            min_width=MIN_SIDES[0],
            min_height=MIN_SIDES[1],
        )
    return width, height


def normalise(data: bytes, name: str, crop: CropBox | None = None) -> bytes:
    """The photo as the database keeps it: oriented, cropped to 3:4, 600 × 800, JPEG under
    200 kB, no metadata. ``crop`` (in the oriented photo's pixels) defaults to the centre."""
    width, height = photo_size(data, name)
    box = centred_crop(width, height) if crop is None else _three_by_four(crop, width, height)
    image = _header(data, name)
    # A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when the crop box still has 600 × 800
    # pixels or more there: a phone's 12-megapixel photo in a tenth of the time.
    enough = max(STORED_SIZE[0] / box.width, STORED_SIZE[1] / box.height)
    if enough < 1:
        image.draft("RGB", (math.ceil(image.width * enough), math.ceil(image.height * enough)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            image = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombWarning) as error:
        raise PhotoRefused("photo.damaged", file=name, reason=str(error)[:120]) from error
    fx, fy = image.width / width, image.height / height  # what the draft decoding kept
    image = image.crop(
        (box.x * fx, box.y * fy, (box.x + box.width) * fx, (box.y + box.height) * fy)
    )
    image = _flat_rgb(image).resize(STORED_SIZE, Image.Resampling.LANCZOS)
    for quality in _QUALITIES:
        out = io.BytesIO()
        # No exif=, icc_profile= or comment: Pillow then writes none, so nothing of the
        # original file's metadata survives.
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_STORED_BYTES:
            return out.getvalue()
    return out.getvalue()  # 600 × 800 at quality 40 is far under the limit; never reached


def _header(data: bytes, name: str) -> Image.Image:
    """The image with only its header read, opened as JPEG or PNG by its first bytes.

    The format's own class is used rather than ``Image.open``, which would try every format
    Pillow knows and refuse a bomb without telling its size.
    """
    opener: type[JpegImageFile] | type[PngImageFile]
    if data.startswith(_JPEG_MAGIC):
        opener = JpegImageFile
    elif data.startswith(_PNG_MAGIC):
        opener = PngImageFile
    else:
        raise _not_jpeg_or_png(data, name)
    try:
        return opener(io.BytesIO(data))
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise PhotoRefused("photo.damaged", file=name, reason=str(error)[:120]) from error


def _not_jpeg_or_png(data: bytes, name: str) -> PhotoRefused:
    """A photo of another format is named (GIF, WEBP, …), anything else is not an image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = Image.open(io.BytesIO(data)).format
    except Exception:  # any failure to identify it means it is not an image
        found = None
    if found:
        return PhotoRefused("photo.bad_format", file=name, format=found)
    return PhotoRefused("photo.not_image", file=name)


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except (OSError, SyntaxError, ValueError, TypeError):
        return 1


def _three_by_four(crop: CropBox, width: int, height: int) -> CropBox:
    """``crop`` checked against the photo, and narrowed to 3:4 about its centre if it is not."""
    if (
        crop.x < 0
        or crop.y < 0
        or crop.width < 1
        or crop.height < 1
        or crop.x + crop.width > width
        or crop.y + crop.height > height
    ):
        box = f"({crop.x}, {crop.y}, {crop.width}, {crop.height})"
        raise SummitDeskError("photo.bad_crop", box=box, width=width, height=height)
    inner = centred_crop(crop.width, crop.height)
    return CropBox(crop.x + inner.x, crop.y + inner.y, inner.width, inner.height)


def _flat_rgb(image: Image.Image) -> Image.Image:
    """RGB on white: a PNG's transparent background prints white, not black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        ground = Image.new("RGB", rgba.size, "#FFFFFF")
        ground.paste(rgba, mask=rgba.getchannel("A"))
        return ground
    return image.convert("RGB")
