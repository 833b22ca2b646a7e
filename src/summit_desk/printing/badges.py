"""Badges: a layout and the event in, one PDF of badges out.

``BadgeRenderer(layout, event).render(badges, out)`` draws every badge of ``badges`` into the
slots of the layout's pages and says what did not fit. Every text, the event's and the holder's,
goes through the text engine (:func:`~summit_desk.printing.text.draw_layout`), so Persian reads
right to left, shaped, and each script gets a face that has its letters.

What a batch of a thousand badges costs:

* The parts every badge repeats (the event's name, slogan, venue and dates, the design's fixed
  shapes, the QR code's light ground) are drawn once per document into a form XObject and
  placed on each badge with ``doForm``; a sheet's crop marks are another form.
* A text's layout is kept per (text, box, style, direction), so a delegation's name, a title or
  a category is laid out once however many badges carry it.
* ReportLab keeps every finished page in memory until ``save()``, and compresses it only then.
  The renderer compresses each page's content stream the moment the page is finished (see
  :class:`_PageSlimmer`), so what a page leaves in memory is its compressed stream and
  ReportLab's page object, about 4.5 kB a badge; ``save()`` then assembles the whole file in
  memory. Memory still grows with the batch, at about half the rate of a plain ReportLab loop
  (measured by ``bench/badges.py``).

A sheet layout places several badges on a page: :meth:`BadgeRenderer._slots` yields the slots
of a sheet and starts a new page when it is full, as Indico's and pretix's badge sheets do.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from summit_desk.domain.categories import text_colour_on
from summit_desk.domain.codes import is_badge_code
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData, EventHeader
from summit_desk.printing.badge_layout_values import (
    HEADER_FIELDS,
    HONORIFIC_OF_NAME,
    BadgeLayout,
    FieldSpec,
    ZonesSpec,
)
from summit_desk.printing.badge_names import fitted as _fitted
from summit_desk.printing.badge_names import place_name
from summit_desk.printing.badge_photo import PhotoSlot
from summit_desk.printing.badge_texts import badge_text, header_text
from summit_desk.printing.badge_zones import zone_grid
from summit_desk.printing.fonts import fonts
from summit_desk.printing.qr import QUIET_ZONE, draw_qr, module_size, qr_symbol
from summit_desk.printing.text import draw_layout
from summit_desk.printing.text_layout import TextLayout, TextStyle

__all__ = ["BadgeRenderer", "RenderReport"]

_BADGE_FORM = "SummitBadge"
_SHEET_FORM = "SummitSheet"
_WHITE = "#FFFFFF"
_BLACK = "#000000"
ZONE_FIELDS = ("zones_fa", "zones_en")  # the zones' names: printed whole or not at all


@dataclass(frozen=True, slots=True)
class RenderReport:
    """What went into the PDF, and every text that had to be shortened to fit its box."""

    pages: int
    badges: int
    overflowed: tuple[tuple[str, str], ...] = ()  # (ref, field): shrunk, cut with … and clipped
    header_overflowed: tuple[str, ...] = ()  # event fields too long for the layout's boxes
    missing_glyphs: tuple[tuple[str, str, str], ...] = ()  # (ref, field, characters)


@dataclass
class _Tally:
    pages: int = 0
    badges: int = 0
    overflowed: list[tuple[str, str]] = field(default_factory=list)
    header_overflowed: list[str] = field(default_factory=list)
    missing_glyphs: list[tuple[str, str, str]] = field(default_factory=list)

    def note(self, ref: str, name: str, layout: TextLayout) -> None:
        if not layout.fits:
            self.overflowed.append((ref, name))
        if layout.missing_glyphs:
            self.missing_glyphs.append((ref, name, layout.missing_glyphs))

    def report(self) -> RenderReport:
        return RenderReport(
            self.pages,
            self.badges,
            tuple(self.overflowed),
            tuple(self.header_overflowed),
            tuple(self.missing_glyphs),
        )


@lru_cache(maxsize=64)
def _contrasting(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast)."""
    return text_colour_on(colour)


@lru_cache(maxsize=64)
def _colour(value: str) -> Color:
    return HexColor(value)


