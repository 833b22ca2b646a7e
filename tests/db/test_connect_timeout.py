"""A server address that answers nothing (a pulled cable, a blackholed route) holds a desk for a
few seconds, not for the system's TCP timeout: the desk can then go offline or say so.

The silent server is a socket that listens and never accepts: the connection is made by the
kernel, and nobody ever answers PostgreSQL's start-up message, as when a firewall swallows the
packets after the handshake. Each connection attempt runs in a thread the test waits for with
a bound, so that a desk that would hang fails the test instead of hanging it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.exc import OperationalError

from summit_desk.db import engine as engine_module
from summit_desk.db.engine import open_database
from summit_desk.db.mirror import ping

BOUND_S = 12.0  # far under a TCP timeout (minutes), far over the few seconds allowed


@pytest.fixture
def silent_server() -> Iterator[int]:
    """The port of a server that takes connections and never says a word."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield listener.getsockname()[1]
    listener.close()


def seconds_to_give_up(url: str) -> float:
    """How long connecting to ``url`` takes to fail; the test fails if it has not by BOUND_S."""
    database = open_database(url)
    outcome: list[BaseException | None] = []

    def connect() -> None:
        try:
            ping(database.engine)
            outcome.append(None)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    started = time.monotonic()
    attempt = threading.Thread(target=connect, daemon=True)
    attempt.start()
    attempt.join(BOUND_S)
    elapsed = time.monotonic() - started
    assert not attempt.is_alive(), f"still connecting after {BOUND_S} s: no connect timeout"
    assert isinstance(outcome[0], OperationalError), outcome
    database.dispose()
    return elapsed


def test_a_server_that_never_answers_is_given_up_in_a_few_seconds(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    assert 2 <= engine_module.CONNECT_TIMEOUT_S <= 10
    elapsed = seconds_to_give_up(f"postgresql+psycopg://desk@127.0.0.1:{silent_server}/summit")
    assert engine_module.CONNECT_TIMEOUT_S - 1 <= elapsed <= engine_module.CONNECT_TIMEOUT_S + 3


def test_a_timeout_the_url_gives_is_kept(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The admin's own ``connect_timeout`` is not overridden by the desk's default."""
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    monkeypatch.setattr(engine_module, "CONNECT_TIMEOUT_S", 60)
    url = f"postgresql+psycopg://desk@127.0.0.1:{silent_server}/summit?connect_timeout=2"
    assert seconds_to_give_up(url) <= 5
