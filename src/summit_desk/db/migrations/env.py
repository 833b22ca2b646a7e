"""Alembic's environment: run by summit_desk.db.schema with a live connection."""

from __future__ import annotations

from alembic import context

from summit_desk.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the command-line alembic takes this path
    from summit_desk.db.engine import open_database

    connection = open_database(config.get_main_option("sqlalchemy.url")).engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
