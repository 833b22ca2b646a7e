"""Layouts as data: the ones Summit Desk brings, and the mistakes an officer's edit can make.

A layout file with a mistake is refused as a whole with ``layout.invalid``, naming the file and
the key, so the officer knows which line to fix.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from summit_desk.domain.errors import SummitDeskError
from summit_desk.printing.badge_design_reader import LAYOUT_FILE
from summit_desk.printing.badge_layout_values import FIELD_NAMES, MM, BadgeLayout
from summit_desk.printing.badge_layouts import (
    builtin_layout,
    layout_names,
    layouts_dir,
    load_layout,
)

MINIMAL = """
format = 1
title = "Test card"

[page]
width = 100
height = 60

[qr]
box = [2, 2, 30, 30]

[fields.name_fa]
box = [35, 2, 60, 12]
size = 14
min_size = 9
bold = true
direction = "rtl"
"""


def write(tmp_path: Path, text: str, name: str = "card") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> SummitDeskError:
    with pytest.raises(SummitDeskError) as caught:
        load_layout(path)
    assert caught.value.code == "layout.invalid"
    assert caught.value.params["path"] == str(path)
    return caught.value


@pytest.mark.parametrize("name", layout_names())
def test_every_layout_that_comes_with_summit_desk_loads(name: str) -> None:
    layout = builtin_layout(name)
    assert isinstance(layout, BadgeLayout)
    assert layout.design.field("name_fa") is not None
    for x, y in layout.slots:
        assert x >= 0 and x + layout.badge_width <= layout.page_width + 1e-6
        assert y >= 0 and y + layout.badge_height <= layout.page_height + 1e-6


def test_the_persian_name_is_the_largest_text_of_every_layout() -> None:
    for name in layout_names():
        design = builtin_layout(name).design
        name_fa = design.field("name_fa")
        assert name_fa is not None
        others = [spec.style.font_size for spec in design.fields if spec.name != "name_fa"]
        assert name_fa.style.font_size > max(others), name


def test_the_sheet_draws_the_a6_design_scaled_to_leave_room_for_crop_marks() -> None:
    sheet, a6 = builtin_layout("a4-a6x4"), builtin_layout("a6")
    assert sheet.design == a6.design
    assert sheet.per_page == 4
    assert sheet.badge_width / MM == pytest.approx(92.4)


def test_a_minimal_layout_is_read_in_points_from_the_bottom_left(tmp_path: Path) -> None:
    layout = load_layout(write(tmp_path, MINIMAL))
    assert layout.id == "card"
    assert (layout.page_width, layout.page_height) == pytest.approx((100 * MM, 60 * MM))
    assert layout.slots == (pytest.approx((0.0, 0.0)),)
    name = layout.design.field("name_fa")
    assert name is not None
    assert (name.box.x, name.box.y) == pytest.approx((35 * MM, 46 * MM))
    assert name.style.font_size == 14 and name.style.min_font_size == 9
    assert name.style.bold and name.direction == "rtl"


@pytest.mark.parametrize(
    ("change", "key", "reason"),
    [
        (("size = 14", "sise = 14"), "fields.name_fa.sise", "not a key"),
        (("size = 14", 'size = "big"'), "fields.name_fa.size", "must be a number"),
        (("min_size = 9", "min_size = 20"), "fields.name_fa.min_size", "must not be above"),
        (("[35, 2, 60, 12]", "[35, 2, 70, 12]"), "fields.name_fa.box", "outside the badge"),
        (("[35, 2, 60, 12]", "[35, 2, 60]"), "fields.name_fa.box", "four numbers"),
        (("[35, 2, 60, 12]", "[20, 2, 60, 12]"), "fields.name_fa.box", "overlaps qr.box"),
        (('direction = "rtl"', 'direction = "right"'), "fields.name_fa.direction", "one of"),
        (("bold = true", 'bold = "yes"'), "fields.name_fa.bold", "true or false"),
        (("[fields.name_fa]", "[fields.name_farsi]"), "fields.name_farsi", "is not a field"),
        (("[qr]\nbox = [2, 2, 30, 30]", ""), "qr", "is missing"),
        (("format = 1", "format = 2"), "format", "layout format 1"),
        (("width = 100", "width = -100"), "page.width", "must be above 0"),
        (("title", "title = = "), "", "Invalid"),
    ],
)
def test_a_mistake_names_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], key: str, reason: str
) -> None:
    old, new = change
    assert old in MINIMAL
    error = refused(write(tmp_path, MINIMAL.replace(old, new, 1)))
    assert error.params["key"] == key
    assert error.params["reason"].startswith(key)
    assert reason in error.params["reason"]


def test_a_colour_must_be_written_as_rrggbb(tmp_path: Path) -> None:
    error = refused(write(tmp_path, MINIMAL + 'colour = "navy"\n'))
    assert error.params["key"] == "fields.name_fa.colour"


def test_a_field_on_the_band_must_lie_on_it(tmp_path: Path) -> None:
    text = MINIMAL + (
        "\n[band]\nbox = [35, 40, 60, 10]\n\n[fields.category_en]\nbox = [35, 20, 60, 10]\n"
        'size = 9\ncolour = "auto"\n'
    )
    error = refused(write(tmp_path, text))
    assert error.params["key"] == "fields.category_en"
    assert "band" in error.params["reason"]


def test_only_the_category_may_take_its_colour_from_the_band(tmp_path: Path) -> None:
    error = refused(write(tmp_path, MINIMAL + 'colour = "auto"\n'))
    assert error.params["key"] == "fields.name_fa.colour"


def test_a_sheet_whose_badges_and_marks_do_not_fit_the_page_is_refused(tmp_path: Path) -> None:
    write(tmp_path, MINIMAL, "card")
    sheet = (
        'format = 1\ndesign = "card"\n[page]\nwidth = 210\nheight = 297\n'
        "[sheet]\ncolumns = 2\nrows = 4\ngutter = 5\ncrop_marks = true\n"
    )
    error = refused(write(tmp_path, sheet, "sheet"))
    assert error.params["key"] == "sheet.columns"
    assert "216.0 × 266.0 mm" in error.params["reason"]
    fitting = load_layout(write(tmp_path, sheet.replace("columns = 2", "columns = 1"), "sheet"))
    assert fitting.per_page == 4


def test_a_sheet_draws_another_layouts_design_and_may_not_define_its_own(tmp_path: Path) -> None:
    write(tmp_path, MINIMAL, "card")
    sheet = 'design = "card"\n[page]\nwidth = 210\nheight = 297\n[qr]\nbox = [0, 0, 9, 9]\n'
    assert refused(write(tmp_path, sheet, "sheet")).params["key"] == "qr"
    missing = 'design = "badge"\n[page]\nwidth = 210\nheight = 297\n'
    assert refused(write(tmp_path, missing, "sheet")).params["key"] == "design"


def test_an_unknown_layout_name_lists_the_known_ones() -> None:
    with pytest.raises(SummitDeskError) as caught:
        builtin_layout("a5")
    assert caught.value.code == "layout.unknown"
    assert "a6" in caught.value.params["known"]


def test_a_missing_file_is_a_layout_error_not_a_traceback(tmp_path: Path) -> None:
    error = refused(tmp_path / "gone.toml")
    assert error.params["key"] == ""
    assert error.params["reason"] == "No such file or directory"


def readme() -> str:
    return (layouts_dir() / "README.md").read_text(encoding="utf-8")


def test_the_readme_shows_every_key_a_layout_file_may_hold_and_no_other() -> None:
    block = re.search(r"```toml\n(.*?)```", readme(), re.DOTALL)
    assert block is not None
    shown = tomllib.loads(block.group(1))
    tables = {kind: set(shown[kind]) for kind in ("page", "badge", "sheet", "qr", "band", "photo")}
    tables[""] = set(shown)
    tables["shapes"] = set(shown["shapes"][0])
    tables["field"] = set().union(*(set(field) for field in shown["fields"].values()))
    # [zones] shows its own keys and says it takes "any text style key below".
    tables["zones"] = set(shown["zones"]) | (tables["field"] - {"box", "direction", "instead"})
    assert tables == {kind: set(keys) for kind, keys in LAYOUT_FILE.keys.items()}


def test_the_readme_lists_every_field_and_each_layout_file() -> None:
    fields = readme().partition("## Fields")[2]
    listed = set(re.findall(r"`([a-z_]+)`", fields)) & set(FIELD_NAMES)
    assert listed == set(FIELD_NAMES)
    files = set(re.findall(r"`([\w-]+)\.toml`", readme()))
    assert set(layout_names()) <= files


def test_instead_names_holders_fields_only(tmp_path: Path) -> None:
    error = refused(write(tmp_path, MINIMAL + 'instead = ["event_en"]\n'))
    assert error.params["key"] == "fields.name_fa.instead"
    assert "event_en is not a holder's field" in error.params["reason"]
    error = refused(write(tmp_path, MINIMAL + 'instead = "country_en"\n'))
    assert error.params["key"] == "fields.name_fa.instead"
    layout = load_layout(write(tmp_path, MINIMAL + 'instead = ["country_fa"]\n'))
    name = layout.design.field("name_fa")
    assert name is not None and name.instead == ("country_fa",)
