"""Protocol seating: forms of address and precedence dates, locked seats, a session's set-up,
and one head per delegation.

People get ``honorific_fa``/``honorific_en`` (the form of address on place cards) and
``precedence_date`` (an ambassador's date of taking up post); ``seats.locked`` keeps a seat's
person when the plan is assigned again; ``seating_setups`` keeps a session's room and the
office's rules as the TOML the officer wrote. A partial unique index refuses a second head of
delegation (category ``HOD``) in one delegation, on SQLite and PostgreSQL alike: precedence
depends on it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from summit_desk.domain.errors import SummitDeskError

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_HEAD = sa.text("category_code = 'HOD'")


def upgrade() -> None:
    _refuse_two_heads()
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("honorific_fa", sa.String(200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("honorific_en", sa.String(200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("precedence_date", sa.Date(), nullable=True))
        batch_op.create_index(
            "uq_people_delegation_head",
            ["delegation_id"],
            unique=True,
            sqlite_where=_HEAD,
            postgresql_where=_HEAD,
        )
    with op.batch_alter_table("seats", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "seating_setups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("room", sa.String(length=64), nullable=False),
        sa.Column("rules_toml", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_seating_setups_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_setups")),
        sa.UniqueConstraint("session_id", name=op.f("uq_seating_setups_session_id")),
    )


def downgrade() -> None:
    op.drop_table("seating_setups")
    with op.batch_alter_table("seats", schema=None) as batch_op:
        batch_op.drop_column("locked")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("uq_people_delegation_head")
        batch_op.drop_column("precedence_date")
        batch_op.drop_column("honorific_en")
        batch_op.drop_column("honorific_fa")


def _refuse_two_heads() -> None:
    """A database whose delegations already have two heads is not upgraded half-way: the
    officer is told which delegations to fix (with the old program) first."""
    rows = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT d.code FROM people p JOIN delegations d ON d.id = p.delegation_id "
                "WHERE p.category_code = 'HOD' GROUP BY d.code HAVING count(*) > 1 "
                "ORDER BY d.code"
            )
        )
        .scalars()
        .all()
    )
    if rows:
        raise SummitDeskError("db.two_heads", delegations=", ".join(rows))
