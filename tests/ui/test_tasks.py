"""The runner (ui/tasks.py), the one way the desk works off the GUI thread: only the newest answer
of a channel is shown, a write makes the reads it changes stale, a user's error comes back as its
message, writes keep their order, and a test can wait for the desk to be idle."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.messages import render
from summit_desk.ui.tasks import Batch, Refresher, Runner

WAIT_MS = 10_000
UI = Path(__file__).resolve().parents[2] / "src" / "summit_desk" / "ui"


class Gate:
    """Work that waits until the test opens its gate, and says when it has started."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.started = threading.Event()
        self.opened = threading.Event()

    def __call__(self) -> object:
        self.started.set()
        assert self.opened.wait(WAIT_MS / 1000)
        return self.value


def test_only_the_newest_answer_of_a_channel_is_delivered(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner("en")
    answers: list[object] = []
    first, second = Gate("Gilan"), Gate("Jafari")
    runner.run("search", first, answers.append)
    assert first.started.wait(WAIT_MS / 1000)
    runner.run("search", second, answers.append)
    runner.run("other", lambda: "another channel", answers.append)
    second.opened.set()
    qtbot.waitUntil(lambda: "Jafari" in answers, timeout=WAIT_MS)
    first.opened.set()  # the older question answers last, and is dropped
    assert runner.wait_idle(WAIT_MS)
    assert sorted(answers) == ["Jafari", "another channel"]


def test_a_dropped_channel_delivers_nothing_and_discard_frees_the_late_answer(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = Runner("en")
    answers: list[object] = []
    discarded: list[object] = []
    gate = Gate("late")
    runner.run("import", gate, answers.append, answers.append, discard=discarded.append)
    runner.drop("import")  # Cancel: stop waiting
    gate.opened.set()
    assert runner.wait_idle(WAIT_MS)
    assert answers == [] and discarded == ["late"]


def test_a_write_makes_the_pending_read_stale_and_it_is_asked_again(
    qtbot: QtBot, qapp: QApplication
) -> None:
    arrived = {"GIL-001": False}
    read_once = threading.Event()
    release = threading.Event()
    reads: list[bool] = []

    def read() -> bool:
        seen = arrived["GIL-001"]
        reads.append(seen)
        if not read_once.is_set():  # the first read is held until the write has answered
            read_once.set()
            assert release.wait(WAIT_MS / 1000)
        return seen

    def write() -> str:
        arrived["GIL-001"] = True
        return "checked_in"

    runner = Runner("en")
    runner.serial("check-in")
    shown: list[object] = []
    runner.run("search", read, shown.append)
    assert read_once.wait(WAIT_MS / 1000)
    runner.run("check-in", write, shown.append, stales=("search",))
    qtbot.waitUntil(lambda: "checked_in" in shown, timeout=WAIT_MS)
    release.set()  # the read from before the write answers now
    assert runner.wait_idle(WAIT_MS)
    assert reads == [False, True]  # asked again after the write
    assert shown == ["checked_in", True]  # the read from before the write never shows


def test_without_stales_the_old_read_would_have_been_shown(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The negative control of the test above: a write that names no channel leaves the read
    that started before it to answer with what it read."""
    gate = Gate(False)
    runner = Runner("en")
    runner.serial("check-in")
    shown: list[object] = []
    runner.run("search", gate, shown.append)
    assert gate.started.wait(WAIT_MS / 1000)
    runner.run("check-in", lambda: "checked_in", shown.append)
    qtbot.waitUntil(lambda: shown == ["checked_in"], timeout=WAIT_MS)
    gate.opened.set()
    assert runner.wait_idle(WAIT_MS)
    assert shown == ["checked_in", False]


def test_a_users_error_comes_back_as_its_message_and_a_bug_as_one_line(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("summit_desk.crashlog.log_path", lambda: tmp_path / "crash.log")
    runner = Runner("fa")
    failures: list[str] = []

    def refused() -> None:
        raise SummitDeskError("badges.cancelled")

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    runner.run("a", refused, failures.append, failures.append)
    runner.run("b", bug, failures.append, failures.append)
    assert runner.wait_idle(WAIT_MS)
    assert render("badges.cancelled", "fa") in failures
    internal = next(f for f in failures if f != render("badges.cancelled", "fa"))
    assert "ZeroDivisionError" in internal and "Traceback" not in internal
    assert "ZeroDivisionError" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_busy_per_channel_and_overall_and_waiting_for_idle(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = Runner("en")
    gate = Gate(1)
    assert not runner.busy() and runner.wait_idle(10)
    runner.run("stats", gate, lambda _: None)
    assert runner.busy() and runner.busy("stats") and not runner.busy("roster")
    assert not runner.wait_idle(50)  # held: the wait gives up, and says so
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        gate.opened.set()
    assert not runner.busy() and not runner.busy("stats")


def test_a_serial_channel_runs_one_job_at_a_time_in_order(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner("en")
    runner.serial("writes")
    running = 0
    overlap: list[int] = []
    lock = threading.Lock()
    started: list[int] = []
    answers: list[object] = []
    first = Gate(0)

    def job(n: int) -> int:
        nonlocal running
        with lock:
            running += 1
            overlap.append(running)
            started.append(n)
        if n == 0:
            first()
        with lock:
            running -= 1
        return n

    for n in range(6):
        runner.run("writes", lambda n=n: job(n), answers.append)  # type: ignore[misc]
    assert first.started.wait(WAIT_MS / 1000)
    assert runner.busy("writes") and started == [0]  # the others wait their turn
    first.opened.set()
    assert runner.wait_idle(WAIT_MS)
    assert started == answers == list(range(6))  # every write answered, in order
    assert max(overlap) == 1


def test_a_dedicated_channel_answers_while_the_shared_threads_are_all_busy(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The check-in's search has threads of its own: a badge batch and the pages' polling
    holding every shared thread do not keep the desk waiting."""
    runner = Runner("en")
    runner.dedicate("search", 2)
    held = [Gate(n) for n in range(QThreadPool.globalInstance().maxThreadCount())]
    for n, gate in enumerate(held):
        runner.run(f"batch-{n}", gate, lambda _: None)
    assert all(gate.started.wait(WAIT_MS / 1000) for gate in held)
    answers: list[object] = []
    runner.run("shared", lambda: "queued", answers.append)
    runner.run("search", lambda: "found", answers.append)
    qtbot.waitUntil(lambda: answers == ["found"], timeout=WAIT_MS)
    for gate in held:
        gate.opened.set()
    assert runner.wait_idle(WAIT_MS)
    assert answers == ["found", "queued"]


def test_a_batch_reports_progress_and_can_be_cancelled(qtbot: QtBot, qapp: QApplication) -> None:
    runner = Runner("en")
    progress: list[tuple[int, int]] = []
    failures: list[str] = []
    threads: list[QThread] = []

    def work(batch: Batch) -> int:
        threads.append(QThread.currentThread())
        for done in range(1_000_000):
            batch.report(done, 1_000_000)
            if batch.cancelled():
                raise SummitDeskError("badges.cancelled")
            if done == 3:
                assert cancel_now.wait(WAIT_MS / 1000)
        return 0

    cancel_now = threading.Event()
    runner.run_batch(
        "render",
        work,
        progress.append,
        failures.append,
        progress=lambda d, t: progress.append((d, t)),
    )
    qtbot.waitUntil(lambda: len(progress) >= 4, timeout=WAIT_MS)
    runner.cancel("render")
    cancel_now.set()
    assert runner.wait_idle(WAIT_MS)
    assert failures == [render("badges.cancelled", "en")]
    assert progress[:4] == [(0, 1_000_000), (1, 1_000_000), (2, 1_000_000), (3, 1_000_000)]
    assert threads and threads[0] is not qapp.thread()


def test_a_runner_deleted_with_its_page_is_never_called_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    page = QWidget()
    runner = Runner("en", page)
    answers: list[object] = []
    gate = Gate("late")
    runner.run("stats", gate, answers.append)
    assert gate.started.wait(WAIT_MS / 1000)
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(runner), timeout=WAIT_MS)
    gate.opened.set()
    qtbot.waitUntil(_tasks_finished, timeout=WAIT_MS)
    QApplication.processEvents()  # a queued answer would arrive now
    assert answers == []


def _alive(obj: object) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def _tasks_finished() -> bool:
    from summit_desk.ui import tasks

    return all(task.finished_at is not None for task in tasks._keep)


def test_a_refresher_tick_waits_for_the_query_still_running(
    qtbot: QtBot, qapp: QApplication
) -> None:
    gate = Gate("figures")
    runner = Runner("en")
    refresher = Refresher(runner, "stats", gate, 10)
    refresher.request()
    refresher.start_polling()
    ticks: list[bool] = []
    refresher.timer.timeout.connect(lambda: ticks.append(True))
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)
    refresher.stop_polling()
    with qtbot.waitSignal(refresher.answered, timeout=WAIT_MS) as answered:
        gate.opened.set()
    assert answered.args == ["figures"]
    assert runner.wait_idle(WAIT_MS)
    assert not refresher.busy


def test_a_refresher_shows_only_the_answer_to_its_newest_request(
    qtbot: QtBot, qapp: QApplication
) -> None:
    old, new = Gate("day one"), Gate("day two")
    runner = Runner("en")
    refresher = Refresher(runner, "roster", old, 60_000)
    answers: list[object] = []
    refresher.answered.connect(answers.append)
    refresher.request()
    assert old.started.wait(WAIT_MS / 1000)
    refresher.request(new)  # the day changed: the first answer is now stale
    new.opened.set()
    qtbot.waitUntil(lambda: answers == ["day two"], timeout=WAIT_MS)
    old.opened.set()
    assert runner.wait_idle(WAIT_MS)
    assert answers == ["day two"]


def _thread_pool_users() -> dict[str, set[str]]:
    users: dict[str, set[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names |= {alias.name for alias in node.names}
        found = names & {"QThreadPool", "QRunnable", "QThread"}
        if found:
            users[str(path.relative_to(UI))] = found
    return users


def test_the_runner_is_the_only_user_of_thread_pools_in_the_ui() -> None:
    assert _thread_pool_users() == {"tasks.py": {"QThreadPool", "QRunnable"}}


def test_the_scan_finds_a_second_runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tasks.py").write_text("from PySide6.QtCore import QRunnable, QThreadPool\n")
    (tmp_path / "page.py").write_text(
        "import PySide6.QtCore\npool = PySide6.QtCore.QThreadPool()\n"
    )
    monkeypatch.setattr(f"{__name__}.UI", tmp_path)
    assert _thread_pool_users() == {
        "tasks.py": {"QThreadPool", "QRunnable"},
        "page.py": {"QThreadPool"},
    }
