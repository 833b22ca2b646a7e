"""The supervisor's answer both scanning pages check before they ask the services to undo."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from summit_desk.ui.i18n import install_language
from summit_desk.ui.widgets.supervised_undo import refusal


def test_an_answer_without_name_pin_or_reason_is_refused_in_the_desks_language(
    qapp: QApplication,
) -> None:
    install_language(qapp, "en")
    try:
        assert refusal("supervisor", "", "wrong door") == "Give the supervisor's name and PIN."
        assert refusal("  ", "2222", "wrong door") == "Give the supervisor's name and PIN."
        assert refusal("supervisor", "2222", " \t ") == (
            "Give a reason: it is kept in the check-in journal."
        )
        assert refusal("supervisor", "2222", "wrong door") is None
        install_language(qapp, "fa")
        assert refusal("supervisor", "", "wrong door") == "نام و رمز سرپرست را بنویسید."
        assert refusal("supervisor", "2222", "") == "دلیلی بنویسید: در دفتر پذیرش نگه داشته می‌شود."
    finally:
        install_language(qapp, "en")
