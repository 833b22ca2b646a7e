"""What a badge layout is, once read: frozen values in points, ready to draw.

:mod:`~summit_desk.printing.badge_layouts` reads them from ``resources/layouts/*.toml``; sizes
here are in points in ReportLab's coordinates (y up from the badge's bottom-left corner), where
the files are in millimetres from the top-left corner, as a designer measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summit_desk.printing.bidi_order import BaseDirection
from summit_desk.printing.qr import ErrorCorrection
from summit_desk.printing.text_layout import Box, HorizontalAlign, TextStyle

MM = 72 / 25.4  # points per millimetre

# The texts a field may show. Header fields are the same on every badge of the event and are
# drawn once per document; the others come from each badge.
HEADER_FIELDS = (
    "event_fa",
    "event_en",
    "slogan_fa",
    "slogan_en",
    "venue_fa",
    "venue_en",
    "dates_fa",
    "dates_en",
)
BADGE_FIELDS = (
    "honorific_fa",
    "honorific_en",
    "name_fa",
    "name_latin",
    "name_native",
    "title_fa",
    "title_en",
    "delegation_fa",
    "delegation_en",
    "delegation_native",
    "delegation_short_fa",
    "delegation_short_en",
    "country_fa",
    "country_en",
    "origin_fa",
    "origin_en",
    "category_fa",
    "category_en",
    "zones_fa",
    "zones_en",
    "number",
)
FIELD_NAMES = HEADER_FIELDS + BADGE_FIELDS
# A form of address goes with the name in its own script, on its own line just above it.
HONORIFIC_OF_NAME = {"name_fa": "honorific_fa", "name_latin": "honorific_en"}
# Fields drawn on the category's colour band, in a colour that stands out from it.
BAND_FIELDS = ("category_fa", "category_en")

ZoneAlign = HorizontalAlign  # start is left: zone codes are Latin letters read left to right


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A text field: where it goes (points, badge coordinates), how it looks, which way it reads."""

    name: str
    box: Box
    style: TextStyle
    direction: BaseDirection
    on_band: bool  # drawn in black or white, whichever stands out from the category colour
    # Fields whose text is printed instead, the first that fits whole, when this one does not:
    # a short form the data gives ("ECO"), then the country, rather than a name cut with "…".
    instead: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ShapeSpec:
    """A fixed rectangle of the design (a header ground, a rule), drawn under everything else."""

    box: Box
    fill: str | None
    stroke: str | None
    line_width: float
    radius: float


@dataclass(frozen=True, slots=True)
class QrSpec:
    """The square the QR code and its quiet zone are centred in, as large as fits."""

    box: Box
    error_correction: ErrorCorrection


@dataclass(frozen=True, slots=True)
class ZonesSpec:
    """A row of squares, one per access zone, each with the zone's code in it."""

    box: Box
    cell: float
    gap: float
    align: ZoneAlign
    style: TextStyle


@dataclass(frozen=True, slots=True)
class PhotoSpec:
    """Where the holder's photo goes (cropped to the box's aspect, centred), and whether a badge
    may be printed without one (a clean placeholder then stands in its place)."""

    box: Box
    required: bool


@dataclass(frozen=True, slots=True)
class BadgeDesign:
    """What one badge looks like, in points from its bottom-left corner."""

    width: float
    height: float
    fields: tuple[FieldSpec, ...]
    shapes: tuple[ShapeSpec, ...]
    qr: QrSpec
    band: Box | None
    band_radius: float
    zones: ZonesSpec | None
    photo: PhotoSpec | None = None

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)


@dataclass(frozen=True, slots=True)
class CropMarks:
    """Short lines in the sheet's margins, in line with every cut, clear of the badges."""

    length: float
    offset: float  # gap between the badge's edge line and the start of the mark
    line_width: float


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    """A page size and where on it badges of one design go; sizes in points."""

    id: str
    title: str
    source: Path
    page_width: float
    page_height: float
    printer_dpi: int
    design: BadgeDesign
    scale: float
    slots: tuple[tuple[float, float], ...]  # bottom-left corner of each badge on the page
    crop_marks: CropMarks | None

    @property
    def per_page(self) -> int:
        return len(self.slots)

    @property
    def badge_width(self) -> float:
        return self.design.width * self.scale

    @property
    def badge_height(self) -> float:
        return self.design.height * self.scale

    def page_box(self, box: Box, slot: int = 0) -> Box:
        """Where a box of the design lands on the page, in the badge of ``slot``."""
        x, y = self.slots[slot]
        scale = self.scale
        return Box(x + box.x * scale, y + box.y * scale, box.width * scale, box.height * scale)
