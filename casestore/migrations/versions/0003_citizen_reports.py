"""citizen reports (meldingen): categories, reports, reporters, Open311 systems

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 08:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "cs_report",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("main_category", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("deadline_3x", sa.Date(), nullable=False),
        sa.Column("media_sha256", sa.String(length=64), nullable=True),
        sa.Column("media_url", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["cs_report.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_report_nearby", "cs_report", ["category", "is_open", "lat", "lon"], unique=False)
    op.create_index("ix_report_created", "cs_report", ["created_at"], unique=False)
    op.create_index("ix_report_status", "cs_report", ["status"], unique=False)
    op.create_index("ix_report_parent", "cs_report", ["parent_id"], unique=False)
    op.create_table(
        "cs_report_reporter",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("first_name", sa.String(length=200), nullable=True),
        sa.Column("last_name", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("contact_channel", sa.String(length=10), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("me_too", sa.Boolean(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["cs_report.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cs_report_reporter_report_id", "cs_report_reporter", ["report_id"], unique=False)
    op.create_index("ix_cs_report_reporter_person_id", "cs_report_reporter", ["person_id"], unique=False)
    op.create_table(
        "cs_report_status",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("previous", sa.String(length=30), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("tell_citizen", sa.Boolean(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["cs_report.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cs_report_status_report_id", "cs_report_status", ["report_id"], unique=False)
    op.create_table(
        "cs_open311_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key_hash"),
        sa.UniqueConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("cs_open311_key")
    op.drop_index("ix_cs_report_status_report_id", table_name="cs_report_status")
    op.drop_table("cs_report_status")
    op.drop_index("ix_cs_report_reporter_person_id", table_name="cs_report_reporter")
    op.drop_index("ix_cs_report_reporter_report_id", table_name="cs_report_reporter")
    op.drop_table("cs_report_reporter")
    op.drop_index("ix_report_parent", table_name="cs_report")
    op.drop_index("ix_report_status", table_name="cs_report")
    op.drop_index("ix_report_created", table_name="cs_report")
    op.drop_index("ix_report_nearby", table_name="cs_report")
    op.drop_table("cs_report")
