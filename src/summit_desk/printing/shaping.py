"""Shaping one run of text (one face, one direction) with HarfBuzz, cached.

HarfBuzz joins Arabic letters, honours ZWNJ, forms ligatures such as لا, places marks and mirrors
brackets in right-to-left runs. Results are kept in ems: without hinting, glyph metrics scale
linearly with the font size, so one cached shaping serves every size the fitting loop tries, and
the cache is keyed by (text, face, direction, script) rather than by size.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from summit_desk.printing.fonts import Face, Script

_NOTDEF = 0
_LANGUAGE = {Script.ARABIC: "fa"}


@dataclass(frozen=True, eq=False, slots=True)
class GlyphRun:
    """Text shaped with one face in one direction: glyphs left to right, metrics in ems."""

    text: str
    face: Face
    rtl: bool
    glyph_ids: tuple[int, ...]
    clusters: tuple[int, ...]  # index into ``text`` of the character each glyph comes from
    glyph_texts: tuple[str, ...]  # the characters each glyph stands for (its cluster's text)
    advances: tuple[float, ...]
    x_offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    width: float

    @property
    def has_missing_glyph(self) -> bool:
        """Whether any character fell to ``.notdef`` (a box instead of a letter)."""
        return _NOTDEF in self.glyph_ids


@lru_cache(maxsize=16384)
def shape(text: str, face: Face, rtl: bool, script: Script) -> GlyphRun:
    """Shape ``text`` with ``face``; ``script`` is the run's script (``COMMON`` for neutrals)."""
    buffer = hb.Buffer()
    # One cluster per character where possible, so a glyph maps back to the letter it draws.
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.direction = "rtl" if rtl else "ltr"
    if script in (Script.COMMON, Script.INHERITED):
        script = face.script
    buffer.script = script.value
    language = _LANGUAGE.get(script)
    if language:
        buffer.language = language
    hb.shape(face.hb_font, buffer, None)
    scale = 1.0 / face.units_per_em
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    advances = tuple(position.x_advance * scale for position in positions)
    clusters = tuple(info.cluster for info in infos)
    starts = sorted(set(clusters))
    cluster_ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    return GlyphRun(
        text=text,
        face=face,
        rtl=rtl,
        glyph_ids=tuple(info.codepoint for info in infos),
        clusters=clusters,
        glyph_texts=tuple(text[cluster : cluster_ends[cluster]] for cluster in clusters),
        advances=advances,
        x_offsets=tuple(position.x_offset * scale for position in positions),
        y_offsets=tuple(position.y_offset * scale for position in positions),
        width=sum(advances),
    )
