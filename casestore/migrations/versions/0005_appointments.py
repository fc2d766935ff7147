"""theme-desk appointments: services with durations, advisors' hours, rooms, bookings

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
    op.create_table(
        "cs_appointment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("request_device", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("advisor", sa.String(length=100), nullable=False),
        sa.Column("room", sa.String(length=40), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancellation_ref", sa.String(length=8), nullable=False),
        sa.Column("cancel_reason", sa.String(length=500), nullable=True),
        sa.Column("ticket_id", sa.String(length=32), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cancellation_ref"),
        sa.UniqueConstraint("request_device", "request_id", name="uq_appointment_request"),
    )
    op.create_index("ix_appointment_advisor_start", "cs_appointment", ["advisor", "starts_at"])
    op.create_index("ix_appointment_room_start", "cs_appointment", ["room", "starts_at"])
    op.create_index("ix_appointment_start", "cs_appointment", ["starts_at"])
    op.create_table(
        "cs_appointment_lock",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("cs_appointment_lock")
    op.drop_index("ix_appointment_start", table_name="cs_appointment")
    op.drop_index("ix_appointment_room_start", table_name="cs_appointment")
    op.drop_index("ix_appointment_advisor_start", table_name="cs_appointment")
    op.drop_table("cs_appointment")
