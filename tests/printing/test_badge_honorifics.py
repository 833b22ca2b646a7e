"""The form of address on a badge: « جناب آقای » over the Persian name, "H.E." over the Latin one.

Each is printed on a smaller line of its own just above the name in its script, on every layout,
and the name keeps the size it has without one: a long form of address never makes a name
harder to read at the door. The badges are read back with ``pdftotext -bbox``: every word where
it was drawn, and how tall.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from support.tools import require_tools

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData
from summit_desk.printing.badge_layout_values import HONORIFIC_OF_NAME, BadgeLayout
from summit_desk.printing.badge_layouts import (
    builtin_layout,
    layout_names,
    layouts_dir,
    load_layout,
)
from summit_desk.printing.badge_names import place_name
from summit_desk.printing.badge_texts import badge_text
from summit_desk.printing.text_layout import layout_text

from .test_badge_reading import ARMS_LENGTH_PT, all_badges
from .test_badge_zones import most_zones, text_in
from .test_badges import demo_badge, render

# The longest forms of address protocol writes before a name, in each script.
LONGEST_HONORIFIC_FA = "سرکار خانم دکتر"
LONGEST_HONORIFIC_EN = "Her Excellency Ambassador Dr."


def addressed(
    badge: BadgeData, fa: str = LONGEST_HONORIFIC_FA, en: str = LONGEST_HONORIFIC_EN
) -> BadgeData:
    return replace(badge, name=replace(badge.name, honorific_fa=fa, honorific_en=en))


def longest_with_most_zones() -> BadgeData:
    """The longest names of the demo (in Persian and in Latin letters), with the most zones."""
    return replace(demo_badge("GIL-004"), zones=most_zones().zones)


@dataclass(frozen=True)
class Word:
    text: str  # in reading order
    left: float
    top: float  # points from the page's top
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
_ARABIC = re.compile("[\u0600-\u06ff]")


_BREAKS = re.compile("[\\s\u200c-]+")  # pdftotext splits words at a ZWNJ and a hyphen


def pieces(text: str) -> list[str]:
    text = re.sub("[\u200f\u200e\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    return [piece for piece in _BREAKS.split(text) if piece]


def words_on_first_badge(pdf: bytes, layout: BadgeLayout, folder: Path) -> list[Word]:
    """Every word pdftotext finds on the page's first badge; Persian words in reading order."""
    require_tools("pdftotext")
    path = folder / "badge.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    x, y = layout.slots[0]
    left, right = x, x + layout.badge_width
    top, bottom = layout.page_height - y - layout.badge_height, layout.page_height - y
    words = []
    for x_min, y_min, x_max, y_max, raw in _WORD.findall(out):
        # pdftotext gives a Persian word's letters left to right
        text = raw[::-1] if _ARABIC.search(unicodedata.normalize("NFKC", raw)) else raw
        box = (float(x_min), float(y_min), float(x_max), float(y_max))
        if left <= box[0] and box[2] <= right and top <= box[1] and box[3] <= bottom:
            words += [Word(piece, *box) for piece in pieces(text)]
    return words


def find(words: list[Word], text: str) -> list[Word]:
    """The words of ``text`` (pieces between spaces, ZWNJs and hyphens), each found once."""
    found = []
    for part in pieces(text):
        match = next((w for w in words if w.text == part and w not in found), None)
        assert match is not None, f"{part!r} of {text!r} is not on the badge"
        found.append(match)
    return found


@pytest.mark.parametrize("name", layout_names())
def test_the_longest_forms_of_address_stand_above_the_longest_names_which_keep_their_size(
    name: str, tmp_path: Path
) -> None:
    layout = builtin_layout(name)
    plain_badge = longest_with_most_zones()
    badge = addressed(plain_badge)
    pdf, report = render(layout, [badge])
    before, _ = render(layout, [plain_badge])
    words = words_on_first_badge(pdf, layout, tmp_path)
    without = words_on_first_badge(before, layout, tmp_path)
    for name_field, honorific in (
        ("name_fa", LONGEST_HONORIFIC_FA),
        ("name_latin", LONGEST_HONORIFIC_EN),
    ):
        title = find(words, honorific)
        names = find(words, badge_text(name_field, badge))
        # its own line, just above the name's first line (pdftotext's boxes hold a face's
        # whole ascent and descent, so they overlap: their middles are compared), over the name
        first_line = min(w.middle for w in names)
        assert max(w.middle for w in title) < first_line - min(w.height for w in title) / 2
        assert first_line - max(w.middle for w in title) < max(w.height for w in names)
        assert len({round(w.top) for w in title}) == 1, f"{honorific} is not on one line"
        name_left = min(w.left for w in names)
        name_right = max(w.right for w in names)
        centre = (min(w.left for w in title) + max(w.right for w in title)) / 2
        assert name_left <= centre <= name_right
        # smaller than the name, and the name as tall as on the badge without it
        assert max(w.height for w in title) < min(w.height for w in names)
        heights = [w.height for w in names]
        assert heights == pytest.approx(
            [w.height for w in find(without, badge_text(name_field, badge))]
        )
    # every zone still printed, nothing cut
    zones = layout.design.zones
    assert zones is not None
    path = tmp_path / "zones.pdf"
    path.write_bytes(pdf)
    assert sorted(text_in(path, layout, zones.box).split()) == ["B", "P", "S", "V"]
    assert report.overflowed == () and report.missing_glyphs == ()


