"""Participant categories (DESIGN.md's codes), with the protocol precedence between them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name_fa: str
    name_en: str
    colour: str  # the badge's colour band, #RRGGBB
    zones: tuple[str, ...]  # access zones printed on the badge
    precedence: int  # lower comes first in protocol order
    notify_on_arrival: bool  # protocol wants to know the moment they arrive


# Zones: P plenary hall, S specialised panel rooms, V VIP lounge, M media area, B back office.
CATEGORIES: tuple[Category, ...] = (
    Category("HOD", "رئیس هیئت", "Head of delegation", "#8E1B1B", ("P", "S", "V"), 10, True),
    Category("MIN", "مقام ملی", "Minister / national official", "#5B2A86", ("P", "S", "V"),
             5, True),
    Category("AMB", "سفیر", "Ambassador", "#1F3A93", ("P", "S", "V"), 15, True),
    Category("ORG", "سازمان بین‌المللی", "International organisation", "#0B6E4F", ("P", "S", "V"),
             20, True),
    Category("DEL", "عضو هیئت", "Delegation member", "#1B6CA8", ("P", "S"), 30, False),
    Category("BIZ", "اتاق بازرگانی", "Chamber of commerce", "#B8860B", ("P", "S"), 40, False),
    Category("GST", "مهمان", "Guest", "#4A7C59", ("P",), 50, False),
    Category("INT", "مترجم", "Interpreter", "#6D6875", ("P", "S", "B"), 60, False),
    Category("MED", "رسانه", "Media", "#E07A1F", ("P", "M"), 70, False),
    Category("STF", "کارکنان برگزارکننده", "Organiser staff", "#2F4F4F", ("P", "S", "V", "B"),
             80, False),
    Category("SEC", "امنیت و خدمات", "Security and services", "#3C3C3C", ("P", "S", "V", "B"),
             90, False),
)  # fmt: skip

BY_CODE: dict[str, Category] = {c.code: c for c in CATEGORIES}
CODES: tuple[str, ...] = tuple(c.code for c in CATEGORIES)

ZONE_NAMES: dict[str, tuple[str, str]] = {
    "P": ("سالن اصلی", "Plenary hall"),
    "S": ("پنل‌های تخصصی", "Specialised panels"),
    "V": ("تالار تشریفات", "VIP lounge"),
    "M": ("مرکز رسانه", "Media centre"),
    "B": ("دفتر دبیرخانه", "Secretariat office"),
}
