"""Badge QR codes, drawn as vectors: one filled path per symbol, with its quiet zone kept clear.

A badge code is ``SD`` and 26 Crockford base-32 characters (:mod:`summit_desk.domain.codes`), all
in the QR alphanumeric mode. Measured with ``qrcode`` 8: those 28 characters need version 2
(25 × 25 modules) at error correction M (capacity 38) and still at Q (capacity 29), and version 3
(29 × 29) at H. So badges use Q: the same small symbol as M, and it survives a quarter of it
being scuffed, folded or covered by a lanyard clip rather than 15 %.

Drawing: the dark modules of each row are merged into runs, and runs of the same columns in
consecutive rows into one rectangle, so a symbol is about a hundred ``re`` operators filled by a
single ``f``: no seams between modules when a viewer anti-aliases, and a small page stream. The
module size is the largest that fits the symbol and its quiet zone (4 modules on each side) in
the box, snapped down to whole dots of the printer, so every module prints the same width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

ErrorCorrection = Literal["M", "Q", "H"]
ERROR_CORRECTION_LEVELS: tuple[ErrorCorrection, ...] = ("M", "Q", "H")
QUIET_ZONE = 4  # modules of light margin on every side, as ISO/IEC 18004 requires

_LEVELS = {"M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}
_POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class QrSymbol:
    """A QR symbol's dark modules as rectangles ``(column, row, width, height)``, row 0 on top."""

    text: str
    version: int
    error_correction: ErrorCorrection
    size: int  # modules on a side, without the quiet zone
    rects: tuple[tuple[int, int, int, int], ...]

    @property
    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE


def _merged_rects(matrix: list[list[bool]]) -> tuple[tuple[int, int, int, int], ...]:
    """Dark runs of each row, with identical runs in the rows below folded into one rectangle."""
    done: list[tuple[int, int, int, int]] = []
    open_rects: dict[tuple[int, int], tuple[int, int]] = {}  # (column, width) -> (row, height)
    for row, cells in enumerate(matrix):
        runs = []
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                runs.append((start, column - start))
            else:
                column += 1
        still_open: dict[tuple[int, int], tuple[int, int]] = {}
        for run in runs:
            top, height = open_rects.pop(run, (row, 0))
            still_open[run] = (top, height + 1)
        done.extend((col, top, width, height) for (col, width), (top, height) in open_rects.items())
        open_rects = still_open
    done.extend((col, top, width, height) for (col, width), (top, height) in open_rects.items())
    return tuple(sorted(done, key=lambda rect: (rect[1], rect[0])))


def qr_symbol(text: str, error_correction: ErrorCorrection = "Q") -> QrSymbol:
    """The smallest QR symbol that holds ``text`` at ``error_correction`` (M, Q or H)."""
    if error_correction not in _LEVELS:
        raise ValueError(f"error correction must be M, Q or H, not {error_correction!r}")
    code = qrcode.QRCode(error_correction=_LEVELS[error_correction], border=0)
    code.add_data(text, optimize=0)
    code.make(fit=True)
    matrix = [[bool(cell) for cell in row] for row in code.get_matrix()]
    return QrSymbol(text, int(code.version), error_correction, len(matrix), _merged_rects(matrix))


def module_size(side: float, modules: int, printer_dpi: int | None = None) -> float:
    """The module size in points that fits ``modules`` (quiet zone included) across ``side``.

    With ``printer_dpi`` the size is rounded down to whole printer dots, unless that would
    leave less than one dot a module.
    """
    size = side / modules
    if printer_dpi:
        dot = _POINTS_PER_INCH / printer_dpi
        dots = math.floor(size / dot + 1e-9)
        if dots >= 1:
            size = dots * dot
    return size


def draw_qr(canvas: Canvas, symbol: QrSymbol, x: float, y: float, module: float) -> None:
    """Draw ``symbol`` with the outer corner of its quiet zone at ``(x, y)`` (bottom left).

    The quiet zone is left unpainted: the caller places the code on a light ground.
    """
    top = y + (symbol.size + QUIET_ZONE) * module
    left = x + QUIET_ZONE * module
    path = canvas.beginPath()
    for column, row, width, height in symbol.rects:
        path.rect(
            left + column * module, top - (row + height) * module, width * module, height * module
        )
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
