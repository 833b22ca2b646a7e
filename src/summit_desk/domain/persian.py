"""Persian digits and dates as Iranians write them: Solar Hijri (Jalali), venue time."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

import jdatetime

VENUE_ZONE = "Asia/Tehran"

_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

_JALALI_MONTHS_FA = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip


def to_persian_digits(value: object) -> str:
    return str(value).translate(_TO_PERSIAN)


def venue_zone(name: str = VENUE_ZONE) -> tzinfo:
    return ZoneInfo(name)


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time is UTC; SQLite gives it back naive, so say so explicitly."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def jalali_date(day: date, *, persian_digits: bool = True, month_name: bool = True) -> str:
    """``2025-11-18`` -> «۲۷ آبان ۱۴۰۴» (or «1404/08/27» without month names)."""
    j = jdatetime.date.fromgregorian(date=day)
    text = (
        f"{j.day} {_JALALI_MONTHS_FA[j.month - 1]} {j.year}"
        if month_name
        else f"{j.year:04d}/{j.month:02d}/{j.day:02d}"
    )
    return to_persian_digits(text) if persian_digits else text


def venue_time(moment: datetime, zone: str = VENUE_ZONE) -> datetime:
    return as_utc(moment).astimezone(ZoneInfo(zone))


def format_moment(moment: datetime, lang: str, zone: str = VENUE_ZONE) -> str:
    """A check-in time as the desk shows it: venue time, Jalali with Persian digits in Persian."""
    local = venue_time(moment, zone)
    if lang == "fa":
        return f"{jalali_date(local.date())}، {to_persian_digits(local.strftime('%H:%M'))}"
    return local.strftime("%Y-%m-%d %H:%M")
