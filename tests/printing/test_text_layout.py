"""Laying names out in badge fields, without a canvas: order, mirroring, wrapping and fitting."""

from __future__ import annotations

from collections import Counter

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from summit_desk.printing.fonts import fonts
from summit_desk.printing.text_layout import Box, TextLayout, TextStyle, layout_text

from .alphabets import LONG_PERSIAN_TITLE

TOLERANCE = 1e-6
WIDE = Box(0, 0, 10_000, 50)


def glyph_names(layout: TextLayout) -> list[str]:
    return [
        placed.run.face.hb_font.glyph_to_string(glyph_id)
        for line in layout.lines
        for placed in line.runs
        for glyph_id in placed.run.glyph_ids
    ]


def test_a_mixed_persian_latin_line_reads_right_to_left_with_latin_and_digits_left_to_right() -> (
    None
):
    layout = layout_text("استاندار گیلان (Gilan) ۱۴۰۴", WIDE, TextStyle(font_size=12))
    assert layout.rtl
    # Left to right on the page: the year, the Latin name in its brackets, then Persian.
    assert [line.visual_text for line in layout.lines] == ["۱۴۰۴ (Gilan) نالیگ رادناتسا"]


def test_a_persian_line_ending_in_latin_and_a_year_keeps_them_together_on_the_left() -> None:
    layout = layout_text("هیئت Baku - 2025", WIDE, TextStyle(font_size=12))
    assert layout.lines[0].visual_text == "Baku - 2025 تئیه"


@pytest.mark.parametrize(
    ("text", "opening_glyph_shows"),
    [("(گیلان)", "parenright"), ("«خزر»", "guillemotright"), ("[Gilan] گیلان", "bracketright")],
)
def test_brackets_in_a_right_to_left_line_are_drawn_mirrored(
    text: str, opening_glyph_shows: str
) -> None:
    layout = layout_text(text, WIDE, TextStyle(font_size=12), direction="rtl")
    opening = text[0]
    for line in layout.lines:
        for placed in line.runs:
            if placed.run.text.startswith(opening):
                # In a right-to-left run the logical first character is drawn rightmost.
                glyph = placed.run.face.hb_font.glyph_to_string(placed.run.glyph_ids[-1])
                assert glyph == opening_glyph_shows
                return
    pytest.fail(f"no run starts with {opening!r}")


def test_brackets_around_a_persian_word_look_like_brackets_on_the_page() -> None:
    layout = layout_text("(گیلان)", WIDE, TextStyle(font_size=12))
    assert layout.lines[0].visual_text == "(نالیگ)"


def test_zwnj_keeps_the_half_space_and_lam_alef_forms_its_ligature() -> None:
    with_zwnj = glyph_names(layout_text("علی‌اکبر", WIDE, TextStyle(font_size=12)))
    without = glyph_names(layout_text("علیاکبر", WIDE, TextStyle(font_size=12)))
    assert "uniFBFD" in with_zwnj  # ی in its final form before the half-space
    assert "uni0627" in with_zwnj  # ا standing alone after it
    assert "uniFBFD" not in without
    assert "uniFEFB" in glyph_names(layout_text("لاله", WIDE, TextStyle(font_size=12)))


def test_marks_sit_on_their_letters_without_taking_space() -> None:
    layout = layout_text("مُحَمَّد", WIDE, TextStyle(font_size=12))
    run = layout.lines[0].runs[0].run
    marks = [
        index
        for index, glyph_id in enumerate(run.glyph_ids)
        if run.face.hb_font.glyph_to_string(glyph_id).startswith(("uni064E", "uni064F", "uni0651"))
    ]
    assert len(marks) == 3  # damma, and shadda with fatha as one glyph
    for index in marks:
        assert run.advances[index] == 0
        assert (run.x_offsets[index], run.y_offsets[index]) != (0, 0)


def test_a_long_persian_title_wraps_in_reading_order_line_one_above_line_two() -> None:
    box = Box(0, 0, 250, 40)
    layout = layout_text(LONG_PERSIAN_TITLE, box, TextStyle(font_size=13, max_lines=2))
    assert layout.fits
    first, second = layout.lines
    assert first.baseline > second.baseline
    assert f"{first.text} {second.text}" == LONG_PERSIAN_TITLE
    assert LONG_PERSIAN_TITLE.startswith(first.text)  # the beginning is on top, as read
    # Each line is reordered on its own (UAX #9 per line), not cut from the reordered paragraph.
    for line in layout.lines:
        assert line.visual_text == get_display(line.text)
        assert line.x + line.width == pytest.approx(box.x + box.width)  # start is the right edge


