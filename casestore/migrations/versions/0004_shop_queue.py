"""the city shop's walk-in queue: services, desks, tickets, calls

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:30:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "cs_queue_ticket",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("shop", sa.String(length=40), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("appointment_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("target_desk", sa.String(length=40), nullable=True),
        sa.Column("desk", sa.String(length=40), nullable=True),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("case_ids", _json(), nullable=False),
        sa.Column("contact_ids", _json(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_queue_ticket_waiting", "cs_queue_ticket", ["shop", "status", "service", "arrived_at"])
    op.create_index("ix_queue_ticket_finished", "cs_queue_ticket", ["shop", "service", "finished_at"])
    op.create_table(
        "cs_queue_number",
        sa.Column("shop", sa.String(length=40), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("shop", "service", "day"),
    )
    op.create_table(
        "cs_queue_event",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("shop", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ticket_id", sa.String(length=32), nullable=False),
        sa.Column("data", _json(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_queue_event_shop", "cs_queue_event", ["shop", "id"])
    # The queue events' ids (casestore.models_queue): handed out under this row's lock.
    op.execute("INSERT INTO cs_counter (name, value) VALUES ('queue_event', 0)")


def downgrade() -> None:
    op.execute("DELETE FROM cs_counter WHERE name = 'queue_event'")
    op.drop_index("ix_queue_event_shop", table_name="cs_queue_event")
    op.drop_table("cs_queue_event")
    op.drop_table("cs_queue_number")
    op.drop_index("ix_queue_ticket_finished", table_name="cs_queue_ticket")
    op.drop_index("ix_queue_ticket_waiting", table_name="cs_queue_ticket")
    op.drop_table("cs_queue_ticket")
