"""Badge QR codes: small symbols, drawn as one vector path with a quiet zone, that scan back."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas
from support.ocr import render_png
from support.tools import require_tools

from summit_desk.domain.codes import new_badge_code
from summit_desk.printing.qr import QUIET_ZONE, QrSymbol, draw_qr, module_size, qr_symbol

MM = 72 / 25.4
DOT_300 = 72 / 300


def painted(symbol: QrSymbol) -> set[tuple[int, int]]:
    cells = set()
    for column, row, width, height in symbol.rects:
        for y in range(row, row + height):
            for x in range(column, column + width):
                assert (x, y) not in cells, "rectangles overlap"
                cells.add((x, y))
    return cells


def reference_dark_modules(text: str, level: int) -> set[tuple[int, int]]:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(text, optimize=0)
    code.make(fit=True)
    return {(x, y) for y, row in enumerate(code.get_matrix()) for x, dark in enumerate(row) if dark}


@pytest.mark.parametrize(("level", "version"), [("M", 2), ("Q", 2), ("H", 3)])
def test_a_badge_code_needs_version_2_up_to_error_correction_q(level: str, version: int) -> None:
    symbol = qr_symbol(new_badge_code(), level)  # type: ignore[arg-type]
    assert symbol.version == version
    assert symbol.size == 17 + 4 * version


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=1, max_size=40))
def test_the_merged_rectangles_paint_exactly_the_dark_modules(text: str) -> None:
    symbol = qr_symbol(text, "Q")
    assert painted(symbol) == reference_dark_modules(text, qrcode.constants.ERROR_CORRECT_Q)


def test_merging_runs_keeps_a_symbol_to_about_a_hundred_rectangles() -> None:
    symbol = qr_symbol(new_badge_code())
    dark = len(painted(symbol))
    assert len(symbol.rects) < dark / 2


def test_the_module_size_snaps_down_to_whole_printer_dots() -> None:
    module = module_size(30 * MM, 33, printer_dpi=300)
    assert module / DOT_300 == pytest.approx(round(module / DOT_300))
    assert module * 33 <= 30 * MM
    assert (module + DOT_300) * 33 > 30 * MM
    assert module_size(30 * MM, 33) == pytest.approx(30 * MM / 33)


def test_a_symbol_is_one_filled_path() -> None:
    symbol = qr_symbol(new_badge_code())
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(120, 120), pageCompression=0)
    draw_qr(canvas, symbol, 10, 10, 3)
    canvas.save()
    pdf = buffer.getvalue()
    stream = pdf[pdf.index(b"stream") : pdf.index(b"endstream")]
    operators = stream.split()
    assert operators.count(b"re") == len(symbol.rects)
    assert operators.count(b"f") == 1
    assert operators.count(b"S") == 0


def test_a_drawn_symbol_with_its_quiet_zone_scans_back(tmp_path: Path) -> None:
    require_tools("pdftoppm", "zbarimg")
    code = new_badge_code()
    symbol = qr_symbol(code)
    module = 2.5
    side = symbol.size_with_quiet_zone * module
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(side, side))
    draw_qr(canvas, symbol, 0, 0, module)
    canvas.save()
    (png,) = render_png(buffer.getvalue(), tmp_path, dpi=100)
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", str(png)], check=True, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == [code]


def test_the_quiet_zone_is_left_clear_on_every_side() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200), pageCompression=0)
    symbol = qr_symbol(new_badge_code())
    draw_qr(canvas, symbol, 0, 0, 2)
    canvas.save()
    pdf = buffer.getvalue()
    words = pdf[pdf.index(b"stream") : pdf.index(b"endstream")].split()
    lows, highs = [], []
    for index, word in enumerate(words):
        if word == b"re":
            x, y, width, height = map(float, words[index - 4 : index])
            lows += [x, y]
            highs += [x + width, y + height]
    margin = QUIET_ZONE * 2
    assert min(lows) == pytest.approx(margin)
    assert max(highs) == pytest.approx(margin + symbol.size * 2)
