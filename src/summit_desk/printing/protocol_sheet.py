"""What the protocol office's printouts share: pages, the title block, a person's texts.

The seating plan and list (:mod:`.seating_plan`), the place cards (:mod:`.place_cards`) and the
attendance sheet (:mod:`.attendance_sheet`; tables in :mod:`.protocol_table`) are bilingual
documents: every caption is printed in Persian and English at once, so they are constants here
rather than messages of one language.
Every string, Persian, Latin, Cyrillic or mixed, goes through the badges' text engine
(:func:`~summit_desk.printing.text_layout.layout_text`): ReportLab's own ``drawString`` would
draw Persian unjoined and in reversed word order.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import Canvas

from summit_desk.domain.persian import jalali_date
from summit_desk.domain.seating import SeatedPerson
from summit_desk.domain.values import EventHeader
from summit_desk.printing.bidi_order import BaseDirection, is_rtl_paragraph
from summit_desk.printing.fonts import fonts
from summit_desk.printing.text import draw_layout
from summit_desk.printing.text_layout import (
    Box,
    HorizontalAlign,
    TextLayout,
    TextStyle,
    layout_text,
)

MARGIN = 28.0  # points, about 10 mm: inside what office printers can reach
FOOTER = MARGIN + 6  # the page number's band at the foot of a page
INK = "#1A1A1A"
MUTED = "#5A6270"
RULE = "#9AA3AF"
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def paper_size(paper: str, *, portrait: bool = False) -> tuple[float, float]:
    """A4 or A3 (a room's ``paper``), landscape unless asked; anything else is A4."""
    size: tuple[float, float] = A3 if paper.strip().upper() == "A3" else A4
    return size if portrait else (max(size), min(size))


@dataclass(frozen=True, slots=True)
class Printout:
    """A printed document and every text that had to be shortened or lacked glyphs."""

    pdf: bytes
    pages: int
    overflowed: tuple[tuple[str, str], ...] = ()  # (ref or "", field): cut with … and clipped
    missing_glyphs: tuple[tuple[str, str, str], ...] = ()  # (ref or "", field, characters)


@lru_cache(maxsize=4096)
def fitted(text: str, box: Box, style: TextStyle, direction: BaseDirection = "auto") -> TextLayout:
    """A text's layout, kept: a delegation or a caption repeats on many rows and pages."""
    return layout_text(text, box, style, direction)


@dataclass
class Sheet:
    """A canvas with the tally of what did not fit, page after page."""

    width: float
    height: float
    title: str
    _buffer: io.BytesIO = field(default_factory=io.BytesIO)
    canvas: Canvas = field(init=False)
    pages: int = 0
    overflowed: list[tuple[str, str]] = field(default_factory=list)
    missing_glyphs: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        fonts()
        self.canvas = Canvas(self._buffer, pagesize=(self.width, self.height), pageCompression=1)
        self.canvas.setTitle(self.title)
        self.canvas.setAuthor("Summit Desk")
        self.canvas.setCreator("Summit Desk")

    def text(
        self,
        text: str,
        box: Box,
        style: TextStyle,
        *,
        ref: str = "",
        field_name: str = "",
        direction: BaseDirection = "auto",
    ) -> TextLayout | None:
        """Draw ``text`` in ``box``; note it under (ref, field) if it did not fit."""
        text = text.strip()
        if not text:
            return None
        layout = fitted(text, box, style, direction)
        draw_layout(self.canvas, layout, style.color)
        if not layout.fits:
            self.overflowed.append((ref, field_name))
        if layout.missing_glyphs:
            self.missing_glyphs.append((ref, field_name, layout.missing_glyphs))
        return layout

    def next_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1

    def finish(self) -> Printout:
        self.canvas.save()
        return Printout(
            self._buffer.getvalue(),
            self.pages,
            tuple(self.overflowed),
            tuple(self.missing_glyphs),
        )


def rtl_aligned(style: TextStyle, text: str) -> TextStyle:
    """``style`` aligned right, whatever the text's direction: the pages read from the right."""
    return aligned(style, "start" if is_rtl_paragraph(text, "auto") else "end")


@lru_cache(maxsize=256)
def aligned(style: TextStyle, align: HorizontalAlign) -> TextStyle:
    return style if style.align == align else replace(style, align=align)


# --- a person's texts -------------------------------------------------------------------------


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _joined(*parts: str, separator: str = " ") -> str:
    return separator.join(part.strip() for part in parts if part and part.strip())


_FSI, _PDI = "\u2068", "\u2069"  # first-strong isolate, pop directional isolate


def bilingual(*parts: str, separator: str = " — ") -> str:
    """Parts of a line joined, each isolated in its own direction (UAX #9 FSI…PDI).

    Without isolates, the neutral characters at the end of a Latin part in a Persian line take
    the Persian direction: "(H.E.)" prints as "(.H.E)" and "Iran (Tehran)." loses its full stop
    to the far side. Draw the result with ``direction="rtl"``: a paragraph's direction is not
    looked for inside isolates, so "auto" would find no strong letter at all.
    """
    return separator.join(f"{_FSI}{part.strip()}{_PDI}" for part in parts if part.strip())


def native_name(person: SeatedPerson) -> str:
    """The name in its own script, where it differs from the Latin and the Persian one."""
    name = person.name
    native = name.name_native.strip()
    if not native or _folded(native) in (_folded(name.name_latin), _folded(name.name_fa)):
        return ""
    return native


def short_name(person: SeatedPerson) -> tuple[str, str]:
    """What a seat on the plan shows: the family name in Persian and in Latin letters."""
    name = person.name
    return (
        name.family_name_fa or name.given_name_fa,
        name.family_name_latin or name.given_name_latin,
    )


def origin(delegation: str, country: str, separator: str) -> str:
    """ "Gilan, Iran"; just the delegation when it already names the country."""
    if not country or _folded(country) in _folded(delegation):
        return delegation
    return _joined(delegation, country, separator=separator)


def origin_fa(person: SeatedPerson) -> str:
    return origin(person.delegation_fa, person.country_fa, "، ")


def origin_en(person: SeatedPerson) -> str:
    return origin(person.delegation_en, person.country_en, ", ")


def date_fa(day: date | None) -> str:
    return jalali_date(day) if day is not None else ""


def date_en(day: date | None) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}" if day is not None else ""