class _PageSlimmer:
    """Shrinks what a finished page leaves in memory until the document is saved.

    ReportLab holds each page's content as text until ``save()`` and compresses it only then, and
    gives every page its own dictionary of the forms it uses. Right after ``showPage`` this
    compresses the page's content (a stream that already names its ``Filter`` is written by
    ReportLab as it is, so the file is the same) and lets pages that use the same forms share one
    dictionary. Should ReportLab keep its pages differently one day, a page is left as it is.
    """

    def __init__(self) -> None:
        self._filter = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
        self._xobjects: dict[tuple[str, ...], object] = {}

    def __call__(self, canvas: Canvas) -> None:
        pages = getattr(getattr(getattr(canvas, "_doc", None), "Pages", None), "pages", None)
        if not pages:
            return
        page = pages[-1]
        content = getattr(page, "stream", None)
        if isinstance(content, str) and getattr(page, "Contents", None) is None:
            page.Contents = PDFStream(self._filter, zlib.compress(content.encode("utf-8")))
            page.stream = None
        xobjects = getattr(page, "XObjects", None)
        if isinstance(xobjects, PDFDictionary):
            key = tuple(sorted(xobjects.dict))
            page.XObjects = self._xobjects.setdefault(key, xobjects)


class BadgeRenderer:
    """Draws the badges of one event on the pages of one layout."""

    def __init__(self, layout: BadgeLayout, event: EventHeader) -> None:
        self.layout = layout
        self.event = event
        design = layout.design
        self._header_fields = tuple(f for f in design.fields if f.name in HEADER_FIELDS)
        honorifics = set(HONORIFIC_OF_NAME.values())
        # a form of address is drawn with its name (printing.badge_names), not on its own
        self._badge_fields = tuple(
            f for f in design.fields if f.name not in HEADER_FIELDS and f.name not in honorifics
        )
        self._honorifics = {
            name: spec
            for name, honorific in HONORIFIC_OF_NAME.items()
            if (spec := design.field(honorific)) is not None
        }
        self._band_styles: dict[tuple[str, str], TextStyle] = {}
        photo = design.photo
        self._photo = (
            PhotoSlot(photo, layout.scale, layout.printer_dpi, layout.id) if photo else None
        )

    def render(
        self,
        badges: Iterable[BadgeData],
        out: BinaryIO | Path,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RenderReport:
        """Draw ``badges`` in order and write the PDF to ``out`` (a path or a binary stream).

        Nothing is written if there is no badge (``badges.none``) or a badge's code is not a
        Summit Desk badge code (``badges.bad_code``: a QR code must never carry anything else);
        a file that cannot be written is ``file.unwritable``. A badge whose zones (their squares
        or their names) the layout cannot hold whole is ``badges.zones_do_not_fit``: a zone is an
        access right, never dropped or cut.

        ``progress`` is told how many badges are drawn after each one; ``cancelled`` is asked
        before each badge, and a true answer stops the batch with ``badges.cancelled``. Both may
        be called from a worker thread. The PDF is written only by the final ``save()``, so a
        cancelled batch leaves no file behind.
        """
        fonts()
        layout = self.layout
        canvas = Canvas(
            str(out) if isinstance(out, Path) else out,
            pagesize=(layout.page_width, layout.page_height),
            pageCompression=1,
        )
        canvas.setTitle(f"{self.event.name_en} — badges")
        canvas.setAuthor("Summit Desk")
        canvas.setCreator("Summit Desk")
        tally = _Tally()
        self._define_forms(canvas, tally)
        slim = _PageSlimmer()
        slots = self._slots(canvas, tally, slim)
        for badge, slot in zip(badges, slots):  # noqa: B905 - slots never run out
            if cancelled is not None and cancelled():
                raise SummitDeskError("badges.cancelled")
            if not is_badge_code(badge.code):
                raise SummitDeskError("badges.bad_code", ref=badge.ref)
            self._draw_badge(canvas, badge, slot, tally)
            tally.badges += 1
            if progress is not None:
                progress(tally.badges)
        slots.close()
        if tally.badges == 0:
            raise SummitDeskError("badges.none")
        self._finish_page(canvas, tally, slim)  # the sheet in progress, full or not
        try:
            canvas.save()
        except OSError as error:
            raise SummitDeskError(
                "file.unwritable", path=str(out), reason=error.strerror or str(error)
            ) from error
        return tally.report()

    # -- pages and sheets

    def _slots(
        self, canvas: Canvas, tally: _Tally, slim: _PageSlimmer
    ) -> Generator[tuple[float, float], None, None]:
        """The slots of one sheet after another; a full sheet is finished before the next."""
        while True:
            if self.layout.crop_marks is not None:
                canvas.doForm(_SHEET_FORM)
            yield from self.layout.slots
            self._finish_page(canvas, tally, slim)

    def _finish_page(self, canvas: Canvas, tally: _Tally, slim: _PageSlimmer) -> None:
        canvas.showPage()
        slim(canvas)
        tally.pages += 1

    # -- what every badge repeats

    def _define_forms(self, canvas: Canvas, tally: _Tally) -> None:
        design = self.layout.design
        canvas.beginForm(_BADGE_FORM, 0, 0, design.width, design.height)
        for shape in design.shapes:
            canvas.setLineWidth(shape.line_width)
            if shape.fill:
                canvas.setFillColor(_colour(shape.fill))
            if shape.stroke:
                canvas.setStrokeColor(_colour(shape.stroke))
            box = shape.box
            stroke, fill = int(shape.stroke is not None), int(shape.fill is not None)
            if shape.radius:
                canvas.roundRect(box.x, box.y, box.width, box.height, shape.radius, stroke, fill)
            else:
                canvas.rect(box.x, box.y, box.width, box.height, stroke, fill)
        qr_box = design.qr.box
        canvas.setFillColor(_colour(_WHITE))
        canvas.rect(qr_box.x, qr_box.y, qr_box.width, qr_box.height, stroke=0, fill=1)
        for spec in self._header_fields:
            text = header_text(spec.name, self.event)
            if text:
                layout = _fitted(text, spec.box, spec.style, spec.direction)
                draw_layout(canvas, layout, spec.style.color)
                if not layout.fits:
                    tally.header_overflowed.append(spec.name)
        canvas.endForm()
        if self._photo is not None:
            self._photo.define_placeholder(canvas)

        marks = self.layout.crop_marks
        if marks is None:
            return
        canvas.beginForm(_SHEET_FORM, 0, 0, self.layout.page_width, self.layout.page_height)
        canvas.setLineWidth(marks.line_width)
        canvas.setStrokeColor(_colour(_BLACK))
        xs = sorted(
            {x for x, _ in self.layout.slots}
            | {x + self.layout.badge_width for x, _ in self.layout.slots}
        )
        ys = sorted(
            {y for _, y in self.layout.slots}
            | {y + self.layout.badge_height for _, y in self.layout.slots}
        )
        near, far = marks.offset, marks.offset + marks.length
        lines = []
        for x in xs:
            lines.append((x, ys[0] - near, x, ys[0] - far))
            lines.append((x, ys[-1] + near, x, ys[-1] + far))
        for y in ys:
            lines.append((xs[0] - near, y, xs[0] - far, y))
            lines.append((xs[-1] + near, y, xs[-1] + far, y))
        canvas.lines(lines)
        canvas.endForm()

    # -- one badge

    def _draw_badge(
        self, canvas: Canvas, badge: BadgeData, slot: tuple[float, float], tally: _Tally
    ) -> None:
        design = self.layout.design
        canvas.saveState()
        canvas.translate(*slot)
        if self.layout.scale != 1:
            canvas.scale(self.layout.scale, self.layout.scale)
        canvas.doForm(_BADGE_FORM)
        band_colour = badge.category_colour
        if design.band is not None:
            band = design.band
            canvas.setFillColor(_colour(band_colour))
            if design.band_radius:
                canvas.roundRect(band.x, band.y, band.width, band.height, design.band_radius, 0, 1)
            else:
                canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
        if self._photo is not None:
            self._photo.draw(canvas, badge.photo, badge.ref)
        for spec in self._badge_fields:
            text = badge_text(spec.name, badge)
            if not text:
                continue
            style = self._band_style(spec, band_colour) if spec.on_band else spec.style
            honorific = self._honorifics.get(spec.name)
            if honorific is not None:  # a name with its form of address on the line above
                title = badge_text(honorific.name, badge)
                for drawn, layout in place_name(text, spec, title, honorific):
                    draw_layout(canvas, layout, drawn.style.color)
                    tally.note(badge.ref, drawn.name, layout)
                continue
            layout = _fitted(text, spec.box, style, spec.direction)
            for other in spec.instead if not layout.fits else ():
                shorter = badge_text(other, badge)
                candidate = _fitted(shorter, spec.box, style, spec.direction) if shorter else None
                if candidate is not None and candidate.fits:
                    layout = candidate  # a short form the data gives, never a cut
                    break
            if spec.name in ZONE_FIELDS and not layout.fits:
                # The zones' names are access rights too: never cut, never dropped.
                raise SummitDeskError(
                    "badges.zones_do_not_fit",
                    ref=badge.ref,
                    count=len(badge.zones),
                    layout=self.layout.id,
                )
            draw_layout(canvas, layout, style.color)
            tally.note(badge.ref, spec.name, layout)
        if design.zones is not None:
            self._draw_zones(canvas, badge, design.zones, tally)
        self._draw_qr(canvas, badge)
        canvas.restoreState()

    def _band_style(self, spec: FieldSpec, band_colour: str) -> TextStyle:
        key = (spec.name, band_colour)
        style = self._band_styles.get(key)
        if style is None:
            style = replace(spec.style, color=_contrasting(band_colour))
            self._band_styles[key] = style
        return style

    def _draw_zones(
        self, canvas: Canvas, badge: BadgeData, zones: ZonesSpec, tally: _Tally
    ) -> None:
        codes = [zone[0] for zone in badge.zones if zone[0]]
        grid = zone_grid(len(codes), zones)
        cells = grid.cells if grid is not None else ()
        style = zones.style
        if grid is not None and grid.scale < 1:
            style = replace(style, font_size=style.font_size * grid.scale, min_font_size=None)
        layouts = [_fitted(code, cell, style, "ltr") for code, cell in zip(codes, cells)]  # noqa: B905
        # Too many squares to read, or a code that does not fit its square: refused, not cut.
        if len(layouts) < len(codes) or not all(layout.fits for layout in layouts):
            raise SummitDeskError(
                "badges.zones_do_not_fit", ref=badge.ref, count=len(codes), layout=self.layout.id
            )
        canvas.setStrokeColor(_colour(style.color))
        for cell, layout in zip(cells, layouts, strict=True):
            canvas.setLineWidth(max(0.4, cell.width * 0.05))
            canvas.roundRect(cell.x, cell.y, cell.width, cell.height, cell.width * 0.12, 1, 0)
            draw_layout(canvas, layout, style.color)
            tally.note(badge.ref, "zones", layout)

    def _draw_qr(self, canvas: Canvas, badge: BadgeData) -> None:
        spec = self.layout.design.qr
        symbol = qr_symbol(badge.code, spec.error_correction)
        side = min(spec.box.width, spec.box.height)
        scale = self.layout.scale
        module = (
            module_size(side * scale, symbol.size_with_quiet_zone, self.layout.printer_dpi) / scale
        )
        extent = module * symbol.size_with_quiet_zone
        x = spec.box.x + (spec.box.width - extent) / 2
        y = spec.box.y + (spec.box.height - extent) / 2
        canvas.setFillColor(_colour(_BLACK))
        draw_qr(canvas, symbol, x, y, module)


def qr_module_mm(layout: BadgeLayout, version_modules: int = 25) -> float:
    """The printed module size in mm of a symbol of ``version_modules`` on ``layout``."""
    side = min(layout.design.qr.box.width, layout.design.qr.box.height) * layout.scale
    return module_size(side, version_modules + 2 * QUIET_ZONE, layout.printer_dpi) * 25.4 / 72
