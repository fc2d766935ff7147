"""appointments as booked at the case store: service, room, place, status, party size, cancellation reference

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # appointments the laptop already holds were booked (the home screens' "today's appointments")
    with op.batch_alter_table("appointment") as batch:
        batch.add_column(sa.Column("service", sa.String(40), nullable=True))
        batch.add_column(sa.Column("room", sa.String(80), nullable=True))
        batch.add_column(sa.Column("place", sa.String(300), nullable=True))
        batch.add_column(sa.Column("status", sa.String(12), nullable=False, server_default="booked"))
        batch.add_column(sa.Column("persons", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("cancellation_ref", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        for name in ("cancellation_ref", "persons", "status", "place", "room", "service"):
            batch.drop_column(name)
