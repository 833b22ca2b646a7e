"""Measure the text engine against the usual shortcut; prints the figures quoted in ``text.py``.

Run from the repository root: ``python tests/printing/measure_text_engine.py``. Approach (a), the
shortcut many ReportLab projects take (arabic-reshaper's presentation forms, python-bidi's
``get_display``, one ``drawString`` per field, shrinking by ``stringWidth``), needs the
``arabic-reshaper`` package, which Summit Desk does not depend on; without it only (b) is measured.
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import io
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.ocr import read_back

from summit_desk.printing import paragraph, shaping, text, text_layout
from summit_desk.printing.fonts import Script, fonts, script_of
from summit_desk.printing.text import Box, TextStyle, draw_text

PERSIAN_GIVEN = ["علی‌اکبر", "محمدرضا", "ژاله", "چنگیز", "فاطمه", "عبدالله", "پرویز", "گلناز"]
PERSIAN_FAMILY = ["رحیمی", "پورابراهیمی", "کاظم‌زاده", "گلپایگانی", "نیک‌نام", "شجاعی‌فرد"]
RUSSIAN = ["Игорь Бабушкин", "Сергей Мелихов", "Бату Хасиков", "Астраханская область"]
KAZAKH = ["Нұрлан Ноғаев", "Әлихан Бөкейхан", "Маңғыстау облысы", "Шаһизада Үмбетқызы"]
AZERBAIJANI = ["Rəşad Ağayev", "Çingiz Ömərov", "Lənkəran şəhəri", "İlqar Süleymanlı"]
TURKMEN = ["Serdar Annaýew", "Balkan welaýaty", "Türkmenbaşy Ýaňy Žeňiş", "Maýsa Öwezowa"]
MIXED = ["استاندار گیلان (Gilan) ۱۴۰۴", "هیئت Baku - 2025", "سفیر Азербайджан (Bakı) 2025"]
BOX = Box(10, 10, 220, 40)
STYLE = TextStyle(font_size=18, min_font_size=9, max_lines=2)


def delegate_names(count: int) -> list[str]:
    persian = [f"{g} {f}" for g, f in itertools.product(PERSIAN_GIVEN, PERSIAN_FAMILY)]
    pools = itertools.cycle([persian, RUSSIAN, KAZAKH, AZERBAIJANI, TURKMEN, MIXED])
    names = []
    for index in range(count):
        pool = next(pools)
        # a suffix keeps the names distinct, as real names are, so caches are not flattered
        names.append(f"{pool[index % len(pool)]} {index}")
    return names


def draw_reshaped(canvas: Canvas, name: str, box: Box, style: TextStyle) -> None:
    """Approach (a): presentation forms + get_display + drawString, shrink by stringWidth."""
    import arabic_reshaper  # type: ignore[import-not-found]
    from bidi import get_display

    font_set = fonts()
    cyrillic = any(script_of(char) is Script.CYRILLIC for char in name)
    face = font_set.noto_sans if cyrillic else font_set.vazirmatn
    visual = get_display(arabic_reshaper.reshape(name))
    size = style.font_size
    while size > (style.min_font_size or size) and stringWidth(visual, face.name, size) > box.width:
        size -= 0.5
    canvas.setFont(face.name, size)
    canvas.drawRightString(box.x + box.width, box.y + box.height / 2, visual)


def clear_caches() -> None:
    shaping.shape.cache_clear()
    paragraph.prepare_paragraph.cache_clear()
    text._reportlab_text.cache_clear()


def time_drawing(draw: Callable[[Canvas, str, Box, TextStyle], object], names: list[str]) -> float:
    """Milliseconds to lay out and draw ``names`` on one canvas (saving excluded)."""
    canvas = Canvas(io.BytesIO(), pagesize=(240, 60))
    start = time.perf_counter()
    for name in names:
        draw(canvas, name, BOX, STYLE)
    return (time.perf_counter() - start) * 1000


def ocr_quality(draw: Callable[[Canvas, str, Box, TextStyle], object]) -> dict[str, float]:
    samples = {
        "fa": ["علی‌اکبر رحیمی", "ژاله گلپایگانی", "محمدرضا کاظم‌زاده"],
        "ru": RUSSIAN[:2],
        "kk": KAZAKH[:3],
        "az": AZERBAIJANI[:3],
        "tk": TURKMEN[:2],
        "fa+en": MIXED[:2],
    }
    rates = {}
    for language, names in samples.items():
        cers = []
        for name in names:
            buffer = io.BytesIO()
            canvas = Canvas(buffer, pagesize=(360, 50))
            draw(canvas, name, Box(10, 5, 340, 40), TextStyle(font_size=20))
            canvas.save()
            cers.append(read_back(buffer.getvalue(), name, language).cer)
        rates[language] = statistics.mean(cers)
    return rates


def main() -> None:
    names = delegate_names(1000)
    start = time.perf_counter()
    fonts()
    print(f"font loading and registration: {(time.perf_counter() - start) * 1000:.0f} ms")
    clear_caches()
    print(f"(b) engine, cold caches: {time_drawing(draw_text, names):.0f} ms / 1000 names")
    warm = [time_drawing(draw_text, names) for _ in range(3)]
    print(f"(b) engine, warm caches: {min(warm):.0f} ms / 1000 names")
    layout_only = time.perf_counter()
    for name in names:
        text_layout.layout_text(name, BOX, STYLE)
    print(f"(b) layout only, warm: {(time.perf_counter() - layout_only) * 1000:.0f} ms / 1000")
    print(f"(b) OCR CER by language: {ocr_quality(draw_text)}")
    try:
        import arabic_reshaper  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        print("(a) not measured: pip install arabic-reshaper to compare")
        return
    runs = [time_drawing(draw_reshaped, names) for _ in range(3)]
    print(f"(a) reshaper + get_display + drawString: {min(runs):.0f} ms / 1000 names")
    print(f"(a) OCR CER by language: {ocr_quality(draw_reshaped)}")


if __name__ == "__main__":
    main()
