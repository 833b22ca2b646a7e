"""Every name on every layout reads back, through OCR, as the delegation wrote it.

The demo event's longest names (see ``test_badges.LONGEST``) are printed on each layout; each
name field is cut out of the page at a resolution that gives its letters about 48 pixels to the
em (pdftoppm's crop box), and read with tesseract in the name's own script: Persian (fas), Latin
(eng), and the native name in Russian, Kazakh, Azerbaijani or Turkmen. ``tests/support/ocr.py``
holds the oracle; the controls below show it fails a name drawn in reversed order.
"""

from __future__ import annotations

import math
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from support.ocr import TESSERACT_LANGUAGES, character_error_rate, normalise
from support.ocr import tesseract as run_tesseract
from support.tools import require_tools

from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import HONORIFIC_OF_NAME, BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout
from summit_desk.printing.badge_texts import badge_text
from summit_desk.printing.text_layout import Box, layout_text

from .test_badges import LAYOUT_SIZES_MM, LONGEST, demo_badge, demo_country, render

pytestmark = pytest.mark.ocr

MAX_CER = 0.2
EM_PIXELS = (40, 56)  # letter sizes tried, in pixels to the em
NATIVE_LANGUAGE = {"RU": "ru", "KZ": "kk", "AZ": "az", "TM": "tk"}


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    require_tools("tesseract", "pdftoppm")


@dataclass(frozen=True)
class FieldReading:
    field: str
    expected: str
    text: str
    cer: float


def name_fields(badge: BadgeData) -> list[tuple[str, str]]:
    """(field, OCR language) of every name the badge shows."""
    fields = [("name_fa", "fa"), ("name_latin", "en")]
    if badge_text("name_native", badge):
        fields.append(("name_native", NATIVE_LANGUAGE[demo_country(badge.ref) or ""]))
    return fields


def crop_field(
    pdf: Path, layout: BadgeLayout, index: int, field: str, *, printed: str, em_pixels: int
) -> Path:
    """One field of the ``index``-th badge as a PNG, its letters ``em_pixels`` to the em."""
    spec = layout.design.field(field)
    assert spec is not None, f"{layout.id} has no {field}"
    text = layout_text(printed, spec.box, spec.style, spec.direction)
    dpi = min(900, max(150, round(em_pixels * 72 / (text.font_size * layout.scale))))
    box = spec.box
    honorific = layout.design.field(HONORIFIC_OF_NAME.get(field, ""))
    if honorific is not None:  # a name is set in its box and its honorific's together
        box = Box(box.x, box.y, box.width, honorific.box.top - box.y)
    name = f"{field}-{em_pixels}"
    return crop_box(pdf, layout, index, box, dpi=dpi, name=name, border=em_pixels // 2)


def crop_box(
    pdf: Path, layout: BadgeLayout, index: int, box: Box, *, dpi: int, name: str, border: int
) -> Path:
    """``box`` (badge coordinates) of the ``index``-th badge as a PNG at ``dpi``, with a white
    ``border`` of that many pixels around it."""
    page_box = layout.page_box(box, index % layout.per_page)
    scale = dpi / 72
    x, y = math.floor(page_box.x * scale), math.floor((layout.page_height - page_box.top) * scale)
    width, height = math.ceil(page_box.width * scale), math.ceil(page_box.height * scale)
    page = str(index // layout.per_page + 1)
    prefix = pdf.with_name(f"{pdf.stem}-{index}-{name}")
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", str(dpi), "-f", page, "-l", page, "-singlefile"),
            *("-x", str(x), "-y", str(y), "-W", str(width), "-H", str(height)),
            *(str(pdf), str(prefix)),
        ],
        check=True,
        timeout=60,
    )
    png = Path(f"{prefix}.png")
    # tesseract reads a line best with some white around it
    ImageOps.expand(Image.open(png).convert("L"), border=border, fill=255).save(png)
    return png


