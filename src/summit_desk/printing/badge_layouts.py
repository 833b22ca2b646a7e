"""Badge layouts as data: ``resources/layouts/*.toml`` read into frozen dataclasses.

A protocol officer adds or adjusts a layout without touching code; ``resources/layouts/README.md``
describes the format. Files are in millimetres with boxes measured from the badge's top-left
corner, as a designer measures them; the dataclasses hold points in ReportLab's coordinates (y up
from the badge's bottom-left corner), ready to draw. A file is checked as a whole when it is read:
every key known, every value of the right type and range, every box inside the badge, no two
fields (nor a field and the QR code or the zones) overlapping, the sheet's badges and crop marks
on the page. A mistake is a :class:`~summit_desk.domain.errors.SummitDeskError` ``layout.invalid``
naming the file, the key and what is wrong with it.

A sheet layout may draw another layout's badge (``design = "a6"``), scaled, so one design serves
both the single badge and the sheet of four.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, get_args

from summit_desk.assets import resource
from summit_desk.domain.errors import SummitDeskError
from summit_desk.printing.bidi_order import BaseDirection, DigitsMode
from summit_desk.printing.qr import ErrorCorrection
from summit_desk.printing.text_layout import Box, HorizontalAlign, TextStyle, VerticalAlign

MM = 72 / 25.4  # points per millimetre
FORMAT_VERSION = 1

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
    "name_fa",
    "name_latin",
    "name_native",
    "title_fa",
    "title_en",
    "delegation_fa",
    "delegation_en",
    "delegation_native",
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
# Fields drawn on the category's colour band, in a colour that stands out from it.
BAND_FIELDS = ("category_fa", "category_en")

_STYLE_KEYS = ("size", "min_size", "bold", "colour", "align", "valign", "max_lines", "line_height",
               "digits")  # fmt: skip
_KEYS: dict[str, tuple[str, ...]] = {
    "": ("format", "title", "design", "page", "badge", "sheet", "qr", "band", "zones", "shapes",
         "fields"),
    "page": ("width", "height", "printer_dpi"),
    "badge": ("width", "height"),
    "sheet": ("columns", "rows", "gutter", "scale", "margin_left", "margin_top", "crop_marks",
              "mark_length", "mark_offset", "mark_line_width"),
    "qr": ("box", "error_correction"),
    "band": ("box", "radius"),
    "zones": ("box", "cell", "gap", "align", *_STYLE_KEYS),
    "shapes": ("box", "fill", "stroke", "line_width", "radius"),
    "field": ("box", "direction", *_STYLE_KEYS),
}  # fmt: skip
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_TOLERANCE_MM = 0.01
ZoneAlign = HorizontalAlign  # start is left: zone codes are Latin letters read left to right


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A text field: where it goes (points, badge coordinates), how it looks, which way it reads."""

    name: str
    box: Box
    style: TextStyle
    direction: BaseDirection
    on_band: bool  # drawn in black or white, whichever stands out from the category colour


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


