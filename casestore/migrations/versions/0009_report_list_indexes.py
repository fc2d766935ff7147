"""the coordinator's report lists: each page read from an index in id order (status, open, taken by, assigned to)
instead of walking the primary key and filtering (bench/bench_report_lists.py: `mine` 64 → 10 ms at 200,000
reports); (status, id) replaces the index on status alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 13:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = (("ix_report_status_id", ["status", "id"]), ("ix_report_open_id", ["is_open", "id"]),
        ("ix_report_created_by_id", ["created_by", "id"]), ("ix_report_assigned_id", ["assigned_to", "id"]))


def upgrade() -> None:
    for name, cols in _NEW:
        op.create_index(name, "cs_report", cols, unique=False)
    op.drop_index("ix_report_status", table_name="cs_report")


def downgrade() -> None:
    op.create_index("ix_report_status", "cs_report", ["status"], unique=False)
    for name, _ in _NEW:
        op.drop_index(name, table_name="cs_report")
