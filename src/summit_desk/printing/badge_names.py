"""A holder's name and its form of address, set as one block.

The protocol's convention on a badge, as on a place card: the form of address (« جناب آقای »,
"H.E.") on a smaller line of its own just above the name, each in the name's own script — the
Persian honorific over the Persian name, the English one over the Latin name. A layout gives the
honorific a box of its own directly above its name's box (``fields.honorific_fa`` above
``fields.name_fa``), so:

* the name is laid out in its own box exactly as it is without an honorific, and keeps that size
  and those lines: a form of address never shrinks a name, however long either is;
* the honorific is laid out in its box at its own, smaller size;
* the two are then set together, the honorific's line right above the name's first line, the
  block placed in the two boxes by the name's vertical alignment. A person without an honorific
  gets the name alone there, at the same size, so no empty line is left above it.

A text that does not fit its own box (shrunk to its smallest size and cut) stays where its box
is, and the renderer reports it as it does for any field.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from summit_desk.printing.badge_layout_values import FieldSpec
from summit_desk.printing.bidi_order import BaseDirection
from summit_desk.printing.text_layout import Box, TextLayout, TextStyle, layout_text

__all__ = ["fitted", "place_name"]


@lru_cache(maxsize=8192)
def fitted(text: str, box: Box, style: TextStyle, direction: BaseDirection) -> TextLayout:
    """A field's layout, kept: many badges share a delegation, a title or a category."""
    return layout_text(text, box, style, direction)


def _height(layout: TextLayout, style: TextStyle) -> float:
    return len(layout.lines) * layout.font_size * style.line_height


def _at(text: str, layout: TextLayout, spec: FieldSpec, box: Box) -> TextLayout:
    """``layout`` moved to ``box``: at the same size, so in the same lines."""
    fixed = replace(
        spec.style, font_size=layout.font_size, min_font_size=None, vertical_align="middle"
    )
    return fitted(text, box, fixed, spec.direction)


def place_name(
    name: str, name_spec: FieldSpec, honorific: str, honorific_spec: FieldSpec
) -> tuple[tuple[FieldSpec, TextLayout], ...]:
    """The name's layout and its honorific's (none without one), each with its field.

    The name keeps the size it has in its own box, with or without an honorific.
    """
    style = name_spec.style
    own = fitted(name, name_spec.box, style, name_spec.direction)
    if not honorific:
        titled = None
    else:
        titled = fitted(
            honorific, honorific_spec.box, honorific_spec.style, honorific_spec.direction
        )
        if not (own.fits and titled.fits):
            return (name_spec, own), (honorific_spec, titled)  # cut and reported, not moved
    if not own.fits:
        return ((name_spec, own),)
    box = name_spec.box
    both = Box(box.x, box.y, box.width, honorific_spec.box.top - box.y)
    name_height = _height(own, style)
    titled_height = _height(titled, honorific_spec.style) if titled is not None else 0.0
    block = titled_height + name_height
    top = {
        "top": both.top,
        "middle": both.top - (both.height - block) / 2,
        "bottom": both.y + block,
    }[style.vertical_align]
    placed = _at(name, own, name_spec, Box(box.x, top - block, box.width, name_height))
    if titled is None:
        return ((name_spec, placed),)
    titled_box = Box(box.x, top - titled_height, box.width, titled_height)
    return (name_spec, placed), (
        honorific_spec,
        _at(honorific, titled, honorific_spec, titled_box),
    )
