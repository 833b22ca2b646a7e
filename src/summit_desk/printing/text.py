"""Drawing right-to-left and mixed-script text on a ReportLab canvas.

``draw_text(canvas, text, box, style, direction)`` lays the text out (see :mod:`.layout`: wrap in
logical order, shrink to fit, bidi per line, HarfBuzz shaping per run) and draws the glyph runs.

How glyphs reach the PDF: ReportLab 5 can shape with HarfBuzz (``ttfonts.shapeStr``) and hands
the result to its text object as a ``ShapedStr`` (one character per glyph, plus HarfBuzz's advances
and offsets), which ``PDFTextObject._formatText`` writes as ``TJ`` arrays with the offsets applied.
But ``drawString(..., shaping=True)`` goes through ``bidiShapedText``, which without the ``rlbidi``
package (not on PyPI) silently draws the unshaped logical string, letters unjoined and reversed;
the OCR tests keep that as a negative control. We reuse only the emitting half: we build the
``ShapedStr`` from our own HarfBuzz runs, already in visual order, so ReportLab subsets the glyphs
and writes a ``ToUnicode`` map. Vazirmatn maps its contextual Arabic forms from presentation-form
code points, so copied text comes out as letters (in visual order, as in any PDF); glyphs with no
code point (a lengthened م, shadda+fatha) get the text they were shaped from through
:class:`~summit_desk.printing.fonts.ShapingTTFont`.

Measured with ``tests/printing/measure_text_engine.py`` (2-core machine, ReportLab 5.1 without
its C accelerator): 1,000 distinct delegate names (Persian with ZWNJ, Russian, Kazakh,
Azerbaijani, Turkmen, mixed Persian/Latin/Cyrillic/digit lines), each fitted into a 220x40 pt
field from 18 pt down to 9 pt on up to two lines and drawn on a canvas (saving excluded):

* (a) arabic-reshaper 3.1 + python-bidi ``get_display`` + one ``drawString``, shrinking by
  ``stringWidth``, no wrapping: 88 ms per 1,000 names.
* (b) this engine: 98 ms per 1,000 with warm caches (26 ms of it layout, the rest ReportLab
  writing text operators), 246 ms with cold caches; font loading once, 16 ms. A badge of 20
  fields costs about 2 ms once its words have been seen, 5 ms before.

Quality, by OCR read-back (``tests/support/ocr.py``; 20 pt, 100 dpi, tesseract): (b) reads back
with character error rate 0 for Persian (5 names), Russian (2), Kazakh (5), Azerbaijani (4) and
mixed lines (2), and 0.015 on average for Turkmen (3; the OCR models lack ä ň ý ž). (a) reads
back as well on single-script lines but 0.13 on mixed ones, and on inspection it drops harakat
(reshaper deletes them; kept, they would overprint, as nothing positions them), leaves brackets
unmirrored ("(Gilan)" comes out ")Gilan(": python-bidi 0.6's ``get_display`` does not mirror),
cannot draw a line with both Persian and Cyrillic (one font per ``drawString``: "سفیر Азербайджан"
loses one script), cannot wrap, and would need a dependency Summit Desk does not have. So (b):
the cost is the same, and it is right on every case the summit has.
"""

from __future__ import annotations

from functools import lru_cache, reduce
from itertools import groupby
from operator import add

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from summit_desk.printing.bidi_order import BaseDirection
from summit_desk.printing.shaping import GlyphRun
from summit_desk.printing.text_layout import DEFAULT_STYLE, Box, TextLayout, TextStyle, layout_text

__all__ = ["Box", "TextLayout", "TextStyle", "draw_layout", "draw_text", "layout_text"]

_EPSILON = 1e-6


@lru_cache(maxsize=16384)
def _reportlab_text(run: GlyphRun) -> str:
    """The run as ReportLab text: one key character per glyph, in visual order.

    Where HarfBuzz kept every glyph at its nominal advance with no offset (most runs), a plain
    string is enough and ReportLab writes one ``Tj``; otherwise a ``ShapedStr`` carries the
    advances and offsets (kerning, marks) in ReportLab's 1000-per-em units.
    """
    face = run.face
    widths = face.ttfont.face.charWidths
    keys = [
        face.glyph_key(glyph_id, text)
        for glyph_id, text in zip(run.glyph_ids, run.glyph_texts, strict=True)
    ]
    glyphs = list(zip(keys, run.clusters, run.advances, run.x_offsets, run.y_offsets, strict=True))
    if all(
        x_offset == 0 and y_offset == 0 and abs(advance * 1000 - widths[ord(key)]) < _EPSILON
        for key, _, advance, x_offset, y_offset in glyphs
    ):
        return "".join(keys)
    shape_data = [
        ShapeData(cluster, advance * 1000, 0, x_offset * 1000, y_offset * 1000, widths[ord(key)])
        for key, cluster, advance, x_offset, y_offset in glyphs
    ]
    shaped: str = ShapedStr("".join(keys), shapeData=shape_data)
    return shaped


def draw_layout(canvas: Canvas, layout: TextLayout, color: str = "#000000") -> None:
    """Draw a layout made by :func:`layout_text`; clip to its box if the text did not fit."""
    canvas.saveState()
    if not layout.fits:
        box = layout.box
        clip = canvas.beginPath()
        clip.rect(box.x, box.y, box.width, box.height)
        canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(HexColor(color))
    text_object = canvas.beginText()
    for line in layout.lines:
        # Neighbouring runs of one face are written as one string: fewer operators, same places.
        for face, group in groupby(line.runs, key=lambda placed: placed.run.face):
            runs = list(group)
            text_object.setTextOrigin(runs[0].x, line.baseline)
            text_object.setFont(face.name, layout.font_size)
            # ShapedStr's own + keeps the shaping data when a plain string joins it.
            text_object.textOut(reduce(add, (_reportlab_text(placed.run) for placed in runs)))
    canvas.drawText(text_object)
    canvas.restoreState()


def draw_text(
    canvas: Canvas,
    text: str,
    box: Box,
    style: TextStyle = DEFAULT_STYLE,
    direction: BaseDirection = "auto",
) -> TextLayout:
    """Draw ``text`` (logical order) in ``box`` and return its layout, which tells if it fitted."""
    layout = layout_text(text, box, style, direction)
    draw_layout(canvas, layout, style.color)
    return layout