# --- the title block and the page number ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    """What the title block of every page says, in both languages."""

    document_fa: str
    document_en: str
    session_fa: str
    session_en: str
    room_fa: str = ""
    room_en: str = ""
    day: date | None = None


_ROW_HEIGHTS = (22.0, 22.0, 16.0)  # the event (up to two lines), the document, the session
TITLE_BLOCK_HEIGHT = sum(_ROW_HEIGHTS) + 11  # with the rule under it and the gap after it
_EVENT_STYLE = TextStyle(
    font_size=11, min_font_size=6.5, bold=True, color=MUTED, max_lines=2, line_height=1.15
)
_DOCUMENT_STYLE = TextStyle(font_size=15, min_font_size=9, bold=True, color=INK)
_WHERE_STYLE = TextStyle(font_size=10, min_font_size=7, color=INK, digits="persian")
_WHERE_STYLE_EN = TextStyle(font_size=10, min_font_size=7, color=INK)
_PAGE_STYLE = TextStyle(font_size=8, color=MUTED, align="center", digits="persian")


def draw_title_block(sheet: Sheet, event: EventHeader, heading: Heading) -> float:
    """The event, the document, the session, room and day, Persian on the right and English on
    the left; returns the ``y`` just under it."""
    canvas = sheet.canvas
    top = sheet.height - MARGIN
    half = (sheet.width - 2 * MARGIN) / 2 - 10
    right, left = sheet.width - MARGIN - half, MARGIN
    where_fa = bilingual(heading.session_fa, heading.room_fa, date_fa(heading.day))
    where_en = _joined(heading.session_en, heading.room_en, date_en(heading.day), separator=" — ")
    rows = (
        (event.name_fa, event.name_en, _EVENT_STYLE, _EVENT_STYLE),
        (heading.document_fa, heading.document_en, _DOCUMENT_STYLE, _DOCUMENT_STYLE),
        (where_fa, where_en, _WHERE_STYLE, _WHERE_STYLE_EN),
    )
    y = top
    for number, ((fa, en, style_fa, style_en), height) in enumerate(
        zip(rows, _ROW_HEIGHTS, strict=True)
    ):
        y -= height
        name = ("event", "document", "session")[number]
        sheet.text(
            fa, Box(right, y, half, height), style_fa, field_name=f"{name}_fa", direction="rtl"
        )
        sheet.text(
            en, Box(left, y, half, height), style_en, field_name=f"{name}_en", direction="ltr"
        )
    y -= 5
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y, sheet.width - MARGIN, y)
    return y - 6


def draw_page_number(sheet: Sheet, number: int, total: int) -> None:
    """«صفحه ۱ از ۲ — Page 1 of 2» at the foot of the page."""
    text = bilingual(f"صفحه {number} از {total}", f"Page {number} of {total}")
    box = Box(MARGIN, MARGIN / 2 - 4, sheet.width - 2 * MARGIN, 12)
    sheet.text(text, box, _PAGE_STYLE, field_name="page", direction="rtl")
