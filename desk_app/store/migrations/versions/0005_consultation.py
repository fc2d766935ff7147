"""the advisor's consultation: private notes (department), contact duration, outcome and follow-up date

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # notes the laptop already holds were never private; contacts recorded before have no duration
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("department", sa.String(40), nullable=True))
    with op.batch_alter_table("contact_moment") as batch:
        batch.add_column(sa.Column("duration_minutes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("outcome", sa.Text(), nullable=True))
        batch.add_column(sa.Column("follow_up_on", sa.String(10), nullable=True))
        batch.add_column(sa.Column("appointment_id", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact_moment") as batch:
        for name in ("appointment_id", "follow_up_on", "outcome", "duration_minutes"):
            batch.drop_column(name)
    with op.batch_alter_table("note") as batch:
        for name in ("department", "private"):
            batch.drop_column(name)
