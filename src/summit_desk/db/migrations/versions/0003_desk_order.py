"""The desk's order as one indexed key, and name tokens indexed by person.

``people.desk_order`` is the order search results are shown in (category precedence, rank in the
delegation, Persian alphabetical order) as bytes, so that a common query ("a", "علی") walks one
index in that order and stops at the first fifty matches instead of sorting thousands; the
token index by (person, token) answers "does this person have a name starting with …" for it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def desk_order(precedence: int, rank: int, sort_key: bytes) -> bytes:
    # Kept in step with summit_desk.db.people.desk_order, which new rows use.
    return (
        bytes((min(max(precedence, 0), 255),))
        + min(max(rank, 0), 65535).to_bytes(2, "big")
        + sort_key
    )


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        # '' is an empty value in SQLite and PostgreSQL alike; every row is filled in below.
        batch_op.add_column(
            sa.Column("desk_order", sa.LargeBinary(), nullable=False, server_default="")
        )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT p.id, c.precedence, p.rank, p.sort_key FROM people p "
            "JOIN categories c ON c.code = p.category_code"
        )
    ).all()
    if rows:
        bind.execute(
            sa.text("UPDATE people SET desk_order = :order WHERE id = :id"),
            [{"id": r[0], "order": desk_order(r[1], r[2], bytes(r[3]))} for r in rows],
        )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_desk_order", ["desk_order"], unique=False)
    with op.batch_alter_table("person_tokens", schema=None) as batch_op:
        batch_op.drop_index("ix_person_tokens_person_id")
        batch_op.create_index("ix_person_tokens_person_token", ["person_id", "token"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person_tokens", schema=None) as batch_op:
        batch_op.drop_index("ix_person_tokens_person_token")
        batch_op.create_index("ix_person_tokens_person_id", ["person_id"], unique=False)
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_desk_order")
        batch_op.drop_column("desk_order")
