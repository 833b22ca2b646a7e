"""Every letter a delegate's name may hold is drawn from a face that really has it."""

from __future__ import annotations

import threading

import pytest
from reportlab.pdfbase import pdfmetrics

from summit_desk.printing.fonts import Script, font_for_char, fonts, script_of
from summit_desk.printing.text_layout import Box, TextStyle, layout_text

from .alphabets import ALPHABETS, PERSIAN_DIGITS, PERSIAN_LETTERS


def test_fonts_are_registered_once_even_when_asked_from_many_threads() -> None:
    results = []
    threads = [threading.Thread(target=lambda: results.append(fonts())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result is fonts() for result in results)
    for face in fonts().all():
        assert pdfmetrics.getFont(face.name) is face.ttfont


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
@pytest.mark.parametrize("alphabet", list(ALPHABETS), ids=list(ALPHABETS))
def test_every_letter_of_the_alphabet_has_a_face_with_its_glyph(alphabet: str, bold: bool) -> None:
    for char in ALPHABETS[alphabet]:
        face = font_for_char(char, bold=bold)
        assert face is not None, f"no bundled face draws {char!r}"
        assert face.has_char(char), f"{face.name} has no glyph for {char!r}"
        assert face.bold == bold


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
@pytest.mark.parametrize("alphabet", list(ALPHABETS), ids=list(ALPHABETS))
def test_every_letter_is_drawn_with_a_real_glyph_not_notdef(alphabet: str, bold: bool) -> None:
    letters = ALPHABETS[alphabet]
    # Letters one by one (isolated forms) and all joined in one word (contextual forms).
    text = " ".join(letters) + " " + letters
    layout = layout_text(text, Box(0, 0, 100_000, 100), TextStyle(font_size=10, bold=bold))
    assert layout.fits
    assert layout.missing_glyphs == ""
    for line in layout.lines:
        for placed in line.runs:
            run = placed.run
            assert not run.has_missing_glyph, f"{run.face.name} drew .notdef in {run.text!r}"
            for char in run.text.replace(" ", ""):
                assert run.face.has_char(char), f"{char!r} was shaped with {run.face.name}"


def test_persian_letters_and_digits_use_vazirmatn_and_cyrillic_and_latin_use_noto() -> None:
    font_set = fonts()
    for char in PERSIAN_LETTERS + PERSIAN_DIGITS + "\u200c":
        assert font_for_char(char, neighbour=Script.ARABIC) is font_set.vazirmatn
    for char in ALPHABETS["Russian"] + ALPHABETS["Kazakh"]:
        assert font_for_char(char) is font_set.noto_sans
    for char in ALPHABETS["Azerbaijani"] + ALPHABETS["Turkmen"]:
        assert font_for_char(char) is font_set.noto_sans
    assert font_for_char("ә", bold=True) is font_set.noto_sans_bold


def test_digits_and_brackets_follow_the_script_of_their_neighbours() -> None:
    font_set = fonts()
    assert font_for_char("(", neighbour=Script.ARABIC) is font_set.vazirmatn
    assert font_for_char("(", neighbour=Script.LATIN) is font_set.noto_sans
    assert font_for_char("7", neighbour=Script.CYRILLIC) is font_set.noto_sans
    assert script_of("\u064e") is Script.ARABIC  # fatha stays with its letter
    assert script_of("\u200c") is Script.INHERITED


def test_a_character_no_bundled_face_has_is_reported_not_drawn_silently() -> None:
    assert font_for_char("漢") is None
    layout = layout_text("Wang 漢", Box(0, 0, 400, 40), TextStyle(font_size=12))
    assert layout.missing_glyphs == "漢"
