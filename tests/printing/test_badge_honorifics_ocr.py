"""A form of address reads back through OCR with its name, in the name's own script.

The demo's Governor of Gilan is « جناب آقای پیمان املشی » and "H.E. Peyman Amlashi". His badge is
printed on the A6 badge and the ID-1 card, and the line above his name and the name are read
with tesseract (``tests/support/ocr.py``) in the name's script: the form of address must come
first, as a person reads it. The control shows that the oracle fails a badge printed as before
forms of address were printed (the name alone).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support.ocr import TESSERACT_LANGUAGES, Reading, character_error_rate, normalise
from support.ocr import tesseract as run_tesseract
from support.tools import require_tools

from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout
from summit_desk.printing.badge_names import place_name
from summit_desk.printing.badge_texts import badge_text
from summit_desk.printing.text_layout import Box

from .test_badges import demo_badge, render
from .test_badges_ocr import crop_box

pytestmark = pytest.mark.ocr

MAX_CER = 0.1
EM_PIXELS = (36, 48)  # the honorific's letters, in pixels to the em (the name's are larger)
HONORIFIC = {"name_fa": "honorific_fa", "name_latin": "honorific_en"}
EXPECTED = {"name_fa": ("جناب آقای", "پیمان املشی"), "name_latin": ("H.E.", "Peyman Amlashi")}


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    require_tools("tesseract", "pdftoppm")


def governor() -> BadgeData:
    badge = demo_badge("GIL-001")
    assert (badge.name.honorific_fa, badge.name.honorific_en) == ("جناب آقای", "H.E.")
    return badge


def read_line(
    path: Path, layout: BadgeLayout, box: Box, *, size: float, language: str, expected: str
) -> Reading:
    """The best reading of ``box`` on the first badge, its letters ``size`` points tall, against
    ``expected``; a few resolutions and page-segmentation modes, as ``support.ocr.read_back``."""
    best: Reading | None = None
    for em_pixels in EM_PIXELS:
        dpi = min(1200, round(em_pixels * 72 / (size * layout.scale)))
        name = f"{round(box.y)}-{em_pixels}"
        png = crop_box(path, layout, 0, box, dpi=dpi, name=name, border=em_pixels)
        for psm in (7, 6, 11):
            text = run_tesseract(png, TESSERACT_LANGUAGES[language], psm)
            cer = character_error_rate(expected, text, language)
            reading = Reading(normalise(text), cer, dpi, psm)
            if best is None or reading.cer < best.cer:
                best = reading
            if best.cer == 0:
                return best
    assert best is not None
    return best


def read_name(
    badge: BadgeData, layout: BadgeLayout, name_field: str, folder: Path, expected: tuple[str, str]
) -> Reading:
    """What a reader sees at the name's place, top to bottom: the line above the name (where
    the form of address is printed), then the name; each cut out and read at its own size,
    since tesseract passes over a small line beside a large one."""
    pdf, _ = render(layout, [badge])
    path = folder / f"{layout.id}-{name_field}.pdf"
    path.write_bytes(pdf)
    name_spec = layout.design.field(name_field)
    honorific_spec = layout.design.field(HONORIFIC[name_field])
    assert name_spec is not None and honorific_spec is not None
    name_text = badge_text(name_field, badge)
    placed = place_name(
        name_text, name_spec, badge_text(honorific_spec.name, badge), honorific_spec
    )
    name = placed[0][1]
    box = name.box
    above = Box(box.x, box.top, box.width, honorific_spec.box.top - box.top)
    language = "fa" if name_field == "name_fa" else "en"
    size = honorific_spec.style.font_size
    top = read_line(path, layout, above, size=size, language=language, expected=expected[0])
    under = read_line(
        path, layout, box, size=name.font_size, language=language, expected=expected[1]
    )
    text = f"{top.text} {under.text}".strip()
    whole = " ".join(expected)
    return Reading(text, character_error_rate(whole, text, language), top.dpi, top.psm)


@pytest.mark.parametrize("name_field", ["name_fa", "name_latin"])
@pytest.mark.parametrize("layout_name", ["a6", "id1"])
def test_the_form_of_address_reads_first_with_the_name_in_its_script(
    tmp_path: Path, layout_name: str, name_field: str
) -> None:
    badge = governor()
    expected = EXPECTED[name_field]
    reading = read_name(badge, builtin_layout(layout_name), name_field, tmp_path, expected)
    assert reading.cer <= MAX_CER, f"read {reading.text!r} for {expected} (CER {reading.cer:.2f})"


@pytest.mark.parametrize("name_field", ["name_fa", "name_latin"])
def test_a_badge_printed_without_the_form_of_address_fails_the_oracle(
    tmp_path: Path, name_field: str
) -> None:
    badge = governor()
    bare = replace(badge, name=replace(badge.name, honorific_fa="", honorific_en=""))
    expected = EXPECTED[name_field]
    reading = read_name(bare, builtin_layout("a6"), name_field, tmp_path, expected)
    assert reading.cer > MAX_CER, f"the oracle accepted {reading.text!r} for {expected}"
