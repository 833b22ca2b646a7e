"""Laying text out in a box without a canvas: wrap, fit, reorder, position.

The order of work is what makes mixed Persian, Latin and Cyrillic come out right:

1. Digits are localised, the text is split into paragraphs, and each paragraph gets its bidi
   embedding levels (UAX #9) once, in logical order.
2. Each character gets a face (Vazirmatn for Arabic script, Noto Sans for Latin and Cyrillic;
   digits and punctuation follow the letters around them), and each word is cut into pieces of one
   level, face and script, which HarfBuzz shapes (cached, in ems).
3. Lines are broken at spaces in logical order, at the largest size from ``font_size`` down to
   ``min_font_size`` that fits ``max_lines`` in the box; a word is broken inside only if it alone
   is wider than the box at the smallest size.
4. Each line is then reordered on its own (rule L2 on its pieces), so a wrapped Persian title
   reads line 1 above line 2, and positioned by the paragraph's direction and the alignment.

If the text still does not fit, the last allowed line ends in an ellipsis and the layout says
``fits=False``; the drawing code clips to the box, so nothing spills over a badge's other fields.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summit_desk.printing.bidi_order import (
    BaseDirection,
    DigitsMode,
    is_rtl_paragraph,
    localise_digits,
    mirror,
    visual_order,
)
from summit_desk.printing.paragraph import (
    TOLERANCE,
    Paragraph,
    Token,
    grapheme_starts,
    prepare_paragraph,
    wrap,
)
from summit_desk.printing.shaping import GlyphRun

HorizontalAlign = Literal["start", "end", "center"]
VerticalAlign = Literal["top", "middle", "bottom"]

_ELLIPSIS = "…"
_SIZE_STEP = 0.5  # points between the sizes tried while shrinking


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page in points, ``y`` at its bottom edge (ReportLab's coordinates)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text field looks; sizes in points, ``line_height`` as a multiple of the size."""

    font_size: float = 12.0
    min_font_size: float | None = None  # None: never shrink below font_size
    bold: bool = False
    color: str = "#000000"
    align: HorizontalAlign = "start"  # start is right in a right-to-left paragraph
    vertical_align: VerticalAlign = "middle"
    max_lines: int = 1
    line_height: float = 1.25
    digits: DigitsMode = "keep"

    def __post_init__(self) -> None:
        if not (self.font_size > 0 and (self.min_font_size or 1) > 0):
            raise ValueError("font sizes must be positive")
        if self.max_lines < 1 or self.line_height <= 0:
            raise ValueError("a text field needs at least one line of positive height")
        if self.align not in ("start", "end", "center"):
            raise ValueError(f"align must be start, end or center, not {self.align!r}")
        if self.vertical_align not in ("top", "middle", "bottom"):
            raise ValueError(
                f"vertical_align must be top, middle or bottom, not {self.vertical_align!r}"
            )


DEFAULT_STYLE = TextStyle()


@dataclass(frozen=True, slots=True)
class PlacedRun:
    """A shaped run at its place: its left edge at ``x`` on its line's baseline."""

    x: float
    run: GlyphRun
    level: int


@dataclass(frozen=True, slots=True)
class LaidLine:
    """One line: its runs left to right, where it starts, its baseline and its width in points."""

    runs: tuple[PlacedRun, ...]
    x: float
    baseline: float
    width: float
    text: str  # the line's text in logical (reading) order

    @property
    def visual_text(self) -> str:
        """The characters as they appear from left to right, brackets mirrored (for checks)."""
        parts = []
        for placed in self.runs:
            text = placed.run.text
            parts.append("".join(map(mirror, reversed(text))) if placed.run.rtl else text)
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class TextLayout:
    """Where every glyph of a text field goes, and whether the text fitted its box."""

    lines: tuple[LaidLine, ...]
    font_size: float
    fits: bool  # False: shrunk to the minimum and still too long, so ellipsized and clipped
    rtl: bool  # the direction of the (first) paragraph
    box: Box
    missing_glyphs: str  # characters that no bundled face draws


def _line_width(line: Sequence[Token]) -> float:
    return sum(token.width for token in line)


def _sizes(style: TextStyle) -> list[float]:
    smallest = min(style.font_size, style.min_font_size or style.font_size)
    steps = math.floor((style.font_size - smallest) / _SIZE_STEP + TOLERANCE)
    sizes = [style.font_size - step * _SIZE_STEP for step in range(steps + 1)]
    if sizes[-1] > smallest + TOLERANCE:
        sizes.append(smallest)
    return sizes


def _lines_allowed(box: Box, style: TextStyle, size: float) -> int:
    by_height = math.floor(box.height / (size * style.line_height) + TOLERANCE)
    return min(style.max_lines, by_height)


