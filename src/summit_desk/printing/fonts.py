"""The bundled typefaces, registered with ReportLab once, and which one draws each character.

Vazirmatn draws Arabic script (Persian letters, ZWNJ, marks, Persian digits); Noto Sans draws
Cyrillic, which Vazirmatn lacks, and Latin too. Vazirmatn has every Azerbaijani and Turkmen letter,
but drawing Latin in Noto keeps every non-Persian name on a badge in one design, whether it is
"Lənkəran" or "Маңғыстау", and Noto covers far more of Latin Extended than Vazirmatn.

A :class:`Face` holds both views of one font file, loaded once per process: ReportLab's ``TTFont``
(which embeds and subsets it) and a HarfBuzz font (which shapes with it). Coverage is read from the
font's own ``cmap`` through HarfBuzz, so "this face has this character" means a real glyph, not
``.notdef``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from summit_desk.assets import fonts_dir


class Script(StrEnum):
    """The writing systems the engine tells apart; everything else is ``COMMON``."""

    ARABIC = "Arab"
    CYRILLIC = "Cyrl"
    LATIN = "Latn"
    COMMON = "Zyyy"  # digits, punctuation, spaces: they take the face of their neighbours
    INHERITED = "Zinh"  # combining marks, ZWNJ/ZWJ: they stay with the letter before them


_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_CYRILLIC_RANGES = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))
_INHERITED_CODEPOINTS = frozenset({0x200C, 0x200D, 0xFE0F})


@cache
def script_of(char: str) -> Script:
    """The script of one character, as far as choosing a face is concerned."""
    code = ord(char)
    if code in _INHERITED_CODEPOINTS or 0x0300 <= code <= 0x036F:
        return Script.INHERITED
    if any(low <= code <= high for low, high in _ARABIC_RANGES):
        # Arabic marks (harakat) are letters' companions: keep them in the Arabic run.
        return Script.ARABIC
    if any(low <= code <= high for low, high in _CYRILLIC_RANGES):
        return Script.CYRILLIC
    if char.isalpha():
        return Script.LATIN
    return Script.COMMON


# The private-use code points ReportLab uses for glyphs without a Unicode value of their own
# (ligatures such as shadda+fatha); a face hands them out from here.
_PRIVATE_USE_START, _PRIVATE_USE_END = 0xE000, 0xF8FF


class ShapingTTFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """ReportLab's TrueType font, whose ``ToUnicode`` map also gives shaped glyphs their text.

    ReportLab maps each private-use key it writes back to that private-use code point, so copying
    a lengthened م out of a PDF would give U+E000. We keep what each key stands for and, once
    ReportLab has built a subset's ``ToUnicode`` stream, put the text in place of the code point.
    Should ReportLab build or name that stream differently one day, the map is left as it was.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.glyph_text: dict[int, str] = {}

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if self.glyph_text.keys().isdisjoint(subset):
                continue
            base_name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name.decode("pdfdoc"))
            if stream is None or not isinstance(stream.content, str):
                continue
            for index, code in enumerate(subset):
                if code in self.glyph_text:
                    utf16 = self.glyph_text[code].encode("utf-16-be").hex().upper()
                    stream.content = stream.content.replace(
                        f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>"
                    )


