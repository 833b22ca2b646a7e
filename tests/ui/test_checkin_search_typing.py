"""A typed character's results come as fast as the search itself (issue #9, item 14): the
search starts at once instead of after a pause in typing, and a character typed while a search
is reading waits for that answer, so searches never pile up and the last one typed is shown."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin.controller import SEARCH, CheckInController

WAIT_MS = 10_000


@pytest.fixture
def controller(qtbot: QtBot, demo_event: DeskContext) -> CheckInController:
    desk = replace(demo_event, role=Role.DESK, desk="desk-1", day_override=date(2025, 11, 18))
    return CheckInController(desk, "en")


def test_a_typed_character_is_searched_at_once(qtbot: QtBot, controller: CheckInController) -> None:
    with qtbot.waitSignal(controller.results_shown, timeout=WAIT_MS) as shown:
        controller.query_changed("Gilan")
        assert controller.runner.busy(SEARCH)  # reading already, no pause first
    assert shown.args == ["Gilan"]
    assert controller.results.rowCount() >= 3
    controller.wait_until_idle()


def test_characters_typed_while_a_search_reads_are_searched_once_it_answers(
    qtbot: QtBot, controller: CheckInController, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading, release = threading.Event(), threading.Event()
    asked: list[str] = []
    find = PeopleService.find

    def held_find(self: PeopleService, query: str, **kwargs: object) -> object:
        asked.append(query)
        if len(asked) == 1:
            reading.set()
            assert release.wait(WAIT_MS / 1000)
        return find(self, query, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PeopleService, "find", held_find)
    shown: list[str] = []
    controller.results_shown.connect(shown.append)
    controller.query_changed("G")
    assert reading.wait(WAIT_MS / 1000)
    controller.query_changed("Gi")
    controller.query_changed("Gil")  # typed while "G" reads: no second search yet
    assert asked == ["G"]
    with qtbot.waitSignal(controller.results_shown, timeout=WAIT_MS):
        release.set()
    with qtbot.waitSignal(
        controller.results_shown, check_params_cb=lambda q: q == "Gil", timeout=WAIT_MS
    ):
        pass
    assert asked == ["G", "Gil"]  # "Gi" was never searched: the newest query went next
    assert shown == ["G", "Gil"]
    controller.wait_until_idle()
