"""The built-in badge layouts' titles in the desk's language (a layout file has English only),
for every place that lets staff choose a layout: the badges page and the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from summit_desk.printing.badge_layouts import builtin_layout


def layout_title(name: str) -> str:
    """What staff read for the layout ``name`` (the key ``a6`` is "A6 portrait, …")."""
    titles = {
        "a6": QCoreApplication.translate("BadgesPage", "A6 portrait, for lanyard pouches"),
        "a4-a6x4": QCoreApplication.translate(
            "BadgesPage", "Four A6 badges on A4, with crop marks"
        ),
        "id1": QCoreApplication.translate("BadgesPage", "ID-1 card, landscape, for card printers"),
        "label": QCoreApplication.translate("BadgesPage", "4 × 3 inch label, for label printers"),
    }
    return titles.get(name) or builtin_layout(name).title
