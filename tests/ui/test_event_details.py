"""An admin corrects the event's details from the desk; nobody else can."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.errors import PermissionDenied
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.ui.dialogs import EventDetailsDialog


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return make_context(demo_event.database, role=Role.DESK, operator="desk")


def test_an_admin_changes_the_slogan_with_their_pin(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = EventDetailsDialog(desk, "en")
    qtbot.addWidget(dialog)
    assert dialog.fields["slogan_fa"].text() == "خزر، پل دوستی و توسعه منطقه‌ای"
    dialog.fields["slogan_en"].setText("Caspian, a Bridge of Friendship")
    dialog.admin.setText("admin")
    dialog.pin.setText("3333")
    dialog.accept()
    assert dialog.result() == EventDetailsDialog.DialogCode.Accepted
    assert EventService(desk).require_event().slogan_en == "Caspian, a Bridge of Friendship"


def test_a_desk_operator_cannot_and_nothing_changes(qtbot: QtBot, desk: DeskContext) -> None:
    before = EventService(desk).require_event()
    dialog = EventDetailsDialog(desk, "fa")
    qtbot.addWidget(dialog)
    dialog.fields["name_en"].setText("Something else")
    dialog.admin.setText("desk")
    dialog.pin.setText("1111")
    dialog.accept()
    assert dialog.result() != EventDetailsDialog.DialogCode.Accepted
    assert "تغییر مشخصات رویداد" in dialog.error.text()
    assert EventService(desk).require_event() == before
    with pytest.raises(PermissionDenied):
        EventService(desk).update_details({"name_en": "x"})
