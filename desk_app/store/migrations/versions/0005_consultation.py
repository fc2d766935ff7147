"""the advisor's consultation: private notes (department), contact duration, outcome and follow-up date

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # filled in by the work on this feature


def downgrade() -> None:
    pass
