"""What each field of a badge shows: the holder's texts, and the event's that every badge repeats.

The layout names the fields (:data:`~summit_desk.printing.badge_layout_values.FIELD_NAMES`);
these functions give their text, empty when there is nothing to show, so the renderer draws
nothing there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from summit_desk.domain.persian import jalali_date
from summit_desk.domain.values import BadgeData, EventHeader

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _unless_same(text: str, *others: str) -> str:
    """``text``, or nothing when it says the same as one of ``others`` (case and spacing aside)."""
    folded = _folded(text)
    return "" if any(folded == _folded(other) for other in others) else text


def _joined(first: str, second: str, separator: str) -> str:
    """Both, as in "Astrakhan Oblast, Russia"; just the first when it already names the second."""
    if not second or _folded(second) in _folded(first):
        return first
    if not first:
        return second
    return f"{first}{separator}{second}"


_ABBREVIATION = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")


def _short_name(name: str) -> str:
    """The abbreviation a name gives in brackets at its end: "ECO" for "… Organization (ECO)"."""
    found = _ABBREVIATION.search(name)
    return found.group(1) if found else ""


def _zone_names(badge: BadgeData, index: int, separator: str) -> str:
    return separator.join(zone[index] for zone in badge.zones if zone[index])


_BADGE_TEXTS: dict[str, Callable[[BadgeData], str]] = {
    # a form of address alone names nobody: printed only with the name in its script
    "honorific_fa": lambda b: b.name.honorific_fa if b.name_fa.strip() else "",
    "honorific_en": lambda b: b.name.honorific_en if b.name_latin.strip() else "",
    "name_fa": lambda b: b.name_fa,
    "name_latin": lambda b: b.name_latin,
    "name_native": lambda b: _unless_same(b.name_native, b.name_latin, b.name_fa),
    "title_fa": lambda b: b.title_fa,
    "title_en": lambda b: b.title_en,
    "delegation_fa": lambda b: b.delegation_fa,
    "delegation_en": lambda b: b.delegation_en,
    "delegation_native": lambda b: _unless_same(
        b.delegation_native, b.delegation_en, b.delegation_fa
    ),
    "delegation_short_fa": lambda b: _short_name(b.delegation_fa),
    "delegation_short_en": lambda b: _short_name(b.delegation_en),
    "country_fa": lambda b: b.country_fa,
    "country_en": lambda b: b.country_en,
    "origin_fa": lambda b: _joined(b.delegation_fa, b.country_fa, "، "),
    "origin_en": lambda b: _joined(b.delegation_en, b.country_en, ", "),
    "category_fa": lambda b: b.category_fa,
    "category_en": lambda b: b.category_en,
    "zones_fa": lambda b: _zone_names(b, 1, "، "),
    "zones_en": lambda b: _zone_names(b, 2, ", "),
    "number": lambda b: b.number,
}


def badge_text(name: str, badge: BadgeData) -> str:
    """What the field ``name`` shows on ``badge``: empty when there is nothing to show.

    The native name (and the delegation's) is shown only where it differs from both the Latin
    and the Persian one, as for Cyrillic, or Azerbaijani and Turkmen with their own letters.
    """
    return _BADGE_TEXTS[name](badge).strip()


def _day_range(days: tuple[date, ...], write: Callable[[date], str], word: str) -> str:
    """The first and last day, the month and year they share written once: "18–19 November 2025"."""
    if not days:
        return ""
    first, last = write(min(days)).split(" "), write(max(days)).split(" ")
    if first == last:
        return " ".join(first)
    if first[1:] == last[1:]:
        head = first[:1]
    elif first[2:] == last[2:]:
        head = first[:2]
    else:
        head = first
    return f"{' '.join(head)}{word}{' '.join(last)}"


def _gregorian(day: date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def header_text(name: str, event: EventHeader) -> str:
    """What a header field shows: the same on every badge of ``event``."""
    texts = {
        "event_fa": event.name_fa,
        "event_en": event.name_en,
        "slogan_fa": event.slogan_fa,
        "slogan_en": event.slogan_en,
        "venue_fa": event.venue_fa,
        "venue_en": event.venue_en,
        "dates_fa": _day_range(event.days, jalali_date, " تا "),
        "dates_en": _day_range(event.days, _gregorian, "–"),
    }
    return texts[name].strip()