def _wrap_all(
    paragraphs: list[Paragraph], available: float, break_words: bool
) -> list[tuple[Paragraph, list[Token]]]:
    return [
        (paragraph, line)
        for paragraph in paragraphs
        for line in wrap(paragraph, available, break_words)
    ]


def _ellipsize(
    paragraph: Paragraph, line: list[Token], available: float, bold: bool
) -> tuple[Paragraph, list[Token]]:
    """The line cut short at a character boundary so that it and an ellipsis fit."""
    base: BaseDirection = "rtl" if paragraph.base_level % 2 else "ltr"
    start = line[0].start if line else 0
    end = line[-1].end if line else 0
    for cut in [end, *reversed(grapheme_starts(paragraph.text, start, end))]:
        shortened = prepare_paragraph(paragraph.text[start:cut].rstrip() + _ELLIPSIS, base, bold)
        if _line_width(shortened.tokens) <= available + TOLERANCE:
            return shortened, list(shortened.tokens)
    # Even a box narrower than an ellipsis shows one, clipped, rather than nothing.
    bare = prepare_paragraph(_ELLIPSIS, base, bold)
    return bare, list(bare.tokens)


def _fits(lines: list[tuple[Paragraph, list[Token]]], allowed: int, available: float) -> bool:
    return len(lines) <= allowed and all(
        _line_width(line) <= available + TOLERANCE for _, line in lines
    )


def layout_text(
    text: str, box: Box, style: TextStyle = DEFAULT_STYLE, direction: BaseDirection = "auto"
) -> TextLayout:
    """Lay ``text`` (logical order) out in ``box``: wrapped, shrunk if need be, reordered."""
    paragraphs = []
    text = text.replace("\r\n", "\n").replace("\u2029", "\n").replace("\t", " ")
    for paragraph_text in text.split("\n"):
        rtl = is_rtl_paragraph(paragraph_text, direction)
        localised = localise_digits(paragraph_text, style.digits, rtl_paragraph=rtl)
        paragraphs.append(prepare_paragraph(localised, "rtl" if rtl else "ltr", style.bold))

    sizes = _sizes(style)
    for size in sizes:
        available = box.width / size
        lines = _wrap_all(paragraphs, available, break_words=False)
        if _fits(lines, _lines_allowed(box, style, size), available):
            return _position(lines, paragraphs, size=size, fits=True, box=box, style=style)
    # Too long even at the smallest size: break inside words, and cut what still does not fit.
    size = sizes[-1]
    available = box.width / size
    lines = _wrap_all(paragraphs, available, break_words=True)
    allowed = _lines_allowed(box, style, size)
    fits = _fits(lines, allowed, available)
    if len(lines) > max(1, allowed):
        kept = max(1, allowed)
        lines = [*lines[: kept - 1], _ellipsize(*lines[kept - 1], available, style.bold)]
    return _position(lines, paragraphs, size=size, fits=fits, box=box, style=style)


def _position(
    lines: list[tuple[Paragraph, list[Token]]],
    paragraphs: list[Paragraph],
    *,
    size: float,
    fits: bool,
    box: Box,
    style: TextStyle,
) -> TextLayout:
    used_faces = {piece.run.face for _, line in lines for token in line for piece in token.pieces}
    ascent = max((face.ascent for face in used_faces), default=0.8)
    descent = max((face.descent for face in used_faces), default=0.2)
    pitch = size * style.line_height
    block = pitch * len(lines)
    block_top = {
        "top": box.top,
        "middle": box.top - (box.height - block) / 2,
        "bottom": box.y + block,
    }[style.vertical_align]
    laid = []
    for number, (paragraph, line) in enumerate(lines):
        pieces = [piece for token in line for piece in token.pieces]
        order = visual_order([piece.level for piece in pieces])
        width = _line_width(line) * size
        free = box.width - width
        rtl = paragraph.base_level % 2 == 1
        offset = {"start": free if rtl else 0.0, "end": 0.0 if rtl else free, "center": free / 2}
        x = box.x + offset[style.align]
        baseline = block_top - number * pitch - pitch / 2 - (ascent - descent) / 2 * size
        runs = []
        pen = x
        for index in order:
            runs.append(PlacedRun(pen, pieces[index].run, pieces[index].level))
            pen += pieces[index].run.width * size
        text = paragraph.text[line[0].start : line[-1].end] if line else ""
        laid.append(LaidLine(tuple(runs), x, baseline, width, text))
    return TextLayout(
        lines=tuple(laid),
        font_size=size,
        fits=fits,
        rtl=bool(paragraphs and paragraphs[0].base_level % 2),
        box=box,
        missing_glyphs="".join(paragraph.missing for paragraph in paragraphs),
    )
