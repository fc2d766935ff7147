"""appointments as booked at the case store: service, room, place, status, party size, cancellation reference

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # filled in by the work on this feature


def downgrade() -> None:
    pass
