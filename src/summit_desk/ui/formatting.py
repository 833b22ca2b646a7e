"""How the pages write numbers, days and times: Persian digits and Jalali dates in Persian,
ISO dates and Western digits in English, times in the venue's zone."""

from __future__ import annotations

from datetime import date, datetime

from summit_desk.domain.persian import VENUE_ZONE, jalali_date, to_persian_digits, venue_time


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
