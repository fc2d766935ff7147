"""citizen reports (meldingen): categories, reports, reporters, Open311 systems

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 08:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # filled in by the work on this feature


def downgrade() -> None:
    pass
