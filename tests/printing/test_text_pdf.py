"""What the engine puts in the PDF: nothing outside a field, and text that can be copied out."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from support.ocr import render_png
from support.tools import require_tools

from summit_desk.printing.text import Box, TextStyle, draw_text

from .alphabets import LONG_PERSIAN_TITLE


def extracted_text(pdf: bytes) -> str:
    require_tools("pdftotext")
    result = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    )
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def one_name_pdf(name: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 50))
    draw_text(canvas, name, Box(10, 10, 400, 30), TextStyle(font_size=16))
    canvas.save()
    return buffer.getvalue()


def test_a_name_too_long_for_its_field_never_draws_outside_it(tmp_path: Path) -> None:
    require_tools("pdftoppm")
    box = Box(50, 40, 100, 20)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 100))
    style = TextStyle(font_size=14, min_font_size=10)
    layout = draw_text(canvas, LONG_PERSIAN_TITLE, box, style)
    canvas.save()
    assert not layout.fits

    dpi = 100
    (png,) = render_png(buffer.getvalue(), tmp_path, dpi)
    image = Image.open(png).convert("L")
    scale = dpi / 72
    left, right = box.x * scale, (box.x + box.width) * scale
    top, bottom = (100 - box.top) * scale, (100 - box.y) * scale
    inked_inside = inked_outside = 0
    for y in range(image.height):
        for x in range(image.width):
            if image.getpixel((x, y)) < 200:  # type: ignore[operator]
                inside = left - 1 <= x <= right + 1 and top - 1 <= y <= bottom + 1
                inked_inside += inside
                inked_outside += not inside
    assert inked_inside > 0
    assert inked_outside == 0


@pytest.mark.parametrize(
    "name",
    ["Türkmenbaşy Ýaňy Žeňiş", "Маңғыстау облысы Әлихан Һ", "Rəşad Ağayev Sumqayıt"],
)
def test_a_latin_or_cyrillic_name_can_be_copied_out_of_the_pdf(name: str) -> None:
    assert name in extracted_text(one_name_pdf(name))


def test_persian_letters_copy_out_as_letters_not_private_codes() -> None:
    """Contextual forms travel as presentation forms, which copy out as letters.

    (Vazirmatn's lengthened alternates, such as the م of "پورابراهیمی", have no code point and
    copy out as private-use characters; see ``summit_desk.printing.text``.)
    """
    name = "علی‌اکبر رحیمی لاله‌زار محمد"
    text = extracted_text(one_name_pdf(name))
    # PDF text of a right-to-left line comes out in visual pieces; the letters are what matter.
    ignored = set(" \n\f\u200c\u200e\u200f\u202a\u202b\u202c")
    assert Counter(c for c in text if c not in ignored) == Counter(
        c for c in name if c not in ignored
    )


def test_one_face_serves_two_documents_built_side_by_side() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    canvases = [Canvas(first, pagesize=(420, 50)), Canvas(second, pagesize=(420, 50))]
    for canvas, name in zip(canvases, ["مُحَمَّد Ağayev", "Ağayev مُحَمَّد"], strict=True):
        draw_text(canvas, name, Box(10, 10, 400, 30), TextStyle(font_size=16))
    for canvas in canvases:
        canvas.save()
    assert "Ağayev" in extracted_text(first.getvalue())
    assert "Ağayev" in extracted_text(second.getvalue())
