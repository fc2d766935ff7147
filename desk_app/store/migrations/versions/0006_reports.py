"""citizen reports: the city's address register, the cached open reports (duplicate check) and the reports
taken on this laptop

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 13:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "address_point",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("street_key", sa.String(200), nullable=False),
        sa.Column("number", sa.String(20), nullable=False, server_default=""),
        sa.Column("box", sa.String(20), nullable=False, server_default=""),
        sa.Column("postcode", sa.String(10), nullable=False, server_default=""),
        sa.Column("municipality", sa.String(120), nullable=False, server_default=""),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
    )
    op.create_index("ix_address_point_street_key", "address_point", ["street_key"])
    op.create_index("ix_address_point_lat_lon", "address_point", ["lat", "lon"])
    op.create_table(
        "report_point",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("status", sa.String(30), nullable=False, server_default=""),
        sa.Column("description", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_report_point_category_lat_lon", "report_point", ["category", "lat", "lon"])
    op.create_table(
        "report_intake",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("first_name", sa.String(200), nullable=True),
        sa.Column("last_name", sa.String(200), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("language", sa.String(2), nullable=False, server_default="nl"),
        sa.Column("contact_channel", sa.String(10), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("anonymous", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("duplicate_of", sa.String(64), nullable=True),
        sa.Column("outside_city", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("reference", sa.String(64), nullable=True),
    )
    op.create_index("ix_report_intake_created_at", "report_intake", ["created_at"])
    op.create_index("ix_report_intake_category_lat_lon", "report_intake", ["category", "lat", "lon"])


def downgrade() -> None:
    op.drop_table("report_intake")
    op.drop_table("report_point")
    op.drop_table("address_point")