@pytest.mark.parametrize("name", layout_names())
def test_no_form_of_address_makes_any_demo_name_smaller_or_is_too_small_to_read(name: str) -> None:
    layout = builtin_layout(name)
    for badge in all_badges():
        for name_field, honorific_field in HONORIFIC_OF_NAME.items():
            name_spec = layout.design.field(name_field)
            honorific_spec = layout.design.field(honorific_field)
            assert name_spec is not None and honorific_spec is not None
            text = badge_text(name_field, badge)
            if not text:
                continue
            alone = layout_text(text, name_spec.box, name_spec.style, name_spec.direction)
            honorific = badge_text(honorific_field, addressed(badge))
            placed = place_name(text, name_spec, honorific, honorific_spec)
            (_, name_layout), (_, title_layout) = placed
            assert name_layout.font_size == alone.font_size, (badge.ref, name_field)
            assert [line.text for line in name_layout.lines] == [ln.text for ln in alone.lines]
            assert title_layout.fits, (badge.ref, honorific_field)
            assert title_layout.font_size * layout.scale >= ARMS_LENGTH_PT[name] - 1e-6
            # the honorific's line above the name's first line, both inside their two boxes
            assert title_layout.lines[-1].baseline > name_layout.lines[0].baseline
            assert name_layout.box.y >= name_spec.box.y - 1e-6
            assert title_layout.box.top <= honorific_spec.box.top + 1e-6


def test_a_person_without_a_form_of_address_prints_none_and_no_empty_line(tmp_path: Path) -> None:
    layout = builtin_layout("a6")
    badge = demo_badge("GIL-004")
    assert (badge.name.honorific_fa, badge.name.honorific_en) == ("", "")
    words = words_on_first_badge(render(layout, [badge])[0], layout, tmp_path)
    for name_field, honorific_field in HONORIFIC_OF_NAME.items():
        name_spec = layout.design.field(name_field)
        honorific_spec = layout.design.field(honorific_field)
        assert name_spec is not None and honorific_spec is not None
        names = find(words, badge_text(name_field, badge))
        # the name is centred over its box and the honorific's together: no gap left above it
        both_top = layout.page_height - honorific_spec.box.top
        both_bottom = layout.page_height - name_spec.box.y
        above = min(w.top for w in names) - both_top
        below = both_bottom - max(w.bottom for w in names)
        assert above == pytest.approx(below, abs=2.5), (name_field, above, below)
        in_box = [w for w in words if both_top <= w.top and w.bottom <= both_bottom]
        assert {w.text for w in in_box} == {w.text for w in names}


def test_a_form_of_address_goes_only_with_a_name_in_its_own_script() -> None:
    badge = addressed(demo_badge("GIL-001"), "جناب آقای", "H.E.")
    assert badge_text("honorific_fa", badge) == "جناب آقای"
    assert badge_text("honorific_en", badge) == "H.E."
    no_latin = replace(badge, name=replace(badge.name, given_name_latin="", family_name_latin=""))
    assert badge_text("honorific_en", no_latin) == ""
    no_persian = replace(badge, name=replace(badge.name, given_name_fa="", family_name_fa=""))
    assert badge_text("honorific_fa", no_persian) == ""


def _without(text: str, section: str) -> str:
    start = text.index(f"[{section}]")
    end = text.index("\n[", start)
    return text[:start] + text[end + 1 :]


def test_a_layout_without_the_field_prints_no_form_of_address(tmp_path: Path) -> None:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    path = tmp_path / "a6-plain.toml"
    path.write_text(_without(text, "fields.honorific_en"), encoding="utf-8")
    layout = load_layout(path)
    badge = addressed(demo_badge("GIL-001"), "جناب آقای", "H.E.")
    words = words_on_first_badge(render(layout, [badge])[0], layout, tmp_path)
    assert "H.E." not in {w.text for w in words}
    assert find(words, "جناب آقای")  # the Persian one is still printed
    find(words, "Peyman Amlashi")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (("box = [23.5, 37.4, 79, 3.4]", "box = [23.5, 36, 79, 3.4]"), "overlaps"),
        (("box = [23.5, 37.4, 79, 3.4]", "box = [25, 37.4, 77, 3.4]"), "directly above"),
    ],
)
def test_a_form_of_address_must_lie_directly_above_its_name(
    tmp_path: Path, change: tuple[str, str], reason: str
) -> None:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    old, new = change
    assert old in text
    path = tmp_path / "a6-moved.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(SummitDeskError) as caught:
        load_layout(path)
    assert caught.value.code == "layout.invalid"
    assert caught.value.params["key"].startswith("fields.")
    assert reason in caught.value.params["reason"]


def test_a_form_of_address_without_its_name_is_refused(tmp_path: Path) -> None:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    path = tmp_path / "a6-no-latin.toml"
    path.write_text(_without(text, "fields.name_latin"), encoding="utf-8")
    with pytest.raises(SummitDeskError) as caught:
        load_layout(path)
    assert caught.value.params["key"] == "fields.honorific_en"
    assert "name_latin" in caught.value.params["reason"]
