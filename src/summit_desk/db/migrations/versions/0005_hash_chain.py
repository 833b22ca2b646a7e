"""The tamper-evident record and operator lockout: the check-in journal and the audit log are
hash-chained, the audit log is append-only like the journal, and operators count wrong PINs.

``check_ins`` and ``audit_log`` get ``prev_hash`` and ``hash`` (domain.hash_chain); the rows
already there are chained in the order they were written, so ``summit-desk audit verify`` holds
from the upgrade on. The journal's append-only triggers are lifted for that one UPDATE and put
back. Columns are added with ADD COLUMN, not a batch copy, which on SQLite would drop the
journal's triggers. ``operators`` get ``failed_pins`` and ``locked_until``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from summit_desk.domain.hash_chain import GENESIS, entry_hash

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The fields each chain hashes; db.audit names the same ones, and they never change.
_CHAINS = {
    "check_ins": (
        "uuid", "kind", "person_id", "badge_id", "day", "session_id", "undoes", "at", "desk",
        "operator", "reason",
    ),
    "audit_log": ("at", "operator", "desk", "action", "subject", "details"),
}  # fmt: skip

_SQLITE_JOURNAL_TRIGGERS = ("check_ins_no_update", "check_ins_no_delete")
_SQLITE_AUDIT_APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
# One round trip for what a PostgreSQL append needs once it holds the chain's lock: a volatile
# function's statements each take a new snapshot, so the head it reads is the one the desk before
# committed while this one waited for the lock (db.audit).
_POSTGRES_CHAIN_HEAD = (
    "CREATE FUNCTION chain_head(chain text, lock_key bigint) "
    "RETURNS TABLE (head text, server_now timestamptz) LANGUAGE plpgsql VOLATILE AS $$ "
    "BEGIN PERFORM pg_advisory_xact_lock(lock_key); "
    "RETURN QUERY EXECUTE format("
    "'SELECT (SELECT hash::text FROM %I ORDER BY id DESC LIMIT 1), clock_timestamp()', chain); "
    "END $$"
)
_POSTGRES_AUDIT_APPEND_ONLY = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
)


def upgrade() -> None:
    for table in _CHAINS:
        op.add_column(
            table, sa.Column("prev_hash", sa.String(64), nullable=False, server_default="")
        )
        op.add_column(table, sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    op.add_column(
        "operators", sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("operators", sa.Column("locked_until", sa.DateTime(timezone=True)))
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in _SQLITE_JOURNAL_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute("ALTER TABLE check_ins DISABLE TRIGGER check_ins_no_change")
    for table, names in _CHAINS.items():
        _chain_existing(table, names)
    if sqlite:
        op.execute(
            "CREATE TRIGGER check_ins_no_update BEFORE UPDATE ON check_ins BEGIN "
            "SELECT RAISE(ABORT, 'the check-in journal is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER check_ins_no_delete BEFORE DELETE ON check_ins BEGIN "
            "SELECT RAISE(ABORT, 'the check-in journal is append-only'); END"
        )
    else:
        op.execute("ALTER TABLE check_ins ENABLE TRIGGER check_ins_no_change")
    for statement in _SQLITE_AUDIT_APPEND_ONLY if sqlite else _POSTGRES_AUDIT_APPEND_ONLY:
        op.execute(statement)
    if not sqlite:
        op.execute(_POSTGRES_CHAIN_HEAD)


def _chain_existing(table_name: str, names: tuple[str, ...]) -> None:
    table = sa.table(
        table_name,
        sa.column("id", sa.Integer()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
        *(_typed(name) for name in names),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(table.c.id, *(table.c[n] for n in names)).order_by(table.c.id))
    previous = GENESIS
    updates = []
    for row in rows.all():
        digest = entry_hash(dict(zip(names, row[1:], strict=True)), previous)
        updates.append({"row_id": row[0], "prev_hash": previous, "hash": digest})
        previous = digest
    if updates:
        bind.execute(
            table.update()
            .where(table.c.id == sa.bindparam("row_id"))
            .values(prev_hash=sa.bindparam("prev_hash"), hash=sa.bindparam("hash")),
            updates,
        )


def _typed(name: str) -> sa.ColumnClause[object]:
    """A column of the lightweight table, typed so that the values read are the models' values."""
    types: dict[str, sa.types.TypeEngine[object]] = {
        "uuid": sa.Uuid(),
        "undoes": sa.Uuid(),
        "day": sa.Date(),
        "at": sa.DateTime(timezone=True),
        "person_id": sa.Integer(),
        "badge_id": sa.Integer(),
        "session_id": sa.Integer(),
    }
    return sa.column(name, types.get(name, sa.String()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
        op.execute("DROP FUNCTION IF EXISTS chain_head(text, bigint)")
    # SQLite drops a column in place (3.35+), which keeps the journal's triggers.
    op.drop_column("operators", "locked_until")
    op.drop_column("operators", "failed_pins")
    for table in _CHAINS:
        op.drop_column(table, "hash")
        op.drop_column(table, "prev_hash")
