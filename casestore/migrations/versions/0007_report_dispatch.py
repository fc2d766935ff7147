"""citizen reports: dispatch and follow-up (zone, assignee, external party, routing pin, reopen count,
intake id), the dashboard's columns (ten-working-day deadline, closing date, lead time), photos, messages to
reporters, an idempotent status change, persons' places and the city's address register

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("cs_report") as b:
        b.add_column(sa.Column("intake_id", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("zone", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("assigned_to", sa.String(length=100), nullable=True))
        b.add_column(sa.Column("external_party", sa.String(length=200), nullable=True))
        b.add_column(sa.Column("route_pinned", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("reopened", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("deadline_10wd", sa.Date(), nullable=True))
        b.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        b.add_column(sa.Column("lead_seconds", sa.Float(), nullable=True))
        b.create_unique_constraint("uq_cs_report_intake_id", ["intake_id"])
    op.create_index("ix_report_zone_created", "cs_report", ["zone", "created_at"], unique=False)
    op.create_index("ix_report_category_created", "cs_report", ["category", "created_at"], unique=False)
    op.create_index("ix_report_closed_on", "cs_report", ["closed_on"], unique=False)
    op.create_index("ix_report_open_deadline", "cs_report", ["is_open", "deadline"], unique=False)
    with op.batch_alter_table("cs_report_status") as b:
        b.add_column(sa.Column("request_id", sa.String(length=64), nullable=True))
        b.create_unique_constraint("uq_cs_report_status_request_id", ["request_id"])
    op.create_table(
        "cs_report_media",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("taken_lat", sa.Float(), nullable=True),
        sa.Column("taken_lon", sa.Float(), nullable=True),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["cs_report.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cs_report_media_report_id", "cs_report_media", ["report_id"], unique=False)
    op.create_table(
        "cs_report_message",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=False),
        sa.Column("reporter_id", _BIGINT_PK, nullable=False),
        sa.Column("status_change_id", _BIGINT_PK, nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["cs_report.id"]),
        sa.ForeignKeyConstraint(["reporter_id"], ["cs_report_reporter.id"]),
        sa.ForeignKeyConstraint(["status_change_id"], ["cs_report_status.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("status_change_id", "reporter_id", name="uq_report_message_once"),
    )
    op.create_index("ix_cs_report_message_report_id", "cs_report_message", ["report_id"], unique=False)
    op.create_index("ix_report_message_state", "cs_report_message", ["state"], unique=False)
    op.create_table(
        "cs_person_place",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_index("ix_cs_person_place_zone", "cs_person_place", ["zone"], unique=False)
    op.create_index("ix_person_place_point", "cs_person_place", ["lat", "lon"], unique=False)
    op.create_table(
        "cs_address_point",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("box", sa.String(length=20), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cs_address_point_key", "cs_address_point", ["key"], unique=False)


def downgrade() -> None:
    op.drop_table("cs_address_point")
    op.drop_table("cs_person_place")
    op.drop_table("cs_report_message")
    op.drop_table("cs_report_media")
    with op.batch_alter_table("cs_report_status") as b:
        b.drop_constraint("uq_cs_report_status_request_id", type_="unique")
        b.drop_column("request_id")
    for name in ("ix_report_open_deadline", "ix_report_closed_on", "ix_report_category_created",
                 "ix_report_zone_created"):
        op.drop_index(name, table_name="cs_report")
    with op.batch_alter_table("cs_report") as b:
        b.drop_constraint("uq_cs_report_intake_id", type_="unique")
        for col in ("lead_seconds", "closed_on", "deadline_10wd", "reopened", "route_pinned", "external_party",
                    "assigned_to", "zone", "intake_id"):
            b.drop_column(col)
