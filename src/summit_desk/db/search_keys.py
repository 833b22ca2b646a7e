"""Recomputing every person's search key and prefix tokens from their stored names.

A change of the folding rules (domain/names.py; issue #9 item 12: Cyrillic in Latin letters)
leaves existing databases with keys of the old rules, so a person registered before it would
not be found the new way. Migration 0006 calls ``recompute_search_keys``; it works on a plain
connection with table stubs of its own, so it runs inside Alembic and in a test alike, and does
not follow later changes of the ORM models. SQLite's full-text index follows ``search_key`` by
its trigger (migration 0001).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from summit_desk.db.people import NAME_KEY_COLUMNS, person_search_key, token_rows
from summit_desk.domain.batches import batched

_BATCH = 2_000


def _tables() -> tuple[Any, Any, Any]:
    people = sa.table(
        "people",
        sa.column("id", sa.Integer),
        sa.column("delegation_id", sa.Integer),
        sa.column("search_key", sa.Text),
        *(sa.column(name, sa.String) for name in NAME_KEY_COLUMNS),
    )
    delegations = sa.table(
        "delegations",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name_fa", sa.String),
        sa.column("name_en", sa.String),
        sa.column("name_native", sa.String),
    )
    tokens = sa.table(
        "person_tokens", sa.column("token", sa.String), sa.column("person_id", sa.Integer)
    )
    return people, delegations, tokens


def recompute_search_keys(connection: Connection) -> int:
    """Give every person the search key and tokens of today's rules; returns how many keys
    changed. Runs in the caller's transaction."""
    people, delegations, tokens = _tables()
    rows = connection.execute(
        sa.select(
            people.c.id,
            people.c.search_key,
            *(people.c[name] for name in NAME_KEY_COLUMNS),
            delegations.c.code,
            delegations.c.name_fa.label("delegation_fa"),
            delegations.c.name_en.label("delegation_en"),
            delegations.c.name_native.label("delegation_native"),
        ).join(delegations, delegations.c.id == people.c.delegation_id)
    ).mappings()
    changed: list[dict[str, Any]] = []
    new_tokens: list[dict[str, Any]] = []
    for row in rows:
        delegation = SimpleNamespace(
            code=row["code"],
            name_fa=row["delegation_fa"],
            name_en=row["delegation_en"],
            name_native=row["delegation_native"],
        )
        values = dict(row)
        key = person_search_key(values, delegation)
        if key != row["search_key"]:
            changed.append({"person": row["id"], "key": key})
        new_tokens += token_rows(row["id"], values)
    update = (
        people.update()
        .where(people.c.id == sa.bindparam("person"))
        .values(search_key=sa.bindparam("key"))
    )
    for chunk in batched(changed, _BATCH):
        connection.execute(update, chunk)
    connection.execute(tokens.delete())
    for chunk in batched(new_tokens, _BATCH):
        connection.execute(tokens.insert(), chunk)
    return len(changed)
