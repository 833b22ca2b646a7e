"""The holder's photo on a badge, or a clean placeholder where there is none.

The database keeps a 600 × 800 JPEG; a badge's photo slot is 20 to 30 mm wide, which a 300 dpi
printer prints with about 300 dots. Each photo is scaled down to the slot's size in printer dots
(at the layout's ``printer_dpi`` and the sheet's scale), cropped to the slot's aspect about its
centre (at most 300 pixels an inch, see :func:`print_pixels`), and embedded as a JPEG that the
PDF keeps as it is (DCTDecode), so a thousand badges
carry a thousand small photos, not a thousand camera-sized ones. A photo smaller than the slot's
dots is never scaled up: that would add bytes and no detail.

A badge without a photo shows the placeholder: a light frame with a head-and-shoulders
silhouette, drawn once per document as a form and placed on every such badge. It carries no
initials or name: the names are printed on the badge already, and a guard must see at once that
this badge has no photo rather than read a stand-in as one.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from summit_desk.domain.errors import SummitDeskError
from summit_desk.printing.badge_layout_values import PhotoSpec

PLACEHOLDER_FORM = "SummitPhotoPlaceholder"
_GROUND = HexColor("#EEF1F3")
_FIGURE = HexColor("#C3CCD2")
_FRAME = HexColor("#8E9BA3")
_FRAME_WIDTH = 0.5  # points
PHOTO_PPI = 300  # the most pixels an inch a photo is embedded at
_QUALITY = 85  # JPEG quality of the printed photo: no visible loss at 300 dpi


def print_pixels(spec: PhotoSpec, scale: float, printer_dpi: int) -> tuple[int, int]:
    """The slot's size in printer dots, up to 300 a inch: the pixels a photo needs there.

    A photo is printed at 300 pixels an inch, as photo labs print, even on a 600 dpi printer:
    a 600 dpi laser prints a photo's tones by dithering, and twice the pixels would make each
    photo four times as large for nothing a guard could see."""
    ppi = min(printer_dpi, PHOTO_PPI)
    width = spec.box.width * scale / 72 * ppi
    height = spec.box.height * scale / 72 * ppi
    return max(1, round(width)), max(1, round(height))


@lru_cache(maxsize=4)
def fitted_jpeg(photo: bytes, size: tuple[int, int]) -> bytes:
    """``photo`` cropped to the aspect of ``size`` about its centre and scaled down to it (never
    up), as a baseline JPEG with no metadata. Kept for a few calls: the preview and the print
    of one badge draw the same photo."""
    try:
        with Image.open(io.BytesIO(photo)) as source:
            # A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that still covers the
            # slot's dots: four to ten times faster than decoding it whole, and as sharp.
            source.draft("RGB", size)
            image = ImageOps.exif_transpose(source).convert("RGB")
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError) as error:
        raise SummitDeskError("photo.damaged", file="photo", reason=str(error)[:120]) from error
    width, height = size
    if image.width < width:  # a small photo keeps its own pixels, cut to the slot's aspect
        width, height = image.width, max(1, round(image.width * height / width))
    if image.height < height:
        width, height = max(1, round(image.height * width / height)), image.height
    image = ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=_QUALITY, optimize=True)
    return out.getvalue()


class PhotoSlot:
    """Draws one layout's photo slot: the holder's photo, or the placeholder form."""

    def __init__(self, spec: PhotoSpec, scale: float, printer_dpi: int, layout_id: str) -> None:
        self.spec = spec
        self.size = print_pixels(spec, scale, printer_dpi)
        self.layout_id = layout_id

    def define_placeholder(self, canvas: Canvas) -> None:
        """The placeholder as a form, in the badge's coordinates; drawn once per document."""
        box = self.spec.box
        canvas.beginForm(PLACEHOLDER_FORM, box.x, box.y, box.x + box.width, box.y + box.height)
        canvas.setFillColor(_GROUND)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
        # Head and shoulders, centred, kept inside the frame by a clipping path.
        clip = canvas.beginPath()
        clip.rect(box.x, box.y, box.width, box.height)
        canvas.saveState()
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setFillColor(_FIGURE)
        centre = box.x + box.width / 2
        head = box.width * 0.19
        canvas.circle(centre, box.y + box.height * 0.6, head, stroke=0, fill=1)
        shoulders = box.width * 0.42
        canvas.ellipse(
            centre - shoulders,
            box.y - box.height * 0.22,
            centre + shoulders,
            box.y + box.height * 0.4,
            stroke=0,
            fill=1,
        )
        canvas.restoreState()
        self._frame(canvas)
        canvas.endForm()

    def draw(self, canvas: Canvas, photo: bytes | None, ref: str) -> None:
        """The photo in its slot; without one, the placeholder, or a refusal if it is required."""
        if photo is None:
            if self.spec.required:
                raise SummitDeskError("photo.required", layout=self.layout_id, refs=ref)
            canvas.doForm(PLACEHOLDER_FORM)
            return
        box = self.spec.box
        reader = ImageReader(io.BytesIO(fitted_jpeg(photo, self.size)))
        canvas.drawImage(reader, box.x, box.y, box.width, box.height)
        self._frame(canvas)

    def _frame(self, canvas: Canvas) -> None:
        box = self.spec.box
        canvas.setStrokeColor(_FRAME)
        canvas.setLineWidth(_FRAME_WIDTH)
        inset = _FRAME_WIDTH / 2
        canvas.rect(
            box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset, 1, 0
        )
