"""Where a badge's access-zone squares go: every zone, or none and a refusal.

A zone is an access right, so a badge never drops one. When the squares at the layout's size do
not fit the zones' box in one row, they are made smaller or set on more rows, whichever keeps
them larger; below :data:`SMALLEST_CELL` of the layout's size a code is no longer read at a glance,
and the badge is refused (``badges.zones_do_not_fit``) rather than printed with fewer zones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from summit_desk.printing.badge_layout_values import ZonesSpec
from summit_desk.printing.text_layout import Box

SMALLEST_CELL = 0.6  # of the layout's cell: smaller, and the code is too small to check at a door


@dataclass(frozen=True, slots=True)
class ZoneGrid:
    """The squares of ``count`` zones, in reading order, and their scale against the layout's."""

    cells: tuple[Box, ...]
    scale: float


def zone_grid(count: int, spec: ZonesSpec) -> ZoneGrid | None:
    """The largest grid of ``count`` squares in ``spec.box``; ``None`` when too small to read."""
    if count == 0:
        return ZoneGrid((), 1.0)
    box = spec.box
    best: tuple[float, int] | None = None
    for rows in range(1, count + 1):
        columns = math.ceil(count / rows)
        # Cell and gap shrink together, so the grid keeps the layout's proportions.
        across = box.width / (columns * spec.cell + (columns - 1) * spec.gap)
        down = box.height / (rows * spec.cell + (rows - 1) * spec.gap)
        scale = min(1.0, across, down)
        if best is None or scale > best[0] + 1e-9:
            best = (scale, rows)
    assert best is not None
    scale, rows = best
    if scale < SMALLEST_CELL:
        return None
    columns = math.ceil(count / rows)
    cell, gap = spec.cell * scale, spec.gap * scale
    grid_height = rows * cell + (rows - 1) * gap
    top = box.y + (box.height + grid_height) / 2  # rows centred in the box, y up
    cells: list[Box] = []
    for row in range(rows):
        in_row = min(columns, count - row * columns)
        width = in_row * cell + (in_row - 1) * gap
        offset = {"start": 0.0, "center": (box.width - width) / 2, "end": box.width - width}
        x = box.x + offset[spec.align]
        y = top - (row + 1) * cell - row * gap
        cells.extend(Box(x + i * (cell + gap), y, cell, cell) for i in range(in_row))
    return ZoneGrid(tuple(cells), scale)
