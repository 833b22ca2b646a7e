"""Reading a rendered PDF back with OCR, to check that text comes out as a person would read it.

The oracle: pdftoppm turns the PDF into a PNG, tesseract reads it with the script's language model
under a few page-segmentation modes and resolutions, and the best reading is compared with the
expected text by character error rate (edit distance over the expected length). Both sides are
normalised first for what OCR cannot or need not tell apart: whitespace runs, Arabic and Persian
letter variants (ي/ی, ك/ک), ZWNJ (tesseract reads a half-space as a space or as nothing) and
presentation forms.

A line that mixes Persian and Latin looks the same under two logical orders ("هیئت Baku" in a
right-to-left paragraph is drawn like "Baku هیئت" in a left-to-right one), and tesseract picks
either; so the rate is the lower of the rate in logical order and the rate in visual order.

No installed tesseract model knows Turkmen's ä ň ý ž (nor does any know them as Latin letters),
so for Turkmen those four are folded to a n y z on both sides: OCR checks the words and their
order, and the glyph coverage test checks that those letters are drawn from a font that has them.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bidi import get_base_level, get_display

# tesseract's language models per language of the text; Turkmen has none of its own, and
# English first reads its "w" better than Azerbaijani first, which has no "w".
TESSERACT_LANGUAGES = {
    "fa": "fas",
    "fa+en": "fas+eng",
    "ru": "rus",
    "kk": "kaz",
    "az": "aze",
    "tk": "eng+aze",
    "en": "eng",
}
_FOLDS = {"tk": str.maketrans("äňýžÄŇÝŽ", "anyzANYZ")}

_SPACES = re.compile(r"\s+")
_VARIANTS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "\u200c": None,  # ZWNJ
        "\u200f": None,  # RLM
        "\u200e": None,  # LRM
        "ـ": None,  # tatweel
        **{arabic: persian for arabic, persian in zip("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", strict=True)},
    }
)


def normalise(text: str) -> str:
    """Fold what OCR cannot tell apart; see the module docstring."""
    text = unicodedata.normalize("NFKC", text).translate(_VARIANTS)
    return _SPACES.sub(" ", text).strip()


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def character_error_rate(expected: str, actual: str, language: str = "") -> float:
    """Edit distance over the expected length, in logical or visual order, whichever is lower."""
    fold = _FOLDS.get(language, {})
    expected, actual = normalise(expected).translate(fold), normalise(actual).translate(fold)
    logical = levenshtein(expected, actual)
    base_dir = "R" if get_base_level(expected) == 1 else "L"
    visual = levenshtein(get_display(expected, base_dir=base_dir), get_display(actual))
    return min(logical, visual) / max(1, len(expected))


def render_png(pdf: bytes, folder: Path, dpi: int = 100) -> list[Path]:
    """The PDF's pages as PNG files at ``dpi``, in page order."""
    source = folder / f"page-{dpi}.pdf"
    source.write_bytes(pdf)
    prefix = folder / f"page-{dpi}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(prefix)], check=True, timeout=60
    )
    return sorted(folder.glob(f"page-{dpi}-*.png"))


def tesseract(png: Path, language: str, psm: int) -> str:
    result = subprocess.run(
        ["tesseract", str(png), "-", "-l", language, "--psm", str(psm)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout


@dataclass(frozen=True)
class Reading:
    text: str
    cer: float
    dpi: int
    psm: int


def read_back(
    pdf: bytes,
    expected: str,
    language: str,
    *,
    dpis: tuple[int, ...] = (100, 72),
    psms: tuple[int, ...] = (7, 6, 11),
    page: int = 0,
) -> Reading:
    """The best OCR reading of one page of ``pdf`` against ``expected``; stops at a perfect one.

    ``language`` is a key of :data:`TESSERACT_LANGUAGES`. ``--psm 7`` (one line) comes first;
    6 (a block) reads a wrapped text, 11 (sparse text) catches what the others drop.
    """
    best: Reading | None = None
    with tempfile.TemporaryDirectory(prefix="summit-ocr-") as folder:
        for dpi in dpis:
            png = render_png(pdf, Path(folder), dpi)[page]
            for psm in psms:
                text = tesseract(png, TESSERACT_LANGUAGES[language], psm)
                cer = character_error_rate(expected, text, language)
                reading = Reading(normalise(text), cer, dpi, psm)
                if best is None or reading.cer < best.cer:
                    best = reading
                if best.cer == 0:
                    return best
    assert best is not None, "no resolution or page-segmentation mode was tried"
    return best
