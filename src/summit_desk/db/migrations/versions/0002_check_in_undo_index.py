"""Index the check-in journal's undo links.

Whether an arrival was undone is a NOT EXISTS on ``check_ins.undoes``; without an index that
scans the whole journal once per arrival (43 s for the dashboard at 50,000 people and 20,000
arrivals, 0.2 s with it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index("ix_check_ins_undoes", ["undoes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index("ix_check_ins_undoes")
