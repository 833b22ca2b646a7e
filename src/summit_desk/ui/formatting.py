"""How the pages write numbers, days and times: Persian digits and Jalali dates in Persian,
ISO dates and Western digits in English, times in the venue's zone; a category's name and colour."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from summit_desk.domain.categories import BY_CODE
from summit_desk.domain.persian import (
    VENUE_ZONE,
    format_moment,
    jalali_date,
    to_persian_digits,
    venue_time,
)


def number(value: int, lang: str) -> str:
    return to_persian_digits(value) if lang == "fa" else str(value)


def day_label(day: date, lang: str) -> str:
    return jalali_date(day) if lang == "fa" else day.isoformat()


def clock(moment: datetime, lang: str, zone: str = VENUE_ZONE, *, seconds: bool = False) -> str:
    text = venue_time(moment, zone).strftime("%H:%M:%S" if seconds else "%H:%M")
    return to_persian_digits(text) if lang == "fa" else text


def percent(part: int, whole: int, lang: str) -> str:
    value = round(100 * part / whole) if whole else 0
    return f"{to_persian_digits(value)}٪" if lang == "fa" else f"{value}%"


def category_name(code: str, lang: str) -> str:
    category = BY_CODE.get(code)
    if category is None:
        return code
    return category.name_fa if lang == "fa" else category.name_en


def category_colour(code: str) -> QColor:
    category = BY_CODE.get(code)
    return QColor(category.colour if category else "#808080")


# The desk name the command line writes in the journal (`summit-desk checkin`'s default).
COMMAND_LINE_DESK = "cli"


def desk_label(desk: str | None) -> str:
    """A desk's name as staff read it: the command line's technical name in words."""
    if desk == COMMAND_LINE_DESK:
        return QCoreApplication.translate("CheckIn", "command line")
    return desk or ""


def moment_on(moment: datetime, day: date | None, lang: str) -> str:
    """The venue's time of ``moment``, with its date when that is not ``day`` (a rehearsal,
    or an arrival recorded on another date), in the desk's digits."""
    local = venue_time(moment)
    if day is not None and local.date() != day:
        return format_moment(moment, lang)
    text = local.strftime("%H:%M")
    return to_persian_digits(text) if lang == "fa" else text