def test_a_name_is_wrapped_between_words_and_never_inside_one_that_fits() -> None:
    name = "علی‌اکبر کاظم‌زاده"
    one_word = layout_text("کاظم‌زاده", WIDE, TextStyle(font_size=12)).lines[0].width
    box = Box(0, 0, one_word + 2, 40)
    layout = layout_text(name, box, TextStyle(font_size=12, max_lines=2))
    assert layout.fits
    assert [line.text for line in layout.lines] == ["علی‌اکبر", "کاظم‌زاده"]


def test_a_word_wider_than_the_box_is_broken_only_at_the_smallest_size() -> None:
    word = "Шаһизадаүмбетқызыбалаларыныңанасы"
    style = TextStyle(font_size=12, min_font_size=10, max_lines=3)
    layout = layout_text(word, Box(0, 0, 90, 60), style)
    assert layout.font_size == 10
    assert len(layout.lines) > 1
    assert "".join(line.text for line in layout.lines) == word
    assert all(line.width <= 90 + TOLERANCE for line in layout.lines)


def test_a_long_name_shrinks_to_fit_one_line_before_giving_up() -> None:
    style = TextStyle(font_size=24, min_font_size=8)
    layout = layout_text("Маңғыстау облысы әкімдігі", Box(0, 0, 200, 40), style)
    assert layout.fits
    assert 8 <= layout.font_size < 24
    assert len(layout.lines) == 1
    assert layout.lines[0].width <= 200 + TOLERANCE


def test_a_name_that_cannot_fit_says_so_and_ends_in_an_ellipsis_inside_the_box() -> None:
    style = TextStyle(font_size=14, min_font_size=10, max_lines=2)
    box = Box(0, 0, 120, 30)
    layout = layout_text(LONG_PERSIAN_TITLE + " " + LONG_PERSIAN_TITLE, box, style)
    assert not layout.fits
    assert layout.font_size == 10
    assert len(layout.lines) == 2
    assert layout.lines[-1].text.endswith("…")
    # On the page the ellipsis of a right-to-left line is at its left end.
    assert layout.lines[-1].visual_text.startswith("…")
    assert all(line.width <= box.width + TOLERANCE for line in layout.lines)


def test_a_box_too_low_for_even_one_line_is_reported() -> None:
    layout = layout_text("Rəşad Ağayev", Box(0, 0, 300, 5), TextStyle(font_size=12))
    assert not layout.fits
    assert len(layout.lines) == 1


@pytest.mark.parametrize(
    ("text", "digits", "expected"),
    [
        ("گیلان 1404", "persian", "گیلان ۱۴۰۴"),
        ("Baku 2025", "persian", "Baku 2025"),
        ("هیئت Baku 2025", "persian", "هیئت Baku 2025"),
        ("1404 گیلان", "persian", "۱۴۰۴ گیلان"),  # the first letter makes it right-to-left
        ("آبان ۱۴۰۴", "latin", "آبان 1404"),
        ("آبان ۱۴۰۴", "keep", "آبان ۱۴۰۴"),
    ],
)
def test_digits_are_written_as_the_reader_expects(text: str, digits: str, expected: str) -> None:
    layout = layout_text(text, WIDE, TextStyle(font_size=12, digits=digits))  # type: ignore[arg-type]
    assert layout.lines[0].text == expected


def test_a_year_before_persian_words_in_a_left_to_right_field_keeps_latin_digits() -> None:
    style = TextStyle(font_size=12, digits="persian")
    layout = layout_text("1404 گیلان", WIDE, style, direction="ltr")
    assert layout.lines[0].text == "1404 گیلان"


@pytest.mark.parametrize(
    ("text", "align", "expect_left_edge"),
    [
        ("علی رحیمی", "start", False),
        ("علی رحیمی", "end", True),
        ("Ali Rahimi", "start", True),
        ("Ali Rahimi", "end", False),
    ],
)
def test_start_alignment_follows_the_direction_of_the_name(
    text: str, align: str, expect_left_edge: bool
) -> None:
    box = Box(10, 0, 300, 30)
    layout = layout_text(text, box, TextStyle(font_size=12, align=align))  # type: ignore[arg-type]
    line = layout.lines[0]
    if expect_left_edge:
        assert line.x == pytest.approx(box.x)
    else:
        assert line.x + line.width == pytest.approx(box.x + box.width)


