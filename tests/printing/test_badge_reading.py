"""A guard reads a badge at two metres; everyone else at arm's length; nothing is cut.

At a door a guard reads the holder's name in both scripts, the country and the category. Normal
(20/20) vision resolves a letter 5 arcminutes tall; reading at a glance wants more, so on the A6
badge (the one worn at the summit) these letters are at least 7 arcminutes tall seen from two
metres, 4.1 mm: Latin and Cyrillic capitals, and the Persian alef, measured in the fonts the
badge is drawn with. The rest (titles, delegation, zones' names) is read at arm's length. Every
demo person is printed on every layout, so the longest of each text is included.
"""

from __future__ import annotations

import math
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from support.tools import require_tools

from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import HEADER_FIELDS, MM, BadgeLayout, FieldSpec
from summit_desk.printing.badge_layouts import builtin_layout, layout_names
from summit_desk.printing.badge_texts import badge_text
from summit_desk.printing.fonts import Script, fonts
from summit_desk.printing.text_layout import layout_text

from .test_badges import demo_badge, demo_data, render

GUARD_FIELDS = ("name_fa", "name_latin", "country_fa", "country_en", "category_fa", "category_en")
TWO_METRES_MM = 2000 * math.tan(math.radians(7 / 60))  # 4.07 mm
# The smallest size, in points, a holder's text may be drawn at: on A6 and its sheet, body text
# of print (7.5 pt, letters of 1.9 mm: 11 arcminutes at 60 cm); on a card or a label, 6 pt.
ARMS_LENGTH_PT = {"a6": 7.5, "a4-a6x4": 7.5 * 0.88, "id1": 6.0, "id1-photo": 6.0, "label": 6.0}


def all_badges() -> list[BadgeData]:
    return [demo_badge(person["ref"]) for person in demo_data()["people"]]


def letter_height(spec: FieldSpec, size_pt: float) -> float:
    """The height in mm of a capital (Latin, Cyrillic) or an alef (Persian) at ``size_pt``."""
    script, letter = (Script.ARABIC, "ا") if spec.direction == "rtl" else (Script.LATIN, "H")
    face = fonts().for_script(script, bold=spec.style.bold)
    extents = face.hb_font.get_glyph_extents(face.hb_font.get_nominal_glyph(ord(letter)))
    return size_pt * extents.y_bearing / face.units_per_em / MM


def drawn_sizes(layout: BadgeLayout, name: str) -> list[tuple[float, str]]:
    """(size in points as printed, ref) of the field ``name`` on every demo badge that has it."""
    spec = layout.design.field(name)
    assert spec is not None, f"{layout.id} has no {name}"
    sizes = []
    for badge in all_badges():
        text = badge_text(name, badge)
        if text:
            fitted = layout_text(text, spec.box, spec.style, spec.direction)
            sizes.append((fitted.font_size * layout.scale, badge.ref))
    return sizes


@pytest.mark.parametrize("name", GUARD_FIELDS)
def test_what_a_guard_reads_on_the_a6_badge_is_read_at_two_metres(name: str) -> None:
    layout = builtin_layout("a6")
    spec = layout.design.field(name)
    assert spec is not None, f"the A6 badge shows no {name}"
    smallest, ref = min(drawn_sizes(layout, name))
    height = letter_height(spec, smallest)
    assert height >= TWO_METRES_MM, f"{name} of {ref}: {smallest} pt, letters of {height:.2f} mm"


def test_the_two_scripts_of_a_name_have_similar_weight_on_every_layout() -> None:
    for name in layout_names():
        design = builtin_layout(name).design
        persian, latin = design.field("name_fa"), design.field("name_latin")
        assert persian is not None and latin is not None
        persian_letter = letter_height(persian, persian.style.font_size)
        latin_letter = letter_height(latin, latin.style.font_size)
        assert latin_letter >= 0.75 * persian_letter, (name, latin_letter, persian_letter)


@pytest.mark.parametrize("name", layout_names())
def test_every_holders_text_is_readable_at_arms_length(name: str) -> None:
    layout = builtin_layout(name)
    too_small = []
    for spec in layout.design.fields:
        if spec.name in HEADER_FIELDS or spec.name == "number":
            continue
        smallest, ref = min(drawn_sizes(layout, spec.name), default=(99.0, ""))
        if smallest < ARMS_LENGTH_PT[name] - 1e-6:
            too_small.append((spec.name, ref, round(smallest, 2)))
    assert too_small == []


@pytest.mark.parametrize("name", layout_names())
def test_no_text_of_any_demo_person_is_cut_on_any_layout(name: str) -> None:
    _, report = render(builtin_layout(name), all_badges())
    assert report.overflowed == ()
    assert report.missing_glyphs == ()


def origin_text(pdf: Path, layout: BadgeLayout, field: str) -> str:
    require_tools("pdftotext")
    spec = layout.design.field(field)
    assert spec is not None
    box = layout.page_box(spec.box, 0)
    result = subprocess.run(
        [
            *("pdftotext", "-r", "72", "-x", str(int(box.x)), "-y"),
            str(int(layout.page_height - box.top)),
            *("-W", str(int(box.width) + 1), "-H", str(int(box.height) + 1), str(pdf), "-"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


@pytest.mark.parametrize(
    ("ref", "shown"),
    [
        ("ECO-001", "Economic Cooperation Organization (ECO)"),  # fits the card whole
        ("DIR-001", "Iran"),  # "Ambassadors of … to the Caspian States": its country instead
        ("CAZ-001", "Azerbaijan"),
    ],
)
def test_the_card_shows_a_delegation_whole_or_its_country_never_a_cut(
    tmp_path: Path, ref: str, shown: str
) -> None:
    layout = builtin_layout("id1")
    pdf, report = render(layout, [demo_badge(ref)])
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    printed = origin_text(path, layout, "origin_en")
    assert printed == shown
    assert report.overflowed == ()


def test_a_delegation_too_long_for_the_card_is_shown_by_the_short_name_it_gives(
    tmp_path: Path,
) -> None:
    badge = replace(
        demo_badge("ECO-001"),
        delegation_en="Secretariat of the Economic Cooperation Organization of Central Asia (ECO)",
    )
    assert badge_text("delegation_short_en", badge) == "ECO"
    layout = builtin_layout("id1")
    pdf, report = render(layout, [badge])
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    assert origin_text(path, layout, "origin_en") == "ECO"
    assert report.overflowed == ()