@dataclass(eq=False)  # compared and hashed by identity: one Face per font file and process
class Face:
    """One font file, registered with ReportLab under :attr:`name` and loaded into HarfBuzz."""

    name: str
    file_name: str
    script: Script  # the script this face is chosen for first
    bold: bool
    ttfont: ShapingTTFont = field(repr=False)
    hb_font: hb.Font = field(repr=False)
    units_per_em: int
    ascent: float  # above the baseline, in ems
    descent: float  # below the baseline, in ems (positive)
    codepoints: frozenset[int] = field(repr=False)
    _glyph_keys: dict[int, str] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def has_char(self, char: str) -> bool:
        """Whether the font's cmap maps ``char`` to a real glyph."""
        return ord(char) in self.codepoints

    def glyph_key(self, glyph_id: int, text: str) -> str:
        """The character through which ReportLab emits ``glyph_id``, which draws ``text``.

        ReportLab writes text as characters and subsets fonts by character, so a shaped glyph has to
        travel as a character whose cmap entry points at it. Contextual Arabic forms in Vazirmatn
        are mapped from presentation-form code points, which copy out of the PDF as letters. A glyph
        with no code point (a lengthened م, shadda+fatha as one glyph) gets a private-use one, as
        ReportLab's own shaping does (``TTFont.hbAddPrivate``) but with its width in ReportLab's
        1000-unit scale, and the PDF's ``ToUnicode`` map gives it the ``text`` it was shaped from.
        """
        key = self._glyph_keys.get(glyph_id)
        if key is None:
            with self._lock:
                key = self._glyph_keys.get(glyph_id) or self._assign_key(glyph_id, text)
                self._glyph_keys[glyph_id] = key
        return key

    def _assign_key(self, glyph_id: int, text: str) -> str:
        rl_face = self.ttfont.face
        codes = rl_face.glyphToChar.get(glyph_id)
        if codes:
            # The lowest code point is the plain letter rather than a presentation form or NBSP.
            return chr(min(codes))
        code = _PRIVATE_USE_START
        while code in rl_face.charToGlyph:
            code += 1
        if code > _PRIVATE_USE_END:
            raise RuntimeError(f"{self.name}: out of private-use code points for shaped glyphs")
        advance = rl_face.hmetrics[glyph_id][0] if glyph_id < len(rl_face.hmetrics) else 0
        rl_face.charToGlyph[code] = glyph_id
        rl_face.glyphToChar.setdefault(glyph_id, []).append(code)
        rl_face.charWidths[code] = advance * 1000 / self.units_per_em
        self.ttfont.glyph_text[code] = text
        return chr(code)


@dataclass(frozen=True)
class FontSet:
    """The four faces the engine draws with."""

    vazirmatn: Face
    vazirmatn_bold: Face
    noto_sans: Face
    noto_sans_bold: Face

    def all(self) -> tuple[Face, ...]:
        return (self.vazirmatn, self.vazirmatn_bold, self.noto_sans, self.noto_sans_bold)

    def for_script(self, script: Script, *, bold: bool = False) -> Face:
        """The face chosen first for ``script``: Vazirmatn for Arabic, Noto Sans otherwise."""
        if script is Script.ARABIC:
            return self.vazirmatn_bold if bold else self.vazirmatn
        return self.noto_sans_bold if bold else self.noto_sans


_FACE_FILES = (
    ("SummitVazirmatn", "Vazirmatn-Regular.ttf", Script.ARABIC, False),
    ("SummitVazirmatn-Bold", "Vazirmatn-Bold.ttf", Script.ARABIC, True),
    ("SummitNotoSans", "NotoSans-Regular.ttf", Script.LATIN, False),
    ("SummitNotoSans-Bold", "NotoSans-Bold.ttf", Script.LATIN, True),
)

_registration_lock = threading.Lock()
_font_set: FontSet | None = None


def _load_face(name: str, file_name: str, script: Script, bold: bool) -> Face:
    path = fonts_dir() / file_name
    ttfont = ShapingTTFont(name, str(path))
    pdfmetrics.registerFont(ttfont)
    hb_face = hb.Face(hb.Blob.from_file_path(str(path)))
    rl_face = ttfont.face
    return Face(
        name=name,
        file_name=file_name,
        script=script,
        bold=bold,
        ttfont=ttfont,
        hb_font=hb.Font(hb_face),
        units_per_em=hb_face.upem,
        ascent=rl_face.ascent / 1000,
        descent=-rl_face.descent / 1000,
        codepoints=frozenset(hb_face.unicodes),
    )


def fonts() -> FontSet:
    """Load and register the bundled faces the first time; afterwards return the same ones."""
    global _font_set  # noqa: PLW0603 - one registration per process is the point
    if _font_set is None:
        with _registration_lock:
            if _font_set is None:
                faces = [_load_face(*entry) for entry in _FACE_FILES]
                _font_set = FontSet(*faces)
    return _font_set


def font_for_char(char: str, *, bold: bool = False, neighbour: Script | None = None) -> Face | None:
    """The registered face that draws ``char``, or ``None`` if no bundled face has it.

    Letters go to their script's face. Digits, punctuation and marks go to ``neighbour``'s face
    (the script of the letters around them) when it has them, so "(Gilan)" keeps Latin brackets
    and «گیلان» Persian ones; any face that has the character comes next.
    """
    font_set = fonts()
    script = script_of(char)
    if script in (Script.COMMON, Script.INHERITED):
        script = neighbour or Script.LATIN
    first = font_set.for_script(script, bold=bold)
    if first.has_char(char):
        return first
    same_weight_first = sorted(font_set.all(), key=lambda face: face.bold != bold)
    return next((face for face in same_weight_first if face.has_char(char)), None)
