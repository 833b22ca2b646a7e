"""A guard tells the categories apart by their band: clearly different colours, readable names.

Colour difference is CIEDE2000 (CIE 142-2001), written here from its published formula (Sharma,
Wu and Dalal, "The CIEDE2000 color-difference formula: implementation notes, supplementary test
data, and mathematical observations", Color Research & Application 30(1), 2005) and checked
against pairs of their supplementary test data. A ΔE of 20 is a difference seen at a glance;
the old palette had pairs below 9 (organiser staff and security, guest and organisation).
"""

from __future__ import annotations

import itertools
import math
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from support.tools import require_tools

from summit_desk.domain.categories import (
    BY_CODE,
    CATEGORIES,
    Category,
    contrast_ratio,
    text_colour_on,
)
from summit_desk.printing.badge_layouts import builtin_layout, layout_names

from .test_badges import demo_badge, demo_data, render

Lab = tuple[float, float, float]
MIN_DELTA_E = 20.0
MIN_CONTRAST = 4.5

# Sharma, Wu and Dalal (2005), Table 1: (L*, a*, b*) of two samples and their ΔE00.
SHARMA_PAIRS: list[tuple[Lab, Lab, float]] = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
    ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
    ((50.0, 2.5, 0.0), (58.0, 24.0, 15.0), 19.4535),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


def ciede2000(first: Lab, second: Lab) -> float:
    """ΔE00 of two CIELAB colours, with kL = kC = kH = 1 (Sharma et al., equations 1 to 22)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    delta_lp, delta_cp = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        delta_hp = 0.0
    elif abs(h2p - h1p) <= 180:
        delta_hp = h2p - h1p
    else:
        delta_hp = h2p - h1p - 360 if h2p - h1p > 180 else h2p - h1p + 360
    delta_big_hp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(delta_hp / 2))
    l_bar_p, c_bar_p = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar_p = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar_p = (h1p + h2p) / 2
    else:
        h_bar_p = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar_p - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar_p))
        + 0.32 * math.cos(math.radians(3 * h_bar_p + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar_p - 63))
    )
    delta_theta = 30 * math.exp(-(((h_bar_p - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_bar_p**7 / (c_bar_p**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar_p - 50) ** 2 / math.sqrt(20 + (l_bar_p - 50) ** 2)
    s_c = 1 + 0.045 * c_bar_p
    s_h = 1 + 0.015 * c_bar_p * t
    r_t = -math.sin(math.radians(2 * delta_theta)) * r_c
    lightness, chroma, hue = delta_lp / s_l, delta_cp / s_c, delta_big_hp / s_h
    return math.sqrt(lightness**2 + chroma**2 + hue**2 + r_t * chroma * hue)


def lab(colour: str) -> Lab:
    """CIELAB (D65) of an sRGB ``#RRGGBB`` colour (IEC 61966-2-1, then CIE 15)."""
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        for c in (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    )
    x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047
    y = 0.2126729 * red + 0.7151522 * green + 0.0721750 * blue
    z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize(("first", "second", "expected"), SHARMA_PAIRS)
def test_our_ciede2000_gives_sharmas_published_differences(
    first: Lab, second: Lab, expected: float
) -> None:
    assert ciede2000(first, second) == pytest.approx(expected, abs=5e-5)
    assert ciede2000(second, first) == pytest.approx(expected, abs=5e-5)


def test_the_old_palettes_close_pairs_fail_the_check() -> None:
    """Negative control: the pairs the desk's users could not tell apart are below 20."""
    for first, second in (("#2F4F4F", "#3C3C3C"), ("#4A7C59", "#0B6E4F"), ("#1B6CA8", "#1F3A93")):
        assert ciede2000(lab(first), lab(second)) < MIN_DELTA_E


def test_every_two_category_colours_differ_clearly() -> None:
    close = [
        (a.code, b.code, round(ciede2000(lab(a.colour), lab(b.colour)), 1))
        for a, b in itertools.combinations(CATEGORIES, 2)
        if ciede2000(lab(a.colour), lab(b.colour)) < MIN_DELTA_E
    ]
    assert close == []


@pytest.mark.parametrize("category", CATEGORIES, ids=lambda c: c.code)
def test_the_name_on_every_band_keeps_a_contrast_of_4_5(category: Category) -> None:
    colour = category.colour
    assert contrast_ratio(colour, text_colour_on(colour)) >= MIN_CONTRAST


def test_wcag_contrast_of_known_colours() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert text_colour_on("#FFFF00") == "#000000" and text_colour_on("#000080") == "#FFFFFF"


def test_the_demo_takes_its_badges_colours_from_the_categories() -> None:
    for person in demo_data()["people"][::9]:
        badge = demo_badge(person["ref"])
        assert badge.category_colour == BY_CODE[badge.category_code].colour


def band_text(pdf: Path, box: tuple[float, float, float, float], page_height: float) -> str:
    require_tools("pdftotext")
    x, y_top, width, height = box
    result = subprocess.run(
        [
            *("pdftotext", "-r", "72", "-x", str(int(x)), "-y", str(int(page_height - y_top))),
            *("-W", str(int(width) + 1), "-H", str(int(height) + 1), str(pdf), "-"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return re.sub("[\u202a-\u202e\u200c]", "", unicodedata.normalize("NFKC", result.stdout))


@pytest.mark.parametrize("name", layout_names())
def test_the_category_name_is_on_the_band_in_both_languages(name: str, tmp_path: Path) -> None:
    layout = builtin_layout(name)
    assert layout.design.band is not None
    band = layout.page_box(layout.design.band, 0)
    first_of_each: dict[str, str] = {}
    for person in demo_data()["people"]:
        first_of_each.setdefault(person["category"], person["ref"])
    assert set(first_of_each) == set(BY_CODE)
    for ref in first_of_each.values():
        badge = demo_badge(ref)
        pdf, _ = render(layout, [badge])
        path = tmp_path / f"{name}-{ref}.pdf"
        path.write_bytes(pdf)
        box = (band.x, band.top, band.width, band.height)
        on_band = " ".join(band_text(path, box, layout.page_height).split())
        for word in (*badge.category_en.split(), *badge.category_fa.replace("\u200c", "").split()):
            assert word in on_band, (badge.category_code, word, on_band)
