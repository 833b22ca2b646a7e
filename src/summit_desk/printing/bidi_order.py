"""Unicode bidi (UAX #9) for one paragraph at a time, with the line rules applied per line.

python-bidi 0.6 wraps the Rust ``unicode-bidi`` crate but exposes only ``get_display`` (the whole
paragraph reordered as one line) and ``get_base_level``. Reordering a whole paragraph before
wrapping is what reverses the order of wrapped lines (pretix's bug), so the engine needs the
resolved embedding levels instead: ``get_display(..., debug=True)`` documents that it returns "the
calculated levels", as the Rust ``BidiInfo`` debug text, one level per UTF-8 byte. We read the
levels out of it (checking that the count matches the byte length, so a change of format fails
loudly), then wrap in logical order and reorder each line ourselves (rule L2). Rule L1 reduces to
trimming the spaces at each end of a line, which the wrapper does; rule L4 (mirroring brackets)
is done by HarfBuzz when it shapes a right-to-left run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED

BaseDirection = Literal["auto", "rtl", "ltr"]
DigitsMode = Literal["keep", "persian", "latin"]

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_BASE_DIR_ARGUMENT: dict[str, str | None] = {"auto": None, "rtl": "R", "ltr": "L"}


def is_rtl_paragraph(text: str, base: BaseDirection) -> bool:
    """Whether a paragraph runs right to left: as asked, or by its first strong character."""
    if base not in _BASE_DIR_ARGUMENT:
        raise ValueError(f"base direction must be auto, rtl or ltr, not {base!r}")
    if base == "auto":
        return bool(text) and get_base_level(text) == 1
    return base == "rtl"


def paragraph_levels(text: str, base: BaseDirection) -> tuple[int, tuple[int, ...]]:
    """The paragraph's base level (0 LTR, 1 RTL) and each character's resolved embedding level.

    ``text`` is one paragraph: it must not contain paragraph separators. With ``base="auto"`` the
    first strong character decides (rules P2, P3), and a text without one is left to right.
    """
    if base not in _BASE_DIR_ARGUMENT:
        raise ValueError(f"base direction must be auto, rtl or ltr, not {base!r}")
    if not text:
        return (1 if base == "rtl" else 0), ()
    debug = str(get_display(text, base_dir=_BASE_DIR_ARGUMENT[base], debug=True))
    levels_start, paragraphs_start = debug.find("levels: ["), debug.find("paragraphs: [")
    if not 0 <= levels_start < paragraphs_start:
        raise RuntimeError("python-bidi's debug output changed; the text engine cannot read it")
    byte_levels = [int(level) for level in _LEVEL.findall(debug, levels_start, paragraphs_start)]
    paragraph = _LEVEL.search(debug, paragraphs_start)
    if paragraph is None or len(byte_levels) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi's debug output changed; the text engine cannot read it")
    levels = []
    offset = 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return int(paragraph.group(1)), tuple(levels)


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the indices of items (characters or runs) from left to right, given their levels."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def mirror(char: str) -> str:
    """The mirrored form of a bracket or similar character (rule L4), or ``char`` itself."""
    return str(MIRRORED.get(char, char))


_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans("0123456789", _PERSIAN_DIGITS)
_TO_LATIN = str.maketrans(_PERSIAN_DIGITS + "٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)


def localise_digits(text: str, mode: DigitsMode, *, rtl_paragraph: bool) -> str:
    """Write digits the way the reader expects.

    ``persian`` turns 0-9 into ۰-۹ where the nearest letter before them is Persian (or, with no
    letter before them, in a right-to-left paragraph), as UAX #9 rule W2 reasons; so "گیلان 1404"
    gets ۱۴۰۴ while "Baku 2025" keeps its digits. ``latin`` turns Persian and Arabic-Indic digits
    into 0-9 everywhere; ``keep`` changes nothing.
    """
    if mode == "keep":
        return text
    if mode == "latin":
        return text.translate(_TO_LATIN)
    if mode != "persian":
        raise ValueError(f"digits mode must be keep, persian or latin, not {mode!r}")
    result = []
    in_persian = rtl_paragraph
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            in_persian = True
        elif kind == "L":
            in_persian = False
        result.append(char.translate(_TO_PERSIAN) if in_persian else char)
    return "".join(result)
