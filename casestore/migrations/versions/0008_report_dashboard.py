"""the reports' dashboard: an index on the report's last change (the dashboard's answers are kept until a
report changes: the newest change is read from this index)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_report_updated", "cs_report", ["updated_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_report_updated", table_name="cs_report")
