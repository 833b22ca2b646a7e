"""Every access zone of a badge is printed, on every layout, or the badge is refused.

A zone is an access right: a badge that drops one sends its holder to the wrong door. The
person with the most zones in the demo is printed on each layout and the PDF is read back with
pdftotext, cropped to the zones' box and to each zone-name field: every code and every name must
be there whole, with no "…". A badge with more zones than a layout can hold is refused with a
message, before anything is written.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from support.tools import require_tools

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.messages import render as message
from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout, layout_names
from summit_desk.printing.badges import BadgeRenderer
from summit_desk.printing.text_layout import Box

from .test_badges import demo_badge, demo_data, demo_event, render


def most_zones() -> BadgeData:
    """The demo person with the most zones; of those, the one with the longest Latin name."""
    badges = [demo_badge(person["ref"]) for person in demo_data()["people"]]
    return max(badges, key=lambda badge: (len(badge.zones), len(badge.name_latin)))


def text_in(pdf: Path, layout: BadgeLayout, box: Box) -> str:
    """The text pdftotext finds inside ``box`` of the first badge (points, badge coordinates)."""
    require_tools("pdftotext")
    page_box = layout.page_box(box, 0)
    margin = 0.5  # points: a glyph's side bearing may reach just past its cell
    top = layout.page_height - page_box.top - margin
    result = subprocess.run(
        [
            *("pdftotext", "-r", "72", "-x", str(int(page_box.x - margin)), "-y", str(int(top))),
            *("-W", str(int(page_box.width + 2 * margin) + 1)),
            *("-H", str(int(page_box.height + 2 * margin) + 1)),
            *("-layout", str(pdf), "-"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    # Persian comes out in presentation forms between bidi embeddings: fold both away.
    text = unicodedata.normalize("NFKC", result.stdout)
    return re.sub("[\u202a-\u202e\u200c]", "", text)


def test_the_person_with_the_most_zones_has_four() -> None:
    badge = most_zones()
    assert [zone[0] for zone in badge.zones] == ["P", "S", "V", "B"]


@pytest.mark.parametrize("name", layout_names())
def test_every_zone_of_the_person_with_the_most_zones_is_printed(name: str, tmp_path: Path) -> None:
    layout = builtin_layout(name)
    badge = most_zones()
    pdf, report = render(layout, [badge])
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    design = layout.design
    assert design.zones is not None, f"{name} prints no zones"
    codes = text_in(path, layout, design.zones.box).split()
    assert sorted(codes) == sorted(zone[0] for zone in badge.zones), codes
    for field, index in (("zones_fa", 1), ("zones_en", 2)):
        spec = design.field(field)
        if spec is None:
            continue
        printed = " ".join(text_in(path, layout, spec.box).split())
        assert "…" not in printed
        for zone in badge.zones:
            for word in zone[index].replace("\u200c", "").split():
                assert word in printed, (field, zone[index], printed)
    assert not [entry for entry in report.overflowed if entry[1].startswith("zones")]


@pytest.mark.parametrize("name", layout_names())
def test_a_badge_with_more_zones_than_the_layout_holds_is_refused(
    name: str, tmp_path: Path
) -> None:
    many = tuple((code, f"ناحیه {code}", f"Zone {code}") for code in "ABCDEFGHJKLMNPQRSTUVWXYZ")
    badge = replace(most_zones(), zones=many)
    out = tmp_path / "refused.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout(name), demo_event()).render([badge], out)
    assert caught.value.code == "badges.zones_do_not_fit"
    assert caught.value.params["ref"] == badge.ref
    assert not out.exists()
    for lang in ("fa", "en"):
        text = message(caught.value.code, lang, **caught.value.params)
        digits = text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        assert badge.ref in text and str(len(many)) in digits, text


def test_a_zone_code_too_long_for_its_square_is_refused_not_cut(tmp_path: Path) -> None:
    zones = (("P", "سالن اصلی", "Plenary hall"), ("VIP-LOUNGE", "تالار تشریفات", "VIP lounge"))
    badge = replace(most_zones(), zones=zones)
    out = tmp_path / "refused.pdf"
    with pytest.raises(SummitDeskError) as caught:
        BadgeRenderer(builtin_layout("a6"), demo_event()).render([badge], out)
    assert caught.value.code == "badges.zones_do_not_fit"
    assert not out.exists()