class _Table:
    """One TOML table being read: typed getters that name the key on failure, and leftovers."""

    def __init__(
        self, source: Path, prefix: str, data: Mapping[str, Any], kind: str | None = None
    ) -> None:
        self.source = source
        self.prefix = prefix
        self.data = data
        self.used: set[str] = set()
        # A misspelt key is named before anything else: "sise" rather than "size is missing".
        if kind is not None:
            unknown = sorted(set(data) - set(_KEYS[kind]))
            if unknown:
                self.fail(unknown[0], "is not a key of a badge layout (a typo?)")

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, problem: str) -> NoReturn:
        """Refuse the file: ``reason`` reads "fields.name_fa.size must be a number, not 'big'"."""
        key = self.key(name)
        raise SummitDeskError(
            "layout.invalid", path=str(self.source), key=key, reason=f"{key} {problem}"
        )

    def has(self, name: str) -> bool:
        return name in self.data

    def get(self, name: str) -> Any:
        self.used.add(name)
        return self.data.get(name)

    def number(
        self, name: str, default: float | None = None, *, minimum: float = 0.0, above: bool = False
    ) -> float:
        value = self.get(name)
        if value is None:
            if default is None:
                self.fail(name, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail(name, f"must be a number, not {value!r}")
        if value < minimum or (above and value == minimum):
            self.fail(name, f"must be {'above' if above else 'at least'} {minimum:g}")
        return float(value)

    def integer(self, name: str, default: int, *, minimum: int = 1) -> int:
        value = self.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"must be a whole number, not {value!r}")
        if value < minimum:
            self.fail(name, f"must be at least {minimum}")
        return value

    def string(self, name: str, default: str | None = None) -> str:
        value = self.get(name)
        if value is None:
            if default is None:
                self.fail(name, "is missing")
            return default
        if not isinstance(value, str):
            self.fail(name, f"must be text in quotes, not {value!r}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.string(name, default)
        if value not in choices:
            self.fail(name, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(name, f"must be true or false, not {value!r}")
        return value

    def colour(self, name: str, default: str | None) -> str | None:
        value = self.get(name)
        if value is None:
            return default
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            self.fail(name, f"must be a colour written #RRGGBB, not {value!r}")
        return value.upper()

    def box_mm(self, name: str) -> tuple[float, float, float, float]:
        value = self.get(name)
        if value is None:
            self.fail(name, "is missing")
        if (
            not isinstance(value, list)
            or len(value) != 4
            or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
        ):
            self.fail(name, "must be four numbers [x, y, width, height] in mm, from the top left")
        x, y, width, height = (float(v) for v in value)
        if width <= 0 or height <= 0:
            self.fail(name, "must have a positive width and height")
        return x, y, width, height

    def table(self, name: str, kind: str | None, *, required: bool = False) -> _Table | None:
        value = self.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return None
        if not isinstance(value, dict):
            self.fail(name, f"must be a table ([{self.key(name)}])")
        return _Table(self.source, self.key(name), value, kind)

    def tables(self, name: str) -> Iterator[_Table]:
        value = self.get(name)
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(name, f"must be a list of tables ([[{self.key(name)}]])")
        for index, item in enumerate(value):
            yield _Table(self.source, f"{self.key(name)}[{index}]", item, name)

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            self.fail(unknown[0], "is not a key of a badge layout (a typo?)")


class _DesignReader:
    """Reads the badge of a layout file: its size, fields, band, QR code, zones and shapes."""

    def __init__(self, root: _Table, width_mm: float, height_mm: float) -> None:
        self.root = root
        self.width_mm = width_mm
        self.height_mm = height_mm
        self.placed: list[tuple[str, tuple[float, float, float, float]]] = []

    def box(self, table: _Table, name: str = "box") -> Box:
        x, y, width, height = table.box_mm(name)
        if (
            x < -_TOLERANCE_MM
            or y < -_TOLERANCE_MM
            or x + width > self.width_mm + _TOLERANCE_MM
            or y + height > self.height_mm + _TOLERANCE_MM
        ):
            table.fail(name, f"lies outside the badge ({self.width_mm:g} × {self.height_mm:g} mm)")
        return Box(x * MM, (self.height_mm - y - height) * MM, width * MM, height * MM)

    def claim(self, table: _Table, box: Box) -> None:
        """Refuse a box that overlaps a field, the QR code or the zones already read."""
        mm = (box.x / MM, box.y / MM, box.width / MM, box.height / MM)
        for other_key, other in self.placed:
            if _overlap(mm, other):
                table.fail("box", f"overlaps {other_key}")
        self.placed.append((table.key("box"), mm))

    def style(
        self, table: _Table, *, default_size: float | None = None, on_band: bool = False
    ) -> TextStyle:
        size = table.number("size", default_size, above=True)
        min_size = table.number("min_size", size, above=True)
        if min_size > size:
            table.fail("min_size", f"must not be above size ({size:g})")
        if on_band:
            table.get("colour")  # "auto": the renderer picks black or white for each band
        try:
            return TextStyle(
                font_size=size,
                min_font_size=min_size,
                bold=table.boolean("bold", False),
                color="#000000" if on_band else table.colour("colour", "#000000") or "#000000",
                align=_choice(table, "align", HorizontalAlign, "start"),
                vertical_align=_choice(table, "valign", VerticalAlign, "middle"),
                max_lines=table.integer("max_lines", 1),
                line_height=table.number("line_height", 1.2, above=True),
                digits=_choice(table, "digits", DigitsMode, "keep"),
            )
        except ValueError as error:  # TextStyle's own checks, should a new one be added
            table.fail("size", str(error))

    def field(self, table: _Table) -> FieldSpec:
        name = table.prefix.rpartition(".")[2]
        if name not in FIELD_NAMES:
            self.root.fail(table.prefix, f"is not a field; the fields are {', '.join(FIELD_NAMES)}")
        box = self.box(table)
        self.claim(table, box)
        on_band = table.data.get("colour") == "auto"
        if on_band and name not in BAND_FIELDS:
            table.fail("colour", f"can be auto only for {' and '.join(BAND_FIELDS)}")
        style = self.style(table, on_band=on_band)
        direction = _choice(table, "direction", BaseDirection, "auto")
        table.finish()
        return FieldSpec(name, box, style, direction, on_band)

    def read(self) -> BadgeDesign:
        root = self.root
        qr_table = root.table("qr", "qr", required=True)
        assert qr_table is not None
        qr_box = self.box(qr_table)
        self.claim(qr_table, qr_box)
        level = _choice(qr_table, "error_correction", ErrorCorrection, "Q")
        qr_table.finish()

        zones = None
        zones_table = root.table("zones", "zones")
        if zones_table is not None:
            zones_box = self.box(zones_table)
            self.claim(zones_table, zones_box)
            cell = zones_table.number("cell", zones_box.height / MM, above=True) * MM
            if cell > zones_box.height + _TOLERANCE_MM * MM:
                zones_table.fail("cell", "must not be taller than the box")
            zones = ZonesSpec(
                box=zones_box,
                cell=cell,
                gap=zones_table.number("gap", 1.0) * MM,
                align=_choice(zones_table, "align", HorizontalAlign, "start"),
                style=replace(
                    self.style(zones_table, default_size=round(cell * 0.6, 1)),
                    align="center",
                    vertical_align="middle",
                ),
            )
            zones_table.finish()

        band = None
        band_radius = 0.0
        band_table = root.table("band", "band")
        if band_table is not None:
            band = self.box(band_table)
            band_radius = band_table.number("radius", 0.0) * MM
            band_table.finish()

        fields_table = root.table("fields", None, required=True)
        assert fields_table is not None
        fields = []
        for name in fields_table.data:
            table = fields_table.table(name, "field")
            assert table is not None
            fields.append(self.field(table))
        fields_table.finish()
        if not any(spec.name in ("name_fa", "name_latin") for spec in fields):
            fields_table.fail("name_fa", "a badge needs name_fa or name_latin")
        for spec in fields:
            if spec.on_band and (band is None or not _inside(spec.box, band)):
                fields_table.fail(spec.name, "has colour auto but is not on the [band]")

        shapes = []
        for table in root.tables("shapes"):
            shape_box = self.box(table)
            fill = table.colour("fill", None)
            stroke = table.colour("stroke", None)
            if fill is None and stroke is None:
                table.fail("fill", "a shape needs a fill or a stroke colour")
            shapes.append(
                ShapeSpec(
                    shape_box,
                    fill,
                    stroke,
                    table.number("line_width", 0.5),
                    table.number("radius", 0.0) * MM,
                )
            )
            table.finish()

        return BadgeDesign(
            width=self.width_mm * MM,
            height=self.height_mm * MM,
            fields=tuple(fields),
            shapes=tuple(shapes),
            qr=QrSpec(qr_box, level),
            band=band,
            band_radius=band_radius,
            zones=zones,
        )


def _choice(table: _Table, name: str, literal: Any, default: str) -> Any:
    return table.choice(name, tuple(get_args(literal)), default)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return (
        min(ax + aw, bx + bw) - max(ax, bx) > _TOLERANCE_MM
        and min(ay + ah, by + bh) - max(ay, by) > _TOLERANCE_MM
    )


def _inside(inner: Box, outer: Box) -> bool:
    slack = _TOLERANCE_MM * MM
    return (
        inner.x >= outer.x - slack
        and inner.y >= outer.y - slack
        and inner.x + inner.width <= outer.x + outer.width + slack
        and inner.top <= outer.top + slack
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SummitDeskError("layout.invalid", path=str(path), key="", reason=reason) from error
    except tomllib.TOMLDecodeError as error:
        raise SummitDeskError("layout.invalid", path=str(path), key="", reason=str(error)) from (
            error
        )


def _sheet_slots(
    root: _Table,
    sheet: _Table | None,
    page_mm: tuple[float, float],
    badge_mm: tuple[float, float],
) -> tuple[tuple[tuple[float, float], ...], CropMarks | None]:
    """The badges' bottom-left corners on the page, in points, and the crop marks if any."""
    page_width, page_height = page_mm
    badge_width, badge_height = badge_mm
    if sheet is None:
        if badge_width > page_width + _TOLERANCE_MM or badge_height > page_height + _TOLERANCE_MM:
            root.fail("page", f"is smaller than the badge ({badge_width:g} × {badge_height:g} mm)")
        left, top = (page_width - badge_width) / 2, (page_height - badge_height) / 2
        return ((left * MM, (page_height - top - badge_height) * MM),), None
    columns = sheet.integer("columns", 1)
    rows = sheet.integer("rows", 1)
    gutter = sheet.number("gutter", 0.0)
    grid_width = columns * badge_width + (columns - 1) * gutter
    grid_height = rows * badge_height + (rows - 1) * gutter
    left = sheet.number("margin_left", (page_width - grid_width) / 2, minimum=-1e9)
    top = sheet.number("margin_top", (page_height - grid_height) / 2, minimum=-1e9)
    marks = None
    if sheet.boolean("crop_marks", False):
        marks = CropMarks(
            length=sheet.number("mark_length", 4.0, above=True) * MM,
            offset=sheet.number("mark_offset", 1.5) * MM,
            line_width=sheet.number("mark_line_width", 0.25, above=True),
        )
    # The marks sit in the margins, so the grid needs that much room on every side.
    reach = (marks.offset + marks.length) / MM if marks else 0.0
    if (
        left < reach - _TOLERANCE_MM
        or top < reach - _TOLERANCE_MM
        or left + grid_width > page_width - reach + _TOLERANCE_MM
        or top + grid_height > page_height - reach + _TOLERANCE_MM
    ):
        need = f"{grid_width + 2 * reach:.1f} × {grid_height + 2 * reach:.1f} mm"
        sheet.fail(
            "columns",
            f"and rows: {columns} × {rows} badges of {badge_width:.1f} × {badge_height:.1f} mm"
            + (" with their crop marks" if marks else "")
            + f" need {need}, more than the page gives them",
        )
    slots = []
    for row in range(rows):
        for column in range(columns):
            x = left + column * (badge_width + gutter)
            y_top = top + row * (badge_height + gutter)
            slots.append((x * MM, (page_height - y_top - badge_height) * MM))
    return tuple(slots), marks


def _read_design(root: _Table, page_mm: tuple[float, float]) -> BadgeDesign:
    badge = root.table("badge", "badge")
    width_mm, height_mm = page_mm
    if badge is not None:
        width_mm = badge.number("width", above=True)
        height_mm = badge.number("height", above=True)
        badge.finish()
    return _DesignReader(root, width_mm, height_mm).read()


def load_layout(path: Path) -> BadgeLayout:
    """Read and check one layout file; a mistake raises ``layout.invalid`` naming the key."""
    root = _Table(path, "", _read_toml(path), "")
    version = root.integer("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        root.fail("format", f"this Summit Desk reads layout format {FORMAT_VERSION}")
    title = root.string("title", path.stem)
    page = root.table("page", "page", required=True)
    assert page is not None
    page_mm = (page.number("width", above=True), page.number("height", above=True))
    printer_dpi = page.integer("printer_dpi", 300, minimum=72)
    page.finish()

    sheet = root.table("sheet", "sheet")
    design_name = root.get("design")
    if design_name is not None:
        if not isinstance(design_name, str) or not design_name:
            root.fail("design", 'must name another layout file, e.g. "a6"')
        for own in ("badge", "fields", "qr", "band", "zones", "shapes"):
            if root.has(own):
                root.fail(own, f"belongs in {design_name}.toml, whose badge this layout draws")
        design_path = path.with_name(f"{design_name}.toml")
        if not design_path.is_file():
            root.fail("design", f"there is no layout file {design_path.name} beside this one")
        design = load_layout(design_path).design
    else:
        design = _read_design(root, page_mm)

    scale = sheet.number("scale", 1.0, above=True) if sheet is not None else 1.0
    badge_mm = (design.width / MM * scale, design.height / MM * scale)
    slots, marks = _sheet_slots(root, sheet, page_mm, badge_mm)
    if sheet is not None:
        sheet.finish()
    root.finish()
    return BadgeLayout(
        id=path.stem,
        title=title,
        source=path,
        page_width=page_mm[0] * MM,
        page_height=page_mm[1] * MM,
        printer_dpi=printer_dpi,
        design=design,
        scale=scale,
        slots=slots,
        crop_marks=marks,
    )


def layouts_dir() -> Path:
    return resource("layouts")


def layout_names() -> tuple[str, ...]:
    """The layouts that come with Summit Desk, by name (the file name without ``.toml``)."""
    return tuple(sorted(path.stem for path in layouts_dir().glob("*.toml")))


@cache
def builtin_layout(name: str) -> BadgeLayout:
    """A layout that comes with Summit Desk; an unknown name raises ``layout.unknown``."""
    if name not in layout_names():
        raise SummitDeskError("layout.unknown", name=name, known=", ".join(layout_names()))
    return load_layout(layouts_dir() / f"{name}.toml")