def test_centred_text_has_equal_margins() -> None:
    box = Box(10, 0, 300, 30)
    line = layout_text("Lənkəran", box, TextStyle(font_size=12, align="center")).lines[0]
    assert line.x - box.x == pytest.approx(box.x + box.width - (line.x + line.width))


# Property tests over random mixes of the summit's scripts.
LETTERS = "ابپتجچخدرزژسشکگلمنوهیAaBbƏəĞğIıŞşÇçÖöÜüÄäŇňÝýŽžЖжҚқҢңӘәІіЁё"
TEXTS = st.text(alphabet=LETTERS + "0123456789۰۱۲۳۴۵ -.,()«»\u200c", min_size=0, max_size=60)


BOXES = st.builds(
    Box,
    x=st.just(5.0),
    y=st.just(7.0),
    width=st.floats(min_value=10, max_value=400),
    height=st.floats(min_value=5, max_value=120),
)
STYLES = st.builds(
    lambda size, shrink, max_lines: TextStyle(
        font_size=size, min_font_size=size * shrink, max_lines=max_lines
    ),
    st.floats(min_value=6, max_value=30),
    st.floats(min_value=0.3, max_value=1.0),
    st.integers(min_value=1, max_value=3),
)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, box=BOXES, style=STYLES, direction=st.sampled_from(["auto", "rtl", "ltr"]))
def test_a_layout_that_says_it_fits_stays_inside_its_box_and_loses_no_letter(
    text: str, box: Box, style: TextStyle, direction: str
) -> None:
    layout = layout_text(text, box, style, direction)  # type: ignore[arg-type]
    assert style.min_font_size is not None
    assert style.min_font_size - TOLERANCE <= layout.font_size <= style.font_size
    assert len(layout.lines) <= style.max_lines
    if not layout.fits:
        return
    assert len(layout.lines) * layout.font_size * style.line_height <= box.height + TOLERANCE
    for line in layout.lines:
        assert line.width <= box.width + 1e-3
        assert box.x - 1e-3 <= line.x
        assert line.x + line.width <= box.x + box.width + 1e-3
        pen = line.x
        for placed in line.runs:
            assert placed.x == pytest.approx(pen)
            pen += placed.run.width * layout.font_size
    drawn = Counter("".join(line.text for line in layout.lines).replace(" ", ""))
    assert drawn == Counter(text.replace(" ", ""))


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=LETTERS + "0123456789۰۱۲۳۴ -.,", max_size=40))
def test_one_line_is_ordered_as_python_bidi_orders_it(text: str) -> None:
    layout = layout_text(text, WIDE, TextStyle(font_size=10))
    assert layout.lines[0].visual_text == get_display(text.strip(" "))


def test_the_engine_uses_the_faces_it_registered() -> None:
    layout = layout_text("Ali علی Әлі", WIDE, TextStyle(font_size=10))
    used = {placed.run.face for line in layout.lines for placed in line.runs}
    assert used <= set(fonts().all())
    assert {face.name for face in used} == {"SummitVazirmatn", "SummitNotoSans"}


def test_each_line_of_a_two_language_field_takes_its_own_direction() -> None:
    box = Box(0, 0, 300, 40)
    layout = layout_text("Ali Rahimi\nعلی رحیمی", box, TextStyle(font_size=12, max_lines=2))
    latin, persian = layout.lines
    assert latin.x == pytest.approx(box.x)
    assert persian.x + persian.width == pytest.approx(box.x + box.width)
    assert persian.visual_text == "یمیحر یلع"


@pytest.mark.parametrize(
    "style",
    [
        {"font_size": 0},
        {"max_lines": 0},
        {"line_height": 0},
        {"align": "right"},
        {"vertical_align": "center"},
    ],
)
def test_a_style_that_cannot_lay_anything_out_is_refused(style: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        TextStyle(**style)  # type: ignore[arg-type]


def test_an_unknown_direction_is_refused() -> None:
    with pytest.raises(ValueError):
        layout_text("Ali", WIDE, TextStyle(), direction="rlt")  # type: ignore[arg-type]
