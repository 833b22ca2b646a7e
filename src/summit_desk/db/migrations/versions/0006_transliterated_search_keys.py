"""Search across scripts: every person's search key and prefix tokens recomputed, so that a
name registered before Cyrillic was transliterated into the key (issue #9, item 12) is found
by its Latin spelling ("babushkin" finds «Бабушкин»), and the other way round.

The schema does not change; only the derived ``people.search_key`` and ``person_tokens`` do
(SQLite's full-text index follows the key by its trigger). Downgrading keeps the new keys,
which the older program reads as it would any other: it only misses the Latin spellings.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

from summit_desk.db.search_keys import recompute_search_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    recompute_search_keys(op.get_bind())


def downgrade() -> None:
    pass  # the keys of the new rules are a superset the older program searches just as well
