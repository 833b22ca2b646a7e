"""The badge of a layout file read and checked: its size, QR code, zones, band, fields and shapes.

Every box must lie inside the badge, and no two fields (nor a field and the QR code or the
zones) may overlap; a mistake is ``layout.invalid`` naming the file and the key.
:data:`LAYOUT_FILE` lists every key a layout file may hold, the page's and sheet's included.
"""

from __future__ import annotations

from dataclasses import replace

from summit_desk.domain.toml_tables import TomlFormat, TomlTable
from summit_desk.printing.badge_layout_values import (
    BADGE_FIELDS,
    BAND_FIELDS,
    FIELD_NAMES,
    HONORIFIC_OF_NAME,
    MM,
    BadgeDesign,
    FieldSpec,
    PhotoSpec,
    QrSpec,
    ShapeSpec,
    ZonesSpec,
)
from summit_desk.printing.bidi_order import BaseDirection, DigitsMode
from summit_desk.printing.qr import ErrorCorrection
from summit_desk.printing.text_layout import Box, HorizontalAlign, TextStyle, VerticalAlign

_STYLE_KEYS = ("size", "min_size", "bold", "colour", "align", "valign", "max_lines", "line_height",
               "digits")  # fmt: skip
LAYOUT_FILE = TomlFormat(
    error="layout.invalid",
    noun="a badge layout",
    keys={
        "": ("format", "title", "design", "page", "badge", "sheet", "qr", "band", "zones",
             "shapes", "fields", "photo"),
        "page": ("width", "height", "printer_dpi"),
        "badge": ("width", "height"),
        "sheet": ("columns", "rows", "gutter", "scale", "margin_left", "margin_top", "crop_marks",
                  "mark_length", "mark_offset", "mark_line_width"),
        "qr": ("box", "error_correction"),
        "band": ("box", "radius"),
        "photo": ("box", "required"),
        "zones": ("box", "cell", "gap", "align", *_STYLE_KEYS),
        "shapes": ("box", "fill", "stroke", "line_width", "radius"),
        "field": ("box", "direction", "instead", *_STYLE_KEYS),
    },
)  # fmt: skip
# The tables that describe the badge itself, as against the page it is printed on.
DESIGN_TABLES = ("badge", "fields", "qr", "band", "zones", "shapes", "photo")
TOLERANCE_MM = 0.01  # what a designer's rounding may leave over


def read_design(root: TomlTable, page_mm: tuple[float, float]) -> BadgeDesign:
    """The badge of the layout file ``root``; it has the page's size unless ``[badge]`` says."""
    width_mm, height_mm = page_mm
    badge = root.table("badge", "badge")
    if badge is not None:
        width_mm = badge.number("width", above=True)
        height_mm = badge.number("height", above=True)
        badge.finish()
    return _DesignReader(root, width_mm, height_mm).read()


