"""the shop's measures (visits, waiting and service times)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The measures read a shop's tickets by their day (casestore.services.shop_measures).
    op.create_index("ix_queue_ticket_day", "cs_queue_ticket", ["shop", "day"])


def downgrade() -> None:
    op.drop_index("ix_queue_ticket_day", table_name="cs_queue_ticket")
