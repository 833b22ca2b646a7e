"""The desk's language: Qt's own translations, ours, the layout direction and the interface font.

``python -m summit_desk.ui.i18n`` rebuilds the ``.qm`` files from the committed ``.ts`` files
with Qt's lrelease; the set-up command runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from summit_desk.assets import fonts_dir, resource

LANGUAGES = ("fa", "en")
# A pseudo-locale for layout checks: English lengthened, its words reversed, right to left.
PSEUDO = "pseudo"
PSEUDO_ENV = "SUMMIT_DESK_PSEUDO"
RLM = "\u200f"
_translators: list[QTranslator] = []  # kept alive as long as the application


def translations_dir() -> Path:
    return resource("translations")


def pseudo_requested(lang: str | None) -> bool:
    return lang == PSEUDO or os.environ.get(PSEUDO_ENV, "") not in ("", "0")


def pseudo_text(source: str) -> str:
    """«[!!! words reversed ~~~ !!!]», about 40% longer, each line between RLM marks.

    Words stay whole, so %1 placeholders, &-mnemonics and "<b>" tags still work; a layout that
    clips, overlaps or mirrors wrongly shows at a glance.
    """
    if not source.strip():
        return source
    lines = []
    for line in source.split("\n"):
        words = " ".join(reversed(line.split(" ")))
        padding = "~" * max(1, round(len(line) * 0.4) - 10)
        lines.append(f"{RLM}[!!! {words} {padding} !!!]{RLM}")
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Every text of the interface in the pseudo-locale, with no .qm file needed."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False


def install_language(app: QApplication, lang: str) -> None:
    """Qt's and our translations for ``lang`` (fa, en or pseudo), and the layout direction."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _translators.append(pseudo)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{lang}", qt_dir),
        (f"summit_desk_{lang}", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Persian if lang == "fa" else QLocale.Language.English)
    )
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "fa" else Qt.LayoutDirection.LeftToRight
    )


def install_interface_font(app: QApplication, point_size: int = 11) -> str:
    """Vazirmatn for the whole interface: it has Persian and Latin; Qt falls back for Cyrillic."""
    family = ""
    for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf", "NotoSans-Regular.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    if family:
        font = QFont(family, point_size)
        font.setFamilies([family, "Noto Sans"])
        app.setFont(font)
    return family


def build_translations() -> list[Path]:
    """Compile every ``.ts`` in resources/translations to ``.qm`` with pyside6-lrelease."""
    built = []
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build_translations():
        print(path)
