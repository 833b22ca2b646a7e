"""A paragraph ready for line breaking: bidi levels, a face per character, shaped words.

Everything here is independent of the font size (widths are in ems), so it is prepared once per
text and reused by every size the fitting loop in :mod:`.layout` tries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from summit_desk.printing.bidi_order import BaseDirection, paragraph_levels
from summit_desk.printing.fonts import Face, Script, font_for_char, fonts, script_of
from summit_desk.printing.shaping import GlyphRun, shape

BREAKABLE_SPACES = frozenset(" \u200b")
HYPHENS = frozenset("-\u2010")  # a line may break after one, between two letters
TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a word in one bidi level, face and script, shaped as one run."""

    level: int
    run: GlyphRun


@dataclass(frozen=True, slots=True)
class Token:
    """A word, or the spaces between two words, in logical order."""

    start: int
    end: int
    is_space: bool
    pieces: tuple[Piece, ...]
    width: float  # ems


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of logical text with what line breaking needs, computed once per text."""

    text: str
    base_level: int
    levels: tuple[int, ...]
    faces: tuple[Face, ...]
    scripts: tuple[Script, ...]
    tokens: tuple[Token, ...]
    missing: str

    def token(self, start: int, end: int, is_space: bool) -> Token:
        pieces = []
        piece_start = start
        for index in range(start + 1, end + 1):
            if index == end or self._piece_key(index) != self._piece_key(piece_start):
                level, face, script = self._piece_key(piece_start)
                run = shape(self.text[piece_start:index], face, level % 2 == 1, script)
                pieces.append(Piece(level, run))
                piece_start = index
        width = sum(piece.run.width for piece in pieces)
        return Token(start, end, is_space, tuple(pieces), width)

    def _piece_key(self, index: int) -> tuple[int, Face, Script]:
        return self.levels[index], self.faces[index], self.scripts[index]


def resolve_scripts(text: str, base_level: int) -> list[Script]:
    """Give marks the script of their letter, and digits and punctuation that of their word.

    A neutral character takes the script of the nearest letter in its own word (the one before
    first), else of the nearest letter before it in the paragraph, else after it.
    """
    own = [script_of(char) for char in text]
    strong = [None if script in (Script.COMMON, Script.INHERITED) else script for script in own]
    # the nearest letter's script before / after each index, in the paragraph and in the word
    before: list[Script | None] = []
    before_in_word: list[Script | None] = []
    last = last_in_word = None
    for char, script in zip(text, strong, strict=True):
        if char in BREAKABLE_SPACES:
            last_in_word = None
        before.append(last)
        before_in_word.append(last_in_word)
        if script is not None:
            last = last_in_word = script
    after: list[Script | None] = [None] * len(text)
    after_in_word: list[Script | None] = [None] * len(text)
    last = last_in_word = None
    for index in range(len(text) - 1, -1, -1):
        if text[index] in BREAKABLE_SPACES:
            last_in_word = None
        after[index], after_in_word[index] = last, last_in_word
        if strong[index] is not None:
            last = last_in_word = strong[index]

    default = Script.ARABIC if base_level % 2 else Script.LATIN
    resolved: list[Script] = []
    for index in range(len(text)):
        if own[index] is Script.INHERITED and resolved:
            resolved.append(resolved[-1])
        else:
            resolved.append(
                strong[index]
                or before_in_word[index]
                or after_in_word[index]
                or before[index]
                or after[index]
                or default
            )
    return resolved


@lru_cache(maxsize=4096)
def prepare_paragraph(text: str, base: BaseDirection, bold: bool) -> Paragraph:
    """Levels, faces and shaped words of one paragraph; cached, as badges repeat their texts."""
    base_level, levels = paragraph_levels(text, base)
    scripts = resolve_scripts(text, base_level)
    faces = []
    missing = []
    for char, script in zip(text, scripts, strict=True):
        face = font_for_char(char, bold=bold, neighbour=script)
        if face is None:
            missing.append(char)
            face = fonts().for_script(script, bold=bold)
        faces.append(face)
    paragraph = Paragraph(
        text, base_level, levels, tuple(faces), tuple(scripts), (), "".join(missing)
    )
    tokens = []
    start = 0
    for index in range(1, len(text) + 1):
        is_space = text[start] in BREAKABLE_SPACES
        if (
            index == len(text)
            or (text[index] in BREAKABLE_SPACES) != is_space
            or _after_hyphen(text, start, index)
        ):
            tokens.append(paragraph.token(start, index, is_space))
            start = index
    return replace(paragraph, tokens=tuple(tokens))


def _after_hyphen(text: str, start: int, index: int) -> bool:
    """A line may break after the hyphen of a compound name ("Mirabutalebi-Hosseinabadi")."""
    return (
        index - 1 > start
        and text[index - 1] in HYPHENS
        and text[index - 2].isalpha()
        and text[index].isalpha()
    )


def grapheme_starts(text: str, start: int, end: int) -> list[int]:
    """Where a line may be cut inside a word: not before a mark, ZWNJ or ZWJ."""
    return [
        index
        for index in range(start, end)
        if index == start
        or not (unicodedata.category(text[index]).startswith("M") or text[index] in "\u200c\u200d")
    ]


def split_word(paragraph: Paragraph, word: Token, available: float) -> list[Token]:
    """Cut a word wider than the box into pieces that fit, at character boundaries."""
    parts = []
    start = word.start
    while start < word.end:
        boundaries = [*grapheme_starts(paragraph.text, start, word.end)[1:], word.end]
        best = paragraph.token(start, boundaries[0], False)
        for end in boundaries[1:]:
            candidate = paragraph.token(start, end, False)
            if candidate.width > available + TOLERANCE:
                break
            best = candidate
        parts.append(best)
        start = best.end
    return parts


def wrap(paragraph: Paragraph, available: float, break_words: bool) -> list[list[Token]]:
    """Break a paragraph into lines of tokens, in logical order, greedily at spaces."""
    lines: list[list[Token]] = []
    line: list[Token] = []
    width = 0.0
    pending_space: Token | None = None
    for token in paragraph.tokens:
        if token.is_space:
            pending_space = token if line else None
            continue
        words = [token]
        if break_words and token.width > available + TOLERANCE:
            words = split_word(paragraph, token, available)
        for word in words:
            space_width = pending_space.width if pending_space else 0.0
            if line and width + space_width + word.width > available + TOLERANCE:
                lines.append(line)
                line, width, pending_space = [], 0.0, None
            if pending_space is not None:
                line.append(pending_space)
                width += pending_space.width
            line.append(word)
            width += word.width
            pending_space = None
    if line or not lines:
        lines.append(line)
    return lines
