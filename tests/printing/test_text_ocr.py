"""Names drawn by the engine read back, through OCR, as the delegation wrote them.

Each name is drawn alone on a small page, rendered at 100 dpi (72 as a second try) and read with
tesseract; see ``tests/support/ocr.py`` for the oracle and its normalisation. The negative controls
prove the oracle is not fooled: Persian drawn the naive ways must fail it.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas
from support.ocr import character_error_rate, read_back
from support.tools import require_tools

from summit_desk.printing.fonts import fonts
from summit_desk.printing.text import Box, TextStyle, draw_text, layout_text

from .alphabets import LONG_PERSIAN_TITLE, NAMES

pytestmark = pytest.mark.ocr

MAX_CER = 0.2
PAGE = (360, 50)
FIELD = Box(10, 5, 340, 40)
NEGATIVE_CONTROL = "هیئت اعزامی استان مازندران"
TITLE_BOX = Box(10, 10, 250, 40)
TITLE_STYLE = TextStyle(font_size=13, max_lines=2)


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    require_tools("tesseract", "pdftoppm")


NAME_STYLE = TextStyle(font_size=20)


def pdf_of(name: str, style: TextStyle = NAME_STYLE, box: Box = FIELD) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(box.x * 2 + box.width, box.y * 2 + box.height))
    layout = draw_text(canvas, name, box, style)
    assert layout.fits
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("language", "name"), NAMES, ids=[name for _, name in NAMES])
def test_a_name_reads_back_as_written(language: str, name: str) -> None:
    reading = read_back(pdf_of(name), name, language)
    assert reading.cer <= MAX_CER, f"read {reading.text!r} (psm {reading.psm}, {reading.dpi} dpi)"


@pytest.mark.parametrize(("language", "name"), [("fa", "علی‌اکبر رحیمی"), ("kk", "Әлихан Бөкейхан")])
def test_a_bold_name_reads_back_as_written(language: str, name: str) -> None:
    reading = read_back(pdf_of(name, TextStyle(font_size=20, bold=True)), name, language)
    assert reading.cer <= MAX_CER, f"read {reading.text!r}"


def test_a_wrapped_persian_title_reads_line_one_then_line_two() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(270, 60))
    layout = draw_text(canvas, LONG_PERSIAN_TITLE, TITLE_BOX, TITLE_STYLE)
    canvas.save()
    first, second = layout.lines
    in_order, swapped = f"{first.text} {second.text}", f"{second.text} {first.text}"
    reading = read_back(buffer.getvalue(), in_order, "fa", psms=(6, 4, 11))
    assert reading.cer <= MAX_CER, f"read {reading.text!r}"
    assert character_error_rate(swapped, reading.text, "fa") > MAX_CER


def test_wrapped_lines_in_swapped_order_fail_the_oracle() -> None:
    """What bidi before wrapping does (pretix's bug): the second half of the title on top."""
    first, second = layout_text(LONG_PERSIAN_TITLE, TITLE_BOX, TITLE_STYLE).lines
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(270, 60))
    draw_text(canvas, second.text, Box(10, 30, 250, 20), TextStyle(font_size=13))
    draw_text(canvas, first.text, Box(10, 10, 250, 20), TextStyle(font_size=13))
    canvas.save()
    reading = read_back(buffer.getvalue(), f"{first.text} {second.text}", "fa", psms=(6, 4, 11))
    assert reading.cer > MAX_CER, f"the oracle accepted {reading.text!r}"


def test_persian_in_reversed_word_order_fails_the_oracle() -> None:
    reversed_words = " ".join(reversed(NEGATIVE_CONTROL.split()))
    reading = read_back(pdf_of(reversed_words), NEGATIVE_CONTROL, "fa")
    assert reading.cer > MAX_CER, f"the oracle accepted {reading.text!r}"


def test_persian_drawn_with_reportlabs_own_shaping_fails_the_oracle() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE)
    canvas.setFont(fonts().vazirmatn.name, 20)
    canvas.drawRightString(FIELD.x + FIELD.width, 20, NEGATIVE_CONTROL, shaping=True)
    canvas.save()
    reading = read_back(buffer.getvalue(), NEGATIVE_CONTROL, "fa")
    assert reading.cer > MAX_CER, f"the oracle accepted {reading.text!r}"


def test_the_same_text_drawn_by_the_engine_passes_the_oracle() -> None:
    reading = read_back(pdf_of(NEGATIVE_CONTROL), NEGATIVE_CONTROL, "fa")
    assert reading.cer <= MAX_CER, f"read {reading.text!r}"
