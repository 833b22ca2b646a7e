"""Badge layouts as data: ``resources/layouts/*.toml`` read into frozen dataclasses.

A protocol officer adds or adjusts a layout without touching code; ``resources/layouts/README.md``
describes the format. Files are in millimetres with boxes measured from the badge's top-left
corner, as a designer measures them; the values
(:mod:`~summit_desk.printing.badge_layout_values`) hold points in ReportLab's coordinates (y up
from the badge's bottom-left corner), ready to draw. A file is checked as a whole when it is read:
every key known, every value of the right type and range, every box inside the badge, no two
fields (nor a field and the QR code or the zones) overlapping, the sheet's badges and crop marks
on the page. A mistake is a :class:`~summit_desk.domain.errors.SummitDeskError` ``layout.invalid``
naming the file, the key and what is wrong with it.

This module reads the page and the sheet; :mod:`~summit_desk.printing.badge_design_reader` reads
the badge, and :mod:`~summit_desk.domain.toml_tables` each value. A sheet layout may draw another
layout's badge (``design = "a6"``), scaled, so one design serves both the single badge and the
sheet of four.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from summit_desk.assets import resource
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.toml_tables import TomlTable, read_toml
from summit_desk.printing.badge_design_reader import (
    DESIGN_TABLES,
    LAYOUT_FILE,
    TOLERANCE_MM,
    read_design,
)
from summit_desk.printing.badge_layout_values import MM, BadgeDesign, BadgeLayout, CropMarks

FORMAT_VERSION = 1


def _sheet_slots(
    root: TomlTable,
    sheet: TomlTable | None,
    page_mm: tuple[float, float],
    badge_mm: tuple[float, float],
) -> tuple[tuple[tuple[float, float], ...], CropMarks | None]:
    """The badges' bottom-left corners on the page, in points, and the crop marks if any."""
    page_width, page_height = page_mm
    badge_width, badge_height = badge_mm
    if sheet is None:
        if badge_width > page_width + TOLERANCE_MM or badge_height > page_height + TOLERANCE_MM:
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
        left < reach - TOLERANCE_MM
        or top < reach - TOLERANCE_MM
        or left + grid_width > page_width - reach + TOLERANCE_MM
        or top + grid_height > page_height - reach + TOLERANCE_MM
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


def load_layout(path: Path) -> BadgeLayout:
    """Read and check one layout file; a mistake raises ``layout.invalid`` naming the key."""
    root = read_toml(path, LAYOUT_FILE)
    version = root.integer("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        root.fail("format", f"this Summit Desk reads layout format {FORMAT_VERSION}")
    title = root.string("title", path.stem)
    page = root.required_table("page", "page")
    page_mm = (page.number("width", above=True), page.number("height", above=True))
    printer_dpi = page.integer("printer_dpi", 300, minimum=72)
    page.finish()

    sheet = root.table("sheet", "sheet")
    design = _design(root, page_mm)
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


def _design(root: TomlTable, page_mm: tuple[float, float]) -> BadgeDesign:
    """The file's own badge, or the one of the layout that ``design = "a6"`` names."""
    design_name = root.get("design")
    if design_name is None:
        return read_design(root, page_mm)
    if not isinstance(design_name, str) or not design_name:
        root.fail("design", 'must name another layout file, e.g. "a6"')
    for own in DESIGN_TABLES:
        if root.has(own):
            root.fail(own, f"belongs in {design_name}.toml, whose badge this layout draws")
    design_path = root.source.with_name(f"{design_name}.toml")
    if not design_path.is_file():
        root.fail("design", f"there is no layout file {design_path.name} beside this one")
    return load_layout(design_path).design


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
