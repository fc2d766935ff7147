"""Drop ix_case_person_id: ix_case_person_created (person_id, created_at) serves every lookup by person.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_case_person_id", table_name="case")


def downgrade() -> None:
    op.create_index("ix_case_person_id", "case", ["person_id"], unique=False)
