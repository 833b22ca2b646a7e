"""The photo frame's initials read as two initials, never as a word.

With no photo the check-in banner shows the holder's initials on the category's colour. Two
Persian letters side by side read as a word even when they do not join: «پا» ("foot") for
پیمان املشی. The frame is drawn, grabbed and read back from its pixels: the ink of the two
initials must be apart by at least a space. The controls show the reading fails the joined
form and the unjoined (ZWNJ) form the desk used to draw.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from summit_desk.domain.categories import BY_CODE, contrast_ratio, text_colour_on
from summit_desk.domain.person_name import PersonName
from summit_desk.domain.values import CheckInResult, CheckInStatus, PersonSummary
from summit_desk.ui.widgets.banner import PhotoFrame
from summit_desk.ui.widgets.wording import BannerWording

PEYMAN = PersonSummary(
    id=4,
    ref="GIL-004",
    name=PersonName(
        given_name_fa="پیمان",
        family_name_fa="املشی",
        given_name_latin="Peyman",
        family_name_latin="Amlashi",
    ),
    category="HOD",
    delegation_code="GIL",
    delegation_fa="گیلان",
    delegation_en="Gilan",
    country_code="IR",
    rank=1,
    checked_in_at=None,
    checked_in_desk=None,
)


def drawn(qtbot: QtBot, initials: str, colour: str = "#8E1B1B") -> tuple[PhotoFrame, QImage]:
    frame = PhotoFrame()
    qtbot.addWidget(frame)
    frame.show_person(None, initials, colour)
    frame.show()
    qtbot.waitExposed(frame)
    return frame, frame.grab().toImage()


def widest_gap_between_letters(image: QImage, ground: str) -> int:
    """The widest run of blank columns between the first and the last inked column, in pixels."""
    border = 6  # the frame's own white border and rounded corners are not ink
    ground_rgb = int(ground[1:], 16)

    def inked(x: int) -> bool:
        for y in range(border, image.height() - border):
            rgb = image.pixel(x, y) & 0xFFFFFF
            if sum(abs((rgb >> s & 0xFF) - (ground_rgb >> s & 0xFF)) for s in (0, 8, 16)) > 120:
                return True
        return False

    columns = [inked(x) for x in range(border, image.width() - border)]
    first = columns.index(True)
    last = len(columns) - 1 - columns[::-1].index(True)
    widest = run = 0
    for ink in columns[first : last + 1]:
        run = 0 if ink else run + 1
        widest = max(widest, run)
    return widest


def apart_by_a_space(qtbot: QtBot, initials: str) -> bool:
    frame, image = drawn(qtbot, initials)
    space = QFontMetrics(frame.font()).horizontalAdvance(" ")
    return widest_gap_between_letters(image, "#8E1B1B") >= 0.8 * space


def test_a_persian_holders_initials_are_two_initials_with_their_dots(qtbot: QtBot) -> None:
    result = CheckInResult(CheckInStatus.CHECKED_IN, "code", date(2025, 11, 18), person=PEYMAN)
    content = BannerWording("fa").describe(result)
    assert content.initials == "پ. ا."
    frame, _ = drawn(qtbot, content.initials)
    assert frame.text() == "پ. ا."
    assert apart_by_a_space(qtbot, content.initials)


def test_the_reading_fails_initials_drawn_as_a_word(qtbot: QtBot) -> None:
    """Negative controls: joined, and unjoined with a ZWNJ, the two letters read as «پا»."""
    assert not apart_by_a_space(qtbot, "پا")
    assert not apart_by_a_space(qtbot, "پ\u200cا")


def test_in_english_the_latin_initials_come_first(qtbot: QtBot) -> None:
    result = CheckInResult(CheckInStatus.CHECKED_IN, "code", date(2025, 11, 18), person=PEYMAN)
    assert BannerWording("en").describe(result).initials == "PA"
    no_latin = replace(PEYMAN, name=replace(PEYMAN.name, given_name_latin="", family_name_latin=""))
    result = replace(result, person=no_latin)
    assert BannerWording("en").describe(result).initials == "پ. ا."


def test_the_initials_stand_out_from_every_category_colour(qtbot: QtBot) -> None:
    for category in BY_CODE.values():
        frame, _ = drawn(qtbot, "پ. ا.", category.colour)
        text = text_colour_on(category.colour)
        assert f"color: {text}" in frame.styleSheet()
        assert contrast_ratio(category.colour, text) >= 4.5