class _DesignReader:
    """Reads one badge's parts in the order their mistakes are reported, claiming their boxes."""

    def __init__(self, root: TomlTable, width_mm: float, height_mm: float) -> None:
        self.root = root
        self.width_mm = width_mm
        self.height_mm = height_mm
        self.placed: list[tuple[str, tuple[float, float, float, float]]] = []

    def read(self) -> BadgeDesign:
        qr = self.qr()
        zones = self.zones()
        photo = self.photo()
        band, band_radius = self.band()
        fields = self.fields(band)
        shapes = self.shapes()
        return BadgeDesign(
            width=self.width_mm * MM,
            height=self.height_mm * MM,
            fields=fields,
            shapes=shapes,
            qr=qr,
            band=band,
            band_radius=band_radius,
            zones=zones,
            photo=photo,
        )

    # -- the parts

    def qr(self) -> QrSpec:
        table = self.root.required_table("qr", "qr")
        box = self.box(table)
        self.claim(table, box)
        level: ErrorCorrection = table.literal("error_correction", ErrorCorrection, "Q")
        table.finish()
        return QrSpec(box, level)

    def zones(self) -> ZonesSpec | None:
        table = self.root.table("zones", "zones")
        if table is None:
            return None
        box = self.box(table)
        self.claim(table, box)
        cell = table.number("cell", box.height / MM, above=True) * MM
        if cell > box.height + TOLERANCE_MM * MM:
            table.fail("cell", "must not be taller than the box")
        zones = ZonesSpec(
            box=box,
            cell=cell,
            gap=table.number("gap", 1.0) * MM,
            align=table.literal("align", HorizontalAlign, "start"),
            style=replace(
                self.style(table, default_size=round(cell * 0.6, 1)),
                align="center",
                vertical_align="middle",
            ),
        )
        table.finish()
        return zones

    def photo(self) -> PhotoSpec | None:
        """The holder's photo: its box, and whether a badge without one is refused."""
        table = self.root.table("photo", "photo")
        if table is None:
            return None
        box = self.box(table)
        self.claim(table, box)
        required = table.boolean("required", False)
        table.finish()
        return PhotoSpec(box, required)

    def band(self) -> tuple[Box | None, float]:
        """The box filled with the category's colour, and its corners' radius."""
        table = self.root.table("band", "band")
        if table is None:
            return None, 0.0
        box = self.box(table)
        radius = table.number("radius", 0.0) * MM
        table.finish()
        return box, radius

    def fields(self, band: Box | None) -> tuple[FieldSpec, ...]:
        table = self.root.required_table("fields", None)
        fields = tuple(self.field(table.required_table(name, "field")) for name in table.data)
        table.finish()
        if not any(spec.name in ("name_fa", "name_latin") for spec in fields):
            table.fail("name_fa", "a badge needs name_fa or name_latin")
        for spec in fields:
            if spec.on_band and (band is None or not _inside(spec.box, band)):
                table.fail(spec.name, "has colour auto but is not on the [band]")
        by_name = {spec.name: spec for spec in fields}
        for name, honorific in HONORIFIC_OF_NAME.items():
            # The honorific's line and its name are set as one block in their two boxes.
            if honorific not in by_name:
                continue
            if name not in by_name:
                table.fail(honorific, f"goes with {name}, which this layout does not print")
            if not _directly_above(by_name[honorific].box, by_name[name].box):
                table.fail(honorific, f"must lie directly above fields.{name}.box, as wide as it")
        return fields

    def field(self, table: TomlTable) -> FieldSpec:
        name = table.name
        if name not in FIELD_NAMES:
            self.root.fail(table.prefix, f"is not a field; the fields are {', '.join(FIELD_NAMES)}")
        box = self.box(table)
        self.claim(table, box)
        on_band = table.data.get("colour") == "auto"
        if on_band and name not in BAND_FIELDS:
            table.fail("colour", f"can be auto only for {' and '.join(BAND_FIELDS)}")
        style = self.style(table, on_band=on_band)
        direction: BaseDirection = table.literal("direction", BaseDirection, "auto")
        instead = self.instead(table)
        table.finish()
        return FieldSpec(name, box, style, direction, on_band, instead)

    def instead(self, table: TomlTable) -> tuple[str, ...]:
        """The fields printed in this one's box when its own text does not fit whole."""
        names = table.get("instead")
        if names is None:
            return ()
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            table.fail("instead", 'must be a list of field names, e.g. ["country_en"]')
        for other in names:
            if other not in BADGE_FIELDS:
                table.fail("instead", f"{other} is not a holder's field")
        return tuple(names)

    def shapes(self) -> tuple[ShapeSpec, ...]:
        shapes = []
        for table in self.root.tables("shapes"):
            box = self.box(table)
            fill = table.colour("fill", None)
            stroke = table.colour("stroke", None)
            if fill is None and stroke is None:
                table.fail("fill", "a shape needs a fill or a stroke colour")
            line_width = table.number("line_width", 0.5)
            radius = table.number("radius", 0.0) * MM
            shapes.append(ShapeSpec(box, fill, stroke, line_width, radius))
            table.finish()
        return tuple(shapes)

    # -- what the parts share

    def box(self, table: TomlTable, name: str = "box") -> Box:
        """A box of the file (mm from the top left) in points from the bottom left, on the badge."""
        x, y, width, height = table.box_mm(name)
        if (
            x < -TOLERANCE_MM
            or y < -TOLERANCE_MM
            or x + width > self.width_mm + TOLERANCE_MM
            or y + height > self.height_mm + TOLERANCE_MM
        ):
            table.fail(name, f"lies outside the badge ({self.width_mm:g} × {self.height_mm:g} mm)")
        return Box(x * MM, (self.height_mm - y - height) * MM, width * MM, height * MM)

    def claim(self, table: TomlTable, box: Box) -> None:
        """Refuse a box that overlaps a field, the QR code or the zones already read."""
        mm = (box.x / MM, box.y / MM, box.width / MM, box.height / MM)
        for other_key, other in self.placed:
            if _overlap(mm, other):
                table.fail("box", f"overlaps {other_key}")
        self.placed.append((table.key("box"), mm))

    def style(
        self, table: TomlTable, *, default_size: float | None = None, on_band: bool = False
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
                align=table.literal("align", HorizontalAlign, "start"),
                vertical_align=table.literal("valign", VerticalAlign, "middle"),
                max_lines=table.integer("max_lines", 1),
                line_height=table.number("line_height", 1.2, above=True),
                digits=table.literal("digits", DigitsMode, "keep"),
            )
        except ValueError as error:  # TextStyle's own checks, should a new one be added
            table.fail("size", str(error))


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return (
        min(ax + aw, bx + bw) - max(ax, bx) > TOLERANCE_MM
        and min(ay + ah, by + bh) - max(ay, by) > TOLERANCE_MM
    )


def _inside(inner: Box, outer: Box) -> bool:
    slack = TOLERANCE_MM * MM
    return (
        inner.x >= outer.x - slack
        and inner.y >= outer.y - slack
        and inner.x + inner.width <= outer.x + outer.width + slack
        and inner.top <= outer.top + slack
    )


def _directly_above(upper: Box, lower: Box) -> bool:
    slack = TOLERANCE_MM * MM
    return (
        abs(upper.y - lower.top) <= slack
        and abs(upper.x - lower.x) <= slack
        and abs(upper.width - lower.width) <= slack
    )
