"""The write lock also reads what the hash chains need (issue #8, the chain's cost): on
PostgreSQL, ``write_lock()`` takes the writers' advisory lock, then returns the last hash of the
check-in journal and of the audit log and the server's clock, in the one round trip that every
writing transaction already made for the lock (db.engine), so that chaining an entry (db.audit)
costs no round trip of its own.

A plpgsql function, not a plain SELECT: in READ COMMITTED a statement's snapshot is taken when
it starts, before the lock is granted, and would miss the entry of the desk that held the lock
before; a volatile function's later statements take new snapshots. ``chain_head()`` of 0005
stays for the transactions that did not take the lock at their start. SQLite needs nothing: its
writers read the heads after ``BEGIN IMMEDIATE``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_WRITE_LOCK = (
    "CREATE FUNCTION write_lock(lock_key bigint) "
    "RETURNS TABLE (check_ins_head text, audit_log_head text, server_now timestamptz) "
    "LANGUAGE plpgsql VOLATILE AS $$ "
    "BEGIN PERFORM pg_advisory_xact_lock(lock_key); "
    "RETURN QUERY SELECT "
    "(SELECT hash::text FROM check_ins ORDER BY id DESC LIMIT 1), "
    "(SELECT hash::text FROM audit_log ORDER BY id DESC LIMIT 1), "
    "clock_timestamp(); "
    "END $$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_WRITE_LOCK)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS write_lock(bigint)")
