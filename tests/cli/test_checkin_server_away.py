"""`summit-desk checkin` on a PostgreSQL server that does not answer: a sentence in the user's
language and exit status 2, never a traceback or a crash log, and nothing written anywhere.

The command does not fall back to a desk's local journal: a one-shot command's check-ins would
wait in that file, unseen by every other desk, until a window on this machine merged them. It
says the server is away and where to scan instead (a desk window, which works offline).
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.engine import make_url
from support.cli import run
from support.tcp_proxy import TcpProxy

from summit_desk.db.engine import Database, describe
from summit_desk.db.models import CheckIn
from summit_desk.domain.messages import render
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.people import PeopleService

DAY = "2025-11-18"
EXIT_USER_ERROR = 2


@pytest.fixture
def closed_port() -> int:
    """A port nobody listens on: connections are refused, as by a server that is down."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()
    return port


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A server that takes connections and never answers (a blackholed address)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield int(listener.getsockname()[1])
    listener.close()


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_server_that_is_down_is_said_in_the_users_language(closed_port: int, lang: str) -> None:
    url = f"postgresql+psycopg://desk:secret@127.0.0.1:{closed_port}/summit"
    ran = run("checkin", "AST-001-X", "--db", url, env={"SUMMIT_DESK_LANG": lang})
    assert ran.returncode == EXIT_USER_ERROR
    assert ran.stdout == ""
    expected = render("checkin.server_unreachable", lang, target=describe(make_url(url)))
    assert ran.stderr == expected + "\n"
    assert "secret" not in ran.stderr and "Connection refused" not in ran.stderr


def test_a_server_that_never_answers_is_said_within_seconds(silent_port: int) -> None:
    url = f"postgresql+psycopg://desk@127.0.0.1:{silent_port}/summit"
    ran = run("checkin", "AST-001-X", "--json", "--db", url)
    assert ran.returncode == EXIT_USER_ERROR
    assert ran.stderr.startswith("The server postgresql+psycopg://desk@127.0.0.1:")
    assert "no code was checked in" in ran.stderr


def test_a_server_lost_between_two_codes_answers_the_first_and_names_the_second(
    pg_database: Database,
) -> None:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    first, second = (PeopleService(admin).badge_code(r) for r in ("AST-002", "AST-003"))
    server = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        url = pg_database.url.set(host="127.0.0.1", port=proxy.port)
        inserted: list[str] = []

        def wrote(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.startswith("INSERT INTO check_ins"):
                inserted.append(statement)

        def began(_conn: Any) -> None:
            if inserted:  # the LAN goes down once the first code is in
                proxy.cut()

        event.listen(Engine, "before_cursor_execute", wrote)
        event.listen(Engine, "begin", began)
        try:
            ran = run(
                "checkin", first, second, "--day", DAY, "--json",
                "--db", url.render_as_string(hide_password=False),
            )  # fmt: skip
        finally:
            event.remove(Engine, "before_cursor_execute", wrote)
            event.remove(Engine, "begin", began)
    assert ran.returncode == EXIT_USER_ERROR
    answers = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [(a["status"], a["code"]) for a in answers] == [
        ("checked_in", first),
        ("error", second),
    ]
    assert answers[1]["day"] == date.fromisoformat(DAY).isoformat()
    expected = render("checkin.server_lost", "en", target=describe(url), scanned=second)
    assert ran.stderr == expected + "\n"
    with pg_database.reader() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 1