def read_field(
    pdf: Path,
    layout: BadgeLayout,
    index: int,
    field: str,
    *,
    language: str,
    printed: str,
    expected: str | None = None,
) -> FieldReading:
    """The best reading of the ``printed`` field of the ``index``-th badge against ``expected``.

    Like ``support.ocr.read_back``, a few resolutions and page-segmentation modes are tried and
    the first perfect reading ends the search: tesseract misses a short line at one size that
    it reads at another.
    """
    spec = layout.design.field(field)
    assert spec is not None
    psms = (7, 6, 11) if spec.style.max_lines == 1 else (6, 4, 11)
    expected = printed if expected is None else expected
    best: FieldReading | None = None
    for em_pixels in EM_PIXELS:
        png = crop_field(pdf, layout, index, field, printed=printed, em_pixels=em_pixels)
        for psm in psms:
            text = run_tesseract(png, TESSERACT_LANGUAGES[language], psm)
            cer = character_error_rate(expected, text, language)
            if best is None or cer < best.cer:
                best = FieldReading(field, expected, normalise(text), cer)
            if best.cer == 0:
                return best
    assert best is not None
    return best


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[BadgeData]]]:
    """Each layout's PDF of the longest names, in the order of ``LONGEST``."""
    folder = tmp_path_factory.mktemp("badges-ocr")
    result = {}
    badges = [demo_badge(ref) for ref in LONGEST]
    for name in LAYOUT_SIZES_MM:
        pdf, _ = render(builtin_layout(name), badges)
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf)
        result[name] = (path, badges)
    return result


@pytest.mark.parametrize("ref", LONGEST)
@pytest.mark.parametrize("layout_name", LAYOUT_SIZES_MM)
def test_every_name_reads_back_in_its_own_script(
    rendered: dict[str, tuple[Path, list[BadgeData]]], layout_name: str, ref: str
) -> None:
    pdf, badges = rendered[layout_name]
    index = list(LONGEST).index(ref)
    badge = badges[index]
    layout = builtin_layout(layout_name)
    readings = [
        read_field(pdf, layout, index, field, language=language, printed=badge_text(field, badge))
        for field, language in name_fields(badge)
    ]
    failed = [r for r in readings if r.cer > MAX_CER]
    assert not failed, "; ".join(
        f"{r.field}: read {r.text!r} for {r.expected!r} (CER {r.cer:.2f})" for r in failed
    )


def _reversed_words(text: str) -> str:
    return " ".join(reversed(text.split()))


@pytest.mark.parametrize(
    ("ref", "field", "language", "reverse"),
    [
        ("GIL-004", "name_fa", "fa", _reversed_words),
        ("GIL-004", "name_fa", "fa", lambda text: text[::-1]),
        ("AST-006", "name_native", "ru", lambda text: text[::-1]),
    ],
    ids=["persian-words-reversed", "persian-letters-reversed", "russian-letters-reversed"],
)
def test_a_name_printed_in_reversed_order_fails_the_oracle(
    tmp_path: Path, ref: str, field: str, language: str, reverse: object
) -> None:
    assert callable(reverse)
    badge = demo_badge(ref)
    if field == "name_fa":
        name = badge.name
        wrong = replace(
            badge, name=replace(name, given_name_fa=reverse(name.name_fa), family_name_fa="")
        )
        assert (name.given_name_fa, name.family_name_fa) != (
            wrong.name.given_name_fa,
            wrong.name.family_name_fa,
        )
    else:
        wrong = replace(badge, name=replace(badge.name, name_native=reverse(badge.name_native)))
    layout = builtin_layout("a6")
    pdf, _ = render(layout, [wrong])
    path = tmp_path / "reversed.pdf"
    path.write_bytes(pdf)
    # the oracle compares what was read with the name as it should have been printed
    right = badge_text(field, badge)
    printed = badge_text(field, wrong)
    reading = read_field(path, layout, 0, field, language=language, printed=printed, expected=right)
    assert reading.cer > MAX_CER, f"the oracle accepted {reading.text!r} for {right!r}"
