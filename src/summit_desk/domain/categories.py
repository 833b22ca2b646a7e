"""Participant categories (DESIGN.md's codes), with the protocol precedence between them.

Each category's colour fills the band of its badges, so a guard tells categories apart at a
door: every two colours differ by a CIEDE2000 ΔE of at least 20 (a difference seen at a glance,
not side by side), and the category's name on the band, in black or white, keeps a WCAG contrast
of at least 4.5:1 (``tests/printing/test_badge_colours.py`` checks both). Light colours carry
black text, dark ones white: the name on the band is always there, so colour is never the only
sign. A new event and the demo take these colours; an event's database keeps the colours it was
created with.
"""

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
    Category("MIN", "مقام ملی", "Minister / national official", "#9C2C8A", ("P", "S", "V"),
             5, True),
    Category("AMB", "سفیر", "Ambassador", "#1F3A93", ("P", "S", "V"), 15, True),
    Category("ORG", "سازمان بین‌المللی", "International organisation", "#0B6E4F", ("P", "S", "V"),
             20, True),
    Category("DEL", "عضو هیئت", "Delegation member", "#4FA3E0", ("P", "S"), 30, False),
    Category("BIZ", "اتاق بازرگانی", "Chamber of commerce", "#F2D024", ("P", "S"), 40, False),
    Category("GST", "مهمان", "Guest", "#9BD36A", ("P",), 50, False),
    Category("INT", "مترجم", "Interpreter", "#B9A8D6", ("P", "S", "B"), 60, False),
    Category("MED", "رسانه", "Media", "#E0661F", ("P", "M"), 70, False),
    Category("STF", "کارکنان برگزارکننده", "Organiser staff", "#4DB6AC", ("P", "S", "V", "B"),
             80, False),
    Category("SEC", "امنیت و خدمات", "Security and services", "#1A1A1A", ("P", "S", "V", "B"),
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


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB ``#RRGGBB`` colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever stands out more from ``background``."""
    white, black = "#FFFFFF", "#000000"
    on_white = contrast_ratio(background, white)
    return white if on_white >= contrast_ratio(background, black) else black
